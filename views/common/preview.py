"""Print preview: the PDF's pages as images, fitted to the window's width and zoomable; a printer
chosen here (remembered per document kind on this PC); or the PDF viewer of the PC.

Printing sends the pages as images rendered again at the printer's resolution (up to 300 dpi)
when a renderer is given, so the printout is sharp while the preview stays light.

The composition root hands the PC's settings to :func:`set_printer_memory` (an object with
``printer_for(kind)`` and ``remember_printer(kind, name)``); the document kind is the end of the
file's name ("JC2026000123-job_card.pdf" → "job_card") unless given.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from views.common.files import ask_save_path

_memory = None
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


def set_printer_memory(memory) -> None:
    """Where the last printer of each document kind is kept (this PC's settings)."""
    global _memory
    _memory = memory


def document_kind(path: str) -> str:
    stem = Path(path).stem
    return stem.rsplit("-", 1)[1] if "-" in stem else stem


def available_printers() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def default_printer() -> str:
    return QPrinterInfo.defaultPrinterName()


class PrintPreviewDialog(QDialog):
    PRINT_DPI = 300
    RENDER_DPI = 110  # the dpi of the images the pages give the preview

    def __init__(self, path: str, images: list, parent: QWidget | None = None, *, render=None,
                 kind: str | None = None) -> None:
        """``render(pdf_bytes, dpi)`` gives the pages as QImages for the printer; without it the
        preview's images are printed."""
        super().__init__(parent)
        self.path = path
        self.images = images
        self.render = render
        self.kind = kind or document_kind(path)
        self.print_dialog: QPrintDialog | None = None
        self.zoom: float | None = None  # None: the page's width fits the window
        self.setWindowTitle(self.tr("Print preview — {file}").format(file=Path(path).name))
        layout = QVBoxLayout(self)

        tools = QHBoxLayout()
        self.zoom_out = QPushButton(self.tr("Zoom out"))
        self.zoom_in = QPushButton(self.tr("Zoom in"))
        self.fit_button = QPushButton(self.tr("Fit width"))
        self.zoom_label = QLabel()
        for w in (self.zoom_out, self.zoom_in, self.fit_button, self.zoom_label):
            tools.addWidget(w)
        tools.addStretch(1)
        layout.addLayout(tools)

        pages = QWidget()
        pages_layout = QVBoxLayout(pages)
        pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_labels: list[QLabel] = []
        if images:
            for _img in images:
                label = QLabel()
                pages_layout.addWidget(label)
                self.page_labels.append(label)
        else:
            pages_layout.addWidget(QLabel(self.tr("This PC cannot show the pages here. The PDF was saved as {path}; "
                                                  "open it to view or print it.").format(path=path)))
        self.scroll = QScrollArea()
        self.scroll.setWidget(pages)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.scroll, 1)
        self.scroll.viewport().installEventFilter(self)

        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Printer")))
        self.printer_combo = QComboBox()
        self.printer_combo.setObjectName("printer")
        self.printer_combo.setMinimumContentsLength(24)
        names = available_printers()
        self.printer_combo.addItems(names)
        remembered = _memory.printer_for(self.kind) if _memory is not None else None
        chosen = remembered if remembered in names else default_printer()
        if chosen in names:
            self.printer_combo.setCurrentIndex(names.index(chosen))
        buttons.addWidget(self.printer_combo, 1)
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setObjectName("print")
        self.print_button.setDefault(True)
        self.print_button.setEnabled(bool(images) and bool(names))
        self.setup_button = QPushButton(self.tr("Printer settings…"))
        self.setup_button.setEnabled(bool(images))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.open_button = QPushButton(self.tr("Open PDF"))
        close = QPushButton(self.tr("Close"))
        for b in (self.print_button, self.setup_button, self.save_button, self.open_button, close):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.print_now)
        self.setup_button.clicked.connect(self.choose_printer)
        self.open_button.clicked.connect(self.open_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        close.clicked.connect(self.accept)
        self.zoom_in.clicked.connect(lambda: self.step_zoom(+1))
        self.zoom_out.clicked.connect(lambda: self.step_zoom(-1))
        self.fit_button.clicked.connect(lambda: self.set_zoom(None))

        # as large as the screen allows: an A4 page's width fits a 1366×768 screen and reads at ~120 dpi
        avail = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = 1000, 900
        if avail is not None:
            width, height = min(width, avail.width() - 40), min(height, avail.height() - 60)
        self.resize(width, height)
        self.set_zoom(None)

    # ---- zoom ------------------------------------------------------------------------------------------
    def page_scale(self) -> float:
        """Screen pixels per image pixel: the zoom, or what makes the widest page fit the window."""
        if self.zoom is not None:
            return self.zoom * 96 / self.RENDER_DPI
        widest = max((img.width() for img in self.images), default=1)
        room = self.scroll.viewport().width() - 24
        return max(0.1, room / widest)

    def set_zoom(self, zoom: float | None) -> None:
        self.zoom = zoom
        self._show_pages()

    def step_zoom(self, step: int) -> None:
        now = self.page_scale() * self.RENDER_DPI / 96
        if step > 0:
            nxt = next((z for z in ZOOMS if z > now + 0.01), ZOOMS[-1])
        else:
            nxt = next((z for z in reversed(ZOOMS) if z < now - 0.01), ZOOMS[0])
        self.set_zoom(nxt)

    def _show_pages(self) -> None:
        scale = self.page_scale()
        for label, img in zip(self.page_labels, self.images, strict=False):
            pix = QPixmap.fromImage(img)
            label.setPixmap(pix.scaledToWidth(max(1, int(img.width() * scale)),
                                              Qt.TransformationMode.SmoothTransformation))
        percent = round(scale * self.RENDER_DPI / 96 * 100)
        self.zoom_label.setText(self.tr("{percent}% (fits the width)").format(percent=percent) if self.zoom is None
                                else self.tr("{percent}%").format(percent=percent))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        """The viewport's width changed (the dialog resized, a scroll bar came): fit the pages again."""
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize and self.zoom is None \
                and self.images and event.size().width() != event.oldSize().width():
            self._show_pages()
        return super().eventFilter(watched, event)

    # ---- printing --------------------------------------------------------------------------------------
    def save_pdf(self) -> str:
        """Save a copy of the PDF where the user chooses (Documents/ServiceBay by default); the path or ""."""
        target = ask_save_path(self, self.tr("Save as PDF"), Path(self.path).name, self.tr("PDF files (*.pdf)"))
        if target:
            Path(target).write_bytes(Path(self.path).read_bytes())
        return target

    def open_pdf(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.path))

    def print_now(self) -> int:
        """Print every page on the printer chosen in the list, and remember it for this kind of document."""
        name = self.printer_combo.currentText()
        if not name:
            return 0
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPrinterName(name)
        printer.setDocName(Path(self.path).stem)
        if _memory is not None:
            _memory.remember_printer(self.kind, name)
        return self.print_pages(printer)

    def choose_printer(self, printer: QPrinter | None = None) -> QPrintDialog:
        """The system's print dialog (printer, copies, pages); accepted, the pages are printed and the
        printer chosen there is remembered for this kind of document."""
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.printer_combo.currentText():
            printer.setPrinterName(self.printer_combo.currentText())
        printer.setDocName(Path(self.path).stem)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {file}").format(file=Path(self.path).name))
        dialog.accepted.connect(lambda: self._printed_from_dialog(dialog.printer()))
        self.print_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # QPrintDialog.open() wants a receiver in PySide6; show() is the same, not blocking
        return dialog

    def _printed_from_dialog(self, printer: QPrinter) -> None:
        if _memory is not None and printer.printerName():
            _memory.remember_printer(self.kind, printer.printerName())
        self.print_pages(printer)

    def print_pages(self, printer: QPrinter) -> int:
        """Paint every page onto ``printer``, one sheet each, scaled to the printable area; the number
        of pages sent."""
        images = self.images
        if self.render is not None:
            images = self.render(Path(self.path).read_bytes(), min(printer.resolution(), self.PRINT_DPI)) or images
        painter = QPainter(printer)
        if not painter.isActive():
            return 0
        try:
            for i, img in enumerate(images):
                if i:
                    printer.newPage()
                rect = painter.viewport()
                size = img.size()
                size.scale(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(rect.x(), rect.y(), size.width(), size.height())
                painter.setWindow(img.rect())
                painter.drawImage(0, 0, img)
                painter.setViewport(rect)
        finally:
            painter.end()
        return len(images)
