"""The station manager's dashboard (报表) over ``ctx.reporting``. The report files are written in another
process by the module-level functions of ``app/commands/reporting.py`` (``write_daily``, ``write_monthly``:
each opens its own database), which the viewmodel runs through ``TaskRunner.run_in_process``."""

from __future__ import annotations

from app.pages import PageEnv


def make_page(env: PageEnv):
    from app.commands.reporting import write_daily, write_monthly
    from viewmodels.reporting.dashboard import DashboardViewModel
    from views.reporting.dashboard import ReportingPage

    ctx = env.ctx
    vm = DashboardViewModel(ctx.reporting, env.actor, env.tasks, clock=ctx.clock,
                            writers={"daily": write_daily, "monthly": write_monthly},
                            database_url=ctx.reporting.database_url,
                            language=getattr(env.settings, "language", "zh_CN"))
    page = ReportingPage(vm)
    vm.setParent(page)
    return page
