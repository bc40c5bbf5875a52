"""The ``servicebay`` command: the desktop app by default, and the same work without a screen.

    servicebay                       start the desktop app
    servicebay init --station NAME --admin USER --password-file FILE
    servicebay demo --scale small|station|decade --seed N
    servicebay upgrade               apply database migrations (after a backup)
    servicebay check                 verify the file (full integrity check) and the data (the areas' checks)
    servicebay backup [-o FILE]      a checked backup now (app/backup); restore FILE puts one back
    servicebay diagnostics -o F.zip  the log, versions and settings (no secrets) for IT support

``--db URL`` (or ``SERVICEBAY_DB``) points any of them at a PostgreSQL server or another file.
``import``, ``export`` and ``print`` commands sign a person in first (``--user NAME --password-file
FILE``, or asked on a terminal; ``app/signin.py``) and run with that person's permissions.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from app import __version__
from app.commands import AREAS_WITH_COMMANDS, area_command_modules  # noqa: F401  (AREAS_WITH_COMMANDS re-exported)
from app.settings import LocalSettings, resolve_database_url
from app.signin import SIGN_IN_REFUSED, add_sign_in_arguments, add_to_verbs, needs_sign_in, sign_in
from services.common.errors import QT_TRANSLATE_NOOP

# the areas' commands (``app/commands/<area>.py``) are found by ``app.commands.area_command_modules``,
# which ``servicebay check`` (app/checks.py) uses too


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


# argparse's own words (it asks gettext, which has no Chinese for them): marked here for the
# translations, given to argparse while the command line is read (``_in_language``)
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
)


def language_of(argv: Sequence[str], settings: LocalSettings) -> str:
    """The language of this run: ``--lang`` on the command line, else this PC's setting."""
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang", choices=["zh_CN", "en"])
    known, _rest = pre.parse_known_args(list(argv))
    return known.lang or settings.language


@contextmanager
def _in_language(out: Output) -> Iterator[None]:
    """argparse speaks ``out``'s language while the parser is built and the command line read."""
    before = argparse._
    argparse._ = lambda text: out.tr(text, "argparse")
    try:
        yield
    finally:
        argparse._ = before


def _translate_help(parser: argparse.ArgumentParser, out: Output, seen: set[int] | None = None) -> None:
    """Every help text and description of ``parser`` and its subcommands in ``out``'s language.

    The areas' commands (app/commands) mark their help with ``QT_TRANSLATE_NOOP("cli", …)``; one
    walk here translates them all, so a command added later needs no more than its marks.
    """
    seen = set() if seen is None else seen
    if id(parser) in seen:
        return
    seen.add(id(parser))
    if parser.description:
        parser.description = out.tr(parser.description)
    if parser.epilog:
        parser.epilog = out.tr(parser.epilog)
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            action.help = out.tr(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    choice.help = out.tr(choice.help)
            for sub in action.choices.values():
                _translate_help(sub, out, seen)


def _parser(out: Output | None = None) -> argparse.ArgumentParser:
    """The command line; with ``out``, its help in ``out``'s language."""
    p = _build_parser()
    if out is not None:
        _translate_help(p, out)
    return p


def _build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="servicebay",
                                description=QT_TRANSLATE_NOOP("cli", "ServiceBay — service station management"))
    p.add_argument("--version", action="version", version=f"ServiceBay {__version__}")
    p.add_argument("--db", metavar="URL",
                   help=QT_TRANSLATE_NOOP("cli", "database URL (default: the embedded SQLite file)"))
    p.add_argument("--lang", choices=["zh_CN", "en"], help=QT_TRANSLATE_NOOP("cli", "language of messages"))
    sub = p.add_subparsers(dest="command")

    init = sub.add_parser("init", help=QT_TRANSLATE_NOOP("cli", "create the station and its administrator"))
    init.add_argument("--station", required=True, help=QT_TRANSLATE_NOOP("cli", "station name"))
    init.add_argument("--admin", required=True, help=QT_TRANSLATE_NOOP("cli", "administrator's user name"))
    init.add_argument("--admin-name",
                      help=QT_TRANSLATE_NOOP("cli", "administrator's full name (default: the user name)"))
    init.add_argument("--password-file", required=True, type=Path,
                      help=QT_TRANSLATE_NOOP("cli", "file holding the password"))
    init.add_argument("--credit-code", help=QT_TRANSLATE_NOOP("cli", "the station's unified social credit code"))
    init.add_argument("--address", default="")
    init.add_argument("--phone", default="")
    init.set_defaults(func=_cmd_init)

    demo = sub.add_parser("demo", help=QT_TRANSLATE_NOOP("cli", "fill the database with realistic demo data"))
    demo.add_argument("--scale", choices=["small", "station", "decade"], default="small")
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(func=_cmd_demo)
    add_sign_in_arguments(demo)  # needed only when the station is set up already

    up = sub.add_parser("upgrade",
                        help=QT_TRANSLATE_NOOP("cli", "apply database migrations (an SQLite file is backed up first)"))
    up.set_defaults(func=_cmd_upgrade)

    check = sub.add_parser("check", help=QT_TRANSLATE_NOOP("cli", "verify the data against its ledgers"))
    check.set_defaults(func=_cmd_check, opens_database=False)

    groups = {"root": sub}
    for verb, text in (("import", QT_TRANSLATE_NOOP("cli", "import data from a file")),
                       ("export", QT_TRANSLATE_NOOP("cli", "export data to a file")),
                       ("print", QT_TRANSLATE_NOOP("cli", "print a document to a PDF file"))):
        parser = sub.add_parser(verb, help=text)
        groups[verb] = parser.add_subparsers(dest=f"{verb}_what", required=True)
    from app.commands import backup

    backup.register(groups)  # backup, restore, diagnostics: not an area's, run without the app's context
    for module in area_command_modules():
        module.register(groups)
    add_to_verbs(groups)  # every import, export and print signs a person in (app/signin.py)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    settings = LocalSettings.load()
    out = Output(language_of(argv, settings))
    with _in_language(out):
        parser = _parser(out)
        args = parser.parse_args(argv)
    if args.command is None:
        from app.gui import run_gui

        return run_gui(args, settings)

    from app.context import AppContext
    from app.db.engine import DatabaseUnavailable
    from services.common.errors import ServiceError

    if not hasattr(args, "func"):
        with _in_language(out):
            parser.print_help()
        return 2
    url = resolve_database_url(args.db, settings)
    if not getattr(args, "opens_database", True):
        try:
            return int(args.func(args, url, out) or 0)
        except DatabaseUnavailable as exc:
            print(out.tr(exc.reason, "Database"), file=sys.stderr)
            if exc.detail:
                print(exc.detail, file=sys.stderr)
            return 2
        except ServiceError as exc:
            out.service_error(exc)
            return 1
        except OSError as exc:  # a file named on the command line that cannot be read or written
            out.error(QT_TRANSLATE_NOOP("cli", "A file cannot be read or written: {err}. Nothing was changed."),
                      err=exc)
            return 2
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
        args.actor = None
        if needs_sign_in(args, ctx):
            args.actor = sign_in(args, ctx, out)
            if args.actor is None:
                return SIGN_IN_REFUSED
        return int(args.func(args, ctx, out) or 0)
    except ServiceError as exc:
        out.service_error(exc)
        return 1
    finally:
        ctx.close()


