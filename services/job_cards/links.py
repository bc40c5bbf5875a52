"""The job cards' one seam to the customer file and to parts stock.

Every call the job card service makes into ``services.customers.service`` / ``services.parts.stock`` (or
their tables) goes through here, so a change on their side is mended in one place.

- The customer file: a car found by plate or VIN (its ``search``), the snapshot a card keeps
  (owner, plate, VIN, model: read in the card's own transaction, so it matches the foreign
  keys), and the odometer reading recorded at reception (``record_odometer``).
- Parts stock, keyed by the job card number and the line's reference, in the card's own write
  transaction (``session`` first): ``reserve_in``, ``release_in``, ``issue_in``, ``return_in``,
  ``undo_issue_in``, ``resolve_code``; a line and its reservation, an issue and the line's issued
  quantity commit together or not at all. ``issued(job_ref)`` reads what a job has drawn.

Added here because the other areas do not offer it (yet): ``vehicle_snapshot`` and
``vehicle_extras`` read the customer file's tables directly; ``part_for_line`` and ``part_bins``
read a part's selling data and bin in the card's transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models.customers import Customer, Vehicle
from app.db.models.parts import Bin, Part
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError
from services.parts.stock import QUALITY_NAMES  # noqa: F401 (the names of genuine/equivalent/reconditioned)


@dataclass(frozen=True)
class VehicleSnapshot:
    vehicle_id: int
    customer_id: int
    customer_name: str
    customer_phone: str
    billing_terms: str
    plate: str
    vin: str
    brand: str
    model: str
    model_year: int | None
    colour: str
    engine_number: str
    energy: str
    purchase_date: Any
    insurer: str
    insurance_expiry: Any
    inspection_due: Any
    last_odometer: int | None


def vehicle_snapshot(s: Session, vehicle_id: int, *, for_card: bool = False) -> VehicleSnapshot:
    """The car and its owner as a card copies them. ``for_card`` (opening a card, in its write
    transaction): the owner's row is locked and read afresh, and an owner whose personal data was
    erased is refused, so a card never opens on a person being erased on another PC (the erasure
    takes the same lock: whichever is second waits, then refuses)."""
    v = s.get(Vehicle, vehicle_id)
    if v is None:
        raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such vehicle."))
    if v.merged_into_id is not None:
        v = s.get(Vehicle, v.merged_into_id) or v
    if for_card:
        c = s.get(Customer, _lock_owner(s, v.owner_id))
        if c is not None:
            s.refresh(c)  # as it stands now that it is locked, not as this session first read it
    else:
        c = s.get(Customer, v.owner_id)
        if c is not None and c.merged_into_id is not None:
            c = s.get(Customer, c.merged_into_id) or c
    return VehicleSnapshot(
        v.id, c.id if c else v.owner_id, c.name if c else "", (c.mobile or c.other_phone or "") if c else "",
        c.billing_terms if c else "cash", v.plate or "", v.vin, v.brand, v.model, v.model_year, v.colour,
        v.engine_number, v.energy, v.purchase_date, v.insurer, v.insurance_expiry, v.inspection_due,
        v.last_odometer)


def _lock_owner(s: Session, customer_id: int, depth: int = 0) -> int:
    """Lock the owner's row (FOR UPDATE on PostgreSQL; SQLite's write transaction holds the file) and
    refuse one whose personal data was erased; a merged record leads to the one it was merged into."""
    row = s.execute(select(Customer.merged_into_id, Customer.erased_at).where(Customer.id == customer_id)
                    .with_for_update()).first()
    if row is None:
        return customer_id
    merged_into, erased_at = row
    if merged_into is not None and depth < 5:
        return _lock_owner(s, merged_into, depth + 1)
    if erased_at is not None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "ServiceError", "The personal data of this car's owner (customer #{id}) was erased on their "
                            "request: no job card opens on that record. Record who owns the car now in the "
                            "customer file (change the owner), then open the card."),
            field="vehicle_id", id=customer_id)
    return customer_id


@dataclass(frozen=True)
class PartForLine:
    id: int
    number: str
    name: str
    spec: str
    unit: str
    quality: str
    retail_price: Decimal
    trade_price: Decimal
    warranty_price: Decimal
    cost: Decimal

    def price_for(self, payer: str) -> Decimal:
        if payer == "warranty" and self.warranty_price > 0:
            return self.warranty_price
        if payer == "fleet" and self.trade_price > 0:
            return self.trade_price
        if payer == "internal" and self.cost > 0:
            return self.cost
        return self.retail_price


def part_for_line(s: Session, part_id: int) -> PartForLine:
    p = s.get(Part, part_id)
    if p is None:
        raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such part."))
    return PartForLine(p.id, p.number, p.name_zh, p.spec, p.unit, p.quality, p.retail_price, p.trade_price,
                       p.warranty_price, p.cost)


def part_bins(s: Session, part_ids: list[int]) -> dict[int, str]:
    """Each part's put-away bin, for the picking copy."""
    if not part_ids:
        return {}
    return dict(s.execute(select(Part.id, Bin.code).join(Bin, Bin.id == Part.default_bin_id)
                          .where(Part.id.in_(part_ids))).all())


