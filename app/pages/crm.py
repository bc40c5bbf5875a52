"""The customer-relations centre's page wiring: the work list, cases, complaints, call lists, the car club
and the KPIs over ``ctx.crm`` (and the customer search of ``ctx.customers``)."""

from __future__ import annotations

from app.pages import PageEnv


def make_page(env: PageEnv):
    from viewmodels.crm.centre import CentreViewModel
    from viewmodels.crm.outreach import OutreachViewModel
    from views.crm.centre import CentrePage

    vm = CentreViewModel(env.ctx.crm, env.actor, env.tasks, clock=env.ctx.clock)
    outreach = OutreachViewModel(env.ctx.crm, env.ctx.customers, env.actor, env.tasks, clock=env.ctx.clock)
    page = CentrePage(vm, outreach)
    vm.setParent(page)
    outreach.setParent(page)
    return page
