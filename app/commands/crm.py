"""Customer-relations commands, without a screen.

    servicebay print appointments [--date YYYY-MM-DD] -o FILE.pdf --purpose TEXT
                                                                     the day's appointment list per advisor
    servicebay crm-plan [--date YYYY-MM-DD]                          the day's proactive contacts and reminders
    servicebay export sms -o FILE.csv --list KIND [--message TEXT] [--date YYYY-MM-DD]
                                                                     the SMS tool's file of a call list

The SMS file is the one the centre's page writes: the list's customers with a mobile number, one
message each, marketing lists only for customers who consented. It is personal data leaving the
program: the signed-in person needs the export permission, the audit log names them (``via: cli``),
and the file is readable by this OS account only.

The appointment list names the customers with their phones: ``--purpose`` says what it is printed for
(``app/commands/purpose.py``), and the print is audit-logged with it.

The plan runs once a day (a scheduled task on the station's server, or the first PC of the morning).
"""

from __future__ import annotations

import getpass
from datetime import date
from pathlib import Path

from app.commands.purpose import REFUSED, add_purpose_argument, given_purpose
from app.private_files import write_private_bytes
from services.common.errors import QT_TRANSLATE_NOOP
from services.users.permissions import Actor

WRITTEN = QT_TRANSLATE_NOOP("cli", "Written: {path}")
BAD_DAY = QT_TRANSLATE_NOOP("cli", "{value} is not a day (YYYY-MM-DD).")
PLANNED = QT_TRANSLATE_NOOP("cli", "Calls added: {counts}")
APPOINTMENTS = QT_TRANSLATE_NOOP("cli", "appointment list")
SMS_WRITTEN = QT_TRANSLATE_NOOP("cli", "{count} messages written to {path}")
BAD_LIST = QT_TRANSLATE_NOOP("cli", "{value} is not a list: choose one of {choices}.")
# the message of each list when --message is not given ({name}: the customer's name)
SMS_MESSAGES = {
    "inspection_due": QT_TRANSLATE_NOOP("cli", "{name}, your car's annual inspection is due soon. Call us to book it."),
    "service_due": QT_TRANSLATE_NOOP("cli", "{name}, your car is due for its service. Call us to book a time."),
    "birthday": QT_TRANSLATE_NOOP("cli", "Happy birthday, {name}! Best wishes from your service station."),
    "insurance_due": QT_TRANSLATE_NOOP("cli", "{name}, your car's insurance expires soon. Call us to renew it."),
    "holiday": QT_TRANSLATE_NOOP("cli", "{name}, season's greetings from your service station."),
    "club": QT_TRANSLATE_NOOP("cli", "{name}, news from the car club: call us for this month's events."),
}
# the columns of the file, as the centre's page names them
SMS_HEADERS = (("OutreachViewModel", "Mobile"), ("OutreachViewModel", "Name"), ("OutreachViewModel", "Plate"),
               ("OutreachViewModel", "Due / card"), ("OutreachViewModel", "Message"))


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
    purpose = given_purpose(args, out, APPOINTMENTS)
    if purpose is None:
        return REFUSED
    lang = "en" if getattr(out, "language", "zh_CN") == "en" else "zh_CN"
    data = ctx.crm.appointment_list_pdf(args.actor, day, lambda context, text: out.tr(text, context), lang,
                                        purpose=purpose)
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


def _via() -> str:
    try:
        return f"cli ({getpass.getuser()})"
    except Exception:  # noqa: BLE001 (no user name in some service environments)
        return "cli"


def _sms(args, ctx, out) -> int:
    if args.list not in SMS_MESSAGES:
        out.error(BAD_LIST, value=args.list, choices=", ".join(SMS_MESSAGES))
        return 2
    day = _day(args, ctx, out)
    if day is None:
        return 2
    message = args.message if args.message is not None else out.tr(SMS_MESSAGES[args.list], "cli")
    headers = tuple(out.tr(text, context) for context, text in SMS_HEADERS)
    data, count = ctx.crm.sms_export(args.actor, args.list, message, day, headers, via=_via())
    write_private_bytes(args.output, data)  # personal data: this OS account only
    out.say(SMS_WRITTEN, count=count, path=args.output)
    return 0


def register(groups) -> None:
    p = groups["print"].add_parser("appointments",
                                   help=QT_TRANSLATE_NOOP("cli", "the day's appointment list per advisor (PDF)"))
    p.add_argument("--date", help=QT_TRANSLATE_NOOP("cli", "YYYY-MM-DD (default today)"))
    p.add_argument("-o", "--output", type=Path, required=True)
    add_purpose_argument(p)
    p.set_defaults(func=_appointments)

    p = groups["root"].add_parser("crm-plan",
                                  help=QT_TRANSLATE_NOOP("cli", "make the day's proactive contact and reminder calls"))
    p.add_argument("--date", help=QT_TRANSLATE_NOOP("cli", "YYYY-MM-DD (default today)"))
    p.set_defaults(func=_plan)

    p = groups["export"].add_parser("sms", help=QT_TRANSLATE_NOOP("cli", "a call list as the SMS tool's file (CSV; "
                                                                         "personal data, logged)"))
    p.add_argument("-o", "--output", type=Path, required=True, help=QT_TRANSLATE_NOOP("cli", ".csv file to write"))
    p.add_argument("--list", required=True, metavar="KIND",
                   help=QT_TRANSLATE_NOOP("cli", "inspection_due, service_due, birthday, insurance_due, holiday "
                                                 "or club (marketing lists: only customers who consented)"))
    p.add_argument("--message", help=QT_TRANSLATE_NOOP("cli", "the text of each message; {name} is the customer's "
                                                              "name (default: the list's usual text)"))
    p.add_argument("--date", help=QT_TRANSLATE_NOOP("cli", "YYYY-MM-DD (default today)"))
    p.set_defaults(func=_sms)
