"""Errors a service raises for the user to read, in the user's language.

A service never formats a message in one language: it raises with an English source text
marked by ``QT_TRANSLATE_NOOP`` (so ``lupdate`` collects it into the translations) and the
values to put in it. The viewmodel translates the text in context ``"ServiceError"`` and then
fills the values; the CLI does the same.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for translation in ``context`` without importing Qt."""
    return text


CONTEXT = "ServiceError"


class ServiceError(Exception):
    """A refusal the user can act on. ``text`` is the English source with ``{name}`` fields."""

    #: the translation context of ``text``
    context: ClassVar[str] = CONTEXT

    def __init__(self, text: str, **params: Any) -> None:
        self.text = text
        self.params = params
        super().__init__(self.message())

    def __reduce__(self):
        # pickles whole (a price-list import in another process raises it to the UI's process),
        # whatever a subclass's constructor takes
        return (_rebuild, (type(self), dict(self.__dict__)))

    def message(self, translate: Callable[[str, str], str] | None = None) -> str:
        template = translate(self.context, self.text) if translate else self.text
        try:
            return template.format(**self.values(translate))
        except (KeyError, IndexError, ValueError):
            return template

    def values(self, translate: Callable[[str, str], str] | None = None) -> dict[str, Any]:
        """The values put into the message (a subclass translates those that are words)."""
        return self.params


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
    """The signed-in user's roles do not allow this action.

    ``needs`` is what the refused permission lets a person do, in words (the English source of
    ``services.users.permissions.PERMISSION_TEXT``, context "Permission"), and ``roles`` the person's
    role names (English sources, context "Role"): the message fills ``{permission}`` and ``{roles}``
    with them translated, so the user reads the permission in their language, never its code.
    """

    def __init__(self, text: str, *, needs: str | None = None, roles: tuple[str, ...] = (), **params: Any) -> None:
        self.needs = needs
        self.roles = tuple(roles)
        super().__init__(text, **params)

    def values(self, translate: Callable[[str, str], str] | None = None) -> dict[str, Any]:
        def words(context: str, text: str) -> str:
            return translate(context, text) if translate else text

        values = dict(self.params)
        if self.needs is not None:
            values["permission"] = words("Permission", self.needs)
        values["roles"] = words(CONTEXT, QT_TRANSLATE_NOOP("ServiceError", ", ")).join(
            words("Role", r) for r in self.roles) or words(CONTEXT, QT_TRANSLATE_NOOP("ServiceError", "none"))
        return values


class NotFound(ServiceError):
    pass


class ConflictError(ServiceError):
    """Someone else saved the same record first (optimistic locking)."""


class AuthenticationError(ServiceError):
    pass


class StaleRecord(ConflictError):
    """A record saved by someone else between reading and writing it (its version moved on).

    Services that can name who changed it catch this and raise ``conflict_error(row)`` instead.
    """


class DuplicateRecord(ConflictError):
    """The database refused a second record with the same unique key (often: another PC saved it first)."""


class RecordInUse(ConflictError):
    """The database refused a reference to a removed record, or the removal of a record still in use."""


class SettledRecord(ConflictError):
    """A change to what a settled job recorded, refused: the card (or its statement) was settled
    meanwhile, usually on another PC. The repair file keeps it as it was (``app.db.models.repair_file``):
    the services refuse it when they see the card settled, the database's triggers when a change got
    past that check. ``what`` is "job_card" or "statement"."""

    def __init__(self, text: str, *, what: str = "job_card", **params: Any) -> None:
        self.what = what
        super().__init__(text, **params)


#: the words of ``SettledRecord`` (the services' and the database's refusal say the same)
SETTLED_CARD = QT_TRANSLATE_NOOP("ServiceError", "This job card was settled meanwhile (on another PC): what it "
                                                 "recorded can no longer change. Nothing was saved; reopen the card "
                                                 "to see it as settled.")
KEPT_STATEMENT = QT_TRANSLATE_NOOP("ServiceError", "This statement is kept in the repair file as it was issued: its "
                                                   "amounts can no longer change and a void is for good (reissue "
                                                   "instead). Nothing was saved; reopen it to see it as stored.")


class StorageError(ServiceError):
    """The database could not do what was asked, for a reason outside the user's input.

    ``Database.write()``/``read()`` turn the drivers' errors into these (and into ``DuplicateRecord``,
    ``RecordInUse``, ``StaleRecord``) once, so nothing above the services looks at a driver's
    exception. ``transient``: the same action may well succeed when tried again shortly.
    """

    transient: ClassVar[bool] = False


class DatabaseBusy(StorageError):
    """Another PC or program holds the database (SQLite's lock, PostgreSQL's row or table locks)."""

    transient = True


class ConnectionLost(StorageError):
    """The database server (or the file's network share) went away in the middle of the work."""

    transient = True


class DiskFull(StorageError):
    pass


class ReadOnlyDatabase(StorageError):
    pass


class DatabaseDamaged(StorageError):
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
