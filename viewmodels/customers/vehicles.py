"""One vehicle of the customer file: its details, plate, owner and odometer, with their histories.

The form edits what the car is (brand, model, dates, insurance, inspection); the 包修期 and 三包
periods are derived from the invoice (or delivery) date and shown as the dates are typed. A plate
change, an owner change and an odometer reading are separate commands, each kept in its history.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor

from services.common.errors import ValidationError
from services.common.identifiers import check_plate
from services.customers.service import Notice, VehicleInfo, VehicleInput, add_months
from services.users.permissions import Permission
from viewmodels.common.errors import describe
from viewmodels.common.models import ListModel, date_text, parse_date, parse_int, translated
from viewmodels.customers.search import CustomerSearchViewModel

SOURCE_NAMES = {
    "manual": QT_TRANSLATE_NOOP("VehicleHistory", "entered"),
    "job_card": QT_TRANSLATE_NOOP("VehicleHistory", "job card"),
    "import": QT_TRANSLATE_NOOP("VehicleHistory", "import"),
}


class PlatesModel(ListModel):
    """The plates a car carried, oldest first; the current one has no end date."""

    CONTEXT = "VehicleHistory"
    HEADERS = (QT_TRANSLATE_NOOP("VehicleHistory", "Plate"), QT_TRANSLATE_NOOP("VehicleHistory", "From"),
               QT_TRANSLATE_NOOP("VehicleHistory", "Until"))

    def cell(self, p, column: int) -> str:
        if column == 0:
            return p.plate
        if column == 1:
            return date_text(p.valid_from)
        return date_text(p.valid_to) or translated("VehicleHistory", QT_TRANSLATE_NOOP("VehicleHistory", "current"))


class OwnersModel(ListModel):
    CONTEXT = "VehicleHistory"
    HEADERS = (QT_TRANSLATE_NOOP("VehicleHistory", "Owner"), QT_TRANSLATE_NOOP("VehicleHistory", "From"),
               QT_TRANSLATE_NOOP("VehicleHistory", "Until"), QT_TRANSLATE_NOOP("VehicleHistory", "Reason"))

    def cell(self, o, column: int) -> str:
        if column == 0:
            return o.name
        if column == 1:
            return date_text(o.owned_from)
        if column == 2:
            return date_text(o.owned_to) or translated("VehicleHistory", QT_TRANSLATE_NOOP("VehicleHistory", "current"))
        return o.reason


class ReadingsModel(ListModel):
    """Odometer readings, newest first; a reading below the one before is flagged with its reason."""

    CONTEXT = "VehicleHistory"
    HEADERS = (QT_TRANSLATE_NOOP("VehicleHistory", "When"), QT_TRANSLATE_NOOP("VehicleHistory", "km"),
               QT_TRANSLATE_NOOP("VehicleHistory", "Source"), QT_TRANSLATE_NOOP("VehicleHistory", "By"),
               QT_TRANSLATE_NOOP("VehicleHistory", "Note"))

    def __init__(self, local=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._local = local or (lambda at: at)

    def set_rows(self, rows) -> None:
        super().set_rows(reversed(list(rows)))

    def cell(self, r, column: int) -> str:
        if column == 0:
            return self._local(r.read_at).strftime("%Y-%m-%d %H:%M")
        if column == 1:
            return f"{r.km:,}" + (" ⚠" if r.lower_than_previous else "")
        if column == 2:
            return translated("VehicleHistory", SOURCE_NAMES.get(r.source, r.source))
        if column == 3:
            return r.recorded_by or ""
        if r.lower_than_previous:
            return translated("VehicleHistory", QT_TRANSLATE_NOOP("VehicleHistory", "Lower than before: {reason}")).format(
                reason=r.reason or "")
        return ""

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            r = self.row_object(index.row())
            return QColor("#b00020") if r is not None and r.lower_than_previous else None
        return super().data(index, role)


FIELDS = ("brand", "model", "model_year", "colour", "engine_number", "purchase_date", "delivery_date", "insurer",
          "insurance_expiry", "inspection_due", "notes")


def notice_texts(notices: tuple[Notice, ...] | list[Notice]) -> list[str]:
    """Warnings of a service result (an unusual plate), in the user's language."""
    return [n.message(QCoreApplication.translate) for n in notices]


