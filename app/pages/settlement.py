"""The settlement page wiring: the cashier's desk (settle, take payments, void and reissue, refunds,
deposits, hand the car back, print), with tabs for counter sales of parts, fleet accounts and the day
close."""

from __future__ import annotations

import tempfile
from pathlib import Path

from app.pages import PageEnv


def make_page(env: PageEnv):
    from viewmodels.job_cards.reception import page_images
    from viewmodels.settlement.accounts import AccountsViewModel
    from viewmodels.settlement.cashier import CashierViewModel
    from viewmodels.settlement.counter import CounterSaleViewModel
    from viewmodels.settlement.day_close import DayCloseViewModel
    from views.settlement.accounts import AccountsTab
    from views.settlement.cashier import CashierPage
    from views.settlement.counter import CounterSaleTab
    from views.settlement.day_close import DayCloseTab

    out = Path(tempfile.gettempdir())
    settlement = env.ctx.settlement
    vm = CashierViewModel(settlement, env.ctx.job_cards, env.actor, env.tasks, output_dir=out,
                          paper_for=getattr(env.settings, "paper_for", None),
                          purposes=env.settings if hasattr(env.settings, "purpose_for") else None)
    counter_vm = CounterSaleViewModel(settlement, env.actor, env.tasks, out,
                                      paper_for=getattr(env.settings, "paper_for", None),
                                      purposes=env.settings if hasattr(env.settings, "purpose_for") else None)
    accounts_vm = AccountsViewModel(settlement, env.actor, env.tasks, out)
    close_vm = DayCloseViewModel(settlement, env.actor, env.tasks, out)
    holder: dict = {}

    def preview(path: str) -> None:
        holder["page"].preview(path)

    counter = CounterSaleTab(counter_vm, preview)
    accounts = AccountsTab(accounts_vm, preview)
    close = DayCloseTab(close_vm, preview)
    page = CashierPage(vm, page_images, counter=counter, accounts=accounts, day_close=close)
    holder["page"] = page
    page.counter_tab, page.accounts_tab, page.close_tab = counter, accounts, close
    for model in (vm, counter_vm, accounts_vm, close_vm):
        model.setParent(page)
    return page

