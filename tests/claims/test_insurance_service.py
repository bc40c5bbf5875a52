"""An insurance job (定损理赔) from the report through the assessment, a supplementary assessment,
settlement with the insurer's part and the customer's deductible, to the insurer's money, with the
receivables right at each step; the refusals the insurance clerk meets; the receivables workbook read
back; and a 三包 loan car recorded against a repair."""

from __future__ import annotations

import io
from datetime import date, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from services.common.errors import PermissionDenied, ValidationError
from services.settlement.data import Tender
from services.users.permissions import Role
from tests.claims.fixtures import accident_card, person, warranty_card
from tests.settlement.fixtures import through_qc

D = Decimal


def _receivable(ctx, actor, insurer: str):
    r = ctx.claims.receivables(actor)
    row = next((x for x in r.insurers if x.insurer == insurer), None)
    return None if row is None else (row.jobs, row.owed, row.paid, row.open, row.buckets, row.oldest_days)


@pytest.fixture
def clerk(ctx, admin):
    return person(ctx, admin, "baoxian", "周理赔", [Role.INSURANCE_CLERK])


def test_an_insurance_job_from_the_report_to_the_insurers_money_with_the_receivables_right(ctx, desk, clerk, clock):
    st = desk.st
    pingan = ctx.claims.add_insurer(clerk, " 平安保险 ", "95511")
    ctx.claims.add_insurer(clerk, "中国人保")
    card = accident_card(ctx, st, finish=False)
    waiting = ctx.claims.accident_cards(clerk)
    assert [(w.number, w.insurer, w.claim_number) for w in waiting] == [(card.number, "平安保险", "BA2026000123")]

    job = ctx.claims.register_insurance(clerk, card.id, pingan.id, " ba2026000123 ", adjuster_name="王定损",
                                        adjuster_phone="13800001111", accident_date=date(2026, 11, 18))
    assert (job.status, job.report_number, job.insurer, job.adjuster_name) == (
        "reported", "BA2026000123", "平安保险", "王定损")
    assert job.assessed_total is None and job.difference is None and job.open == 0
    assert ctx.claims.accident_cards(clerk) == []
    assert ctx.claims.receivables(clerk).insurers == ()

    # the adjuster assesses 800.00; the customer's deductible is 200.00
    job = ctx.claims.assess(clerk, job.id, job.version, "800.00", "200.00")
    assert (job.status, job.assessed_amount, job.deductible, job.insurer_expected) == (
        "assessed", D("800.00"), D("200.00"), D("600.00"))
    # the card holds 940.00 of work (740.00 the insurer's, 200.00 the deductible): 140.00 over the assessment
    assert (job.repair_amount, job.difference) == (D("940.00"), D("140.00"))

    # opened up, the condenser is damaged too: the adjuster adds 100.00
    clock.advance(days=1)
    job = ctx.claims.supplement(clerk, job.id, job.version, "100.00", "拆检发现冷凝器受损")
    assert [(x.amount, x.reason) for x in job.supplements] == [(D("100.00"), "拆检发现冷凝器受损")]
    assert (job.assessed_total, job.insurer_expected, job.difference) == (D("900.00"), D("700.00"), D("40.00"))
    assert ctx.claims.receivables(clerk).open == 0  # nothing is owed before settlement

    # settled: the insurer's subtotal is what it owes; the customer pays the deductible at the till
    card = through_qc(ctx, st, ctx.job_cards.card(st.advisor, card.id))
    statement = ctx.settlement.settle(st.advisor, card.id)
    assert [(p.payer, p.amount) for p in statement.shares] == [("customer", D("200.00")), ("insurer", D("740.00"))]
    ctx.settlement.pay(st.advisor, statement.id, [Tender("wechat", "200.00")])
    ctx.settlement.pay(st.advisor, statement.id, [Tender("insurer_direct", "740.00")], payer="insurer")
    job = ctx.claims.insurance_job(clerk, job.id)
    assert (job.status, job.statement_number, job.insurer_owed, job.customer_share, job.open, job.age_days) == (
        "settled", statement.number, D("740.00"), D("200.00"), D("740.00"), 0)
    assert job.customer_share == job.deductible and job.difference == D("40.00")
    zero = D("0.00")
    assert _receivable(ctx, clerk, "平安保险") == (1, D("740.00"), zero, D("740.00"),
                                                  (D("740.00"), zero, zero, zero, zero), 0)
    assert _receivable(ctx, clerk, "中国人保") is None

    # 40 days on, the receivable has aged into 31-60 days; the insurer pays part of it
    clock.advance(days=40)
    assert _receivable(ctx, clerk, "平安保险")[4:] == ((zero, D("740.00"), zero, zero, zero), 40)
    paid = ctx.claims.record_insurer_payment(clerk, pingan.id, "pa-2027-001", clock.today(), [(job.id, "500.00")])
    assert (paid.reference, paid.amount, paid.allocations) == ("PA-2027-001", D("500.00"),
                                                              (("BA2026000123", D("500.00")),))
    job = ctx.claims.insurance_job(clerk, job.id)
    assert (job.status, job.paid, job.open) == ("partly_paid", D("500.00"), D("240.00"))
    assert _receivable(ctx, clerk, "平安保险") == (1, D("740.00"), D("500.00"), D("240.00"),
                                                  (zero, D("240.00"), zero, zero, zero), 40)
    with pytest.raises(ValidationError, match="more than the 240.00 the insurer still owes"):
        ctx.claims.record_insurer_payment(clerk, pingan.id, "PA-2027-002", clock.today(), [(job.id, "240.01")])
    with pytest.raises(ValidationError, match="already been recorded"):
        ctx.claims.record_insurer_payment(clerk, pingan.id, "PA-2027-001", clock.today(), [(job.id, "1.00")])
    ctx.claims.record_insurer_payment(clerk, pingan.id, "PA-2027-002", clock.today(), [(job.id, "240.00")])
    job = ctx.claims.insurance_job(clerk, job.id)
    assert (job.status, job.paid, job.open) == ("paid", D("740.00"), zero)
    assert [p.reference for p in job.payments] == ["PA-2027-001", "PA-2027-002"]
    assert ctx.claims.receivables(clerk).insurers == () and ctx.claims.receivables(clerk).open == 0
    assert [j.id for j in ctx.claims.insurance_jobs(clerk, statuses=("settled", "partly_paid"))] == []
    assert [j.status for j in ctx.claims.insurance_jobs(clerk)] == ["paid"]
    actions = [e.action for e in ctx.audit.entries(st.admin, entity="insurance_job", entity_id="BA2026000123")]
    assert sorted(actions) == ["insurance.assess", "insurance.register", "insurance.supplement"]


