"""The claims' documents read back as their readers do: the old-part tag's barcode by a scanner, the
submission and open-claims workbooks by openpyxl."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from services.common.errors import ValidationError
from tests.claims.fixtures import warranty_card
from tests.document_helpers import decode_pdf


def _appraised(ctx, desk):
    claim = ctx.claims.create(desk.clerk, warranty_card(ctx, desk.st).id)
    return ctx.claims.appraise(desk.appraiser, claim.id, claim.version, system="brakes", fault_code="B1001",
                               cause="刹车片材料缺陷")


def test_the_old_part_tag_carries_a_barcode_that_scans_back_to_the_tag(ctx, desk):
    claim = _appraised(ctx, desk)
    pdf = ctx.claims.tags_pdf(desk.clerk, claim.id)
    tag = claim.lines[1].tag
    assert decode_pdf(pdf, code128_only=True) == [[tag]]
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert claim.number in text and "5Q0698151B" in text and "B1001" in text and claim.vin in text
    # the scanned tag finds the part for the return shipment
    assert ctx.claims.return_old_part(desk.clerk, tag, "FH-1").old_part_status == "returned"


def test_the_submission_workbook_has_a_row_per_claimed_line_and_marks_the_claims_exported(ctx, desk):
    claim = _appraised(ctx, desk)
    data = ctx.claims.submission_workbook(desk.clerk, [claim.id])
    ws = load_workbook(io.BytesIO(data)).active
    rows = list(ws.iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("Dealer claim no.", "VIN", "Plate") and header[-1] == "Old-part tag"
    assert len(rows) == 3  # labour and the pads; the customer's oil filter is not claimed
    col = {h: i for i, h in enumerate(header)}
    assert {r[col["Dealer claim no."]] for r in rows[1:]} == {claim.number}
    assert [r[col["Fault code"]] for r in rows[1:]] == ["B1001", "B1001"]
    assert [r[col["Line"]] for r in rows[1:]] == ["Labour", "Part"]
    assert sum(Decimal(str(r[col["Amount"]])) for r in rows[1:]) == claim.claimed_amount
    assert rows[2][col["Old-part tag"]] == claim.lines[1].tag and rows[2][col["Purchase date"]] == "2026-03-01"
    assert ctx.claims.claim(desk.clerk, claim.id).exported_at is not None
    # a claim the supervisor has not appraised is not sent
    unappraised = ctx.claims.create(desk.clerk, warranty_card(ctx, desk.st).id)
    with pytest.raises(ValidationError, match="no appraisal"):
        ctx.claims.submission_workbook(desk.clerk, [unappraised.id])


def test_the_open_claims_workbook_totals_what_is_owed(ctx, desk):
    claim = _appraised(ctx, desk)
    ctx.claims.create(desk.clerk, warranty_card(ctx, desk.st).id)
    report = ctx.claims.open_claims(desk.clerk)
    ws = load_workbook(io.BytesIO(ctx.claims.open_claims_workbook(desk.clerk))).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][-1] == "Outstanding" and len(rows) == 1 + 2 + 1
    assert rows[1][0] == claim.number and rows[1][4] == "Draft"
    assert rows[-1][0] == "Total" and Decimal(str(rows[-1][-1])) == report.outstanding
    assert report.outstanding == 2 * claim.claimed_amount
