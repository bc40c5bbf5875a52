"""The purpose of a print or export of personal data: a short list to pick from, or free text.

``PurposeBox`` is the editable list the customer export and the print screens share;
``PurposeDialog`` asks for a print's purpose (window-modal, not blocking: ``chosen(text)`` says the
answer); ``ask_purpose`` opens one; ``add_purpose_action`` gives a print button "Print for another
purpose…" on its context menu, with the remembered purpose in its tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewmodels.common.purpose import MAX_PURPOSE, PRINT_PURPOSES, clean_purpose


def print_purposes() -> list[str]:
    return [QCoreApplication.translate("PrintPurpose", p) for p in PRINT_PURPOSES]


class PurposeBox(QComboBox):
    """An editable list of purposes: pick one, or type another."""

    def __init__(self, items: Iterable[str], current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setMaxLength(MAX_PURPOSE)
        self.addItems(["", *items])
        self.setCurrentText(current)
        self.setMinimumContentsLength(24)

    def purpose(self) -> str:
        return clean_purpose(self.currentText())


class PurposeDialog(QDialog):
    chosen = Signal(str)

    def __init__(self, document: str, last: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPurpose")
        self.setWindowTitle(self.tr("Print {document}").format(document=document))
        intro = QLabel(self.tr("The document holds the customer's personal data. Say what it is printed for: the "
                               "purpose is recorded with your name in the audit log, and this PC remembers it for "
                               "the next print."))
        intro.setWordWrap(True)
        self.purpose = PurposeBox(print_purposes(), last or print_purposes()[0])
        self.purpose.setObjectName("printPurposeBox")
        form = QFormLayout()
        form.addRow(self.tr("&Purpose"), self.purpose)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.print_button = self.buttons.addButton(self.tr("&Print"), QDialogButtonBox.ButtonRole.AcceptRole)
        # Enter prints with the purpose shown (the everyday case); on the real window Cancel had become the
        # default and Enter cancelled the print
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
        self.print_button.setAutoDefault(True)
        self.print_button.setDefault(True)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.buttons.accepted.connect(self._print)
        self.buttons.rejected.connect(self.reject)
        self.purpose.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.print_button.setDefault(True)
        self.purpose.setFocus()

    def _print(self) -> None:
        purpose = self.purpose.purpose()
        if not purpose:
            self.error.setText(self.tr("Say what the document is printed for: it is recorded with the print."))
            return
        self.accept()
        self.chosen.emit(purpose)


def ask_purpose(parent: QWidget, document: str, last: str, on_chosen: Callable[[str], None]) -> PurposeDialog:
    """Open the purpose dialog over ``parent`` (window-modal); ``on_chosen(purpose)`` when answered."""
    dialog = PurposeDialog(document, last, parent)
    dialog.chosen.connect(on_chosen)
    dialog.open()
    return dialog


def add_purpose_action(button: QPushButton, document: str, last: Callable[[], str],
                       on_chosen: Callable[[str], None]) -> QAction:
    """Right-click on ``button``: "Print for another purpose…"; its tooltip shows the remembered purpose."""
    action = QAction(QCoreApplication.translate("PurposeDialog", "Print for another purpose…"), button)
    action.triggered.connect(lambda: setattr(button, "purpose_dialog",
                                             ask_purpose(button.window(), document, last(), on_chosen)))
    button.addAction(action)
    button.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def tip() -> None:
        purpose = last()
        button.setToolTip(QCoreApplication.translate(
            "PurposeDialog", "Printed for: {purpose} (right-click to print for another purpose)")
            .format(purpose=purpose) if purpose else "")

    tip()
    button.refresh_purpose_tip = tip  # the view calls it after each print
    return action
