"""Turns any exception into a sentence for the user, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from services.errors import ServiceError


def translate_service(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def describe(exc: BaseException) -> str:
    """A readable message: a service's own refusal, or a plain statement that something broke."""
    if isinstance(exc, ServiceError):
        return exc.message(translate_service)
    name = type(exc).__name__
    if name == "StaleDataError":
        return QCoreApplication.translate(
            "Errors", "Someone else changed this record while you were editing it. Reopen it and try again."
        )
    if name == "OperationalError" and "locked" in str(exc):
        return QCoreApplication.translate(
            "Errors", "The database is busy on another PC. Nothing was saved; try again in a moment."
        )
    if name in ("OperationalError", "InterfaceError", "DatabaseUnavailable"):
        return QCoreApplication.translate(
            "Errors", "The database cannot be reached. Nothing was saved; check the network and try again."
        )
    return QCoreApplication.translate(
        "Errors", "Something went wrong: {error}. The details are in the log file."
    ).format(error=name)