def test_refusals_say_what_is_wrong(ctx, desk, clerk):
    st = desk.st
    pingan = ctx.claims.add_insurer(clerk, "平安保险")
    renbao = ctx.claims.add_insurer(clerk, "中国人保")
    with pytest.raises(ValidationError, match="on the list already"):
        ctx.claims.add_insurer(clerk, "平安保险")
    card = accident_card(ctx, st, finish=False)
    job = ctx.claims.register_insurance(clerk, card.id, pingan.id, "BA-1")
    # the same report number for the same insurer names the card that has it
    second = accident_card(ctx, st, finish=False, mileage_in=35100)
    with pytest.raises(ValidationError, match=f"平安保险 report number BA-1 is recorded already, on job card "
                                              f"{card.number}"):
        ctx.claims.register_insurance(clerk, second.id, pingan.id, "ba-1")
    with pytest.raises(ValidationError, match="is insurance job BA-1 already"):
        ctx.claims.register_insurance(clerk, card.id, renbao.id, "BA-9")
    other = ctx.claims.register_insurance(clerk, second.id, renbao.id, "BA-1")  # another insurer's numbering
    assert other.insurer == "中国人保"

    with pytest.raises(ValidationError, match="first assessment before a supplementary one"):
        ctx.claims.supplement(clerk, job.id, job.version, "100", "隐损")
    with pytest.raises(ValidationError, match=r"The assessed amount cannot be negative \(-800.00\)"):
        ctx.claims.assess(clerk, job.id, job.version, "-800")
    with pytest.raises(ValidationError, match=r"The deductible cannot be negative \(-1.00\)"):
        ctx.claims.assess(clerk, job.id, job.version, "800", "-1")
    with pytest.raises(ValidationError, match="deductible 900.00 is more than the assessed 800.00"):
        ctx.claims.assess(clerk, job.id, job.version, "800", "900")
    job = ctx.claims.assess(clerk, job.id, job.version, "800", "0")
    with pytest.raises(ValidationError, match="supplementary assessment cannot be negative"):
        ctx.claims.supplement(clerk, job.id, job.version, "-50", "少算")
    with pytest.raises(ValidationError, match="Write why"):
        ctx.claims.supplement(clerk, job.id, job.version, "50", " ")
    with pytest.raises(ValidationError, match="not settled yet"):
        ctx.claims.record_insurer_payment(clerk, pingan.id, "PA-1", date(2026, 11, 20), [(job.id, "10")])
    with pytest.raises(ValidationError, match="cannot be negative"):
        ctx.claims.record_insurer_payment(clerk, pingan.id, "PA-1", date(2026, 11, 20), [(job.id, "-10")])
    with pytest.raises(ValidationError, match="is not 中国人保's"):
        ctx.claims.record_insurer_payment(clerk, renbao.id, "RB-1", date(2026, 11, 20), [(job.id, "10")])
    # a stale version is a conflict, not an overwrite
    with pytest.raises(Exception, match="changed"):
        ctx.claims.assess(clerk, job.id, job.version - 1, "900")
    # the technician cannot see the desk; the front-desk supervisor sees but cannot record
    with pytest.raises(PermissionDenied):
        ctx.claims.insurance_jobs(st.technician)
    sup = person(ctx, st.admin, "qiantai", "钱主管", [Role.FRONT_DESK_SUPERVISOR])
    assert len(ctx.claims.insurance_jobs(sup)) == 2
    with pytest.raises(PermissionDenied):
        ctx.claims.assess(sup, job.id, job.version, "900")


