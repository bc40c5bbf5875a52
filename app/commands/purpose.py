"""``--purpose`` for the print commands whose document carries a customer's personal data (个人信息保护法).

The screens ask what such a print is for (``views/common/purpose.py``); without a screen the person
says it with ``--purpose "…"``. A print without it is refused before anything is read or written
(exit code 2, like other bad input), and the purpose goes to the print's audit entry, as from the screens.
"""

from __future__ import annotations

from services.common.errors import QT_TRANSLATE_NOOP

MAX_PURPOSE = 200  # as viewmodels.common.purpose and the services' audit entries
PURPOSE_HELP = QT_TRANSLATE_NOOP("cli", "what the print is for (kept in the audit log with it)")
NO_PURPOSE = QT_TRANSLATE_NOOP("cli", "The {document} holds the customer's personal data: say what it is printed for "
                                      "with --purpose \"…\" (it is kept in the audit log with the print). Nothing "
                                      "was written.")
REFUSED = 2


def add_purpose_argument(parser) -> None:
    parser.add_argument("--purpose", default="", help=PURPOSE_HELP)


def given_purpose(args, out, document: str) -> str | None:
    """The ``--purpose`` given, tidied; None (after saying so) when there is none: the caller writes nothing and
    exits with ``REFUSED``. ``document``: the document's name as the message says it (context "cli")."""
    purpose = " ".join((getattr(args, "purpose", "") or "").split())[:MAX_PURPOSE]
    if not purpose:
        out.error(NO_PURPOSE, document=out.tr(document, "cli"))
        return None
    return purpose
