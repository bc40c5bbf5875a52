"""The time, passed in so that tests and demo data can set it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo


class Clock:
    """Now in UTC and today in the station's time zone (default Asia/Shanghai)."""

    def __init__(self, zone: str = "Asia/Shanghai") -> None:
        self.zone = ZoneInfo(zone)

    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return self.now().astimezone(self.zone).date()

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)


class FixedClock(Clock):
    """A clock that stands still until moved (tests, demo data)."""

    def __init__(self, moment: datetime, zone: str = "Asia/Shanghai") -> None:
        super().__init__(zone)
        if moment.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self.moment = moment

    def now(self) -> datetime:
        return self.moment

    def advance(self, **delta) -> None:
        from datetime import timedelta

        self.moment = self.moment + timedelta(**delta)
