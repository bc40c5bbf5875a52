"""The customer-relations centre (客户关系): today's calls with the script, the cases, the KPIs.

The call list is worked from the keyboard: the scores take digits 1–5, Ctrl+Return saves the call
as satisfied, Ctrl+N (or F8) goes to the next call; after a save the next call is up at once."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from views.crm.appointments import chosen, table
from views.crm.outreach import ClubPanel, ComplaintDialog, ListsPanel


class CentrePage(QWidget):
    def __init__(self, vm, outreach=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.outreach = outreach  # complaints, call lists and the club (viewmodels/crm/outreach.py)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._calls_tab(), self.tr("Today's calls"))
        self.tabs.addTab(self._cases_tab(), self.tr("Cases and complaints"))
        if outreach is not None:
            self.lists = ListsPanel(outreach)
            self.club = ClubPanel(outreach)
            self.tabs.addTab(self.lists, self.tr("Call lists and SMS"))
            self.tabs.addTab(self.club, self.tr("Car club"))
            outreach.messageChanged.connect(vm.messageChanged)
            outreach.errorChanged.connect(vm.errorChanged)
            outreach.complaintOpened.connect(lambda _case: vm.refresh_cases())
        if vm.can_see_kpis:
            self.tabs.addTab(self._kpi_tab(), self.tr("Centre KPIs"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.message = QLabel()
        self.message.setObjectName("message")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.message)
        vm.errorChanged.connect(self.error.setText)
        vm.errorChanged.connect(lambda text: self.message.clear() if text else None)
        vm.messageChanged.connect(self.message.setText)
        vm.listChanged.connect(self._list_changed)
        vm.currentChanged.connect(self._current)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=vm.next_call)
        QShortcut(QKeySequence(Qt.Key.Key_F8), self, activated=vm.next_call)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=lambda: self._save("satisfied"))
        vm.refresh()
        vm.refresh_cases()
        vm.plan_today()

    # ---- today's calls ---------------------------------------------------------------------------
    def _calls_tab(self) -> QWidget:
        vm = self.vm
        self.work = table(vm.work, "work")
        for col, width in enumerate((80, 150, 70, 100, 80, 110)):
            self.work.setColumnWidth(col, width)
        self.work.clicked.connect(lambda index: vm.choose(index.row()))
        self.count = QLabel()
        self.count.setObjectName("count")
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.count)
        lv.addWidget(self.work, 1)

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        f = self.heading.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.15)
        self.heading.setFont(f)
        script = QGroupBox(self.tr("Script (1 very unhappy – 5 very happy)"))
        form = QFormLayout(script)
        self.scores: dict[str, QComboBox] = {}
        for key, question in vm.script():
            box = QComboBox()
            box.setObjectName(f"score_{key}")
            box.addItem("", None)
            for n in range(1, 6):
                box.addItem(str(n), n)
            self.scores[key] = box
            label = QLabel(question)
            label.setWordWrap(True)
            form.addRow(label, box)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("What the customer said"))
        self.lost_box = QGroupBox(self.tr("Why has the customer not been back?"))
        lf = QFormLayout(self.lost_box)
        self.lost_reason = QComboBox()
        self.lost_reason.setObjectName("lost_reason")
        self.lost_reason.addItem("", None)
        for key, name in vm.lost_reason_choices():
            self.lost_reason.addItem(name, key)
        lf.addRow(self.tr("Reason"), self.lost_reason)
        self.lost_box.setVisible(False)
        problem = QGroupBox(self.tr("A problem: who resolves it"))
        pf = QFormLayout(problem)
        self.category = QComboBox()
        self.category.setObjectName("category")
        self.department = QComboBox()
        self.department.setObjectName("department")
        self.severity = QComboBox()
        self.severity.setObjectName("severity")
        for box, choices in ((self.category, vm.category_choices()), (self.department, vm.department_choices()),
                             (self.severity, vm.severity_choices())):
            for key, name in choices:
                box.addItem(name, key)
        self.severity.setCurrentIndex(max(0, self.severity.findData("normal")))
        self.owner = QLineEdit()
        self.owner.setObjectName("owner")
        self.owner.setPlaceholderText(self.tr("User name of the responsible manager"))
        pf.addRow(self.tr("Kind"), self.category)
        pf.addRow(self.tr("Department"), self.department)
        pf.addRow(self.tr("Severity"), self.severity)
        pf.addRow(self.tr("Owner"), self.owner)
        self.satisfied_button = QPushButton(self.tr("Satisfied (Ctrl+Enter)"))
        self.satisfied_button.setObjectName("satisfied")
        self.problem_button = QPushButton(self.tr("Problem: open a case"))
        self.problem_button.setObjectName("problem")
        self.unreachable_button = QPushButton(self.tr("Not reached"))
        self.unreachable_button.setObjectName("unreachable")
        self.reached_button = QPushButton(self.tr("Spoken to"))
        self.reached_button.setObjectName("reached")
        self.next_button = QPushButton(self.tr("Next call (Ctrl+N)"))
        self.next_button.setObjectName("next")
        buttons = QHBoxLayout()
        for b in (self.satisfied_button, self.problem_button, self.unreachable_button, self.reached_button,
                  self.next_button):
            b.setEnabled(vm.can_call or b is self.next_button)
            buttons.addWidget(b)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addWidget(self.heading)
        rv.addWidget(script)
        rv.addWidget(self.note)
        rv.addWidget(self.lost_box)
        rv.addWidget(problem)
        rv.addLayout(buttons)
        rv.addStretch(1)
        self.satisfied_button.clicked.connect(lambda: self._save("satisfied"))
        self.problem_button.clicked.connect(lambda: self._save("problem"))
        self.unreachable_button.clicked.connect(lambda: self._save("unreachable"))
        self.reached_button.clicked.connect(lambda: self._save("reached"))
        self.next_button.clicked.connect(vm.next_call)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        return split

    def open_record(self, task_id: str) -> None:
        """Another page's line naming a call (the reports' calls due): today's calls, at that call (once the
        list is in, when it is still loading)."""
        self.tabs.setCurrentIndex(0)
        self._wanted_call = task_id
        self._choose_wanted_call()

    def _choose_wanted_call(self) -> None:
        wanted = getattr(self, "_wanted_call", "")
        row = next((i for i, t in enumerate(self.vm.work.rows) if str(t.id) == wanted), -1) if wanted else -1
        if row >= 0:
            self._wanted_call = ""
            self.vm.choose(row)

    def _list_changed(self) -> None:
        self._choose_wanted_call()
        rows = self.vm.work.rows
        overdue = sum(1 for t in rows if t.overdue)
        self.count.setText(self.tr("{count} calls to make, {overdue} overdue").format(count=len(rows),
                                                                                      overdue=overdue))

    def _current(self, task) -> None:
        self.heading.setText(self.vm.heading())
        for box in self.scores.values():
            box.setCurrentIndex(0)
        self.note.clear()
        # the problem's fields belong to one call: the next customer's problem must not inherit its owner
        self.owner.clear()
        self.category.setCurrentIndex(0)
        self.department.setCurrentIndex(0)
        self.severity.setCurrentIndex(max(0, self.severity.findData("normal")))
        self.lost_reason.setCurrentIndex(0)
        self.lost_box.setVisible(self.vm.is_lost_call())
        row = self.vm.current_row()
        if row >= 0:
            self.work.selectRow(row)
        is_follow_up = task is not None and task.kind in ("follow_up", "case_confirm")
        self.satisfied_button.setEnabled(self.vm.can_call and is_follow_up)
        self.problem_button.setEnabled(self.vm.can_call and is_follow_up)
        self.reached_button.setEnabled(self.vm.can_call and task is not None and not is_follow_up)
        self.unreachable_button.setEnabled(self.vm.can_call and task is not None)
        if task is not None:
            first = self.scores.get("reception")
            if first is not None and task.kind == "follow_up":
                first.setFocus()

    def _save(self, outcome: str) -> None:
        scores = {k: b.currentData() for k, b in self.scores.items() if b.currentData() is not None}
        problem = {"category": self.category.currentData(), "department": self.department.currentData(),
                   "severity": self.severity.currentData(), "owner": self.owner.text().strip(),
                   "description": self.note.text().strip()}
        self.vm.record(outcome, scores, self.note.text(), problem, reason=self.lost_reason.currentData())

    # ---- cases -----------------------------------------------------------------------------------
    def _cases_tab(self) -> QWidget:
        vm = self.vm
        self.case_table = table(vm.cases, "cases")
        for col, width in enumerate((120, 80, 80, 80, 90, 50, 70, 60, 80)):
            self.case_table.setColumnWidth(col, width)
        self.action_button = QPushButton(self.tr("Note an action…"))
        self.action_button.setObjectName("case_action")
        self.resolve_button = QPushButton(self.tr("Resolved…"))
        self.resolve_button.setObjectName("case_resolve")
        for b in (self.action_button, self.resolve_button):
            b.setEnabled(vm.can_call)
        self.complaint_button = QPushButton(self.tr("Record a complaint…"))
        self.complaint_button.setObjectName("complaint")
        self.complaint_button.setEnabled(vm.can_call and self.outreach is not None)
        self.complaint_button.clicked.connect(self.record_complaint)
        self.action_button.clicked.connect(lambda: self._case(vm.add_action, self.tr("What was done?")))
        self.resolve_button.clicked.connect(lambda: self._case(vm.resolve, self.tr("How was it resolved?")))
        buttons = QHBoxLayout()
        buttons.addWidget(self.complaint_button)
        buttons.addWidget(self.action_button)
        buttons.addWidget(self.resolve_button)
        buttons.addStretch(1)
        w = QWidget()
        v = QVBoxLayout(w)
        v.addWidget(self.case_table, 1)
        v.addLayout(buttons)
        return w

    def record_complaint(self) -> ComplaintDialog:
        """The complaint form (a dialog, not modal, so a test or the phone can go on meanwhile)."""
        self.complaint_dialog = ComplaintDialog(self.outreach, self.vm, self)
        self.complaint_dialog.show()
        return self.complaint_dialog

    def _case(self, action, question: str) -> None:
        case = chosen(self.case_table)
        if case is None:
            return
        text, ok = QInputDialog.getText(self, case.number, question)
        if ok:
            action(case, text)

    # ---- KPIs ------------------------------------------------------------------------------------
    def _kpi_tab(self) -> QWidget:
        vm = self.vm
        today = vm.clock.today()
        first = today.replace(day=1)
        self.month = QDateEdit()
        self.month.setObjectName("month")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setDate(QDate(first.year, first.month, 1))
        self.kpi_button = QPushButton(self.tr("Show"))
        self.kpi_button.setObjectName("kpi_show")
        self.export_button = QPushButton(self.tr("Excel…"))
        self.export_button.setObjectName("kpi_export")
        self.kpi_table = table(vm.kpi_rows, "kpis")
        self.kpi_table.setColumnWidth(0, 360)
        self.analysis = QLabel()
        self.analysis.setObjectName("analysis")
        self.analysis.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addWidget(self.kpi_button)
        top.addWidget(self.export_button)
        top.addStretch(1)
        w = QWidget()
        v = QVBoxLayout(w)
        v.addLayout(top)
        v.addWidget(self.kpi_table, 1)
        v.addWidget(self.analysis)
        self.kpi_button.clicked.connect(self._kpis)
        self.export_button.clicked.connect(vm.export_kpis)
        vm.kpisChanged.connect(self._kpis_shown)
        vm.exported.connect(lambda path: self.message.setText(self.tr("Written: {path}").format(path=path)))
        return w

    def _kpis(self) -> None:
        d = self.month.date().toPython().replace(day=1)
        nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        self.vm.load_kpis(d, date.fromordinal(nxt.toordinal() - 1))

    def _kpis_shown(self, report) -> None:
        self.analysis.setText(self.vm.analysis_text(report))
