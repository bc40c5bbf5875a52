"""The workshop page wiring: board, kiosk, overdue list, figures and clock-outs over ``ctx.workshop``.

A person who may only look at the workshop (a display-only account on the workshop TV) gets the
wall display itself.
"""

from __future__ import annotations

from app.pages import PageEnv
from services.users.permissions import Permission


def make_page(env: PageEnv):
    from viewmodels.workshop.board import BoardViewModel
    from viewmodels.workshop.desk import ClockFlagsViewModel, FiguresViewModel, OverdueViewModel
    from viewmodels.workshop.kiosk import KioskViewModel
    from views.workshop.page import WorkshopPage
    from views.workshop.wall import WallDisplay

    ws, actor, tasks = env.ctx.workshop, env.actor, env.tasks

    def make_wall():
        board = BoardViewModel(ws, actor, tasks)
        overdue = OverdueViewModel(ws, actor, tasks)
        wall = WallDisplay(board, overdue, env.ctx.station.settings().name)
        board.setParent(wall)
        overdue.setParent(wall)
        return wall

    if not actor.can(Permission.DISPATCH) and not actor.can(Permission.CLOCK_WORK):
        return make_wall()
    board = BoardViewModel(ws, actor, tasks)
    kiosk = KioskViewModel(ws, actor, tasks) if actor.can(Permission.CLOCK_WORK) else None
    overdue, figures, flags = (OverdueViewModel(ws, actor, tasks), FiguresViewModel(ws, actor, tasks),
                               ClockFlagsViewModel(ws, actor, tasks))
    page = WorkshopPage(board, kiosk, overdue, figures, flags, make_wall,
                        technician_first=not actor.can(Permission.DISPATCH))
    for vm in (board, kiosk, overdue, figures, flags):
        if vm is not None:
            vm.setParent(page)
    return page
