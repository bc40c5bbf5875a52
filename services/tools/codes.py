"""The tool ledger's coded values and their names (English sources for Qt's translation), and the
station's default rule for damage and loss.
"""

from __future__ import annotations

from services.common.errors import QT_TRANSLATE_NOOP

KINDS: dict[str, str] = {
    "hand": QT_TRANSLATE_NOOP("ToolKind", "Hand tool"),
    "special": QT_TRANSLATE_NOOP("ToolKind", "Special tool"),
    "equipment": QT_TRANSLATE_NOOP("ToolKind", "Equipment"),
    "measuring": QT_TRANSLATE_NOOP("ToolKind", "Measuring instrument"),
    "document": QT_TRANSLATE_NOOP("ToolKind", "Technical document"),
}
STATES: dict[str, str] = {
    "available": QT_TRANSLATE_NOOP("ToolState", "Available"),
    "on_loan": QT_TRANSLATE_NOOP("ToolState", "On loan"),
    "calibration": QT_TRANSLATE_NOOP("ToolState", "In calibration"),
    "repair": QT_TRANSLATE_NOOP("ToolState", "In repair"),
    "lost": QT_TRANSLATE_NOOP("ToolState", "Lost"),
    "retired": QT_TRANSLATE_NOOP("ToolState", "Retired"),
}
CONDITIONS: dict[str, str] = {
    "good": QT_TRANSLATE_NOOP("ToolCondition", "Good"),
    "damaged": QT_TRANSLATE_NOOP("ToolCondition", "Damaged"),
    "incomplete": QT_TRANSLATE_NOOP("ToolCondition", "Incomplete"),
    "lost": QT_TRANSLATE_NOOP("ToolCondition", "Lost"),
}
CALIBRATION_KINDS: dict[str, str] = {
    "calibration": QT_TRANSLATE_NOOP("ToolCalibrationKind", "Calibration"),
    "maintenance": QT_TRANSLATE_NOOP("ToolCalibrationKind", "Maintenance"),
    "repair": QT_TRANSLATE_NOOP("ToolCalibrationKind", "Repair"),
}
RESULTS: dict[str, str] = {
    "pass": QT_TRANSLATE_NOOP("ToolResult", "Pass"),
    "adjusted": QT_TRANSLATE_NOOP("ToolResult", "Adjusted, pass"),
    "fail": QT_TRANSLATE_NOOP("ToolResult", "Fail"),
}
HISTORY_EVENTS: dict[str, str] = {
    "lent": QT_TRANSLATE_NOOP("ToolEvent", "Lent"),
    "returned": QT_TRANSLATE_NOOP("ToolEvent", "Returned"),
    "calibration": QT_TRANSLATE_NOOP("ToolEvent", "Calibration"),
    "maintenance": QT_TRANSLATE_NOOP("ToolEvent", "Maintenance"),
    "repair": QT_TRANSLATE_NOOP("ToolEvent", "Repair"),
    "incident": QT_TRANSLATE_NOOP("ToolEvent", "Damage or loss"),
    "state": QT_TRANSLATE_NOOP("ToolEvent", "State changed"),
    "created": QT_TRANSLATE_NOOP("ToolEvent", "Added to the ledger"),
}
ITEM_PREFIX = {"hand": "GJ", "special": "ZY", "equipment": "SB", "measuring": "LJ", "document": "ZL"}

# the station's rule when no row in tool_rules says otherwise: (percent of cost charged, send to repair)
DEFAULT_RULES: dict[str, tuple[int, bool]] = {"damaged": (0, True), "incomplete": (0, True), "lost": (100, False)}
LENDABLE = "available"
