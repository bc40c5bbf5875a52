"""The 三包 watch fires at exactly the thresholds of DOMAIN.md, never one step before: one repair's
day 6, the 31st repair day in total, the same problem's 5th repair, the 2nd repair of a serious
safety fault, the 2nd replacement of an assembly or of a listed system's main part; and only
inside the 三包 period (2 years / 50,000 km from the purchase invoice)."""

from __future__ import annotations

from datetime import date, timedelta

from tests.claims.fixtures import another_vehicle, warranty_card


def kinds(ctx, desk, vehicle_id=None):
    return sorted(w.kind for w in ctx.claims.sanbao_warnings(desk.clerk, vehicle_id or desk.st.vehicle_id))


def repaired(ctx, desk, *, system="brakes", code="B1001", serious=False, replacement="", **intake):
    card = warranty_card(ctx, desk.st, **intake)
    claim = ctx.claims.create(desk.clerk, card.id)
    ctx.claims.appraise(desk.appraiser, claim.id, claim.version, system=system, fault_code=code, cause="质量问题",
                        serious_safety=serious, replacement=replacement)
    return card


def test_one_repair_warns_on_its_sixth_day_not_its_fifth(ctx, desk, clock):
    card = warranty_card(ctx, desk.st, finish=False)
    clock.advance(days=5)  # exactly 5 × 24 hours since the customer agreed
    report = ctx.claims.sanbao(desk.clerk, desk.st.vehicle_id)
    assert report.total_days == 5 and report.repairs[0].job_card_number == card.number
    assert kinds(ctx, desk) == []
    clock.advance(minutes=1)  # day 6 has started: a loan car is owed
    warnings = ctx.claims.sanbao_warnings(desk.clerk, desk.st.vehicle_id)
    assert [w.kind for w in warnings] == ["long_repair"]
    assert "day 6" in warnings[0].message() and card.number in warnings[0].message()


def test_total_repair_days_warn_past_thirty_not_at_thirty(ctx, desk, clock):
    warranty_card(ctx, desk.st, finish=False)
    clock.advance(days=30)
    assert ctx.claims.sanbao(desk.clerk, desk.st.vehicle_id).total_days == 30
    assert kinds(ctx, desk) == ["long_repair"]
    clock.advance(seconds=1)
    assert kinds(ctx, desk) == ["long_repair", "total_days"]


def test_the_same_problem_warns_on_its_fifth_repair(ctx, desk):
    for _ in range(4):
        repaired(ctx, desk)
    report = ctx.claims.sanbao(desk.clerk, desk.st.vehicle_id)
    assert report.by_problem == (("brakes", "B1001", 4),) and report.by_system == (("brakes", 4),)
    assert kinds(ctx, desk) == []
    repaired(ctx, desk, code="B2002")  # another problem of the same system does not count
    assert kinds(ctx, desk) == []
    repaired(ctx, desk)
    warnings = ctx.claims.sanbao_warnings(desk.clerk, desk.st.vehicle_id)
    assert [w.kind for w in warnings] == ["same_problem"]
    assert "B1001" in warnings[0].message() and "5 times" in warnings[0].message()
    assert "制动" in warnings[0].message(lambda ctx_, text: {"Brakes": "制动系统"}.get(text, text))


def test_serious_safety_faults_and_replacements_warn_on_the_second(ctx, desk):
    repaired(ctx, desk, system="steering", code="S1", serious=True)
    repaired(ctx, desk, system="engine", code="E1", replacement="assembly")
    repaired(ctx, desk, system="suspension", code="X1", replacement="main_part")
    assert kinds(ctx, desk) == []
    repaired(ctx, desk, system="steering", code="S2", serious=True)
    repaired(ctx, desk, system="engine", code="E2", replacement="assembly")
    repaired(ctx, desk, system="suspension", code="X2", replacement="main_part")
    assert kinds(ctx, desk) == ["assembly", "main_part", "serious_safety"]
    # the major-assembly rule is for engine, gearbox, traction battery and drive motor only
    other = another_vehicle(ctx, desk.st.admin, 1)
    for code in ("A1", "A2"):
        repaired(ctx, desk, vehicle_id=other, system="air_conditioning", code=code, replacement="assembly")
    assert kinds(ctx, desk, other) == []


def test_only_repairs_inside_the_sanbao_period_count(ctx, desk, clock):
    old = another_vehicle(ctx, desk.st.admin, 2, purchased=clock.today() - timedelta(days=2 * 366))
    for _ in range(5):
        repaired(ctx, desk, vehicle_id=old)
    assert ctx.claims.sanbao(desk.clerk, old).repairs == () and kinds(ctx, desk, old) == []
    far = another_vehicle(ctx, desk.st.admin, 3, purchased=date(2026, 1, 1))
    for _ in range(5):
        repaired(ctx, desk, vehicle_id=far, mileage_in=50001)
    assert kinds(ctx, desk, far) == []
    watch = ctx.claims.sanbao_watch(desk.clerk)
    assert [r.vehicle_id for r in watch] == []  # warranty repairs, but none inside a period
    repaired(ctx, desk)
    assert [r.plate for r in ctx.claims.sanbao_watch(desk.clerk)] == ["沪A12345"]
