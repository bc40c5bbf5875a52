"""The lists that need action today: each from its area's service, for the areas the person may see.

- overdue cars: cards still in the workshop past their promised time (counted here from the cards, as
  the home page does);
- calls due: the centre's work list (``CrmService.work_list``: the person's and the unassigned calls);
- stock below minimum: ``PartsReports.below_minimum``;
- tools overdue: ``ToolService.overdue``;
- claims waiting: the claims the manufacturer has not settled (``ClaimService.open_claims``).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from app.db.models.job_cards import JobCard
from services.claims.data import STATUS_NAMES as CLAIM_STATUS_NAMES
from services.common.errors import PermissionDenied
from services.crm.data import TASK_KIND_NAMES
from services.reporting.data import ACTION_TITLES, ActionItem, ActionList
from services.users.permissions import Actor, Permission

IN_WORKSHOP = ("open", "dispatched", "in_progress", "waiting_parts", "waiting_approval", "quality_check")


def _braced(data: str) -> str:
    """Names and plates as they are, safe in a line whose "{word}" is filled in later."""
    return data.replace("{", "{{").replace("}", "}}")


def _word(context: str, names: dict[str, str], code: str) -> tuple[str, str]:
    return (context, names.get(code, code))


def _unavailable(code: str, area: str) -> ActionList:
    return ActionList(code, ACTION_TITLES[code], area, 0, (), False)


def action_lists(svc, actor: Actor, day: date, limit: int) -> list[ActionList]:
    out = [_overdue_cars(svc, actor, limit)]
    for code, area, source, make in (("calls_due", "crm", svc.crm, _calls),
                                     ("below_minimum", "parts", svc.parts_reports, _below_minimum),
                                     ("tools_overdue", "tools", svc.tools, _tools),
                                     ("claims_waiting", "claims", svc.claims, _claims)):
        if source is None:  # the area's service is not handed in
            out.append(_unavailable(code, area))
            continue
        try:
            out.append(make(svc, actor, limit))
        except PermissionDenied:  # not for this person
            out.append(_unavailable(code, area))
    return out


def _overdue_cars(svc, actor: Actor, limit: int) -> ActionList:
    if not actor.can(Permission.VIEW_JOB_CARDS):
        return _unavailable("overdue_cars", "job_cards")
    now = svc.clock.now()
    late = (JobCard.status.in_(IN_WORKSHOP), JobCard.promised_at.is_not(None), JobCard.promised_at < now)
    with svc.db.read() as s:
        count = s.scalar(select(func.count()).select_from(JobCard).where(*late)) or 0
        rows = s.execute(select(JobCard.number, JobCard.plate, JobCard.advisor_name, JobCard.promised_at)
                         .where(*late).order_by(JobCard.promised_at, JobCard.number).limit(limit)).all()
    items = tuple(ActionItem(f"{r.number} · {r.plate} · {r.advisor_name} · "
                             f"{svc.clock.local(r.promised_at):%m-%d %H:%M}", r.number) for r in rows)
    return ActionList("overdue_cars", ACTION_TITLES["overdue_cars"], "job_cards", int(count), items)


def _calls(svc, actor: Actor, limit: int) -> ActionList:
    tasks = svc.crm.work_list(actor, limit=max(limit, 300))
    items = tuple(ActionItem(_braced(f"{t.due_on:%m-%d} · {t.customer_name} · {t.plate} · ") + "{word}", str(t.id),
                             t.overdue, _word("TaskKind", TASK_KIND_NAMES, t.kind))
                  for t in tasks[:limit])
    return ActionList("calls_due", ACTION_TITLES["calls_due"], "crm", len(tasks), items)


def _below_minimum(svc, actor: Actor, limit: int) -> ActionList:
    # the first lines and the count, not every part short (thousands in a large store)
    rows = svc.parts_reports.below_minimum(actor, limit)
    count = len(rows) if len(rows) < limit else svc.parts_reports.below_minimum_count(actor)
    items = tuple(ActionItem(f"{r.number} {r.name} · {r.on_hand.normalize():f} / {r.min_stock.normalize():f}",
                             r.number) for r in rows)
    return ActionList("below_minimum", ACTION_TITLES["below_minimum"], "parts", count, items)


def _tools(svc, actor: Actor, limit: int) -> ActionList:
    rows = svc.tools.overdue(actor)
    items = tuple(ActionItem(f"{o.borrower_name} · {o.item_name} ({o.item_number}) · "
                             f"{svc.clock.local(o.expected_return):%m-%d %H:%M}", str(o.item_id)) for o in rows[:limit])
    return ActionList("tools_overdue", ACTION_TITLES["tools_overdue"], "tools", len(rows), items)


def _claims(svc, actor: Actor, limit: int) -> ActionList:
    report = svc.claims.open_claims(actor)
    items = tuple(ActionItem(_braced(f"{c.number} · {c.plate} · ") + "{word}" + _braced(f" · {c.outstanding}"),
                             str(c.id), False, _word("ClaimStatus", CLAIM_STATUS_NAMES, c.status))
                  for c in report.rows[:limit])
    return ActionList("claims_waiting", ACTION_TITLES["claims_waiting"], "claims", report.count, items)
