"""A car unknown at reception: the customer and the vehicle made in place, from what the advisor typed.

The typed text prefills the fields it fits: a plate goes into the plate, 17 characters into the
VIN, 11 digits into the mobile, Chinese into the name. Saving calls the customer file's own
``create_customer`` (the customers service, passed in by app/pages); a refusal names its field.

Signals:
    created(int, str): the new vehicle's id and its VIN (for the form to choose it).
    fieldError(str, str): a refusal about one field (name, mobile, plate, vin, brand, model) and
        the message; ("", message) for one about no field, ("", "") to clear.
    duplicate(str): the mobile or plate is on file already; saving again confirms (the message says so).
    busyChanged(bool)
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Signal

from services.common.errors import ValidationError
from services.common.identifiers import check_plate, normalise_phone, normalise_vin
from services.customers.model import CustomerInput, DuplicateFound, VehicleInput
from services.users.permissions import Permission
from viewmodels.common.errors import describe
from viewmodels.common.tasks import TaskRunner

FIELDS = ("name", "mobile", "plate", "vin", "brand", "model")
_CHINESE = re.compile(r"^[\u3400-\u9fff·]+$")
_VIN = re.compile(r"^[A-Z0-9]{17}$")


def prefill(text: str) -> dict[str, str]:
    """What the advisor typed, in the field it fits ("" elsewhere)."""
    values = dict.fromkeys(FIELDS, "")
    text = (text or "").strip()
    if not text:
        return values
    vin = normalise_vin(text)
    digits = normalise_phone(text)
    if _VIN.match(vin):
        values["vin"] = vin
    elif len(digits) == 11 and digits.startswith("1") and not re.search(r"[^\d\s+\-()]", text):
        values["mobile"] = digits
    else:
        try:
            values["plate"] = check_plate(text).plate
        except ValidationError:
            if _CHINESE.match(text):
                values["name"] = text
    return values


class NewCarViewModel(QObject):
    created = Signal(int, str)
    fieldError = Signal(str, str)
    duplicate = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, customers, actor, tasks: TaskRunner, typed: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.customers = customers
        self.actor = actor
        self.tasks = tasks
        self.values = prefill(typed)
        self._confirmed: dict | None = None  # the values whose duplicate the advisor has seen

    @property
    def can_create(self) -> bool:
        return self.customers is not None and self.actor.can(Permission.EDIT_CUSTOMERS)

    def save(self, values: dict[str, str]) -> None:
        """Make the customer with the vehicle. A duplicate mobile or plate is shown once; saving the same
        values again confirms that this is another customer (a VIN on file is always refused)."""
        values = {k: (values.get(k) or "").strip() for k in FIELDS}
        if not values["vin"]:
            self.fieldError.emit("vin", self.tr("Enter the VIN (17 characters, on the licence)."))
            return
        allow = self._confirmed == values
        data = CustomerInput(name=values["name"], mobile=values["mobile"])
        car = VehicleInput(vin=values["vin"], plate=values["plate"], brand=values["brand"], model=values["model"])
        self.busyChanged.emit(True)

        def work():
            info = self.customers.create_customer(self.actor, data, vehicles=[car], allow_duplicate=allow)
            return info.vehicles[-1]

        def done(vehicle) -> None:
            self.busyChanged.emit(False)
            self.fieldError.emit("", "")
            self.created.emit(vehicle.id, vehicle.vin)

        def failed(exc: BaseException) -> None:
            self.busyChanged.emit(False)
            if isinstance(exc, DuplicateFound):
                self._confirmed = values
                first = exc.duplicates[0]
                message = describe(exc) + " " + self.tr("Save again to make a new customer all the same.")
                self.fieldError.emit(first.field if first.field in FIELDS else "", message)
                self.duplicate.emit(message)
                return
            field = getattr(exc, "field", None) or ""
            field = {"phone": "mobile"}.get(field, field)  # the customer file names the mobile "phone"
            self.fieldError.emit(field if field in FIELDS else "", describe(exc))

        self.tasks.run("job_card.new_car", work, on_done=done, on_error=failed)
