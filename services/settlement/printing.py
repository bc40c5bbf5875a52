"""What the settlement documents say: the service gathers a statement (or a certificate) into the
data objects of ``reports.settlement``, every coded value in the reader's language.

``translate(context, text)`` is Qt's translation in the app and ``app.i18n.Translate`` in the CLI;
without one the English source texts are used.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from sqlalchemy import select

from app.db.models.customers import Vehicle
from app.db.models.job_cards import JobCard, QualityCheck
from app.db.models.settlement import Statement
from reports.settlement.certificate import CertificateDocument
from reports.settlement.statement import (
    FEES,
    StatementDocLine,
    StatementDocPayment,
    StatementDocShare,
    StatementDocument,
)
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.common.money import amount_in_words
from services.job_cards.service import OLD_PARTS, OTHER_KINDS, REPAIR_CLASSES
from services.settlement.data import KIND_NAMES, METHOD_NAMES, STATEMENT_STATUS_NAMES, ZERO, StatementInfo
from services.station.settings import JOB_TYPE_NAMES, PAYER_NAMES
from services.users.permissions import Actor, Permission

Translate = Callable[[str, str], str]

GUARANTEE = QT_TRANSLATE_NOOP("Statement", "{days} days or {km} km from completion, whichever comes first: until "
                                           "{until} or {until_km} km.")
GUARANTEE_NO_KM = QT_TRANSLATE_NOOP("Statement", "{days} days or {km} km from completion, whichever comes first: "
                                                 "until {until}.")
NEXT_SERVICE = QT_TRANSLATE_NOOP("Statement", "At {km} km or on {date}, whichever comes first.")
NEXT_SERVICE_DATE = QT_TRANSLATE_NOOP("Statement", "On {date}.")
CHANGE = QT_TRANSLATE_NOOP("Statement", "tendered {tendered}, change {change}")
VOIDED = QT_TRANSLATE_NOOP("Statement", "voided {at} by {user}: {reason}")
ALL_CASHIERS = QT_TRANSLATE_NOOP("Statement", "all cashiers")
QUALITY = {"genuine": QT_TRANSLATE_NOOP("PartQuality", "Genuine"),
           "equivalent": QT_TRANSLATE_NOOP("PartQuality", "Equivalent"),
           "reconditioned": QT_TRANSLATE_NOOP("PartQuality", "Reconditioned")}
# an other-charge's kind → the fee column of the statement's fee table
OTHER_FEE = {"diagnosis": "diagnosis", "inspection": "inspection", "outside_work": "outside_work"}


def _identity(context: str, text: str) -> str:
    return text


def guarantee_text(st: StatementInfo, tx: Translate) -> str:
    if not st.guarantee_days:
        return ""
    template = GUARANTEE if st.guarantee_until_km is not None else GUARANTEE_NO_KM
    return tx("Statement", template).format(days=st.guarantee_days, km=f"{st.guarantee_km:,}",
                                            until=st.guarantee_until, until_km=f"{st.guarantee_until_km or 0:,}")


def next_service_text(st: StatementInfo, tx: Translate) -> str:
    if st.next_service_km is None and st.next_service_date is None:
        return ""
    if st.next_service_km is None:
        return tx("Statement", NEXT_SERVICE_DATE).format(date=st.next_service_date)
    return tx("Statement", NEXT_SERVICE).format(km=f"{st.next_service_km:,}", date=st.next_service_date)


def fee_table(st: StatementInfo) -> tuple[tuple[str, Decimal], ...]:
    fees = dict.fromkeys(FEES, ZERO)
    for ln in st.lines:
        key = {"part": "materials", "labour": "labour"}.get(ln.kind) or OTHER_FEE.get(ln.code, "other")
        fees[key] += ln.amount
    return tuple(fees.items())


def build_statement(service, actor: Actor, number: str, translate: Translate | None = None) -> StatementDocument:
    actor.require(Permission.VIEW_JOB_CARDS)
    tx = translate or _identity
    st: StatementInfo = service.statement_by_number(actor, number)
    settings = service.station.settings()
    clock = service.clock

    def when(moment, fmt: str = "%Y-%m-%d %H:%M") -> str:
        return clock.local(moment).strftime(fmt) if moment else ""

    def payer(p: str) -> str:
        return tx("Payer", PAYER_NAMES.get(p, p))

    lines = tuple(StatementDocLine(
        ln.kind, tx("OtherCharge", OTHER_KINDS.get(ln.code, ln.code)) if ln.kind == "other" else ln.code,
        (ln.name or tx("OtherCharge", OTHER_KINDS.get(ln.code, ln.code))) if ln.kind == "other" else ln.name,
        ln.spec, tx("PartQuality", QUALITY[ln.quality]) if ln.quality in QUALITY else "", ln.unit, ln.qty, ln.price,
        ln.discount_amount, ln.amount, payer(ln.payer), ln.technicians) for ln in st.lines)
    shares = tuple(StatementDocShare(payer(p.payer), p.labour, p.parts, p.other, p.discount, p.amount, p.received,
                                     p.balance) for p in st.shares)
    payments = []
    for p in st.payments:
        note = p.reason
        if p.tendered is not None:
            note = tx("Statement", CHANGE).format(tendered=f"{p.tendered:,.2f}", change=f"{p.change or ZERO:,.2f}")
        payments.append(StatementDocPayment(when(p.at), tx("PaymentKind", KIND_NAMES[p.kind]),
                                            tx("PaymentMethod", METHOD_NAMES.get(p.method, p.method)), p.amount,
                                            p.reference, note))
    void_note = tx("Statement", VOIDED).format(at=when(st.voided_at), user=st.voided_by or "",
                                               reason=st.void_reason or "") if st.voided else ""
    return StatementDocument(
        station_name=settings.name, station_address=settings.address, station_phone=settings.phone,
        station_bank=settings.bank_name, station_account=settings.bank_account,
        station_credit_code=settings.credit_code or "", station_licence=settings.licence_number,
        number=st.number, issued_at=when(st.issued_at), cashier=st.cashier_name, advisor=st.advisor_name,
        customer_name=st.customer_name, customer_phone=st.customer_phone, driver_name=st.driver_name,
        driver_phone=st.driver_phone, plate=st.plate, vin=st.vin, vehicle=st.vehicle_desc,
        job_type=tx("JobType", JOB_TYPE_NAMES.get(st.job_type, st.job_type)),
        repair_class=tx("RepairClass", REPAIR_CLASSES[st.repair_class]) if st.repair_class in REPAIR_CLASSES else "",
        opened_at=when(st.opened_at, "%Y-%m-%d"), completed_at=when(st.completed_at, "%Y-%m-%d"),
        mileage_in=str(st.mileage_in) if st.mileage_in is not None else "",
        mileage_out=str(st.mileage_out) if st.mileage_out is not None else "", card_number=st.card_number,
        certificate_number=st.certificate_number or "", insurer=st.insurer, claim_number=st.claim_number,
        fees=fee_table(st), lines=lines, shares=shares, payments=tuple(payments), total=st.total, tax=st.tax,
        tax_rate=f"{(st.tax_rate * 100).normalize():f}%", discount=st.discount, hours=st.hours,
        total_in_words=amount_in_words(st.total), received=st.received, customer_balance=st.customer_balance,
        guarantee=guarantee_text(st, tx), next_service=next_service_text(st, tx),
        old_parts=tuple((tx("OldParts", text), key == st.old_parts) for key, text in OLD_PARTS.items()),
        voided=st.voided, void_note=void_note, replaces=st.replaces or "",
        invoice=f"{st.invoice_number} {st.invoice_date or ''}".strip() if st.invoice_number else "",
        printed_at=when(clock.now()))


def build_certificate(service, actor: Actor, number: str, translate: Translate | None = None) -> CertificateDocument:
    """The certificate by its number (HG…), or that of a job card or statement number."""
    actor.require(Permission.VIEW_JOB_CARDS)
    tx = translate or _identity
    key = (number or "").strip().upper()
    with service.db.read() as s:
        card = s.scalar(select(JobCard).where(JobCard.certificate_number == key)) or \
            s.scalar(select(JobCard).where(JobCard.number == key))
        if card is None:
            card_id = s.scalar(select(Statement.job_card_id).where(Statement.number == key))
            card = s.get(JobCard, card_id) if card_id else None
        if card is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No completion certificate, job card or statement "
                                                             "numbered {number}."), number=key)
        if not card.certificate_number:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Job card {number} has no completion certificate: "
                                                                    "its repair class does not need one, or it has "
                                                                    "not passed the final inspection."),
                                  number=card.number)
        vehicle = s.get(Vehicle, card.vehicle_id)
        inspector = s.scalar(select(QualityCheck.display_name).where(
            QualityCheck.job_card_id == card.id, QualityCheck.stage == "final", QualityCheck.passed.is_(True))
            .order_by(QualityCheck.at.desc()).limit(1)) or ""
        st_id = s.scalar(select(Statement.id).where(Statement.live_card_id == card.id)) or s.scalar(
            select(Statement.id).where(Statement.job_card_id == card.id).order_by(Statement.id.desc()).limit(1))
        card_number, cert, customer, plate, vin, desc = (card.number, card.certificate_number, card.customer_name,
                                                         card.plate, card.vin, card.vehicle_desc)
        opened, completed, km = card.opened_at, card.completed_at, card.mileage_out
        engine = vehicle.engine_number if vehicle is not None else ""
        repair_class = card.repair_class
    st = service.statement(actor, st_id) if st_id else None
    settings = service.station.settings()
    clock = service.clock

    def day(moment) -> str:
        return clock.local(moment).strftime("%Y-%m-%d") if moment else ""

    return CertificateDocument(
        station_name=settings.name, station_address=settings.address, station_phone=settings.phone,
        station_licence=settings.licence_number, number=cert, customer_name=customer, plate=plate, vehicle=desc,
        vin=vin, engine_number=engine or "",
        repair_class=tx("RepairClass", REPAIR_CLASSES[repair_class]) if repair_class in REPAIR_CLASSES else "",
        card_number=card_number, statement_number=st.number if st else "", opened_at=day(opened),
        completed_at=day(completed), mileage_out=str(km) if km is not None else "",
        guarantee=guarantee_text(st, tx) if st else "", inspector=inspector,
        printed_at=clock.local(clock.now()).strftime("%Y-%m-%d %H:%M"))


def build_day_close(service, actor: Actor, close, translate: Translate | None = None):
    from reports.settlement.day_close import DayCloseDocument

    tx = translate or _identity
    clock = service.clock

    def method(m: str) -> str:
        return tx("PaymentMethod", METHOD_NAMES.get(m, m))

    payments = tuple((clock.local(p.at).strftime("%H:%M"), p.statement_number or "", tx("PaymentKind",
                      KIND_NAMES[p.kind]), method(p.method), p.display_name or p.username, p.amount, p.reason)
                     for p in close.rows)
    statements = tuple((n, tx("StatementStatus", STATEMENT_STATUS_NAMES[s]) if s else "", total, taken)
                       for n, s, total, taken in close.statements)
    return DayCloseDocument(
        station_name=service.station.settings().name, day=close.day.isoformat(),
        cashier=close.cashier or tx("Statement", ALL_CASHIERS), by_method=tuple((method(m), a, n)
                                                                               for m, a, n in close.by_method),
        payments=payments, statements=statements, money_total=close.money_total, cash_in=close.cash_in,
        refunds=close.refunds, on_account=close.on_account,
        printed_at=clock.local(clock.now()).strftime("%Y-%m-%d %H:%M"))


def build_account(service, actor: Actor, acc, translate: Translate | None = None):
    """The account statement document of an ``AccountStatementInfo``."""
    from reports.settlement.account import AccountDocLine, AccountDocument

    tx = translate or _identity
    clock = service.clock
    settings = service.station.settings()

    def day(moment) -> str:
        return clock.local(moment).strftime("%Y-%m-%d") if moment else ""

    return AccountDocument(
        station_name=settings.name, station_address=settings.address, station_phone=settings.phone,
        station_bank=settings.bank_name, station_account=settings.bank_account, number=acc.number,
        company=acc.invoice_title or acc.customer_name, credit_code=acc.credit_code, month=f"{acc.month:%Y-%m}",
        issued_at=day(acc.issued_at),
        lines=tuple(AccountDocLine(day(ln.charged_at), ln.statement_number or "", ln.card_number or "",
                                   ln.plate or "", ln.amount, ln.settled, ln.open) for ln in acc.lines),
        payments=tuple((day(p.at), tx("PaymentMethod", METHOD_NAMES.get(p.method, p.method)), p.amount, p.reference)
                       for p in acc.payments),
        total=acc.total, total_in_words=amount_in_words(acc.total), settled=acc.settled, open=acc.open,
        printed_at=clock.local(clock.now()).strftime("%Y-%m-%d %H:%M"))


__all__ = ["build_account", "build_certificate", "build_day_close", "build_statement", "fee_table", "guarantee_text", "next_service_text"]
