"""Invoices: the product issues no tax invoice itself. It exports settled statements for the station's
invoicing tool (one row per line with its tax classification code and rate) and records the number
and date of the invoice the tool issued (``SettlementService.record_invoice``).

Tax classification codes (商品和服务税收分类编码, 19 digits) are a station setting per kind of line
(labour, part, other charge), kept in ``settlement_tax_codes``. The defaults below are a starting
point, NOT verified against the current code table: labour and other charges take the category of
修理修配劳务 (codes beginning 20 are 加工修理修配劳务), parts have no default code. The station's
accountant confirms them in the invoicing tool and sets them with ``servicebay tax-codes --set``.

Who is invoiced follows the payer of the line: the customer (or the fleet company) by its invoice
title and credit code, the insurer by name, the manufacturer for warranty work; internal work is
not invoiced and not exported.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from app.db.models.customers import Customer
from app.db.models.settlement import Statement, StatementLine, TaxCode
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from services.job_cards.service import OTHER_KINDS
from services.station.settings import PAYER_NAMES
from services.users.permissions import Actor, Permission

LINE_KINDS = ("labour", "part", "other")
DEFAULT_TAX_CODES: dict[str, tuple[str, str]] = {
    "labour": ("2020000000000000000", "修理修配劳务"),
    "part": ("", "汽车零部件"),
    "other": ("2020000000000000000", "修理修配劳务"),
}
MAX_DAYS = 400


@dataclass(frozen=True)
class TaxCodeInfo:
    kind: str
    code: str
    name: str


@dataclass(frozen=True)
class InvoiceLine:
    statement_number: str
    issued_on: date
    payer: str  # coded
    buyer: str
    buyer_credit_code: str
    position: int
    kind: str
    name: str
    spec: str
    unit: str
    qty: Decimal
    price: Decimal  # tax inclusive, before discount
    discount: Decimal
    amount: Decimal  # tax inclusive, after discount
    rate: Decimal
    net: Decimal
    tax: Decimal
    tax_code: str
    tax_code_name: str
    invoice_number: str
    invoice_date: date | None


class Invoices:
    """The invoice export and the tax classification codes (``SettlementService.invoices``)."""

    def __init__(self, settlement) -> None:
        self.settlement = settlement
        self.db = settlement.db
        self.audit = settlement.audit
        self.clock = settlement.clock

    def tax_codes(self) -> dict[str, TaxCodeInfo]:
        with self.db.read() as s:
            stored = {kind: (code, name) for kind, code, name in s.execute(select(TaxCode.kind, TaxCode.code,
                                                                                   TaxCode.name))}
        return {k: TaxCodeInfo(k, *stored[k]) if k in stored
                else TaxCodeInfo(k, *DEFAULT_TAX_CODES[k]) for k in LINE_KINDS}

    def set_tax_code(self, actor: Actor, kind: str, code: str, name: str = "") -> TaxCodeInfo:
        actor.require(Permission.EDIT_SETTINGS)
        if kind not in LINE_KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown kind of line {value}."), field="kind",
                                  value=kind)
        code = (code or "").strip()
        if not (code.isdigit() and len(code) == 19):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A tax classification code has 19 digits, not "
                                                                    "{value}."), field="code", value=code)
        name = (name or "").strip()[:64] or DEFAULT_TAX_CODES[kind][1]
        with self.db.write() as s:
            row = s.scalar(select(TaxCode).where(TaxCode.kind == kind).with_for_update())
            before = row.code if row else DEFAULT_TAX_CODES[kind][0]
            if row is None:
                row = TaxCode(kind=kind)
                s.add(row)
            row.code, row.name = code, name
            self.audit.record(s, actor, "settlement.tax_code", "tax_code", kind, f"{code} {name}",
                              details={"before": before})
        return TaxCodeInfo(kind, code, name)

    def lines(self, actor: Actor, day_from: date, day_to: date, *, uninvoiced_only: bool = False) -> list[InvoiceLine]:
        """Every invoiceable line of the statements issued (not void) from ``day_from`` to ``day_to``."""
        actor.require(Permission.SETTLE_JOB_CARDS)
        if day_to < day_from:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The period ends before it begins."),
                                  field="day_to")
        if (day_to - day_from).days > MAX_DAYS:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Export at most {days} days at a time."),
                                  field="day_to", days=MAX_DAYS)
        zone = self.clock.zone
        start = datetime(day_from.year, day_from.month, day_from.day, tzinfo=zone)
        end = datetime(day_to.year, day_to.month, day_to.day, tzinfo=zone) + timedelta(days=1)
        codes = self.tax_codes()
        q = (select(Statement.number, Statement.issued_at, Statement.customer_name, Statement.insurer,
                    Statement.tax_rate, Statement.invoice_number, Statement.invoice_date, Customer.invoice_title,
                    Customer.credit_code, StatementLine)
             .join(StatementLine, StatementLine.statement_id == Statement.id)
             .outerjoin(Customer, Customer.id == Statement.customer_id)
             .where(Statement.status == "issued", Statement.issued_at >= start, Statement.issued_at < end,
                    StatementLine.payer != "internal")
             .order_by(Statement.issued_at, Statement.id, StatementLine.position))
        if uninvoiced_only:
            q = q.where(Statement.invoice_number.is_(None))
        out = []
        with self.db.read() as s:
            for number, issued, name, insurer, rate, inv_no, inv_day, title, credit, ln in s.execute(q):
                if ln.payer == "insurer":
                    buyer, credit_code = insurer or "", ""
                elif ln.payer == "warranty":
                    buyer, credit_code = PAYER_NAMES["warranty"], ""
                else:
                    buyer, credit_code = title or name, credit or ""
                code = codes[ln.kind if ln.kind in codes else "other"]
                out.append(InvoiceLine(number, self.clock.local(issued).date(), ln.payer, buyer, credit_code,
                                       ln.position, ln.kind, ln.name or ln.code, ln.spec, ln.unit, ln.qty, ln.price,
                                       ln.discount_amount, ln.amount, rate, ln.net, ln.tax, code.code, code.name,
                                       inv_no or "", inv_day))
        return out

    def xlsx(self, actor: Actor, day_from: date, day_to: date, translate=None, lang: str = "zh_CN", *,
             uninvoiced_only: bool = False) -> bytes:
        from reports.settlement.invoices import render_invoice_export

        tx = translate or (lambda context, text: text)
        rows = self.lines(actor, day_from, day_to, uninvoiced_only=uninvoiced_only)
        payer = {k: tx("Payer", v) for k, v in PAYER_NAMES.items()}
        return render_invoice_export(
            [(r.statement_number, r.issued_on, payer.get(r.payer, r.payer),
              tx("Payer", r.buyer) if r.payer == "warranty" else r.buyer, r.buyer_credit_code, r.position,
              tx("OtherCharge", OTHER_KINDS[r.name]) if r.kind == "other" and r.name in OTHER_KINDS else r.name,
              r.spec, r.unit, r.qty, r.price, r.discount, r.amount, r.rate, r.net, r.tax, r.tax_code,
              r.tax_code_name, r.invoice_number, r.invoice_date) for r in rows], lang=lang)


__all__ = ["DEFAULT_TAX_CODES", "InvoiceLine", "Invoices", "TaxCodeInfo"]