def plate_hint(text: str) -> str:
    """What to point out about a plate being typed (an embassy, consulate or temporary plate), or "".

    A plate that breaks the rules says nothing here: saving names the problem.
    """
    if not (text or "").strip():
        return ""
    try:
        pc = check_plate(text)
    except ValidationError:
        return ""
    return notice_texts([Notice("plate", pc.warning, {"plate": pc.plate})])[0] if pc.warning else ""


def periods_text(values: dict, months: tuple[int, int, int, int] = (36, 60000, 24, 50000)) -> tuple[str, str]:
    """The 包修期 and 三包 lines for the dates in a form (invoice date, else delivery date)."""
    try:
        start = parse_date(values.get("purchase_date", "")) or parse_date(values.get("delivery_date", ""))
    except ValidationError:
        start = None
    w_months, w_km, s_months, s_km = months
    if start is None:
        none = translated("VehicleEdit", QT_TRANSLATE_NOOP("VehicleEdit", "— (enter the invoice or delivery date)"))
        return none, none
    text = translated("VehicleEdit", QT_TRANSLATE_NOOP("VehicleEdit", "{start} to {until} or {km} km, whichever first"))
    return (text.format(start=start.isoformat(), until=add_months(start, w_months).isoformat(), km=f"{w_km:,}"),
            text.format(start=start.isoformat(), until=add_months(start, s_months).isoformat(), km=f"{s_km:,}"))


