"""The manufacturer's submission layout kept in the station's settings, and the appraisal's photos kept in
the database; the submission workbook read back with openpyxl."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PIL import Image

from services.claims.layout import SubmissionColumn
from services.claims.photos import MAX_BYTES
from services.common.errors import PermissionDenied, ValidationError
from tests.claims.fixtures import warranty_card


def _appraised(ctx, desk):
    claim = ctx.claims.create(desk.clerk, warranty_card(ctx, desk.st).id)
    return ctx.claims.appraise(desk.appraiser, claim.id, claim.version, system="brakes", fault_code="B1001",
                               cause="刹车片材料缺陷")


def _image(kind: str = "JPEG", size=(64, 48), colour=(200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, kind)
    return out.getvalue()


def _rows(data: bytes):
    wb = load_workbook(io.BytesIO(data))
    ws = wb.active
    return ws.title, list(ws.iter_rows(values_only=True)), ws


MAPPING = [SubmissionColumn("B", "vin", "车架号(VIN)"), SubmissionColumn("a", "claim_number", "经销商索赔单号"),
           SubmissionColumn("D", "code", "零件/工时代码"), SubmissionColumn("E", "amount", "索赔金额"),
           SubmissionColumn("F", "fault_code", "故障代码"), SubmissionColumn("G", "photos", "照片张数")]


def test_the_export_follows_the_columns_and_headers_the_clerk_saved(ctx, desk):
    claim = _appraised(ctx, desk)
    assert not ctx.claims.submission_layout(desk.clerk).custom
    layout = ctx.claims.save_submission_layout(desk.clerk, MAPPING, sheet="索赔申请")
    assert layout.custom and [c.column for c in layout.columns] == ["A", "B", "D", "E", "F", "G"]
    ctx.claims.add_photo(desk.appraiser, claim.id, "pads.jpg", _image())
    ctx.claims.add_photo(desk.appraiser, claim.id, "tester.png", _image("PNG", colour=(0, 0, 0)))
    title, rows, ws = _rows(ctx.claims.submission_workbook(desk.clerk, [claim.id]))
    assert title == "索赔申请"
    assert rows[0] == ("经销商索赔单号", "车架号(VIN)", None, "零件/工时代码", "索赔金额", "故障代码", "照片张数")
    assert len(rows) == 3
    assert {r[0] for r in rows[1:]} == {claim.number} and {r[1] for r in rows[1:]} == {claim.vin}
    assert all(r[2] is None for r in rows[1:])  # column C is the manufacturer's: left empty
    assert [r[3] for r in rows[1:]] == [ln.code for ln in claim.lines]
    assert sum(Decimal(str(r[4])) for r in rows[1:]) == claim.claimed_amount
    assert ws["E2"].number_format == "#,##0.00"
    assert [r[5] for r in rows[1:]] == ["B1001", "B1001"] and [r[6] for r in rows[1:]] == [2, 2]
    # another PC reads the same layout; the audit log names who changed it
    assert ctx.claims.submission_layout(desk.appraiser) == layout
    (entry,) = ctx.audit.entries(desk.st.admin, action_prefix="claims.submission_layout")
    assert entry.username == "suopei"


def test_back_to_the_built_in_layout(ctx, desk):
    claim = _appraised(ctx, desk)
    saved = ctx.claims.save_submission_layout(desk.clerk, MAPPING)
    ctx.claims.reset_submission_layout(desk.st.admin, version=saved.version)
    _title, rows, _ws = _rows(ctx.claims.submission_workbook(desk.clerk, [claim.id]))
    assert rows[0][:3] == ("Dealer claim no.", "VIN", "Plate") and rows[0][-1] == "Old-part tag"
    assert "Photos" in rows[0]


@pytest.mark.parametrize(("columns", "match"), [
    ([SubmissionColumn("A", "claim_number", "单号"), SubmissionColumn("A", "vin", "VIN")], "given twice"),
    ([SubmissionColumn("A", "claim_number", "单号"), SubmissionColumn("B", "claim_number", "单号2")], "same field"),
    ([SubmissionColumn("1", "claim_number", "单号")], "not a column"),
    ([SubmissionColumn("A", "claim_number", "  ")], "header text"),
    ([SubmissionColumn("A", "colour", "颜色")], "what column A holds"),
    ([SubmissionColumn("A", "vin", "VIN")], "dealer claim number"),
    ([], "at least one column"),
])
def test_a_bad_layout_is_refused_with_the_reason(ctx, desk, columns, match):
    with pytest.raises(ValidationError, match=match):
        ctx.claims.save_submission_layout(desk.clerk, columns)
    assert not ctx.claims.submission_layout(desk.clerk).custom


def test_only_the_warranty_clerk_or_the_administrator_changes_the_layout(ctx, desk):
    with pytest.raises(PermissionDenied):
        ctx.claims.save_submission_layout(desk.st.advisor, MAPPING)
    assert ctx.claims.save_submission_layout(desk.st.admin, MAPPING).custom


def test_photos_are_kept_in_the_database_and_listed_on_the_claim(ctx, desk):
    claim = _appraised(ctx, desk)
    jpeg = _image(size=(320, 240))
    p = ctx.claims.add_photo(desk.appraiser, claim.id, r"C:\照片\刹车片.jpg", jpeg, "磨损的刹车片")
    assert (p.file_name, p.mime, p.width, p.height, p.size, p.caption) == ("刹车片.jpg", "image/jpeg", 320, 240,
                                                                          len(jpeg), "磨损的刹车片")
    info = ctx.claims.claim(desk.clerk, claim.id)
    assert info.photo_count == 1 and info.photos[0].added_by == "何技术"
    got, data = ctx.claims.photo_data(desk.clerk, p.id)
    assert data == jpeg and Image.open(io.BytesIO(data)).size == (320, 240)
    with pytest.raises(ValidationError, match="already"):
        ctx.claims.add_photo(desk.clerk, claim.id, "again.jpg", jpeg)
    ctx.claims.remove_photo(desk.clerk, p.id)
    assert ctx.claims.photos(desk.clerk, claim.id) == []


def test_what_is_not_a_photo_or_too_big_is_refused_with_a_clear_message(ctx, desk, tmp_path):
    claim = _appraised(ctx, desk)
    with pytest.raises(ValidationError, match="not a photo"):
        ctx.claims.add_photo(desk.clerk, claim.id, "invoice.pdf", b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n")
    gif = io.BytesIO()
    Image.new("RGB", (8, 8)).save(gif, "GIF")
    with pytest.raises(ValidationError, match="JPEG or PNG"):
        ctx.claims.add_photo(desk.clerk, claim.id, "anim.gif", gif.getvalue())
    with pytest.raises(ValidationError, match="damaged"):
        ctx.claims.add_photo(desk.clerk, claim.id, "cut.png", _image("PNG")[:60])
    big = tmp_path / "huge.jpg"
    big.write_bytes(b"\xff\xd8\xff" + b"\0" * MAX_BYTES)
    with pytest.raises(ValidationError, match="at most 8.0 MB"):
        ctx.claims.add_photo_file(desk.clerk, claim.id, big)
    with pytest.raises(ValidationError, match="empty"):
        ctx.claims.add_photo(desk.clerk, claim.id, "none.jpg", b"")
    with pytest.raises(PermissionDenied):
        ctx.claims.add_photo(desk.st.advisor, claim.id, "a.jpg", _image())
    good = tmp_path / "odometer.png"
    good.write_bytes(_image("PNG"))
    assert ctx.claims.add_photo_file(desk.clerk, claim.id, good).file_name == "odometer.png"
    assert ctx.claims.claim(desk.clerk, claim.id).photo_count == 1


def test_a_decided_claim_takes_no_more_photos(ctx, desk):
    claim = _appraised(ctx, desk)
    ctx.claims.submission_workbook(desk.clerk, [claim.id])
    claim = ctx.claims.submit(desk.clerk, claim.id, ctx.claims.claim(desk.clerk, claim.id).version, "MFR-1")
    ctx.claims.add_photo(desk.clerk, claim.id, "more.jpg", _image())  # the manufacturer asked for one more
    claim = ctx.claims.decide(desk.clerk, claim.id, claim.version, claim.claimed_amount)
    with pytest.raises(ValidationError, match="decided"):
        ctx.claims.add_photo(desk.clerk, claim.id, "late.jpg", _image(colour=(1, 2, 3)))
