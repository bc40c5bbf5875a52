"""The print preview on a 1366×768 station PC: the page fits the window's width (readable, nothing cut
off on the right), zooms in and out, prints to the printer chosen in the preview, and remembers
that printer per document kind in this PC's settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

import views.common.preview as preview
from app.settings import LocalSettings
from reports.job_cards.documents import render_job_card
from tests.job_cards.test_job_cards_paper import _document
from viewmodels.job_cards.reception import page_images
from views.common.preview import PrintPreviewDialog

PRINTERS = ["HP LaserJet M1136", "EPSON LQ-630K"]


@pytest.fixture
def card_pdf(tmp_path) -> Path:
    path = tmp_path / "JC2026000123-job_card.pdf"
    path.write_bytes(render_job_card(_document(parts=6)))
    return path


@pytest.fixture
def memory(tmp_path, monkeypatch):
    monkeypatch.setattr(preview, "available_printers", lambda: list(PRINTERS))
    monkeypatch.setattr(preview, "default_printer", lambda: PRINTERS[0])
    settings = LocalSettings.load(tmp_path / "settings.json")
    preview.set_printer_memory(settings)
    yield settings
    preview.set_printer_memory(None)


def _open(qtbot, path: Path) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(str(path), page_images(path.read_bytes()), render=page_images)
    qtbot.addWidget(dialog)
    dialog.resize(1366 - 40, 768 - 60)  # what the dialog takes of a 1366×768 screen
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_page_fits_the_width_of_a_1366_screen_and_zooms(qtbot, card_pdf, memory):
    dialog = _open(qtbot, card_pdf)
    view = dialog.scroll.viewport()
    first = dialog.page_labels[0]
    qtbot.waitUntil(lambda: first.pixmap().width() <= view.width())
    fitted = first.pixmap().width()
    assert fitted >= view.width() - 60  # the whole width of the A4 page, not a sliver
    assert fitted / (210 / 25.4) >= 100  # ≥ 100 px per inch on screen: 8.5 pt text is readable
    assert not dialog.scroll.horizontalScrollBar().isVisible()
    qtbot.mouseClick(dialog.zoom_in, Qt.MouseButton.LeftButton)
    assert first.pixmap().width() > fitted and "%" in dialog.zoom_label.text()
    qtbot.mouseClick(dialog.zoom_out, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.zoom_out, Qt.MouseButton.LeftButton)
    assert first.pixmap().width() < fitted
    qtbot.mouseClick(dialog.fit_button, Qt.MouseButton.LeftButton)
    assert first.pixmap().width() == fitted
    dialog.close()


def test_the_printer_chosen_in_the_preview_is_used_and_remembered_per_document_kind(qtbot, card_pdf, memory,
                                                                                    monkeypatch, tmp_path):
    sent: list[tuple[str, int]] = []

    def fake_print(self, printer):  # no printer on the test machine: record where the pages would go
        sent.append((self.printer_combo.currentText(), len(self.images)))
        return len(self.images)

    monkeypatch.setattr(PrintPreviewDialog, "print_pages", fake_print)
    dialog = _open(qtbot, card_pdf)
    assert dialog.kind == "job_card"
    assert dialog.printer_combo.currentText() == PRINTERS[0]  # nothing remembered yet: the PC's default
    dialog.printer_combo.setCurrentText(PRINTERS[1])
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert sent == [(PRINTERS[1], len(dialog.images))]
    dialog.close()
    # kept in this PC's settings file, per kind
    assert LocalSettings.load(tmp_path / "settings.json").printer_for("job_card") == PRINTERS[1]
    again = _open(qtbot, card_pdf)
    assert again.printer_combo.currentText() == PRINTERS[1]
    again.close()
    statement = card_pdf.with_name("JS20261100001-statement.pdf")
    statement.write_bytes(card_pdf.read_bytes())
    other = _open(qtbot, statement)
    assert other.kind == "statement" and other.printer_combo.currentText() == PRINTERS[0]
    other.close()
