"""Job cards in the service layer: reception, lines, lifecycle, discounts, conflicts, list, catalogue."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from services.common.errors import (
    AuthenticationError,
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from services.job_cards.listing import ListFilter
from services.job_cards.service import Approval, Intake
from tests.job_cards.fixtures import PASSWORD, PLATE, VIN, dispatched, make_station


@pytest.fixture
def station(ctx, admin):
    return make_station(ctx, admin)

def _card_with_work(ctx, st, *, issued: bool = False, **intake):
    jc = ctx.job_cards
    c = jc.open_card(st.advisor, st.intake(**intake))
    c = jc.add_labour(st.advisor, c.id, c.version, "BY001")
    c = jc.add_part(st.advisor, c.id, c.version, st.part_ids[0], 1)
    if issued:
        st.issue_all(ctx, c.number)  # the store issues the filter: the checks pass only with it issued
    return jc.card(st.advisor, c.id)


def _through_qc(ctx, st, c):
    jc = ctx.job_cards
    st.issue_all(ctx, c.number)
    c = dispatched(ctx, st, c)
    c = jc.transition(st.technician, c.id, c.version, "in_progress")
    c = jc.self_check(st.technician, c.id, c.version, True, [("done", True)])
    items = [(i, True) for i in jc.checklist(c.job_type)]
    return jc.final_check(st.inspector, c.id, c.version, True, items, road_test=True, road_test_km=2)


def test_reception_keeps_snapshot_and_logs_opening(ctx, station):
    c = ctx.job_cards.open_card(station.advisor, station.intake())
    assert c.number.startswith("WT202611")
    assert (c.plate, c.vin, c.customer_name) == (PLATE, VIN, "陈志强")
    assert c.customer_words == "刹车时有异响，方向盘抖动" and c.diagnosis == ""
    assert [(h.from_status, h.to_status, h.username) for h in c.history] == [(None, "open", "advisor")]
    # the reading went into the car's odometer history
    assert ctx.customers.vehicle(station.admin, station.vehicle_id).last_odometer == 35000


def test_labour_line_keeps_catalogue_hours_and_rate_of_the_model_family(ctx, station):
    c = ctx.job_cards.open_card(station.advisor, station.intake())
    c = ctx.job_cards.add_labour(station.advisor, c.id, c.version, "ZD010")
    line = c.lines[0]
    assert (line.qty, line.standard_hours, line.price) == (Decimal("1.500"), Decimal("1.500"), Decimal("160.00"))
    assert line.amount == Decimal("240.00")


def test_hours_edited_only_with_a_reason_and_technicians_share_them(ctx, station):
    jc = ctx.job_cards
    c = jc.open_card(station.advisor, station.intake())
    with pytest.raises(ValidationError) as e:
        jc.add_labour(station.advisor, c.id, c.version, "BY001", hours="1.0")
    assert e.value.field == "hours_reason"
    c = jc.add_labour(station.advisor, c.id, c.version, "BY001", hours="1.0", hours_reason="底护板拆装",
                      technicians=["张技师", "王技师"])
    assert c.lines[0].hours_reason == "底护板拆装"
    assert sum(t.share for t in c.lines[0].technicians) == 1


@pytest.mark.parametrize("hours", ["0", "-1", "abc"])
def test_zero_or_negative_hours_refused(ctx, station, hours):
    c = ctx.job_cards.open_card(station.advisor, station.intake())
    with pytest.raises(ValidationError) as e:
        ctx.job_cards.add_labour(station.advisor, c.id, c.version, "BY001", hours=hours, hours_reason="x")
    assert e.value.field == "hours"


@pytest.mark.parametrize("qty", ["0", "-2"])
def test_zero_or_negative_quantity_refused(ctx, station, qty):
    c = ctx.job_cards.open_card(station.advisor, station.intake())
    with pytest.raises(ValidationError) as e:
        ctx.job_cards.add_part(station.advisor, c.id, c.version, station.part_ids[0], qty)
    assert e.value.field == "qty"
    assert "more than zero" in str(e.value)


def test_mileage_lower_than_last_refused_without_reason(ctx, station):
    with pytest.raises(ValidationError) as e:
        ctx.job_cards.open_card(station.advisor, station.intake(mileage_in=29000))
    assert e.value.field == "mileage_in" and "30000" in str(e.value)
    c = ctx.job_cards.open_card(station.advisor, station.intake(mileage_in=29000, mileage_reason="更换仪表"))
    assert c.mileage_in == 29000


def test_out_of_order_transitions_refused_with_a_reason(ctx, station):
    jc = ctx.job_cards
    c = _card_with_work(ctx, station)
    with pytest.raises(ValidationError) as e:
        jc.transition(station.advisor, c.id, c.version, "delivered")
    assert "cannot become delivered" in str(e.value)
    with pytest.raises(ValidationError):
        jc.final_check(station.inspector, c.id, c.version, True, [])
    c = dispatched(ctx, station, c)
    c = jc.transition(station.technician, c.id, c.version, "in_progress")
    with pytest.raises(ValidationError) as e:
        jc.cancel(station.advisor, c.id, c.version, "客户改主意")
    assert "can no longer be cancelled" in str(e.value)
    assert jc.card(station.advisor, c.id).status == "in_progress"


def test_dispatch_needs_agreed_work(ctx, station):
    c = ctx.job_cards.open_card(station.advisor, station.intake())
    with pytest.raises(ValidationError):
        ctx.job_cards.dispatch(station.advisor, c.id, c.version)


def test_cancel_before_work_needs_a_reason_and_releases_stock(ctx, station):
    jc = ctx.job_cards
    c = _card_with_work(ctx, station)
    with pytest.raises(ValidationError):
        jc.cancel(station.advisor, c.id, c.version, "  ")
    c = jc.cancel(station.advisor, c.id, c.version, "客户临时有事")
    assert c.status == "cancelled" and c.cancel_reason == "客户临时有事"
    assert [r.status for r in ctx.parts.reservations(station.admin, c.number)] == ["released"]
    assert jc.list_cards(station.advisor, ListFilter(statuses=("open",))).rows == ()


def test_whole_lifecycle_history_and_certificate(ctx, station):
    c = _through_qc(ctx, station, _card_with_work(ctx, station))
    assert c.status == "ready" and c.certificate_number.startswith("HG2026")
    assert [h.to_status for h in c.history] == ["open", "dispatched", "in_progress", "quality_check", "ready"]
    assert [h.username for h in c.history] == ["advisor", "advisor", "tech01", "tech01", "qc01"]
    assert [(q.stage, q.passed) for q in c.checks] == [("self", True), ("final", True)]
    assert c.checks[1].road_test and c.mileage_out == 35002


def test_qc_back_to_work_needs_reason(ctx, station):
    jc = ctx.job_cards
    c = _card_with_work(ctx, station, issued=True)
    c = dispatched(ctx, station, c)
    c = jc.transition(station.technician, c.id, c.version, "in_progress")
    c = jc.self_check(station.technician, c.id, c.version, True, [])
    with pytest.raises(ValidationError):
        jc.final_check(station.inspector, c.id, c.version, False, [])
    with pytest.raises(ValidationError):  # an unticked item cannot pass
        jc.final_check(station.inspector, c.id, c.version, True, [("Panel gaps even", False)])
    c = jc.final_check(station.inspector, c.id, c.version, False, [("Panel gaps even", False)], "前门缝隙不均")
    assert c.status == "in_progress" and c.history[-1].reason == "前门缝隙不均"


def test_technician_cannot_pass_final_check(ctx, station):
    jc = ctx.job_cards
    c = _card_with_work(ctx, station, issued=True)
    c = dispatched(ctx, station, c)
    c = jc.transition(station.technician, c.id, c.version, "in_progress")
    c = jc.self_check(station.technician, c.id, c.version, True, [])
    with pytest.raises(PermissionDenied):
        jc.final_check(station.technician, c.id, c.version, True, [])


def test_guarantee_and_open_card_warnings_at_reception(ctx, station, clock):
    jc = ctx.job_cards
    assert jc.reception_warnings(station.advisor, station.vehicle_id, 35000) == []
    c = _card_with_work(ctx, station)
    kinds = [w.kind for w in jc.reception_warnings(station.advisor, station.vehicle_id, 35100)]
    assert kinds == ["open_card"]
    c = _through_qc(ctx, station, c)
    c = jc.transition(station.advisor, c.id, c.version, "settled")
    c = jc.transition(station.advisor, c.id, c.version, "delivered")
    clock.advance(days=20)
    warnings = jc.reception_warnings(station.advisor, station.vehicle_id, 36000)
    assert [w.kind for w in warnings] == ["guarantee"]  # level 2 maintenance: 5000 km / 30 days
    assert warnings[0].card_number == c.number and warnings[0].params["until_km"] == 35002 + 5000
    # km run out first
    assert jc.reception_warnings(station.advisor, station.vehicle_id, 41000) == []
    clock.advance(days=11)  # days run out
    assert jc.reception_warnings(station.advisor, station.vehicle_id, 36000) == []


def test_rework_opens_linked_flagged_card(ctx, station):
    jc = ctx.job_cards
    c = _through_qc(ctx, station, _card_with_work(ctx, station))
    r = jc.open_rework(station.advisor, c.id, station.intake(customer_words="刹车异响又出现"))
    assert r.is_rework and r.rework_of == c.number and r.job_type == "rework" and r.number != c.number
    r = jc.add_labour(station.advisor, r.id, r.version, "ZD010")
    assert r.lines[0].payer == "internal"
    row = next(x for x in jc.list_cards(station.advisor).rows if x.number == r.number)
    assert row.rework


def test_discount_within_limit_alone_above_with_supervisor_logged(ctx, station):
    jc = ctx.job_cards
    c = jc.open_card(station.advisor, station.intake())
    c = jc.add_labour(station.advisor, c.id, c.version, "KT020", discount="0.05")
    assert c.lines[0].amount == Decimal("304.00")
    with pytest.raises(PermissionDenied) as e:
        jc.add_labour(station.advisor, c.id, c.version, "DP001", discount="0.15")
    assert "above your limit" in str(e.value)
    with pytest.raises(AuthenticationError):
        jc.add_labour(station.advisor, c.id, c.version, "DP001", discount="0.15",
                      approval=Approval("frontsup", "wrong-password"))
    with pytest.raises(PermissionDenied):  # a technician cannot approve discounts
        jc.add_labour(station.advisor, c.id, c.version, "DP001", discount="0.15",
                      approval=Approval("tech01", PASSWORD))
    with pytest.raises(PermissionDenied):  # above the supervisor's own limit (20%)
        jc.add_labour(station.advisor, c.id, c.version, "DP001", discount="0.30",
                      approval=Approval("frontsup", PASSWORD))
    assert len(jc.card(station.advisor, c.id).lines) == 1
    c = jc.add_labour(station.advisor, c.id, c.version, "DP001", discount="0.15",
                      approval=Approval("frontsup", PASSWORD))
    assert c.lines[1].discount_approved_by == "frontsup" and c.lines[1].amount == Decimal("136.00")
    entries = ctx.audit.entries(station.admin, action_prefix="job_card.discount")
    assert [(e.username, e.approved_by, e.amount) for e in entries] == [
        ("advisor", "frontsup", Decimal("24.00")), ("advisor", None, Decimal("16.00"))]


def test_discount_change_on_a_line_checked_too(ctx, station):
    jc = ctx.job_cards
    c = jc.open_card(station.advisor, station.intake())
    c = jc.add_part(station.advisor, c.id, c.version, station.part_ids[2], 1)
    with pytest.raises(PermissionDenied):
        jc.update_line(station.advisor, c.id, c.version, c.lines[0].id, discount="0.10")
    c = jc.update_line(station.supervisor, c.id, c.version, c.lines[0].id, discount="0.10")
    assert c.lines[0].amount == Decimal("378.00")


def test_second_pc_saving_same_card_gets_conflict_and_nothing_is_overwritten(ctx, station):
    jc = ctx.job_cards
    c = jc.open_card(station.advisor, station.intake())
    pc1 = jc.card(station.advisor, c.id)
    pc2 = jc.card(station.supervisor, c.id)
    jc.update_intake(station.advisor, pc1.id, pc1.version, station.intake(diagnosis="前刹车片磨损到极限"))
    with pytest.raises(ConflictError) as e:
        jc.update_intake(station.supervisor, pc2.id, pc2.version, station.intake(diagnosis="需要四轮定位"))
    assert "advisor" in str(e.value)
    with pytest.raises(ConflictError):
        jc.add_labour(station.supervisor, pc2.id, pc2.version, "DP001")
    now = jc.card(station.advisor, c.id)
    assert now.diagnosis == "前刹车片磨损到极限" and now.lines == ()


def test_totals_per_payer_exact(ctx, station):
    jc = ctx.job_cards
    c = jc.open_card(station.advisor, station.intake(job_type="accident", insurer="平安保险", claim_number="PA2026-1"))
    c = jc.add_labour(station.advisor, c.id, c.version, "KT020")  # insurer by default
    c = jc.add_part(station.advisor, c.id, c.version, station.part_ids[1], "3.5", payer="customer")
    c = jc.add_part(station.advisor, c.id, c.version, station.part_ids[0], 1, payer="warranty")
    c = jc.add_other(station.advisor, c.id, c.version, "towing", "150.00", name="拖车 12 km")
    t = c.totals
    assert [p.payer for p in t.payers] == ["customer", "insurer", "warranty"]
    assert t.for_payer("customer").amount == Decimal("344.75")  # 3.5 × 98.50 = 344.75
    assert t.for_payer("insurer").amount == Decimal("470.00")  # 2.0 h × 160 + 150 towing
    assert t.for_payer("insurer").labour == Decimal("320.00") and t.for_payer("insurer").other == Decimal("150.00")
    assert t.amount == Decimal("882.75") == sum(p.amount for p in t.payers)
    assert t.net + t.tax == t.amount
    assert all(ln.net + ln.tax == ln.amount for ln in c.lines)
    assert c.lines[1].tax == Decimal("39.66")  # 344.75 − round(344.75 / 1.13) = 344.75 − 305.09
    row = jc.list_cards(station.advisor, ListFilter(payer="warranty")).rows
    assert [r.number for r in row] == [c.number] and row[0].total_amount == Decimal("882.75")


def test_added_work_awaits_approval_with_time_and_channel(ctx, station, clock):
    jc = ctx.job_cards
    c = _card_with_work(ctx, station)
    c = dispatched(ctx, station, c)
    c = jc.transition(station.technician, c.id, c.version, "in_progress")
    before = c.totals.amount
    c = jc.add_labour(station.advisor, c.id, c.version, "DP001")
    assert c.lines[-1].approval == "pending" and c.totals.amount == before and c.totals.pending == Decimal("160.00")
    c = jc.transition(station.advisor, c.id, c.version, "waiting_approval")
    with pytest.raises(ValidationError):
        jc.transition(station.advisor, c.id, c.version, "in_progress")
    c = jc.decide_added_work(station.advisor, c.id, c.version, [c.lines[-1].id], True, "phone")
    assert c.lines[-1].approval == "approved" and c.lines[-1].approval_channel == "phone"
    assert c.lines[-1].approval_at == clock.now() and c.totals.amount == before + Decimal("160.00")


def test_estimate_before_a_card_then_converted_reserves_parts(ctx, station):
    jc = ctx.job_cards
    e = jc.open_card(station.advisor, station.intake(), estimate=True)
    assert e.status == "estimate" and e.number.startswith("GJ")
    e = jc.add_part(station.advisor, e.id, e.version, station.part_ids[2], 1)
    assert ctx.parts.reservations(station.admin, e.number) == []
    c = jc.convert_estimate(station.advisor, e.id, e.version)
    assert c.status == "open" and c.number.startswith("WT") and c.estimate_number == e.number
    assert [r.qty for r in ctx.parts.reservations(station.admin, c.number)] == [Decimal("1.000")]
    assert jc.card_by_number(station.advisor, e.number).id == c.id


def test_removing_a_part_line_releases_its_reservation(ctx, station):
    jc = ctx.job_cards
    c = _card_with_work(ctx, station)
    part_line = next(ln for ln in c.lines if ln.kind == "part")
    c = jc.remove_line(station.advisor, c.id, c.version, part_line.id)
    assert [r.status for r in ctx.parts.reservations(station.admin, c.number)] == ["released"]


def test_list_open_first_keyset_pages_filters_and_search(ctx, station, clock):
    jc = ctx.job_cards
    numbers = []
    for i in range(7):
        c = jc.open_card(station.advisor, station.intake(mileage_in=35000 + i * 10,
                                                         job_type="repair" if i % 2 else "maintenance"))
        numbers.append(c.number)
        clock.advance(hours=1)
    first = jc.card_by_number(station.advisor, numbers[0])
    jc.cancel(station.advisor, first.id, first.version, "重复开单")
    page1 = jc.list_cards(station.advisor, limit=3)
    page2 = jc.list_cards(station.advisor, after=page1.next_key, limit=3)
    page3 = jc.list_cards(station.advisor, after=page2.next_key, limit=3)
    got = [r.number for p in (page1, page2, page3) for r in p.rows]
    assert got == list(reversed(numbers[1:])) + [numbers[0]]  # open first, newest first; cancelled last
    assert page3.next_key is None
    assert len(jc.list_cards(station.advisor, ListFilter(job_type="repair")).rows) == 3
    assert len(jc.list_cards(station.advisor, ListFilter(advisor_id=station.advisor.user_id)).rows) == 7
    assert jc.list_cards(station.advisor, ListFilter(advisor_id=station.supervisor.user_id)).rows == ()
    for text in ("沪A123", "A12345", VIN[-6:], "陈志", numbers[3]):
        assert len(jc.list_cards(station.advisor, ListFilter(text=text)).rows) >= 1, text
    assert jc.list_cards(station.advisor, ListFilter(text="WT1999")).rows == ()
    today = clock.today()
    assert len(jc.list_cards(station.advisor, ListFilter(date_from=today, date_to=today)).rows) >= 1
    assert jc.list_cards(station.advisor, ListFilter(date_to=date(2020, 1, 1))).rows == ()


def test_timeline_of_the_customer_shows_job_cards(ctx, station):
    c = _card_with_work(ctx, station)
    entries = [e for e in ctx.customers.timeline(station.advisor, station.customer_id) if e.source == "job_cards"]
    assert [e.reference for e in entries] == [c.number]


def test_catalogue_versions_by_date_and_excel_round_trip(ctx, station, clock):
    cat = ctx.job_cards.catalogue
    cat.save_operation(station.admin, code="BY001", name_zh="更换机油机滤", hours="0.9", job_types="maintenance",
                       valid_from=date(2027, 1, 1))
    now = cat.lookup(station.advisor, "BY", day=clock.today())
    assert [(o.code, o.hours) for o in now] == [("BY001", Decimal("0.800"))]
    later = cat.lookup(station.advisor, "ghjy", day=date(2027, 2, 1))  # pinyin initials of 更换机油
    assert [(o.code, o.hours) for o in later] == [("BY001", Decimal("0.900"))]
    fam = cat.lookup(station.advisor, "刹车", day=clock.today(), family="帕萨特")
    assert [(o.code, o.hours) for o in fam] == [("ZD010", Decimal("1.500"))]
    data = cat.export_workbook(station.admin)
    import io

    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data))
    rows = list(wb.active.iter_rows(values_only=True))
    assert rows[0][0] == "code" and len(rows) == 1 + 6
    result = cat.import_workbook(station.admin, data)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 6)
    wb.active.append(["JY050", "发动机积碳清洗", "", "", 1.5, "maintenance", "", "2020-01-01"])
    buf = io.BytesIO()
    wb.save(buf)
    assert cat.import_workbook(station.admin, buf.getvalue()).added == 1
    wb.active.append(["BAD1", "坏行", "", "", 0, "", "", ""])
    buf = io.BytesIO()
    wb.save(buf)
    with pytest.raises(ValidationError) as e:
        cat.import_workbook(station.admin, buf.getvalue())
    assert "Row 9" in str(e.value)


def test_unknown_operation_refused(ctx, station):
    c = ctx.job_cards.open_card(station.advisor, station.intake())
    with pytest.raises(NotFound):
        ctx.job_cards.add_labour(station.advisor, c.id, c.version, "XX999")


def test_receptionist_cannot_open_cards(ctx, station, admin):
    from services.users.permissions import Actor, Role
    info = ctx.users.create_user(admin, "rec", "前台", PASSWORD, [Role.RECEPTIONIST])
    rec = Actor.for_roles(info.id, info.username, info.display_name, info.roles)
    with pytest.raises(PermissionDenied):
        ctx.job_cards.open_card(rec, station.intake())
    assert isinstance(ctx.job_cards.list_cards(rec).rows, tuple)


def test_intake_refuses_bad_values(ctx, station):
    for bad in (dict(fuel_level="half"), dict(battery_pct=120), dict(old_parts="keep"), dict(job_type="x"),
                dict(warning_lights=("nuclear",))):
        with pytest.raises(ValidationError):
            ctx.job_cards.open_card(station.advisor, station.intake(**bad))
    assert Intake(vehicle_id=1).wash


def test_only_the_technician_dispatched_on_the_board_starts_and_self_checks_the_card(ctx, station):
    from services.users.permissions import Actor, Role

    jc = ctx.job_cards
    other = ctx.users.create_user(station.admin, "tech02", "钱技师", "secret-pass-2", [Role.TECHNICIAN])
    other = Actor.for_roles(other.id, other.username, other.display_name, other.roles)
    c = _card_with_work(ctx, station)
    c = jc.dispatch(station.advisor, c.id, c.version)
    # sent to the workshop but on nobody's row yet: no technician may start it
    with pytest.raises(PermissionDenied, match="not assigned to job card"):
        jc.transition(station.technician, c.id, c.version, "in_progress")
    ctx.workshop.assign(station.admin, c.id, [station.technician.user_id])
    c = jc.card(station.admin, c.id)
    with pytest.raises(PermissionDenied, match="钱技师 is not assigned"):
        jc.transition(other, c.id, c.version, "in_progress")
    assert jc.card(station.admin, c.id).status == "dispatched"
    c = jc.transition(station.technician, c.id, c.version, "in_progress")
    station.issue_all(ctx, c.number)  # the self-check needs the card's parts issued
    c = jc.card(station.admin, c.id)
    with pytest.raises(PermissionDenied, match="not assigned"):
        jc.self_check(other, c.id, c.version, True, [])
    c = jc.self_check(station.technician, c.id, c.version, True, [])
    assert c.status == "quality_check"
