"""The demo's clock (app/demo/workshop.py) as the reports read it: no technician clocks more hours on a day than
he was in (utilisation at most 100%), in the afternoon as in the morning, today as on past days."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.demo import generate
from services.users.permissions import Actor


@pytest.mark.parametrize("hour", [12, 15])  # at lunch, and in the afternoon
def test_the_demos_technicians_never_clock_more_than_they_are_in(ctx, hour):
    ctx.clock.moment = datetime(2026, 11, 20, hour, 10, tzinfo=ZoneInfo("Asia/Shanghai"))  # a Friday, work running
    generate(ctx, scale="small", seed=1)
    actor = Actor.system()
    today = ctx.clock.today()
    days = 0
    for back in range(0, 180, 60):
        last = today - timedelta(days=back)
        figures = ctx.workshop.figures(actor, last - timedelta(days=59), last)
        over = [(r.key, r.day, r.attendance_hours, r.clocked_hours) for r in figures.by_technician
                if r.clocked_hours > r.attendance_hours]
        assert over == [], over[:5]
        days += len(figures.by_technician)
    assert days > 100  # the demo's technicians worked
    now = ctx.workshop.figures(actor, today)
    assert sum(r.clocked_hours for r in now.totals) > 0  # work clocked today, some of it running now
    [utilisation] = ctx.reporting.figures(actor, today, today, ["utilisation"])
    assert utilisation.value is not None and utilisation.value <= 1
