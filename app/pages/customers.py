"""Builds the customers page: the search, the customer page and its dialogs, over ``ctx.customers``."""

from __future__ import annotations

from app.pages import PageEnv


def make_page(env: PageEnv):
    from viewmodels.customers import (
        CustomerEditViewModel,
        CustomerPageViewModel,
        CustomerSearchViewModel,
        ExportViewModel,
        ImportViewModel,
        MergeViewModel,
        VehicleEditViewModel,
    )
    from views.customers import CustomersView

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
    )
    for vm in (search, page, view.export_vm):
        vm.setParent(view)
    return view
