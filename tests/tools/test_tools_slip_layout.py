"""The loan slip's columns line up: read back with pdfplumber (word positions, ruled lines, barcode bars).

Every table is as wide as the page's text and starts at the same left edge; the signature lines stand
under the borrower block's value columns; headings, codes and times stay on one line, each column's
cells start where its heading starts; the barcode ends at the tables' right edge.
"""

from __future__ import annotations

import io
import uuid

import pdfplumber
import pytest

from reports.tools.documents import render_loan_slip
from tests.tools.fixtures import make_station

MM = 72 / 25.4
LEFT, RIGHT = 15 * MM + 6, 210 * MM - 15 * MM - 6  # the A4 text frame (15 mm margins, 6 pt frame padding)


@pytest.fixture
def slip(ctx, admin):
    st = make_station(ctx, admin)
    keys = [uuid.uuid4().hex for _ in range(3)]
    results = ctx.tools.lend_items(st.keeper, "E10001", ["T0001", "T0002", "T0003"], keys,
                                   job_card_number="WT202611000012")
    return ctx.tools.loan_slip(st.keeper, results[0].loan_number)


def _word(words, text, nth=0):
    found = [w for w in words if w["text"] == text]
    assert len(found) > nth, (text, [w["text"] for w in words])
    return found[nth]


def _same(a: float, b: float, tol: float = 0.6) -> bool:
    return abs(a - b) <= tol


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_table_of_the_slip_has_the_same_edges_and_the_signatures_line_up(slip, lang):
    with pdfplumber.open(io.BytesIO(render_loan_slip(slip, lang=lang))) as pdf:
        page = pdf.pages[0]
        verticals = [ln for ln in page.lines if _same(ln["x0"], ln["x1"], 0.1)]
        rules = [ln for ln in page.lines if _same(ln["top"], ln["bottom"], 0.1)]
        tops = sorted({round(ln["top"]) for ln in verticals})
        assert verticals and rules
        # the two ruled tables (the borrower block and the items), told apart by the gap between them
        tables: list[list] = []
        for ln in sorted(verticals, key=lambda ln: ln["top"]):
            if tables and ln["top"] <= max(v["bottom"] for v in tables[-1]) + 1:
                tables[-1].append(ln)
            else:
                tables.append([ln])
        assert len(tables) == 2, tops
        for table in tables:
            xs = [ln["x0"] for ln in table]
            assert _same(min(xs), LEFT) and _same(max(xs), RIGHT), (lang, min(xs), max(xs))
        # the signature lines: under the value columns of the borrower block, ending at its right edge
        info_xs = sorted({round(ln["x0"], 1) for ln in tables[0]})
        assert len(info_xs) == 5  # label, value, label, value
        signature_lines = [ln for ln in rules if ln["top"] > max(v["bottom"] for v in tables[1]) + 5
                           and ln["x1"] - ln["x0"] > 30 * MM]
        assert len(signature_lines) == 6
        for ln in signature_lines:
            assert any(_same(ln["x0"], x) for x in (info_xs[1], info_xs[3])), (lang, ln["x0"], info_xs)
            assert any(_same(ln["x1"], x) for x in (info_xs[2], info_xs[4])), (lang, ln["x1"], info_xs)
        # the barcode's bars end where the tables end
        bars = [r for r in page.rects if r["height"] > 10 * MM and r["width"] < 2]
        assert bars and _same(max(r["x1"] for r in bars), RIGHT, 1.5), max(r["x1"] for r in bars)
        for ch in page.chars:
            assert 15 * MM - 0.5 <= ch["x0"] and ch["x1"] <= page.width - 15 * MM + 0.5, ch["text"]  # within the margins


def test_headings_codes_and_times_stay_on_one_line_and_columns_start_under_their_heading(slip):
    with pdfplumber.open(io.BytesIO(render_loan_slip(slip))) as pdf:
        words = pdf.pages[0].extract_words(keep_blank_chars=False, x_tolerance=1.5)
    info_labels = ["借用单号", "工牌号", "借出时间", "经办（工具资料管理员）"]
    right_labels = ["借用人", "任务委托书号", "备注"]
    # the borrower block: labels of a column start at one x, and the signatures' labels start there too
    first = [_word(words, t)["x0"] for t in info_labels] + [_word(words, "借用人签字：")["x0"],
                                                            _word(words, "归还确认签字：")["x0"]]
    assert max(first) - min(first) < 0.6, first
    third = [_word(words, t)["x0"] for t in right_labels] + [_word(words, "管理员签字：")["x0"]]
    assert max(third) - min(third) < 0.6, third
    # the items: every heading whole on one line ...
    headings = ["序号", "编号", "名称", "规格", "数量", "应还时间", "归还时间", "归还状况"]
    heads = {t: _word(words, t, 1 if t == "应还时间" else 0) for t in headings}
    assert len({round(h["top"]) for h in heads.values()}) == 1
    xs = [heads[t]["x0"] for t in headings]
    assert xs == sorted(xs)
    # ... the codes start under their heading, each time stays on one line
    for code in ("T0001", "T0002", "T0003"):
        w = _word(words, code)
        assert _same(w["x0"], heads["编号"]["x0"]), (code, w["x0"], heads["编号"]["x0"])
    due = [w for w in words if w["top"] > heads["应还时间"]["bottom"] and _same(w["x0"], heads["应还时间"]["x0"])]
    assert len(due) == 3, [w["text"] for w in due]
    for day in due:
        clock = [w for w in words if _same(w["top"], day["top"], 1) and 0 < w["x0"] - day["x1"] < 6]
        assert clock and ":" in clock[0]["text"], (day["text"], [w["text"] for w in clock])
        assert clock[0]["x1"] < heads["归还时间"]["x0"]
    for n in ("1", "2", "3"):
        w = [w for w in words if w["text"] == n and _same(w["x0"], heads["序号"]["x0"])]
        assert w, n
