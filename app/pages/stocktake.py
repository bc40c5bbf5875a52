"""The stocktake page: blind counts by scanning, recounts, approval and posting."""

from __future__ import annotations

from viewmodels.parts.stocktake import StocktakeViewModel
from views.parts.stocktake import StocktakePage


def make_page(env):
    settings = env.settings
    vm = StocktakeViewModel(env.ctx.parts_stocktake, env.actor, env.tasks,
                            prefix=getattr(settings, "scanner_prefix", "") or "",
                            suffix=getattr(settings, "scanner_suffix", "") or "", station=env.ctx.station)
    page = StocktakePage(vm)
    vm.setParent(page)
    return page
