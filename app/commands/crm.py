"""Customer-relations commands, without a screen.

    servicebay print appointments [--date YYYY-MM-DD] -o FILE.pdf   the day's appointment list per advisor
    servicebay crm-plan [--date YYYY-MM-DD]                          the day's proactive contacts and reminders

The plan runs once a day (a scheduled task on the station's server, or the first PC of the morning).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from services.common.errors import QT_TRANSLATE_NOOP
from services.users.permissions import Actor

WRITTEN = QT_TRANSLATE_NOOP("cli", "Written: {path}")
BAD_DAY = QT_TRANSLATE_NOOP("cli", "{value} is not a day (YYYY-MM-DD).")
PLANNED = QT_TRANSLATE_NOOP("cli", "Calls added: {counts}")


def _day(args, ctx, out) -> date | None:
    try:
        return date.fromisoformat(args.date) if args.date else ctx.clock.today()
    except ValueError:
        out.error(BAD_DAY, value=args.date)
        return None


def _appointments(args, ctx, out) -> int:
    day = _day(args, ctx, out)
    if day is None:
        return 2
    lang = "en" if getattr(out, "language", "zh_CN") == "en" else "zh_CN"
    data = ctx.crm.appointment_list_pdf(args.actor, day, lambda context, text: out.tr(text, context), lang)
    args.output.write_bytes(data)
    out.say(WRITTEN, path=args.output)
    return 0


def _plan(args, ctx, out) -> int:
    day = _day(args, ctx, out)
    if day is None:
        return 2
    # the daily plan is the program's own work on the station's PC (like ``servicebay check``)
    made = ctx.crm.plan(Actor.system(), day)
    out.say(PLANNED, counts=", ".join(f"{k} {v}" for k, v in sorted(made.items())) or "0")
    return 0


def register(groups) -> None:
    p = groups["print"].add_parser("appointments",
                                   help=QT_TRANSLATE_NOOP("cli", "the day's appointment list per advisor (PDF)"))
    p.add_argument("--date", help=QT_TRANSLATE_NOOP("cli", "YYYY-MM-DD (default today)"))
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=_appointments)

    p = groups["root"].add_parser("crm-plan",
                                  help=QT_TRANSLATE_NOOP("cli", "make the day's proactive contact and reminder calls"))
    p.add_argument("--date", help=QT_TRANSLATE_NOOP("cli", "YYYY-MM-DD (default today)"))
    p.set_defaults(func=_plan)
