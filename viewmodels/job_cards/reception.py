"""One job card at the front desk: find the car, record the intake, add lines, print, move it on.

Every service call runs in a task; results come back as signals. The lines table model is fed
with the card the service returns after each change (it never queries).

Signals:
    vehicleHits(list): search hits for the typed plate / VIN / name.
    notFound(str): no car matches what was typed: the message ("" clears it).
    warningsChanged(list): reception warnings, already translated.
    cardChanged(object): the card (``JobCardInfo``) after opening or any change.
    operationHits(list): catalogue operations (``OperationInfo``) for the typed text.
    partHits(list): parts (``PartRow``) for the typed text.
    plateWarning(str): the chosen car's plate is unusual (使, 领, 临时): check it ("" clears it).
    printed(str): a document was written to this PDF file.
    errorChanged(str): a message to show ("" clears it).
    fieldError(str, str): a refusal about one input (its ``Intake`` name) and the message; emitted
        before ``errorChanged``, and with ("", "") when a call succeeds.
    busyChanged(bool)
    refused(object): a save was refused (the person may not make it): the card as stored, for the
        form to show its values again beside the message. A save refused because the card was settled
        meanwhile (``SettledRecord``, another PC) reloads the card instead: ``cardChanged`` with it as
        settled, after the message.
    saved(str): the intake was stored: the confirmation ("Saved at 10:42").
"""

from __future__ import annotations

import tempfile
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont

from services.common.amounts import read_number
from services.common.errors import PermissionDenied, SettledRecord, ValidationError
from services.job_cards.service import (
    APPROVAL_CHANNELS,
    CHECKLISTS,
    DAMAGE_KINDS,
    EDITABLE,
    FUEL_LEVELS,
    JOB_TYPE_NAMES,
    OLD_PARTS,
    OTHER_KINDS,
    REPAIR_CLASSES,
    WARNING_LIGHTS,
    WORK_STARTED,
    Approval,
    DamageMark,
    Intake,
)
from services.users.permissions import Permission
from viewmodels.common.errors import describe
from viewmodels.common.permissions import Rights
from viewmodels.common.purpose import PurposeMemory, PurposeStore, purpose_to_print
from viewmodels.common.tasks import TaskRunner
from viewmodels.job_cards.listing import payer_name, status_name


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


# how the customer answered added work (the service's channel keys), in the order the desk uses them
CHANNEL_NAMES = {
    "phone": QT_TRANSLATE_NOOP("ApprovalChannel", "Phone"),
    "wechat": QT_TRANSLATE_NOOP("ApprovalChannel", "WeChat"),
    "in_person": QT_TRANSLATE_NOOP("ApprovalChannel", "In person"),
    "sms": QT_TRANSLATE_NOOP("ApprovalChannel", "SMS"),
}
assert set(CHANNEL_NAMES) == set(APPROVAL_CHANNELS)
# the card's actions and the permissions their services check (any one of a tuple is enough)
RIGHTS: dict[str, Permission | tuple[Permission, ...]] = {
    "edit": Permission.EDIT_JOB_CARDS,
    "cancel": Permission.CANCEL_JOB_CARDS,
    "start": (Permission.EDIT_JOB_CARDS, Permission.CLOCK_WORK),
    "self_check": (Permission.CLOCK_WORK, Permission.EDIT_JOB_CARDS),
    "final_check": Permission.QUALITY_CHECK,
    "print": Permission.VIEW_JOB_CARDS,
}
PENDING_BACKGROUND = "#fff3c4"  # lines awaiting the customer's approval stand out in the table
DECLINED_FOREGROUND = "#888888"


