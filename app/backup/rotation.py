"""Which backups to keep: grandfather-father-son, 7 daily, 4 weekly, 12 monthly.

A pure function over the backups' times, so a year of days can be simulated in a test. Days,
weeks and months are the station's (its time zone): the newest backup of each of the last 7 days
that have one is kept, the newest of each of the last 4 ISO weeks that have one, and the newest of
each of the last 12 months that have one. Anything else may go. Only good backups are ever passed
here (a backup is renamed to its final name after it was checked), so a bad copy never pushes a
good one out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Policy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


DEFAULT_POLICY = Policy()


def to_keep(items: Iterable[T], moment: Callable[[T], datetime], local: Callable[[datetime], datetime],
            policy: Policy = DEFAULT_POLICY) -> set[T]:
    """The items to keep: for each granularity, the newest item of each of its last N periods."""
    ordered = sorted(items, key=moment, reverse=True)
    keep: set[T] = set()
    buckets: tuple[tuple[int, Callable[[datetime], tuple]], ...] = (
        (policy.daily, lambda t: (t.year, t.month, t.day)),
        (policy.weekly, lambda t: tuple(t.isocalendar())[:2]),
        (policy.monthly, lambda t: (t.year, t.month)),
    )
    for count, period in buckets:
        seen: set[tuple] = set()
        for item in ordered:
            if len(seen) >= count:
                break
            key = period(local(moment(item)))
            if key not in seen:
                seen.add(key)
                keep.add(item)
    return keep
