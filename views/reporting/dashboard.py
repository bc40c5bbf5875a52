"""The station manager's dashboard (报表): figures as tiles (today and this month, against target), the month's
output by day and by job type, the period comparison, the lists that need action (a double-click opens the record),
the reports as Excel or PDF files, and the scheduled daily report's folder.

Signals: openArea(str) — the main window opens that area; openRecord(str, str) — the area at one record
(an action list's line: its area and key; pages with ``open_record(key)`` show that record).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from views.reporting.charts import BarChart
from views.reporting.records import RecordsDialog

GOOD, BAD, GREY, PLAIN = "#1b5e20", "#b00020", "#757575", "#263238"
TILE_COLUMNS = 5
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # an action line's record key (a card number, a part number, ...)


class FigureTile(QFrame):
    """One figure: name, value (or its state's words), target; green on target, red off it. A click opens
    the records behind it."""

    clicked = Signal(str, str)

    def __init__(self, tile, parent=None) -> None:
        super().__init__(parent)
        self.tile = tile
        self.setObjectName(f"tile_{tile.period}_{tile.code}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(170)
        colour = GREY if tile.on_target is None else GOOD if tile.on_target else BAD
        self.setStyleSheet(f"#{self.objectName()} {{ border: 1px solid #c8c8c8; border-left: 4px solid {colour}; "
                           "border-radius: 4px; }")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 8, 6)
        lay.setSpacing(2)
        name = QLabel(f"{tile.name}" + (f" {tile.name_zh}" if tile.name_zh and tile.name_zh != tile.name else ""))
        name.setObjectName("name")
        name.setWordWrap(True)
        self.value = QLabel(tile.text)
        self.value.setObjectName("value")
        f = self.value.font()
        f.setBold(True)
        if tile.ok:
            f.setPointSizeF(f.pointSizeF() * 1.6)
        self.value.setFont(f)
        # on target green, off target red, no target plain; a state's words ("not built") grey
        self.value.setStyleSheet(f"color: {GREY if not tile.ok else PLAIN if tile.on_target is None else colour};")
        self.target = QLabel(self.tr("Target {target}").format(target=tile.target) if tile.target else "")
        self.target.setObjectName("target")
        self.target.setStyleSheet(f"color: {GREY};")
        lay.addWidget(name)
        lay.addWidget(self.value)
        detail = " · ".join(t for t in (self.target.text(), tile.detail) if t)
        self.target.setText(detail)
        lay.addWidget(self.target)
        state = (self.tr("on target") if tile.on_target else self.tr("off target")) if tile.on_target is not None \
            else ""
        self.setToolTip(state)

    def mouseReleaseEvent(self, ev) -> None:  # noqa: N802
        if ev.button() == Qt.MouseButton.LeftButton and self.rect().contains(ev.position().toPoint()):
            self.clicked.emit(self.tile.code, self.tile.period)
        super().mouseReleaseEvent(ev)


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ReportingPage(QWidget):
    openArea = Signal(str)
    openRecord = Signal(str, str)

    def __init__(self, vm, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reportingPage")
        self.vm = vm
        self.tiles: dict[str, FigureTile] = {}
        self.records_dialog: RecordsDialog | None = None

        title = QLabel(self.tr("Reports"))
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        title.setFont(f)
        self.day_label = QLabel()
        self.role = QComboBox()
        self.role.setObjectName("role")
        for key in vm.roles:
            self.role.addItem(vm.role_name(key), key)
        self.role.setVisible(len(vm.roles) > 1)
        self.role.currentIndexChanged.connect(lambda _i: vm.set_role(self.role.currentData()))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(vm.refresh)
        self.daily_button = QPushButton(self.tr("Daily report…"))
        self.daily_button.setObjectName("dailyReport")
        self.daily_button.setToolTip(self.tr("Today's production report, as an Excel workbook or a PDF"))
        self.daily_button.clicked.connect(lambda: self._write("daily"))
        self.monthly_button = QPushButton(self.tr("Monthly report…"))
        self.monthly_button.setObjectName("monthlyReport")
        self.monthly_button.setToolTip(self.tr("This month's operating report, as an Excel workbook or a PDF"))
        self.monthly_button.clicked.connect(lambda: self._write("monthly"))
        self.progress = QProgressBar()
        self.progress.setObjectName("writing")
        self.progress.setRange(0, 0)  # busy until the other process sends its first step
        self.progress.setFormat("%v / %m")
        self.progress.setTextVisible(True)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        head = QHBoxLayout()
        head.addWidget(title)
        head.addWidget(self.day_label)
        head.addStretch(1)
        head.addWidget(self.role)
        head.addWidget(self.refresh_button)
        head.addWidget(self.progress)
        head.addWidget(self.daily_button)
        head.addWidget(self.monthly_button)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)

        self.today_box = QGroupBox(self.tr("Today"))
        self.today_grid = QGridLayout(self.today_box)
        self.month_box = QGroupBox(self.tr("This month to date"))
        self.month_grid = QGridLayout(self.month_box)
        for grid in (self.today_grid, self.month_grid):
            grid.setSpacing(8)
            for c in range(TILE_COLUMNS):
                grid.setColumnStretch(c, 1)

        self.by_day = BarChart(self.tr("Output by day this month"), vertical=True)
        self.by_day.setObjectName("chartByDay")
        self.by_type = BarChart(self.tr("Output by job type this month"), vertical=False)
        self.by_type.setObjectName("chartByType")
        for chart in (self.by_day, self.by_type):
            chart.empty_text = self.tr("No output this month yet")
        charts = QHBoxLayout()
        charts.addWidget(self.by_day, 3)
        charts.addWidget(self.by_type, 2)

        self.comparison = _table(vm.comparison_model)
        self.comparison.setObjectName("comparison")
        self.comparison.setMinimumHeight(260)
        compare_box = QGroupBox(self.tr("This month against last month and the same month last year"))
        QVBoxLayout(compare_box).addWidget(self.comparison)

        self.actions_box = QGroupBox(self.tr("Needs action"))
        self.actions_layout = QVBoxLayout(self.actions_box)
        self.action_lists: dict[str, QListWidget] = {}
        lower = QHBoxLayout()
        lower.addWidget(compare_box, 3)
        lower.addWidget(self.actions_box, 2)

        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.message)
        lay.addWidget(self.today_box)
        lay.addWidget(self.month_box)
        lay.addLayout(charts)
        lay.addLayout(lower)
        # the scheduled report's folder: for those who may change the station's settings
        self.settings_box = self._settings_box()
        self.settings_box.setVisible(vm.can_edit_settings)
        lay.addWidget(self.settings_box)
        lay.addStretch(1)

        vm.loaded.connect(self._show)
        vm.recordsReady.connect(self._show_records)
        vm.writingChanged.connect(self._writing)
        vm.writeProgress.connect(self._progress)
        vm.written.connect(lambda path: self._say(self.tr("Written: {path}").format(path=path)))
        vm.message.connect(lambda text: self._say(text, warn=True))
        self.day_label.setText(vm.today().isoformat())
        vm.refresh()

    # ---- the figures ----------------------------------------------------------------------------
    def _show(self, data) -> None:
        self.day_label.setText(data.day.isoformat())
        self.message.clear()
        for tile in self.tiles.values():
            tile.deleteLater()
        self.tiles.clear()
        self.today_box.setVisible(bool(data.today))
        for grid, tiles in ((self.today_grid, data.today), (self.month_grid, data.month)):
            for i, tile in enumerate(tiles):
                widget = FigureTile(tile)
                widget.clicked.connect(self.vm.open_records)
                grid.addWidget(widget, i // TILE_COLUMNS, i % TILE_COLUMNS)
                self.tiles[f"{tile.period}_{tile.code}"] = widget
        out = data.output
        today_index = next((i for i, d in enumerate(out.days) if d.day == data.day), -1)
        self.by_day.set_items([(str(d.day.day), d.output) for d in out.days], today_index)
        self.by_type.set_items([(self.vm.output_model.cell(r, 0), r.total) for r in self.vm.output_model.rows])
        self._show_actions(data.actions)

    def _show_actions(self, lists) -> None:
        while self.actions_layout.count():
            item = self.actions_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.action_lists.clear()
        for action in lists:
            title = self.vm_title(action)
            unavailable = self.tr("not available to you")
            label = QLabel(f"<b>{title}</b> ({action.count})" if action.available
                           else f"<b>{title}</b> — {unavailable}")
            self.actions_layout.addWidget(label)
            if not action.available or not action.items:
                continue
            widget = QListWidget()
            widget.setObjectName(f"action_{action.code}")
            widget.setMaximumHeight(min(6, len(action.items)) * 22 + 8)
            for entry in action.items:
                item = QListWidgetItem(entry.shown(QCoreApplication.translate))
                item.setData(Qt.ItemDataRole.UserRole, action.area)
                item.setData(RECORD_ROLE, entry.key)
                if entry.warn:
                    item.setForeground(Qt.GlobalColor.darkRed)
                item.setToolTip(self.tr("Double-click to open it") if entry.key
                                else self.tr("Double-click to open the area"))
                widget.addItem(item)
            widget.itemActivated.connect(self._open_line)
            self.actions_layout.addWidget(widget)
            self.action_lists[action.code] = widget
        self.actions_layout.addStretch(1)

    def _open_line(self, item: QListWidgetItem) -> None:
        area, key = item.data(Qt.ItemDataRole.UserRole), item.data(RECORD_ROLE)
        if key:
            self.openRecord.emit(area, key)
        else:
            self.openArea.emit(area)

    @staticmethod
    def vm_title(action) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Reporting", action.title)

    # ---- the records behind a figure --------------------------------------------------------------
    def _show_records(self, table) -> None:
        from PySide6.QtCore import QCoreApplication

        model = self.vm.records_model(table)
        subtitle = f"{table.period.label} · {self.vm.figure_help(table.kpi_code)}"
        note = QCoreApplication.translate("Reporting", table.note) if table.note else ""
        if self.records_dialog is not None:
            self.records_dialog.close()
            self.records_dialog.deleteLater()
        self.records_dialog = RecordsDialog(self.vm.figure_title(table.kpi_code), subtitle, model, note, self)
        self.records_dialog.show()

    # ---- files ---------------------------------------------------------------------------------------
    def _write(self, kind: str) -> None:
        # the focus goes back to an enabled button of the header when the dialog closes: on the report
        # button, disabled while the file is written, it would pass to a table below and scroll the page away
        # from the progress bar and the message
        self.refresh_button.setFocus()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Write the report"), str(Path(folder) / self.vm.suggested_name(kind)),
            self.tr("Excel workbook (*.xlsx);;PDF (*.pdf)"))
        if path:
            self.vm.write_report(kind, path)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setToolTip(self.tr("Step {done} of {total}").format(done=done, total=total))

    def _writing(self, on: bool) -> None:
        if on:
            self.progress.setRange(0, 0)
            self.progress.setToolTip("")
        self.progress.setVisible(on)
        self.daily_button.setEnabled(not on)
        self.monthly_button.setEnabled(not on)
        if on:
            self._say(self.tr("Writing the report…"))

    def _say(self, text: str, warn: bool = False) -> None:
        self.message.setStyleSheet(f"color: {BAD};" if warn else "")
        self.message.setText(text)

    # ---- the scheduled daily report ------------------------------------------------------------------
    def _settings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Daily report each morning"))
        box.setObjectName("scheduleBox")
        self.folder = QLineEdit()
        self.folder.setObjectName("scheduleFolder")
        self.folder.setPlaceholderText(self.tr("No folder: the daily report is not written by itself"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        self.save_folder_button = save = QPushButton(self.tr("Save"))
        save.setObjectName("saveFolder")
        save.clicked.connect(lambda: self.vm.save_folder(self.folder.text()))
        row = QHBoxLayout(box)
        row.addWidget(QLabel(self.tr("Folder for yesterday's workbook:")))
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        row.addWidget(save)
        self.vm.settingsLoaded.connect(lambda s: self.folder.setText(s.schedule_folder))
        if self.vm.can_edit_settings:
            self.vm.load_settings()
        return box

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the daily report"), self.folder.text())
        if folder:
            self.folder.setText(folder)
