"""The receiving page: receiving deliveries by scanning, and issuing parts to job cards."""

from __future__ import annotations

from viewmodels.parts.receiving import ReceivingViewModel
from views.parts.receiving import ReceivingPage


def make_page(env):
    settings = env.settings
    vm = ReceivingViewModel(env.ctx.parts_receiving, env.ctx.parts, env.actor, env.tasks,
                            job_cards=env.ctx.job_cards,
                            prefix=getattr(settings, "scanner_prefix", "") or "",
                            suffix=getattr(settings, "scanner_suffix", "") or "")
    page = ReceivingPage(vm)
    vm.setParent(page)
    return page
