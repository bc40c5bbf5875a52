"""Settlement commands, without a screen.

    servicebay print statement NUMBER -o FILE.pdf --purpose TEXT [--paper a4|a5|continuous]
    servicebay print certificate NUMBER -o FILE.pdf --purpose TEXT [--paper a4|a5|continuous]
    servicebay print day-close --day YYYY-MM-DD [--cashier USER] -o FILE.pdf
    servicebay print account-statement --company NAME --month YYYY-MM -o FILE.pdf|FILE.xlsx
    servicebay export invoices --from YYYY-MM-DD --to YYYY-MM-DD [--uninvoiced] -o FILE.xlsx
    servicebay tax-codes [--set KIND CODE [NAME]]

NUMBER is the statement's number (JS…) or its job card's (WT…); for a certificate also the
certificate's own number (HG…). The statement and the certificate name the customer: ``--purpose``
says what they are printed for (``app/commands/purpose.py``). A company's account statement names
the company and its cars, no person: it needs none.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.commands.purpose import REFUSED, add_purpose_argument, given_purpose
from app.signin import add_sign_in_arguments
from services.common.errors import QT_TRANSLATE_NOOP
from services.users.permissions import Actor

WRITTEN = QT_TRANSLATE_NOOP("cli", "Written: {path}")
BAD_DAY = QT_TRANSLATE_NOOP("cli", "{value} is not a day (YYYY-MM-DD).")
TAX_CODE = QT_TRANSLATE_NOOP("cli", "{kind}: {code} {name}")
NO_TAX_CODE = QT_TRANSLATE_NOOP("cli", "{kind}: no code set (the invoicing tool will ask for one)")
EXPORTED = QT_TRANSLATE_NOOP("cli", "{count} lines of {statements} statements written: {path}")
STATEMENT = QT_TRANSLATE_NOOP("cli", "settlement statement")
CERTIFICATE = QT_TRANSLATE_NOOP("cli", "completion certificate")


def _actor() -> Actor:
    # the CLI runs as the program itself on the station's own PC (like ``servicebay check``)
    return Actor.system()


def _lang(out) -> str:
    return "en" if getattr(out, "language", "zh_CN") == "en" else "zh_CN"


def _translate(out):
    return lambda context, text: out.tr(text, context)


def _write(path: Path, data: bytes, out) -> int:
    path.write_bytes(data)
    out.say(WRITTEN, path=path)
    return 0


def _statement(args, ctx, out) -> int:
    purpose = given_purpose(args, out, STATEMENT)
    if purpose is None:
        return REFUSED
    data = ctx.settlement.statement_pdf(_actor(), args.number, _translate(out), _lang(out), paper=args.paper,
                                        purpose=purpose)
    return _write(args.output, data, out)


def _certificate(args, ctx, out) -> int:
    purpose = given_purpose(args, out, CERTIFICATE)
    if purpose is None:
        return REFUSED
    return _write(args.output, ctx.settlement.certificate_pdf(_actor(), args.number, _translate(out), _lang(out),
                                                              paper=args.paper, purpose=purpose),
                  out)


def _day_close(args, ctx, out) -> int:
    day = _day(args.day, ctx.clock.today(), out)
    if day is None:
        return 2
    data = ctx.settlement.day_close_pdf(_actor(), day, args.cashier, _translate(out), _lang(out))
    return _write(args.output, data, out)


def _day(text: str | None, default: date, out) -> date | None:
    try:
        return date.fromisoformat(text) if text else default
    except ValueError:
        out.error(BAD_DAY, value=text)
        return None


def _account_statement(args, ctx, out) -> int:
    from services.settlement.accounts import parse_month

    accounts = ctx.settlement.accounts
    customer_id, _name = accounts.company(_actor(), args.company)
    acc = accounts.make(_actor(), customer_id, parse_month(args.month))
    render = accounts.xlsx if args.output.suffix.lower() == ".xlsx" else accounts.pdf
    return _write(args.output, render(_actor(), acc.id, _translate(out), _lang(out)), out)


def _invoices(args, ctx, out) -> int:
    today = ctx.clock.today()
    day_to = _day(args.day_to, today, out)
    day_from = _day(args.day_from, today.replace(day=1), out)
    if day_to is None or day_from is None:
        return 2
    invoices = ctx.settlement.invoices
    lines = invoices.lines(_actor(), day_from, day_to, uninvoiced_only=args.uninvoiced)
    args.output.write_bytes(invoices.xlsx(_actor(), day_from, day_to, _translate(out), _lang(out),
                                          uninvoiced_only=args.uninvoiced))
    out.say(EXPORTED, count=len(lines), statements=len({ln.statement_number for ln in lines}), path=args.output)
    return 0


def _tax_codes(args, ctx, out) -> int:
    invoices = ctx.settlement.invoices
    if args.set:
        kind, code, *name = args.set
        invoices.set_tax_code(_actor(), kind, code, " ".join(name))
    for info in invoices.tax_codes().values():
        if info.code:
            out.say(TAX_CODE, kind=info.kind, code=info.code, name=info.name)
        else:
            out.say(NO_TAX_CODE, kind=info.kind)
    return 0


def register(groups) -> None:
    printing = groups["print"]
    p = printing.add_parser("statement",
                            help=QT_TRANSLATE_NOOP("cli", "a settlement statement (结算单), A4, A5 or 241 mm paper (PDF)"))
    p.add_argument("number", help=QT_TRANSLATE_NOOP("cli", "statement number, or the job card's number"))
    p.add_argument("--paper", choices=["a4", "a5", "continuous"], default="a4")
    p.add_argument("-o", "--output", type=Path, required=True)
    add_purpose_argument(p)
    p.set_defaults(func=_statement)

    p = printing.add_parser("certificate",
                            help=QT_TRANSLATE_NOOP("cli", "the completion certificate (出厂合格证) of a job (PDF)"))
    p.add_argument("number", help=QT_TRANSLATE_NOOP("cli", "certificate, job card or statement number"))
    p.add_argument("--paper", choices=["a4", "a5", "continuous"], default="a4")
    p.add_argument("-o", "--output", type=Path, required=True)
    add_purpose_argument(p)
    p.set_defaults(func=_certificate)

    p = printing.add_parser("day-close",
                            help=QT_TRANSLATE_NOOP("cli", "a cashier's day close: takings per method (PDF)"))
    p.add_argument("--day", help=QT_TRANSLATE_NOOP("cli", "YYYY-MM-DD (default today)"))
    p.add_argument("--cashier", help=QT_TRANSLATE_NOOP("cli", "user name (default every cashier)"))
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=_day_close)

    p = printing.add_parser("account-statement",
                            help=QT_TRANSLATE_NOOP("cli", "a company's monthly account statement (对账单), PDF or .xlsx"))
    p.add_argument("--company", required=True,
                   help=QT_TRANSLATE_NOOP("cli", "the company customer's name (or the start of it)"))
    p.add_argument("--month", required=True, help=QT_TRANSLATE_NOOP("cli", "YYYY-MM"))
    p.add_argument("-o", "--output", type=Path, required=True,
                   help=QT_TRANSLATE_NOOP("cli", "FILE.pdf, or FILE.xlsx for Excel"))
    p.set_defaults(func=_account_statement)

    p = groups["export"].add_parser("invoices",
                                    help=QT_TRANSLATE_NOOP("cli", "settled statements for the invoicing tool (Excel)"))
    p.add_argument("--from", dest="day_from",
                   help=QT_TRANSLATE_NOOP("cli", "YYYY-MM-DD (default the first of this month)"))
    p.add_argument("--to", dest="day_to", help=QT_TRANSLATE_NOOP("cli", "YYYY-MM-DD (default today)"))
    p.add_argument("--uninvoiced", action="store_true",
                   help=QT_TRANSLATE_NOOP("cli", "only statements with no invoice recorded"))
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=_invoices)

    p = groups["root"].add_parser("tax-codes",
                                  help=QT_TRANSLATE_NOOP("cli", "the tax classification codes the invoice export gives each "
                                                    "kind of line"))
    p.add_argument("--set", nargs="+", metavar="KIND CODE [NAME]",
                   help=QT_TRANSLATE_NOOP("cli", "labour | part | other, a 19-digit code"))
    p.set_defaults(func=_tax_codes, sign_in=True)  # it changes the station's settings
    add_sign_in_arguments(p)


def checks(ctx) -> list[str]:
    """Statements whose total is not the sum of their lines, account statements whose total is not the sum
    of their items, items settled beyond their amount, and cars delivered without a live statement."""
    from sqlalchemy import func, select

    from app.db.models.settlement import AccountItem, AccountStatement, Delivery, Statement, StatementLine

    problems = []
    with ctx.db.read() as s:
        lines = (select(StatementLine.statement_id, func.sum(StatementLine.amount).label("amount"))
                 .group_by(StatementLine.statement_id).subquery())
        bad = s.scalar(select(func.count()).select_from(Statement).join(lines, lines.c.statement_id == Statement.id)
                       .where(lines.c.amount != Statement.total))
        if bad:
            problems.append(f"settlement: {bad} statements whose total is not the sum of their lines")
        items = (select(AccountItem.account_statement_id, func.sum(AccountItem.amount).label("amount"))
                 .group_by(AccountItem.account_statement_id).subquery())
        bad = s.scalar(select(func.count()).select_from(AccountStatement)
                       .join(items, items.c.account_statement_id == AccountStatement.id)
                       .where(items.c.amount != AccountStatement.total))
        if bad:
            problems.append(f"settlement: {bad} account statements whose total is not the sum of their items")
        bad = s.scalar(select(func.count()).select_from(AccountItem).where(AccountItem.settled > AccountItem.amount))
        if bad:
            problems.append(f"settlement: {bad} on-account items settled beyond their amount")
        bad = s.scalar(select(func.count()).select_from(Delivery).outerjoin(
            Statement, Statement.live_card_id == Delivery.job_card_id).where(Statement.id.is_(None)))
        if bad:
            problems.append(f"settlement: {bad} cars delivered without a live statement")
    return problems
