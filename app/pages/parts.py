"""The parts page: parts master search and detail (with counter sale, adjustment, transfer), purchasing,
returns and claims, price-list import, and the store's reports."""

from __future__ import annotations

from viewmodels.parts.actions import PartActionsViewModel
from viewmodels.parts.pricelist import PriceListViewModel
from viewmodels.parts.purchasing import PurchasingViewModel
from viewmodels.parts.reports import PartsReportsViewModel
from viewmodels.parts.stock import PartsViewModel
from views.parts.area import PartsArea
from views.parts.dialogs import PartActions
from views.parts.stock import PartsPage


def make_page(env):
    vm = PartsViewModel(env.ctx.parts, env.actor, env.tasks)
    actions_vm = PartActionsViewModel(env.ctx.parts, env.actor, env.tasks)
    purchasing_vm = PurchasingViewModel(env.ctx.parts_purchasing, env.ctx.parts, env.actor, env.tasks,
                                        station=env.ctx.station)
    reports_vm = PartsReportsViewModel(env.ctx.parts_reports, env.actor, env.tasks)
    pricelist_vm = PriceListViewModel(env.ctx.parts_pricelist, env.actor, env.tasks)
    actions = PartActions(actions_vm)
    stock = PartsPage(vm, actions=actions)
    page = PartsArea(stock, purchasing_vm, reports_vm, pricelist_vm)
    for v in (vm, actions_vm, purchasing_vm, reports_vm, pricelist_vm):
        v.setParent(page)
    return page
