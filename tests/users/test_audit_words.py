"""The audit log in words: every action a service records has its words, and details read as lines."""

from __future__ import annotations

import ast
from pathlib import Path

from services.users.audit_words import (
    ACTION_TEXT,
    ENTITY_TEXT,
    action_text,
    details_lines,
    entity_text,
)

ROOT = Path(__file__).resolve().parents[2]


def _strings(node: ast.AST) -> tuple[set[str], set[str]]:
    """(whole codes, prefixes) an argument can take: literals, both arms of ``a if c else b``, and the
    literal start of an f-string or a ``+`` (``f"tool.{condition}"`` → prefix ``tool.``)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}, set()
    if isinstance(node, ast.IfExp):
        a, pa = _strings(node.body)
        b, pb = _strings(node.orelse)
        return a | b, pa | pb
    if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
        return set(), {node.values[0].value}
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        whole, prefixes = _strings(node.left)
        return set(), whole | prefixes
    return set(), set()


def recorded_codes() -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, set[str]], dict[str, set[str]]]:
    """Every ``….record(session, actor, action, entity, …)`` in services/: {code: {where}} for whole
    action codes, action prefixes, whole entities and entity prefixes."""
    found: tuple[dict, dict, dict, dict] = ({}, {}, {}, {})
    for path in sorted((ROOT / "services").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "record" and len(node.args) >= 4):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            for i, arg in ((0, node.args[2]), (2, node.args[3])):
                whole, prefixes = _strings(arg)
                for code in whole:
                    found[i].setdefault(code, set()).add(where)
                for code in prefixes:
                    found[i + 1].setdefault(code, set()).add(where)
    return found


def _missing(codes: dict[str, set[str]], prefixes: dict[str, set[str]], table: dict[str, str]) -> list[str]:
    out = [f"{code!r}  ({', '.join(sorted(where))})" for code, where in sorted(codes.items()) if code not in table]
    out += [f"{p!r}… (no code of the table starts so; {', '.join(sorted(where))})"
            for p, where in sorted(prefixes.items()) if not any(c.startswith(p) for c in table)]
    return out


def test_every_recorded_action_and_record_type_has_words():
    actions, action_prefixes, entities, entity_prefixes = recorded_codes()
    assert len(actions) > 80  # the scan finds the services' calls at all
    missing = _missing(actions, action_prefixes, ACTION_TEXT)
    assert not missing, ("audit actions without words: add them to ACTION_TEXT in services/users/audit_words.py "
                         "(and their Chinese):\n  " + "\n  ".join(missing))
    missing = _missing(entities, entity_prefixes, ENTITY_TEXT)
    assert not missing, ("audit record types without words: add them to ENTITY_TEXT in "
                         "services/users/audit_words.py (and their Chinese):\n  " + "\n  ".join(missing))


def test_the_scan_sees_codes_that_are_chosen_at_run_time():
    actions, action_prefixes, _entities, entity_prefixes = recorded_codes()
    assert {"user.enable", "user.disable", "settlement.issue", "settlement.reissue"} <= set(actions)
    assert {"tool.", "supplier."} <= set(action_prefixes)
    assert "workshop_" in entity_prefixes


def test_the_failure_names_each_missing_code_and_where_it_is_recorded():
    message = _missing({"user.create": {"a.py:1"}, "user.teleport": {"services/users/x.py:7"}},
                       {"gizmo.": {"services/x.py:9"}}, ACTION_TEXT)
    assert message == ["'user.teleport'  (services/users/x.py:7)",
                       "'gizmo.'… (no code of the table starts so; services/x.py:9)"]


def test_unknown_codes_still_read():
    assert action_text("user.create") == "User created"
    assert action_text("user.frobnicate") == "User · user.frobnicate"
    assert action_text("zzz") == "zzz"
    assert entity_text("crm_case", "C2026") == "Customer case C2026"
    assert entity_text("brand_new_thing") == "brand new thing"


def test_details_read_as_lines_of_words_not_json():
    assert details_lines({"name": ["甲站", "乙站"], "phone": ["", "0571-1"]}) == [
        "Name: 甲站 → 乙站", "Phone: (empty) → 0571-1"]
    assert details_lines({"before": "0.13", "after": "0.09", "reason": "新税率"}) == [
        "Change: 0.13 → 0.09", "Reason: 新税率"]
    assert details_lines({"prefix": "WT", "period": "month", "digits": 5}) == [
        "Prefix: WT", "Period: restarts each month", "Digits: 5"]
    assert details_lines({"before": ["technician"], "after": ["technician", "storekeeper"]}, action="user.roles") == [
        "Change: Technician → Technician、Storekeeper"]
    assert details_lines({"partial": False, "copies": ["customer", "workshop"]}) == [
        "Partial: no", "Copies: customer、workshop"]
    assert details_lines({"payments": ["cash 10.00", "wechat 5.00"]}) == ["Payments: cash 10.00、wechat 5.00"]
    assert details_lines(None) == []
