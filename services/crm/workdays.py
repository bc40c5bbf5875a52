"""Working days by the Chinese calendar: statutory holidays and the make-up working days (调休).

``chinese_calendar`` (the ``chinesecalendar`` package) knows the State Council's holiday notice of
each year it was released for; a day of a year it does not know yet falls back to Monday–Friday
(the notice for next year appears in November, and the package follows it).
"""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar


def is_workday(day: date) -> bool:
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:  # a year the package has no notice for yet
        return day.weekday() < 5


def is_holiday(day: date) -> bool:
    """A statutory holiday (not a plain weekend)."""
    try:
        on, _name = chinese_calendar.get_holiday_detail(day)
        return bool(on) and _name is not None
    except NotImplementedError:
        return False


def add_working_days(day: date, n: int) -> date:
    """The ``n``-th working day after ``day`` (``day`` itself does not count)."""
    current = day
    left = n
    while left > 0:
        current += timedelta(days=1)
        if is_workday(current):
            left -= 1
    return current


def working_days_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when ``end`` <= ``start``)."""
    count = 0
    current = start
    while current < end:
        current += timedelta(days=1)
        if is_workday(current):
            count += 1
    return count
