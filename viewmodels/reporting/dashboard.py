"""The station manager's dashboard (报表): a role's figures today and this month against target, the
period comparison, the month's output by day and by job type, the lists that need action, the records
behind a figure, and the daily and monthly reports written to Excel or PDF.

Everything is loaded off the UI thread: the figures, comparison and charts in one worker task
(``TaskRunner.run``), the records behind a figure in another; the report files are written in another
process (``TaskRunner.run_in_process`` with the module-level ``writers`` the page wiring hands in, each of
which opens its own database), so the window keeps running while a month's workbook is made.

Signals:
    loaded(object): a ``DashboardData`` (its comparison still empty).
    compared(): the period comparison is in ``comparison_model``.
    recordsReady(object): a ``RecordTable`` (the rows behind a clicked figure).
    writingChanged(bool): a report file is being written.
    writeProgress(int, int): the file's steps done and their total (gathering the months, writing the sheets),
        sent from the other process while it works.
    written(str): the path of the file written.
    settingsLoaded(object): the ``ReportingSettings``.
    message(str): a refusal or failure, in words.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from operator import itemgetter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal, Slot

from services.reporting.data import STATE_NAMES
from services.reporting.definitions import KPI_BY_CODE, amount_units
from services.station.settings import JOB_TYPE_NAMES
from services.users.permissions import Actor, Permission, Role
from viewmodels.common.errors import describe
from viewmodels.common.models import Column, RowsModel
from viewmodels.common.tasks import TaskRunner

# the dashboards a role's people read first (the service's ROLE_FIGURES keys), in the order offered
ROLE_DASHBOARDS = {
    "manager": QT_TRANSLATE_NOOP("ReportingDashboard", "Station manager"),
    "front_desk": QT_TRANSLATE_NOOP("ReportingDashboard", "Front desk"),
    "workshop": QT_TRANSLATE_NOOP("ReportingDashboard", "Workshop"),
    "parts": QT_TRANSLATE_NOOP("ReportingDashboard", "Parts"),
    "centre": QT_TRANSLATE_NOOP("ReportingDashboard", "Customer relations centre"),
}
_ROLE_OF = {
    Role.STATION_MANAGER: "manager", Role.ADMINISTRATOR: "manager", Role.WARRANTY_CLERK: "manager",
    Role.FRONT_DESK_SUPERVISOR: "front_desk", Role.SERVICE_ADVISOR: "front_desk", Role.RECEPTIONIST: "front_desk",
    Role.WORKSHOP_SUPERVISOR: "workshop", Role.TECHNICAL_SUPERVISOR: "workshop", Role.QUALITY_INSPECTOR: "workshop",
    Role.TECHNICIAN: "workshop",
    Role.PARTS_SUPERVISOR: "parts", Role.PARTS_PLANNER: "parts", Role.STOREKEEPER: "parts",
    Role.CRC_SUPERVISOR: "centre", Role.CRC_SPECIALIST: "centre", Role.INFORMATION_CLERK: "centre",
}

RATIO, MONEY, COUNT = "ratio", "money", "count"
WRITE_TASK = "reporting.write"


def dashboards_for(actor: Actor) -> list[str]:
    """The dashboards the actor's roles read, best first (the manager's for a manager, else the roles')."""
    found = {_ROLE_OF[r] for r in actor.roles if r in _ROLE_OF}
    return [key for key in ROLE_DASHBOARDS if key in found] or ["manager"]


def tr(text: str, context: str = "ReportingDashboard") -> str:
    return QCoreApplication.translate(context, text) if text else ""


def value_text(value: Decimal | None, unit: str) -> str:
    """A figure's value as the screen writes it (ratios as percentages, money with two places)."""
    if value is None:
        return ""
    if unit == RATIO:
        return f"{value * 100:.1f}%"
    if unit == COUNT:
        return f"{value:,.0f}"
    return f"{value:,.2f}"


def amount_text(value: Decimal | None, unit: str = COUNT) -> str:
    """A ratio's numerator or denominator in its unit: counts whole (37 / 40), hours and money with two places
    (also when whole: a margin of 6,000.00)."""
    if value is None:
        return ""
    if unit == COUNT and value == value.to_integral_value():
        return f"{value:,.0f}"
    return f"{value:,.2f}"


@dataclass(frozen=True)
class Tile:
    """One figure as a tile: its name, the value (or the state's words), the target and how it stands."""

    code: str
    period: str  # "today" | "month"
    name: str
    name_zh: str
    text: str  # the value, or the state's words ("not built", "nothing to count") — never a made-up 0
    target: str  # "" without a target
    on_target: bool | None
    ok: bool  # a value was computed
    detail: str  # numerator / denominator of a ratio, or ""


