"""The parts master: parts, barcodes, bins, suppliers, and looking parts up (search, stock, moves)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.db.models.parts import (
    PART_TRIGRAM_INDEXES,
    Bin,
    Part,
    PartBarcode,
    PartStock,
    PartSupplier,
    StockBalance,
    StockMove,
    Supplier,
    short_of_minimum,
)
from app.db.trigram import has_indexes
from services.common import pinyin
from services.common.barcodes import clean_scan
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError, conflict_error
from services.common.text import prefix_upper
from services.parts.people import names
from services.parts.records import (
    BinInfo,
    MoveInfo,
    NewPart,
    PartInfo,
    PartRow,
    PartSupplierInfo,
    StockLine,
    SupplierInfo,
)
from services.parts.store import StoreService, driver_rows
from services.parts.values import (
    QUALITIES,
    ZERO,
    Scaled,
    barcode_kind,
    normalise_number,
    pinyin_keys,
    to_money,
    to_qty,
)
from services.users.permissions import Actor, Permission


class Catalogue(StoreService):
    """Parts master data and the lookups every screen of the store uses."""

    # ---- bins ---------------------------------------------------------------------------------------
    def list_bins(self, actor: Actor, prefix: str = "", limit: int = 500) -> list[BinInfo]:
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            q = select(Bin.id, Bin.code, Bin.description).where(Bin.active.is_(True)).order_by(Bin.code).limit(limit)
            if prefix:
                q = q.where(Bin.code.startswith(normalise_number(prefix), autoescape=True))
            return [BinInfo(*r) for r in s.execute(q)]

    def ensure_bin(self, actor: Actor, code: str, description: str = "") -> BinInfo:
        actor.require(Permission.EDIT_PARTS)
        with self.db.write() as s:
            bin_id = self.bin_id(s, code)
            if description:
                s.execute(update(Bin).where(Bin.id == bin_id).values(description=description))
            b = s.get(Bin, bin_id)
            return BinInfo(b.id, b.code, b.description)

    # ---- suppliers ------------------------------------------------------------------------------
    def create_supplier(self, actor: Actor, name: str, *, address: str = "", contact: str = "", phone: str = "",
                        lead_time_days: int = 3) -> SupplierInfo:
        actor.require(Permission.EDIT_PARTS)
        name = (name or "").strip()
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the supplier's name."), field="name")
        if not 0 <= int(lead_time_days) <= 365:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A lead time is 0 to 365 days."),
                                  field="lead_time_days")
        with self.db.write() as s:
            if s.scalar(select(Supplier.id).where(Supplier.name == name)):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A supplier named {name} exists already."),
                                      field="name", name=name)
            sup = Supplier(name=name, address=address.strip(), contact=contact.strip(), phone=phone.strip(),
                           lead_time_days=int(lead_time_days), updated_by=actor.username)
            s.add(sup)
            s.flush()
            self.audit.record(s, actor, "supplier.create", "supplier", sup.id, name)
            return _supplier(sup)

    def suppliers(self, actor: Actor) -> list[SupplierInfo]:
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            return [_supplier(x) for x in s.scalars(select(Supplier).order_by(Supplier.name))]

    def link_supplier(self, actor: Actor, part_id: int, supplier_id: int, *, supplier_number: str = "",
                      price: Any = None, lead_time_days: int | None = None, preferred: bool = True) -> None:
        actor.require(Permission.EDIT_PARTS)
        with self.db.write() as s:
            row = s.scalar(select(PartSupplier).where(PartSupplier.part_id == part_id,
                                                      PartSupplier.supplier_id == supplier_id))
            if preferred:
                s.execute(update(PartSupplier).where(PartSupplier.part_id == part_id).values(preferred=False))
            if row is None:
                row = PartSupplier(part_id=part_id, supplier_id=supplier_id)
                s.add(row)
            row.supplier_number = supplier_number
            row.price = None if price is None else to_money(price)
            row.lead_time_days = lead_time_days
            row.preferred = preferred

    # ---- parts master -----------------------------------------------------------------------------
    def create_part(self, actor: Actor, new: NewPart, *, session: Session | None = None) -> PartInfo:
        actor.require(Permission.EDIT_PARTS)
        number = normalise_number(new.number)
        if not number or len(number) > 40:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A part number is 1 to 40 characters."),
                                  field="number")
        name = (new.name_zh or "").strip()
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the part's name."), field="name_zh")
        if new.quality not in QUALITIES:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown part quality {quality}."),
                                  field="quality", quality=new.quality)
        prices = {k: to_money(getattr(new, k), field_name=k)
                  for k in ("cost", "retail_price", "trade_price", "warranty_price")}
        if (prices["cost"] or prices["retail_price"]) and not actor.can(Permission.EDIT_PART_PRICES):
            actor.require(Permission.EDIT_PART_PRICES)
        min_stock = to_qty(new.min_stock, allow_zero=True, field_name="min_stock")
        quota = to_qty(new.quota, allow_zero=True, field_name="quota")

        def work(s: Session) -> PartInfo:
            if s.scalar(select(Part.id).where(Part.number == number)):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Part number {number} exists already."),
                                      field="number", number=number)
            full, initials = pinyin_keys(name)
            part = Part(number=number, name_zh=name, name_en=new.name_en.strip(), pinyin=full, initials=initials,
                        spec=new.spec.strip(), brand=new.brand.strip(), category=new.category.strip(),
                        unit=new.unit.strip() or "个", quality=new.quality, min_stock=min_stock, quota=quota,
                        default_bin_id=self.bin_id(s, new.bin) if new.bin else None, updated_by=actor.username,
                        **prices)
            s.add(part)
            s.flush()
            now = self.clock.now()
            s.add(PartStock(part_id=part.id, on_hand=ZERO, reserved=ZERO, on_order=ZERO, avg_cost=prices["cost"],
                            min_stock=min_stock, created_at=now, updated_at=now))
            for code in new.barcodes:
                self._add_barcode(s, part.id, code)
            self.audit.record(s, actor, "part.create", "part", part.id, f"{number} {name}",
                              details={k: str(v) for k, v in prices.items()})
            s.flush()
            return self._info(s, part.id)

        if session is not None:
            return work(session)
        with self.db.write() as s:
            return work(s)

    def update_part(self, actor: Actor, part_id: int, version: int, **changes: Any) -> PartInfo:
        """Change master fields; prices need EDIT_PART_PRICES and are audited. Stale version → conflict."""
        actor.require(Permission.EDIT_PARTS)
        price_fields = {"cost", "retail_price", "trade_price", "warranty_price"}
        allowed = {"name_zh", "name_en", "spec", "brand", "category", "unit", "quality", "min_stock", "quota",
                   "bin", "superseded_by", "active"} | price_fields
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"unknown part fields {sorted(unknown)}")
        if price_fields & set(changes):
            actor.require(Permission.EDIT_PART_PRICES)
        with self.db.write() as s:
            part = s.get(Part, part_id)
            if part is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such part."))
            if part.version != version:
                raise conflict_error(part)
            before = {k: str(getattr(part, k)) for k in price_fields}
            for key, value in changes.items():
                if key in price_fields:
                    setattr(part, key, to_money(value, field_name=key))
                elif key in ("min_stock", "quota"):
                    setattr(part, key, to_qty(value, allow_zero=True, field_name=key))
                    if key == "min_stock":  # its copy beside the stock, which the short-parts index reads
                        s.execute(update(PartStock).where(PartStock.part_id == part.id)
                                  .values(min_stock=part.min_stock))
                elif key == "bin":
                    part.default_bin_id = self.bin_id(s, value) if value else None
                elif key == "superseded_by":
                    part.superseded_by_id = self._supersede_target(s, part, value)
                elif key == "quality":
                    if value not in QUALITIES:
                        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Unknown part quality {quality}."),
                                              field="quality", quality=value)
                    part.quality = value
                elif key == "name_zh":
                    name = (value or "").strip()
                    if not name:
                        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the part's name."),
                                              field="name_zh")
                    part.name_zh = name
                    part.pinyin, part.initials = pinyin_keys(name)
                else:
                    setattr(part, key, value.strip() if isinstance(value, str) else value)
            part.updated_by = actor.username
            after = {k: str(getattr(part, k)) for k in price_fields}
            if before != after:
                self.audit.record(s, actor, "part.prices", "part", part.id, part.number,
                                  details={"before": before, "after": after})
            try:
                s.flush()
            except StaleDataError:
                raise conflict_error(s.get(Part, part_id)) from None
            return self._info(s, part.id)

    def _supersede_target(self, s: Session, part: Part, value: str | None) -> int | None:
        if not value:
            return None
        target = s.scalar(select(Part).where(Part.number == normalise_number(value)))
        if target is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No part numbered {number}."), number=value)
        seen = {part.id}
        step = target
        while step is not None:
            if step.id in seen:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{number} would replace itself."),
                                      field="superseded_by", number=part.number)
            seen.add(step.id)
            step = s.get(Part, step.superseded_by_id) if step.superseded_by_id else None
        return target.id

    def _add_barcode(self, s: Session, part_id: int, raw: str) -> str:
        code = clean_scan(raw)
        if not code or len(code) > 64:
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "A barcode is 1 to 64 characters."), field="code")
        owner = s.execute(select(PartBarcode.part_id, Part.number).join(Part, Part.id == PartBarcode.part_id)
                          .where(PartBarcode.code == code)).first()
        if owner is not None:
            if owner[0] == part_id:
                return code
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The code {code} belongs to part {number} already."),
                                  field="code", code=code, number=owner[1])
        s.add(PartBarcode(part_id=part_id, code=code, kind=barcode_kind(code)))
        s.flush()
        return code

    def link_barcode(self, actor: Actor, part_id: int, code: str) -> PartInfo:
        """Give a part another barcode (an unknown code scanned at receiving, a new box design)."""
        if not (actor.can(Permission.EDIT_PARTS) or actor.can(Permission.RECEIVE_PARTS)):
            actor.require(Permission.EDIT_PARTS)
        with self.db.write() as s:
            if s.get(Part, part_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such part."))
            code = self._add_barcode(s, part_id, code)
            self.audit.record(s, actor, "part.barcode", "part", part_id, code)
            return costs_for(actor, self._info(s, part_id))

    def remove_barcode(self, actor: Actor, part_id: int, code: str) -> PartInfo:
        actor.require(Permission.EDIT_PARTS)
        with self.db.write() as s:
            s.execute(PartBarcode.__table__.delete().where(PartBarcode.part_id == part_id,
                                                           PartBarcode.code == clean_scan(code)))
            self.audit.record(s, actor, "part.barcode_remove", "part", part_id, code)
            return costs_for(actor, self._info(s, part_id))

    # ---- lookups -------------------------------------------------------------------------------
    def find_by_code(self, actor: Actor, code: str) -> PartInfo:
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            return costs_for(actor, self._info(s, self.resolve_code(s, code)))

    def part(self, actor: Actor, part_id: int) -> PartInfo:
        """A part with its stock; purchase costs only for a person who may see them (``VIEW_COSTS``)."""
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            return costs_for(actor, self._info(s, part_id))

    def _info(self, s: Session, part_id: int) -> PartInfo:
        part = s.get(Part, part_id)
        if part is None:
            raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such part."))
        stock = s.scalar(select(PartStock).where(PartStock.part_id == part_id))
        bin_code = s.scalar(select(Bin.code).where(Bin.id == part.default_bin_id)) if part.default_bin_id else None
        successor = s.scalar(select(Part.number).where(Part.id == part.superseded_by_id)) \
            if part.superseded_by_id else None
        barcodes = tuple(s.scalars(select(PartBarcode.code).where(PartBarcode.part_id == part_id)
                                   .order_by(PartBarcode.id)))
        lines = tuple(StockLine(*r) for r in s.execute(
            select(Bin.id, Bin.code, StockBalance.on_hand).join(StockBalance, StockBalance.bin_id == Bin.id)
            .where(StockBalance.part_id == part_id, StockBalance.on_hand != 0, Bin.quarantine.is_(False))
            .order_by(Bin.code)))
        sups = tuple(PartSupplierInfo(r[0], r[1], r[2], r[3], r[4] if r[4] is not None else r[5], r[6], r[7], r[8])
                     for r in s.execute(
            select(Supplier.id, Supplier.name, PartSupplier.supplier_number, PartSupplier.price,
                   PartSupplier.lead_time_days, Supplier.lead_time_days, PartSupplier.preferred,
                   PartSupplier.price_list, PartSupplier.listed_at)
            .join(PartSupplier, PartSupplier.supplier_id == Supplier.id).where(PartSupplier.part_id == part_id)
            .order_by(PartSupplier.preferred.desc(), Supplier.name)))
        return PartInfo(
            part.id, part.number, part.name_zh, part.name_en, part.spec, part.brand, part.category, part.unit,
            part.quality, part.cost, part.retail_price, part.trade_price, part.warranty_price, part.min_stock,
            part.quota, bin_code, successor, part.active, part.version,
            stock.on_hand if stock else ZERO, stock.reserved if stock else ZERO, stock.on_order if stock else ZERO,
            stock.avg_cost if stock else ZERO, barcodes, lines, sups)

    def search(self, actor: Actor, text: str = "", *, after: str | None = None, limit: int = 100,
               below_minimum: bool = False) -> list[PartRow]:
        """Parts by number prefix, barcode, Chinese or English name, pinyin or its initials.

        Pinyin and initials match from any character of the name on (``jylqq`` and ``jiyou`` find
        速腾左机油滤清器, see ``services.common.pinyin``). Ordered by part number and paged by keyset
        (``after`` = the last number shown), so a list over 100k parts never loads more than a page;
        a part whose number or barcode is exactly what was typed comes first on the first page.

        Each way of matching is its own query in number order with the page's LIMIT, merged here: the
        number prefix and the barcode are index lookups, the names one pass over ``ix_parts_search``
        (every searched column, so the scan never reads the table); then the page's rows are read.
        """
        actor.require(Permission.VIEW_PARTS)
        q = clean_scan(text or "").strip()
        with self.db.read() as s:
            ids = select(Part.id, Part.number).order_by(Part.number).limit(limit)
            if after:
                ids = ids.where(Part.number > after)
            if below_minimum:
                ids = ids.join(PartStock, PartStock.part_id == Part.id).where(short_of_minimum())
            exact_id = None
            sources = []
            if not q:
                sources.append(ids)
            elif q.isascii():
                number = normalise_number(q)
                if number:
                    exact_id = s.scalar(select(Part.id).where(Part.number == number))
                    upper = prefix_upper(number)
                    sources.append(ids.where(Part.number >= number, *([Part.number < upper] if upper else [])))
                barcode = select(PartBarcode.part_id).where(PartBarcode.code == q)
                exact_id = exact_id or s.scalar(barcode)
                sources.append(ids.where(Part.id.in_(barcode)))
                names = pinyin.conditions(Part.initials, Part.pinyin, q)
                if len(q) >= 3 and not q.isdigit():
                    if self._trigram_indexes(s):  # ILIKE is what the trigram index of name_en serves
                        english = Part.name_en.icontains(q, autoescape=True)
                    else:
                        # SQLite's LIKE ignores ASCII case already; on PostgreSQL lower() LIKE costs half an ILIKE
                        name_en = Part.name_en if s.bind.dialect.name == "sqlite" else func.lower(Part.name_en)
                        english = name_en.contains(q.lower(), autoescape=True)
                    names.append(english)
                if names:
                    sources.append(ids.where(or_(*names)))
            else:
                sources.append(ids.where(or_(Part.name_zh.contains(q, autoescape=True),
                                             Part.spec.contains(q, autoescape=True))))
            found: dict[int, str] = {}
            for stmt in sources:
                found.update((i, n) for i, n in s.execute(stmt))
            page = [i for i, _ in sorted(found.items(), key=lambda kv: kv[1])]
            if exact_id is not None and exact_id in found:
                page.remove(exact_id)
                if after is None:
                    page.insert(0, exact_id)
            page = page[:limit]
            if not page:
                return []
            rows = {r[0]: r for r in s.execute(
                select(Part.id, Part.number, Part.name_zh, Part.name_en, Part.brand, Part.category, Part.unit,
                       Part.quality, Bin.code, PartStock.on_hand, PartStock.reserved, PartStock.on_order,
                       PartStock.avg_cost, Part.retail_price, Part.min_stock)
                .join(PartStock, PartStock.part_id == Part.id, isouter=True)
                .join(Bin, Bin.id == Part.default_bin_id, isouter=True)
                .where(Part.id.in_(page)))}
            found_rows = [PartRow(*r[:9], *(v if v is not None else ZERO for v in r[9:13]), r[13], r[14])  # type: ignore[call-arg, arg-type]  # noqa: E501
                          for r in (rows[i] for i in page)]
        if not actor.can(Permission.VIEW_COSTS):
            found_rows = [replace(r, avg_cost=None) for r in found_rows]
        return found_rows

    def _trigram_indexes(self, s: Session) -> bool:
        """Whether the parts table has its pg_trgm indexes (PostgreSQL where the extension could be
        had, see ``app.db.trigram``); asked once per service."""
        known = getattr(self, "_has_trigram", None)
        if known is None:
            known = self._has_trigram = has_indexes(s.connection(), "parts", PART_TRIGRAM_INDEXES)
        return known

    def stock_of(self, actor: Actor, part_id: int) -> tuple[Decimal, Decimal, Decimal]:
        """(on hand, reserved, on order) of a part."""
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            row = s.execute(select(PartStock.on_hand, PartStock.reserved, PartStock.on_order)
                            .where(PartStock.part_id == part_id)).first()
            return tuple(row) if row else (ZERO, ZERO, ZERO)  # type: ignore[return-value]

    def on_hand_all(self, actor: Actor) -> dict[int, Decimal]:
        """On hand of every part, from the balance rows (not summed from the ledger)."""
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            rows = driver_rows(s, lambda: select(PartStock.part_id, PartStock.on_hand), key=("on_hand_all",))
        qty = Scaled(3)  # stored thousandths to Decimal once per distinct quantity, not once a part
        return {part_id: qty[on_hand] for part_id, on_hand in rows}

    def moves(self, actor: Actor, part_id: int | None = None, *, before_id: int | None = None,
              limit: int = 100, reference: str | None = None, job_ref: str | None = None) -> list[MoveInfo]:
        actor.require(Permission.VIEW_PARTS)
        with self.db.read() as s:
            stmt = (select(StockMove, Part.number, Part.name_zh, Bin.code).join(Part, Part.id == StockMove.part_id)
                    .join(Bin, Bin.id == StockMove.bin_id).order_by(StockMove.id.desc()).limit(limit))
            if part_id is not None:
                stmt = stmt.where(StockMove.part_id == part_id)
            if before_id is not None:
                stmt = stmt.where(StockMove.id < before_id)
            if reference is not None:
                stmt = stmt.where(StockMove.reference == reference)
            if job_ref is not None:
                stmt = stmt.where(StockMove.job_ref == job_ref)
            rows = s.execute(stmt).all()
            who = names(s, [m.username for m, *_ in rows])
            costs = actor.can(Permission.VIEW_COSTS)
            return [MoveInfo(m.id, m.created_at, m.kind, m.part_id, n, name, b, m.qty,
                             m.unit_cost if costs else None, m.value if costs else None,
                             m.reference, m.job_ref, m.username, m.scan_key, user_name=who.get(m.username, m.username))
                    for m, n, name, b in rows]


def costs_for(actor: Actor, info: PartInfo) -> PartInfo:
    """``info`` as ``actor`` may see it: purchase costs (list cost, average cost, suppliers' prices) are
    left out (None) for roles that do not buy (``Permission.VIEW_COSTS``)."""
    if actor.can(Permission.VIEW_COSTS):
        return info
    return replace(info, cost=None, avg_cost=None,
                   suppliers=tuple(replace(x, price=None) for x in info.suppliers))


def _supplier(x: Supplier) -> SupplierInfo:
    return SupplierInfo(x.id, x.name, x.address, x.contact, x.phone, x.lead_time_days, x.active, x.version)