class VehicleDetailsViewModel(QObject):
    """A vehicle on the customer page: edit, change plate, change owner, record the odometer.

    Signals:
        loaded(): ``self.vehicle`` and the history models are filled.
        saved(): a change was stored (the vehicle is reloaded; the customer page should reload too).
        ownerChanged(int): the vehicle now belongs to this customer id.
        errorChanged(str, str): message and the field at fault ("" when none).
        reasonNeeded(str): the odometer reading is lower than the last: the message; give a reason.
        warningsChanged(list): what the vehicle's plate calls for (使, 领, 临时), translated; [] for none.
            Sent on every load, so a plate change that brings or clears a warning shows at once.
    """

    loaded = Signal()
    saved = Signal()
    ownerChanged = Signal(int)
    errorChanged = Signal(str, str)
    reasonNeeded = Signal(str)
    warningsChanged = Signal(list)

    def __init__(self, service, actor, tasks, vehicle_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.actor = actor
        self.tasks = tasks
        self.vehicle_id = vehicle_id
        self.vehicle: VehicleInfo | None = None
        self.plates = PlatesModel(self)
        self.owners = OwnersModel(self)
        self.readings = ReadingsModel(service.clock.local, self)
        self.owner_search = CustomerSearchViewModel(service, actor, tasks, self)
        self.owner_search.TASK = "customers.owner_search"

    def can_edit(self) -> bool:
        return self.actor.can(Permission.EDIT_CUSTOMERS)

    def today(self) -> str:
        return self.service.clock.today().isoformat()

    @Slot()
    def load(self) -> None:
        self.tasks.run(f"customers.vehicle_load.{self.vehicle_id}", self.service.vehicle, self.actor, self.vehicle_id,
                       on_done=self._loaded, on_error=self._failed)

    def _loaded(self, v: VehicleInfo) -> None:
        self.vehicle = v
        self.plates.set_rows(v.plates)
        self.owners.set_rows(v.owners)
        self.readings.set_rows(v.readings)
        self.loaded.emit()
        self.warningsChanged.emit(self.warnings())

    def warnings(self) -> list[str]:
        """The loaded vehicle's warnings (an unusual plate), translated."""
        return notice_texts(self.vehicle.warnings) if self.vehicle is not None else []

    @staticmethod
    def plate_hint(text: str) -> str:
        return plate_hint(text)

    def _failed(self, exc: BaseException) -> None:
        self.errorChanged.emit(describe(exc), getattr(exc, "field", None) or "")

    def _stored(self, result) -> None:
        self.saved.emit()
        self.load()

    def values(self) -> dict[str, str]:
        v = self.vehicle
        if v is None:
            return {}
        return {"brand": v.brand, "model": v.model, "model_year": str(v.model_year or ""), "colour": v.colour,
                "engine_number": v.engine_number, "purchase_date": date_text(v.purchase_date),
                "delivery_date": date_text(v.delivery_date), "insurer": v.insurer,
                "insurance_expiry": date_text(v.insurance_expiry), "inspection_due": date_text(v.inspection_due),
                "notes": v.notes}

    def periods(self, values: dict) -> tuple[str, str]:
        v = self.vehicle
        months = (v.warranty_months, v.warranty_km, v.sanbao_months, v.sanbao_km) if v else (36, 60000, 24, 50000)
        return periods_text(values, months)

    def _input(self, **changes) -> VehicleInput:
        v = self.vehicle
        assert v is not None
        base = VehicleInput(
            vin=v.vin, plate=v.plate or "", vin_override_reason=v.vin_override_reason or "", brand=v.brand,
            model=v.model, model_year=v.model_year, colour=v.colour, engine_number=v.engine_number, energy=v.energy,
            purchase_date=v.purchase_date, delivery_date=v.delivery_date, warranty_months=v.warranty_months,
            warranty_km=v.warranty_km, sanbao_months=v.sanbao_months, sanbao_km=v.sanbao_km, insurer=v.insurer,
            insurance_expiry=v.insurance_expiry, inspection_due=v.inspection_due, notes=v.notes, version=v.version)
        return replace(base, **changes)

    def save(self, values: dict) -> None:
        """Store the details form (the plate and owner have their own commands)."""
        if self.vehicle is None:
            return
        dates = {}
        for name in ("purchase_date", "delivery_date", "insurance_expiry", "inspection_due"):
            try:
                dates[name] = parse_date(values.get(name, ""))
            except ValidationError as exc:
                self.errorChanged.emit(describe(exc), name)
                return
        try:
            data = self._input(
                brand=values.get("brand", ""), model=values.get("model", ""),
                model_year=parse_int(values.get("model_year", ""), "model_year"), colour=values.get("colour", ""),
                engine_number=values.get("engine_number", ""), insurer=values.get("insurer", ""),
                notes=values.get("notes", ""), **dates)
        except ValidationError as exc:
            self.errorChanged.emit(describe(exc), exc.field or "")
            return
        self.tasks.run("customers.vehicle_save", self.service.update_vehicle, self.actor, self.vehicle.id, data,
                       on_done=self._stored, on_error=self._failed)

    @Slot(str)
    def changePlate(self, plate: str) -> None:  # noqa: N802
        """A new plate (empty: the car has none now); the old one is closed in the plate history."""
        if self.vehicle is None:
            return
        self.tasks.run("customers.vehicle_plate", self.service.update_vehicle, self.actor, self.vehicle.id,
                       self._input(plate=plate), on_done=self._stored, on_error=self._failed)

    @Slot(str, str)
    def recordOdometer(self, km: str, reason: str = "") -> None:  # noqa: N802
        if self.vehicle is None:
            return
        try:
            value = parse_int(km, "km")
        except ValidationError as exc:
            self.errorChanged.emit(describe(exc), "km")
            return
        if value is None:
            self.errorChanged.emit(translated("ServiceError", QT_TRANSLATE_NOOP("ServiceError", "Enter the odometer reading.")),
                                   "km")
            return
        self.tasks.run("customers.odometer", self.service.record_odometer, self.actor, self.vehicle.id, value,
                       reason=reason, on_done=self._stored, on_error=self._odometer_failed)

    def _odometer_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and exc.field == "km" and "last" in exc.params:
            self.reasonNeeded.emit(describe(exc))
        else:
            self._failed(exc)

    def changeOwner(self, row: int, reason: str, on: str = "") -> None:  # noqa: N802
        """Pass the vehicle to the customer in row ``row`` of the owner search."""
        hit = self.owner_search.results.row_object(row)
        if hit is None or self.vehicle is None:
            self.errorChanged.emit(translated("ServiceError", QT_TRANSLATE_NOOP(
                "ServiceError", "Find the new owner and choose them in the list.")), "owner")
            return
        try:
            day: date | None = parse_date(on)
        except ValidationError as exc:
            self.errorChanged.emit(describe(exc), "owned_from")
            return
        self.tasks.run("customers.owner", self.service.change_owner, self.actor, self.vehicle.id, hit.customer_id,
                       on=day, reason=reason,
                       on_done=lambda info: (self.ownerChanged.emit(info.owner_id), self._stored(info)),
                       on_error=self._failed)
