"""Claims commands, without a screen.

    servicebay claims open -o FILE.xlsx           the open warranty claims with their age and amounts
    servicebay claims receivables -o FILE.xlsx    what each insurer owes, by age, and the insurance jobs

Both sign a person in (``--user``, ``--password-file``): the workbooks name customers and cars.
"""

from __future__ import annotations

from pathlib import Path

from app.signin import add_sign_in_arguments
from services.common.errors import QT_TRANSLATE_NOOP

WRITTEN = QT_TRANSLATE_NOOP("cli", "Written: {path}")
OPEN_SUMMARY = QT_TRANSLATE_NOOP("cli", "{count} open claims, outstanding {amount}")
RECEIVABLES_SUMMARY = QT_TRANSLATE_NOOP("cli", "Insurers owe {amount} on {count} jobs")


def _translate(out):
    return lambda context, text: out.tr(text, context)


def _write(path: Path, data: bytes, out) -> int:
    path.write_bytes(data)
    out.say(WRITTEN, path=path)
    return 0


def _open(args, ctx, out) -> int:
    report = ctx.claims.open_claims(args.actor)
    out.say(OPEN_SUMMARY, count=report.count, amount=f"{report.outstanding:,.2f}")
    return _write(args.output, ctx.claims.open_claims_workbook(args.actor, _translate(out)), out)


def _receivables(args, ctx, out) -> int:
    report = ctx.claims.receivables(args.actor)
    out.say(RECEIVABLES_SUMMARY, amount=f"{report.open:,.2f}", count=len(report.rows))
    return _write(args.output, ctx.claims.receivables_workbook(args.actor, _translate(out)), out)


def register(groups) -> None:
    claims = groups["root"].add_parser("claims", help=QT_TRANSLATE_NOOP("cli", "warranty claims and insurance "
                                                                               "jobs: workbooks"))
    sub = claims.add_subparsers(dest="claims_what", required=True)
    p = sub.add_parser("open", help=QT_TRANSLATE_NOOP("cli", "the open warranty claims workbook (xlsx)"))
    p.add_argument("-o", "--output", type=Path, required=True)
    add_sign_in_arguments(p)
    p.set_defaults(func=_open, sign_in=True)
    p = sub.add_parser("receivables", help=QT_TRANSLATE_NOOP("cli", "what each insurer owes, by age (xlsx)"))
    p.add_argument("-o", "--output", type=Path, required=True)
    add_sign_in_arguments(p)
    p.set_defaults(func=_receivables, sign_in=True)
