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

    # and an area that reaches into another's internals: that area's contract breaks
    (tree / "services" / "sneaky.py").unlink()
    (tree / "services" / "tools" / "sneaky.py").write_text("from services.parts import receiving\n", encoding="utf-8")
    result = _lint_imports(tree)
    print(result.stdout)
    assert result.returncode != 0
    assert "parts area: reached by other areas only through its services BROKEN" in result.stdout
    assert "services.tools.sneaky -> services.parts.receiving" in result.stdout


def _module_cycles() -> list[list[str]]:
    """Strongly connected groups of modules of the five layers (imports made only for type checking excluded)."""
    import grimp

    graph = grimp.build_graph(*PACKAGES, include_external_packages=False, exclude_type_checking_imports=True,
                              cache_dir=None)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(start: str) -> None:  # Tarjan's algorithm, iterative (the graph is deep enough to matter)
        work = [(start, iter(sorted(graph.find_modules_directly_imported_by(start))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        groups.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return groups


def test_no_module_of_the_layers_imports_itself_round_a_circle():
    assert _module_cycles() == []


def test_the_cycle_finder_sees_a_circle(tmp_path, monkeypatch):
    """The test above can fail: two modules that import each other are reported as one group."""
    pkg = tmp_path / "circular_demo"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from circular_demo import b\n")
    (pkg / "b.py").write_text("from circular_demo import a\n")
    (pkg / "c.py").write_text("from circular_demo import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(sys.modules[__name__], "PACKAGES", ["circular_demo"])
    assert _module_cycles() == [["circular_demo.a", "circular_demo.b"]]


# ---- areas talk through public names only -------------------------------------------------------

LAYERS = ("services", "viewmodels", "views", "reports")
AREA_NAMES = {p.name for layer in LAYERS for p in (ROOT / layer).iterdir() if p.is_dir() and p.name != "__pycache__"}


def _area(parts: tuple[str, ...]) -> str | None:
    """The area of a module (``services.parts.ledger`` → parts); ``common`` is everybody's."""
    if len(parts) >= 2 and parts[0] in LAYERS and parts[1] in AREA_NAMES:
        return parts[1]
    if len(parts) == 3 and parts[0] == "app" and parts[1] in ("pages", "commands", "demo") and parts[2] in AREA_NAMES:
        return parts[2]  # app/demo/parts.py is the parts area's demo
    return None


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def cross_area_private_uses(source: str, area: str | None) -> list[str]:
    """Names starting with one underscore that ``source`` (a module of ``area``) takes from another area:
    ``from services.parts.ledger import _post``, ``ledger._post(...)`` on a module imported from another
    area, and ``ctx.parts._stock`` / ``self.parts._stock`` on another area's service."""
    found: list[str] = []
    modules: dict[str, str] = {}  # local name → area of the module it names
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                other = _area(tuple(a.name.split(".")))
                if other and other != area and a.asname:
                    modules[a.asname] = other
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            other = _area(tuple(node.module.split(".")))
            if not other or other == area:
                continue
            for a in node.names:
                if _private(a.name):
                    found.append(f"from {node.module} import {a.name}")
                else:
                    modules[a.asname or a.name] = other
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Attribute) and _private(node.attr)):
            continue
        value = node.value
        if isinstance(value, ast.Name) and value.id in modules:
            found.append(f"{value.id}.{node.attr}")
        elif isinstance(value, ast.Attribute) and value.attr in AREA_NAMES and value.attr != area:
            found.append(f"{ast.unparse(value)}.{node.attr}")
    return sorted(found)


def test_no_area_uses_another_areas_private_names():
    offenders = {}
    for layer in (*LAYERS, "app"):
        for path in (ROOT / layer).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            found = cross_area_private_uses(path.read_text(encoding="utf-8"), _area(parts))
            if found:
                offenders[str(path.relative_to(ROOT))] = found
    assert offenders == {}


def test_the_private_name_finder_sees_each_kind_of_breach():
    source = (
        "from services.parts.ledger import _post, Ledger\n"
        "import services.customers.records as records\n"
        "def f(ctx, self):\n"
        "    Ledger._lock(1)\n"
        "    records._normalise('x')\n"
        "    ctx.parts._stock.count()\n"
        "    self.settlement._check_tenders([])\n"
        "    ctx.job_cards.open()\n"
    )
    found = cross_area_private_uses(source, "job_cards")
    assert found == sorted(["from services.parts.ledger import _post", "Ledger._lock", "records._normalise",
                            "ctx.parts._stock", "self.settlement._check_tenders"])
    # within its own area a module may use its area's private names
    assert cross_area_private_uses("def f(self):\n    self.settlement._check_tenders([])\n", "settlement") == []
