"""Settlement in the service layer: statements, numbers, payments, refunds, voids, delivery."""

from __future__ import annotations

import threading
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.models.settlement import Payment, Statement
from services.common.errors import NotFound, PermissionDenied, ValidationError
from services.settlement.data import DELIVERY_CHECKS, Tender
from services.settlement.service import Approval
from tests.job_cards.fixtures import PASSWORD
from tests.settlement.fixtures import company_vehicle, open_with_work, ready_card, through_qc

ALL_CHECKS = dict.fromkeys(DELIVERY_CHECKS, True)


def _count(ctx, model) -> int:
    with ctx.db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_settling_a_card_itemises_labour_and_materials_and_totals_each_payer(ctx, station):
    c = ready_card(ctx, station, payer_insurer=True)
    st = ctx.settlement.settle(station.advisor, c.id, c.version)
    assert st.number == "JS20261100001"
    # labour 128.00 + 320.00 (insurer), materials 68.00 + 443.25, diagnosis 50.00
    assert (st.labour, st.parts, st.other, st.total) == (Decimal("448.00"), Decimal("511.25"), Decimal("50.00"),
                                                          Decimal("1009.25"))
    assert st.total == c.totals.amount and st.tax == c.totals.tax
    assert [(p.payer, p.amount, p.balance) for p in st.shares] == [
        ("customer", Decimal("689.25"), Decimal("689.25")), ("insurer", Decimal("320.00"), Decimal("320.00"))]
    assert [ln.kind for ln in st.lines].count("labour") == 2 and st.hours == Decimal("2.800")
    # level-2 maintenance: 30 days or 5,000 km from completion (mileage out 35,002 after a 2 km road test)
    assert (st.guarantee_days, st.guarantee_km, st.guarantee_until, st.guarantee_until_km) == (
        30, 5000, date(2026, 12, 20), 40002)
    assert st.certificate_number and st.certificate_number.startswith("HG2026")
    card = ctx.job_cards.card(station.advisor, c.id)
    assert card.status == "settled" and card.history[-1].to_status == "settled"
    entry = ctx.audit.entries(station.admin, entity="statement", entity_id=st.number)[0]
    assert entry.action == "settlement.issue" and entry.amount == Decimal("1009.25")


def test_next_service_defaults_and_can_be_given(ctx, station):
    c = ready_card(ctx, station)
    st = ctx.settlement.settle(station.advisor, c.id, next_service_km=45000, next_service_date=date(2027, 3, 1))
    assert (st.next_service_km, st.next_service_date) == (45000, date(2027, 3, 1))
    c2 = ready_card(ctx, station, mileage_in=36000)
    st2 = ctx.settlement.settle(station.advisor, c2.id)
    assert (st2.next_service_km, st2.next_service_date) == (41002, date(2027, 5, 20))


def test_a_card_that_has_not_passed_qc_is_refused_and_nothing_is_written(ctx, station):
    c = open_with_work(ctx, station)
    with pytest.raises(ValidationError) as e:
        ctx.settlement.settle(station.advisor, c.id, c.version)
    assert "has not passed the final inspection" in str(e.value) and c.number in str(e.value)
    assert _count(ctx, Statement) == 0
    assert ctx.job_cards.card(station.advisor, c.id).status == "open"
    # the refused attempt took no number: the first statement is still 00001
    c = through_qc(ctx, station, ctx.job_cards.card(station.advisor, c.id))
    assert ctx.settlement.settle(station.advisor, c.id).number == "JS20261100001"


def test_settling_twice_is_refused_naming_the_statement(ctx, station):
    c = ready_card(ctx, station)
    st = ctx.settlement.settle(station.advisor, c.id)
    with pytest.raises(ValidationError) as e:
        ctx.settlement.settle(station.advisor, c.id)
    assert "settled already" in str(e.value) and st.number in str(e.value)
    assert _count(ctx, Statement) == 1


