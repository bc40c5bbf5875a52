"""Reporting's tests: the hand-written month of ``fixtures.py``, read on 1 December 2026."""

from __future__ import annotations

import pytest

from tests.reporting.fixtures import at, make_month


@pytest.fixture
def month(ctx, admin):
    ctx.clock.moment = at(2026, 11, 20, 9)
    m = make_month(ctx, admin)
    ctx.clock.moment = at(2026, 12, 1, 9)
    return m