def vehicle_extras(s: Session, vehicle_id: int) -> dict[str, object]:
    """What the printed card says of the car beyond the card itself: colour, engine number, purchase
    date, insurance and inspection due dates (DOMAIN.md's list)."""
    v = s.get(Vehicle, vehicle_id)
    if v is None:
        return {"colour": "", "engine_number": "", "purchase_date": None, "insurance_due": None,
                "inspection_due": None}
    return {"colour": v.colour, "engine_number": v.engine_number, "purchase_date": v.purchase_date,
            "insurance_due": v.insurance_expiry, "inspection_due": v.inspection_due}


class Links:
    """The customers and parts services as the job cards use them; either may be absent."""

    def __init__(self, customers=None, parts=None) -> None:
        self.customers = customers
        self.parts = parts

    # ---- customer file -------------------------------------------------------------------
    def find_vehicles(self, actor, text: str, limit: int = 20) -> list:
        """Search hits (customer and vehicle) for a plate, VIN, name or phone typed or scanned."""
        if self.customers is None:
            return []
        return [h for h in self.customers.search(actor, text, limit) if h.vehicle_id is not None]

    def record_odometer(self, actor, vehicle_id: int, km: int, at, reason: str = "") -> None:
        """Put the reception's mileage into the vehicle's odometer history (best effort: a user
        who may not edit the customer file still opens the card)."""
        if self.customers is None:
            return
        try:
            self.customers.record_odometer(actor, vehicle_id, km, at=at, reason=reason, source="job_card")
        except PermissionDenied:
            return

    # ---- parts stock, in the card's transaction ------------------------------------------
    def reserve_in(self, s: Session, actor, job_ref: str, line_ref: str, part_id: int, qty: Decimal) -> None:
        if self.parts is not None:
            self.parts.reserve_in(s, actor, job_ref, line_ref, part_id, qty)

    def release_in(self, s: Session, actor, job_ref: str, line_ref: str) -> None:
        if self.parts is not None:
            self.parts.release_in(s, actor, job_ref, line_ref)

    def resolve_code(self, s: Session, code: str) -> int:
        """The part a scanned code names (a barcode or a part number; a superseded number leads on)."""
        if self.parts is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such part."))
        return self.parts.resolve_code(s, code)

    def issue_in(self, s: Session, actor, job_ref: str, line_ref: str, part_id: int, qty: Decimal, *,
                 scan_key: str | None, channel: str):
        return self._stock().issue_in(s, actor, job_ref, line_ref, part_id, qty, scan_key=scan_key, channel=channel)

    def return_in(self, s: Session, actor, job_ref: str, line_ref: str, part_id: int, qty: Decimal, *,
                  scan_key: str | None, reason: str):
        return self._stock().return_in(s, actor, job_ref, line_ref, part_id, qty, scan_key=scan_key, reason=reason)

    def undo_issue_in(self, s: Session, actor, scan_key: str, undo_key: str | None):
        return self._stock().undo_issue_in(s, actor, scan_key, undo_key=undo_key)

    def scanned_move(self, s: Session, scan_key: str):
        """(job card number, line reference, part id) of the move a scan made, or None."""
        return self._stock().issued_move(s, scan_key) if scan_key else None

    def replayed_move(self, s: Session, scan_key: str | None):
        """The move an earlier commit of ``scan_key`` made (a replay after a crash), or None."""
        return self._stock().ledger.find_scan(s, scan_key) if scan_key else None

    def _stock(self):
        if self.parts is None:
            raise PermissionDenied(QT_TRANSLATE_NOOP("ServiceError", "Parts stock is not available here."))
        return self.parts

    def issued(self, job_ref: str) -> list:
        if self.parts is None:
            return []
        return self.parts.issued_for_job(job_ref)
