"""The customer file's screen state: search as you type, the customer page, forms, import, merge.

Every service call runs through the ``TaskRunner`` with a name: a new keystroke starts a new
``customers.search`` task, which cancels the one still running, so a stale result never lands.
Item models only receive service results; they never query.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QObject,
    Signal,
    Slot,
)

from services.common.amounts import read_money
from services.common.errors import ValidationError
from services.customers.importing import ImportPreview, ImportRejected
from services.customers.service import (
    ContactInput,
    CustomerInfo,
    CustomerInput,
    DuplicateFound,
    TimelineEntry,
    VehicleInfo,
    VehicleInput,
)
from services.customers.workbook import FIELDS, RowError, guess_mapping, read_workbook
from services.users.permissions import Permission
from viewmodels.common.errors import describe
from viewmodels.common.models import ListModel, date_text, parse_date, parse_int, translated
from viewmodels.common.permissions import Rights
from viewmodels.customers.consent import ConsentViewModel
from viewmodels.customers.names import (
    APPOINTMENT_STATUS_NAMES,
    CASE_SOURCE_NAMES,
    CONSENT_CHANNEL_NAMES,
    KIND_NAMES,
    OUTCOME_NAMES,
    TASK_KIND_NAMES,
    TIMELINE_STATES,
)
from viewmodels.customers.search import CustomerSearchViewModel
from viewmodels.customers.vehicles import VehicleDetailsViewModel, notice_texts, plate_hint

# No signal here carries a bool: PySide6 6.12.0 drops a reference to True on every emit of a
# Python bool (the interpreter then aborts with "bool_dealloc" at exit).


class VehiclesModel(ListModel):
    CONTEXT = "CustomerTables"
    HEADERS = (
        QT_TRANSLATE_NOOP("CustomerTables", "Plate"), QT_TRANSLATE_NOOP("CustomerTables", "VIN"),
        QT_TRANSLATE_NOOP("CustomerTables", "Vehicle"), QT_TRANSLATE_NOOP("CustomerTables", "Odometer (km)"),
        QT_TRANSLATE_NOOP("CustomerTables", "Warranty until"), QT_TRANSLATE_NOOP("CustomerTables", "三包 until"),
        QT_TRANSLATE_NOOP("CustomerTables", "Insurance expiry"), QT_TRANSLATE_NOOP("CustomerTables", "Inspection due"),
    )

    def cell(self, v: VehicleInfo, column: int) -> str:
        if column == 0:
            return (v.plate or "") + (" ⚠" if v.warnings else "")
        if column == 1:
            return v.vin + (" ⚠" if v.vin_check_overridden else "")
        if column == 2:
            return " ".join(str(x) for x in (v.brand, v.model, v.model_year or "", v.colour) if x)
        if column == 3:
            return f"{v.last_odometer:,}" if v.last_odometer is not None else ""
        return date_text((v.warranty_until, v.sanbao_until, v.insurance_expiry, v.inspection_due)[column - 4])


class TimelineModel(ListModel):
    CONTEXT = "CustomerTables"
    HEADERS = (
        QT_TRANSLATE_NOOP("CustomerTables", "When"), QT_TRANSLATE_NOOP("CustomerTables", "What"),
        QT_TRANSLATE_NOOP("CustomerTables", "By"),
    )

    def __init__(self, local=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._local = local or (lambda at: at)

    def cell(self, e: TimelineEntry, column: int) -> str:
        if column == 0:
            return self._local(e.at).strftime("%Y-%m-%d %H:%M")
        if column == 1:
            return describe_entry(e)
        return e.username or ""


def _timeline_codes() -> dict[str, dict[str, tuple[str, dict[str, str]]]]:
    """entry kind → {param: (context, code → words)}: the codes an entry carries, put in words."""
    from services.station.settings import JOB_TYPE_NAMES

    return {
        "job_cards.opened": {"job_type": ("JobType", JOB_TYPE_NAMES)},
        "crm.appointment": {"status": ("AppointmentStatus", APPOINTMENT_STATUS_NAMES)},
        "crm.call": {"kind": ("TaskKind", TASK_KIND_NAMES), "outcome": ("Outcome", OUTCOME_NAMES)},
        "crm.case": {"source": ("Timeline", CASE_SOURCE_NAMES)},
    }


def describe_entry(e: TimelineEntry) -> str:
    params = dict(e.params)
    for key, (context, names) in _timeline_codes().get(e.kind, {}).items():
        if key in params and params[key] in names:
            params[key] = translated(context, names[params[key]])
    if "state" in params:
        params["state"] = translated("Timeline", TIMELINE_STATES.get(params["state"], params["state"]))
    if "channel" in params:
        params["channel"] = translated("ConsentChannel", CONSENT_CHANNEL_NAMES.get(params["channel"], params["channel"]))
    text = translated("Timeline", e.title)
    try:
        return " ".join(text.format(**params).split())
    except (KeyError, IndexError, ValueError):
        return text


class ImportErrorsModel(ListModel):
    CONTEXT = "CustomerTables"
    HEADERS = (
        QT_TRANSLATE_NOOP("CustomerTables", "Row"), QT_TRANSLATE_NOOP("CustomerTables", "Column"),
        QT_TRANSLATE_NOOP("CustomerTables", "Problem"),
    )

    def cell(self, e: RowError, column: int) -> str:
        if column == 0:
            return str(e.row)
        if column == 1:
            return e.column
        return e.message(QCoreApplication.translate)


# ---- the customer page --------------------------------------------------------------------------


class CustomerPageViewModel(QObject):
    """One customer's file: profile, vehicles, timeline.

    Signals:
        loaded(): the customer (``self.customer``) and both models are filled.
        errorChanged(str): loading or an action failed.
    """

    loaded = Signal()
    errorChanged = Signal(str)

    def __init__(self, service, actor, tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.actor = actor
        self.tasks = tasks
        self.customer: CustomerInfo | None = None
        self.vehicles = VehiclesModel(self)
        self.timeline = TimelineModel(service.clock.local, self)

    def can_edit(self) -> bool:
        return self.actor.can(Permission.EDIT_CUSTOMERS)

    def can_merge(self) -> bool:
        return self.actor.can(Permission.MERGE_CUSTOMERS)

    def can_export(self) -> bool:
        return self.actor.can(Permission.EXPORT_PERSONAL_DATA)

    def can_open_job_card(self) -> bool:
        """The "Open a job card" button: reception's right (the job card area checks it again)."""
        return self.actor.can(Permission.EDIT_JOB_CARDS)

    def job_card_request(self, row: int) -> dict | None:
        """What the job card area needs to receive the vehicle of ``row`` (the first when there is no
        row): ``{"vehicle_id", "vin"}``; None without a vehicle."""
        v = self.vehicles.row_object(row if row >= 0 else 0)
        if v is None or self.customer is None or self.customer.erased:
            return None
        return {"vehicle_id": v.id, "vin": v.vin}

    def why_not(self, action: str) -> str:
        """A tooltip for a widget of ``action`` ("edit" | "merge" | "export" | "job_card"): "" when
        allowed, else why not, in words."""
        return Rights(self.actor, edit=Permission.EDIT_CUSTOMERS, merge=Permission.MERGE_CUSTOMERS,
                      export=Permission.EXPORT_PERSONAL_DATA, job_card=Permission.EDIT_JOB_CARDS).why_not(action)

    def vehicle_details(self, vehicle_id: int):
        """The viewmodel of one vehicle's dialog (details, plate, owner, odometer)."""
        return VehicleDetailsViewModel(self.service, self.actor, self.tasks, vehicle_id)

    def may_erase(self) -> bool:
        return self.actor.can(Permission.ERASE_PERSONAL_DATA)

    def can_erase(self) -> bool:
        """The signed-in person may erase, and the customer on the page is there to erase."""
        return self.may_erase() and self.customer is not None \
            and not self.customer.erased and self.customer.merged_into_id is None

    def erasure(self):
        """The viewmodel of the dialog that erases the personal data of the customer on the page."""
        from viewmodels.customers.erasure import ErasureViewModel

        return ErasureViewModel(self.service, self.actor, self.tasks, self.customer)

    def consent(self):
        """The viewmodel of the consent and car-club dialog of the customer on the page."""
        return ConsentViewModel(self.service, self.actor, self.tasks, self.customer)

    @Slot(int)
    def load(self, customer_id: int) -> None:
        def work():
            return self.service.customer(self.actor, customer_id), self.service.timeline(self.actor, customer_id)

        self.tasks.run("customers.page", work, on_done=self._loaded, on_error=lambda e: self.errorChanged.emit(describe(e)))

    @Slot()
    def reload(self) -> None:
        if self.customer is not None:
            self.load(self.customer.id)

    def _loaded(self, result) -> None:
        self.customer, entries = result
        self.vehicles.set_rows(self.customer.vehicles)
        self.timeline.set_rows(entries)
        self.loaded.emit()

    def summary_lines(self) -> list[tuple[str, str]]:
        """Label and value pairs for the profile panel, translated."""
        c = self.customer
        if c is None:
            return []
        t = lambda s: translated("CustomerPage", s)  # noqa: E731
        rows = [
            (t(QT_TRANSLATE_NOOP("CustomerPage", "Personal data")),
             t(QT_TRANSLATE_NOOP("CustomerPage", "erased on the customer's request")) if c.erased else ""),
            (t(QT_TRANSLATE_NOOP("CustomerPage", "Type")), translated("CustomerKind", KIND_NAMES.get(c.kind, c.kind))),
            (t(QT_TRANSLATE_NOOP("CustomerPage", "Mobile")), c.mobile), (t(QT_TRANSLATE_NOOP("CustomerPage", "Other phone")), c.other_phone), (t(QT_TRANSLATE_NOOP("CustomerPage", "Address")), c.address),
            (t(QT_TRANSLATE_NOOP("CustomerPage", "Birthday")), date_text(c.birthday)), (t(QT_TRANSLATE_NOOP("CustomerPage", "Tags")), "、".join(c.tags)),
            (t(QT_TRANSLATE_NOOP("CustomerPage", "Marketing consent")), (t(QT_TRANSLATE_NOOP("CustomerPage", "yes, {date} ({channel})")) if c.marketing_consent else t(QT_TRANSLATE_NOOP("CustomerPage", "no"))).format(
                date=date_text(c.consent_date),
                channel=translated("ConsentChannel", CONSENT_CHANNEL_NAMES.get(c.consent_channel or "", "")))),
            (t(QT_TRANSLATE_NOOP("CustomerPage", "Car club")), f"{c.club_number} {c.club_level or ''}".strip() if c.club_number else ""),
        ]
        if c.kind == "company":
            rows += [(t(QT_TRANSLATE_NOOP("CustomerPage", "Credit code")), c.credit_code or ""),
                     (t(QT_TRANSLATE_NOOP("CustomerPage", "Billing")), t(QT_TRANSLATE_NOOP("CustomerPage", "Monthly statement, day {day}")).format(day=c.statement_day or "")
                      if c.billing_terms == "monthly" else t(QT_TRANSLATE_NOOP("CustomerPage", "Cash")))]
        rows += [(t(QT_TRANSLATE_NOOP("CustomerPage", "Contacts")), "；".join(f"{x.name} {x.mobile}".strip() for x in c.contacts)), (t(QT_TRANSLATE_NOOP("CustomerPage", "Notes")), c.notes)]
        return [(label, value) for label, value in rows if value]


