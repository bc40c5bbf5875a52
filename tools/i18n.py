"""Translations: collect strings with lupdate, list what is untranslated, fill it in, compile.

    python tools/i18n.py update            # lupdate every area into resources/i18n/zh_CN/<area>.ts
    python tools/i18n.py todo AREA         # untranslated strings of AREA as JSON {"context|source": ""}
    python tools/i18n.py fill AREA F.json  # put translations from F.json ({"context|source": "译文"} or
                                           # {"source": "译文"}) into AREA's .ts
    python tools/i18n.py release           # compile every .ts to .qm (commit both)
    python tools/i18n.py check             # exit 1 if anything is untranslated or a .qm is stale

A source file belongs to its area's package (views/parts/receiving.py → parts; app/pages/tools.py →
tools); others go to "common". English is the source language, complete by itself.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ["zh_CN"]
LAYERS = ("views", "viewmodels", "services", "reports")
# the areas of app/pages, app/commands and app/demo; in the layers, an area is a package
AREAS = ["job_cards", "appointments", "workshop", "parts", "tools", "customers", "crm", "claims", "reporting",
         "home", "settings", "users", "station", "shell", "settlement", "repair_file"]
SOURCE_DIRS = ["app", "views", "viewmodels", "services"]
I18N = ROOT / "resources" / "i18n"


def _tool(name: str) -> str:
    exe = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).with_name(f"pyside6-{name}"))
    return exe


# self.tr("…"), QCoreApplication.translate(…), QT_TRANSLATE_NOOP(…) — not str( or attr(
_MARKED = re.compile(r"(?<![A-Za-z0-9_])(tr|translate|QT_TRANSLATE_NOOP|QT_TR_NOOP)\(")


# app/pages, app/commands and app/demo name their area by file; a few pages belong to a larger area
_APP_ALIASES = {"receiving": "parts", "stocktake": "parts"}


def area_of(path: Path) -> str:
    """The area a source file belongs to: its package in a layer (views/parts/receiving.py → parts)."""
    parts = path.relative_to(ROOT).parts
    if parts[0] in LAYERS and len(parts) > 2:
        return parts[1]
    if len(parts) > 2 and parts[0] == "app" and parts[1] in ("pages", "commands", "demo"):
        stem = path.stem if path.stem != "__init__" else parts[1]
        stem = _APP_ALIASES.get(stem, stem)
        return stem if stem in AREAS else "common"
    return "common"


def sources_by_area() -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = defaultdict(list)
    for d in SOURCE_DIRS:
        for path in sorted((ROOT / d).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            text = path.read_text(encoding="utf-8")
            if _MARKED.search(text):
                out[area_of(path)].append(path)
    return out


def update(target: Path = I18N) -> None:
    for lang in LANGS:
        folder = target / lang
        folder.mkdir(parents=True, exist_ok=True)
        groups = sources_by_area()
        for area, files in groups.items():
            ts = folder / f"{area}.ts"
            if target != I18N and (I18N / lang / ts.name).exists():
                shutil.copy(I18N / lang / ts.name, ts)
            _ensure_language(ts, lang)
            subprocess.run([_tool("lupdate"), "-no-obsolete", "-locations", "none", "-target-language", lang,
                            *map(str, files), "-ts", str(ts)],
                           check=True, capture_output=True)
        for stale in folder.glob("*.ts"):
            if stale.stem not in groups:
                stale.unlink()


def _ensure_language(ts: Path, lang: str) -> None:
    """lupdate silently refuses to update a .ts without a target language: make sure it has one."""
    if not ts.exists():
        return
    text = ts.read_text(encoding="utf-8")
    if "<TS " in text and "language=" not in text.split("<TS ", 1)[1].split(">", 1)[0]:
        ts.write_text(text.replace("<TS ", f'<TS language="{lang}" ', 1), encoding="utf-8")


def _messages(ts: Path):
    tree = ET.parse(ts)
    for ctx in tree.getroot().iter("context"):
        cname = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield tree, cname, msg


def todo(area: str, lang: str = "zh_CN") -> dict[str, str]:
    ts = I18N / lang / f"{area}.ts"
    out = {}
    for _tree, cname, msg in _messages(ts):
        tr = msg.find("translation")
        if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
            out[f"{cname}|{msg.findtext('source')}"] = ""
    return out


def fill(area: str, mapping: dict[str, str], lang: str = "zh_CN") -> int:
    ts = I18N / lang / f"{area}.ts"
    tree = ET.parse(ts)
    n = 0
    for ctx in tree.getroot().iter("context"):
        cname = ctx.findtext("name")
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            text = mapping.get(f"{cname}|{src}") or mapping.get(src)
            if not text:
                continue
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            tr.text = text
            tr.attrib.pop("type", None)
            n += 1
    _write(tree, ts)
    return n


def _write(tree: ET.ElementTree, ts: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode").replace("'", "&apos;")  # as lupdate writes it
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def release(source: Path = I18N, target: Path | None = None) -> None:
    for lang in LANGS:
        for ts in sorted((source / lang).glob("*.ts")):
            qm = (target or source) / lang / f"{ts.stem}.qm"
            qm.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
        if target is None:
            for stale in (source / lang).glob("*.qm"):
                if not (source / lang / f"{stale.stem}.ts").exists():
                    stale.unlink()


def check() -> list[str]:
    """Problems: strings in the code missing from the .ts or untranslated, and stale .qm files."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        update(tmp_dir)
        for lang in LANGS:
            for ts in sorted((tmp_dir / lang).glob("*.ts")):
                for _tree, cname, msg in _messages(ts):
                    tr = msg.find("translation")
                    if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
                        problems.append(f"{lang}/{ts.stem}: untranslated {cname}|{msg.findtext('source')}")
            shipped = {p.stem for p in (I18N / lang).glob("*.ts")}
            needed = {p.stem for p in (tmp_dir / lang).glob("*.ts")}
            for missing in sorted(needed - shipped):
                problems.append(f"{lang}/{missing}.ts is missing: run tools/i18n.py update")
            release(I18N, tmp_dir / "qm")
            for qm in sorted((tmp_dir / "qm" / lang).glob("*.qm")):
                shipped_qm = I18N / lang / qm.name
                if not shipped_qm.exists() or shipped_qm.read_bytes() != qm.read_bytes():
                    problems.append(f"{lang}/{qm.name} is stale: run tools/i18n.py release")
    return problems


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "check"
    if cmd == "update":
        update()
    elif cmd == "todo":
        print(json.dumps(todo(argv[1]), ensure_ascii=False, indent=1))
    elif cmd == "fill":
        print(fill(argv[1], json.loads(Path(argv[2]).read_text(encoding="utf-8"))), "filled")
    elif cmd == "release":
        release()
    elif cmd == "check":
        problems = check()
        print("\n".join(problems) or "translations complete")
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
