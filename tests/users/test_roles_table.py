"""docs/roles.md is what services/users/permissions.py says: every role against every permission."""

from __future__ import annotations

import subprocess
import sys

from services.users.permissions import PERMISSION_TEXT, ROLE_PERMISSIONS, Permission, Role
from tools.roles_table import OUTPUT, ROOT, render


def _rows(text: str) -> dict[str, list[str]]:
    """Permission code → the cells of its row in the permissions table."""
    rows = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) > 3 and cells[2].startswith("`") and "." in cells[2]:
            rows[cells[2].strip("`")] = cells[3:]
    return rows


def test_the_roles_table_in_the_docs_is_current():
    assert OUTPUT.read_text(encoding="utf-8") == render(), "run: python tools/roles_table.py"


def test_every_permission_has_words_and_a_row_with_a_tick_per_granting_role():
    assert set(PERMISSION_TEXT) == set(Permission)
    rows = _rows(render())
    assert set(rows) == {p.value for p in Permission}
    roles = list(Role)
    for p in Permission:
        assert [r for r, cell in zip(roles, rows[p.value], strict=True) if cell == "✓"] == \
            [r for r in roles if p in ROLE_PERMISSIONS[r]], p
    # the rule the job cards follow: the warranty clerk does not see full phone numbers, the receptionist does
    phone = rows[Permission.SEE_FULL_PHONE.value]
    assert phone[roles.index(Role.WARRANTY_CLERK)] == "" and phone[roles.index(Role.RECEPTIONIST)] == "✓"
    assert "查看客户完整电话号码" in render() and "索赔专员" in render()


def test_the_check_mode_fails_on_a_stale_table(tmp_path, monkeypatch):
    import tools.roles_table as tool

    stale = tmp_path / "roles.md"
    stale.write_text(render().replace("✓", "", 1), encoding="utf-8")
    monkeypatch.setattr(tool, "OUTPUT", stale)
    assert tool.main(["--check"]) == 1
    stale.write_text(render(), encoding="utf-8")
    assert tool.main(["--check"]) == 0


def test_the_tool_runs_from_the_command_line():
    result = subprocess.run([sys.executable, "tools/roles_table.py", "--check"], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
