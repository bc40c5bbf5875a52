"""The month's documents: a goods-received note that survives a cancelled save and prints again, the
count sheet and variance report, and both from the CLI (which signs the person in)."""

from __future__ import annotations

import io
from decimal import Decimal as D
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

import views.common.files as files
from app.cli import main as cli_main
from app.pages import PageEnv
from app.settings import LocalSettings
from services.parts.stock import NewPart
from services.station.settings import StationSettings
from tests.cli_helpers import sign_in
from tests.conftest import ADMIN_PASSWORD
from tests.parts.gui_fixtures import OIL_EAN
from tests.parts.test_parts_inspection_gui import close_ready
from tests.parts.test_parts_receiving_gui import Scanner


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "".join("".join((page.extract_text() or "").split()) for page in doc.pages)


@pytest.mark.gui
def test_cancelling_the_save_leaves_the_note_open_and_any_note_prints_again(qtbot, qloop, tasks, ctx, admin,
                                                                              monkeypatch, tmp_path):
    from app.pages.receiving import make_page

    ctx.parts.create_part(admin, NewPart("06A115561B", "机油滤清器", cost=D("30.00"), bin="A-01-03",
                                         barcodes=[OIL_EAN]))
    ctx.parts.create_supplier(admin, "一汽大众配件中心")
    w = make_page(PageEnv(ctx=ctx, actor=admin, tasks=tasks, settings=LocalSettings()))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.vm.receiptChanged):
        w.start_button.click()
    Scanner().scan(w.scan_field, "3*" + OIL_EAN)
    qtbot.waitUntil(lambda: w.vm.count == 3 and w.vm.lines.rowCount() == 1)
    close_ready(qtbot, w, "一汽大众配件中心", "SH-1")
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    answers = iter(["", str(tmp_path / "first.pdf"), str(tmp_path / "again.pdf")])
    asked: list[str] = []  # where each save dialog opened

    def answer(*a, **k):
        asked.append(a[2])
        return next(answers), ""

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(files, "_last_folder", None)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    w.finish_button.click()  # the person cancels the save dialog
    assert "stays open" in w.status_label.text()
    number = w.vm.receipt_number
    assert ctx.parts_receiving.receipt(admin, w.vm.receipt.id).status == "open"
    with qtbot.waitSignal(w.vm.documentReady):
        w.finish_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "first.pdf").exists())
    assert ctx.parts_receiving.receipt(admin, w.vm.receipt.id).status == "closed"
    with qtbot.waitSignal(w.vm.documentReady):
        w.reprint_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "again.pdf").exists())
    text = _text((tmp_path / "again.pdf").read_bytes())
    assert number in text and "机油滤清器" in text
    # the dialog opens in Documents/ServiceBay with the note's number, never in the program's folder;
    # after a choice, in the folder chosen
    first = Path(asked[0])
    assert first.is_absolute() and first.parent == home / "Documents" / "ServiceBay" and first.parent.is_dir()
    assert first.name.startswith(number) and first.suffix == ".pdf"
    assert Path(asked[2]).parent == tmp_path
    w.vm.shutdown()
    w.hide()


def test_cli_prints_a_stocktake_and_a_goods_receipt(tmp_path):
    from app.context import AppContext
    from services.users.permissions import Actor

    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    ctx, _ = AppContext.open(url)
    system = Actor.system()
    ctx.station.set_up(StationSettings(name="测试站"), "admin", "管理员", ADMIN_PASSWORD, today=ctx.clock.today())
    oil = ctx.parts.create_part(system, NewPart("06A115561B", "机油滤清器", cost=D("30.00"), bin="A-01-03"))
    plug = ctx.parts.create_part(system, NewPart("101905601F", "火花塞", cost=D("25.00"), bin="A-01-04"))
    sup = ctx.parts.create_supplier(system, "一汽大众配件中心")
    grn = ctx.parts_receiving.open_receipt(system, supplier_id=sup.id, delivery_note="SH-1")
    ctx.parts_receiving.receive(system, grn.id, oil.id, 10)
    ctx.parts_receiving.receive(system, grn.id, plug.id, 4)
    for line in ctx.parts_receiving.receipt(system, grn.id).lines:
        ctx.parts_receiving.accept_line(system, line.id)
    grn = ctx.parts_receiving.close_receipt(system, grn.id)
    st = ctx.parts_stocktake.start(system, bin_prefix="A-01")
    ctx.parts_stocktake.count(system, st.id, "06A115561B", bin_code="A-01-03", qty=9)
    ctx.close()

    sheet, report, note = tmp_path / "sheet.pdf", tmp_path / "var.pdf", tmp_path / "grn.pdf"
    assert cli_main(["--db", url, "print", "stocktake", st.number, "-o", str(sheet), *sign_in(tmp_path)]) == 0
    text = _text(sheet.read_bytes())
    assert all(t in text for t in ("测试站盘点表", st.number, "位置A-01-03", "位置A-01-04", "盘点人", "监盘人"))
    for known in (st.number, "101905601F", "06A115561B"):
        text = text.replace(known, "")
    assert "10" not in text  # blind: no book quantity (10 filters on the books)
    assert cli_main(["--db", url, "print", "stocktake", st.number, "--variances", "-o", str(report),
                     *sign_in(tmp_path)]) == 0
    text = _text(report.read_bytes())
    assert "盘点差异表" in text and "未盘" in text and "-30.00" in text
    assert cli_main(["--db", url, "print", "goods-receipt", grn.number, "-o", str(note), *sign_in(tmp_path)]) == 0
    text = _text(note.read_bytes())
    assert grn.number in text and "火花塞" in text
    assert cli_main(["--db", url, "print", "goods-receipt", "RK000", "-o", str(note), *sign_in(tmp_path)]) != 0