def test_people_without_the_right_cannot_settle(ctx, station):
    c = ready_card(ctx, station)
    with pytest.raises(PermissionDenied):
        ctx.settlement.settle(station.technician, c.id)


@pytest.mark.parametrize("amount,text", [("-10", "cannot be negative"), ("0", "more than zero"),
                                         ("abc", "is not an amount"), ("1.234", "two decimal places")])
def test_bad_payment_amounts_are_refused_and_nothing_is_written(ctx, station, amount, text):
    c = ready_card(ctx, station)
    st = ctx.settlement.settle(station.advisor, c.id)
    with pytest.raises(ValidationError) as e:
        ctx.settlement.pay(station.advisor, st.id, [Tender("cash", amount)])
    assert text in str(e.value)
    assert _count(ctx, Payment) == 0


def test_paying_less_than_owed_needs_part_payment_or_account(ctx, station):
    c = ready_card(ctx, station)
    st = ctx.settlement.settle(station.advisor, c.id)
    with pytest.raises(ValidationError) as e:
        ctx.settlement.pay(station.advisor, st.id, [Tender("wechat", "500.00")])
    assert "less than the 689.25 owed" in str(e.value)
    assert _count(ctx, Payment) == 0
    with pytest.raises(ValidationError) as e:  # a private customer has no account
        ctx.settlement.pay(station.advisor, st.id, [Tender("wechat", "500.00")], on_account=True)
    assert "only a company customer" in str(e.value)
    r = ctx.settlement.pay(station.advisor, st.id, [Tender("wechat", "500.00")], partial=True)
    assert r.statement.customer_balance == Decimal("189.25")
    with pytest.raises(ValidationError) as e:
        ctx.settlement.pay(station.advisor, st.id, [Tender("alipay", "200.00")])
    assert "more than the 189.25 owed" in str(e.value)
    r = ctx.settlement.pay(station.advisor, st.id, [Tender("alipay", "189.25")])
    assert r.statement.customer_balance == Decimal("0.00")
    with pytest.raises(ValidationError) as e:
        ctx.settlement.pay(station.advisor, st.id, [Tender("cash", "1")])
    assert "Nothing is owed" in str(e.value)


def test_cash_gives_change_and_several_methods_pay_one_statement(ctx, station):
    c = ready_card(ctx, station)
    st = ctx.settlement.settle(station.advisor, c.id)
    with pytest.raises(ValidationError) as e:
        ctx.settlement.pay(station.advisor, st.id, [Tender("cash", "300.00", tendered="200")])
    assert "less than the cash amount" in str(e.value)
    r = ctx.settlement.pay(station.advisor, st.id, [Tender("cash", "300.00", tendered="500"),
                                                    Tender("bank_card", "389.25", reference="POS 0042")])
    assert r.change == Decimal("200.00") and r.paid == Decimal("689.25")
    assert [(p.method, p.amount, p.change) for p in r.statement.payments] == [
        ("cash", Decimal("300.00"), Decimal("200.00")), ("bank_card", Decimal("389.25"), None)]
    assert r.statement.customer_balance == 0 and r.statement.received == Decimal("689.25")


def test_a_double_press_pays_once(ctx, station):
    c = ready_card(ctx, station)
    st = ctx.settlement.settle(station.advisor, c.id)
    first = ctx.settlement.pay(station.advisor, st.id, [Tender("wechat", "689.25")], request_key="k-1")
    again = ctx.settlement.pay(station.advisor, st.id, [Tender("wechat", "689.25")], request_key="k-1")
    assert first.paid == again.paid == Decimal("689.25")
    assert _count(ctx, Payment) == 1


def test_company_customer_puts_the_rest_on_account(ctx, station):
    _company, vehicle_id = company_vehicle(ctx, station)
    c = ready_card(ctx, station, vehicle_id=vehicle_id, mileage_in=81000)
    st = ctx.settlement.settle(station.advisor, c.id)
    r = ctx.settlement.pay(station.advisor, st.id, [Tender("cash", "89.25")], on_account=True)
    assert [(p.method, p.amount) for p in r.statement.payments] == [("cash", Decimal("89.25")),
                                                                     ("on_account", Decimal("600.00"))]
    assert r.statement.customer_balance == 0


