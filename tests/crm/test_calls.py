"""Follow-up calls (回访): a task per delivery due within 3 working days by the Chinese calendar; the
script's scores; satisfied, problem (a case to its owner, resolved, confirmed on a second call),
unreachable with retries up to the limit; the daily work list; marketing consent."""

from __future__ import annotations

from datetime import date

import pytest

from services.common.errors import ValidationError
from services.crm.data import CaseInput
from tests.crm.fixtures import another_customer, at, deliver

SCORES = {"reception": 5, "explained": 4, "on_time": 5, "fixed": 5, "clean": 4, "overall": 5}


def test_a_delivery_before_national_day_is_called_by_the_third_working_day_after_it(ctx, centre):
    # Monday 30 September 2024, the last working day before the National Day holiday (1–7 October)
    ctx.clock.moment = at(2024, 9, 30, 15, 0)
    card = deliver(ctx, centre.st)
    ctx.clock.moment = at(2024, 10, 8, 9, 0)
    [task] = ctx.crm.work_list(centre.caller)
    assert (task.kind, task.job_card_number, task.delivered_on) == ("follow_up", card.number, date(2024, 9, 30))
    assert task.due_on == date(2024, 10, 8)  # the first working day after the holiday
    assert task.window_end == date(2024, 10, 10)  # 8, 9, 10 October: three working days
    assert task.plate == "沪A12345" and task.advisor_name == "李顾问" and not task.overdue
    # not on the list before its first day
    ctx.clock.moment = at(2024, 10, 7, 9, 0)
    assert ctx.crm.work_list(centre.caller) == []


def test_a_delivery_before_a_make_up_working_saturday_counts_that_saturday(ctx, centre):
    # Friday 11 October 2024; Saturday 12 October was a make-up working day (调休), Sunday 13 was not
    ctx.clock.moment = at(2024, 10, 11, 16, 0)
    deliver(ctx, centre.st)
    ctx.clock.moment = at(2024, 10, 12, 9, 0)
    [task] = ctx.crm.work_list(centre.caller)
    assert task.due_on == date(2024, 10, 12) and task.window_end == date(2024, 10, 15)  # 12, 14, 15
    ctx.clock.moment = at(2024, 10, 16, 9, 0)
    [late] = ctx.crm.work_list(centre.caller)
    assert late.overdue


def test_the_hook_runs_once_per_delivery(ctx, centre):
    card = deliver(ctx, centre.st)
    ctx.crm.on_delivered(centre.advisor, card.id, None)  # a second call of the hook makes nothing new
    ctx.clock.moment = at(2026, 11, 23, 9, 0)
    assert len(ctx.crm.work_list(centre.caller)) == 1


def test_satisfied_with_the_script_scores(ctx, centre):
    deliver(ctx, centre.st)
    ctx.clock.moment = at(2026, 11, 23, 9, 0)
    [task] = ctx.crm.work_list(centre.caller)
    with pytest.raises(ValidationError) as e:
        ctx.crm.record_call(centre.caller, task.id, "satisfied")
    assert "overall score" in str(e.value)
    with pytest.raises(ValidationError) as e:
        ctx.crm.record_call(centre.caller, task.id, "satisfied", scores={"overall": 7})
    assert "1 to 5" in str(e.value)
    done = ctx.crm.record_call(centre.caller, task.id, "satisfied", scores=SCORES, note="很满意").task
    assert (done.status, done.outcome) == ("done", "satisfied")
    [call] = ctx.crm.calls(centre.caller, task.id)
    assert call.scores == SCORES and call.username == "huifang"
    assert ctx.crm.work_list(centre.caller) == []
    with pytest.raises(ValidationError):
        ctx.crm.record_call(centre.caller, task.id, "satisfied", scores=SCORES)


def test_unreachable_is_retried_until_the_limit(ctx, centre):
    deliver(ctx, centre.st)
    ctx.clock.moment = at(2026, 11, 23, 9, 0)
    [task] = ctx.crm.work_list(centre.caller)
    after = ctx.crm.record_call(centre.caller, task.id, "unreachable").task
    assert after.status == "open" and after.attempts == 1
    assert ctx.crm.work_list(centre.caller) == []  # back on the list after the retry time (3 hours)
    ctx.clock.advance(hours=3)
    [again] = ctx.crm.work_list(centre.caller)
    ctx.crm.record_call(centre.caller, again.id, "unreachable")
    ctx.clock.advance(hours=3)
    last = ctx.crm.record_call(centre.caller, again.id, "unreachable").task
    assert (last.status, last.outcome, last.attempts) == ("failed", "unreachable", 3)
    ctx.clock.advance(hours=3)
    assert ctx.crm.work_list(centre.caller) == []


