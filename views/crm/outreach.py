"""The centre's outreach tabs: a complaint recorded from any channel (a dialog from the cases tab),
the call lists with the SMS tool's file, and the car club (members, points, events)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from views.crm.appointments import chosen, table


class CustomerFinder(QWidget):
    """A search field (Return searches) and the customers found."""

    def __init__(self, vm, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.find = QLineEdit()
        self.find.setObjectName(f"{name}_find")
        self.find.setPlaceholderText(self.tr("Plate, phone or name, then Return"))
        self.found = QComboBox()
        self.found.setObjectName(f"{name}_found")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.find, 1)
        layout.addWidget(self.found, 2)
        self._asked = False  # the page's finders share the viewmodel: only the one searched takes the hits
        self.find.returnPressed.connect(self._search)
        vm.hitsChanged.connect(self._hits)

    def _search(self) -> None:
        self._asked = True
        self.vm.find_customer(self.find.text())

    def _hits(self, hits) -> None:
        if not self._asked:
            return
        self._asked = False
        self.found.clear()
        for hit in hits:
            self.found.addItem(self.vm.hit_text(hit), hit)

    def hit(self):
        return self.found.currentData()


class ComplaintDialog(QDialog):
    """A complaint (抱怨/投诉): the customer, the channel, the kind, how serious, who resolves it by when."""

    def __init__(self, vm, centre_vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setObjectName("complaint_dialog")
        self.setWindowTitle(self.tr("Record a complaint"))
        self.customer = CustomerFinder(vm, "complaint")
        self.channel = QComboBox()
        self.channel.setObjectName("complaint_channel")
        for key, name in vm.channel_choices():
            self.channel.addItem(name, key)
        self.category, self.severity, self.department = QComboBox(), QComboBox(), QComboBox()
        for box, name, choices in ((self.category, "complaint_category", centre_vm.category_choices()),
                                   (self.severity, "complaint_severity", centre_vm.severity_choices()),
                                   (self.department, "complaint_department", centre_vm.department_choices())):
            box.setObjectName(name)
            for key, text in choices:
                box.addItem(text, key)
        self.severity.setCurrentIndex(max(0, self.severity.findData("normal")))
        self.owner = QLineEdit()
        self.owner.setObjectName("complaint_owner")
        self.owner.setPlaceholderText(self.tr("User name of the responsible manager"))
        self.description = QTextEdit()
        self.description.setObjectName("complaint_description")
        self.description.setPlaceholderText(self.tr("The complaint in the customer's words"))
        self.error = QLabel()
        self.error.setObjectName("complaint_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Customer"), self.customer)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Kind"), self.category)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Complaint"), self.description)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        vm.errorChanged.connect(self.error.setText)
        vm.complaintOpened.connect(lambda _case: self.accept())

    def _save(self) -> None:
        self.vm.open_complaint(self.customer.hit(), category=self.category.currentData(),
                               severity=self.severity.currentData(), department=self.department.currentData(),
                               channel=self.channel.currentData(), owner=self.owner.text(),
                               description=self.description.toPlainText())


class ListsPanel(QWidget):
    """Call lists by audience; the SMS tool's file (for those allowed to take personal data out)."""

    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.kind = QComboBox()
        self.kind.setObjectName("audience")
        for key, name in vm.audience_choices():
            self.kind.addItem(name, key)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("audience_show")
        self.count = QLabel()
        self.count.setObjectName("audience_count")
        self.count.setMinimumWidth(140)
        self.rows = table(vm.audience, "audience_rows")
        self.message = QLineEdit()
        self.message.setObjectName("sms_message")
        self.message.setPlaceholderText(self.tr("The text message; {name} becomes the customer's name"))
        self.export_button = QPushButton(self.tr("File for the SMS tool…"))
        self.export_button.setObjectName("sms_export")
        self.export_button.setEnabled(vm.can_export)
        top = QHBoxLayout()
        top.addWidget(self.kind, 1)
        top.addWidget(self.show_button)
        top.addWidget(self.count)
        sms = QHBoxLayout()
        sms.addWidget(self.message, 1)
        sms.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Marketing lists hold only customers who consented to marketing.")))
        layout.addWidget(self.rows, 1)
        layout.addLayout(sms)
        self.show_button.clicked.connect(lambda: vm.load_audience(self.kind.currentData()))
        self.export_button.clicked.connect(lambda: vm.export_sms(self.kind.currentData(), self.message.text()))
        vm.listChanged.connect(lambda n: self.count.setText(self.tr("{count} customers").format(count=n)))


