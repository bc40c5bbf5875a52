"""The ``servicebay`` command: the desktop app by default, and the same work without a screen.

    servicebay                       start the desktop app
    servicebay init --station NAME --admin USER --password-file FILE
    servicebay demo --scale small|station|decade --seed N
    servicebay upgrade               apply database migrations (after a backup)
    servicebay check                 verify the data (later areas add their checks)

``--db URL`` (or ``SERVICEBAY_DB``) points any of them at a PostgreSQL server or another file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__
from app.settings import LocalSettings, resolve_database_url
from services.errors import QT_TRANSLATE_NOOP

# Each area may add commands in ``app/commands/<area>.py``: ``register(groups)`` receives the
# subparser groups {"root", "import", "export", "print"} and sets ``func(args, ctx, out)`` on
# the parsers it adds (``servicebay import customers FILE``, ``servicebay print labels ...``).
# An area may also offer ``checks(ctx) -> list[str]`` for ``servicebay check``.
AREAS_WITH_COMMANDS: tuple[str, ...] = ("customers", "parts", "tools", "job_cards", "crm", "reporting")


def area_command_modules():
    import importlib

    for area in AREAS_WITH_COMMANDS:
        name = f"app.commands.{area}"
        try:
            yield importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise


class Output:
    """Prints messages in the user's language (zh_CN unless this PC says otherwise)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translate: Callable[[str, str], str] | None = None

    def tr(self, text: str, context: str = "cli") -> str:
        if self._translate is None:
            from app.i18n import Translate

            self._translate = Translate(self.language)
        return self._translate(context, text)

    def say(self, text: str, **params) -> None:
        print(self.tr(text).format(**params))

    def error(self, text: str, **params) -> None:
        print(self.tr(text).format(**params), file=sys.stderr)

    def service_error(self, exc) -> None:
        print(exc.message(lambda ctx, t: self.tr(t, ctx)), file=sys.stderr)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="servicebay", description="ServiceBay — service station management")
    p.add_argument("--version", action="version", version=f"ServiceBay {__version__}")
    p.add_argument("--db", metavar="URL", help="database URL (default: the embedded SQLite file)")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="language of messages")
    sub = p.add_subparsers(dest="command")

    init = sub.add_parser("init", help="create the station and its administrator")
    init.add_argument("--station", required=True, help="station name")
    init.add_argument("--admin", required=True, help="administrator's user name")
    init.add_argument("--admin-name", help="administrator's full name (default: the user name)")
    init.add_argument("--password-file", required=True, type=Path, help="file holding the password")
    init.add_argument("--credit-code", help="统一社会信用代码")
    init.add_argument("--address", default="")
    init.add_argument("--phone", default="")
    init.set_defaults(func=_cmd_init)

    demo = sub.add_parser("demo", help="fill the database with realistic demo data")
    demo.add_argument("--scale", choices=["small", "station", "decade"], default="small")
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(func=_cmd_demo)

    up = sub.add_parser("upgrade", help="apply database migrations (an SQLite file is backed up first)")
    up.set_defaults(func=_cmd_upgrade)

    check = sub.add_parser("check", help="verify the data against its ledgers")
    check.set_defaults(func=_cmd_check)

    groups = {"root": sub}
    for verb, text in (("import", "import data from a file"), ("export", "export data to a file"),
                       ("print", "print a document to a PDF file")):
        parser = sub.add_parser(verb, help=text)
        groups[verb] = parser.add_subparsers(dest=f"{verb}_what", required=True)
    for module in area_command_modules():
        module.register(groups)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = LocalSettings.load()
    out = Output(args.lang or settings.language)
    if args.command is None:
        from app.gui import run_gui

        return run_gui(args, settings)

    from app.context import AppContext
    from app.db.engine import DatabaseUnavailable
    from services.errors import ServiceError

    if not hasattr(args, "func"):
        _parser().print_help()
        return 2
    url = resolve_database_url(args.db, settings)
    try:
        ctx, result = AppContext.open(url)
    except DatabaseUnavailable as exc:
        print(out.tr(exc.reason, "Database"), file=sys.stderr)
        if exc.detail:
            print(exc.detail, file=sys.stderr)
        return 2
    try:
        if result and result.backup:
            out.say(QT_TRANSLATE_NOOP("cli", "Database upgraded; the previous file was saved as {path}"), path=result.backup)
        return int(args.func(args, ctx, out) or 0)
    except ServiceError as exc:
        out.service_error(exc)
        return 1
    finally:
        ctx.close()


def _cmd_init(args, ctx, out: Output) -> int:
    from services.station import StationSettings

    try:
        password = args.password_file.read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as exc:
        out.error(QT_TRANSLATE_NOOP("cli", "Cannot read the password file: {err}"), err=exc)
        return 2
    if ctx.station.is_set_up():
        out.error(QT_TRANSLATE_NOOP("cli", "The station is set up already."))
        return 1
    settings = StationSettings(name=args.station, address=args.address, phone=args.phone,
                               credit_code=args.credit_code or None)
    ctx.station.set_up(settings, args.admin, args.admin_name or args.admin, password, today=ctx.clock.today())
    out.say(QT_TRANSLATE_NOOP("cli", "Station {name} created; sign in as {user}."), name=args.station, user=args.admin)
    return 0


def _cmd_demo(args, ctx, out: Output) -> int:
    from app.demo import generate

    def progress(step: str, done: int, total: int) -> None:
        print(f"  {step}: {done}/{total}", flush=True)

    station_existed = ctx.station.is_set_up()
    summary = generate(ctx, scale=args.scale, seed=args.seed, progress=progress)
    for line in summary.lines:
        print(line)
    if station_existed:  # the demo kept the station and its administrator
        out.say(QT_TRANSLATE_NOOP("cli", "Demo data ready. Sign in as your administrator; demo staff use the "
                                         "password {password}."), password=summary.admin_password)
    else:
        out.say(QT_TRANSLATE_NOOP("cli", "Demo data ready. Sign in as {user} with password {password}."),
                user=summary.admin_user, password=summary.admin_password)
    return 0


def _cmd_upgrade(args, ctx, out: Output) -> int:
    out.say(QT_TRANSLATE_NOOP("cli", "The database is at the newest version."))
    return 0


def _cmd_check(args, ctx, out: Output) -> int:
    from app.checks import run_checks

    problems = run_checks(ctx)
    for p in problems:
        print(p)
    if problems:
        out.error(QT_TRANSLATE_NOOP("cli", "{n} problems found."), n=len(problems))
        return 1
    out.say(QT_TRANSLATE_NOOP("cli", "All checks passed."))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
