"""The job card's lifecycle as a state machine: the statuses, where each may go next, and the
named moves (actions) that take it there.

``TRANSITIONS`` is what the service enforces on every change of status; ``MOVES`` names each of
its edges after the service method that makes it, so a screen asks ``actions_for(status)`` which
buttons to offer instead of keeping its own copy of the rules.
"""

from __future__ import annotations

from services.common.errors import QT_TRANSLATE_NOOP

STATUSES = ("estimate", "open", "dispatched", "in_progress", "waiting_parts", "waiting_approval", "quality_check",
            "ready", "settled", "delivered", "cancelled")
STATUS_NAMES = {
    "estimate": QT_TRANSLATE_NOOP("JobStatus", "Estimate"),
    "open": QT_TRANSLATE_NOOP("JobStatus", "Open"),
    "dispatched": QT_TRANSLATE_NOOP("JobStatus", "Dispatched"),
    "in_progress": QT_TRANSLATE_NOOP("JobStatus", "In progress"),
    "waiting_parts": QT_TRANSLATE_NOOP("JobStatus", "Waiting for parts"),
    "waiting_approval": QT_TRANSLATE_NOOP("JobStatus", "Waiting for approval"),
    "quality_check": QT_TRANSLATE_NOOP("JobStatus", "Quality check"),
    "ready": QT_TRANSLATE_NOOP("JobStatus", "Ready"),
    "settled": QT_TRANSLATE_NOOP("JobStatus", "Settled"),
    "delivered": QT_TRANSLATE_NOOP("JobStatus", "Delivered"),
    "cancelled": QT_TRANSLATE_NOOP("JobStatus", "Cancelled"),
}
# where each status may go next (DESIGN.md); ``MOVES`` names each step and the method that makes it
TRANSITIONS: dict[str, frozenset[str]] = {
    "estimate": frozenset({"open", "cancelled"}),
    "open": frozenset({"dispatched", "cancelled"}),
    "dispatched": frozenset({"in_progress", "open", "cancelled"}),
    "in_progress": frozenset({"waiting_parts", "waiting_approval", "quality_check"}),
    "waiting_parts": frozenset({"in_progress"}),
    "waiting_approval": frozenset({"in_progress"}),
    "quality_check": frozenset({"ready", "in_progress"}),
    "ready": frozenset({"settled", "in_progress"}),
    "settled": frozenset({"delivered"}),
    "delivered": frozenset(),
    "cancelled": frozenset(),
}
CLOSED = frozenset({"delivered", "cancelled"})
NOT_STARTED = frozenset({"estimate", "open", "dispatched"})
WORK_STARTED = frozenset({"in_progress", "waiting_parts", "waiting_approval", "quality_check"})
EDITABLE = NOT_STARTED | WORK_STARTED
# what the repair file keeps as it was (app.db.models.repair_file.KEPT_STATES)
SETTLED = frozenset({"settled", "delivered"})

# every edge of TRANSITIONS as (action, from, to); the action is the service method that makes the move
# (``transition`` for the plain ones). A failed final check sends the card back to work; a ready car
# goes back to work only when reopened with a reason (parts are issued or returned only then).
MOVES: tuple[tuple[str, str, str], ...] = (
    ("convert_estimate", "estimate", "open"),
    ("cancel", "estimate", "cancelled"),
    ("dispatch", "open", "dispatched"),
    ("cancel", "open", "cancelled"),
    ("start", "dispatched", "in_progress"),
    ("recall", "dispatched", "open"),
    ("cancel", "dispatched", "cancelled"),
    ("wait_for_parts", "in_progress", "waiting_parts"),
    ("ask_customer", "in_progress", "waiting_approval"),
    ("self_check", "in_progress", "quality_check"),
    ("resume", "waiting_parts", "in_progress"),
    ("resume", "waiting_approval", "in_progress"),
    ("final_check", "quality_check", "ready"),
    ("final_check", "quality_check", "in_progress"),
    ("reopen", "ready", "in_progress"),
    ("settle", "ready", "settled"),
    ("deliver", "settled", "delivered"),
)
if {(a, b) for _, a, b in MOVES} != {(a, b) for a, targets in TRANSITIONS.items() for b in targets}:
    raise AssertionError("MOVES must name every edge of TRANSITIONS and no other")


def actions_for(status: str) -> frozenset[str]:
    """The moves a card in ``status`` may make next (names of ``MOVES``)."""
    return frozenset(action for action, source, _ in MOVES if source == status)
