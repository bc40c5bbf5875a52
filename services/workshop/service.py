"""The workshop's service (车间): organisation, dispatch, the time clock, the board, figures, printing.

Each use case lives in its own module as a mixin over ``WorkshopCore``; this class puts them
together so the rest of the program sees one ``ctx.workshop``:

- ``organisation``: teams (班组) and their working hours, bays (工位), technicians' teams;
- ``dispatch``: labour lines to technicians with shares of hours (派工), move, take off;
- ``timeclock``: attendance and work on job lines, the kiosk, forgotten clock-outs and their correction;
- ``board``: the board of a day, the unassigned queue, the overdue list, the change stamp;
- ``figures``: utilisation, efficiency and productivity per technician, team and day;
- ``printing``: the dispatch sheet and the day's plan.

``rules`` holds what the job card lifecycle calls inside its own transactions.
"""

from __future__ import annotations

from services.workshop.dispatch import DispatchMixin
from services.workshop.figures import FiguresMixin
from services.workshop.printing import PrintingMixin
from services.workshop.timeclock import TimeClockMixin


class WorkshopService(PrintingMixin, DispatchMixin, TimeClockMixin, FiguresMixin):
    """``WorkshopService(db, audit, clock, job_cards=..., station=...)``."""
