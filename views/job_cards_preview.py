"""Print preview: the PDF's pages as images, a system printer, or the PDF viewer of the PC.

Printing sends the pages as images rendered again at the printer's resolution (up to 300 dpi)
when a renderer is given, so the printout is sharp while the preview stays light.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget


class PrintPreviewDialog(QDialog):
    PRINT_DPI = 300

    def __init__(self, path: str, images: list, parent: QWidget | None = None, *, render=None) -> None:
        """``render(pdf_bytes, dpi)`` gives the pages as QImages for the printer; without it the
        preview's images are printed."""
        super().__init__(parent)
        self.path = path
        self.images = images
        self.render = render
        self.print_dialog: QPrintDialog | None = None
        self.setWindowTitle(self.tr("Print preview — {file}").format(file=Path(path).name))
        layout = QVBoxLayout(self)
        pages = QWidget()
        pages_layout = QVBoxLayout(pages)
        if images:
            for img in images:
                label = QLabel()
                label.setPixmap(QPixmap.fromImage(img))
                pages_layout.addWidget(label)
        else:
            pages_layout.addWidget(QLabel(self.tr("This PC cannot show the pages here. The PDF was saved as {path}; "
                                                  "open it to view or print it.").format(path=path)))
        scroll = QScrollArea()
        scroll.setWidget(pages)
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("print")
        self.print_button.setEnabled(bool(images))
        self.open_button = QPushButton(self.tr("Open PDF"))
        close = QPushButton(self.tr("Close"))
        buttons.addStretch(1)
        for b in (self.print_button, self.open_button, close):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.choose_printer)
        self.open_button.clicked.connect(self.open_pdf)
        close.clicked.connect(self.accept)
        self.resize(760, 900)

    def open_pdf(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.path))

    def choose_printer(self, printer: QPrinter | None = None) -> QPrintDialog:
        """The system's print dialog (printer, copies, pages); accepted, the pages are printed."""
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self.path).stem)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {file}").format(file=Path(self.path).name))
        dialog.accepted.connect(lambda: self.print_pages(dialog.printer()))
        self.print_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # QPrintDialog.open() wants a receiver in PySide6; show() is the same, not blocking
        return dialog

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