def _cmd_init(args, ctx, out: Output) -> int:
    from services.station.settings import StationSettings

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
    if summary.accounts:
        from services.users.permissions import ROLE_NAMES, Role

        out.say(QT_TRANSLATE_NOOP("cli", "Accounts by role (password {password}):"), password=summary.admin_password)
        for role, names in summary.accounts.items():
            known = {r.value: r for r in Role}
            words = out.tr(ROLE_NAMES[known[role]], "Role") if role in known else role
            print(f"  {words}: {', '.join(names)}")
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


def _cmd_check(args, url: str, out: Output) -> int:
    """The file first (SQLite's full integrity check), then the areas' checks; never a traceback."""
    import logging

    from app.checks import backup_line, run_checks
    from app.commands.backup import damage
    from app.context import AppContext
    from services.common.errors import ServiceError

    try:
        found = damage(url)
    except OSError as exc:
        out.error(QT_TRANSLATE_NOOP("cli", "The database file cannot be read: {err}"), err=exc)
        return 2
    if found is not None:
        out.service_error(found)
        return 1
    try:
        ctx, _result = AppContext.open(url)
    except Exception as exc:  # DatabaseUnavailable is answered by main(); anything else in words too
        if type(exc).__name__ == "DatabaseUnavailable":
            raise
        logging.getLogger(__name__).exception("check: cannot open %s", url.split("@")[-1])
        out.error(QT_TRANSLATE_NOOP("cli", "The check could not open the database: {err}"), err=exc)
        return 2
    try:
        problems = run_checks(ctx)
        line = backup_line(ctx, out.tr)
    except ServiceError as exc:  # a damaged page met while reading, a lost server: in the user's words
        out.service_error(exc)
        return 1
    except Exception as exc:  # a fault met while reading the data: said, not a traceback
        logging.getLogger(__name__).exception("check failed")
        out.error(QT_TRANSLATE_NOOP("cli", "The check stopped on an error: {err}. Run servicebay check again; if "
                                           "it stops again, restore the last good backup."), err=exc)
        return 2
    finally:
        ctx.close()
    print(line)
    for p in problems:
        print(p)
    if problems:
        out.error(QT_TRANSLATE_NOOP("cli", "{n} problems found."), n=len(problems))
        return 1
    out.say(QT_TRANSLATE_NOOP("cli", "All checks passed."))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
