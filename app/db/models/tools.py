"""Tools, equipment and technical documents: the ledger (台帐), loans (工具借用), calibration, incidents.

An item is one numbered thing on the ledger with one asset barcode: a hand tool, a brand's special
tool, a piece of equipment, a measuring instrument or a technical document; a set (套) counts its
pieces in ``quantity`` and is lent whole. A loan (借用单) is one borrower at one desk visit with its
lines, one per item; each line is lent and returned by a scan whose client-made key is stored
under a UNIQUE constraint, so a replayed scan cannot lend or return twice.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Versioned
from app.db.types import Money, UTCDateTime

# kinds: hand | special | equipment | measuring | document
# states: available | on_loan | calibration | repair | lost | retired


class ToolItem(Versioned, Base):
    """One line of the ledger (台帐)."""

    __tablename__ = "tool_items"
    __table_args__ = (
        Index("ix_tool_items_state_number", "state", "item_number"),
        Index("ix_tool_items_next_due", "next_due"),
    )

    item_number: Mapped[str] = mapped_column(String(32), unique=True)
    barcode: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(16), default="hand")
    specification: Mapped[str] = mapped_column(String(128), default="")
    brand: Mapped[str] = mapped_column(String(64), default="")  # the car brand a special tool serves
    models: Mapped[str] = mapped_column(String(255), default="")  # models served, comma separated
    location: Mapped[str] = mapped_column(String(64), default="")
    quantity: Mapped[int] = mapped_column(default=1)  # pieces in a set
    purchase_date: Mapped[date | None] = mapped_column(Date)
    cost: Mapped[Decimal | None] = mapped_column(Money())
    state: Mapped[str] = mapped_column(String(16), default="available")
    state_reason: Mapped[str] = mapped_column(String(255), default="")
    calibration_interval_days: Mapped[int | None] = mapped_column()  # calibration or maintenance cycle
    last_calibrated: Mapped[date | None] = mapped_column(Date)
    next_due: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class ToolAttachment(Base):
    """A manual, certificate or photo kept with an item: a file name and where the file is stored."""

    __tablename__ = "tool_attachments"

    item_id: Mapped[int] = mapped_column(ForeignKey("tool_items.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="manual")  # manual | certificate | photo | other
    file_name: Mapped[str] = mapped_column(String(255))
    stored_path: Mapped[str] = mapped_column(String(1024), default="")  # a path on the station's share
    blob_ref: Mapped[str | None] = mapped_column(String(128))  # or a content hash in a document store
    added_by: Mapped[str | None] = mapped_column(String(64))


class ToolLoan(Base):
    """A loan slip (借用单): one borrower, lent at the desk, returned item by item."""

    __tablename__ = "tool_loans"
    __table_args__ = (Index("ix_tool_loans_borrower_lent", "borrower_id", "lent_at"),)

    number: Mapped[str] = mapped_column(String(32), unique=True)
    borrower_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    lent_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    expected_return: Mapped[datetime] = mapped_column(UTCDateTime())
    job_card_number: Mapped[str | None] = mapped_column(String(32), index=True)  # seam: job cards come later
    lent_by: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(String(255), default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # when the last item came back


class ToolLoanLine(Base):
    """One item on a loan: lent by one scan, returned by another, with the condition it came back in."""

    __tablename__ = "tool_loan_lines"
    __table_args__ = (
        Index("ix_tool_loan_lines_item_lent", "item_id", "lent_at"),
        Index("ix_tool_loan_lines_open", "returned_at", "expected_return"),
    )

    loan_id: Mapped[int] = mapped_column(ForeignKey("tool_loans.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("tool_items.id"))
    borrower_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    lent_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expected_return: Mapped[datetime] = mapped_column(UTCDateTime())
    scan_key: Mapped[str] = mapped_column(String(64), unique=True)
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    return_scan_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    returned_to: Mapped[str | None] = mapped_column(String(64))
    condition: Mapped[str | None] = mapped_column(String(16))  # good | damaged | incomplete | lost
    return_note: Mapped[str] = mapped_column(String(255), default="")


class ToolCalibration(Base):
    """A calibration or maintenance of an item, with its certificate and result."""

    __tablename__ = "tool_calibrations"
    __table_args__ = (Index("ix_tool_calibrations_item_on", "item_id", "performed_on"),)

    item_id: Mapped[int] = mapped_column(ForeignKey("tool_items.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16), default="calibration")  # calibration | maintenance | repair
    performed_on: Mapped[date] = mapped_column(Date)
    provider: Mapped[str] = mapped_column(String(128), default="")
    certificate_number: Mapped[str] = mapped_column(String(64), default="")
    result: Mapped[str] = mapped_column(String(16), default="pass")  # pass | adjusted | fail
    next_due: Mapped[date | None] = mapped_column(Date)
    cost: Mapped[Decimal | None] = mapped_column(Money())
    note: Mapped[str] = mapped_column(String(255), default="")
    recorded_by: Mapped[str | None] = mapped_column(String(64))


class ToolIncident(Base):
    """A damaged, incomplete or lost item and its follow-up by the station's rule (charge, repair order)."""

    __tablename__ = "tool_incidents"
    __table_args__ = (Index("ix_tool_incidents_reported", "reported_at"),)

    item_id: Mapped[int] = mapped_column(ForeignKey("tool_items.id"), index=True)
    loan_line_id: Mapped[int | None] = mapped_column(ForeignKey("tool_loan_lines.id"))
    borrower_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # damaged | incomplete | lost
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reported_by: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(String(255), default="")
    charge_amount: Mapped[Decimal | None] = mapped_column(Money())  # charged to the borrower
    repair_order: Mapped[str] = mapped_column(String(64), default="")  # outside repair or job card number
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | settled
    settled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    settled_by: Mapped[str | None] = mapped_column(String(64))


class ToolRule(Base):
    """The station's rule for an item returned damaged, incomplete or lost (configurable).

    ``charge_percent`` of the purchase cost is charged to the borrower (0 to 100); ``repair``
    sends the item to repair. Without a row the defaults in ``services.tools.service`` apply.
    """

    __tablename__ = "tool_rules"

    condition: Mapped[str] = mapped_column(String(16), unique=True)
    charge_percent: Mapped[int] = mapped_column(default=0)
    repair: Mapped[bool] = mapped_column(default=True)