def test_deposit_taken_at_reception_counts_against_the_bill(ctx, station):
    c = open_with_work(ctx, station)
    ctx.settlement.take_deposit(station.advisor, c.id, Tender("cash", "200.00", tendered="200"))
    c = through_qc(ctx, station, ctx.job_cards.card(station.advisor, c.id))
    st = ctx.settlement.settle(station.advisor, c.id)
    assert st.customer_balance == Decimal("489.25")
    assert st.payments[0].kind == "deposit" and st.payments[0].statement_number is None


def test_refunds_need_a_reason_approval_and_never_exceed_what_was_paid(ctx, station):
    c = ready_card(ctx, station)
    st = ctx.settlement.settle(station.advisor, c.id)
    ctx.settlement.pay(station.advisor, st.id, [Tender("wechat", "689.25")])
    with pytest.raises(ValidationError) as e:
        ctx.settlement.refund(station.advisor, st.id, "10.00", "wechat", "  ")
    assert "reason" in str(e.value)
    with pytest.raises(PermissionDenied):
        ctx.settlement.refund(station.advisor, st.id, "10.00", "wechat", "多收机油")
    approval = Approval("frontsup", PASSWORD)
    with pytest.raises(ValidationError) as e:
        ctx.settlement.refund(station.advisor, st.id, "700.00", "wechat", "多收机油", approval=approval)
    assert "more than the 689.25 paid" in str(e.value)
    assert _count(ctx, Payment) == 1
    after = ctx.settlement.refund(station.advisor, st.id, "98.50", "wechat", "多收一升机油", approval=approval)
    refund = after.payments[-1]
    assert (refund.kind, refund.amount, refund.approved_by, refund.reason) == (
        "refund", Decimal("-98.50"), "frontsup", "多收一升机油")
    assert after.customer_balance == Decimal("98.50")
    entry = ctx.audit.entries(station.admin, action_prefix="settlement.refund")[0]
    assert (entry.username, entry.approved_by, entry.amount) == ("advisor", "frontsup", Decimal("98.50"))


def test_void_needs_a_reason_keeps_the_statement_readable_and_reissue_takes_the_next_number(ctx, station):
    c = ready_card(ctx, station)
    st = ctx.settlement.settle(station.advisor, c.id)
    ctx.settlement.pay(station.advisor, st.id, [Tender("cash", "689.25")])
    with pytest.raises(ValidationError) as e:
        ctx.settlement.void(station.advisor, st.id, "")
    assert "reason" in str(e.value)
    assert ctx.settlement.statement(station.advisor, st.id).status == "issued"
    voided = ctx.settlement.void(station.advisor, st.id, "客户要求开公司抬头")
    assert (voided.status, voided.void_reason, voided.voided_by, voided.total) == (
        "voided", "客户要求开公司抬头", "advisor", Decimal("689.25"))
    entry = ctx.audit.entries(station.admin, action_prefix="settlement.void")[0]
    assert (entry.username, entry.summary, entry.entity_id) == ("advisor", "客户要求开公司抬头", st.number)
    with pytest.raises(ValidationError):
        ctx.settlement.void(station.advisor, st.id, "again")
    with pytest.raises(ValidationError) as e:
        ctx.settlement.pay(station.advisor, st.id, [Tender("cash", "1")])
    assert "void" in str(e.value)
    with pytest.raises(ValidationError) as e:
        ctx.settlement.deliver(station.advisor, c.id, ALL_CHECKS)
    assert "reissue" in str(e.value)
    new = ctx.settlement.reissue(station.advisor, st.id)
    assert new.number == "JS20261100002" and new.replaces == st.number
    assert new.customer_balance == 0  # the payment stayed with the card
    old = ctx.settlement.statement_by_number(station.advisor, st.number)
    assert old.status == "voided" and old.replaced_by == new.number and old.total == Decimal("689.25")
    assert ctx.settlement.statement_by_number(station.advisor, c.number).number == new.number


