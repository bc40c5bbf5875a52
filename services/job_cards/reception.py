"""Reception (接车): the warnings the advisor must pass on, the intake of a car into a new job card
or estimate, its corrections, a rework (返修) of an earlier card, and the estimate the customer
accepts becoming a job card.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models.job_cards import JobCard, JobStatusChange
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.common.identifiers import check_plate
from services.common.money import to_decimal
from services.job_cards.cards import CardWork
from services.job_cards.codes import (
    DAMAGE_KINDS,
    FUEL_LEVELS,
    MAX_QTY,
    OLD_PARTS,
    REPAIR_CLASSES,
    WARNING_LIGHTS,
)
from services.job_cards.data import DamageMark, Intake, JobCardInfo, ReceptionWarning
from services.job_cards.inputs import ZERO, clean, read_amount, read_positive
from services.job_cards.links import vehicle_snapshot
from services.job_cards.states import CLOSED, EDITABLE
from services.station.numbering import next_number
from services.station.settings import JOB_TYPES
from services.users import privacy
from services.users.permissions import Actor, Permission


class Reception(CardWork):
    """Cars received at the front desk. ``lines`` (the line editor) adds the parts lines a card opens
    with (an appointment's parts picked in advance)."""

    def __init__(self, cards, links, *, lines=None) -> None:
        super().__init__(cards, links)
        self.lines = lines

    def reception_warnings(self, actor: Actor, vehicle_id: int, mileage: int | None = None, *,
                           exclude_card_id: int | None = None) -> list[ReceptionWarning]:
        """What reception must tell the customer: an open card, a repair guarantee still running
        (km or days, whichever ends first, from the earlier job's completion), a lower mileage."""
        actor.require(Permission.VIEW_JOB_CARDS)
        periods = self.station.guarantee_periods()
        today = self.clock.today()
        out: list[ReceptionWarning] = []
        with self.db.read() as s:
            rows = s.execute(
                select(JobCard.id, JobCard.number, JobCard.status, JobCard.completed_at, JobCard.repair_class,
                       JobCard.mileage_in, JobCard.mileage_out)
                .where(JobCard.vehicle_id == vehicle_id).order_by(JobCard.opened_at.desc()).limit(200)).all()
            snap = vehicle_snapshot(s, vehicle_id)
            last_km = snap.last_odometer
        out.extend(self._plate_warnings(snap.plate))
        for cid, number, status, completed_at, repair_class, km_in, km_out in rows:
            if cid == exclude_card_id:
                continue
            if status not in CLOSED and status != "estimate":
                out.append(ReceptionWarning(
                    "open_card", QT_TRANSLATE_NOOP("ServiceError", "This car already has an open job card, {number} "
                                                                   "({status})."),
                    {"number": number, "status": status}, number))
            if completed_at is None or status == "cancelled" or repair_class not in periods:
                continue
            km_limit, days = periods[repair_class]
            done = self.clock.local(completed_at).date()
            until = done + timedelta(days=days)
            start_km = km_out if km_out is not None else km_in
            until_km = start_km + km_limit if start_km is not None else None
            within_days = today <= until
            within_km = until_km is None or mileage is None or mileage <= until_km
            if within_days and within_km:
                out.append(ReceptionWarning(
                    "guarantee",
                    QT_TRANSLATE_NOOP("ServiceError", "Inside the repair guarantee of job card {number} (completed "
                                                      "{done}): until {until} or {until_km} km, whichever comes "
                                                      "first. A failure caused by that repair is re-repaired free."),
                    {"number": number, "done": str(done), "until": str(until),
                     "until_km": until_km if until_km is not None else "?"}, number))
        if mileage is not None and last_km is not None and mileage < last_km:
            out.append(ReceptionWarning(
                "mileage", QT_TRANSLATE_NOOP("ServiceError", "{km} km is lower than the last reading, {last} km."),
                {"km": mileage, "last": last_km}))
        return out

    @staticmethod
    def _plate_warnings(plate: str) -> list[ReceptionWarning]:
        """An unusual but real plate (使, 领, 临时...) on file: a warning to check it against the licence,
        never a refusal. A plate the customer file holds but the rules refuse is the file's to mend."""
        if not plate:
            return []
        try:
            checked = check_plate(plate)
        except ValidationError:
            return []
        warning = getattr(checked, "warning", None)
        if not warning:
            return []
        return [ReceptionWarning("plate", warning, {"plate": checked.plate})]

    def _validate_intake(self, d: Intake) -> Intake:
        if d.job_type not in JOB_TYPES:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown job type {value}."), field="job_type",
                                  value=d.job_type)
        if d.mileage_in is not None and not 0 <= int(d.mileage_in) < 3_000_000:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{km} km is not an odometer reading."),
                                  field="mileage_in", km=d.mileage_in)
        if d.fuel_level is not None and d.fuel_level not in FUEL_LEVELS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown fuel level {value}."), field="fuel_level",
                                  value=d.fuel_level)
        if d.battery_pct is not None and not 0 <= int(d.battery_pct) <= 100:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Battery charge lies between 0% and 100%."),
                                  field="battery_pct")
        if d.old_parts not in OLD_PARTS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose what happens to the old parts."),
                                  field="old_parts")
        if d.repair_class is not None and d.repair_class not in REPAIR_CLASSES:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown repair class {value}."),
                                  field="repair_class", value=d.repair_class)
        for light in d.warning_lights:
            if light not in WARNING_LIGHTS:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown warning light {value}."),
                                      field="warning_lights", value=light)
        marks = []
        for m in d.damage_marks:
            x, y = to_decimal(str(m.x)), to_decimal(str(m.y))
            if not (0 <= x <= 1 and 0 <= y <= 1) or m.kind not in DAMAGE_KINDS:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A damage mark lies on the car outline."),
                                      field="damage_marks")
            marks.append(DamageMark(x.quantize(Decimal("0.001")), y.quantize(Decimal("0.001")), m.kind,
                                    clean(m.note)))
        if d.job_type == "accident" and not clean(d.insurer) and d.claim_number:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Name the insurer of the claim."), field="insurer")
        if d.promised_at is not None and d.promised_at.tzinfo is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The promised time has no time zone."),
                                  field="promised_at")
        return replace(
            d, driver_name=clean(d.driver_name), driver_phone=clean(d.driver_phone),
            appointment_number=clean(d.appointment_number), damage_marks=tuple(marks),
            assessed_amount=read_amount(d.assessed_amount, "assessed_amount") if d.assessed_amount is not None else None,
            estimate_amount=read_amount(d.estimate_amount, "estimate_amount") if d.estimate_amount is not None else None,
            customer_words=clean(d.customer_words), diagnosis=clean(d.diagnosis), insurer=clean(d.insurer),
            claim_number=clean(d.claim_number), valuables=clean(d.valuables), accessories=clean(d.accessories),
            damage_note=clean(d.damage_note))

    def _check_mileage(self, s: Session, d: Intake, exclude_card_id: int | None = None) -> None:
        if d.mileage_in is None:
            return
        snap = vehicle_snapshot(s, d.vehicle_id)
        q = select(JobCard.mileage_in).where(JobCard.vehicle_id == d.vehicle_id, JobCard.mileage_in.is_not(None),
                                             JobCard.status != "cancelled")
        if exclude_card_id is not None:
            q = q.where(JobCard.id != exclude_card_id)
        earlier = s.scalar(q.order_by(JobCard.mileage_in.desc()).limit(1))
        last = max((k for k in (snap.last_odometer, earlier) if k is not None), default=None)
        if last is not None and d.mileage_in < last and not clean(d.mileage_reason):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceError", "{km} km is lower than the last reading, {last} km. Check the "
                                                  "odometer; if it is right (a replaced cluster), give the reason."),
                field="mileage_in", km=d.mileage_in, last=last)

    def _require_for_opening(self, mileage_in: int | None, customer_words: str, promised_at: datetime | None,
                             *, only: set[str] | None = None) -> None:
        """A job card opens only with the mileage in, the customer's own words and a promised time that
        is still ahead (an estimate may leave them for later; it needs them when it becomes a card).
        ``only`` names the fields to require (a saved intake keeps what the card had)."""
        need = only if only is not None else {"mileage_in", "customer_words", "promised_at"}
        if "mileage_in" in need and mileage_in is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the mileage in: the odometer reading in "
                                                                    "km."), field="mileage_in")
        if "customer_words" in need and not clean(customer_words):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Write down the customer's own words: what they "
                                                                    "report about the car."), field="customer_words")
        if "promised_at" in need:
            if promised_at is None:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the promised time: when the car will "
                                                                        "be ready."), field="promised_at")
            self._require_ahead(promised_at)

    def _require_ahead(self, promised_at: datetime) -> None:
        if promised_at <= self.clock.now():
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The promised time {time} has already passed: "
                                                                    "promise a later time."),
                                  field="promised_at", time=f"{self.clock.local(promised_at):%Y-%m-%d %H:%M}")

    def _apply_intake(self, card: JobCard, d: Intake) -> None:
        for name in ("job_type", "driver_name", "driver_phone", "mileage_in", "fuel_level", "battery_pct",
                     "damage_note", "valuables", "accessories", "customer_words", "diagnosis", "customer_waits", "wash",
                     "old_parts", "insurer", "claim_number", "assessed_amount", "estimate_amount", "promised_at",
                     "repair_class"):
            setattr(card, name, getattr(d, name))
        card.appointment_number = d.appointment_number or None
        card.damage_marks = [{"x": str(m.x), "y": str(m.y), "kind": m.kind, "note": m.note} for m in d.damage_marks]
        card.warning_lights = list(d.warning_lights)

    def open_card(self, actor: Actor, intake: Intake, *, estimate: bool = False, rework_of: int | None = None,
                  advisor: Actor | None = None, request_key: str | None = None,
                  parts: Sequence[tuple[int, Decimal]] = (),
                  within: Callable[[Session, int, str], None] | None = None) -> JobCardInfo:
        """Receive a car: a new job card (or an estimate) for a vehicle of the customer file.

        ``request_key`` is the desk's retry key (made when the form was filled): a retry after a
        crash finds the card the first try committed instead of making a second one."""
        actor.require(Permission.EDIT_JOB_CARDS)
        d = self._validate_intake(intake)
        advisor = advisor or actor
        now = self.clock.now()
        today = self.clock.today()
        earlier = self.opened_before(request_key)
        if earlier is not None:
            return self.cards.card(actor, earlier)
        if not estimate:
            self._require_for_opening(d.mileage_in, d.customer_words, d.promised_at)
        with self.db.write() as s:
            snap = vehicle_snapshot(s, d.vehicle_id, for_card=True)  # the owner's row locked first
            self._check_mileage(s, d)
            number = next_number(s, "estimate" if estimate else "job_card", today)
            card = JobCard(
                number=number, estimate_number=number if estimate else None, status="estimate" if estimate else "open",
                open_rank=1, opened_at=now, advisor_id=advisor.user_id, advisor_name=advisor.display_name,
                customer_id=snap.customer_id, vehicle_id=snap.vehicle_id, customer_name=snap.customer_name,
                customer_phone=snap.customer_phone, plate=snap.plate, plate_rev=snap.plate[::-1], vin=snap.vin, vin_rev=snap.vin[::-1],
                vehicle_desc=" ".join(x for x in (snap.brand, snap.model, str(snap.model_year or "")) if x),
                rework_of_id=rework_of, updated_by=actor.username, line_seq=0, payers="", total_amount=ZERO,
                request_key=request_key or None)
            self._apply_intake(card, d)
            s.add(card)
            s.flush()
            s.add(JobStatusChange(job_card_id=card.id, from_status=None, to_status=card.status, at=now,
                                  user_id=actor.user_id, username=actor.username, reason=""))
            self.audit.record(s, actor, "job_card.open", "job_card", card.number, f"{card.plate} {card.vin}")
            if within is not None:
                within(s, card.id, card.number)
            if parts:
                for part_id, qty in parts:
                    self.lines.new_part_line(s, actor, card, part_id, read_positive(qty, "qty", MAX_QTY))
                self.lines.after_lines(s, card, actor)
            card_id = card.id
            vehicle_id = card.vehicle_id
        if d.mileage_in is not None and not estimate:
            self.links.record_odometer(actor, vehicle_id, d.mileage_in, now, d.mileage_reason)
        return self.cards.card(actor, card_id)

    def update_intake(self, actor: Actor, card_id: int, version: int, intake: Intake) -> JobCardInfo:
        actor.require(Permission.EDIT_JOB_CARDS)
        d = self._validate_intake(intake)

        def work(s: Session, card: JobCard) -> None:
            if card.status not in EDITABLE:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {number} is {status}: it can no "
                                                                        "longer change."),
                                      number=card.number, status=card.status)
            if d.vehicle_id != card.vehicle_id:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A job card stays with its car; open a new "
                                                                        "card for another one."), field="vehicle_id")
            self._check_mileage(s, d, exclude_card_id=card.id)
            if d.promised_at is not None and d.promised_at != card.promised_at:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The promised time changes with its own "
                                                                        "button, with the reason."),
                                      field="promised_at")
            d2 = replace(d, promised_at=card.promised_at)
            if card.status != "estimate":  # what the card opened with may be corrected, not removed
                had = {name for name, value in (("mileage_in", card.mileage_in), ("customer_words",
                                                                                  clean(card.customer_words)))
                       if value}
                self._require_for_opening(d2.mileage_in, d2.customer_words, d2.promised_at, only=had)
            # the card showed a masked driver's phone to this person: left as it was, it stays as stored
            self._apply_intake(card, replace(d2, driver_phone=card.driver_phone) if privacy.is_masked(d.driver_phone)
                               else d2)
            self.cards.touch(card, actor)

        self.cards.write(card_id, version, work)
        return self.cards.card(actor, card_id)

    def open_rework(self, actor: Actor, original_id: int, intake: Intake) -> JobCardInfo:
        """A rework (返修): a new card linked to the original, flagged, lines charged internally by default."""
        with self.db.read() as s:
            original = s.get(JobCard, original_id)
            if original is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such job card."))
            if original.status in ("estimate", "cancelled"):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Only work that was done can be reworked."))
            vehicle_id = original.vehicle_id
        intake = replace(intake, vehicle_id=vehicle_id, job_type="rework")
        info = self.open_card(actor, intake, rework_of=original_id)
        with self.db.write() as s:
            self.audit.record(s, actor, "job_card.rework", "job_card", info.number, None,
                              details={"rework_of": info.rework_of})
        return info

    def convert_estimate(self, actor: Actor, card_id: int, version: int) -> JobCardInfo:
        """The customer agreed: the estimate becomes a job card with its own number; parts are reserved."""
        actor.require(Permission.EDIT_JOB_CARDS)

        def work(s: Session, card: JobCard) -> None:
            if card.status != "estimate":
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {number} is not an estimate."),
                                      number=card.number)
            self._require_for_opening(card.mileage_in, card.customer_words, card.promised_at)
            card.number = next_number(s, "job_card", self.clock.today())
            self.cards.set_status(s, card, actor, "open")
            card.opened_at = self.clock.now()
            self.reserve_parts(s, actor, card)  # the lines' reservations commit with the conversion

        self.cards.write(card_id, version, work)
        return self.cards.card(actor, card_id)

    def change_promised_time(self, actor: Actor, card_id: int, version: int, promised_at: datetime,
                             reason: str) -> JobCardInfo:
        """The advisor promises another time (约定交车时间), with why; the audit log keeps the old and the
        new time, who and why. The new time is still ahead."""
        actor.require(Permission.EDIT_JOB_CARDS)
        reason = clean(reason)
        if promised_at is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the promised time: when the car will be "
                                                                    "ready."), field="promised_at")
        if promised_at.tzinfo is None:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The promised time has no time zone."),
                                  field="promised_at")
        self._require_ahead(promised_at)
        if not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Say why the promised time changes."),
                                  field="reason")

        def work(s: Session, card: JobCard) -> None:
            if card.status not in EDITABLE:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {number} is {status}: it can no "
                                                                        "longer change."),
                                      number=card.number, status=card.status)
            old = card.promised_at
            if old == promised_at:
                return
            card.promised_at = promised_at
            self.cards.touch(card, actor)

            def shown(t: datetime | None) -> str:
                return f"{self.clock.local(t):%Y-%m-%d %H:%M}" if t is not None else ""

            self.audit.record(s, actor, "job_card.promised_time", "job_card", card.number,
                              f"{shown(old)} → {shown(promised_at)}: {reason}",
                              details={"old": old.isoformat() if old else None, "new": promised_at.isoformat(),
                                       "reason": reason})

        self.cards.write(card_id, version, work)
        return self.cards.card(actor, card_id)
