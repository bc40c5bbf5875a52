"""Home page wiring: today's tiles for the signed-in person."""

from __future__ import annotations

from app.pages import PageEnv


def make_page(env: PageEnv):
    from PySide6.QtCore import QCoreApplication

    from services.dashboard import DashboardService
    from viewmodels.dashboard import DashboardViewModel
    from views.dashboard import DashboardPage

    ctx = env.ctx
    service = DashboardService(ctx.db, ctx.clock, tools=ctx.tools, parts_reports=ctx.parts_reports)
    vm = DashboardViewModel(service, env.actor, env.tasks)
    greeting = QCoreApplication.translate("Dashboard", "Today at the station — {name}").format(
        name=env.actor.display_name)
    page = DashboardPage(vm, greeting)
    vm.setParent(page)
    return page
