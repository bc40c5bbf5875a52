"""Workshop commands, without a screen.

    servicebay print dispatch NUMBER -o FILE.pdf      the dispatch sheet (派工单) of a job card
    servicebay print day-plan [--date D] -o FILE.pdf  the day's plan per technician (派工计划)
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from services.common.errors import QT_TRANSLATE_NOOP
from services.users.permissions import Actor

WRITTEN = QT_TRANSLATE_NOOP("cli", "Written: {path}")
BAD_DAY = QT_TRANSLATE_NOOP("cli", "{value} is not a day (YYYY-MM-DD).")


def _actor() -> Actor:
    return Actor.system()


def _lang(out) -> str:
    return "en" if getattr(out, "language", "zh_CN") == "en" else "zh_CN"


def _translate(out):
    return lambda context, text: out.tr(text, context)


def _write(path: Path, data: bytes, out) -> int:
    path.write_bytes(data)
    out.say(WRITTEN, path=path)
    return 0


def _dispatch(args, ctx, out) -> int:
    return _write(args.output, ctx.workshop.dispatch_pdf(_actor(), args.number, _translate(out), _lang(out)), out)


def _day_plan(args, ctx, out) -> int:
    try:
        day = date.fromisoformat(args.date) if args.date else ctx.clock.today()
    except ValueError:
        out.error(BAD_DAY, value=args.date)
        return 2
    return _write(args.output, ctx.workshop.day_plan_pdf(_actor(), day, _translate(out), _lang(out)), out)


def register(groups) -> None:
    printing = groups["print"]
    p = printing.add_parser("dispatch",
                            help=QT_TRANSLATE_NOOP("cli", "the dispatch sheet (派工单) of a job card, with its barcode (PDF)"))
    p.add_argument("number", help=QT_TRANSLATE_NOOP("cli", "job card number (WT…)"))
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=_dispatch)

    p = printing.add_parser("day-plan",
                            help=QT_TRANSLATE_NOOP("cli", "the workshop's plan of a day per technician (PDF)"))
    p.add_argument("--date", help=QT_TRANSLATE_NOOP("cli", "YYYY-MM-DD (default today)"))
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=_day_plan)

