"""The main window: the areas on the left, the open area on the right, who and where at the bottom.

Areas appear only for people whose roles use them (the shell viewmodel gets that list from the
services' permissions). An area's page is built the first time it is opened.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QWidget,
)

from views.shell.lock import LockPanel
from views.shell.placeholder import PlaceholderPage

log = logging.getLogger(__name__)

_ICONS = {
    "home": QStyle.StandardPixmap.SP_DesktopIcon,
    "job_cards": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "appointments": QStyle.StandardPixmap.SP_FileDialogListView,
    "workshop": QStyle.StandardPixmap.SP_ComputerIcon,
    "parts": QStyle.StandardPixmap.SP_DriveHDIcon,
    "receiving": QStyle.StandardPixmap.SP_ArrowDown,
    "stocktake": QStyle.StandardPixmap.SP_DialogApplyButton,
    "tools": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "customers": QStyle.StandardPixmap.SP_DirHomeIcon,
    "crm": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "claims": QStyle.StandardPixmap.SP_FileIcon,
    "reporting": QStyle.StandardPixmap.SP_FileDialogInfoView,
    "settings": QStyle.StandardPixmap.SP_FileDialogDetailedView,
}


class _ActivityWatch(QObject):
    """Any key or mouse press anywhere in the app counts as use (restarts the idle time)."""

    def __init__(self, lock_vm, parent=None) -> None:
        super().__init__(parent)
        self.lock_vm = lock_vm

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802
        if ev.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.lock_vm.activity()
        return False


class MainWindow(QMainWindow):
    """Signals: signOutRequested(), closed()."""

    signOutRequested = Signal()
    closed = Signal()

    def __init__(self, shell_vm, lock_vm, parent=None) -> None:
        super().__init__(parent)
        self.vm = shell_vm
        self.lock_vm = lock_vm
        self.setWindowTitle(self.tr("ServiceBay — {station}").format(station=shell_vm.station_name))
        self.resize(1280, 800)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(180)
        self.nav.setIconSize(self.nav.iconSize() * 1.2)
        self.pages = QStackedWidget()
        self._page_index: dict[str, int] = {}
        for area in shell_vm.areas:
            item = QListWidgetItem(self.style().standardIcon(_ICONS.get(area.key, QStyle.StandardPixmap.SP_FileIcon)),
                                   area.display_title())
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            if not area.built:
                item.setToolTip(self.tr("Not built yet"))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._row_changed)

        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.lock_panel = LockPanel(lock_vm, shell_vm.actor.display_name)
        self.lock_panel.sign_out_button.clicked.connect(self.signOutRequested.emit)
        self.body = QStackedWidget()
        self.body.addWidget(content)
        self.body.addWidget(self.lock_panel)
        self.setCentralWidget(self.body)

        status = self.statusBar()
        self.user_label = QLabel(self.tr("User: {user}").format(user=shell_vm.user_text()))
        self.station_label = QLabel(self.tr("Station: {station}").format(station=shell_vm.station_name))
        self.db_label = QLabel(self.tr("Database: {db}").format(db=shell_vm.database))
        for w in (self.user_label, self.station_label, self.db_label):
            w.setObjectName(w.text().split(":")[0])
            status.addPermanentWidget(w)
        self.user_label.setObjectName("statusUser")
        self.station_label.setObjectName("statusStation")
        self.db_label.setObjectName("statusDatabase")

        menu = self.menuBar().addMenu(self.tr("&Session"))
        lock_action = QAction(self.tr("Lock now"), self)
        lock_action.setShortcut(QKeySequence("Ctrl+L"))
        lock_action.triggered.connect(lock_vm.lock)
        sign_out = QAction(self.tr("Sign out"), self)
        sign_out.triggered.connect(self.signOutRequested.emit)
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        for a in (lock_action, sign_out, quit_action):
            menu.addAction(a)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("About ServiceBay"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

        lock_vm.locked.connect(self._locked)
        lock_vm.unlocked.connect(self._unlocked)
        self._watch = _ActivityWatch(lock_vm, self)
        QApplication.instance().installEventFilter(self._watch)
        if shell_vm.areas:
            self.nav.setCurrentRow(0)

    # ---- areas --------------------------------------------------------------------------
    def open_area(self, key: str) -> None:
        for i in range(self.nav.count()):
            if self.nav.item(i).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(i)
                return

    def open_area_with(self, key: str, request: object) -> None:
        """Open area ``key`` and hand its page ``request`` (its ``receive``), when the area is offered."""
        self.open_area(key)
        if self._page_index.get(key) == self.pages.currentIndex():
            receive = getattr(self.current_page(), "receive", None)
            if callable(receive):
                receive(request)

    def open_record(self, key: str, record: str) -> None:
        """Open area ``key`` at one of its records (a job card number, a part number, a tool item): the page's
        ``open_record(record)`` if it has one; a page without it is just opened."""
        self.open_area(key)
        if record and self._page_index.get(key) == self.pages.currentIndex():
            open_record = getattr(self.current_page(), "open_record", None)
            if callable(open_record):
                open_record(record)

    def area_keys(self) -> list[str]:
        return [self.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.nav.count())]

    def current_page(self) -> QWidget:
        holder = self.pages.currentWidget()
        return holder.widget() if isinstance(holder, QScrollArea) else holder

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        area = self.vm.areas[row]
        if area.key not in self._page_index:
            self._page_index[area.key] = self.pages.addWidget(self._fitted(self._build(area)))
        self.pages.setCurrentIndex(self._page_index[area.key])
        self.vm.open_area(area.key)

    @staticmethod
    def _fitted(page: QWidget) -> QScrollArea:
        """A page in a scroll area: on a small screen (1366×768 at 125%) a page wider or taller than the
        room scrolls instead of forcing the window past the screen's edge, where its buttons would be lost."""
        holder = QScrollArea()
        holder.setObjectName(f"fit_{page.objectName() or type(page).__name__}")
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        # a click on a page's empty space must leave the focus where it was (a page's scan field): the
        # scroll area would take it, and a scanner burst typed then would reach no page
        holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        holder.setWidget(page)
        return holder

    def _build(self, area) -> QWidget:
        if area.factory is None:
            return PlaceholderPage(area.display_title(), area.display_summary())
        try:
            page = area.factory()
            if hasattr(page, "openArea"):  # pages that point elsewhere (the home page's tiles)
                page.openArea.connect(self.open_area)
            if hasattr(page, "openAreaWith"):  # ... with something to show there (the customer page's 开单)
                page.openAreaWith.connect(self.open_area_with)
            if hasattr(page, "openRecord"):  # ... at one of its records (the reports' lists that need action)
                page.openRecord.connect(self.open_record)
            return page
        except Exception as exc:  # a broken page must not take the window down
            log.exception("page %s failed to open", area.key)
            QMessageBox.critical(self, area.display_title(),
                                 self.tr("This page could not be opened: {error}. The details are in the log file.")
                                 .format(error=exc))
            return PlaceholderPage(area.display_title(), area.display_summary())

    # ---- lock -----------------------------------------------------------------------------
    def _locked(self) -> None:
        self.body.setCurrentWidget(self.lock_panel)
        self.nav.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.lock_panel.password.setFocus()

    def _unlocked(self) -> None:
        self.body.setCurrentIndex(0)
        self.nav.setEnabled(True)
        self.menuBar().setEnabled(True)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About ServiceBay"),
                          self.tr("ServiceBay {version}\nThe after-sales service station, on the station's own PCs.")
                          .format(version=QApplication.applicationVersion()))

    def closeEvent(self, ev) -> None:  # noqa: N802
        QApplication.instance().removeEventFilter(self._watch)
        self.lock_vm.stop()
        # a child page gets no close event of its own: pages with workers (scan queues) stop them here,
        # so signing out leaves no thread of the last user behind
        for page in self.findChildren(QWidget):
            stop = getattr(page, "shutdown", None)
            if callable(stop):
                stop()
        super().closeEvent(ev)
        self.closed.emit()
