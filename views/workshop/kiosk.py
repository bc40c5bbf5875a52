"""The technician kiosk: large type, one scan field that keeps the focus, keys for the rest.

Scan the badge, then the job card's barcode: the first scan of a card starts (or resumes) the
technician's line on it, the next scan of the same card finishes it. F5–F8 pause with a reason,
F9 clocks out. Scans typed while the focus is elsewhere on the page still reach the field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from viewmodels.workshop.board import attendance_name, hours_text
from viewmodels.workshop.kiosk import pause_reasons
from views.common.scan_field import ScanCatcher, ScanField


def _big(label: QLabel, factor: float, bold: bool = False) -> QLabel:
    f = label.font()
    f.setPointSizeF(f.pointSizeF() * factor)
    f.setBold(bold)
    label.setFont(f)
    return label


class KioskTab(QWidget):
    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.prompt = _big(QLabel(self.tr("Scan your badge")), 2.0, True)
        self.prompt.setObjectName("prompt")
        self.field = ScanField()
        self.field.setObjectName("scan")
        self.field.setPlaceholderText(self.tr("Badge or job card barcode"))
        self.message = _big(QLabel(), 1.5)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.who = _big(QLabel(), 1.3)
        self.who.setObjectName("who")
        self.jobs = _big(QLabel(), 1.1)
        self.jobs.setObjectName("jobs")
        self.jobs.setWordWrap(True)
        self.jobs.setTextFormat(Qt.TextFormat.PlainText)
        keys = QGridLayout()
        self.pause_buttons: dict[str, QPushButton] = {}
        for i, (key, name) in enumerate(pause_reasons()):
            fkey = f"F{5 + i}" if i < 4 else ""
            b = QPushButton(self.tr("Pause: {reason}").format(reason=name) + (f" ({fkey})" if fkey else ""))
            b.setObjectName(f"pause_{key}")
            b.setMinimumHeight(44)
            b.clicked.connect(lambda _c=False, k=key: self._pause(k))
            keys.addWidget(b, i // 3, i % 3)
            self.pause_buttons[key] = b
            if fkey:
                QShortcut(QKeySequence(fkey), self, lambda k=key: self._pause(k))
        self.out_button = QPushButton(self.tr("Clock out (F9)"))
        self.out_button.setObjectName("clockOut")
        self.out_button.setMinimumHeight(44)
        self.out_button.clicked.connect(self._clock_out)
        QShortcut(QKeySequence("F9"), self, self._clock_out)
        keys.addWidget(self.out_button, 2, 0, 1, 3)
        lay = QVBoxLayout(self)
        lay.addWidget(self.prompt)
        lay.addWidget(self.field)
        lay.addWidget(self.message)
        lay.addWidget(self.who)
        lay.addWidget(self.jobs, 1)
        lay.addLayout(keys)
        self.catcher = ScanCatcher(self.field, self)
        self.field.scanned.connect(vm.scan)
        vm.stateChanged.connect(self._state)
        vm.outcome.connect(self._outcome)
        self._state(None)

    def showEvent(self, ev) -> None:  # noqa: N802
        super().showEvent(ev)
        self.field.setFocus()

    def _pause(self, key: str) -> None:
        if self.vm.badge:
            self.vm.pause(key)

    def _clock_out(self) -> None:
        if self.vm.badge:
            self.vm.clock_out()

    def _outcome(self, ok: bool, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color:#1b5e20;" if ok else "color:#b00020;")
        self.field.flash(ok)
        self.field.setFocus()

    def _state(self, state) -> None:
        has = state is not None
        for b in (*self.pause_buttons.values(), self.out_button):
            b.setEnabled(has)
        if not has:
            self.prompt.setText(self.tr("Scan your badge"))
            self.who.setText("")
            self.jobs.setText("")
            return
        self.prompt.setText(self.tr("{name}: scan the job card").format(name=state.technician.name))
        running = state.running
        now = self.tr("Working on {line} ({card})").format(line=running.line_name, card=running.card_number) \
            if running else self.tr("No job running")
        self.who.setText(f"{state.technician.name} · {attendance_name(state.attendance)} · {now}")
        lines = [f"{'✓' if a.finished else '•'} {a.card_number} {a.plate}  {a.line_name}  {hours_text(a.hours)} h"
                 for a in state.assigned]
        self.jobs.setText(self.tr("Your jobs:") + "\n" + "\n".join(lines) if lines else self.tr("No jobs assigned."))
