"""Parts picked in advance for an appointment (预约备件): reserved in stock when the appointment is
booked, released when it is cancelled or a no-show, carried to the job card when the car arrives.

Through the parts service's public reservation seam only (the one job card lines use), keyed by the
appointment's number as the job and ``P1``, ``P2`` ... as the lines, in the appointment's own write
transaction (``reserve_in`` / ``release_in`` with the caller's session): the appointment row, its
parts and their reservations commit together or not at all. At reception the reservation moves:
released under the appointment's number and reserved again under the job card's lines in the
card's one transaction, so the part's reserved count is the same before and after.

The reservation is the store's, whoever books: an appointment specialist who may not reserve stock
themselves reserves as the program (``Actor.system()``); the appointment's events name the person.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models.crm import Appointment, AppointmentPart
from services.common.amounts import read_quantity
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from services.crm.data import AppointmentPartInfo
from services.users.permissions import Actor, Permission

MAX_PARTS = 30


@dataclass(frozen=True)
class Pick:
    part_id: int
    qty: Decimal
    number: str
    name: str


def part_info(p: AppointmentPart) -> AppointmentPartInfo:
    return AppointmentPartInfo(p.line_ref, p.part_id, p.part_number, p.part_name, p.qty, p.status)


class PrePick:
    """``parts`` is the parts service (``PartsService``), or None where stock is not kept."""

    def __init__(self, parts) -> None:
        self.parts = parts

    def read(self, parts: Iterable[tuple[object, object]]) -> list[Pick]:
        """The parts an appointment names, checked against the parts master (before the transaction)."""
        items = list(parts or ())
        if not items:
            return []
        if self.parts is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Parts stock is not available here."),
                                  field="parts")
        if len(items) > MAX_PARTS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "An appointment picks at most {max} parts."),
                                  field="parts", max=MAX_PARTS)
        out = []
        system = Actor.system()
        for part_id, qty in items:
            q = read_quantity(qty, field="parts")  # above zero, to the thousandth
            # a part by its id, or by a number or barcode typed at the booking form
            p = self.parts.part(system, part_id) if isinstance(part_id, int) else \
                self.parts.find_by_code(system, str(part_id))
            if not p.active:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Part {number} is no longer used."),
                                      field="parts", number=p.number)
            out.append(Pick(p.id, q, p.number, p.name_zh or p.name_en))
        return out

    @staticmethod
    def _as(actor: Actor) -> Actor:
        return actor if actor.can(Permission.ISSUE_PARTS) or actor.can(Permission.EDIT_JOB_CARDS) else Actor.system()

    def reserve(self, s: Session, actor: Actor, a: Appointment, picks: Sequence[Pick]) -> tuple[AppointmentPartInfo, ...]:
        """Reserve ``picks`` for the appointment, in its booking transaction."""
        rows = []
        for n, p in enumerate(picks, start=1):
            row = AppointmentPart(appointment_id=a.id, line_ref=f"P{n}", part_id=p.part_id, part_number=p.number,
                                  part_name=p.name[:128], qty=p.qty, status="reserved")
            s.add(row)
            self.parts.reserve_in(s, self._as(actor), a.number, row.line_ref, p.part_id, p.qty)
            rows.append(row)
        s.flush()
        return tuple(part_info(r) for r in rows)

    def release(self, s: Session, actor: Actor, a: Appointment, *, status: str = "released") -> None:
        """Give back what the appointment still reserves (cancelled, no-show, or carried to its card)."""
        rows = list(s.scalars(select(AppointmentPart).where(AppointmentPart.appointment_id == a.id,
                                                            AppointmentPart.status == "reserved")
                              .order_by(AppointmentPart.id)))
        if rows and self.parts is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Parts stock is not available here."),
                                  field="parts")
        for row in rows:
            self.parts.release_in(s, self._as(actor), a.number, row.line_ref)
            row.status = status
        s.flush()

    @staticmethod
    def to_carry(s: Session, a: Appointment) -> tuple[tuple[int, Decimal], ...]:
        """(part id, quantity) of what the appointment still reserves: the job card's parts lines."""
        return tuple((pid, qty) for pid, qty in s.execute(
            select(AppointmentPart.part_id, AppointmentPart.qty)
            .where(AppointmentPart.appointment_id == a.id, AppointmentPart.status == "reserved")
            .order_by(AppointmentPart.id)))

    @staticmethod
    def parts_of(s: Session, appointment_ids: Sequence[int]) -> dict[int, tuple[AppointmentPartInfo, ...]]:
        out: dict[int, list[AppointmentPartInfo]] = {}
        for chunk in range(0, len(appointment_ids), 500):
            ids = appointment_ids[chunk:chunk + 500]
            for p in s.scalars(select(AppointmentPart).where(AppointmentPart.appointment_id.in_(ids))
                               .order_by(AppointmentPart.appointment_id, AppointmentPart.id)):
                out.setdefault(p.appointment_id, []).append(part_info(p))
        return {k: tuple(v) for k, v in out.items()}
