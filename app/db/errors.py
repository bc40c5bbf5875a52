"""The drivers' errors, turned once into the app's own (services.common.errors) with the user's words.

``Database.write()`` and ``read()`` call :func:`app_error` for every SQLAlchemy/driver error that
leaves a unit of work; nothing above the services looks at a driver's exception. SQLite names its
fault in ``sqlite_errorname`` (SQLITE_BUSY, SQLITE_CONSTRAINT_UNIQUE, SQLITE_FULL, ...), PostgreSQL
in its SQLSTATE; a connection SQLAlchemy found dead is ``connection_invalidated``. An error not
recognised here (a programming error, a refused CHECK) stays as it was: the app shows it as
"something went wrong" and logs it.

The repair file's triggers (``app.db.models.repair_file``) refuse a change to what a settled job
recorded with their own message: SQLite raises it as SQLITE_CONSTRAINT_TRIGGER, PostgreSQL as SQLSTATE
23001 (restrict_violation, which a foreign key's ON DELETE RESTRICT raises too): the message tells them
apart, and names the table. A job card's or line's refusal is ``SettledRecord`` (the card was settled
meanwhile, on another PC); a statement's says the statement is kept as issued.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.exc import StaleDataError

from app.db.models.repair_file import KEEP_CHANGE_MESSAGE, KEEP_MESSAGE
from services.common.errors import (
    KEPT_STATEMENT,
    QT_TRANSLATE_NOOP,
    SETTLED_CARD,
    ConnectionLost,
    DatabaseBusy,
    DatabaseDamaged,
    DiskFull,
    DuplicateRecord,
    ReadOnlyDatabase,
    RecordInUse,
    ServiceError,
    SettledRecord,
    StaleRecord,
)

BUSY_WRITE = QT_TRANSLATE_NOOP("ServiceError", "The database is busy on another PC. Nothing was saved; try again "
                                               "in a moment.")
BUSY_READ = QT_TRANSLATE_NOOP("ServiceError", "The database is busy on another PC. Try again in a moment.")
LOST_WRITE = QT_TRANSLATE_NOOP("ServiceError", "The connection to the database was lost. Nothing was saved; check "
                                               "the network and try again.")
LOST_COMMIT = QT_TRANSLATE_NOOP("ServiceError", "The connection to the database was lost while saving. Check the "
                                                "network, then reopen the record to see whether it was saved.")
LOST_READ = QT_TRANSLATE_NOOP("ServiceError", "The connection to the database was lost. Check the network and try "
                                              "again.")
FILE_IO = QT_TRANSLATE_NOOP("ServiceError", "The database file cannot be read or written (its disk or network "
                                            "share). Nothing was saved; check it and try again.")
DISK_FULL = QT_TRANSLATE_NOOP("ServiceError", "The disk that holds the database is full. Nothing was saved; free "
                                              "some space (or ask the administrator) and try again.")
READ_ONLY = QT_TRANSLATE_NOOP("ServiceError", "The database is read-only. Nothing can be saved; ask the "
                                              "administrator to make it writable.")
DAMAGED = QT_TRANSLATE_NOOP("ServiceError", "The database file is damaged. Nothing was saved; ask the "
                                            "administrator to restore the last backup.")
DUPLICATE = QT_TRANSLATE_NOOP("ServiceError", "This record already exists: another PC or an earlier entry saved "
                                              "the same one. Nothing was saved; refresh and check.")
IN_USE = QT_TRANSLATE_NOOP("ServiceError", "A record this one refers to was removed, or this record is still used "
                                           "elsewhere. Nothing was saved; refresh and check.")
STALE = QT_TRANSLATE_NOOP("ServiceError", "Someone else changed this record while you were editing it. Nothing "
                                          "was saved; reopen it and try again.")

# PostgreSQL SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html)
_PG_BUSY = {"40P01", "40001", "55P03", "57014", "53300"}  # deadlock, serialization, lock/statement timeout, too many
_PG_LOST = {"57P01", "57P02", "57P03"}  # backend terminated, crash shutdown, cannot connect now


def app_error(exc: BaseException, *, writing: bool, committing: bool = False) -> ServiceError | None:
    """The app's error for a driver's ``exc``, or None when it is not a fault this module knows."""
    if isinstance(exc, StaleDataError):
        return StaleRecord(STALE)
    if not isinstance(exc, DBAPIError):
        return None
    lost = LOST_COMMIT if committing else LOST_WRITE if writing else LOST_READ
    if exc.connection_invalidated:
        return ConnectionLost(lost)
    orig = exc.orig
    name = getattr(orig, "sqlite_errorname", None)
    if name is not None:
        if name == "SQLITE_CONSTRAINT_TRIGGER":
            return _kept(str(orig))
        return _sqlite(name, writing)
    state = getattr(orig, "sqlstate", None) or ""
    if state == "23001":
        return _kept(str(orig))
    if state == "23505":
        return DuplicateRecord(DUPLICATE)
    if state == "23503":
        return RecordInUse(IN_USE)
    if state in _PG_BUSY:
        return DatabaseBusy(BUSY_WRITE if writing else BUSY_READ)
    if state == "53100":
        return DiskFull(DISK_FULL)
    if state == "25006":
        return ReadOnlyDatabase(READ_ONLY)
    if state.startswith("08") or state in _PG_LOST:
        return ConnectionLost(lost)
    if state.startswith("XX00"):
        return DatabaseDamaged(DAMAGED)
    return None


# the job's own tables, whose refusal means the card was settled (or delivered) meanwhile
_CARD_TABLES = ("job_cards", "job_lines", "job_status_changes", "job_quality_checks")


def _kept(message: str) -> ServiceError | None:
    """The repair file's refusal of a change (or removal) of what a settled job recorded, or None."""
    for rule in (KEEP_CHANGE_MESSAGE, KEEP_MESSAGE):
        if rule in message:
            table = message.split(rule, 1)[1].strip().removeprefix("(").split(")", 1)[0]
            if table in _CARD_TABLES:
                return SettledRecord(SETTLED_CARD)
            if rule == KEEP_CHANGE_MESSAGE:
                return SettledRecord(KEPT_STATEMENT, what="statement")
            return None  # a removal of a statement, payment or health record: no user action leads there
    return None


def _sqlite(name: str, writing: bool) -> ServiceError | None:
    if name in ("SQLITE_BUSY", "SQLITE_LOCKED") or name.startswith(("SQLITE_BUSY_", "SQLITE_LOCKED_")):
        return DatabaseBusy(BUSY_WRITE if writing else BUSY_READ)
    if name in ("SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY"):
        return DuplicateRecord(DUPLICATE)
    if name == "SQLITE_CONSTRAINT_FOREIGNKEY":
        return RecordInUse(IN_USE)
    if name == "SQLITE_FULL":
        return DiskFull(DISK_FULL)
    if name.startswith("SQLITE_READONLY"):
        return ReadOnlyDatabase(READ_ONLY)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return DatabaseDamaged(DAMAGED)
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")):
        return ConnectionLost(FILE_IO)
    return None
