"""The coded values of a job card and their names (English sources for Qt's translation):
what happens to the old parts, other charges, repair classes, warning lights, damage marks, the
final inspection's checklists, and the payer each job type charges by default.
"""

from __future__ import annotations

from decimal import Decimal

from services.common.errors import QT_TRANSLATE_NOOP
from services.station.settings import JOB_TYPES

# the names of job types and payers are the station's (services/station/settings.py), shared with the settings page
DEFAULT_PAYER = {"maintenance": "customer", "repair": "customer", "accident": "insurer", "warranty": "warranty",
                 "internal": "internal", "rework": "internal", "rescue": "customer"}
OLD_PARTS = {
    "return": QT_TRANSLATE_NOOP("OldParts", "Old parts returned to the customer"),  # 旧配件已确认并由托修方收回
    "waive": QT_TRANSLATE_NOOP("OldParts", "Customer waives the old parts"),  # 托修方声明放弃
    "none": QT_TRANSLATE_NOOP("OldParts", "No old parts"),  # 无旧配件
}
FUEL_LEVELS = {  # the fuel gauge at reception, code -> words
    "empty": QT_TRANSLATE_NOOP("FuelLevel", "Empty"),
    "1/4": "1/4",
    "1/2": "1/2",
    "3/4": "3/4",
    "full": QT_TRANSLATE_NOOP("FuelLevel", "Full"),
}
OTHER_KINDS = {
    "diagnosis": QT_TRANSLATE_NOOP("OtherCharge", "Diagnosis"),
    "inspection": QT_TRANSLATE_NOOP("OtherCharge", "Inspection"),
    "outside_work": QT_TRANSLATE_NOOP("OtherCharge", "Outside work"),
    "towing": QT_TRANSLATE_NOOP("OtherCharge", "Towing"),
}
APPROVAL_CHANNELS = ("in_person", "phone", "wechat", "sms")
REPAIR_CLASSES = {
    "vehicle_overhaul": QT_TRANSLATE_NOOP("RepairClass", "Vehicle overhaul"),  # 整车修理
    "assembly_overhaul": QT_TRANSLATE_NOOP("RepairClass", "Assembly overhaul"),  # 总成修理
    "level2_maintenance": QT_TRANSLATE_NOOP("RepairClass", "Level 2 maintenance"),  # 二级维护
    "level1_maintenance": QT_TRANSLATE_NOOP("RepairClass", "Level 1 maintenance"),  # 一级维护
    "minor_repair": QT_TRANSLATE_NOOP("RepairClass", "Minor repair"),  # 小修
    "special_repair": QT_TRANSLATE_NOOP("RepairClass", "Special repair"),  # 专项修理
}
# 机动车维修管理规定: these classes get the inspection record and a completion certificate
CERTIFICATE_CLASSES = frozenset({"vehicle_overhaul", "assembly_overhaul", "level2_maintenance"})
WARNING_LIGHTS = {
    "engine": QT_TRANSLATE_NOOP("WarningLight", "Engine"),
    "abs": QT_TRANSLATE_NOOP("WarningLight", "ABS"),
    "airbag": QT_TRANSLATE_NOOP("WarningLight", "Airbag"),
    "oil": QT_TRANSLATE_NOOP("WarningLight", "Oil pressure"),
    "battery": QT_TRANSLATE_NOOP("WarningLight", "Charging"),
    "tpms": QT_TRANSLATE_NOOP("WarningLight", "Tyre pressure"),
    "brake": QT_TRANSLATE_NOOP("WarningLight", "Brake"),
    "coolant": QT_TRANSLATE_NOOP("WarningLight", "Coolant temperature"),
}
DAMAGE_KINDS = {
    "scratch": QT_TRANSLATE_NOOP("Damage", "Scratch"),
    "dent": QT_TRANSLATE_NOOP("Damage", "Dent"),
    "crack": QT_TRANSLATE_NOOP("Damage", "Crack"),
    "chip": QT_TRANSLATE_NOOP("Damage", "Stone chip"),
    "missing": QT_TRANSLATE_NOOP("Damage", "Missing part"),
}
COMMON_CHECKS = [
    QT_TRANSLATE_NOOP("Checklist", "All agreed work items done"),
    QT_TRANSLATE_NOOP("Checklist", "No warning lights on the dashboard"),
    QT_TRANSLATE_NOOP("Checklist", "Fasteners torqued, no leaks"),
    QT_TRANSLATE_NOOP("Checklist", "Car clean inside, covers removed"),
]
CHECKLISTS: dict[str, list[str]] = {
    "maintenance": COMMON_CHECKS + [
        QT_TRANSLATE_NOOP("Checklist", "Oil level and filter checked"),
        QT_TRANSLATE_NOOP("Checklist", "Service reminder reset"),
        QT_TRANSLATE_NOOP("Checklist", "Tyre pressures set"),
    ],
    "repair": COMMON_CHECKS + [
        QT_TRANSLATE_NOOP("Checklist", "Customer's complaint no longer present"),
        QT_TRANSLATE_NOOP("Checklist", "Fault codes cleared and read again"),
    ],
    "accident": COMMON_CHECKS + [
        QT_TRANSLATE_NOOP("Checklist", "Panel gaps even"),
        QT_TRANSLATE_NOOP("Checklist", "Paint colour and finish match"),
        QT_TRANSLATE_NOOP("Checklist", "Lights and sensors work"),
    ],
}
for _jt in JOB_TYPES:
    CHECKLISTS.setdefault(_jt, CHECKLISTS["repair"] if _jt in ("warranty", "rework", "rescue") else COMMON_CHECKS)

MAX_HOURS = Decimal("200")
MAX_QTY = Decimal("10000")
