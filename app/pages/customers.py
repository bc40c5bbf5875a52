"""Builds the customers page: the search, the customer page and its dialogs, over ``ctx.customers``."""

from __future__ import annotations

from app.pages import PageEnv
from services.users.permissions import Permission


def make_page(env: PageEnv):
    from app.pages.repair_file import repair_file_opener
    from viewmodels.customers.area import (
        CustomerEditViewModel,
        CustomerPageViewModel,
        ExportViewModel,
        ImportViewModel,
        MergeViewModel,
        VehicleEditViewModel,
    )
    from viewmodels.customers.search import CustomerSearchViewModel
    from views.customers.area import CustomersView

    service, actor, tasks = env.ctx.customers, env.actor, env.tasks
    search = CustomerSearchViewModel(service, actor, tasks)
    page = CustomerPageViewModel(service, actor, tasks)
    view = CustomersView(
        search, page,
        make_edit_vm=lambda customer: CustomerEditViewModel(service, actor, tasks, customer),
        make_vehicle_vm=lambda customer_id: VehicleEditViewModel(service, actor, tasks, customer_id),
        make_import_vm=lambda: ImportViewModel(service, actor, tasks),
        make_merge_vm=lambda customer: MergeViewModel(service, actor, tasks, customer),
        export_vm=ExportViewModel(service, actor, tasks),
        open_repair_file=repair_file_opener(env) if actor.can(Permission.VIEW_CUSTOMERS) else None,
    )
    for vm in (search, page, view.export_vm):
        vm.setParent(view)
    return view
