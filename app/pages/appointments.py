"""The appointment sheet's page wiring: the centre's service and the customer search for the signed-in
person, and the receptionist's phone log as a tab."""

from __future__ import annotations

from app.pages import PageEnv


def make_page(env: PageEnv):
    from viewmodels.crm.appointments import AppointmentsViewModel
    from viewmodels.crm.phone_log import PhoneLogViewModel
    from views.crm.appointments import AppointmentsPage
    from views.crm.phone_log import PhoneLogPanel

    vm = AppointmentsViewModel(env.ctx.crm, env.ctx.customers, env.actor, env.tasks, clock=env.ctx.clock)
    page = AppointmentsPage(vm)
    vm.setParent(page)
    phone = PhoneLogViewModel(env.ctx.crm, env.actor, env.tasks, clock=env.ctx.clock)
    page.add_phone_log(PhoneLogPanel(phone))
    phone.setParent(page)
    return page
