"""What a settled job recorded cannot be changed, whoever runs the UPDATE; what the app still does after
settlement (payments, delivery, a void and reissue, merges, erasure of personal data) goes through."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select, update

from app.db.models.job_cards import JobCard, JobLine
from app.db.models.settlement import Statement, StatementLine
from services.common.errors import KEPT_STATEMENT, SETTLED_CARD, SettledRecord
from services.settlement.data import Tender
from tests.repair_file.fixtures import ALL_CHECKS, settle
from tests.settlement.fixtures import open_with_work, ready_card


def _refused(ctx, statement, what: str = "job_card") -> str:
    """The database refuses ``statement``; the user reads why in words (``SettledRecord``)."""
    with pytest.raises(SettledRecord) as refused:
        with ctx.db.write() as s:
            s.execute(statement)
    assert "cannot be changed" in str(refused.value.__cause__)  # the trigger's own refusal, for the log
    assert refused.value.what == what
    assert refused.value.text == (SETTLED_CARD if what == "job_card" else KEPT_STATEMENT)
    return refused.value.message()


def _line(ctx, card_id: int, kind: str):
    with ctx.db.read() as s:
        return s.execute(select(JobLine.id, JobLine.price).where(JobLine.job_card_id == card_id,
                                                                  JobLine.kind == kind)).first()


def test_a_raw_update_of_a_settled_lines_price_is_refused(ctx, station):
    st = settle(ctx, station, deliver=False)
    card_id = st.job_card_id
    part = _line(ctx, card_id, "part")
    _refused(ctx, update(JobLine).where(JobLine.id == part.id).values(price=Decimal("1.00")))
    labour = _line(ctx, card_id, "labour")
    for values in ({"qty": Decimal("9")}, {"amount": Decimal("0")}, {"part_id": None}, {"code": "XX"},
                   {"technicians": [{"name": "别人", "share": "1"}]}, {"payer": "internal"}):
        _refused(ctx, update(JobLine).where(JobLine.id == (labour.id if "technicians" in values else part.id))
                 .values(**values))
    for values in ({"vin": "LSVAU2180N2000000"}, {"plate": "沪Z99999"}, {"mileage_in": 1}, {"mileage_out": 2},
                   {"total_amount": Decimal("1")}, {"status": "in_progress"}):
        _refused(ctx, update(JobCard).where(JobCard.id == card_id).values(**values))
    _refused(ctx, update(Statement).where(Statement.id == st.id).values(total=Decimal("1")), "statement")
    _refused(ctx, update(StatementLine).where(StatementLine.statement_id == st.id).values(amount=Decimal("1")),
             "statement")
    with ctx.db.read() as s:
        assert s.get(JobLine, part.id).price == part.price
        assert s.scalar(select(StatementLine.amount).where(StatementLine.statement_id == st.id,
                                                           StatementLine.position == 1)) != Decimal("1")
        card = s.get(JobCard, card_id)
        assert (card.status, card.vin) == ("settled", st.vin)


def test_a_line_cannot_be_moved_onto_a_settled_card(ctx, station):
    st = settle(ctx, station, deliver=False)
    other = open_with_work(ctx, station, mileage_in=40000)
    line = _line(ctx, other.id, "other")
    _refused(ctx, update(JobLine).where(JobLine.id == line.id).values(job_card_id=st.job_card_id))


def test_an_open_card_and_its_lines_still_change(ctx, station):
    c = open_with_work(ctx, station)
    line = _line(ctx, c.id, "part")
    with ctx.db.write() as s:
        s.execute(update(JobLine).where(JobLine.id == line.id).values(price=Decimal("70.00")))
        s.execute(update(JobCard).where(JobCard.id == c.id).values(mileage_in=35001))
    c = ctx.job_cards.card(station.advisor, c.id)
    c = ctx.job_cards.remove_line(station.advisor, c.id, c.version, next(ln.id for ln in c.lines if ln.kind == "other"))
    assert c.mileage_in == 35001


def test_the_normal_flow_after_settlement_still_goes_through(ctx, station):
    c = ready_card(ctx, station)
    st = ctx.settlement.settle(station.advisor, c.id, c.version)
    # a void and its reissue: a new statement, the card stays settled
    ctx.settlement.void(station.supervisor, st.id, "发票抬头有误")
    new = ctx.settlement.reissue(station.supervisor, st.id)
    assert new.number != st.number and new.total == st.total
    _refused(ctx, update(Statement).where(Statement.id == st.id).values(status="issued", live_card_id=c.id),
             "statement")
    ctx.settlement.pay(station.advisor, new.id, [Tender("wechat", new.customer_balance)])
    assert ctx.settlement.statement(station.advisor, new.id).customer_balance == 0
    ctx.settlement.record_invoice(station.advisor, new.id, "04400000012345678", ctx.clock.today())
    done = ctx.settlement.deliver(station.advisor, c.id, ALL_CHECKS)
    assert done.card_status == "delivered"
    _refused(ctx, update(JobCard).where(JobCard.id == c.id).values(status="settled"))
    # the erasure of personal data and the customer file's merges still reach a delivered card
    with ctx.db.write() as s:
        s.execute(update(JobCard).where(JobCard.id == c.id).values(customer_phone="", driver_name="",
                                                                   appointment_number="YY20261130001"))
        s.execute(update(JobLine).where(JobLine.job_card_id == c.id).values(note="旧件已交客户"))
    with ctx.db.read() as s:
        card = s.get(JobCard, c.id)
        assert (card.status, card.customer_phone, card.appointment_number) == ("delivered", "", "YY20261130001")


def test_the_migrations_make_the_same_guards_as_the_models(empty_db):
    from sqlalchemy import text

    from app.db.migrate import upgrade
    from app.db.models.repair_file import GUARDED_UPDATES

    db = empty_db.open()
    upgrade(db)
    if db.engine.dialect.name == "postgresql":
        q = "SELECT tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid " \
            "WHERE c.relnamespace = current_schema()::regnamespace AND tgname LIKE 'keep_change_%'"
    else:
        q = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'keep_change_%'"
    with db.engine.connect() as conn:
        names = set(conn.execute(text(q)).scalars())
    assert names == {f"keep_change_{t}" for t in GUARDED_UPDATES}
