"""The parts store (配件库): parts master, barcodes, bins, suppliers, the stock ledger and its documents.

Stock is an append-only ledger (``stock_moves``). What is on the shelf is kept beside it in the
same transaction: ``stock_balances`` per part and bin (位置码), and ``part_stock`` per part with
the total on hand, the quantity reserved for open job cards, the quantity on order and the
moving-average cost. Both can be rebuilt from the ledger (``servicebay check`` compares them).

A scan's client-made key is stored with the move it made (``scan_key``, unique), so replaying a
scan after a crash cannot count it twice. Job cards are another area: reservations and moves
refer to a job card by its number (``job_ref``) and line reference as plain strings.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Versioned
from app.db.trigram import trigram_index
from app.db.types import Money, Quantity, UTCDateTime

# Part numbers and codes are compared as code points, so prefix range queries see the index's
# order on PostgreSQL whatever the server's collation (zh_CN.UTF-8 would reorder them).
CodeKey = String(40).with_variant(String(40, collation="C"), "postgresql")
PinyinKey = String(128).with_variant(String(128, collation="C"), "postgresql")
BarcodeKey = String(64).with_variant(String(64, collation="C"), "postgresql")

ZERO = Decimal("0")
# a part short of its minimum: what is on hand and on order, less what job cards hold, below 最低库存
SHORT = "min_stock > 0 AND min_stock > on_hand + on_order - reserved"


def short_of_minimum():
    """That condition as a query must say it for the planner to use ``ix_part_stock_short``: word for word,
    with the 0 written out (a bound parameter would not prove the index's condition to SQLite)."""
    return text("part_stock.min_stock > 0 AND part_stock.min_stock > part_stock.on_hand + part_stock.on_order"
                " - part_stock.reserved")


class Bin(Base):
    """A shelf location (位置码) such as A-01-03: aisle, rack, shelf."""

    __tablename__ = "bins"

    code: Mapped[str] = mapped_column(CodeKey, unique=True)
    description: Mapped[str] = mapped_column(String(128), default="")
    active: Mapped[bool] = mapped_column(default=True)
    # the quarantine bin (待处理/隔离区): rejected deliveries wait there, outside on hand and available
    quarantine: Mapped[bool] = mapped_column(default=False)


class Supplier(Versioned, Base):
    """Who parts are bought from: the manufacturer's parts centre or a local dealer."""

    __tablename__ = "suppliers"

    name: Mapped[str] = mapped_column(String(128), unique=True)
    address: Mapped[str] = mapped_column(String(255), default="")
    contact: Mapped[str] = mapped_column(String(64), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    lead_time_days: Mapped[int] = mapped_column(default=3)
    active: Mapped[bool] = mapped_column(default=True)


#: the trigram indexes of the parts name search (migration 0028_parts_trgm): index name → column
PART_TRIGRAM_INDEXES = {"ix_parts_initials_trgm": "initials", "ix_parts_pinyin_trgm": "pinyin",
                        "ix_parts_name_zh_trgm": "name_zh", "ix_parts_spec_trgm": "spec",
                        "ix_parts_name_en_trgm": "name_en"}


class Part(Versioned, Base):
    """A part number and what the store sells it for."""

    __tablename__ = "parts"
    __table_args__ = (
        # every column the name search reads, in number order: its scan never touches the table
        Index("ix_parts_search", "number", "initials", "pinyin", "name_zh", "spec", "name_en"),
        # on PostgreSQL with pg_trgm, GIN trigram indexes for the LIKE '%…%' of the name search
        # (app.db.trigram; skipped where pg_trgm cannot be had, and on SQLite)
        *(trigram_index(name, column) for name, column in PART_TRIGRAM_INDEXES.items()),
        Index("ix_parts_category", "category"),
        Index("ix_parts_superseded_by_id", "superseded_by_id"),
    )

    number: Mapped[str] = mapped_column(CodeKey, unique=True)  # 零件号, upper-case, no spaces
    name_zh: Mapped[str] = mapped_column(String(128))
    name_en: Mapped[str] = mapped_column(String(128), default="")
    # search keys of name_zh (services.common.pinyin.keys): full pinyin, a space in front of every word
    # (" ji you lv qing qi"), and the initials (jylqq for 机油滤清器); both matched at any word
    pinyin: Mapped[str] = mapped_column(PinyinKey, default="")
    initials: Mapped[str] = mapped_column(PinyinKey, default="")
    spec: Mapped[str] = mapped_column(String(128), default="")  # specification / fitment
    brand: Mapped[str] = mapped_column(String(64), default="")
    category: Mapped[str] = mapped_column(String(64), default="")
    unit: Mapped[str] = mapped_column(String(16), default="个")
    quality: Mapped[str] = mapped_column(String(16), default="genuine")  # genuine | equivalent | reconditioned
    cost: Mapped[Decimal] = mapped_column(Money(), default=ZERO)  # list purchase price (price list)
    retail_price: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    trade_price: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    warranty_price: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    min_stock: Mapped[Decimal] = mapped_column(Quantity(), default=ZERO)  # 最低库存
    quota: Mapped[Decimal] = mapped_column(Quantity(), default=ZERO)  # 储备定额
    default_bin_id: Mapped[int | None] = mapped_column(ForeignKey("bins.id"))
    superseded_by_id: Mapped[int | None] = mapped_column(ForeignKey("parts.id"))
    active: Mapped[bool] = mapped_column(default=True)


class PartBarcode(Base):
    """A code printed on the box or on our label: any number per part, each code names one part."""

    __tablename__ = "part_barcodes"
    __table_args__ = (Index("ix_part_barcodes_part_id", "part_id"),)

    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"))
    code: Mapped[str] = mapped_column(BarcodeKey, unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="other")  # ean13 | code128 | manufacturer | other


class PartSupplier(Base):
    __tablename__ = "part_suppliers"
    __table_args__ = (UniqueConstraint("part_id", "supplier_id"),
                      Index("ix_part_suppliers_supplier_id", "supplier_id"))

    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"))
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id"))
    supplier_number: Mapped[str] = mapped_column(String(40), default="")
    price: Mapped[Decimal | None] = mapped_column(Money())
    lead_time_days: Mapped[int | None] = mapped_column()
    preferred: Mapped[bool] = mapped_column(default=False)
    # the supplier's price list that last priced the part (its file) and when: "price" is then its list price
    price_list: Mapped[str] = mapped_column(String(128), default="", server_default="")
    listed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class PartStock(Base):
    """Per part: total on hand, reserved for job cards, on order, the stock's value and its moving-average cost.

    ``value`` is the book value of what is on hand: the sum of the values of the part's moves outside the
    quarantine bin, kept in step by
    the ledger; ``avg_cost`` is ``value / on_hand`` to the fen (what an outgoing move is priced at).

    ``on_hand`` counts the store's bins only; what waits in the quarantine bin (rejected at
    inspection, not yet released or sent back) is ``quarantined``, never on hand or available.
    """

    __tablename__ = "part_stock"
    # the parts short of their minimum, found without reading all 100k rows: the reorder suggestions, the
    # store's below-minimum report and the home page's tile ask this index for their few thousand rows
    __table_args__ = (
        Index("ix_part_stock_short", "part_id",
              sqlite_where=text(SHORT), postgresql_where=text(SHORT)),
        # what the code relies on, held by the database too (on hand may go below zero for a role
        # allowed to, so it has no such check)
        CheckConstraint("reserved >= 0", name="ck_part_stock_reserved"),
        CheckConstraint("on_order >= 0", name="ck_part_stock_on_order"),
        CheckConstraint("quarantined >= 0", name="ck_part_stock_quarantined"),
        CheckConstraint("min_stock >= 0", name="ck_part_stock_min_stock"),
    )

    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"), unique=True)
    on_hand: Mapped[Decimal] = mapped_column(Quantity(), default=ZERO)
    reserved: Mapped[Decimal] = mapped_column(Quantity(), default=ZERO)
    on_order: Mapped[Decimal] = mapped_column(Quantity(), default=ZERO)
    avg_cost: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    value: Mapped[Decimal] = mapped_column(Money(), default=ZERO, server_default="0")
    quarantined: Mapped[Decimal] = mapped_column(Quantity(), default=ZERO)
    # the part's 最低库存 (parts.min_stock), kept here by the catalogue when it changes, so that "short" is a
    # condition on this one row and the partial index above can hold it
    min_stock: Mapped[Decimal] = mapped_column(Quantity(), default=ZERO, server_default="0")
    last_receipt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_issue_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class StockBalance(Base):
    """On hand of one part in one bin."""

    __tablename__ = "stock_balances"
    __table_args__ = (UniqueConstraint("part_id", "bin_id"), Index("ix_stock_balances_bin_id", "bin_id"))

    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"))
    bin_id: Mapped[int] = mapped_column(ForeignKey("bins.id"))
    on_hand: Mapped[Decimal] = mapped_column(Quantity(), default=ZERO)


class StockMove(Base):
    """One line of the ledger. ``qty`` is signed (in > 0, out < 0); ``value`` = qty × unit cost, to the fen."""

    __tablename__ = "stock_moves"
    __table_args__ = (
        Index("ix_stock_moves_part_id", "part_id", "id"),
        Index("ix_stock_moves_job_ref", "job_ref"),
        Index("ix_stock_moves_reference", "reference"),
        Index("ix_stock_moves_kind_at", "kind", "created_at"),
        # reporting's sums (migration 0031_reporting_speed): the value moved of a kind over a period, and a
        # job's parts at cost, each read from the index alone
        Index("ix_stock_moves_kind_at_value", "kind", "created_at", "value", "bin_id"),
        Index("ix_stock_moves_job_cost", "job_ref", "kind", "value"),
        # a move is reversed (an undo) at most once: a second undo of the same scan is refused here
        Index("uq_stock_moves_reverses_id", "reverses_id", unique=True),
    )

    # receipt | issue | return | counter_sale | adjustment | stocktake | transfer | supplier_return
    kind: Mapped[str] = mapped_column(String(16))
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"))
    bin_id: Mapped[int] = mapped_column(ForeignKey("bins.id"))
    qty: Mapped[Decimal] = mapped_column(Quantity())
    unit_cost: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    value: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    price: Mapped[Decimal | None] = mapped_column(Money())  # selling price (issues, counter sales)
    channel: Mapped[str | None] = mapped_column(String(16))  # workshop | internal | warranty | counter
    reference: Mapped[str | None] = mapped_column(String(40))  # GRN, PO, stocktake, sale number
    job_ref: Mapped[str | None] = mapped_column(String(40))  # job card number
    line_ref: Mapped[str | None] = mapped_column(String(40))
    user_id: Mapped[int | None] = mapped_column()
    username: Mapped[str] = mapped_column(String(64), default="")
    scan_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("stock_moves.id"))  # undo of a scan (unique)
    note: Mapped[str] = mapped_column(String(255), default="")


class Reservation(Base):
    """Stock promised to a job card line; also the record of the fill rate (配件一次满足率)."""

    __tablename__ = "part_reservations"
    __table_args__ = (UniqueConstraint("job_ref", "line_ref"), Index("ix_part_reservations_part_id", "part_id"),
                      # the fill rate of a period (reporting, migration 0031_reporting_speed)
                      Index("ix_part_reservations_created", "created_at", "served_from_stock"))

    job_ref: Mapped[str] = mapped_column(String(40))
    line_ref: Mapped[str] = mapped_column(String(40))
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"))
    qty: Mapped[Decimal] = mapped_column(Quantity())  # still reserved (shrinks as it is issued)
    requested_qty: Mapped[Decimal] = mapped_column(Quantity())
    issued_qty: Mapped[Decimal] = mapped_column(Quantity(), default=ZERO)
    served_from_stock: Mapped[bool] = mapped_column(default=True)  # enough free stock at first request
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | issued | released
    username: Mapped[str] = mapped_column(String(64), default="")


class PurchaseOrder(Versioned, Base):
    __tablename__ = "purchase_orders"
    __table_args__ = (Index("ix_purchase_orders_supplier_id", "supplier_id"),)

    number: Mapped[str] = mapped_column(String(40), unique=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id"))
    kind: Mapped[str] = mapped_column(String(16), default="normal")  # normal | urgent
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft|sent|partial|received|cancelled
    ordered_on: Mapped[date | None] = mapped_column(Date)
    expected_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(64), default="")


class PurchaseOrderLine(Base):
    __tablename__ = "purchase_order_lines"
    __table_args__ = (Index("ix_purchase_order_lines_order_id", "order_id"),
                      Index("ix_purchase_order_lines_part_id", "part_id"),
                      Index("ix_purchase_order_lines_job_ref", "job_ref"))

    order_id: Mapped[int] = mapped_column(ForeignKey("purchase_orders.id"))
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"))
    qty: Mapped[Decimal] = mapped_column(Quantity())
    received_qty: Mapped[Decimal] = mapped_column(Quantity(), default=ZERO)
    price: Mapped[Decimal] = mapped_column(Money(), default=ZERO)
    job_ref: Mapped[str | None] = mapped_column(String(40))  # back-order for a job card waiting for parts
    line_ref: Mapped[str | None] = mapped_column(String(40))


class GoodsReceipt(Base):
    """A goods-received note (入库单): one delivery, with or without an order."""

    __tablename__ = "goods_receipts"

    number: Mapped[str] = mapped_column(String(40), unique=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("purchase_orders.id"))
    supplier_id: Mapped[int | None] = mapped_column(ForeignKey("suppliers.id"))
    supplier_invoice: Mapped[str] = mapped_column(String(64), default="")
    delivery_note: Mapped[str] = mapped_column(String(64), default="")  # the supplier's 送货单号
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | closed
    received_by: Mapped[str] = mapped_column(String(64), default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    note: Mapped[str] = mapped_column(Text, default="")


class GoodsReceiptLine(Base):
    __tablename__ = "goods_receipt_lines"
    __table_args__ = (UniqueConstraint("receipt_id", "part_id"),)

    receipt_id: Mapped[int] = mapped_column(ForeignKey("goods_receipts.id"))
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"))
    bin_id: Mapped[int] = mapped_column(ForeignKey("bins.id"))
    qty: Mapped[Decimal] = mapped_column(Quantity(), default=ZERO)
    unit_cost: Mapped[Decimal] = mapped_column(Money(), default=ZERO)  # cost booked at receipt
    invoice_price: Mapped[Decimal | None] = mapped_column(Money())  # the supplier's invoice price
    inspection: Mapped[str] = mapped_column(String(16), default="pending")  # pending | passed | failed
    certificate_checked: Mapped[bool] = mapped_column(default=False)  # 合格证 seen
    note: Mapped[str] = mapped_column(String(255), default="")
    # the inspection decision covers decided_qty of qty (a box scanned after it waits for its own);
    # rejected_qty went to the quarantine bin, later released to stock or returned to the supplier
    decided_qty: Mapped[Decimal] = mapped_column(Quantity(), default=ZERO)
    rejected_qty: Mapped[Decimal] = mapped_column(Quantity(), default=ZERO)
    released_qty: Mapped[Decimal] = mapped_column(Quantity(), default=ZERO)
    returned_qty: Mapped[Decimal] = mapped_column(Quantity(), default=ZERO)
    reject_reason: Mapped[str] = mapped_column(String(255), default="")
    inspected_by: Mapped[str | None] = mapped_column(String(64))
    inspected_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Stocktake(Base):
    """A stocktake (盘点) by bin prefix or category: snapshot, blind count, hand-over for review, recount,
    approval, posting. A document any permitted person opens from the list, whoever started it."""

    __tablename__ = "stocktakes"
    __table_args__ = (Index("ix_stocktakes_status", "status"),)

    number: Mapped[str] = mapped_column(String(40), unique=True)
    scope_bin: Mapped[str] = mapped_column(String(40), default="")  # bin code prefix, e.g. "A-01"
    scope_category: Mapped[str] = mapped_column(String(64), default="")
    # open | counting | review | recount | approved | posted | cancelled
    status: Mapped[str] = mapped_column(String(16), default="open")
    snapshot_move_id: Mapped[int] = mapped_column(default=0)  # last ledger line at the snapshot
    created_by: Mapped[str] = mapped_column(String(64), default="")
    handed_over_by: Mapped[str | None] = mapped_column(String(64))  # who passed the count on for review
    approved_by: Mapped[str | None] = mapped_column(String(64))
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    approval_note: Mapped[str] = mapped_column(Text, default="")
    posted_by: Mapped[str | None] = mapped_column(String(64))
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    post_note: Mapped[str] = mapped_column(Text, default="")  # why uncounted lines were written off


class StocktakeLine(Base):
    __tablename__ = "stocktake_lines"
    __table_args__ = (UniqueConstraint("stocktake_id", "part_id", "bin_id"),)

    stocktake_id: Mapped[int] = mapped_column(ForeignKey("stocktakes.id"))
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"))
    bin_id: Mapped[int] = mapped_column(ForeignKey("bins.id"))
    snapshot_qty: Mapped[Decimal] = mapped_column(Quantity(), default=ZERO)
    counted_qty: Mapped[Decimal] = mapped_column(Quantity(), default=ZERO)  # blind: starts at zero
    recount_qty: Mapped[Decimal | None] = mapped_column(Quantity())
    counted_at_move_id: Mapped[int | None] = mapped_column()  # ledger position when last counted
    needs_recount: Mapped[bool] = mapped_column(default=False)
    variance_qty: Mapped[Decimal | None] = mapped_column(Quantity())  # set at posting (None: left unchanged)
    variance_value: Mapped[Decimal | None] = mapped_column(Money())
    written_off: Mapped[bool] = mapped_column(default=False)  # never counted, booked as zero at posting


class StocktakeCount(Base):
    """One counting scan (or typed count) with its key, so a replay cannot count it twice."""

    __tablename__ = "stocktake_counts"
    __table_args__ = (Index("ix_stocktake_counts_line_id", "line_id"),
                      Index("uq_stocktake_counts_reverses_id", "reverses_id", unique=True))

    line_id: Mapped[int] = mapped_column(ForeignKey("stocktake_lines.id"))
    qty: Mapped[Decimal] = mapped_column(Quantity())
    recount: Mapped[bool] = mapped_column(default=False)
    scan_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    username: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(String(255), default="")  # the reason of a typed correction
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("stocktake_counts.id"))  # undo of a count (unique)


class SupplierReturn(Base):
    """Parts sent back to a supplier: a return (wrong or surplus) or a claim for a faulty part."""

    __tablename__ = "supplier_returns"

    number: Mapped[str] = mapped_column(String(40), unique=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id"))
    kind: Mapped[str] = mapped_column(String(16), default="return")  # return | claim
    status: Mapped[str] = mapped_column(String(16), default="sent")  # sent | credited | rejected
    receipt_number: Mapped[str] = mapped_column(String(40), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    credit_amount: Mapped[Decimal | None] = mapped_column(Money())
    created_by: Mapped[str] = mapped_column(String(64), default="")
    value: Mapped[Decimal] = mapped_column(Money(), default=ZERO)  # what is claimed: at the invoice price
    credit_note: Mapped[str] = mapped_column(String(64), default="")  # the supplier's credit note (红字发票) number
    credited_by: Mapped[str | None] = mapped_column(String(64))
    credited_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class SupplierReturnLine(Base):
    __tablename__ = "supplier_return_lines"

    return_id: Mapped[int] = mapped_column(ForeignKey("supplier_returns.id"))
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"))
    bin_id: Mapped[int] = mapped_column(ForeignKey("bins.id"))
    qty: Mapped[Decimal] = mapped_column(Quantity())
    unit_cost: Mapped[Decimal] = mapped_column(Money(), default=ZERO)  # the average cost taken out of stock
    price: Mapped[Decimal | None] = mapped_column(Money())  # claimed at: the invoice price of the delivery
    fault: Mapped[str] = mapped_column(String(255), default="")