# ---- forms ------------------------------------------------------------------------------------------


class CustomerEditViewModel(QObject):
    """New or edited customer.

    Signals:
        saved(int): the customer id, after saving.
        duplicatesFound(str): same mobile/VIN/plate on file; confirm with ``save(..., confirmed=True)``.
        errorChanged(str, str): message and the field at fault ("" when none).
    """

    saved = Signal(int)
    duplicatesFound = Signal(str)
    errorChanged = Signal(str, str)

    def __init__(self, service, actor, tasks, customer: CustomerInfo | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.actor = actor
        self.tasks = tasks
        self.customer = customer

    def values(self) -> dict[str, Any]:
        c = self.customer
        if c is None:
            return {"kind": "person", "billing_terms": "cash"}
        return {
            "name": c.name, "kind": c.kind, "mobile": c.mobile, "other_phone": c.other_phone, "address": c.address,
            "birthday": date_text(c.birthday), "source": c.source, "notes": c.notes, "credit_code": c.credit_code or "",
            "invoice_title": c.invoice_title, "billing_terms": c.billing_terms,
            "statement_day": str(c.statement_day or ""), "credit_limit": str(c.credit_limit or ""),
            "tags": "，".join(c.tags), "club_number": c.club_number or "", "club_level": c.club_level or "",
            "contacts": c.contacts,
        }

    def _input(self, v: dict[str, Any]) -> CustomerInput:
        contacts: list[ContactInput] = []
        given = v.get("contacts") or ""
        if not isinstance(given, str):  # the contacts table (viewmodels.customers.contacts) hands ContactInputs
            contacts, given = list(given), ""
        for line in given.splitlines():
            parts = line.split()
            if parts:
                mobile = parts[-1] if len(parts) > 1 and any(ch.isdigit() for ch in parts[-1]) else ""
                name = " ".join(parts[:-1] if mobile else parts)
                contacts.append(ContactInput(name=name, role="driver", mobile=mobile))
        # the one reader of amounts: NaN, 1e40 and the like are refused with a message; a negative one by the service
        limit = read_money(v.get("credit_limit"), field="credit_limit", negative=True, optional=True)
        c = self.customer
        return CustomerInput(
            name=v.get("name", ""), kind=v.get("kind", "person"), mobile=v.get("mobile", ""),
            other_phone=v.get("other_phone", ""), address=v.get("address", ""), birthday=parse_date(v.get("birthday", "")),
            source=v.get("source", ""), notes=v.get("notes", ""), credit_code=v.get("credit_code", ""),
            invoice_title=v.get("invoice_title", ""), billing_terms=v.get("billing_terms", "cash"),
            credit_limit=limit, statement_day=parse_int(v.get("statement_day", ""), "statement_day"),
            tags=tuple(t for t in re.split(r"[,，;；、\s]+", v.get("tags", "")) if t),
            # membership has its own dialog (views.customers.consent): a form without it keeps it
            club_number=v.get("club_number", (c.club_number or "") if c else ""),
            club_level=v.get("club_level", (c.club_level or "") if c else ""),
            club_joined_on=c.club_joined_on if c else None,
            contacts=tuple(contacts), version=self.customer.version if self.customer else 0,
        )

    def save(self, values: dict, confirmed: bool = False) -> None:
        try:
            data = self._input(values)
        except ValidationError as exc:
            self.errorChanged.emit(describe(exc), exc.field or "")
            return
        if self.customer is None:
            fn = lambda: self.service.create_customer(self.actor, data, allow_duplicate=confirmed)  # noqa: E731
        else:
            if self.customer.phones_masked and data.mobile == self.customer.mobile:
                data = replace(data, mobile="")  # a masked number left as it was keeps the stored one
            fn = lambda: self.service.update_customer(self.actor, self.customer.id, data)  # noqa: E731
        self.tasks.run("customers.save", fn, on_done=lambda c: self.saved.emit(c.id), on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DuplicateFound):
            self.duplicatesFound.emit(describe(exc))
        else:
            self.errorChanged.emit(describe(exc), getattr(exc, "field", None) or "")


class VehicleEditViewModel(QObject):
    """Add a vehicle to a customer (VIN check, override with a reason, plate kinds).

    Signals:
        saved(int): the vehicle id.
        vinCheckFailed(str): the check character is wrong: the message, and the form asks for a reason.
        duplicatesFound(str): the plate is on another car on file.
        errorChanged(str, str): message and field.
    """

    saved = Signal(int)
    vinCheckFailed = Signal(str)
    duplicatesFound = Signal(str)
    errorChanged = Signal(str, str)

    def __init__(self, service, actor, tasks, customer_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.actor = actor
        self.tasks = tasks
        self.customer_id = customer_id
        self.warnings: list[str] = []  # the saved vehicle's warnings (an unusual plate), translated

    @staticmethod
    def plate_hint(text: str) -> str:
        """What to point out about the plate being typed (使, 领, 临时), or ""."""
        return plate_hint(text)

    def save(self, v: dict, confirmed: bool = False) -> None:
        try:
            data = VehicleInput(
                vin=v.get("vin", ""), plate=v.get("plate", ""), vin_override_reason=v.get("vin_override_reason", ""),
                brand=v.get("brand", ""), model=v.get("model", ""),
                model_year=parse_int(v.get("model_year", ""), "model_year"), colour=v.get("colour", ""),
                engine_number=v.get("engine_number", ""), purchase_date=parse_date(v.get("purchase_date", "")),
                delivery_date=parse_date(v.get("delivery_date", "")), insurer=v.get("insurer", ""),
                insurance_expiry=parse_date(v.get("insurance_expiry", "")),
                inspection_due=parse_date(v.get("inspection_due", "")),
                odometer_km=parse_int(v.get("odometer_km", ""), "odometer_km"),
            )
        except ValidationError as exc:
            self.errorChanged.emit(describe(exc), exc.field or "")
            return
        self.tasks.run("customers.vehicle", lambda: self.service.add_vehicle(
            self.actor, self.customer_id, data, allow_duplicate=confirmed),
            on_done=self._saved, on_error=self._failed)

    def _saved(self, info: VehicleInfo) -> None:
        self.warnings = notice_texts(info.warnings)
        self.saved.emit(info.id)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DuplicateFound):
            self.duplicatesFound.emit(describe(exc))
        elif isinstance(exc, ValidationError) and exc.field == "vin" and "expected" in exc.params:
            self.vinCheckFailed.emit(describe(exc))
        else:
            self.errorChanged.emit(describe(exc), getattr(exc, "field", None) or "")


# ---- merge --------------------------------------------------------------------------------------------


class MergeViewModel(QObject):
    """Merge another record into the one on screen.

    Signals:
        merged(int): the kept customer id.
        errorChanged(str): the merge was refused.
    """

    merged = Signal(int)
    errorChanged = Signal(str)

    def __init__(self, service, actor, tasks, keep: CustomerInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.actor = actor
        self.tasks = tasks
        self.keep = keep
        self.search = CustomerSearchViewModel(service, actor, tasks, self)
        self.search.TASK = "customers.merge_search"

    @Slot(int)
    def mergeRow(self, row: int) -> None:  # noqa: N802
        hit = self.search.results.row_object(row)
        if hit is None:
            return
        if hit.customer_id == self.keep.id:
            self.errorChanged.emit(translated("ServiceError", QT_TRANSLATE_NOOP("ServiceError", "Choose two different customers to merge.")))
            return
        self.tasks.run("customers.merge", self.service.merge_customers, self.actor, self.keep.id, hit.customer_id,
                       on_done=lambda r: self.merged.emit(r.kept_id),
                       on_error=lambda e: self.errorChanged.emit(describe(e)))


# ---- import and export --------------------------------------------------------------------------------


class ImportViewModel(QObject):
    """Excel import: read the file, map columns, preview with per-row errors, import all or nothing.

    Signals:
        sheetLoaded(): headers and the guessed mapping are ready.
        previewReady(): ``preview`` and the errors model are filled.
        imported(str): the import is done; a summary for the user.
        errorChanged(str): reading or importing failed.
    """

    sheetLoaded = Signal()
    previewReady = Signal()
    imported = Signal(str)
    errorChanged = Signal(str)

    FIELDS = FIELDS

    def __init__(self, service, actor, tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.actor = actor
        self.tasks = tasks
        self.sheet = None
        self.file_name = ""
        self.mapping: dict[str, int] = {}
        self.preview: ImportPreview | None = None
        self.errors = ImportErrorsModel(self)

    @staticmethod
    def field_label(name: str) -> str:
        from services.customers.workbook import FIELD_BY_NAME

        return translated("CustomerField", FIELD_BY_NAME[name].label)

    @Slot(str)
    def loadFile(self, path: str) -> None:  # noqa: N802
        self.file_name = path.replace("\\", "/").rsplit("/", 1)[-1]
        self.tasks.run("customers.import_read", read_workbook, path, on_done=self._loaded,
                       on_error=lambda e: self.errorChanged.emit(describe(e)))

    def _loaded(self, sheet) -> None:
        self.sheet = sheet
        self.mapping = guess_mapping(sheet.headers, QCoreApplication.translate)
        self.preview = None
        self.errors.set_rows([])
        self.sheetLoaded.emit()

    def set_mapping(self, field: str, column: int) -> None:
        """Map ``field`` to column index ``column`` (-1: not imported)."""
        self.mapping.pop(field, None)
        if column >= 0:
            for other in [k for k, v in self.mapping.items() if v == column]:
                del self.mapping[other]
            self.mapping[field] = column

    @Slot()
    def runPreview(self) -> None:  # noqa: N802
        if self.sheet is None:
            return
        self.tasks.run("customers.import_preview", self.service.preview_import, self.actor, self.sheet,
                       dict(self.mapping), on_done=self._previewed,
                       on_error=lambda e: self.errorChanged.emit(describe(e)))

    def _previewed(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.errors.set_rows(preview.errors)
        self.previewReady.emit()

    def preview_summary(self) -> str:
        p = self.preview
        if p is None:
            return ""
        return translated("CustomerImport", QT_TRANSLATE_NOOP(
            "CustomerImport", "{rows} rows: {good} good, {bad} with problems. {new} new customers, {old} "
                              "already on file, {vehicles} vehicles.")).format(
            rows=p.total_rows, good=len(p.rows), bad=len(p.bad_rows), new=p.new_customers,
            old=p.existing_customers, vehicles=p.new_vehicles)

    @Slot()
    def runImport(self) -> None:  # noqa: N802
        if self.sheet is None:
            return
        self.tasks.run("customers.import", self.service.import_sheet, self.actor, self.sheet, dict(self.mapping),
                       file_name=self.file_name, on_done=self._imported, on_error=self._import_failed)

    def _imported(self, result) -> None:
        self.imported.emit(translated("CustomerImport", QT_TRANSLATE_NOOP("CustomerImport", "Imported {customers} customers and {vehicles} vehicles.")).format(
            customers=result.customers_created, vehicles=result.vehicles_created))

    def _import_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportRejected):
            self.errors.set_rows(exc.errors)
        self.errorChanged.emit(describe(exc))


class ExportViewModel(QObject):
    """Export the customer file to .xlsx (personal data: permission-checked and logged by the service).

    Signals:
        exported(str): the path written.
        errorChanged(str): refused or failed.
    """

    exported = Signal(str)
    errorChanged = Signal(str)

    def __init__(self, service, actor, tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.actor = actor
        self.tasks = tasks

    def can_export(self) -> bool:
        return self.actor.can(Permission.EXPORT_PERSONAL_DATA)

    @Slot(str, str)
    def export(self, path: str, purpose: str = "") -> None:
        """Write the export to ``path``; ``purpose`` (why personal data leaves the system) is required
        and goes into the audit entry."""
        if not purpose.strip():
            self.errorChanged.emit(translated("ServiceError", QT_TRANSLATE_NOOP(
                "ServiceError", "Say what the export is for: it is recorded with the export.")))
            return
        purpose = purpose.strip()
        headers = [translated("CustomerField", f.label) for f in FIELDS]
        title = translated("CustomerImport", QT_TRANSLATE_NOOP("CustomerImport", "Customers"))
        language = "en" if QLocale().language() == QLocale.Language.English else "zh_CN"

        def work() -> str:
            data = self.service.export_workbook(self.actor, headers, sheet_title=title, purpose=purpose,
                                                language=language)
            with open(path, "wb") as fh:
                fh.write(data)
            return path

        self.tasks.run("customers.export", work, on_done=self.exported.emit,
                       on_error=lambda e: self.errorChanged.emit(describe(e)))
