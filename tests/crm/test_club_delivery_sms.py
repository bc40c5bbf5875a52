"""Car-club points given at delivery (once per card), and ``servicebay export sms``."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.cli import main as cli_main
from app.db.errors import DuplicateRecord
from app.db.models.crm import ClubPointMove
from app.db.models.users import AuditEntry
from services.customers.service import CustomerInput
from tests.cli_helpers import sign_in
from tests.crm.fixtures import ALL_CHECKS, at, deliver
from tests.settlement.fixtures import ready_card


def _member(ctx, centre):
    return next(m for m in ctx.crm.club_members(centre.supervisor) if m.customer_id == centre.st.customer_id)


def test_a_members_delivery_earns_the_clubs_points_once(ctx, centre):
    ctx.crm.club_join(centre.supervisor, centre.st.customer_id, welcome_points=100)
    card = deliver(ctx, centre.st)  # the customer paid 689.25 (oil service)
    paid = ctx.settlement.live_statement(centre.st.admin, card.id).share("customer").amount
    assert paid == Decimal("689.25")
    m = _member(ctx, centre)
    assert m.points == 100 + 689  # 1 point a yuan, whole points
    moves = ctx.crm.club_member(centre.supervisor, m.id).moves
    assert (moves[0].points, moves[0].reason) == (689, "visit") and card.number in moves[0].note
    # a second press, the hook again, another PC: nothing more
    again = ctx.crm.club_points_for_delivery(centre.st.advisor, card.id)
    ctx.crm.on_delivered(centre.st.advisor, card.id)
    assert again.points == 789 and _member(ctx, centre).points == 789
    # the database holds it too: a second row for the same card is refused
    with pytest.raises(DuplicateRecord), ctx.db.write() as s:
        s.add(ClubPointMove(member_id=m.id, at=ctx.clock.now(), points=689, reason="visit", job_card_id=card.id))
    with ctx.db.read() as s:
        assert len(s.scalars(select(ClubPointMove).where(ClubPointMove.job_card_id == card.id)).all()) == 1


def test_the_rule_is_a_setting_and_non_members_earn_nothing(ctx, centre):
    rules = ctx.crm.rules(centre.supervisor)
    assert rules.club_points_per_yuan == Decimal("1")
    ctx.crm.save_rules(centre.supervisor, replace(rules, club_points_per_yuan=Decimal("0.5")))
    assert ctx.crm.rules(centre.supervisor).club_points_per_yuan == Decimal("0.5")
    with pytest.raises(Exception, match="between 0 and 100"):
        ctx.crm.save_rules(centre.supervisor, replace(ctx.crm.rules(centre.supervisor),
                                                      club_points_per_yuan=Decimal("101")))
    first = deliver(ctx, centre.st)  # not a member yet
    assert ctx.crm.club_points_for_delivery(centre.st.advisor, first.id) is None
    ctx.crm.club_join(centre.supervisor, centre.st.customer_id)
    assert _member(ctx, centre).points == 0
    deliver(ctx, centre.st)
    assert _member(ctx, centre).points == 344  # 689.25 × 0.5, rounded down


def test_a_card_not_delivered_earns_no_points(ctx, centre):
    ctx.crm.club_join(centre.supervisor, centre.st.customer_id)
    card = ready_card(ctx, centre.st)
    with pytest.raises(Exception, match="not delivered yet"):
        ctx.crm.club_points_for_delivery(centre.st.advisor, card.id)
    statement = ctx.settlement.settle(centre.st.advisor, card.id)
    from services.settlement.data import Tender
    ctx.settlement.pay(centre.st.advisor, statement.id, [Tender("cash", "689.25")])
    assert _member(ctx, centre).points == 0  # paid is not delivered
    ctx.settlement.deliver(centre.st.advisor, card.id, ALL_CHECKS)
    assert _member(ctx, centre).points == 689


# ---- servicebay export sms ----------------------------------------------------------------------------

def _stamped(ctx, empty_db) -> str:
    url = empty_db.url()
    ctx.db.dispose()
    from alembic import command

    from app.db.engine import open_database
    from app.db.migrate import alembic_config

    db = open_database(url)
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "heads")
    db.dispose()
    return url


def test_cli_writes_the_sms_file_for_consenting_customers_only(ctx, centre, admin, empty_db, tmp_path, capsys):
    from datetime import date

    for n in (11, 12):  # 11 consented to marketing, 12 did not
        c = ctx.customers.create_customer(admin, CustomerInput(name=f"客户{n}", mobile=f"139{n:08d}",
                                                               birthday=date(1980, 11, 24)))
        if n == 11:
            ctx.customers.set_marketing_consent(admin, c.id, True, "paper")
    ctx.clock.moment = at(2026, 11, 20, 8, 0)
    url = _stamped(ctx, empty_db)
    me = sign_in(tmp_path)
    out = tmp_path / "birthday.csv"
    assert cli_main(["--db", url, "--lang", "zh_CN", "export", "sms", "-o", str(out), "--list", "birthday",
                     "--date", "2026-11-20", "--message", "{name}您好，祝您生日快乐！", *me]) == 0
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert rows[0] == ["手机", "姓名", "车牌", "到期日/会员卡", "短信内容"]  # the page's columns
    assert rows[1:] == [["13900000011", "客户11", "", "11-24", "客户11您好，祝您生日快乐！"]]
    assert (out.stat().st_mode & 0o077) == 0  # personal data: this OS account only
    assert "1" in capsys.readouterr().out
    # the list's usual text without --message; the export is in the audit log, with who and how
    out2 = tmp_path / "default.csv"
    assert cli_main(["--db", url, "--lang", "en", "export", "sms", "-o", str(out2), "--list", "birthday",
                     "--date", "2026-11-20", *me]) == 0
    rows = list(csv.reader(io.StringIO(out2.read_bytes().decode("utf-8-sig"))))
    assert rows[0] == ["Mobile", "Name", "Plate", "Due / card", "Message"]
    assert rows[1][4] == "Happy birthday, 客户11! Best wishes from your service station."
    from app.db.engine import open_database
    db = open_database(url)
    try:
        with db.read() as s:
            entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "crm.sms_export")).all()
            assert len(entries) == 2 and all(e.username == "admin" for e in entries)
            assert all(str(e.details.get("via", "")).startswith("cli") for e in entries)
    finally:
        db.dispose()


def test_cli_sms_needs_a_sign_in_and_a_known_list(ctx, centre, empty_db, tmp_path, capsys):
    url = _stamped(ctx, empty_db)
    out = tmp_path / "x.csv"
    assert cli_main(["--db", url, "export", "sms", "-o", str(out), "--list", "birthday"]) != 0
    assert not out.exists()
    me = sign_in(tmp_path)
    assert cli_main(["--db", url, "--lang", "en", "export", "sms", "-o", str(out), "--list", "everyone", *me]) == 2
    assert "everyone is not a list" in capsys.readouterr().err
    assert not out.exists()


def test_two_pcs_giving_the_same_cards_points_at_once_give_them_once(ctx, centre):
    import threading

    card = deliver(ctx, centre.st)  # not a member at delivery: the hook gives nothing
    ctx.crm.club_join(centre.supervisor, centre.st.customer_id)
    barrier = threading.Barrier(2)
    results, errors = [], []

    def press():
        try:
            barrier.wait(timeout=10)
            results.append(ctx.crm.club_points_for_delivery(centre.st.advisor, card.id))
        except Exception as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)

    threads = [threading.Thread(target=press) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert errors == [] and len(results) == 2
    assert _member(ctx, centre).points == 689
    with ctx.db.read() as s:
        assert len(s.scalars(select(ClubPointMove).where(ClubPointMove.job_card_id == card.id)).all()) == 1