class JobLinesModel(QAbstractTableModel):
    LineRole = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list = []
        self._headers = [self.tr("Kind"), self.tr("Code"), self.tr("Name"), self.tr("Hours / qty"), self.tr("Price"),
                         self.tr("Discount"), self.tr("Amount"), self.tr("Payer"), self.tr("Approval")]

    def set_lines(self, lines) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line(self, row: int):
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        ln = self._lines[index.row()]
        if role == self.LineRole:
            return ln
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (3, 4, 5, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and ln.approval == "pending":
            return QBrush(QColor(PENDING_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole and ln.approval == "declined":
            return QBrush(QColor(DECLINED_FOREGROUND))
        if role == Qt.ItemDataRole.FontRole and ln.approval == "pending" and col == 8:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and ln.supply != "stock":
            return QBrush(QColor(DECLINED_FOREGROUND))
        if role == Qt.ItemDataRole.ToolTipRole and ln.supply != "stock":
            return self.tr("{supply}: {reason} ({who})").format(supply=self._supply_text(ln), reason=ln.supply_reason
                                                                or "", who=ln.supply_by or "")
        if role == Qt.ItemDataRole.ToolTipRole and ln.approval:
            return self._approval_text(ln)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        kinds = {"labour": self.tr("Labour"), "part": self.tr("Part"), "other": self.tr("Other")}
        code = translate("OtherCharge", OTHER_KINDS[ln.code]) if ln.kind == "other" and ln.code in OTHER_KINDS \
            else ln.code
        return [kinds.get(ln.kind, ln.kind), code, ln.name, f"{ln.qty.normalize():f}", f"{ln.price:,.2f}",
                f"{(ln.discount * 100).normalize():f}%" if ln.discount else "", f"{ln.amount:,.2f}",
                payer_name(ln.payer), self._supply_text(ln) or self._approval_text(ln)][col]

    def _supply_text(self, ln) -> str:
        """A parts line the store does not supply says so (not charged)."""
        return {"own": self.tr("customer's own part"), "not_needed": self.tr("not needed")}.get(ln.supply, "")

    def _approval_text(self, ln) -> str:
        """Awaiting lines say so plainly; answered ones say how the customer answered."""
        if ln.approval == "pending":
            return self.tr("⚠ awaiting customer")
        answers = {"approved": self.tr("approved"), "declined": self.tr("declined")}
        if ln.approval not in answers:
            return ""
        channel = translate("ApprovalChannel", CHANNEL_NAMES.get(ln.approval_channel or "", ""))
        return f"{answers[ln.approval]} ({channel})" if channel else answers[ln.approval]


class ReceptionViewModel(QObject):
    vehicleHits = Signal(list)
    notFound = Signal(str)
    warningsChanged = Signal(list)
    plateWarning = Signal(str)
    cardChanged = Signal(object)
    operationHits = Signal(list)
    partHits = Signal(list)
    printed = Signal(str)
    purposeNeeded = Signal(str)  # the document kind whose print must first say what it is for
    errorChanged = Signal(str)
    fieldError = Signal(str, str)
    busyChanged = Signal(bool)
    refused = Signal(object)
    saved = Signal(str)

    def __init__(self, service, parts, actor, tasks: TaskRunner, *, output_dir: Path | None = None,
                 customers=None, sanbao_warnings=None, paper_for=None, purposes: PurposeStore | None = None,
                 parent: QObject | None = None) -> None:
        """``customers``: the customer file's service, to make an unknown car in place (None: not offered).
        ``sanbao_warnings(actor, vehicle_id)``: the claims area's 三包 triggers the car has reached.
        ``paper_for(kind)``: the paper this PC prints ``kind`` on ("a4", "a5", "continuous").
        ``purposes``: this PC's last print purpose per document kind (``viewmodels.common.purpose``)."""
        super().__init__(parent)
        self.paper_for = paper_for or (lambda kind: "a4")
        self.purposes = purposes or PurposeMemory()
        self.service = service
        self.parts = parts
        self.customers = customers
        self.sanbao_warnings = sanbao_warnings
        self.actor = actor
        self.tasks = tasks
        self.lines = JobLinesModel(self)
        self.card = None
        self.vehicle_id: int | None = None
        self.output_dir = output_dir or Path(tempfile.gettempdir())
        self.rights = Rights(actor, **RIGHTS)
        self.discount_limit: Decimal = actor.discount_limit

    # ---- what the signed-in person may do (the view makes the rest read-only or absent) ----------
    @property
    def can_edit(self) -> bool:
        """Reception fields, lines, discounts, sending to the workshop, the customer's answer."""
        return self.rights.can("edit")

    @property
    def can_create_car(self) -> bool:
        """An unknown car's customer and vehicle made at the desk (the customer file's right)."""
        return self.customers is not None and self.actor.can(Permission.EDIT_CUSTOMERS)

    @property
    def can_check(self) -> bool:
        """The inspector's final check."""
        return self.rights.can("final_check")

    @property
    def can_cancel(self) -> bool:
        return self.rights.can("cancel")

    @property
    def can_start(self) -> bool:
        return self.rights.can("start")

    @property
    def can_self_check(self) -> bool:
        return self.rights.can("self_check")

    @property
    def can_print(self) -> bool:
        return self.rights.can("print")

    def why_not(self, action: str) -> str:
        """The tooltip of a widget for ``action`` (a key of ``RIGHTS``): "" when allowed, else why not."""
        return self.rights.why_not(action)

    # ---- plumbing ---------------------------------------------------------------------------
    def _run(self, task: str, fn, /, *args, on_done, on_failed=None, **kwargs) -> None:
        """``fn(*args, **kwargs)`` in a task (positional-only names, so ``name=`` reaches ``fn``).
        A change the person may not make puts the stored card back on the form (``refused``)."""
        self.busyChanged.emit(True)

        def done(result) -> None:
            self.busyChanged.emit(False)
            self.fieldError.emit("", "")
            self.errorChanged.emit("")
            on_done(result)

        def failed(exc: BaseException) -> None:
            self.busyChanged.emit(False)
            self.fieldError.emit(getattr(exc, "field", None) or "", describe(exc))
            self.errorChanged.emit(describe(exc))
            if isinstance(exc, PermissionDenied) and self.card is not None:
                self.refused.emit(self.card)
            if isinstance(exc, SettledRecord) and self.card is not None:
                self._reload()
            if on_failed is not None:
                on_failed(describe(exc))

        # bound here: TaskRunner.run has a ``name`` of its own, and add_other passes one to the service
        self.tasks.run(f"job_card.{task}", partial(fn, *args, **kwargs), on_done=done, on_error=failed)

    def _reload(self) -> None:
        """The card as stored now (settled on another PC meanwhile): the form follows its status, so what
        no longer applies is disabled; the message stays, and what was typed in the fields stays too
        (``cardChanged`` with the same card refills nothing)."""
        self.tasks.run("job_card.reload", self.service.card, self.actor, self.card.id, on_done=self._set_card,
                       on_error=lambda e: self.errorChanged.emit(describe(e)))

    def _set_card(self, card) -> None:
        self.card = card
        self.vehicle_id = card.vehicle_id
        self.lines.set_lines(card.lines)
        self.cardChanged.emit(card)

    # ---- finding the car ---------------------------------------------------------------------
    @Slot(str)
    def findVehicle(self, text: str) -> None:  # noqa: N802
        """Cars by plate, VIN (or its last digits), the owner's phone or name; none gives ``notFound``."""
        if not text.strip():
            self.notFound.emit("")
            self.vehicleHits.emit([])
            return

        def found(hits) -> None:
            if hits:
                self.notFound.emit("")
            elif self.can_create_car:
                self.notFound.emit(self.tr("No car with {text} on file — create it.").format(text=text.strip()))
            else:
                self.notFound.emit(self.tr("No car with {text} on file.").format(text=text.strip()))
            self.vehicleHits.emit(hits)

        self._run("find", self.service.find_vehicles, self.actor, text, on_done=found)

    def chooseVehicle(self, vehicle_id: int, text: str) -> None:  # noqa: N802
        """The car ``vehicle_id`` chosen on the form (a car just made, or one the customer page names):
        found by ``text`` (its VIN), so the form shows it as if typed."""
        def found(hits) -> None:
            mine = [h for h in hits if h.vehicle_id == vehicle_id]
            self.notFound.emit("")
            self.vehicleHits.emit(mine)

        self._run("find", self.service.find_vehicles, self.actor, text, on_done=found)

    def new_car(self, typed: str):
        """The viewmodel of the dialog that makes an unknown car, prefilled with what was typed."""
        from viewmodels.job_cards.new_car import NewCarViewModel

        return NewCarViewModel(self.customers, self.actor, self.tasks, typed)

    @Slot(int)
    def selectVehicle(self, vehicle_id: int, mileage: int | None = None) -> None:  # noqa: N802
        self.vehicle_id = vehicle_id

        def work():
            warnings = self.service.reception_warnings(self.actor, vehicle_id, mileage)
            sanbao = []
            if self.sanbao_warnings is not None:
                try:
                    sanbao = self.sanbao_warnings(self.actor, vehicle_id)
                except PermissionDenied:
                    sanbao = []  # the watch is the claims area's; reception shows what it may
            return warnings, sanbao

        self._run("warnings", work, on_done=self._warnings)

    def _warnings(self, result) -> None:
        warnings, sanbao = result

        def text(w) -> str:
            return translate("ServiceError", w.text).format(**self._readable(w.params))

        self.plateWarning.emit("\n".join(text(w) for w in warnings if w.kind == "plate"))
        self.warningsChanged.emit([text(w) for w in warnings if w.kind != "plate"]
                                  + [w.message(translate) for w in sanbao])

    @staticmethod
    def _readable(params: dict) -> dict:
        """A status code in a warning is shown by its name (待交车, not "ready")."""
        return {**params, "status": status_name(params["status"])} if "status" in params else params

    # ---- choices for the form ---------------------------------------------------------------------
    @staticmethod
    def job_types() -> list[tuple[str, str]]:
        return [(k, translate("JobType", v)) for k, v in JOB_TYPE_NAMES.items()]

    @staticmethod
    def status_name(status: str) -> str:
        return status_name(status)

    @staticmethod
    def payer_name(payer: str) -> str:
        return payer_name(payer)

    @staticmethod
    def repair_classes() -> list[tuple[str, str]]:
        return [(k, translate("RepairClass", v)) for k, v in REPAIR_CLASSES.items()]

    @staticmethod
    def fuel_levels() -> list[tuple[str, str]]:
        """(code, words) of the fuel gauge's marks."""
        return [(k, translate("FuelLevel", v)) for k, v in FUEL_LEVELS.items()]

    @staticmethod
    def old_parts_choices() -> list[tuple[str, str]]:
        return [(k, translate("OldParts", v)) for k, v in OLD_PARTS.items()]

    @staticmethod
    def warning_lights() -> list[tuple[str, str]]:
        return [(k, translate("WarningLight", v)) for k, v in WARNING_LIGHTS.items()]

    @staticmethod
    def other_kinds() -> list[tuple[str, str]]:
        return [(k, translate("OtherCharge", v)) for k, v in OTHER_KINDS.items()]

    @staticmethod
    def approval(username: str, password: str) -> Approval | None:
        return Approval(username.strip(), password) if username.strip() else None

    @staticmethod
    def damage_kinds() -> list[tuple[str, str]]:
        return [(k, translate("Damage", v)) for k, v in DAMAGE_KINDS.items()]

    @staticmethod
    def damage_name(kind: str) -> str:
        return translate("Damage", DAMAGE_KINDS.get(kind, kind))

    @staticmethod
    def approval_channels() -> list[tuple[str, str]]:
        return [(k, translate("ApprovalChannel", v)) for k, v in CHANNEL_NAMES.items()]

    def intake(self, fields: dict) -> Intake:
        """The form's fields (names of ``Intake``) as the service's input. ``damage_marks`` come as
        ``(x, y, kind, note)`` tuples; ``promised_at`` is the station's local time as a field shows it.
        What the form does not send (the promised time of an opened card, which changes with its
        reason, estimate and assessed amounts, damage note) keeps the card's value, so saving the
        form never clears it."""
        fields = dict(fields)
        if "damage_marks" in fields:
            fields["damage_marks"] = tuple(DamageMark(Decimal(str(x)), Decimal(str(y)), kind, note)
                                           for x, y, kind, note in fields["damage_marks"])
        if isinstance(fields.get("promised_at"), datetime):
            fields["promised_at"] = self._aware(fields["promised_at"])
        if self.card is not None:
            for name in ("promised_at", "estimate_amount", "assessed_amount", "damage_note", "damage_marks"):
                fields.setdefault(name, getattr(self.card, name))
            fields.setdefault("appointment_number", self.card.appointment_number or "")
        return Intake(vehicle_id=self.vehicle_id or 0, **fields)

    # ---- the card ------------------------------------------------------------------------------
    def open_card(self, intake: Intake | dict, *, estimate: bool = False) -> None:
        if isinstance(intake, dict):
            intake = self.intake(intake)
        if self.vehicle_id is None:
            self.errorChanged.emit(self.tr("Find the car first (plate or VIN)."))
            return
        # the retry key of this opening: pressing Open again after a failure finds a card already committed
        self._request_key = getattr(self, "_request_key", None) or uuid.uuid4().hex

        def opened(card) -> None:
            self._request_key = None  # the next card is another opening
            self._set_card(card)
            self._saved()

        self._run("open", self.service.open_card, self.actor, replace(intake, vehicle_id=self.vehicle_id),
                  estimate=estimate, request_key=self._request_key, on_done=opened)

    def save_intake(self, intake: Intake | dict) -> None:
        if isinstance(intake, dict):
            intake = self.intake(intake)
        if self.card is None:
            return self.open_card(intake)
        def stored(card) -> None:
            self._set_card(card)
            self._saved()

        self._run("save", self.service.update_intake, self.actor, self.card.id, self.card.version,
                  replace(intake, vehicle_id=self.card.vehicle_id), on_done=stored)

    def _saved(self) -> None:
        self.saved.emit(self.tr("Saved at {time}").format(time=self.now_local().strftime("%H:%M")))

    @Slot(str)
    def load(self, number: str) -> None:
        self._run("load", self.service.card_by_number, self.actor, number, on_done=self._set_card)

    # ---- lines -----------------------------------------------------------------------------------
    @Slot(str)
    def lookupOperations(self, text: str) -> None:  # noqa: N802
        day = self.service.clock.today()
        family = ""
        job_type = None
        if self.card is not None:
            bits = self.card.vehicle_desc.split(" ")
            family = bits[1] if len(bits) > 1 else ""
            job_type = self.card.job_type
        self.tasks.run("job_card.operations", self.service.catalogue.lookup, self.actor, text, day=day,
                       family=family, job_type=job_type, on_done=self.operationHits.emit,
                       on_error=lambda e: self.errorChanged.emit(describe(e)))

    @Slot(str)
    def lookupParts(self, text: str) -> None:  # noqa: N802
        if self.parts is None:
            self.partHits.emit([])
            return
        self.tasks.run("job_card.parts", self.parts.search, self.actor, text, limit=30, on_done=self.partHits.emit,
                       on_error=lambda e: self.errorChanged.emit(describe(e)))

    def add_operation(self, code: str, *, hours: str = "", reason: str = "", discount: str = "",
                      approval: Approval | None = None) -> None:
        if self.card is None:
            return
        self._run("add_labour", self.service.add_labour, self.actor, self.card.id, self.card.version, code,
                  hours=hours or None, hours_reason=reason, discount=self._pct(discount), approval=approval,
                  on_done=self._set_card)

    def add_part(self, part_id: int, qty: str, *, discount: str = "", approval: Approval | None = None) -> None:
        if self.card is None:
            return
        self._run("add_part", self.service.add_part, self.actor, self.card.id, self.card.version, part_id, qty or "1",
                  discount=self._pct(discount), approval=approval, on_done=self._set_card)

    def add_other(self, kind: str, amount: str, name: str = "", *, payer: str | None = None) -> None:
        """Another charge (diagnosis, inspection, outside work, towing) for an amount in yuan."""
        if self.card is None:
            return
        self._run("add_other", self.service.add_other, self.actor, self.card.id, self.card.version, kind,
                  self._amount(amount), name=name, payer=payer, on_done=self._set_card)

    @staticmethod
    def _amount(text: str) -> Decimal | str:
        try:  # the one reader of amounts ("1,234.50", "¥12"); NaN, 1e40 and the like are not numbers here
            d = read_number(text, field="amount")
        except ValidationError:
            d = None
        return d if d is not None else (text or "").strip()  # the service names what is wrong with it

    # ---- discounts and the supervisor's approval --------------------------------------------------
    def needs_approval(self, percent: str) -> bool:
        """True when a discount typed in percent is above what the signed-in user may grant alone."""
        d = self._pct(percent)
        return isinstance(d, Decimal) and d > self.discount_limit

    def limit_text(self) -> str:
        return f"{(self.discount_limit * 100).normalize():f}%"

    def set_discount(self, line_id: int, percent: str, *, approval: Approval | None = None, on_done=None,
                     on_failed=None) -> None:
        """Change a line's discount; above the user's limit ``approval`` carries the supervisor's
        credentials, checked (and logged as ``approved_by``) by the service."""
        if self.card is None:
            return

        def done(card) -> None:
            self._set_card(card)
            if on_done is not None:
                on_done(card)

        self._run("discount", self.service.update_line, self.actor, self.card.id, self.card.version, line_id,
                  discount=self._pct(percent), approval=approval, on_done=done, on_failed=on_failed)

    # ---- added work found during the job --------------------------------------------------------
    def work_started(self) -> bool:
        """Lines added now are added work: they wait for the customer's approval."""
        return self.card is not None and self.card.status in WORK_STARTED

    def default_promised(self) -> datetime:
        """The promised time a new card starts with: two hours from now, on the next half hour (local)."""
        t = self.now_local().replace(second=0, microsecond=0) + timedelta(hours=2)
        extra = (-t.minute) % 30
        return t + timedelta(minutes=extra)

    def promised_local(self) -> datetime | None:
        """The card's promised time in the station's time zone, without the zone (what a time field shows)."""
        if self.card is None or self.card.promised_at is None:
            return None
        return self.service.clock.local(self.card.promised_at).replace(tzinfo=None)

    def _aware(self, local: datetime) -> datetime:
        """A time typed in the station's time zone, as the service takes it (UTC)."""
        if local.tzinfo is not None:
            return local
        return local.replace(tzinfo=self.service.clock.zone).astimezone(UTC)

    def now_local(self):
        """Now in the station's time zone, without the zone (what a time field shows)."""
        return self.service.clock.local(self.service.clock.now()).replace(tzinfo=None)

    def pending_lines(self) -> list:
        return [ln for ln in (self.card.lines if self.card else ()) if ln.approval == "pending"]

    @Slot()
    def askCustomer(self) -> None:  # noqa: N802
        """Work stops while the customer is asked about added work."""
        self.transition("waiting_approval")

    def decide_added_work(self, line_ids: list[int], approved: bool, channel: str, at=None, *, on_done=None,
                          on_failed=None) -> None:
        """Record the customer's answer (time and channel). A card that waited for the answer goes
        back to work once nothing awaits it any more."""
        if self.card is None:
            return
        if at is not None and at.tzinfo is None:
            at = at.replace(tzinfo=self.service.clock.zone).astimezone(UTC)  # typed in the station's time

        def done(card) -> None:
            self._set_card(card)
            if card.status == "waiting_approval" and not any(ln.approval == "pending" for ln in card.lines):
                self._run("resume", self.service.transition, self.actor, card.id, card.version, "in_progress",
                          on_done=finish, on_failed=on_failed)
            else:
                finish(card)

        def finish(card) -> None:
            self._set_card(card)
            if on_done is not None:
                on_done(card)

        self._run("decide", self.service.decide_added_work, self.actor, self.card.id, self.card.version,
                  list(line_ids), approved, channel, at, on_done=done, on_failed=on_failed)

    @Slot(int)
    def removeLine(self, row: int) -> None:  # noqa: N802
        ln = self.lines.line(row)
        if self.card is None or ln is None:
            return
        self._run("remove", self.service.remove_line, self.actor, self.card.id, self.card.version, ln.id,
                  on_done=self._set_card)

    @staticmethod
    def _pct(text: str) -> Decimal | str:
        """A discount typed in percent ("5" or "5%") as a fraction."""
        text = (text or "").strip().rstrip("%")
        if not text:
            return Decimal(0)
        try:  # the one reader: NaN, 1e40 and the like are no discount (never compared, which would raise)
            d = read_number(text, field="discount", what="rate")
        except ValidationError:
            d = None
        return d / 100 if d is not None else text

    # ---- moving the card on ----------------------------------------------------------------------
    @Slot()
    def dispatch(self) -> None:
        if self.card is not None:
            self._run("dispatch", self.service.dispatch, self.actor, self.card.id, self.card.version,
                      on_done=self._set_card)

    @Slot(str)
    def transition(self, status: str) -> None:
        if self.card is not None:
            self._run("transition", self.service.transition, self.actor, self.card.id, self.card.version, status,
                      on_done=self._set_card)

    def cancel(self, reason: str, *, on_done=None, on_failed=None) -> None:
        """Cancel with a reason; the service refuses once work has started and says why."""
        if self.card is None:
            return

        def done(card) -> None:
            self._set_card(card)
            if on_done is not None:
                on_done(card)

        self._run("cancel", self.service.cancel, self.actor, self.card.id, self.card.version, reason,
                  on_done=done, on_failed=on_failed)

    def _change(self, task: str, fn, /, *args, on_done=None, on_failed=None, **kwargs) -> None:
        """A change of the card whose result replaces it; ``on_done(card)`` / ``on_failed(message)`` for a dialog."""
        if self.card is None:
            return

        def done(card) -> None:
            self._set_card(card)
            if on_done is not None:
                on_done(card)

        self._run(task, fn, self.actor, self.card.id, self.card.version, *args, on_done=done, on_failed=on_failed,
                  **kwargs)

    def change_promised_time(self, local: datetime, reason: str, *, on_done=None, on_failed=None) -> None:
        """Promise another time (typed in the station's time), with why; the service logs old and new."""
        self._change("promised", self.service.change_promised_time, self._aware(local), reason, on_done=on_done,
                     on_failed=on_failed)

    def reopen(self, reason: str, *, on_done=None, on_failed=None) -> None:
        """A ready car back to work, with why (the front desk's decision)."""
        self._change("reopen", self.service.transition, "in_progress", reason, on_done=on_done, on_failed=on_failed)

    def mark_supply(self, line_id: int, supply: str, reason: str = "", *, on_done=None, on_failed=None) -> None:
        """A parts line the store does not supply: "own" (the customer's own part) or "not_needed", with
        why; "stock" undoes it."""
        self._change("supply", self.service.mark_supply, line_id, supply, reason, on_done=on_done,
                     on_failed=on_failed)

    def refusal(self, action: str) -> str:
        """Why the signed-in person may not use an action the card offers ("" when they may)."""
        if action in ("reopen", "mark_supply", "promised_time") and not self.can_edit:
            return self.why_not("edit")  # the permission in words, as on every other field
        return ""

    def can_cancel_now(self) -> bool:
        """The cancel button is offered while the card can still change; the service decides the rest
        (once work has started it refuses and says why)."""
        return self.can_cancel and self.card is not None and self.card.status in EDITABLE

    @property
    def allowed_actions(self) -> frozenset[str]:
        """What the desk may do with the card now, for its buttons: the lifecycle's moves from the
        card's status (the service's state machine, ``JobCardInfo.actions()``: dispatch, start,
        ask_customer, self_check, final_check...) narrowed by the user's rights and the card's
        lines, and ``print``, ``edit_lines`` (while the card can change), ``mark_supply`` and
        ``promised_time`` (the same, for the front desk), ``record_answer`` (while added work awaits
        the customer), ``cancel`` (see ``can_cancel_now``). ``refusal(action)`` says why a move the
        card offers is not the signed-in person's to make."""
        card = self.card
        if card is None:
            return frozenset()
        pending = any(ln.approval == "pending" for ln in card.lines)
        actions = set(card.actions()) - {"cancel"}
        if not pending:
            actions.discard("ask_customer")  # asking is about added work
        if not self.can_check:
            actions.discard("final_check")
        if not self.can_start:
            actions -= {"start", "wait_for_parts", "resume"}
        if not self.can_self_check:
            actions.discard("self_check")
        if not self.can_edit:
            actions -= {"dispatch", "recall", "ask_customer", "reopen", "convert_estimate"}
        if self.can_print:
            actions.add("print")
        if card.status in EDITABLE and self.can_edit:
            actions.update({"edit_lines", "mark_supply", "promised_time"})
        if pending and self.can_edit:
            actions.add("record_answer")
        if self.can_cancel_now():
            actions.add("cancel")
        return frozenset(actions)

    def checklist(self) -> list[str]:
        """The checklist of the card's job type, translated."""
        items = CHECKLISTS.get(self.card.job_type if self.card else "repair", [])
        return [translate("Checklist", i) for i in items]

    def quality_check(self, *, final: bool, passed: bool, items: list[tuple[str, bool]], reason: str = "",
                      road_test: bool = False, road_test_km: int | None = None, road_test_note: str = "") -> None:
        if self.card is None:
            return
        if final:
            self._run("final_check", self.service.final_check, self.actor, self.card.id, self.card.version, passed,
                      items, reason, road_test=road_test, road_test_km=road_test_km, road_test_note=road_test_note,
                      on_done=self._set_card)
        else:
            self._run("self_check", self.service.self_check, self.actor, self.card.id, self.card.version, passed,
                      items, reason, on_done=self._set_card)

    # ---- printing ---------------------------------------------------------------------------------
    def lastPurpose(self, which: str) -> str:  # noqa: N802
        """What this PC last printed ``which`` for ("" if never)."""
        return self.purposes.purpose_for(which)

    @Slot(str, str)
    def printDocument(self, which: str = "job_card", purpose: str = "") -> None:  # noqa: N802
        """Render the card (job_card | estimate | pre_inspection) to a PDF file; ``printed`` gives the path.
        It carries the customer's personal data: the print goes with ``purpose``, else with the purpose
        this PC last printed ``which`` for; with neither, ``purposeNeeded(which)`` asks and nothing prints."""
        if self.card is None:
            return
        purpose = purpose_to_print(self.purposes, which, purpose)
        if not purpose:
            self.purposeNeeded.emit(which)
            return
        number = self.card.number
        lang = "en" if QCoreApplication.translate("JobStatus", "Open") == "Open" else "zh_CN"
        render = {"job_card": self.service.job_card_pdf, "estimate": self.service.estimate_pdf,
                  "pre_inspection": self.service.pre_inspection_pdf}[which]
        path = self.output_dir / f"{number}-{which}.pdf"
        paper = self.paper_for(which)

        def work() -> str:
            path.write_bytes(render(self.actor, number, translate, lang, paper=paper, purpose=purpose))
            return str(path)

        self._run("print", work, on_done=self.printed.emit)


def page_images(pdf: bytes, dpi: int = 110) -> list:
    """The PDF's pages as ``QImage``s for the preview and the printer: Qt's QtPdf where the Qt
    build has it, else pypdfium2 where it is installed, else [] (the view then opens the file)."""
    try:
        from PySide6.QtCore import QBuffer, QByteArray, QSize  # noqa: F401
        from PySide6.QtPdf import QPdfDocument  # type: ignore[import-not-found]
    except ImportError:
        QPdfDocument = None  # noqa: N806
    if QPdfDocument is not None:
        from PySide6.QtCore import QBuffer, QByteArray, QSize

        buf = QBuffer()
        buf.setData(QByteArray(pdf))
        buf.open(QBuffer.OpenModeFlag.ReadOnly)
        doc = QPdfDocument()
        doc.load(buf)
        out = []
        for i in range(doc.pageCount()):
            size = doc.pagePointSize(i)
            out.append(doc.render(i, QSize(int(size.width() * dpi / 72), int(size.height() * dpi / 72))))
        return out
    try:
        import pypdfium2 as pdfium  # type: ignore[import-not-found]
    except ImportError:
        return []
    from PySide6.QtGui import QImage

    out = []
    doc = pdfium.PdfDocument(pdf)
    try:
        for page in doc:
            bitmap = page.render(scale=dpi / 72)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            img = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888).copy()
            out.append(img)
            page.close()
    finally:
        doc.close()
    return out
