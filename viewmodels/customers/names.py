"""Names of the customer file's coded values, as English sources translated where they are shown."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MATCH_NAMES = {
    "name": QT_TRANSLATE_NOOP("CustomerSearch", "name"),
    "pinyin": QT_TRANSLATE_NOOP("CustomerSearch", "pinyin"),
    "initials": QT_TRANSLATE_NOOP("CustomerSearch", "initials"),
    "mobile": QT_TRANSLATE_NOOP("CustomerSearch", "phone"),
    "plate": QT_TRANSLATE_NOOP("CustomerSearch", "plate"),
    "vin": QT_TRANSLATE_NOOP("CustomerSearch", "VIN"),
}
KIND_NAMES = {
    "person": QT_TRANSLATE_NOOP("CustomerKind", "Person"),
    "company": QT_TRANSLATE_NOOP("CustomerKind", "Company"),
}
CONSENT_CHANNEL_NAMES = {
    "paper": QT_TRANSLATE_NOOP("ConsentChannel", "Paper form"),
    "phone": QT_TRANSLATE_NOOP("ConsentChannel", "Phone"),
    "wechat": QT_TRANSLATE_NOOP("ConsentChannel", "WeChat"),
    "sms": QT_TRANSLATE_NOOP("ConsentChannel", "SMS"),
    "app": QT_TRANSLATE_NOOP("ConsentChannel", "App"),
    "email": QT_TRANSLATE_NOOP("ConsentChannel", "E-mail"),
    "import": QT_TRANSLATE_NOOP("ConsentChannel", "Imported"),
}
TIMELINE_STATES = {
    "given": QT_TRANSLATE_NOOP("Timeline", "given"),
    "withdrawn": QT_TRANSLATE_NOOP("Timeline", "withdrawn"),
}

# the codes other areas' timeline entries carry (services/crm/data.py, whose area this page may not import):
# an appointment's status, a call's task and outcome, a case's source
APPOINTMENT_STATUS_NAMES = {
    "booked": QT_TRANSLATE_NOOP("AppointmentStatus", "Booked"),
    "arrived": QT_TRANSLATE_NOOP("AppointmentStatus", "Arrived"),
    "no_show": QT_TRANSLATE_NOOP("AppointmentStatus", "No-show"),
    "cancelled": QT_TRANSLATE_NOOP("AppointmentStatus", "Cancelled"),
}
TASK_KIND_NAMES = {
    "follow_up": QT_TRANSLATE_NOOP("TaskKind", "Follow-up call"),
    "case_confirm": QT_TRANSLATE_NOOP("TaskKind", "Confirm a resolved problem"),
    "confirm_appointment": QT_TRANSLATE_NOOP("TaskKind", "Confirm tomorrow's appointment"),
    "no_show": QT_TRANSLATE_NOOP("TaskKind", "Missed appointment"),
    "new_car_week": QT_TRANSLATE_NOOP("TaskKind", "New car: first week call"),
    "new_car_45": QT_TRANSLATE_NOOP("TaskKind", "New car: day 45 call, first service"),
    "new_car_not_back": QT_TRANSLATE_NOOP("TaskKind", "New car not back after 3 months"),
    "service_due": QT_TRANSLATE_NOOP("TaskKind", "Service due"),
    "not_seen": QT_TRANSLATE_NOOP("TaskKind", "Not seen for months"),
    "inspection_due": QT_TRANSLATE_NOOP("TaskKind", "Annual inspection due"),
    "insurance_due": QT_TRANSLATE_NOOP("TaskKind", "Insurance expiring"),
    "birthday": QT_TRANSLATE_NOOP("TaskKind", "Birthday greeting"),
    "holiday": QT_TRANSLATE_NOOP("TaskKind", "Holiday greeting"),
    "promotion": QT_TRANSLATE_NOOP("TaskKind", "Promotion"),
}
OUTCOME_NAMES = {
    "satisfied": QT_TRANSLATE_NOOP("Outcome", "Satisfied"),
    "problem": QT_TRANSLATE_NOOP("Outcome", "Problem"),
    "unreachable": QT_TRANSLATE_NOOP("Outcome", "Not reached"),
    "reached": QT_TRANSLATE_NOOP("Outcome", "Spoken to"),
    "declined": QT_TRANSLATE_NOOP("Outcome", "Declined further calls"),
}
CASE_SOURCE_NAMES = {
    "complaint": QT_TRANSLATE_NOOP("Timeline", "complaint"),
    "follow_up": QT_TRANSLATE_NOOP("Timeline", "follow-up call"),
}
