"""Declarative base and mixins shared by every table.

``created_at``/``updated_at`` come from the clock of the ``Database`` the row is written through
(the app's injected ``Clock``: a ``FixedClock`` in tests and demo data), passed to the column
defaults in the connection's execution options; a connection without one (a bare engine) uses
the wall clock.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar, cast

from sqlalchemy import CursorResult, MetaData, Result, String, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from app.db.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


NOW_OPTION = "servicebay_now"


def utcnow() -> datetime:
    return datetime.now(UTC)


def rowcount(result: Result[Any]) -> int:
    """The rows an UPDATE or DELETE touched (``Session.execute`` types its result without ``rowcount``)."""
    return cast(CursorResult[Any], result).rowcount


def clock_now(context: Any) -> datetime:
    """Column default: now by the clock of the Database writing the row (see ``Database.clock``)."""
    now = context.execution_options.get(NOW_OPTION) if context is not None else None
    return now() if now is not None else utcnow()


class Base(DeclarativeBase):
    """Every table has an integer id and UTC creation/update times."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # every model maps one Table (SQLAlchemy types it as the wider FromClause, which has no insert())
    __table__: ClassVar[Table]

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=clock_now, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), default=clock_now, onupdate=clock_now, nullable=False
    )


class Versioned:
    """Records people edit carry a version: two PCs saving one record get a conflict, not an overwrite.

    ``updated_by`` names who saved last, so the conflict message can say who changed it.
    """

    version: Mapped[int] = mapped_column(nullable=False, default=1)
    updated_by: Mapped[str | None] = mapped_column(String(64))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:  # noqa: N805
        return {"version_id_col": cls.version}
