"""The parts area's tables show times in the station's zone, whatever zone the PC is set to.

Seen before: the stocktake list showed "21:07" while the station's clock read 05:07 (the PC in UTC,
the station in Asia/Shanghai): the parts table model formatted times with the PC's zone.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from services.common.clock import Clock
from tests.parts.gui_fixtures import stock_the_store
from viewmodels.parts.models import Column, LocalTime, RowsModel

# 21:07 UTC on 30 November is 05:07 on 1 December in Shanghai
AT = datetime(2026, 11, 30, 21, 7, tzinfo=UTC)


@pytest.fixture(params=["UTC", "America/New_York", "Asia/Shanghai"])
def pc_zone(request):
    """The process's own time zone set to each of these in turn (what ``astimezone()`` would use)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    try:
        yield request.param
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


@dataclass(frozen=True)
class Row:
    at: datetime


def test_a_parts_table_shows_utc_times_in_the_station_zone(qapp, pc_zone):
    station = Clock("Asia/Shanghai")
    model = RowsModel([Column("Time", lambda r: r.at)], local=LocalTime(station.local))
    model.set_rows([Row(AT)])
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole) == "2026-12-01 05:07"
    # sorting goes by the moment itself, not by its text
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole + 2) == AT


def test_the_stocktake_list_shows_when_a_count_started_by_the_station_clock(ctx, admin, tasks, pc_zone):
    from viewmodels.parts.stocktake import StocktakeViewModel

    stock_the_store(ctx, admin)
    info = ctx.parts_stocktake.start(admin, bin_prefix="A")  # at the fixed clock: 02:30 UTC, 10:30 in Shanghai
    vm = StocktakeViewModel(ctx.parts_stocktake, admin, tasks)
    vm.counts.set_rows([info])
    started = next(c for c in range(vm.counts.columnCount())
                   if vm.counts.headerData(c, Qt.Orientation.Horizontal) in ("Started", "开始时间", "开始"))
    expected = ctx.clock.local(info.created_at).strftime("%Y-%m-%d %H:%M")
    assert expected.endswith("10:30")
    assert vm.counts.data(vm.counts.index(0, started)) == expected
