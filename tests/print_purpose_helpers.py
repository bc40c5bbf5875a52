"""The CLI's print commands of personal data and their ``--purpose`` (``app/commands/purpose.py``): a print
without it is refused in words and writes nothing; with it, the file is written and the audit holds it."""

from __future__ import annotations

from pathlib import Path

from app.cli import main as cli_main
from app.context import AppContext
from services.users.permissions import Actor

REFUSED = 2  # bad input, as a wrong date or copy
NO_PURPOSE = ("The {document} holds the customer's personal data: say what it is printed for with --purpose \"…\" "
              "(it is kept in the audit log with the print). Nothing was written.")


def print_audit(url: str, action_prefix: str) -> list:
    """The print entries the audit log holds, newest first (read as another PC would, after the CLI ran)."""
    ctx, _ = AppContext.open(url, migrate=False)
    try:
        return ctx.audit.entries(Actor.system(), action_prefix=action_prefix)
    finally:
        ctx.close()


def refused_then_printed(capsys, url: str, command: list[str], out: Path, who: list[str], document: str,
                         action_prefix: str, purpose: str = "车主本人索取") -> object:
    """``servicebay print …`` without ``--purpose``: refused with the message and exit code 2, nothing written or
    recorded; with it: written, and the newest print entry holds the purpose (returned)."""
    before = len(print_audit(url, action_prefix))
    capsys.readouterr()
    assert cli_main(["--db", url, "--lang", "en", "print", *command, "-o", str(out), *who]) == REFUSED
    assert NO_PURPOSE.format(document=document) in capsys.readouterr().err
    assert not out.exists() and len(print_audit(url, action_prefix)) == before
    # blank is no purpose either
    assert cli_main(["--db", url, "--lang", "en", "print", *command, "-o", str(out), "--purpose", "  ", *who]) \
        == REFUSED
    assert not out.exists()
    code = cli_main(["--db", url, "--lang", "en", "print", *command, "-o", str(out), "--purpose", purpose, *who])
    assert code == 0, capsys.readouterr().err
    assert out.exists()
    entries = print_audit(url, action_prefix)
    assert len(entries) == before + 1
    assert entries[0].details["purpose"] == purpose
    return entries[0]