def test_a_problem_becomes_a_case_resolved_and_confirmed_on_a_second_call(ctx, centre):
    deliver(ctx, centre.st)
    ctx.clock.moment = at(2026, 11, 23, 9, 0)  # Monday
    [task] = ctx.crm.work_list(centre.caller)
    with pytest.raises(ValidationError) as e:
        ctx.crm.record_call(centre.caller, task.id, "problem", scores={"overall": 2})
    assert "Describe the problem" in str(e.value)
    problem = CaseInput(customer_id=task.customer_id, category="quality", description="刹车还有异响",
                        owner="frontsup", department="workshop", severity="high")
    result = ctx.crm.record_call(centre.caller, task.id, "problem", scores={"overall": 2, "fixed": 1},
                                 problem=problem)
    assert result.case_number and result.task.outcome == "problem"
    [case] = ctx.crm.cases(centre.supervisor)
    assert (case.number, case.owner_name, case.department, case.severity) == (result.case_number, "赵主管",
                                                                              "workshop", "high")
    assert case.deadline == date(2026, 11, 26)  # three working days
    case = ctx.crm.add_action(centre.supervisor, case.id, case.version, "约客户周三回厂复查")
    case = ctx.crm.resolve(centre.supervisor, case.id, case.version, "更换刹车片，试车无异响")
    assert case.status == "resolved" and [a.kind for a in case.actions] == ["opened", "action", "resolved"]
    [confirm] = ctx.crm.work_list(centre.caller)
    assert confirm.kind == "case_confirm"
    # not satisfied: the case opens again with a new deadline
    ctx.crm.record_call(centre.caller, confirm.id, "problem", note="仍有轻微异响")
    case = ctx.crm.case(centre.supervisor, case.id)
    assert case.status == "open" and case.satisfied is False
    case = ctx.crm.resolve(centre.supervisor, case.id, case.version, "更换刹车盘")
    [confirm] = ctx.crm.work_list(centre.caller)
    ctx.crm.record_call(centre.caller, confirm.id, "satisfied", note="已解决")
    case = ctx.crm.case(centre.supervisor, case.id)
    assert (case.status, case.satisfied) == ("closed", True)
    assert [a.kind for a in case.actions][-1] == "confirmed"


def test_marketing_calls_need_consent_service_calls_do_not(ctx, centre, admin):
    cid, vid = another_customer(ctx, admin, 7)
    with pytest.raises(ValidationError) as e:
        ctx.crm.new_task(centre.caller, "insurance_due", cid, vehicle_id=vid)
    assert "客户07 has not consented to marketing contact: only service calls are allowed." in str(e.value)
    service = ctx.crm.new_task(centre.caller, "inspection_due", cid, vehicle_id=vid)
    assert ctx.crm.record_call(centre.caller, service.id, "reached").task.status == "done"
    ctx.customers.set_marketing_consent(admin, cid, True, "phone")
    marketing = ctx.crm.new_task(centre.caller, "insurance_due", cid, vehicle_id=vid)
    # consent withdrawn before the call: the call is refused
    ctx.customers.set_marketing_consent(admin, cid, False, "phone")
    with pytest.raises(ValidationError) as e:
        ctx.crm.record_call(centre.caller, marketing.id, "reached")
    assert "not consented" in str(e.value)


def test_the_work_list_puts_overdue_first_and_shows_only_mine_and_unassigned(ctx, centre, admin):
    cids = [another_customer(ctx, admin, n) for n in range(1, 5)]
    t_today = ctx.crm.new_task(centre.supervisor, "service_due", cids[0][0], due_on=date(2026, 11, 20))
    t_old = ctx.crm.new_task(centre.supervisor, "not_seen", cids[1][0], due_on=date(2026, 11, 10))
    t_other = ctx.crm.new_task(centre.supervisor, "service_due", cids[2][0], due_on=date(2026, 11, 1),
                               assigned_to="yuyue")
    ctx.crm.new_task(centre.supervisor, "service_due", cids[3][0], due_on=date(2026, 11, 27))  # not yet
    mine = ctx.crm.work_list(centre.caller)
    assert [t.id for t in mine] == [t_old.id, t_today.id]
    assert [t.overdue for t in mine] == [True, False]
    assert [t.id for t in ctx.crm.work_list(centre.booker)] == [t_other.id, t_old.id, t_today.id]