def test_the_receivables_workbook_reads_back_per_insurer_and_per_job(ctx, desk, clerk, clock):
    st = desk.st
    pingan = ctx.claims.add_insurer(clerk, "平安保险")
    card = accident_card(ctx, st)
    job = ctx.claims.register_insurance(clerk, card.id, pingan.id, "BA-7")
    job = ctx.claims.assess(clerk, job.id, job.version, "900.00", "200.00")
    ctx.settlement.settle(st.advisor, card.id)
    clock.advance(days=75)
    wb = load_workbook(io.BytesIO(ctx.claims.receivables_workbook(clerk)))
    assert wb.sheetnames == ["Receivables by insurer", "Open jobs", "Insurance jobs"]
    summary = [[c.value for c in row] for row in wb["Receivables by insurer"].iter_rows()]
    assert summary[0][:5] == ["Insurer", "Jobs", "Owed", "Paid", "Open"]
    assert summary[0][5:10] == ["0-30 days", "31-60 days", "61-90 days", "91-180 days", ">180 days"]
    assert summary[1] == ["平安保险", 1, 740.0, 0.0, 740.0, 0.0, 0.0, 740.0, 0.0, 0.0, 75]
    assert summary[2][0] == "Total" and summary[2][4] == 740.0
    jobs = [[c.value for c in row] for row in wb["Open jobs"].iter_rows()]
    head = jobs[0]
    row = dict(zip(head, jobs[1], strict=True))
    assert (row["Report no."], row["Job card"], row["Age (days)"], row["Assessed"], row["Repair"],
            row["Repair − assessed"], row["Insurer owes"], row["Open"]) == ("BA-7", card.number, 75, 900.0, 940.0,
                                                                           40.0, 740.0, 740.0)
    assert wb["Open jobs"].cell(2, head.index("Open") + 1).number_format == "#,##0.00"


def test_a_loan_car_is_recorded_against_the_repair(ctx, desk, clock):
    card = warranty_card(ctx, desk.st, finish=False)
    opened = clock.today()
    with pytest.raises(ValidationError, match="comes before its first"):
        ctx.claims.record_compensation(desk.clerk, card.id, "loan_car", opened + timedelta(days=7), opened, "0")
    with pytest.raises(ValidationError, match="cannot be negative"):
        ctx.claims.record_compensation(desk.clerk, card.id, "transport", opened, opened, "-20")
    with pytest.raises(ValidationError, match="starts then or later"):
        ctx.claims.record_compensation(desk.clerk, card.id, "loan_car", opened - timedelta(days=1), opened, "0")
    c = ctx.claims.record_compensation(desk.clerk, card.id, "loan_car", opened + timedelta(days=5),
                                       opened + timedelta(days=8), "0", "备用车 沪A·D1234")
    t = ctx.claims.record_compensation(desk.clerk, card.id, "transport", opened + timedelta(days=9),
                                       opened + timedelta(days=9), "150.00", "打车补贴")
    listed = ctx.claims.compensations(desk.clerk, desk.st.vehicle_id)
    assert [(x.kind, x.days, x.amount, x.job_card_number) for x in listed] == [
        ("loan_car", 4, D("0.00"), card.number), ("transport", 1, D("150.00"), card.number)]
    assert (c.id, t.id) == (listed[0].id, listed[1].id)
    with pytest.raises(PermissionDenied):
        ctx.claims.record_compensation(desk.st.technician, card.id, "transport", opened, opened, "10")
