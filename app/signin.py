"""Who runs a command: the CLI signs a person in, as the desktop does, before it reads or changes data.

Every ``import``, ``export`` and ``print`` command (they read personal data or change data), and
``demo`` on a station that is set up already, takes ``--user NAME --password-file FILE``; on a
terminal, a missing user name or password is asked for (the password without echo). The person's
permissions apply and the audit log names them. Without a sign-in, or with a wrong password,
the command writes nothing and exits with status 3.

``init``, ``demo`` on an empty station, ``upgrade`` and ``check`` run without a person: the
first two make the station and its first user; the last two are the IT person's, who can read
the database file anyway (docs/it-guide.md).
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from services.common.errors import QT_TRANSLATE_NOOP, AuthenticationError

SIGN_IN_REFUSED = 3
VERBS_NEEDING_SIGN_IN = ("import", "export", "print")

MSG_NEED_SIGN_IN = QT_TRANSLATE_NOOP("cli", "Sign in first: add --user NAME --password-file FILE (or run the "
                                            "command on a terminal to be asked). Nothing was written.")
MSG_NO_PASSWORD_FILE = QT_TRANSLATE_NOOP("cli", "Cannot read the password file: {err}. Nothing was written.")
MSG_REFUSED = QT_TRANSLATE_NOOP("cli", "Sign-in refused: {reason} Nothing was written.")
MSG_MUST_CHANGE = QT_TRANSLATE_NOOP("cli", "{user} must choose a new password first: sign in on the desktop "
                                           "once. Nothing was written.")
MSG_DEMO_ADMIN = QT_TRANSLATE_NOOP("cli", "Adding demo data to a station that is set up needs an administrator. "
                                          "Nothing was written.")
PROMPT_USER = QT_TRANSLATE_NOOP("cli", "User name: ")
PROMPT_PASSWORD = QT_TRANSLATE_NOOP("cli", "Password for {user}: ")


def add_sign_in_arguments(parser) -> None:
    """``--user`` and ``--password-file`` on one command's parser (once)."""
    if any("--user" in a.option_strings for a in parser._actions):
        return
    parser.add_argument("--user",
                        help=QT_TRANSLATE_NOOP("cli", "sign in as this user (asked for on a terminal)"))
    parser.add_argument("--password-file", type=Path,
                        help=QT_TRANSLATE_NOOP("cli", "file holding the user's password"))


def add_to_verbs(groups) -> None:
    """Give every command under ``import``, ``export`` and ``print`` the sign-in arguments."""
    for verb in VERBS_NEEDING_SIGN_IN:
        for parser in set(groups[verb].choices.values()):
            add_sign_in_arguments(parser)


def needs_sign_in(args, ctx) -> bool:
    """Import, export and print; a root command that changes data says so with ``set_defaults(sign_in=True)``."""
    if args.command in VERBS_NEEDING_SIGN_IN or getattr(args, "sign_in", False):
        return True
    return args.command == "demo" and ctx.station.is_set_up()


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def sign_in(args, ctx, out):
    """The signed-in ``Actor``, or None after saying why not (the caller exits ``SIGN_IN_REFUSED``)."""
    from services.users.permissions import Permission

    user = (getattr(args, "user", None) or "").strip()
    password_file = getattr(args, "password_file", None)
    if not user and _interactive():
        user = input(out.tr(PROMPT_USER)).strip()
    if not user:
        out.error(MSG_NEED_SIGN_IN)
        return None
    if password_file is not None:
        try:
            password = Path(password_file).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            out.error(MSG_NO_PASSWORD_FILE, err=exc.strerror or exc)
            return None
    elif _interactive():
        password = getpass.getpass(out.tr(PROMPT_PASSWORD).format(user=user))
    else:
        out.error(MSG_NEED_SIGN_IN)
        return None
    try:
        actor = ctx.users.authenticate(user, password)
    except AuthenticationError as exc:
        out.error(MSG_REFUSED, reason=exc.message(lambda c, t: out.tr(t, c)))
        return None
    if actor.must_change_password:
        out.error(MSG_MUST_CHANGE, user=actor.username)
        return None
    if args.command == "demo" and not actor.can(Permission.MANAGE_USERS):
        out.error(MSG_DEMO_ADMIN)
        return None
    return actor
