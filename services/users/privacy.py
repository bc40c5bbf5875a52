"""Who sees which personal data: one rule for every screen, document, export and search result.

Customers' phone numbers (the customer's own, their contacts', the driver's on a job card) are
shown in full only to people whose roles call customers (``Permission.SEE_FULL_PHONE``: front
desk, receptionists, information clerks, customer relations, managers); everyone else sees
``138****1234``, enough to tell two customers apart and to match a caller. The customer file,
its search and export, the job card on screen and on paper all take their numbers through
:func:`phone_view`, so a role sees the same thing everywhere.

A masked number sent back unchanged from a form means "as stored" (:func:`is_masked`): the
services keep the stored number rather than saving the stars.
"""

from __future__ import annotations

from collections.abc import Callable

from services.common.identifiers import mask_phone
from services.users.permissions import Actor, Permission


def sees_full_phone(actor: Actor) -> bool:
    return actor.can(Permission.SEE_FULL_PHONE)


def _full(phone: str | None) -> str:
    return phone or ""


def phone_view(actor: Actor) -> Callable[[str | None], str]:
    """How ``actor`` is shown phone numbers: in full, or masked (decided once, for a whole list)."""
    return _full if sees_full_phone(actor) else mask_phone


def phone(actor: Actor, number: str | None) -> str:
    return phone_view(actor)(number)


def is_masked(text: str | None) -> bool:
    """A number as a masked view showed it (it holds the mask's stars)."""
    return "*" in (text or "")
