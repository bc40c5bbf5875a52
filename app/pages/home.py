"""Home page wiring: today's tiles for the signed-in person (and a warning when backups are late)."""

from __future__ import annotations

from app.pages import PageEnv


def make_page(env: PageEnv):
    from PySide6.QtCore import QCoreApplication

    from app.backup.store import Backups
    from app.settings import backup_folder
    from services.home.today import DashboardService
    from viewmodels.home.today import DashboardViewModel
    from views.home.today import DashboardPage

    ctx = env.ctx
    service = DashboardService(ctx.db, ctx.clock, tools=ctx.tools, parts_reports=ctx.parts_reports, crm=ctx.crm,
                               last_backup=(lambda: Backups(ctx.db, backup_folder(env.settings), ctx.clock).last_good())
                               if ctx.db.is_sqlite else None)  # a PostgreSQL server is backed up on the server
    vm = DashboardViewModel(service, env.actor, env.tasks)
    greeting = QCoreApplication.translate("Dashboard", "Today at the station — {name}").format(
        name=env.actor.display_name)
    page = DashboardPage(vm, greeting)
    vm.setParent(page)
    return page
