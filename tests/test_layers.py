"""The house rules of DESIGN.md hold, and the contracts really catch a breach."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ["app", "views", "viewmodels", "services", "reports", "resources"]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def test_viewmodels_import_no_widgets():
    offenders = {
        str(p.relative_to(ROOT)): sorted(n for n in _imports(p) if n.startswith("PySide6.QtWidgets"))
        for p in (ROOT / "viewmodels").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def _lint_imports(tree: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    return subprocess.run([exe, "--no-cache"], cwd=tree, env=env, capture_output=True, text=True, timeout=120)


def test_contracts_hold_on_the_tree_as_it_is(tmp_path):
    tree = tmp_path / "tree"
    tree.mkdir()
    for pkg in PACKAGES:
        shutil.copytree(ROOT / pkg, tree / pkg, ignore=shutil.ignore_patterns("__pycache__", "*.qm", "*.ttf", "*.ttc"))
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    result = _lint_imports(tree)
    assert result.returncode == 0, result.stdout + result.stderr

    # now a service that imports Qt: the contract must break and say which
    (tree / "services" / "sneaky.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    result = _lint_imports(tree)
    print(result.stdout)  # shown in CI output: the contract catching the breach
    assert result.returncode != 0
    assert "services import no Qt BROKEN" in result.stdout
    assert "services.sneaky -> PySide6" in result.stdout