class ClubPanel(QWidget):
    """The car club: members and their points on the left, events and their sign-ups on the right."""

    def __init__(self, vm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.search = QLineEdit()
        self.search.setObjectName("member_search")
        self.search.setPlaceholderText(self.tr("Card number or name, then Return"))
        self.members = table(vm.members, "members")
        for col, width in enumerate((130, 120, 90)):
            self.members.setColumnWidth(col, width)
        self.newcomer = CustomerFinder(vm, "join")
        self.welcome = QSpinBox()
        self.welcome.setObjectName("welcome_points")
        self.welcome.setRange(0, 100000)
        self.join_button = QPushButton(self.tr("Join the club"))
        self.join_button.setObjectName("club_join")
        self.points = QSpinBox()
        self.points.setObjectName("points")
        self.points.setRange(1, 100000)
        self.point_reason = QComboBox()
        self.point_reason.setObjectName("point_reason")
        for key, name in vm.point_reason_choices():
            self.point_reason.addItem(name, key)
        self.point_note = QLineEdit()
        self.point_note.setObjectName("point_note")
        self.points_button = QPushButton(self.tr("Book points"))
        self.points_button.setObjectName("club_points")
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.members, 1)
        join = QHBoxLayout()
        join.addWidget(self.newcomer, 1)
        join.addWidget(QLabel(self.tr("Welcome points")))
        join.addWidget(self.welcome)
        join.addWidget(self.join_button)
        left.addLayout(join)
        pts = QHBoxLayout()
        pts.addWidget(self.points)
        pts.addWidget(self.point_reason)
        pts.addWidget(self.point_note, 1)
        pts.addWidget(self.points_button)
        left.addLayout(pts)

        self.events = table(vm.events, "events")
        for col, width in enumerate((90, 140, 100, 70, 50)):
            self.events.setColumnWidth(col, width)
        self.event_name = QLineEdit()
        self.event_name.setObjectName("event_name")
        self.event_day = QDateEdit()
        self.event_day.setObjectName("event_day")
        self.event_day.setCalendarPopup(True)
        self.event_day.setDisplayFormat("yyyy-MM-dd ddd")
        today = vm.clock.today()
        self.event_day.setDate(QDate(today.year, today.month, today.day))
        self.event_place = QLineEdit()
        self.event_place.setObjectName("event_place")
        self.event_capacity = QSpinBox()
        self.event_capacity.setObjectName("event_capacity")
        self.event_capacity.setRange(0, 100000)
        self.event_points = QSpinBox()
        self.event_points.setObjectName("event_points")
        self.event_points.setRange(0, 100000)
        self.event_button = QPushButton(self.tr("Add the event"))
        self.event_button.setObjectName("event_add")
        self.sign_up_button = QPushButton(self.tr("Sign the member up"))
        self.sign_up_button.setObjectName("event_sign_up")
        self.attended_button = QPushButton(self.tr("The member came"))
        self.attended_button.setObjectName("event_attended")
        ef = QFormLayout()
        ef.addRow(self.tr("Event"), self.event_name)
        ef.addRow(self.tr("Day"), self.event_day)
        ef.addRow(self.tr("Place"), self.event_place)
        ef.addRow(self.tr("Places (0: no limit)"), self.event_capacity)
        ef.addRow(self.tr("Points for coming"), self.event_points)
        ef.addRow(self.event_button)
        right = QVBoxLayout()
        right.addWidget(self.events, 1)
        eb = QHBoxLayout()
        eb.addWidget(self.sign_up_button)
        eb.addWidget(self.attended_button)
        right.addLayout(eb)
        right.addLayout(ef)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        for b in (self.join_button, self.points_button, self.event_button, self.sign_up_button,
                  self.attended_button):
            b.setEnabled(vm.can_edit)
        self.search.returnPressed.connect(lambda: vm.refresh_members(self.search.text()))
        self.join_button.clicked.connect(lambda: vm.join(self.newcomer.hit(), self.welcome.value()))
        self.points_button.clicked.connect(self._points)
        self.event_button.clicked.connect(lambda: vm.new_event(
            self.event_name.text(), self.event_day.date().toPython(), self.event_place.text(),
            self.event_capacity.value(), self.event_points.value()))
        self.sign_up_button.clicked.connect(lambda: self._event(vm.sign_up))
        self.attended_button.clicked.connect(lambda: self._event(vm.attended))
        vm.refresh_members()
        vm.refresh_events()

    def _points(self) -> None:
        member = chosen(self.members)
        if member is not None:
            self.vm.points(member, self.points.value(), self.point_reason.currentData(), self.point_note.text())

    def _event(self, action) -> None:
        event, member = chosen(self.events), chosen(self.members)
        if event is not None and member is not None:
            action(event, member)
