"""On the warranty desk: the technical supervisor attaches the appraisal's photos (a non-image refused in
words), they are listed and shown on the claim; the warranty clerk sets the manufacturer's submission
columns in their dialog and the exported workbook follows them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.pages import PageEnv
from app.pages.claims import make_page
from tests.claims.fixtures import warranty_card
from tests.gui_helpers import type_text

pytestmark = pytest.mark.gui
WAIT = 15000


def _open(qtbot, tasks, ctx, actor, tmp_path):
    page = make_page(PageEnv(ctx, actor, tasks, None))
    page.vm.output_dir = tmp_path
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not tasks.busy and page.vm.current is not None, timeout=WAIT)
    return page


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _jpeg(path: Path, size=(240, 160)) -> Path:
    Image.new("RGB", size, (180, 20, 20)).save(path, "JPEG")
    return path


def test_the_supervisor_attaches_photos_and_the_clerk_exports_in_the_manufacturers_columns(qtbot, qloop, tasks, ctx,
                                                                                           desk, tmp_path,
                                                                                           monkeypatch):
    claim = ctx.claims.create(desk.clerk, warranty_card(ctx, desk.st).id)
    ctx.claims.appraise(desk.appraiser, claim.id, claim.version, system="brakes", fault_code="B1001", cause="磨损")
    sup = _open(qtbot, tasks, ctx, desk.appraiser, tmp_path)
    assert sup.photos.add_button.isEnabled() and sup.photos_vm.photos.rowCount() == 0
    pdf = tmp_path / "invoice.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%%EOF\n")
    files = [str(_jpeg(tmp_path / "pads.jpg")), str(_jpeg(tmp_path / "tester.jpg", (100, 80))), str(pdf)]
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (files, "")))
    with qtbot.waitSignal(sup.photos_vm.attached, timeout=WAIT):
        _click(qtbot, sup.photos.add_button)
    qtbot.waitUntil(lambda: sup.photos_vm.photos.rowCount() == 2, timeout=WAIT)
    assert "invoice.pdf" in sup.error.text() and "not a photo" in sup.error.text()
    assert "2" in sup.message.text()
    assert sup.vm.current.photo_count == 2
    # a click on a photo shows it
    index = sup.photos_vm.photos.index(0, 0)
    with qtbot.waitSignal(sup.photos_vm.imageReady, timeout=WAIT):
        sup.photos.list.clicked.emit(index)
    assert sup.photos.image.pixmap() is not None and not sup.photos.image.pixmap().isNull()

    # the clerk sets the manufacturer's columns
    page = _open(qtbot, tasks, ctx, desk.clerk, tmp_path)
    dialog = page.edit_layout()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 10, timeout=WAIT)
    assert dialog.table.cellWidget(0, 2).text() == "Dealer claim no."
    while dialog.table.rowCount() > 2:
        dialog.table.setCurrentCell(2, 0)
        _click(qtbot, dialog.remove_button)
    dialog.table.cellWidget(0, 2).clear()
    type_text(qtbot, dialog.table.cellWidget(0, 2), "索赔单号")
    dialog.table.cellWidget(1, 0).clear()
    type_text(qtbot, dialog.table.cellWidget(1, 0), "C")
    _click(qtbot, dialog.add_button)  # the next column (D), the first field not placed yet
    assert dialog.rows()[2] == ("D", "plate", "Plate")
    photos = dialog.table.cellWidget(2, 1)
    photos.setCurrentIndex(photos.findData("photos"))
    dialog.table.cellWidget(2, 2).clear()
    type_text(qtbot, dialog.table.cellWidget(2, 2), "照片数")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    # a column given twice is refused in words and the dialog stays
    dialog.table.cellWidget(2, 0).setText("C")
    with qtbot.waitSignal(page.layouts.errorChanged, timeout=WAIT):
        _click(qtbot, save)
    assert "twice" in dialog.error.text() and dialog.isVisible()
    dialog.table.cellWidget(2, 0).setText("D")
    with qtbot.waitSignal(page.layouts.saved, timeout=WAIT):
        _click(qtbot, save)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)

    with qtbot.waitSignal(page.vm.exported, timeout=WAIT) as wb:
        _click(qtbot, page.export_button)
    ws = load_workbook(io.BytesIO(Path(wb.args[0]).read_bytes())).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("索赔单号", None, "VIN", "照片数")
    assert [r[0] for r in rows[1:]] == [claim.number, claim.number] and {r[3] for r in rows[1:]} == {2}
