"""Chinese everywhere: the administrator walks every page and tab in zh_CN and reads no English.

A visible label, button, tab, group title, table header, placeholder or combo item whose text is
ASCII letters only is an English leftover, unless it is a code, a number or a name that stays in
Latin letters (a plate, a part number, a date, an amount, "VIN", "PDF", "Excel"...).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from app.gui import build_main_window
from app.pages import visible_areas
from app.settings import LocalSettings
from tests.job_cards.fixtures import make_station

WAIT = 10_000

# Latin text a Chinese clerk reads as it is: codes, numbers, units, names of things
ALLOWED = [
    r"[\d\s.,:;/%×+\-–—()¥￥#*=<>≥≤→←…·_]*",  # numbers, dates, times, amounts, punctuation
    r"(VIN|PDF|Excel|SQLite|PostgreSQL|ServiceBay|ABS|ESP|TPMS|SMS|App|OK|Code 128|km|h|kg|L|mm|cm|A4|A5|"
    r"No\.|ID|IP|URL|USB|QR|PC|CNY|RMB|UTC|Asia/Shanghai|zh_CN|English|4S)",
    r"[A-Z]{1,4}[\dA-Z\-]*\d[\dA-Z\-]*",  # plates without the province, part numbers, document numbers
    r"[A-Z0-9]{2,8}",  # number prefixes (WT, JS), bin codes
    r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+",  # an e-mail address
    r"[A-Za-z]?:?[/\\][^ ]*",  # a file path
    r"(SQLite|PostgreSQL) \S+",  # the database and its place (a file, a server)
    r"\d+(\.\d+)?\s*(km|h|L|mm|%|d)",  # quantities with their unit
]
_ALLOWED = re.compile(r"^(" + "|".join(ALLOWED) + r")$")


def english_leftover(text: str) -> bool:
    """ASCII-only text with a word of letters that is not a code, number or name."""
    text = text.replace("&", "").strip()
    if not text or not text.isascii() or not re.search(r"[A-Za-z]{2,}", text):
        return False
    return not _ALLOWED.match(text)


def test_the_filter_tells_english_from_codes():
    for english in ("Save", "Fuel", "empty", "YY month 5", "user.create", "maintenance", "All actions", "More"):
        assert english_leftover(english), english
    for fine in ("VIN", "PDF", "2026-11-20", "1,280.00", "WT20261100001", "JS", "1/4", "A-01-03", "3.5 h", "OK",
                 "车牌", "保存 (Ctrl+S)", "", "12"):
        assert not english_leftover(fine), fine


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a person sees on ``root`` now."""
    out: list[tuple[str, str]] = []

    def name(w: QWidget) -> str:
        return f"{type(w).__name__}#{w.objectName() or '?'}"

    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel):
            out.append((name(w), w.text()))
        elif isinstance(w, QAbstractButton):
            out.append((name(w), w.text()))
        elif isinstance(w, QGroupBox):
            out.append((name(w), w.title()))
        if isinstance(w, QLineEdit) and not (w.parent() and isinstance(w.parent(), QComboBox)):
            out.append((name(w) + " placeholder", w.placeholderText()))
        if isinstance(w, QTabWidget):
            out.extend((name(w) + " tab", w.tabText(i)) for i in range(w.count()))
        if isinstance(w, QComboBox):
            out.extend((name(w) + " item", w.itemText(i)) for i in range(w.count()))
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None:
            model = w.model()
            root_index = w.rootIndex()
            try:
                columns = model.columnCount(root_index)
            except TypeError:  # a list model (QStringListModel keeps columnCount private)
                columns = 1
            if isinstance(w, QTableView | QTreeView):
                out.extend((name(w) + " header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                           for c in range(columns))
            for r in range(min(model.rowCount(root_index), 30)):  # the cells a person sees first
                for c in range(columns):
                    value = model.index(r, c, root_index).data()
                    if isinstance(value, str):
                        out.append((f"{name(w)} cell {r},{c}", value))
    return out


def _all_tabs(qtbot, tasks, page: QWidget):
    """Show each tab of the page in turn (nested tabs too), yielding once what it loads is shown."""
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
    yield
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisibleTo(page):
            continue
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
            yield


@pytest.fixture
def local_settings(tmp_path):
    s = LocalSettings()
    path = tmp_path / "settings.json"
    s.save = lambda p=None, _orig=s.save: _orig(path)
    return s


def test_the_administrator_reads_no_english_on_any_page(qtbot, qapp, ctx, admin, tasks, local_settings):
    from app import i18n

    st = make_station(ctx, admin)  # people, a customer and her car, parts, labour: rows in the lists
    ctx.job_cards.open_card(st.advisor, st.intake())
    # sign-in names are the people's own Latin names ("system" signs the station's own entries)
    usernames = {u.username for u in ctx.users.list_users(admin)} | {"system"}
    translators = i18n.install(qapp, "zh_CN")
    try:
        window = build_main_window(ctx, admin, tasks, local_settings)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        found: dict[tuple[str, str, str], None] = {}
        seen: set[tuple[str, str, str]] = set()
        for area in visible_areas(admin):
            window.open_area(area.key)
            page = window.current_page()
            qtbot.waitUntil(page.isVisible, timeout=WAIT)
            for _ in _all_tabs(qtbot, tasks, page):
                for where, text in visible_texts(window):
                    seen.add((area.key, where, text))
                    if english_leftover(text) and text not in usernames:
                        found[(area.key, where, text)] = None
        assert len(seen) > 300  # the walk read the pages at all
        assert not found, "English on the Chinese screens:\n  " + "\n  ".join(
            f"{a}: {w}: {t!r}" for a, w, t in found)
    finally:
        for tr in translators:
            qapp.removeTranslator(tr)
