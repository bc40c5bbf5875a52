"""The repair file area's wiring: the health record outbox page, and the vehicle's repair file dialog
the customer page opens (``repair_file_opener``)."""

from __future__ import annotations

from app.pages import PageEnv


def make_page(env: PageEnv):
    from viewmodels.repair_file.outbox import OutboxViewModel
    from views.repair_file.outbox import OutboxPage

    vm = OutboxViewModel(env.ctx.repair_file, env.actor, env.tasks, clock=env.ctx.clock)
    page = OutboxPage(vm)
    vm.setParent(page)
    return page


def repair_file_opener(env: PageEnv):
    """``open(vin, parent) -> QDialog``: the repair file of a car, opened (non-modal) over ``parent``."""

    def open_file(vin: str, parent):
        from viewmodels.job_cards.reception import page_images
        from viewmodels.repair_file.file import RepairFileViewModel
        from views.repair_file.file_dialog import RepairFileDialog

        vm = RepairFileViewModel(env.ctx.repair_file, env.actor, env.tasks, clock=env.ctx.clock, vin=vin,
                                 purposes=env.settings if hasattr(env.settings, "purpose_for") else None)
        dialog = RepairFileDialog(vm, page_images, parent)
        vm.setParent(dialog)
        dialog.open()
        return dialog

    return open_file
