"""A station with cards that passed the final inspection, ready to settle."""

from __future__ import annotations

from decimal import Decimal

from services.common.identifiers import make_vin
from services.customers.service import CustomerInput, VehicleInput
from tests.job_cards.fixtures import dispatched


def through_qc(ctx, st, c):
    """Dispatch, work, self-check and pass the final inspection (2 km road test)."""
    jc = ctx.job_cards
    st.issue_all(ctx, c.number)  # the parts counter issues the parts lines (the checks need them issued)
    c = dispatched(ctx, st, c)
    # the card's technician works it; a card of parts alone is on nobody's row: the supervisor starts it
    worker = st.technician if any(ln.kind == "labour" for ln in c.lines) else st.admin
    c = jc.transition(worker, c.id, c.version, "in_progress")
    c = jc.self_check(worker, c.id, c.version, True, [("done", True)])
    items = [(i, True) for i in jc.checklist(c.job_type)]
    return jc.final_check(st.inspector, c.id, c.version, True, items, road_test=True, road_test_km=2)


def open_with_work(ctx, st, *, payer_insurer: bool = False, **intake):
    """Oil service (labour 128.00), an oil filter (68.00), 4.5 l of oil (443.25), a diagnosis fee (50.00)."""
    jc = ctx.job_cards
    c = jc.open_card(st.advisor, st.intake(**intake))
    c = jc.add_labour(st.advisor, c.id, c.version, "BY001")
    c = jc.add_part(st.advisor, c.id, c.version, st.part_ids[0], 1)
    c = jc.add_part(st.advisor, c.id, c.version, st.part_ids[1], "4.5")
    c = jc.add_other(st.advisor, c.id, c.version, "diagnosis", "50.00")
    if payer_insurer:
        c = jc.add_labour(st.advisor, c.id, c.version, "KT020", payer="insurer")
    return c


def ready_card(ctx, st, **kw):
    return through_qc(ctx, st, open_with_work(ctx, st, **kw))


def company_vehicle(ctx, st) -> tuple[int, int]:
    c = ctx.customers.create_customer(st.admin, CustomerInput(
        name="上海顺达物流有限公司", kind="company", credit_code="91310000775785552L", billing_terms="monthly",
        credit_limit=Decimal("50000")), vehicles=[VehicleInput(vin=make_vin("LSVAU2180N2" + "654321"),
                                                                plate="沪B54321", brand="上汽大众", model="途安",
                                                                model_year=2020, odometer_km=80000)])
    return c.id, c.vehicles[0].id
