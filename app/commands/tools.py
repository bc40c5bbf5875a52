"""Tool commands: the keeper's Excel reports and the loan slip, without a screen.

    servicebay export tools-overdue -o FILE.xlsx
    servicebay export tools-utilisation --from 2026-01-01 --to 2026-12-31 -o FILE.xlsx
    servicebay export tools-calibration [--days 30] -o FILE.xlsx
    servicebay export tools-losses [--from D] [--to D] -o FILE.xlsx
    servicebay print loan-slip NUMBER -o FILE.pdf
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from reports.tools.documents import (
    calibration_workbook,
    losses_workbook,
    overdue_workbook,
    render_loan_slip,
    utilisation_workbook,
)
from services.common.errors import QT_TRANSLATE_NOOP

WRITTEN = QT_TRANSLATE_NOOP("cli", "Written: {path}")


def _lang(out) -> str:
    return "en" if getattr(out, "language", "zh_CN") == "en" else "zh_CN"


def _write(path: Path, data: bytes, out) -> int:
    path.write_bytes(data)
    out.say(WRITTEN, path=path)
    return 0


def _overdue(args, ctx, out) -> int:
    rows = ctx.tools.overdue(args.actor)
    return _write(args.output, overdue_workbook(rows, ctx.clock.now(), zone=str(ctx.clock.zone), lang=_lang(out)), out)


def _utilisation(args, ctx, out) -> int:
    end = args.to or ctx.clock.today()
    start = getattr(args, "from") or end - timedelta(days=365)
    rows = ctx.tools.utilisation(args.actor, start, end)
    return _write(args.output, utilisation_workbook(rows, start, end, zone=str(ctx.clock.zone), lang=_lang(out)), out)


def _calibration(args, ctx, out) -> int:
    rows = ctx.tools.calibration_due(args.actor, args.days)
    return _write(args.output, calibration_workbook(rows, ctx.clock.today(), days=args.days, lang=_lang(out)), out)


def _losses(args, ctx, out) -> int:
    start, end = getattr(args, "from"), args.to
    rows = ctx.tools.incidents(args.actor, start=start, end=end)
    return _write(args.output, losses_workbook(rows, start, end, zone=str(ctx.clock.zone), lang=_lang(out)), out)


def _slip(args, ctx, out) -> int:
    slip = ctx.tools.loan_slip(args.actor, args.number)
    return _write(args.output, render_loan_slip(slip, lang=_lang(out)), out)


def register(groups) -> None:
    export = groups["export"]
    p = export.add_parser("tools-overdue",
                          help=QT_TRANSLATE_NOOP("cli", "tools not returned by their expected time (Excel)"))
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=_overdue)

    p = export.add_parser("tools-utilisation",
                          help=QT_TRANSLATE_NOOP("cli", "loans per tool and utilisation (Excel)"))
    p.add_argument("--from", type=date.fromisoformat, default=None,
                   help=QT_TRANSLATE_NOOP("cli", "first day (default: a year ago)"))
    p.add_argument("--to", type=date.fromisoformat, default=None,
                   help=QT_TRANSLATE_NOOP("cli", "last day (default: today)"))
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=_utilisation)

    p = export.add_parser("tools-calibration",
                          help=QT_TRANSLATE_NOOP("cli", "calibration and maintenance due soon (Excel)"))
    p.add_argument("--days", type=int, default=30)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=_calibration)

    p = export.add_parser("tools-losses",
                          help=QT_TRANSLATE_NOOP("cli", "damaged and lost tools with charges (Excel)"))
    p.add_argument("--from", type=date.fromisoformat, default=None)
    p.add_argument("--to", type=date.fromisoformat, default=None)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=_losses)

    p = groups["print"].add_parser("loan-slip", help=QT_TRANSLATE_NOOP("cli", "a tool loan slip (PDF)"))
    p.add_argument("number", help=QT_TRANSLATE_NOOP("cli", "loan number, e.g. JY2026110001"))
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=_slip)


def checks(ctx) -> list[str]:
    """Item states agree with the open loans; no item is on two loans at once."""
    from sqlalchemy import inspect

    if not inspect(ctx.db.engine).has_table("tool_items"):
        return []
    return ctx.tools.consistency_problems()
