"""Why a document with a customer's personal data is printed (个人信息保护法): the short list the
print and export screens offer, and this PC's memory of the last purpose per document kind.

The everyday print stays one click: the first print of a kind on a PC asks what it is for (the
advisor at reception picks "Handed to the customer / the person themselves" once); later prints of
that kind go with the remembered purpose, which the audit entry of each print carries. "Print for
another purpose…" asks again, and that answer is remembered in its place.
"""

from __future__ import annotations

from typing import Protocol

from services.common.errors import QT_TRANSLATE_NOOP

# offered in this order; any other purpose may be typed (context "PrintPurpose")
PRINT_PURPOSES = (
    QT_TRANSLATE_NOOP("PrintPurpose", "Handed to the customer / the person themselves"),
    QT_TRANSLATE_NOOP("PrintPurpose", "Workshop copy for the job"),
    QT_TRANSLATE_NOOP("PrintPurpose", "Insurance claim"),
    QT_TRANSLATE_NOOP("PrintPurpose", "Manufacturer's warranty claim or audit"),
    QT_TRANSLATE_NOOP("PrintPurpose", "Kept with the station's records"),
)
MAX_PURPOSE = 200


class PurposeStore(Protocol):
    def purpose_for(self, kind: str) -> str: ...

    def remember_purpose(self, kind: str, purpose: str) -> None: ...


class PurposeMemory:
    """The last purpose per document kind, in memory (a page built without this PC's settings)."""

    def __init__(self) -> None:
        self._last: dict[str, str] = {}

    def purpose_for(self, kind: str) -> str:
        return self._last.get(kind, "")

    def remember_purpose(self, kind: str, purpose: str) -> None:
        self._last[kind] = purpose


def clean_purpose(text: str | None) -> str:
    return " ".join((text or "").split())[:MAX_PURPOSE]


def purpose_to_print(store: PurposeStore, kind: str, given: str = "") -> str:
    """The purpose a print of ``kind`` goes with: ``given`` (then remembered for the next print of
    the kind on this PC), else the remembered one; "" when the screen must ask."""
    given = clean_purpose(given)
    if given:
        if store.purpose_for(kind) != given:
            store.remember_purpose(kind, given)
        return given
    return clean_purpose(store.purpose_for(kind))
