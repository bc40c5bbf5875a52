"""Repair file commands, without a screen.

    servicebay print repair-file VIN -o FILE.pdf --purpose TEXT   (it names the owner: what for, audit-logged)
    servicebay health-record export --from YYYY-MM-DD --to YYYY-MM-DD -o FILE.json|FILE.xlsx
    servicebay health-record backfill [--since YYYY-MM-DD]
    servicebay health-record list [--status queued|exported|uploaded|failed|held]

The export writes the records settled in the period (all but those held back) for the station's
upload tool and marks them exported; ``backfill`` makes the records of jobs settled before the
outbox existed. Each signs a person in and runs with their permissions.
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
EXPORTED = QT_TRANSLATE_NOOP("cli", "{count} health records written to {path} ({marked} newly exported); {held} held "
                                    "back in the period.")
BACKFILLED = QT_TRANSLATE_NOOP("cli", "{count} health records made for jobs settled earlier.")
HELD = QT_TRANSLATE_NOOP("cli", "{number} {plate} {vin}: {reason}")
LISTED = QT_TRANSLATE_NOOP("cli", "{settled} {number} {card} {plate} {vin} {status}")
STATUSES = ("queued", "exported", "uploaded", "failed", "held")
REPAIR_FILE = QT_TRANSLATE_NOOP("cli", "repair file")


def _actor(args) -> Actor:
    return getattr(args, "actor", None) or Actor.system()


def _lang(out) -> str:
    return "en" if getattr(out, "language", "zh_CN") == "en" else "zh_CN"


def _translate(out):
    return lambda context, text: out.tr(text, context)


def _day(text: str | None, out) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        out.error(BAD_DAY, value=text)
        return None


def _repair_file(args, ctx, out) -> int:
    purpose = given_purpose(args, out, REPAIR_FILE)
    if purpose is None:
        return REFUSED
    data = ctx.repair_file.repair_file_pdf(_actor(args), args.vin, _translate(out), _lang(out), purpose=purpose)
    args.output.write_bytes(data)
    out.say(WRITTEN, path=args.output)
    return 0


def _export(args, ctx, out) -> int:
    day_from, day_to = _day(args.day_from, out), _day(args.day_to, out)
    if day_from is None or day_to is None:
        return 2
    result = ctx.repair_file.export_to(_actor(args), day_from, day_to, args.output)
    out.say(EXPORTED, count=result.count, path=args.output, marked=result.marked, held=result.held)
    tx = _translate(out)
    for row in ctx.repair_file.health_records(_actor(args), status="held", day_from=day_from, day_to=day_to):
        out.say(HELD, number=row.statement_number, plate=row.plate, vin=row.vin,
                reason=row.problem.message(tx) if row.problem else "")
    return 0


def _backfill(args, ctx, out) -> int:
    since = _day(args.since, out) if args.since else None
    if args.since and since is None:
        return 2
    out.say(BACKFILLED, count=ctx.repair_file.backfill(_actor(args), since))
    return 0


def _list(args, ctx, out) -> int:
    tx = _translate(out)
    from services.repair_file.data import HEALTH_STATUS_NAMES

    for row in ctx.repair_file.health_records(_actor(args), status=args.status):
        out.say(LISTED, settled=ctx.clock.local(row.settled_at).strftime("%Y-%m-%d"), number=row.statement_number,
                card=row.card_number, plate=row.plate, vin=row.vin,
                status=tx("HealthRecordStatus", HEALTH_STATUS_NAMES[row.status])
                + (f" — {row.problem.message(tx)}" if row.problem else "")
                + (f" — {row.last_error}" if row.last_error else ""))
    return 0


def register(groups) -> None:
    p = groups["print"].add_parser("repair-file", help=QT_TRANSLATE_NOOP(
        "cli", "the vehicle's repair file (一车一档) for the customer: every job on the VIN (PDF)"))
    p.add_argument("vin", help=QT_TRANSLATE_NOOP("cli", "the vehicle's VIN"))
    p.add_argument("-o", "--output", type=Path, required=True)
    add_purpose_argument(p)
    p.set_defaults(func=_repair_file)

    health = groups["root"].add_parser("health-record", help=QT_TRANSLATE_NOOP(
        "cli", "the electronic health record outbox (汽车维修电子健康档案)"))
    sub = health.add_subparsers(dest="health_what", required=True)
    p = sub.add_parser("export", help=QT_TRANSLATE_NOOP(
        "cli", "the records settled in a period, for the upload tool (JSON or .xlsx by the file's extension)"))
    p.add_argument("--from", dest="day_from", required=True,
                   help=QT_TRANSLATE_NOOP("cli", "the first settlement day, YYYY-MM-DD"))
    p.add_argument("--to", dest="day_to", required=True,
                   help=QT_TRANSLATE_NOOP("cli", "the last settlement day, YYYY-MM-DD"))
    p.add_argument("-o", "--output", type=Path, required=True,
                   help=QT_TRANSLATE_NOOP("cli", "FILE.json, or FILE.xlsx for Excel"))
    p.set_defaults(func=_export, sign_in=True)
    add_sign_in_arguments(p)
    p = sub.add_parser("backfill", help=QT_TRANSLATE_NOOP("cli", "make the records of jobs settled earlier"))
    p.add_argument("--since", help=QT_TRANSLATE_NOOP("cli", "YYYY-MM-DD (default every settled job)"))
    p.set_defaults(func=_backfill, sign_in=True)
    add_sign_in_arguments(p)
    p = sub.add_parser("list", help=QT_TRANSLATE_NOOP("cli", "the outbox, newest first"))
    p.add_argument("--status", choices=STATUSES)
    p.set_defaults(func=_list, sign_in=True)
    add_sign_in_arguments(p)


def checks(ctx) -> list[str]:
    """Jobs settled since the outbox began (its first record) with no health record: the settlement hook
    failed for them. Jobs settled before the station had the outbox are not counted."""
    from sqlalchemy import func, select

    from app.db.models.repair_file import HealthRecord
    from app.db.models.settlement import Statement

    with ctx.db.read() as s:
        began = s.scalar(select(func.min(HealthRecord.settled_at)))
        if began is None:
            return []
        missing = s.scalar(select(func.count()).select_from(Statement).outerjoin(
            HealthRecord, HealthRecord.job_card_id == Statement.job_card_id)
            .where(Statement.live_card_id.is_not(None), HealthRecord.id.is_(None), Statement.issued_at >= began))
    if missing:
        return [f"repair_file: {missing} settled jobs without a health record "
                "(run: servicebay health-record backfill)"]
    return []
