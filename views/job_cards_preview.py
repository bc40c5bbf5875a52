"""Print preview: the PDF's pages as images, a system printer, or the PDF viewer of the PC."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget


class PrintPreviewDialog(QDialog):
    def __init__(self, path: str, images: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.images = images
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
        self.print_button.setEnabled(bool(images))
        self.open_button = QPushButton(self.tr("Open PDF"))
        close = QPushButton(self.tr("Close"))
        buttons.addStretch(1)
        for b in (self.print_button, self.open_button, close):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.print_pages)
        self.open_button.clicked.connect(self.open_pdf)
        close.clicked.connect(self.accept)
        self.resize(760, 900)

    def open_pdf(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.path))

    def print_pages(self, printer: QPrinter | None = None) -> None:
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return
        painter = QPainter(printer)
        try:
            for i, img in enumerate(self.images):
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
