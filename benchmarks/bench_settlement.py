"""Settlement benchmarks: the statement PDF (gather and render, warm), the cashier's day close on the
busiest day, the fleet-account ageing and a company's account statement PDF.

The statement measured is the one with the most lines (a demo without settlement data settles the
newest card that passed the final inspection, as the program itself). Floors: the statement's own
rows read with raw SQL; the day's payments read with raw SQL.
``python benchmarks/bench_settlement.py DB_URL`` prints the figures.
"""

from __future__ import annotations

import sys

from sqlalchemy import func, select, text

from benchmarks.bench_job_cards import _actor, _measure


def _a_statement(ctx) -> str | None:
    from app.db.models.job_cards import JobCard
    from app.db.models.settlement import Statement, StatementLine

    with ctx.db.read() as s:
        number = s.scalar(select(Statement.number).join(StatementLine, StatementLine.statement_id == Statement.id)
                          .where(Statement.status == "issued").group_by(Statement.number)
                          .order_by(func.count().desc(), Statement.number).limit(1))
        card_id = None if number else s.scalar(select(JobCard.id).where(JobCard.status == "ready")
                                               .order_by(JobCard.id.desc()).limit(1))
    if number is None and card_id is not None:
        number = ctx.settlement.settle(_actor(), card_id).number
    return number


def _busiest_day(ctx):
    from app.db.models.settlement import Payment

    with ctx.db.read() as s:
        moments = s.scalars(select(Payment.at).order_by(Payment.id.desc()).limit(20000)).all()
    days: dict = {}
    for m in moments:
        d = ctx.clock.local(m).date()
        days[d] = days.get(d, 0) + 1
    return max(days.items(), key=lambda kv: kv[1]) if days else (ctx.clock.today(), 0)


def bench_statement_pdf(ctx, runs: int = 30) -> dict | None:
    number = _a_statement(ctx)
    if number is None:
        return None
    actor = _actor()
    day, count = _busiest_day(ctx)
    start = ctx.settlement._start_of(day)
    with ctx.db.engine.connect() as conn:
        sid = conn.execute(text("SELECT id FROM settlement_statements WHERE number = :n"), {"n": number}).scalar_one()

    def raw_statement() -> None:
        with ctx.db.engine.connect() as conn:
            conn.execute(text("SELECT * FROM settlement_statements WHERE id = :i"), {"i": sid}).all()
            conn.execute(text("SELECT * FROM settlement_statement_lines WHERE statement_id = :i ORDER BY position"),
                         {"i": sid}).all()

    def raw_day() -> None:
        with ctx.db.engine.connect() as conn:
            conn.execute(text("SELECT * FROM settlement_payments WHERE at >= :a AND at < :b ORDER BY at"),
                         {"a": start, "b": ctx.settlement._start_of(day.fromordinal(day.toordinal() + 1))}).all()

    out = {"statement": number, "gather_and_render": _measure(lambda: ctx.settlement.statement_pdf(actor, number),
                                                              runs),
           "raw_statement_rows": _measure(raw_statement, runs),
           "day": day.isoformat(), "day_payments": count,
           "day_close": _measure(lambda: ctx.settlement.day_close(actor, day), max(5, runs // 3)),
           "raw_day_rows": _measure(raw_day, max(5, runs // 3)),
           "ageing": _measure(lambda: ctx.settlement.accounts.ageing(actor), max(5, runs // 3))}
    with ctx.db.engine.connect() as conn:
        acc = conn.execute(text("SELECT a.id FROM settlement_account_statements a JOIN settlement_account_items i "
                                "ON i.account_statement_id = a.id GROUP BY a.id ORDER BY count(*) DESC, a.id "
                                "LIMIT 1")).scalar()
    if acc is not None:
        out["account_pdf"] = _measure(lambda: ctx.settlement.accounts.pdf(actor, acc), max(5, runs // 3))
    return out


if __name__ == "__main__":
    from app.context import AppContext

    ctx, _ = AppContext.open(sys.argv[1], migrate=False)
    print(bench_statement_pdf(ctx))
