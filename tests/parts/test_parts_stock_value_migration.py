"""Migration 0014_parts_stock_value on a station's file that holds stock (both engines): each part's book
value becomes the sum of its moves, and the average cost that value over on hand, rounded half up to the
fen; a part with no moves is worth nothing; the parts check passes on the upgraded file.

The rows are written as the version before it left them (integer fen and thousandths, straight into the
tables at revision 0013_parts_month), with averages that drifted from the moves as the old code let them.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal

from alembic.script import ScriptDirectory
from sqlalchemy import text

from app.context import AppContext
from app.db.migrate import alembic_config, current_revisions, head_revisions
from tests.test_database import _insert_minimal, _upgrade_to

N_PARTS = 300


def _insert_many(conn, table_name: str, rows: list[dict]) -> None:
    """``_insert_minimal`` for many rows of one table (the table read once)."""
    from sqlalchemy import MetaData, Table

    table = Table(table_name, MetaData(), autoload_with=conn)
    filler = {}
    for col in table.columns:
        if col.name in rows[0] or col.nullable or col.server_default is not None or col.primary_key:
            continue
        kind = col.type.__class__.__name__.lower()
        filler[col.name] = (False if "bool" in kind else 0 if any(k in kind for k in ("int", "num", "dec"))
                            else datetime(2020, 1, 1, tzinfo=UTC) if "date" in kind or "time" in kind
                            else f"{col.name}-1")
    conn.execute(table.insert(), [filler | r for r in rows])


def _half_up(a: int, b: int) -> int:
    return int((Decimal(a) / Decimal(b)).quantize(Decimal(1), ROUND_HALF_UP))


def _history(rng: random.Random) -> list[tuple[str, int, int, int]]:
    """One part's moves as the old ledger wrote them: (kind, qty in thousandths, unit cost in fen, value in fen).
    Receipts in at their cost; issues out at the old, rounded average (the drift the revision removes)."""
    moves, on_hand, avg = [], 0, 0
    for _ in range(rng.randrange(0, 12)):
        if on_hand < 2000 or rng.random() < 0.35:
            qty, cost = rng.choice((1000, 2000, 3000, 7000)), rng.randrange(999, 250_000)
            value = _half_up(qty * cost, 1000)
            avg = _half_up((on_hand * avg // 1000 + value) * 1000, on_hand + qty)  # re-averaged and rounded
            moves.append(("receipt", qty, cost, value))
            on_hand += qty
        else:
            qty = rng.choice((1000, 1000, 2000))
            moves.append(("issue", -qty, avg, -_half_up(qty * avg, 1000)))
            on_hand -= qty
    return moves


def test_the_stock_value_revision_fills_value_and_average_from_the_moves_of_a_file_with_stock(empty_db):
    db = empty_db.open()
    # every head that does not need 0014 (a later revision of the store may: it would bring 0014 in early)
    script = ScriptDirectory.from_config(alembic_config())
    older = sorted(h for h in head_revisions()
                   if "0014_parts_stock_value" not in {r.revision for r in script.iterate_revisions(h, "base")})
    for revision in older + ["0013_parts_month"]:
        _upgrade_to(db, revision)
    assert "0014_parts_stock_value" not in current_revisions(db)
    rng = random.Random(14)
    expected: dict[int, tuple[int, int, int]] = {}  # part id → (on hand, value, average) in thousandths and fen
    rows: dict[str, list[dict]] = {"parts": [], "part_stock": [], "stock_balances": [], "stock_moves": []}
    with db.engine.begin() as conn:
        _insert_minimal(conn, "bins", id=1, code="A-01-01")
        move_id = 0
        for pid in range(1, N_PARTS + 1):
            rows["parts"].append(dict(id=pid, number=f"PN{pid:05d}", name_zh="机油滤清器", default_bin_id=1))
            moves = _history(rng)
            if pid == 1:  # value 40.02 over 4 pieces: 10.005 rounds up to 10.01
                moves = [("receipt", 3000, 1000, 3000), ("receipt", 2000, 1001, 2002), ("issue", -1000, 1000, -1000)]
            on_hand = sum(q for _k, q, _c, _v in moves)
            value = sum(v for *_rest, v in moves)
            old_avg = moves[-1][2] if moves else 0
            rows["part_stock"].append(dict(part_id=pid, on_hand=on_hand, avg_cost=old_avg, reserved=0, on_order=0))
            if moves:
                rows["stock_balances"].append(dict(part_id=pid, bin_id=1, on_hand=on_hand))
            for kind, qty, cost, val in moves:
                move_id += 1
                rows["stock_moves"].append(dict(id=move_id, kind=kind, part_id=pid, bin_id=1, qty=qty, unit_cost=cost,
                                                value=val, username="keeper"))
            expected[pid] = (on_hand, value, _half_up(value * 1000, on_hand) if on_hand > 0 and value > 0
                             else old_avg)
        for table, table_rows in rows.items():
            _insert_many(conn, table, table_rows)
    db.dispose()
    drifted = sum(1 for pid, (oh, v, avg) in expected.items() if oh > 0 and abs(oh * avg // 1000 - v) > 0)
    assert move_id > 1000 and drifted > 50  # a file with real history, not a handful of rows

    ctx, result = AppContext.open(empty_db.url())
    try:
        assert result.after == head_revisions()
        with ctx.db.read() as s:
            got = {pid: (oh, v, avg) for pid, oh, v, avg in s.execute(text(
                "SELECT part_id, on_hand, value, avg_cost FROM part_stock ORDER BY part_id"))}
        assert got == expected
        assert got[1] == (4000, 4002, 1001)
        # as the store's stock-value report reads it back: ¥40.02 for 4 pieces at ¥10.01, totalled from the
        # ledger; and the parts check agrees on every part
        from services.users.permissions import Actor

        report = ctx.parts_reports.stock_value(Actor.system())
        row = next(r for r in report.rows if r.number == "PN00001")
        assert (row.on_hand, row.avg_cost, row.value) == (Decimal("4"), Decimal("10.01"), Decimal("40.02"))
        assert report.total == sum(Decimal(v) for _oh, v, _a in expected.values()) / 100
        assert ctx.parts.verify() == []
        assert ctx.parts_reports.verify_value() == []
    finally:
        ctx.close()
