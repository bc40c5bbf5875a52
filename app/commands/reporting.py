"""Reporting commands, without a screen.

    servicebay report daily --date YYYY-MM-DD -o FILE.xlsx|FILE.pdf     the daily production report
    servicebay report monthly --month YYYY-MM -o FILE.xlsx|FILE.pdf     the monthly operating report
    servicebay report scheduled                                         yesterday's daily workbook to the
                                                                        settings' folder, if not written yet
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.signin import add_sign_in_arguments
from services.common.errors import QT_TRANSLATE_NOOP
from services.users.permissions import Actor

WRITTEN = QT_TRANSLATE_NOOP("cli", "Written: {path}")
BAD_DAY = QT_TRANSLATE_NOOP("cli", "{value} is not a day (YYYY-MM-DD).")
BAD_MONTH = QT_TRANSLATE_NOOP("cli", "{value} is not a month (YYYY-MM).")
BAD_SUFFIX = QT_TRANSLATE_NOOP("cli", "Write to a .xlsx or a .pdf file, not {path}.")
NOTHING_DUE = QT_TRANSLATE_NOOP("cli", "No scheduled report is due.")
ALREADY = QT_TRANSLATE_NOOP("cli", "Already there: {path}")


def _kind(args, out) -> str | None:
    suffix = args.output.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        out.error(BAD_SUFFIX, path=args.output)
        return None
    return suffix[1:]


def _translate(out):
    return lambda context, text: out.tr(text, context)


def _daily(args, ctx, out) -> int:
    try:
        day = date.fromisoformat(args.date) if args.date else ctx.clock.today()
    except ValueError:
        out.error(BAD_DAY, value=args.date)
        return 2
    kind = _kind(args, out)
    if kind is None:
        return 2
    make = ctx.reporting.daily_workbook if kind == "xlsx" else ctx.reporting.daily_pdf
    args.output.write_bytes(make(args.actor, day, _translate(out)))
    out.say(WRITTEN, path=args.output)
    return 0


def _monthly(args, ctx, out) -> int:
    try:
        month = date.fromisoformat(f"{args.month}-01") if args.month else ctx.clock.today().replace(day=1)
    except ValueError:
        out.error(BAD_MONTH, value=args.month)
        return 2
    kind = _kind(args, out)
    if kind is None:
        return 2
    make = ctx.reporting.monthly_workbook if kind == "xlsx" else ctx.reporting.monthly_pdf
    args.output.write_bytes(make(args.actor, month, _translate(out)))
    out.say(WRITTEN, path=args.output)
    return 0


def _scheduled(args, ctx, out) -> int:
    # the program's own work (a scheduled task on the station's server, like ``servicebay crm-plan``)
    result = ctx.reporting.run_scheduled(Actor.system(), _translate(out))
    if result is None:
        out.say(NOTHING_DUE)
    else:
        out.say(WRITTEN if result.written else ALREADY, path=result.path)
    return 0


# ---- the same work in another process (``TaskRunner.run_in_process``): module-level functions that open
# their own database and services from the URL, write the file and return its path. The dashboard's page
# (app/pages/reporting.py) hands them to its viewmodel, e.g.
#   tasks.run_in_process("monthly-report", write_monthly, ctx.reporting.database_url, actor, month, path, "zh_CN")

def _open(url: str, clock=None):
    from app.context import AppContext

    ctx, _ = AppContext.open(url, clock=clock, migrate=False)
    return ctx


def _in(lang: str):
    from app.i18n import Translate

    return Translate(lang)


def write_monthly(url: str, actor: Actor, month: date, path: str, lang: str = "zh_CN", *, clock=None,
                  progress=None) -> str:
    """The monthly operating report of ``month`` (any day of it) at ``path`` (.xlsx or .pdf). ``progress(done,
    total)``: its steps (``TaskRunner.run_in_process`` hands one in and shows them on the progress bar)."""
    ctx = _open(url, clock)  # clock: the app's (a test's set clock); None is the real one
    try:
        rep = ctx.reporting
        make = rep.monthly_pdf if path.lower().endswith(".pdf") else rep.monthly_workbook
        Path(path).write_bytes(make(actor, month, _in(lang), progress))
        return path
    finally:
        ctx.close()


def write_daily(url: str, actor: Actor, day: date, path: str, lang: str = "zh_CN", *, clock=None,
                progress=None) -> str:
    """The daily production report of ``day`` at ``path`` (.xlsx or .pdf); ``progress`` as in write_monthly."""
    ctx = _open(url, clock)  # clock: the app's (a test's set clock); None is the real one
    try:
        rep = ctx.reporting
        make = rep.daily_pdf if path.lower().endswith(".pdf") else rep.daily_workbook
        Path(path).write_bytes(make(actor, day, _in(lang), progress))
        return path
    finally:
        ctx.close()


def run_scheduled(url: str, actor: Actor, lang: str = "zh_CN", *, clock=None):
    """The scheduled daily report, if due (the app's start and idle check): a ``ScheduledResult`` or None."""
    ctx = _open(url, clock)  # clock: the app's (a test's set clock); None is the real one
    try:
        return ctx.reporting.run_scheduled(actor, _in(lang))
    finally:
        ctx.close()


def register(groups) -> None:
    report = groups["root"].add_parser("report", help=QT_TRANSLATE_NOOP("cli", "the manager's reports"))
    sub = report.add_subparsers(dest="report_kind", required=True)
    p = sub.add_parser("daily", help=QT_TRANSLATE_NOOP("cli", "the daily production report (.xlsx or .pdf)"))
    p.add_argument("--date", help=QT_TRANSLATE_NOOP("cli", "YYYY-MM-DD (default today)"))
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=_daily, sign_in=True)
    add_sign_in_arguments(p)
    p = sub.add_parser("monthly", help=QT_TRANSLATE_NOOP("cli", "the monthly operating report (.xlsx or .pdf)"))
    p.add_argument("--month", help=QT_TRANSLATE_NOOP("cli", "YYYY-MM (default this month)"))
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=_monthly, sign_in=True)
    add_sign_in_arguments(p)
    p = sub.add_parser("scheduled", help=QT_TRANSLATE_NOOP("cli", "write yesterday's daily report to the "
                                                                  "settings' folder if not written yet"))
    p.set_defaults(func=_scheduled)