def test_delivery_needs_the_checklist_and_payment_then_the_car_leaves(ctx, station):
    c = ready_card(ctx, station)
    st = ctx.settlement.settle(station.advisor, c.id)
    with pytest.raises(ValidationError) as e:
        ctx.settlement.deliver(station.advisor, c.id, dict(ALL_CHECKS, car_clean=False))
    assert "checklist" in str(e.value)
    with pytest.raises(ValidationError) as e:
        ctx.settlement.deliver(station.advisor, c.id, ALL_CHECKS)
    assert "689.25 is still owed" in str(e.value)
    ctx.settlement.pay(station.advisor, st.id, [Tender("alipay", "689.25")])
    done = ctx.settlement.deliver(station.advisor, c.id, ALL_CHECKS)
    assert done.card_status == "delivered" and done.delivered_at is not None
    card = ctx.job_cards.card(station.advisor, c.id)
    assert card.status == "delivered"
    from services.job_cards.listing import ListFilter

    open_cards = ctx.job_cards.list_cards(station.advisor, ListFilter(statuses=("open",)))
    assert c.number not in [r.number for r in open_cards.rows]
    with pytest.raises(ValidationError) as e:
        ctx.settlement.deliver(station.advisor, c.id, ALL_CHECKS)
    assert "delivered already" in str(e.value)


def test_delivery_calls_the_follow_up_seam(ctx, station):
    calls = []
    ctx.settlement.on_delivered.append(lambda actor, card_id, due: calls.append((card_id, due)))
    c = ready_card(ctx, station)
    st = ctx.settlement.settle(station.advisor, c.id)
    ctx.settlement.pay(station.advisor, st.id, [Tender("cash", "689.25")])
    ctx.settlement.deliver(station.advisor, c.id, ALL_CHECKS)
    assert calls == [(c.id, date(2026, 11, 23))]


def test_unknown_statement_is_not_found(ctx, station):
    with pytest.raises(NotFound):
        ctx.settlement.statement_by_number(station.advisor, "JS999")


def test_invoice_number_is_recorded_against_the_statement(ctx, station):
    c = ready_card(ctx, station)
    st = ctx.settlement.settle(station.advisor, c.id)
    with pytest.raises(ValidationError):
        ctx.settlement.record_invoice(station.advisor, st.id, " ", date(2026, 11, 21))
    st = ctx.settlement.record_invoice(station.advisor, st.id, "24312000000012345678", date(2026, 11, 21))
    assert (st.invoice_number, st.invoice_date) == ("24312000000012345678", date(2026, 11, 21))


def test_two_sessions_settling_at_once_get_consecutive_numbers(ctx, station):
    cards = [ready_card(ctx, station, mileage_in=35000 + i) for i in range(6)]
    barrier = threading.Barrier(len(cards))
    numbers, errors = [], []

    def settle(card):
        barrier.wait()
        try:
            numbers.append(ctx.settlement.settle(station.advisor, card.id).number)
        except Exception as exc:  # noqa: BLE001 (collected and asserted below)
            errors.append(exc)

    threads = [threading.Thread(target=settle, args=(c,)) for c in cards]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(numbers) == [f"JS202611{i:05d}" for i in range(1, 7)]


def test_two_sessions_settling_one_card_make_one_statement(ctx, station):
    c = ready_card(ctx, station)
    barrier = threading.Barrier(2)
    results, errors = [], []

    def settle():
        barrier.wait()
        try:
            results.append(ctx.settlement.settle(station.advisor, c.id).number)
        except ValidationError as exc:
            errors.append(str(exc))

    threads = [threading.Thread(target=settle) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 1 and len(errors) == 1 and "settled already" in errors[0]
    assert _count(ctx, Statement) == 1
