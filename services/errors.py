"""Errors a service raises for the user to read, in the user's language.

A service never formats a message in one language: it raises with an English source text
marked by ``QT_TRANSLATE_NOOP`` (so ``lupdate`` collects it into the translations) and the
values to put in it. The viewmodel translates the text in context ``"ServiceError"`` and then
fills the values; the CLI does the same.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for translation in ``context`` without importing Qt."""
    return text


CONTEXT = "ServiceError"


class ServiceError(Exception):
    """A refusal the user can act on. ``text`` is the English source with ``{name}`` fields."""

    def __init__(self, text: str, **params: Any) -> None:
        self.text = text
        self.params = params
        super().__init__(self.message())

    def __reduce__(self):
        # pickles whole (a price-list import in another process raises it to the UI's process),
        # whatever a subclass's constructor takes
        return (_rebuild, (type(self), dict(self.__dict__)))

    def message(self, translate: Callable[[str, str], str] | None = None) -> str:
        template = translate(CONTEXT, self.text) if translate else self.text
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template


def _rebuild(cls: type[ServiceError], state: dict[str, Any]) -> ServiceError:
    exc = cls.__new__(cls)
    exc.__dict__.update(state)
    Exception.__init__(exc, exc.message())
    return exc


class ValidationError(ServiceError):
    """Input that cannot be accepted; ``field`` names the input at fault where there is one."""

    def __init__(self, text: str, *, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(text, **params)


class PermissionDenied(ServiceError):
    """The signed-in user's roles do not allow this action."""


class NotFound(ServiceError):
    pass


class ConflictError(ServiceError):
    """Someone else saved the same record first (optimistic locking)."""


class AuthenticationError(ServiceError):
    pass


def conflict_error(row: Any, zone: str = "Asia/Shanghai") -> ConflictError:
    """The message for a record someone else saved first, naming who and when (station time)."""
    from zoneinfo import ZoneInfo

    when = getattr(row, "updated_at", None)
    return ConflictError(
        QT_TRANSLATE_NOOP(
            "ServiceError",
            "{who} changed this record at {when} while you were editing it. Your changes were not saved; "
            "reopen it to see theirs.",
        ),
        who=getattr(row, "updated_by", None) or "?",
        when=when.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M") if when else "?",
    )
