"""The repair file and the outbox on screen, driven as the front desk does: the customer page's
"Repair file…" shows every job on the car and prints it for the customer; the supervisor filters the
outbox, reads why a record is held back, retries it once the VIN is fixed, and exports the month."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.pages import PageEnv
from services.common.identifiers import make_vin
from tests.gui_helpers import print_with_purpose
from tests.job_cards.fixtures import VIN
from tests.repair_file.fixtures import other_car, settle, spoil_vin

pytestmark = pytest.mark.gui
WAIT = 15000


def _click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _page(qtbot, tasks, ctx, actor, module):
    page = module.make_page(PageEnv(ctx, actor, tasks, None))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
    return page


def test_the_customer_page_opens_the_cars_repair_file_and_prints_it(qtbot, qloop, tasks, ctx, station, tmp_path):
    import app.pages.customers as customers

    first = settle(ctx, station)
    ctx.clock.advance(days=30)
    second = settle(ctx, station, deliver=False, mileage_in=37000)
    page = _page(qtbot, tasks, ctx, station.advisor, customers)
    page.page_vm.load(station.customer_id)
    button = page.page.repair_file_button
    qtbot.waitUntil(lambda: button.isEnabled(), timeout=WAIT)
    _click(qtbot, button)
    dialog = page.page.repair_file_dialog
    dialog.vm.output_dir = tmp_path
    qtbot.waitUntil(lambda: dialog.vm.jobs.rowCount() == 2, timeout=WAIT)
    jobs = dialog.vm.jobs
    assert [jobs.data(jobs.index(r, 5)) for r in range(2)] == [second.number, first.number]
    assert VIN in dialog.heading.text() and "2 jobs" in dialog.heading.text()
    dialog.jobs.selectRow(1)
    qtbot.waitUntil(lambda: dialog.vm.job is not None and dialog.vm.job.card_number == first.card_number,
                    timeout=WAIT)
    facts = {dialog.details.itemAt(i, dialog.details.ItemRole.LabelRole).widget().text():
             dialog.details.itemAt(i, dialog.details.ItemRole.FieldRole).widget().text()
             for i in range(dialog.details.rowCount())}
    assert facts["Quality inspector"] == "孙质检" and facts["Certificate"].startswith("HG")
    assert facts["Statement"].startswith(first.number)
    assert dialog.lines.model().rowCount() == 4  # oil service, filter, oil, diagnosis
    doc = print_with_purpose(qtbot, dialog.print_button, dialog, dialog.vm.documentReady, WAIT)
    assert doc.args[0].endswith(f"repair-file-{VIN}.pdf") and dialog.last_preview is not None
    dialog.last_preview.close()
    dialog.close()


def test_the_supervisor_retries_a_held_record_and_exports_the_month(qtbot, qloop, tasks, ctx, station, tmp_path,
                                                                    monkeypatch):
    import app.pages.repair_file as repair_file

    good = settle(ctx, station)
    car = other_car(ctx, station, "777777", "沪C66552")
    right = make_vin("LFV2A21K5N3" + "777777")
    wrong = right[:8] + ("1" if right[8] != "1" else "2") + right[9:]
    spoil_vin(ctx, car, wrong)
    held = settle(ctx, station, vehicle_id=car, mileage_in=20100)
    page = _page(qtbot, tasks, ctx, station.supervisor, repair_file)
    vm = page.vm
    assert vm.records.rowCount() == 2 and "Held back 1" in page.counts.text() and "Queued 1" in page.counts.text()
    page.status.setCurrentIndex(page.status.findData("held"))
    qtbot.waitUntil(lambda: vm.records.rowCount() == 1, timeout=WAIT)
    assert vm.records.data(vm.records.index(0, 1)) == held.number
    assert f"VIN {wrong} should be {right[8]}" in vm.records.data(vm.records.index(0, 7))
    page.table.selectRow(0)
    _click(qtbot, page.retry_button)
    qtbot.waitUntil(lambda: "still held back" in page.message.text(), timeout=WAIT)
    spoil_vin(ctx, car, right)  # the VIN corrected in the customer file
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
    page.table.selectRow(0)
    _click(qtbot, page.retry_button)
    qtbot.waitUntil(lambda: page.message.text() == "1 records queued.", timeout=WAIT)
    qtbot.waitUntil(lambda: vm.records.rowCount() == 0, timeout=WAIT)  # nothing held any more

    page.status.setCurrentIndex(page.status.findData(""))
    qtbot.waitUntil(lambda: vm.records.rowCount() == 2, timeout=WAIT)
    target = tmp_path / "health.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(vm.exported, timeout=WAIT):
        _click(qtbot, page.export_button)
    records = json.loads(target.read_text(encoding="utf-8"))["records"]
    assert sorted(r["costlistcode"] for r in records) == sorted([good.number, held.number])
    qtbot.waitUntil(lambda: "Exported 2" in page.counts.text(), timeout=WAIT)


def test_the_outbox_is_offered_to_the_manager_and_the_front_desk_supervisor_only(ctx, station):
    from app.pages import visible_areas

    assert "repair_file" in {a.key for a in visible_areas(station.supervisor)}
    assert "repair_file" not in {a.key for a in visible_areas(station.advisor)}
    assert "repair_file" not in {a.key for a in visible_areas(station.technician)}
