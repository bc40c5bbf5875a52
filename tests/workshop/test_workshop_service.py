"""The workshop service: dispatch with shares, the time clock's rules, forgotten clock-outs, the board."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import insert

from app.context import AppContext
from app.db.models.workshop import WorkSpan
from services.common.errors import ConflictError, DuplicateRecord, PermissionDenied, ValidationError
from services.workshop import rules
from tests.workshop.fixtures import sent_card


def test_dispatch_splits_a_line_between_two_technicians_and_the_card_prints_them(ctx, shop):
    ws, boss = ctx.workshop, shop.boss
    card = sent_card(ctx, shop)
    by001, dp001 = [ln.id for ln in card.lines]
    ws.assign(boss, card.id, [shop.zhang.user_id], line_ids=[by001], version=card.version)
    lines = ws.assign(boss, card.id, [(shop.zhang.user_id, "0.5"), (shop.wang.user_id, "0.5")], line_ids=[dp001])
    assert [(la.code, [(n, s) for _i, n, s in la.technicians]) for la in lines] == [
        ("BY001", [("张技师", Decimal("1.0000"))]),
        ("DP001", [("张技师", Decimal("0.5000")), ("王师傅", Decimal("0.5000"))])]
    after = ctx.job_cards.card(shop.st.advisor, card.id)
    assert [[(t.name, t.share) for t in ln.technicians] for ln in after.lines] == [
        [("张技师", Decimal("1.0000"))], [("张技师", Decimal("0.5000")), ("王师傅", Decimal("0.5000"))]]
    assert after.version > card.version
    # the board showed the old version: a second PC's drag is refused, not silently applied
    with pytest.raises(ConflictError):
        ws.move(boss, card.id, shop.zhang.user_id, shop.liu.user_id, version=card.version)


def test_shares_must_add_up_and_only_the_dispatcher_dispatches(ctx, shop):
    card = sent_card(ctx, shop)
    with pytest.raises(ValidationError, match="add up to 100%"):
        ctx.workshop.assign(shop.boss, card.id, [(shop.zhang.user_id, "0.5"), (shop.wang.user_id, "0.4")])
    with pytest.raises(PermissionDenied):
        ctx.workshop.assign(shop.zhang, card.id, [shop.zhang.user_id])
    opened = ctx.job_cards.open_card(shop.st.advisor, shop.st.intake())
    opened = ctx.job_cards.add_labour(shop.st.advisor, opened.id, opened.version, "BY001")
    with pytest.raises(ValidationError, match="not been sent to the workshop"):
        ctx.workshop.assign(shop.boss, opened.id, [shop.zhang.user_id])


def test_taking_a_technician_off_gives_their_share_to_the_other(ctx, shop):
    card = sent_card(ctx, shop, codes=("DP001",))
    ctx.workshop.assign(shop.boss, card.id, [shop.zhang.user_id, shop.wang.user_id, shop.liu.user_id])
    lines = ctx.workshop.unassign(shop.boss, card.id, shop.liu.user_id)
    assert [(n, s) for _i, n, s in lines[0].technicians] == [("张技师", Decimal("0.5000")),
                                                              ("王师傅", Decimal("0.5000"))]


def test_only_an_assigned_technician_starts_work_and_the_card_goes_into_work(ctx, shop):
    ws = ctx.workshop
    card = sent_card(ctx, shop)
    ws.assign(shop.boss, card.id, [shop.zhang.user_id])
    for t in shop.techs:
        ws.clock_in(t, t.user_id)
    with pytest.raises(PermissionDenied, match="王师傅 is not assigned to job card"):
        ws.start_work(shop.wang, shop.wang.user_id, card.lines[0].id)
    with pytest.raises(PermissionDenied, match="may clock only their own time"):
        ws.start_work(shop.wang, shop.zhang.user_id, card.lines[0].id)
    state = ws.start_work(shop.zhang, shop.zhang.user_id, card.lines[0].id)
    assert state.running.card_number == card.number
    assert ctx.job_cards.card(shop.st.advisor, card.id).status == "in_progress"
    # the hook job cards call before 开工 and the self-check
    with ctx.db.read() as s:
        rules.require_assigned(s, shop.zhang, card.id)
        with pytest.raises(PermissionDenied):
            rules.require_assigned(s, shop.wang, card.id)


def test_a_second_running_job_is_refused_in_code_and_by_the_database(ctx, shop):
    ws = ctx.workshop
    first, second = sent_card(ctx, shop), sent_card(ctx, shop, codes=("KT020",))
    for c in (first, second):
        ws.assign(shop.boss, c.id, [shop.zhang.user_id])
    ws.clock_in(shop.zhang, shop.zhang.user_id)
    ws.start_work(shop.zhang, shop.zhang.user_id, first.lines[0].id)
    with pytest.raises(ValidationError, match=f"already working on job card {first.number}"):
        ws.start_work(shop.zhang, shop.zhang.user_id, second.lines[0].id)
    # a racing PC that skipped the check still cannot write a second running job
    now = ctx.clock.now()
    with pytest.raises(DuplicateRecord), ctx.db.write() as s:
        s.execute(insert(WorkSpan).values(technician_id=shop.zhang.user_id, job_card_id=second.id,
                                          job_line_id=second.lines[0].id, status="running", started_at=now,
                                          note="", request_reason="", recorded_by="x", created_at=now,
                                          updated_at=now))
    # pausing the first lets the second start
    ws.pause_work(shop.zhang, shop.zhang.user_id, "other_job")
    assert ws.start_work(shop.zhang, shop.zhang.user_id, second.lines[0].id).running.card_number == second.number


def test_a_pause_for_parts_holds_the_card_and_the_next_start_takes_it_back_to_work(ctx, shop, clock):
    ws = ctx.workshop
    card = sent_card(ctx, shop, codes=("BY001",))
    ws.assign(shop.boss, card.id, [shop.zhang.user_id])
    ws.clock_in(shop.zhang, shop.zhang.user_id)
    ws.start_work(shop.zhang, shop.zhang.user_id, card.lines[0].id)
    with pytest.raises(ValidationError, match="Say why"):
        ws.pause_work(shop.zhang, shop.zhang.user_id, "other", "")
    clock.advance(minutes=20)
    state = ws.pause_work(shop.zhang, shop.zhang.user_id, "waiting_parts", "滤芯缺货")
    assert state.running is None and state.last_paused.pause_reason == "waiting_parts"
    assert ctx.job_cards.card(shop.st.advisor, card.id).status == "waiting_parts"
    clock.advance(minutes=40)
    state = ws.resume_work(shop.zhang, shop.zhang.user_id)
    assert state.running.line_id == card.lines[0].id
    assert ctx.job_cards.card(shop.st.advisor, card.id).status == "in_progress"
    state = ws.finish_work(shop.zhang, shop.zhang.user_id)
    assert state.running is None and state.assigned[0].finished


def test_kiosk_badge_clocks_in_then_the_card_barcode_starts_and_finishes(ctx, shop, clock):
    ws = ctx.workshop
    card = sent_card(ctx, shop, codes=("BY001",))
    ws.assign(shop.boss, card.id, [shop.wang.user_id])
    kiosk = shop.zhang  # the PC at the workshop door is signed in as anybody who may clock
    outcome, state = ws.kiosk_badge(kiosk, "e10002")
    assert outcome.action == "clocked_in" and state.technician.name == "王师傅" and state.attendance == "in"
    outcome, state = ws.kiosk_scan(kiosk, "E10002", card.number.lower())
    assert (outcome.action, outcome.card_number, outcome.line_name) == ("started", card.number, "更换机油机滤")
    clock.advance(minutes=50)
    outcome, state = ws.kiosk_scan(kiosk, "E10002", card.number)
    assert outcome.action == "finished" and state.running is None
    with pytest.raises(PermissionDenied, match="张技师 is not assigned"):
        ws.kiosk_scan(kiosk, "E10001", card.number)


def test_a_forgotten_clock_out_is_flagged_next_morning_and_closed_only_by_the_supervisor(ctx, shop, clock, admin):
    ws = ctx.workshop
    card = sent_card(ctx, shop, codes=("BY001",))
    ws.assign(shop.boss, card.id, [shop.liu.user_id])
    ws.clock_in(shop.liu, shop.liu.user_id)
    ws.start_work(shop.liu, shop.liu.user_id, card.lines[0].id)
    started = clock.now()
    clock.advance(days=1)  # he went home without clocking out; next morning
    flagged = ws.flag_forgotten(shop.boss)
    assert sorted((f.kind, f.technician) for f in flagged) == [("shift", "刘师傅"), ("work", "刘师傅")]
    assert ws.clock_state(shop.liu, shop.liu.user_id).running is None
    work = next(f for f in flagged if f.kind == "work")
    # his own word is a request; it does not close the record
    ws.request_correction(shop.liu, "work", work.id, started + timedelta(hours=1), "忘记下班打卡")
    with pytest.raises(PermissionDenied):
        ws.approve_correction(shop.liu, "work", work.id)
    ws.approve_correction(shop.boss, "work", work.id)
    left = ws.forgotten(shop.boss)
    assert [f.kind for f in left] == ["shift"]
    entry = ctx.audit.entries(admin, action_prefix="workshop.clock_corrected")[0]
    assert entry.approved_by == "shop01" and "忘记下班打卡" in entry.summary
    # the flagged day counts nothing; the corrected hour of work counts
    figures = ws.figures(shop.boss, ctx.clock.local(started).date())
    row = next(r for r in figures.by_technician if r.key == "刘师傅")
    assert (row.attendance_hours, row.clocked_hours) == (Decimal("0.00"), Decimal("1.00"))
    # he can clock in today: yesterday's open day no longer blocks him
    assert ws.clock_in(shop.liu, shop.liu.user_id).attendance == "in"


def _at(clock, hh: int, mm: int) -> None:
    """Set the clock to HH:MM station time on 2026-11-19."""
    clock.moment = datetime(2026, 11, 19, hh, mm, tzinfo=UTC) - timedelta(hours=8)


def test_figures_of_a_small_day_match_the_hand_computed_values(ctx, shop, clock):
    ws, z, w = ctx.workshop, shop.zhang, shop.wang
    _at(clock, 8, 0)
    card = sent_card(ctx, shop)  # BY001 0.8 h, DP001 1.0 h
    by001, dp001 = (ln.id for ln in card.lines)
    ws.assign(shop.boss, card.id, [z.user_id], line_ids=[by001])
    ws.assign(shop.boss, card.id, [z.user_id, w.user_id], line_ids=[dp001])  # 0.5 h each
    steps = [
        ((8, 30), lambda: ws.clock_in(z, z.user_id)),
        ((8, 45), lambda: ws.start_work(z, z.user_id, by001)),
        ((9, 0), lambda: ws.clock_in(w, w.user_id)),
        ((9, 15), lambda: ws.start_work(w, w.user_id, dp001)),
        ((9, 30), lambda: ws.pause_work(z, z.user_id, "waiting_parts")),
        ((10, 0), lambda: ws.resume_work(z, z.user_id)),
        ((10, 15), lambda: ws.finish_work(z, z.user_id)),
        ((10, 45), lambda: ws.finish_work(w, w.user_id)),
        ((12, 0), lambda: ws.start_break(z, z.user_id)),
        ((13, 0), lambda: ws.clock_out(w, w.user_id)),
        ((13, 0), lambda: ws.start_work(z, z.user_id, dp001)),  # ends the break
        ((14, 0), lambda: ws.finish_work(z, z.user_id)),
        ((17, 30), lambda: ws.clock_out(z, z.user_id)),
    ]
    for (hh, mm), step in steps:
        _at(clock, hh, mm)
        step()
    f = ws.figures(shop.boss, date(2026, 11, 19))
    rows = {r.key: r for r in f.by_technician}
    # 张技师: in 08:30–17:30 less a 1 h break = 8 h; clocked 0.75 + 0.25 + 1.0 = 2.0 h; sold 0.8 + 0.5 = 1.3 h
    z_row = rows["张技师"]
    assert (z_row.attendance_hours, z_row.clocked_hours, z_row.sold_hours) == (Decimal("8.00"), Decimal("2.00"),
                                                                               Decimal("1.30"))
    assert (z_row.utilisation, z_row.efficiency, z_row.productivity) == (Decimal("0.2500"), Decimal("0.6500"),
                                                                         Decimal("0.1625"))
    # 王师傅: in 09:00–13:00 = 4 h; clocked 09:15–10:45 = 1.5 h; sold 0.5 h
    w_row = rows["王师傅"]
    assert (w_row.attendance_hours, w_row.clocked_hours, w_row.sold_hours) == (Decimal("4.00"), Decimal("1.50"),
                                                                               Decimal("0.50"))
    assert (w_row.utilisation, w_row.efficiency, w_row.productivity) == (Decimal("0.3750"), Decimal("0.3333"),
                                                                         Decimal("0.1250"))
    # the team on its summed hours: 12 h in, 3.5 h clocked, 1.8 h sold
    team = next(r for r in f.by_team if r.key == "机电一组")
    assert (team.attendance_hours, team.clocked_hours, team.sold_hours) == (Decimal("12.00"), Decimal("3.50"),
                                                                            Decimal("1.80"))
    assert (team.utilisation, team.efficiency, team.productivity) == (Decimal("0.2917"), Decimal("0.5143"),
                                                                      Decimal("0.1500"))
    assert "刘师傅" not in rows  # not in that day


def test_the_board_lays_out_blocks_queue_free_hours_and_risk(ctx, shop, clock):
    ws = ctx.workshop
    now = clock.now()  # 10:30 station time
    clock.advance(hours=-2)  # received at 08:30, promised for 09:30: late by now
    late = sent_card(ctx, shop, codes=("KT020",), promised_at=now - timedelta(hours=1))
    clock.advance(hours=2)
    tight = sent_card(ctx, shop, codes=("BY001", "DP001"), promised_at=now + timedelta(hours=2))
    queued = sent_card(ctx, shop, codes=("ZD010",), promised_at=now + timedelta(days=1))
    ws.assign(shop.boss, late.id, [shop.zhang.user_id])
    ws.assign(shop.boss, tight.id, [shop.zhang.user_id])
    board = ws.board(shop.boss)
    assert [q.card_number for q in board.queue] == [queued.number]
    assert board.queue[0].hours == Decimal("1.500")  # ZD010 for 帕萨特: the family's own 1.5 h
    mine = [b for b in board.blocks if b.technician_id == shop.zhang.user_id]
    assert [(b.card_number, b.sold_hours, b.risk) for b in mine] == [
        (late.number, Decimal("2.00"), "late"), (tight.number, Decimal("1.80"), "at_risk")]
    assert mine[1].start == mine[0].end  # one after another
    row = next(r for r in board.rows if r.technician.user_id == shop.zhang.user_id)
    assert (row.capacity_hours, row.booked_hours, row.free_hours) == (Decimal("8.00"), Decimal("3.80"),
                                                                       Decimal("4.20"))
    assert [r.technician.name for r in board.rows] == ["张技师", "王师傅", "刘师傅"]  # by team, then place


def test_the_overdue_list_names_late_and_long_staying_cars_with_the_reason(ctx, shop, clock):
    ws = ctx.workshop
    late = sent_card(ctx, shop, codes=("BY001",), promised_at=clock.now() + timedelta(hours=1))
    ws.assign(shop.boss, late.id, [shop.zhang.user_id])
    ws.clock_in(shop.zhang, shop.zhang.user_id)
    ws.start_work(shop.zhang, shop.zhang.user_id, late.lines[0].id)
    ws.pause_work(shop.zhang, shop.zhang.user_id, "waiting_parts")
    clock.advance(days=3)
    sent_card(ctx, shop, codes=("DP001",), promised_at=clock.now() + timedelta(days=10))  # in one day: not overdue
    clock.advance(days=1)
    items = ws.overdue(shop.boss, max_days=3)
    assert [(i.card_number, i.reasons, i.technicians) for i in items] == [
        (late.number, ("late", "long_stay", "waiting_parts"), "张技师")]
    assert items[0].days_in == 4 and items[0].late_by_hours == Decimal("95.00")


def test_every_workshop_write_moves_the_change_stamp_seen_from_another_session(ctx, shop, db, clock):
    other = AppContext(db.__class__(db.url), clock)
    try:
        before = other.workshop.change_stamp(shop.boss)
        card = sent_card(ctx, shop, codes=("BY001",))
        after_card = other.workshop.change_stamp(shop.boss)
        assert after_card != before  # a job card change shows too
        ctx.workshop.assign(shop.boss, card.id, [shop.zhang.user_id])
        assert other.workshop.change_stamp(shop.boss)[0] == after_card[0] + 1
    finally:
        other.close()
