"""The customer file (客户档案): customers and companies, their vehicles, search, merge, timeline.

Every desk starts here. ``CustomerService`` is the area's one public face (``ctx.customers``);
each use case lives in its own module and the service hands the call on:

- ``model``       the plain data in and out (inputs, infos, search hits, timeline entries)
- ``validation``  the rules a form or an import row must meet
- ``records``     what the use cases share inside a transaction (fetch, infos, events, search keys)
- ``finding``     search, duplicates, reading a customer or vehicle
- ``editing``     creating and editing customers; consent and car club
- ``vehicles``    vehicles: plates, owners, odometer
- ``merging``     merging two customers or two vehicles
- ``timeline``    the customer's timeline, with the other areas' sources
- ``exporting`` / ``workbook`` / ``importing``  the customer file to and from Excel

Phones are masked for people without ``SEE_FULL_PHONE``; exports of personal data need
``EXPORT_PERSONAL_DATA`` and are audit-logged. The data types are importable from here too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime

from app.db.engine import Database
from services.common.clock import Clock
from services.customers.editing import CustomerEditor
from services.customers.erasure import CustomerEraser, ErasureRefused
from services.customers.exporting import CustomerExporter
from services.customers.finding import CustomerFinder
from services.customers.importing import CustomerImporter, ImportPreview, ImportResult, Progress
from services.customers.merging import CustomerMerger, referencing_columns
from services.customers.model import (
    BILLING_TERMS,
    CONSENT_CHANNELS,
    CONTACT_ROLES,
    ENERGIES,
    EVENT_TITLES,
    KINDS,
    SEARCH_LIMIT,
    ContactInfo,
    ContactInput,
    CustomerInfo,
    CustomerInput,
    Duplicate,
    DuplicateFound,
    MergeResult,
    Notice,
    OdometerInfo,
    OwnerInfo,
    PlateInfo,
    SearchHit,
    TimelineEntry,
    TimelineSource,
    VehicleInfo,
    VehicleInput,
    add_months,
)
from services.customers.records import CustomerRecords
from services.customers.timeline import CustomerTimeline
from services.customers.validation import validate_customer, validate_vehicle
from services.customers.vehicles import VehicleEditor
from services.customers.workbook import SheetData
from services.users.audit import AuditLog
from services.users.permissions import Actor

__all__ = [
    "BILLING_TERMS", "CONSENT_CHANNELS", "CONTACT_ROLES", "ENERGIES", "EVENT_TITLES", "KINDS", "SEARCH_LIMIT",
    "ContactInfo", "ContactInput", "ErasureRefused", "CustomerInfo", "CustomerInput", "CustomerService", "Duplicate", "DuplicateFound",
    "MergeResult", "Notice", "OdometerInfo", "OwnerInfo", "PlateInfo", "SearchHit", "TimelineEntry", "TimelineSource",
    "VehicleInfo", "VehicleInput", "add_months", "referencing_columns",
]


class CustomerService:
    """Customers, vehicles, their histories; search, duplicates, merge, timeline, import/export."""

    validate_customer = staticmethod(validate_customer)
    validate_vehicle = staticmethod(validate_vehicle)

    def __init__(self, db: Database, audit: AuditLog, clock: Clock,
                 timeline_sources: Iterable[TimelineSource] = ()) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.timeline_sources: list[TimelineSource] = list(timeline_sources)
        records = CustomerRecords(audit, clock)
        self._finder = CustomerFinder(db, records)
        self._editor = CustomerEditor(db, audit, clock, records)
        self._vehicles = VehicleEditor(db, audit, clock, records)
        self._merger = CustomerMerger(db, audit, records)
        self._eraser = CustomerEraser(db, audit, records)
        self._timeline = CustomerTimeline(db, records, self.timeline_sources)
        self._exporter = CustomerExporter(db, audit)
        self._importer = CustomerImporter(db, audit, clock)

    # ---- finding and reading (services.customers.finding) ------------------------------------
    def search(self, actor: Actor, query: str, limit: int = SEARCH_LIMIT) -> list[SearchHit]:
        """Customers and vehicles matching a typed query: name, pinyin, initials, mobile (whole or
        last digits), plate (with or without province), VIN (whole, or last 6/8), company name."""
        return self._finder.search(actor, query, limit)

    def find_duplicates(self, actor: Actor, *, mobile: str | None = None, vin: str | None = None,
                        plate: str | None = None, exclude_customer_id: int | None = None) -> list[Duplicate]:
        """Existing customers with the same mobile, or owning a vehicle with the same VIN or plate."""
        return self._finder.find_duplicates(actor, mobile=mobile, vin=vin, plate=plate,
                                            exclude_customer_id=exclude_customer_id)

    def customer(self, actor: Actor, customer_id: int) -> CustomerInfo:
        return self._finder.customer(actor, customer_id)

    def vehicle(self, actor: Actor, vehicle_id: int) -> VehicleInfo:
        return self._finder.vehicle(actor, vehicle_id)

    def vehicle_by_vin(self, actor: Actor, vin: str) -> VehicleInfo | None:
        return self._finder.vehicle_by_vin(actor, vin)

    def rebuild_search_keys(self, actor: Actor) -> int:
        """Recompute every search key (after a change in how keys are made). Returns the count."""
        return self._finder.rebuild_search_keys(actor)

    # ---- customers (services.customers.editing) ------------------------------------------------
    def create_customer(self, actor: Actor, data: CustomerInput, *, vehicles: Sequence[VehicleInput] = (),
                        allow_duplicate: bool = False) -> CustomerInfo:
        """A new customer (and vehicles). Same mobile, VIN or plate as an existing record raises
        ``DuplicateFound`` unless ``allow_duplicate``; a VIN already on file is always refused."""
        return self._editor.create_customer(actor, data, vehicles=vehicles, allow_duplicate=allow_duplicate)

    def update_customer(self, actor: Actor, customer_id: int, data: CustomerInput) -> CustomerInfo:
        return self._editor.update_customer(actor, customer_id, data)

    def set_marketing_consent(self, actor: Actor, customer_id: int, given: bool, channel: str,
                              on: date | None = None) -> CustomerInfo:
        """Record consent to marketing contact, or its withdrawal, with date and channel (个人信息保护法)."""
        return self._editor.set_marketing_consent(actor, customer_id, given, channel, on)

    def set_club_membership(self, actor: Actor, customer_id: int, number: str, level: str = "",
                            joined_on: date | None = None) -> CustomerInfo:
        """Car-club (车友俱乐部) membership: number, level and joining date; an empty number ends it."""
        return self._editor.set_club_membership(actor, customer_id, number, level, joined_on)

    def consent_history(self, actor: Actor, customer_id: int) -> list[tuple[date, bool, str, str | None]]:
        return self._editor.consent_history(actor, customer_id)

    # ---- vehicles (services.customers.vehicles) ------------------------------------------------
    def add_vehicle(self, actor: Actor, customer_id: int, data: VehicleInput, *,
                    allow_duplicate: bool = False) -> VehicleInfo:
        """A vehicle for a customer. The VIN check character is enforced unless overridden with a
        reason; a VIN already on file is refused (change its owner instead); a plate already on
        another car raises ``DuplicateFound`` unless ``allow_duplicate``."""
        return self._vehicles.add_vehicle(actor, customer_id, data, allow_duplicate=allow_duplicate)

    def update_vehicle(self, actor: Actor, vehicle_id: int, data: VehicleInput) -> VehicleInfo:
        """Edit a vehicle. A new plate closes the old one in the plate history; the VIN stays. The
        result's ``warnings`` point out an unusual plate."""
        return self._vehicles.update_vehicle(actor, vehicle_id, data)

    def change_owner(self, actor: Actor, vehicle_id: int, new_owner_id: int, *, on: date | None = None,
                     reason: str = "") -> VehicleInfo:
        """The vehicle passes to another customer; its plates, readings and history go with it."""
        return self._vehicles.change_owner(actor, vehicle_id, new_owner_id, on=on, reason=reason)

    def record_odometer(self, actor: Actor, vehicle_id: int, km: int, *, at: datetime | None = None,
                        reason: str = "", source: str = "manual") -> OdometerInfo:
        """A mileage reading. One lower than the last is refused without a reason, kept and flagged with one."""
        return self._vehicles.record_odometer(actor, vehicle_id, km, at=at, reason=reason, source=source)

    # ---- merge (services.customers.merging) ----------------------------------------------------
    def merge_customers(self, actor: Actor, keep_id: int, drop_id: int) -> MergeResult:
        """Merge customer ``drop_id`` into ``keep_id``: every reference moves to the kept one; the
        dropped record stays, marked as merged. Audit-logged."""
        return self._merger.merge_customers(actor, keep_id, drop_id)

    def merge_vehicles(self, actor: Actor, keep_id: int, drop_id: int) -> MergeResult:
        """Merge two records of one car (a VIN typed wrong once): every reference moves to ``keep_id``."""
        return self._merger.merge_vehicles(actor, keep_id, drop_id)

    # ---- erasure on request (services.customers.erasure) -----------------------------------------
    def erase_customer(self, actor: Actor, customer_id: int, reason: str) -> CustomerInfo:
        """Erase a customer's personal data on their request (个人信息保护法): name, phones, address,
        codes, contacts and the copies on other records become placeholders; vehicles and the settled
        job history stay, tied to a record that names nobody. Needs ``ERASE_PERSONAL_DATA`` and a
        reason; refused (``ErasureRefused``) while a job card is open, a statement unpaid or an
        amount owed on account. Audit-logged."""
        return self._eraser.erase(actor, customer_id, reason)

    # ---- timeline (services.customers.timeline) ------------------------------------------------
    def timeline(self, actor: Actor, customer_id: int) -> list[TimelineEntry]:
        """Everything the station did with a customer, newest first: the customer file's own events
        and every timeline source's entries (job cards, statements, appointments, calls, claims)."""
        return self._timeline.timeline(actor, customer_id)

    # ---- export and import (services.customers.exporting / importing) ---------------------------
    def export_rows(self, actor: Actor, *, purpose: str = "", via: str = "app",
                    language: str = "zh_CN") -> Iterator[list]:
        """Rows of the customer file in the import's columns; the export is logged first."""
        return self._exporter.export_rows(actor, purpose=purpose, via=via, language=language)

    def export_workbook(self, actor: Actor, headers: Sequence[str], *, sheet_title: str = "Customers",
                        purpose: str = "", via: str = "app", language: str = "zh_CN") -> bytes:
        """The export as .xlsx bytes; ``headers`` are the column titles in the user's language."""
        return self._exporter.export_workbook(actor, headers, sheet_title=sheet_title, purpose=purpose, via=via,
                                              language=language)

    def preview_import(self, actor: Actor, sheet: SheetData, mapping: dict[str, int], *,
                       progress: Progress | None = None) -> ImportPreview:
        return self._importer.preview(actor, sheet, mapping, progress=progress)

    def import_sheet(self, actor: Actor, sheet: SheetData, mapping: dict[str, int], *, file_name: str = "",
                     via: str = "app", progress: Progress | None = None) -> ImportResult:
        """All or nothing; the rows are checked before the one short write transaction."""
        return self._importer.run(actor, sheet, mapping, file_name=file_name, via=via, progress=progress)
