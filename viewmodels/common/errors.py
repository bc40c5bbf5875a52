"""Turns any exception into a sentence for the user, in the user's language.

Faults of the database reach here already as the app's own errors (``Database.write()``/``read()``
map the drivers' errors once: busy, duplicate, lost connection, full disk, ...); nothing here
looks at a driver's exception.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from services.common.errors import ServiceError


def translate_service(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def describe(exc: BaseException) -> str:
    """A readable message: a service's own refusal, or a plain statement that something broke."""
    if isinstance(exc, ServiceError):
        return exc.message(translate_service)
    return QCoreApplication.translate(
        "Errors", "Something went wrong: {error}. The details are in the log file."
    ).format(error=type(exc).__name__)
