"""Import of a manufacturer's price list: choose the workbook, preview the change report, then import.

Both the preview (a dry run) and the import run ``services.parts.pricelist.import_pricelist_in_process``
in a separate process through ``TaskRunner.run_in_process``: openpyxl's parser holds the GIL for long
stretches, and in a thread it would stall the UI thread for hundreds of milliseconds.

Signals:
    busyChanged(bool): a preview or an import is running.
    previewReady(str): the change report of a dry run is on the models; the summary line.
    imported(str): the import ran (taken, or refused because of bad rows); the summary line.
    confirmationNeeded(str): the list has prices that move more than ×3 or ÷3: the clerk confirms them
        (``confirm_and_import``), skips them (``import_skipping_warnings``, with skip bad rows) or cancels.
    stateChanged(): the file, or whether it may be imported, changed.
    saved(str): the change report workbook was written to this path.
    message(str): an error or a note.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal, Slot

from services.common.errors import QT_TRANSLATE_NOOP
from services.parts.pricelist import PriceListReport, import_pricelist_in_process
from services.users.permissions import Permission
from viewmodels.common.errors import describe
from viewmodels.parts.models import Index, fmt

CONTEXT = "PriceList"
TASK = "parts.pricelist"

KINDS = {"new": QT_TRANSLATE_NOOP("PriceList", "New part"),
         "up": QT_TRANSLATE_NOOP("PriceList", "Price up"),
         "down": QT_TRANSLATE_NOOP("PriceList", "Price down"),
         "other": QT_TRANSLATE_NOOP("PriceList", "Other price"),
         "warning": QT_TRANSLATE_NOOP("PriceList", "Warning: more than ×3")}
FILTERS = (("all", QT_TRANSLATE_NOOP("PriceList", "All changes")),
           ("new", QT_TRANSLATE_NOOP("PriceList", "New parts")),
           ("up", QT_TRANSLATE_NOOP("PriceList", "Price up")),
           ("down", QT_TRANSLATE_NOOP("PriceList", "Price down")),
           ("warning", QT_TRANSLATE_NOOP("PriceList", "Warnings (more than ×3)")))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _delta(r: PriceListReport, i: int) -> Decimal | None:
    old, new = r.old_retail[i], r.new_retail[i]
    return None if r.kind[i] == "new" or old is None or new is None else new - old


class ReportModel(QAbstractTableModel):
    """Rows of a ``PriceListReport`` by index (the report stays in columns: see its docstring)."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[PriceListReport, int], Any], bool]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.report: PriceListReport | None = None
        self.rows: Sequence[int] = ()

    def set_rows(self, report: PriceListReport | None, rows: Sequence[int]) -> None:
        self.beginResetModel()
        self.report, self.rows = report, rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.report is None or not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        _header, get, right = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return fmt(get(self.report, self.rows[index.row()]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            return _tr(self.columns[section][0])
        return None


class PriceListViewModel(QObject):
    busyChanged = Signal(bool)
    previewReady = Signal(str)
    imported = Signal(str)
    confirmationNeeded = Signal(str)
    stateChanged = Signal()
    saved = Signal(str)
    message = Signal(str)

    def __init__(self, importer, actor, tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.importer = importer
        self.actor = actor
        self.tasks = tasks
        self.path = ""
        self.result: PriceListReport | None = None
        self.previewed_path = ""  # the file whose dry run is on screen (what "Import" takes)
        self.done = False  # the result on screen is that of an import, not a preview
        self.busy = False
        self.filter = "all"
        self.summary = ""
        self.skip_bad = False
        self.supplier_id: int | None = None
        self._suppliers: list[tuple[int, str]] | None = None
        self.changes = ReportModel([
            (QT_TRANSLATE_NOOP("PriceList", "Change"), lambda r, i: _tr(KINDS[r.direction[i]]), False),
            (QT_TRANSLATE_NOOP("PriceList", "Part number"), lambda r, i: r.number[i], False),
            (QT_TRANSLATE_NOOP("PriceList", "Name"), lambda r, i: r.name[i], False),
            (QT_TRANSLATE_NOOP("PriceList", "Old cost"), lambda r, i: r.old_cost[i], True),
            (QT_TRANSLATE_NOOP("PriceList", "New cost"), lambda r, i: r.new_cost[i], True),
            (QT_TRANSLATE_NOOP("PriceList", "Old retail price"), lambda r, i: r.old_retail[i], True),
            (QT_TRANSLATE_NOOP("PriceList", "New retail price"), lambda r, i: r.new_retail[i], True),
            (QT_TRANSLATE_NOOP("PriceList", "Retail change"), _delta, True),
        ], self)
        self.errors = ReportModel([
            (QT_TRANSLATE_NOOP("PriceList", "Row"), lambda r, i: r.error_row[i], True),
            (QT_TRANSLATE_NOOP("PriceList", "Problem"),
             lambda r, i: r.error(i).translated(QCoreApplication.translate), False),
        ], self)
        self.warnings = ReportModel([
            (QT_TRANSLATE_NOOP("PriceList", "Row"), lambda r, i: r.warning_row[i], True),
            (QT_TRANSLATE_NOOP("PriceList", "Warning"),
             lambda r, i: r.warning(i).translated(QCoreApplication.translate), False),
        ], self)

    # ---- who may do what (the service checks it again) ------------------------------------------
    @property
    def can_preview(self) -> bool:
        return self.actor.can(Permission.EDIT_PART_PRICES) or self.actor.can(Permission.PURCHASE_PARTS)

    @property
    def may_import(self) -> bool:
        return self.actor.can(Permission.EDIT_PART_PRICES) and self.actor.can(Permission.EDIT_PARTS)

    @property
    def can_import(self) -> bool:
        """The file on screen was previewed, has something to take, and this person may take it."""
        return (self.may_import and not self.busy and not self.done and self.result is not None
                and bool(self.path) and self.previewed_path == self.path
                and (self.result.new + self.result.changed) > 0)

    def suppliers(self) -> list[tuple[int, str]]:
        """Who a price list may come from: id and name (new parts are bought from it)."""
        if self._suppliers is None:
            try:
                self._suppliers = [(s.id, s.name) for s in self.importer.parts.suppliers(self.actor) if s.active]
            except Exception as exc:  # noqa: BLE001 (shown to the person, as every failure here)
                self._suppliers = []
                self.message.emit(describe(exc))
            if self.supplier_id is None and self._suppliers:
                self.supplier_id = self._suppliers[0][0]
        return self._suppliers

    # ---- commands --------------------------------------------------------------------------------
    @Slot(str)
    def set_file(self, path: str) -> None:
        self.path = str(path or "")
        self.stateChanged.emit()

    @Slot(bool)
    def set_skip_bad(self, on: bool) -> None:
        """Import the good rows and report the others; without it, a list with bad rows imports nothing."""
        self.skip_bad = bool(on)
        self.stateChanged.emit()

    @Slot(int)
    def set_supplier(self, supplier_id: int | None) -> None:
        self.supplier_id = supplier_id

    @Slot()
    def preview(self) -> None:
        """A dry run of the chosen workbook: the change report, nothing saved."""
        self._start(dry_run=True)

    @Slot()
    def import_file(self) -> None:
        """Take the previewed workbook into the parts master, whole or not at all."""
        if not self.can_import:
            self.message.emit(_tr(QT_TRANSLATE_NOOP("PriceList", "Preview the price list before importing it.")))
            return
        if self.result is not None and self.result.unconfirmed:
            self.confirmationNeeded.emit(_tr(QT_TRANSLATE_NOOP(
                "PriceList", "{n} prices change by more than ×3 or ÷3 (see Warnings). Check them against the "
                             "manufacturer's list: confirm them to import them as they are.")).format(
                n=len(self.result.unconfirmed)))
            return
        self._start(dry_run=False)

    @Slot()
    def confirm_and_import(self) -> None:
        """Import, taking the ×3 changes the preview showed (the clerk checked them)."""
        if not self.can_import or self.result is None:
            return
        self._start(dry_run=False, confirm=frozenset(self.result.unconfirmed))

    @Slot()
    def import_skipping_warnings(self) -> None:
        """Import the good rows only: the ×3 changes are skipped and reported, like the rows with errors."""
        if not self.can_import:
            return
        self.skip_bad = True
        self._start(dry_run=False)

    def filters(self) -> list[tuple[str, str]]:
        """The change report's filters: key and translated label."""
        return [(key, _tr(text)) for key, text in FILTERS]

    @Slot(str)
    def set_filter(self, key: str) -> None:
        self.filter = key if key in dict(FILTERS) else "all"
        self._fill()

    def _start(self, dry_run: bool, confirm: frozenset[str] = frozenset()) -> None:
        if not self.path:
            self.message.emit(_tr(QT_TRANSLATE_NOOP("PriceList", "Choose a price-list workbook first.")))
            return
        path = self.path
        self._set_busy(True)
        self.tasks.run_in_process(
            TASK, import_pricelist_in_process, self.importer.database_url, self.actor, path,
            dry_run=dry_run, clock=self.importer.clock, skip_bad=self.skip_bad, confirm=confirm,
            supplier_id=self.supplier_id,
            on_done=lambda result: self._finished(result, path, dry_run), on_error=self._failed)

    def _finished(self, result: PriceListReport, path: str, dry_run: bool) -> None:
        self.result = result
        self.done = not dry_run and result.saved  # refused: fix the list or tick skip, and import again
        self.previewed_path = path if (dry_run or not result.saved) else ""
        self.summary = self._summary(result, dry_run)
        self._fill()
        self._set_busy(False)
        (self.previewReady if dry_run else self.imported).emit(self.summary)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message.emit(describe(exc))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busyChanged.emit(busy)
        self.stateChanged.emit()

    def _fill(self) -> None:
        r = self.result
        if r is None:
            self.changes.set_rows(None, ())
            self.errors.set_rows(None, ())
            self.warnings.set_rows(None, ())
            return
        if self.filter == "all":
            rows: Sequence[int] = range(len(r.kind))
        else:
            rows = [i for i, d in enumerate(r.direction) if d == self.filter]
        self.changes.set_rows(r, rows)
        self.errors.set_rows(r, range(len(r.error_row)))
        self.warnings.set_rows(r, range(len(r.warning_row)))

    def counts(self) -> dict[str, int]:
        counts = Counter(self.result.direction if self.result else ())
        return {k: counts.get(k, 0) for k in ("new", "up", "down", "other")}

    def _summary(self, result: PriceListReport, dry_run: bool) -> str:
        """The counts of the list (every row in one of them) and what happened."""
        counts = self.counts()
        text = _tr(QT_TRANSLATE_NOOP("PriceList", "{rows} rows: {new} new parts, {up} prices up, {down} prices down, "
                                                  "{other} other price changes, {same} unchanged, {warn} warnings "
                                                  "(more than ×3 or ÷3), {bad} rows with errors.")).format(
            rows=result.rows, new=result.new, up=counts["up"], down=counts["down"], other=counts["other"],
            same=result.unchanged, warn=result.warnings, bad=len(result.error_row))
        if dry_run:
            return _tr(QT_TRANSLATE_NOOP("PriceList", "Preview of {counts} Nothing is saved yet.")).format(counts=text)
        if not result.saved:
            return _tr(QT_TRANSLATE_NOOP("PriceList", "Nothing imported: {bad} rows have errors or unconfirmed "
                                                      "warnings. Correct the list, or tick “Skip bad rows” to import "
                                                      "the good rows. {counts}")).format(bad=result.bad, counts=text)
        if result.linked or result.relinked:  # the parts already in the master, bought from the list's supplier
            text += " " + _tr(QT_TRANSLATE_NOOP("PriceList", "{linked} existing parts linked to {supplier}, {again} "
                                                             "already linked priced again.")).format(
                linked=result.linked, supplier=result.supplier, again=result.relinked)
        return _tr(QT_TRANSLATE_NOOP("PriceList", "Imported by {clerk}: {counts} {skipped} rows skipped.")).format(
            clerk=result.clerk, counts=text, skipped=result.skipped)

    @Slot(str)
    def export_report(self, path: str) -> None:
        """Write the change report on screen to an Excel workbook (new parts, price changes, errors)."""
        report = self.result
        if report is None or not path:
            self.message.emit(_tr(QT_TRANSLATE_NOOP("PriceList", "Preview the price list first.")))
            return
        from reports.parts.workbooks import pricelist_changes_xlsx
        from services.parts.pricelist_records import report_labels

        labels = report_labels(QCoreApplication.translate)  # translated here, on the UI thread
        rows = [report.error(i) for i in range(len(report.error_row))] + \
            [report.warning(i) for i in range(len(report.warning_row))]
        by_row = {(e.row, e.message): e.translated(QCoreApplication.translate) for e in rows}
        dry_run = not self.done

        def work() -> str:
            Path(path).write_bytes(pricelist_changes_xlsx(report.result(), labels,
                                                          lambda e: by_row.get((e.row, e.message), e.message),
                                                          file_name=Path(self.path).name, dry_run=dry_run))
            return path

        self.tasks.run(f"{TASK}.report", work, on_done=self.saved.emit,
                       on_error=lambda e: self.message.emit(describe(e)))