@dataclass(frozen=True)
class DashboardData:
    day: date
    role: str
    today: tuple[Tile, ...]
    month: tuple[Tile, ...]
    comparison: tuple  # Comparison rows
    output: object  # MonthOutput
    actions: tuple  # ActionList rows


class DashboardViewModel(QObject):
    loaded = Signal(object)
    compared = Signal()
    recordsReady = Signal(object)
    writingChanged = Signal(bool)
    writeProgress = Signal(int, int)
    written = Signal(str)
    settingsLoaded = Signal(object)
    message = Signal(str)

    def __init__(self, service, actor: Actor, tasks: TaskRunner, *, clock, writers=None, database_url: str = "",
                 language: str = "zh_CN", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.actor = actor
        self.tasks = tasks
        self.clock = clock
        self.writers = writers or {}  # "daily" | "monthly" → fn(url, actor, day, path, language, *, clock) -> path
        self.database_url = database_url
        self.language = language
        self.roles = dashboards_for(actor)
        self.role = self.roles[0]
        self.data: DashboardData | None = None
        self.settings = None
        self.writing = False
        self.comparison_model = RowsModel(self._comparison_columns(), self, context="ReportingDashboard")
        self.output_model = RowsModel((
            Column(QT_TRANSLATE_NOOP("ReportingDashboard", "Job type"), lambda r: tr(JOB_TYPE_NAMES.get(r.key, r.key),
                                                                                     "JobType") if r.key else ""),
            Column(QT_TRANSLATE_NOOP("ReportingDashboard", "Visits"), lambda r: r.visits, align_right=True),
            Column(QT_TRANSLATE_NOOP("ReportingDashboard", "Output"), lambda r: r.total, align_right=True),
        ), self, context="ReportingDashboard")
        self.records_table = None
        self.progress: tuple[int, int] = (0, 0)  # the file being written: steps done, total (0, 0: not begun)
        tasks.progress.connect(self._task_progress)

    # ---- what the person may do ----------------------------------------------------------------
    @property
    def can_view(self) -> bool:
        return self.actor.can(Permission.VIEW_REPORTS)

    @property
    def can_edit_settings(self) -> bool:
        return self.actor.can(Permission.EDIT_SETTINGS)

    @staticmethod
    def role_name(key: str) -> str:
        return tr(ROLE_DASHBOARDS[key])

    # ---- loading ---------------------------------------------------------------------------------
    def today(self) -> date:
        return self.clock.today()

    @Slot(str)
    def set_role(self, role: str) -> None:
        if role in ROLE_DASHBOARDS and role != self.role:
            self.role = role
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        self.tasks.run("reporting.dashboard", self.load, self.role, self.today(), on_done=self._loaded,
                       on_error=lambda exc: self.message.emit(describe(exc)))

    def load(self, role: str, day: date):
        """In a worker: the role's dashboard (figures, action lists, the charts' data: plain results).
        The comparison (the two months before, the slowest part) follows in a task of its own, so the
        tiles do not wait for it; this month's column is the month tiles' figures."""
        board = self.service.dashboard(self.actor, day, role)  # the charts' data comes with it (one read)
        return role, board, board.output

    def _loaded(self, result) -> None:
        role, board, output = result
        self.data = DashboardData(
            board.day, role, tuple(self.tile(v, "today") for v in board.today),
            tuple(self.tile(v, "month") for v in board.month), (), output, tuple(board.actions))
        self.output_model.set_rows([r for r in output.by_job_type if r.visits or r.total])
        self.loaded.emit(self.data)
        # this month's figures are the month tiles': only last month and last year's month are gathered
        self.tasks.run("reporting.compare", self.service.compare, self.actor, board.day,
                       self.service.role_figures(role), current=board.month, on_done=self._compared,
                       on_error=lambda exc: self.message.emit(describe(exc)))

    def _compared(self, comparison) -> None:
        if self.data is not None:
            self.data = replace(self.data, comparison=tuple(comparison))
        self.comparison_model.set_rows(comparison)
        self.compared.emit()

    def tile(self, value, period: str) -> Tile:
        k = self.definition(value.code)
        if value.value is None:
            text = tr(STATE_NAMES.get(value.state, value.state), "KpiState")
        else:
            text = value_text(value.value, k.unit)
        detail = ""
        if value.value is not None and k.unit == RATIO and value.denominator:
            num_unit, den_unit = amount_units(value.code)
            detail = f"{amount_text(value.numerator, num_unit)} / {amount_text(value.denominator, den_unit)}"
        return Tile(value.code, period, tr(k.name, "Kpi"), k.name_zh, text,
                    value_text(value.target, k.unit) if value.target is not None else "", value.on_target,
                    value.value is not None, detail)

    def definition(self, code: str):
        return KPI_BY_CODE[code]

    def _comparison_columns(self):
        def cell(attr):
            def get(c):
                v = getattr(c, attr)
                k = KPI_BY_CODE[c.code]
                return value_text(v.value, k.unit) if v.value is not None else tr(STATE_NAMES.get(v.state, v.state),
                                                                                    "KpiState")
            return get
        return (
            Column(QT_TRANSLATE_NOOP("ReportingDashboard", "Figure"), lambda c: tr(KPI_BY_CODE[c.code].name, "Kpi")),
            Column(QT_TRANSLATE_NOOP("ReportingDashboard", "This month"), cell("current"), align_right=True),
            Column(QT_TRANSLATE_NOOP("ReportingDashboard", "Last month"), cell("previous"), align_right=True),
            Column(QT_TRANSLATE_NOOP("ReportingDashboard", "Same month last year"), cell("last_year"),
                   align_right=True),
        )

    # ---- the records behind a figure ------------------------------------------------------------
    @Slot(str, str)
    def open_records(self, code: str, period: str) -> None:
        day = self.data.day if self.data else self.today()
        first = day if period == "today" else day.replace(day=1)
        self.tasks.run("reporting.records", self.service.records, self.actor, code, first, day,
                       on_done=self._records, on_error=lambda exc: self.message.emit(describe(exc)))

    def _records(self, table) -> None:
        self.records_table = table
        self.recordsReady.emit(table)

    def records_model(self, table, parent: QObject | None = None) -> RowsModel:
        """A table model of the records behind a figure (the columns are the service's, translated)."""
        columns = []
        for i, name in enumerate(table.columns):
            sample = next((r[i] for r in table.rows if r[i] is not None), None)
            number = isinstance(sample, (int, Decimal)) and not isinstance(sample, bool)
            columns.append(Column(name, itemgetter(i), context="ReportColumn", align_right=number))
        model = RowsModel(columns, parent)
        model.set_rows(list(table.rows))
        return model

    def figure_title(self, code: str) -> str:
        k = KPI_BY_CODE[code]
        return f"{tr(k.name, 'Kpi')} {k.name_zh}" if self.language != "en" else tr(k.name, "Kpi")

    def figure_help(self, code: str) -> str:
        k = KPI_BY_CODE[code]
        return f"{tr(k.formula, 'KpiFormula')}\n{tr(k.rule, 'KpiRule')}"

    # ---- the reports as files -----------------------------------------------------------------------
    @Slot(str, str)
    def write_report(self, kind: str, path: str) -> None:
        """Write the daily report (of today) or the monthly report (of this month) to ``path`` (.xlsx or .pdf),
        in another process; its steps come back as ``writeProgress``."""
        writer = self.writers.get(kind)
        if not path or writer is None:
            return
        if not path.lower().endswith((".xlsx", ".pdf")):
            path += ".xlsx"
        day = self.data.day if self.data else self.today()
        self._set_writing(True)

        def done(result: str) -> None:
            self._set_writing(False)
            self.written.emit(result)

        def failed(exc: BaseException) -> None:
            self._set_writing(False)
            self.message.emit(describe(exc))

        self.tasks.run_in_process(WRITE_TASK, writer, self.database_url, self.actor, day, path, self.language,
                                  clock=self.clock, on_done=done, on_error=failed)

    def _set_writing(self, on: bool) -> None:
        self.writing = on
        self.progress = (0, 0)
        self.writingChanged.emit(on)

    def _task_progress(self, name: str, done: int, total: int) -> None:
        if name == WRITE_TASK and self.writing and total > 0:
            self.progress = (done, total)
            self.writeProgress.emit(done, total)

    def suggested_name(self, kind: str) -> str:
        day = self.data.day if self.data else self.today()
        if kind == "daily":
            return tr(QT_TRANSLATE_NOOP("ReportingDashboard", "daily report {day}.xlsx")).format(day=day.isoformat())
        return tr(QT_TRANSLATE_NOOP("ReportingDashboard", "monthly report {month}.xlsx")).format(
            month=f"{day:%Y-%m}")

    # ---- the scheduled report's folder ------------------------------------------------------------
    @Slot()
    def load_settings(self) -> None:
        self.tasks.run("reporting.settings", self.service.settings, self.actor, on_done=self._settings,
                       on_error=lambda exc: self.message.emit(describe(exc)))

    def _settings(self, value) -> None:
        self.settings = value
        self.settingsLoaded.emit(value)

    @Slot(str)
    def save_folder(self, folder: str) -> None:
        if self.settings is None:
            return
        value = replace(self.settings, schedule_folder=folder.strip())
        self.tasks.run("reporting.settings.save", self.service.save_settings, self.actor, value,
                       on_done=lambda v: (self._settings(v), self.message.emit(
                           tr(QT_TRANSLATE_NOOP("ReportingDashboard", "Saved.")))),
                       on_error=lambda exc: self.message.emit(describe(exc)))

