"""The home page: what to act on today, for each role."""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QPushButton

from app.gui import build_main_window
from app.settings import LocalSettings
from tests.job_cards import fixtures as job_cards_fixtures


def test_home_shows_late_cars_and_overdue_tools_and_opens_their_area(qtbot, ctx, admin, tasks, clock, tmp_path):
    jc = job_cards_fixtures.make_station(ctx, admin)
    card = ctx.job_cards.open_card(jc.advisor, jc.intake(promised_at=clock.now() + timedelta(hours=2)))
    from services.tools.service import ToolItemInput
    from services.users.permissions import Role

    borrower = ctx.users.create_user(admin, "tech09", "王师傅", "tech-pass-9", [Role.TECHNICIAN], badge_code="E19009")
    ctx.tools.add_item(admin, ToolItemInput(name="专用正时工具 EA888", kind="special", item_number="T0002",
                                            barcode="T0002", location="A-01"))
    ctx.tools.lend(admin, borrower.id, "T0002", uuid.uuid4().hex)
    clock.advance(days=1, hours=1)  # the car is late and the tool was due back last night

    window = build_main_window(ctx, admin, tasks, LocalSettings())
    qtbot.addWidget(window)
    assert window.area_keys()[0] == "home"
    page = window.current_page()
    qtbot.waitUntil(lambda: "late" in page.tiles and "tools_overdue" in page.tiles)
    assert page.value_of("in_workshop") == "1"
    assert page.value_of("late") == "1"
    assert page.value_of("tools_overdue") == "1"
    texts = " ".join(lbl.text() for lbl in page.tiles["late"].findChildren(type(page.message)))
    assert card.number in texts and job_cards_fixtures.PLATE in texts
    tools_text = " ".join(lbl.text() for lbl in page.tiles["tools_overdue"].findChildren(type(page.message)))
    assert "专用正时工具" in tools_text and "王师傅" in tools_text

    qtbot.mouseClick(page.tiles["tools_overdue"].findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert window.vm.current == "tools"


def test_a_technician_sees_no_parts_or_front_desk_tiles_he_may_not_open(qtbot, ctx, admin, tasks):
    from services.users.permissions import Role

    ctx.users.create_user(admin, "crc01", "客服小周", "crc-pass-12", [Role.CRC_SPECIALIST])
    crc = ctx.users.authenticate("crc01", "crc-pass-12")
    window = build_main_window(ctx, crc, tasks, LocalSettings())
    qtbot.addWidget(window)
    page = window.current_page()
    qtbot.waitUntil(lambda: bool(page.tiles))
    assert set(page.tiles) == {"in_workshop", "late", "calls_due"}  # job cards and calls yes; tools and parts no
    assert page.value_of("calls_due") == "0"
    assert all(isinstance(b, QGroupBox) for b in page.tiles.values())


def test_the_follow_up_specialist_sees_the_calls_due_and_opens_the_centre(qtbot, ctx, admin, tasks):
    """Her day is calls: the delivery of yesterday is on her home page, and Open takes her to the centre."""
    from tests.crm.fixtures import at, deliver, make_centre

    centre = make_centre(ctx, admin)
    ctx.clock.moment = at(2024, 9, 30, 15, 0)  # the last working day before the National Day holiday
    deliver(ctx, centre.st)
    ctx.clock.moment = at(2024, 10, 8, 9, 0)  # the first working day after it: the call is due
    window = build_main_window(ctx, centre.caller, tasks, LocalSettings())
    qtbot.addWidget(window)
    page = window.current_page()
    qtbot.waitUntil(lambda: "calls_due" in page.tiles)
    assert page.value_of("calls_due") == "1"
    text = " ".join(lbl.text() for lbl in page.tiles["calls_due"].findChildren(type(page.message)))
    assert "10-08" in text and "沪A12345" in text
    qtbot.mouseClick(page.tiles["calls_due"].findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert window.vm.current == "crm"
