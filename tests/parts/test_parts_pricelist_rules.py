"""The price list's rules: one rule for every import (nothing written unless every row is good, or with
``skip_bad`` the good rows), a confirmation for prices that move more than ×3 or ÷3, the clerk's name
on the audit and the change report, counts that add up, new parts with a supplier and every price,
and the change report's error sheet in the user's language. Service and CLI, on both engines."""

from __future__ import annotations

import io
import os
from decimal import Decimal as D

import openpyxl
import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.db.models.parts import Part, PartSupplier
from app.db.models.users import AuditEntry
from app.i18n import Translate
from reports.parts.workbooks import pricelist_changes_xlsx
from services.parts.pricelist_records import report_labels
from services.parts.stock import NewPart
from services.users.permissions import Role
from tests.cli_helpers import sign_in


@pytest.fixture
def store(ctx, admin):
    sup = ctx.parts.create_supplier(admin, "一汽大众配件中心", lead_time_days=2)
    wiper = ctx.parts.create_part(admin, NewPart("3C0955425", "雨刮片", cost=D("40.00"), retail_price=D("80.00")))
    pads = ctx.parts.create_part(admin, NewPart("1K0698151A", "前刹车片", cost=D("210.00"), retail_price=D("380.00")))
    oil = ctx.parts.create_part(admin, NewPart("06A115561B", "机油滤清器", cost=D("30.00"), retail_price=D("58.00")))
    clerk_user = ctx.users.create_user(admin, "wang", "王配件", "wang-pass-1", [Role.PARTS_SUPERVISOR])
    clerk = ctx.users.authenticate("wang", "wang-pass-1")
    assert clerk.display_name == "王配件" and clerk_user.id
    return sup, wiper, pads, oil, clerk


def book(path, rows, header=("零件号", "名称", "成本价", "零售价")) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("价格表")
    ws.append(list(header))
    for r in rows:
        ws.append(list(r))
    wb.save(path)


def _count(ctx, model=Part) -> int:
    with ctx.db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def _audits(ctx) -> list[tuple]:
    with ctx.db.read() as s:
        return list(s.execute(select(AuditEntry.username, AuditEntry.summary, AuditEntry.details)
                              .where(AuditEntry.action == "part.pricelist")))


def test_a_price_ten_times_higher_is_a_warning_that_imports_only_when_confirmed(ctx, admin, store, tmp_path):
    sup, wiper, pads, oil, clerk = store
    path = tmp_path / "list.xlsx"
    book(path, [("3C0955425", "雨刮片", 40, 800),  # 80 → 800: ×10, a slip of a digit
                ("1K0698151A", "前刹车片", 60, 380),  # cost 210 → 60: ÷3.5
                ("06A115561B", "机油滤清器", 30, 62.5)])  # an ordinary change
    preview = ctx.parts_pricelist.import_file(clerk, path, dry_run=True)
    assert [w.row for w in preview.warnings] == [2, 3]
    assert preview.warnings[0].message == "3C0955425: retail price 80.00 → 800.00, more than ×3 or ÷3: confirm it is right"
    assert preview.warnings[1].message == "1K0698151A: cost 210.00 → 60.00, more than ×3 or ÷3: confirm it is right"
    assert (preview.new, preview.changed, preview.unchanged, len(preview.warnings), len(preview.errors)) == (0, 1, 0, 2, 0)
    assert preview.counts_add_up and preview.unconfirmed == ["3C0955425", "1K0698151A"]

    refused = ctx.parts_pricelist.import_file(clerk, path)  # not confirmed: the whole list waits
    assert not refused.saved and refused.bad == 2
    assert ctx.parts.part(admin, oil.id).retail_price == D("58.00") and _audits(ctx) == []

    only_one = ctx.parts_pricelist.import_file(clerk, path, confirm={"1K0698151A"})  # one confirmed is not both
    assert not only_one.saved and only_one.unconfirmed == ["3C0955425"]

    done = ctx.parts_pricelist.import_file(clerk, path, confirm={"3C0955425", "1K0698151A"})
    assert done.saved and done.skipped == 0
    assert ctx.parts.part(admin, wiper.id).retail_price == D("800.00")
    assert ctx.parts.part(admin, pads.id).cost == D("60.00")
    assert ctx.parts.part(admin, oil.id).retail_price == D("62.50")


def test_skip_bad_takes_the_good_rows_and_reports_the_rest_without_it_nothing(ctx, admin, store, tmp_path):
    sup, wiper, pads, oil, clerk = store
    path = tmp_path / "list.xlsx"
    book(path, [("06A115561B", "机油滤清器", 30, 62.5),  # changed
                ("1K0698151A", "前刹车片", 210, 380),  # unchanged
                ("5Q0615301F", "前制动盘", 200, 360),  # new
                ("3C0955425", "雨刮片", 40, 400),  # ×5: a warning, not confirmed
                (None, "没有件号", 1, 2),  # error
                ("X1", "坏价格", "abc", 1)])  # error
    parts_before = _count(ctx)
    refused = ctx.parts_pricelist.import_file(clerk, path, supplier_id=sup.id)
    assert not refused.saved and _count(ctx) == parts_before and _audits(ctx) == []
    assert ctx.parts.part(admin, oil.id).retail_price == D("58.00")

    result = ctx.parts_pricelist.import_file(clerk, path, supplier_id=sup.id, skip_bad=True)
    assert result.saved and result.counts_add_up
    assert (result.rows, result.new, result.changed, result.unchanged, len(result.warnings), len(result.errors),
            result.skipped) == (6, 1, 1, 1, 1, 2, 3)
    assert ctx.parts.part(admin, oil.id).retail_price == D("62.50")
    assert ctx.parts.part(admin, wiper.id).retail_price == D("80.00")  # the unconfirmed ×5 was skipped
    assert _count(ctx) == parts_before + 1
    [(username, summary, details)] = _audits(ctx)  # the clerk by name, and what happened
    assert username == "wang" and summary.startswith("王配件: list.xlsx, 6 rows: 1 new, 1 changed")
    assert details["clerk"] == "王配件" and details["skipped"] == 3 and details["supplier"] == "一汽大众配件中心"


def test_new_parts_get_the_supplier_and_every_price(ctx, admin, store, tmp_path):
    sup, *_rest, clerk = store
    path = tmp_path / "list.xlsx"
    book(path, [("5Q0615301F", "前制动盘", 200, 360, None, None),
                ("5Q0615301G", "后制动盘", 150, 280, 250, 165)],
         header=("零件号", "名称", "成本价", "零售价", "批发价", "索赔价"))
    with pytest.raises(Exception) as refused:  # new parts are bought from someone
        ctx.parts_pricelist.import_file(clerk, path)
    assert refused.value.message() == "The price list has 2 new parts: choose the supplier it comes from."
    ctx.parts_pricelist.import_file(clerk, path, supplier_id=sup.id)
    front = ctx.parts.find_by_code(admin, "5Q0615301F")
    assert (front.cost, front.retail_price, front.trade_price, front.warranty_price) == (
        D("200.00"), D("360.00"), D("360.00"), D("200.00"))  # wholesale at retail, claim at cost
    rear = ctx.parts.find_by_code(admin, "5Q0615301G")
    assert (rear.trade_price, rear.warranty_price) == (D("250.00"), D("165.00"))  # the list's own
    with ctx.db.read() as s:
        links = s.execute(select(PartSupplier.supplier_id, PartSupplier.price, PartSupplier.preferred)
                          .join(Part, Part.id == PartSupplier.part_id).where(Part.number == "5Q0615301F")).all()
    assert links == [(sup.id, D("200.00"), True)]
    assert [s.supplier_name for s in ctx.parts.part(admin, front.id).suppliers] == ["一汽大众配件中心"]


def test_the_change_reports_error_sheet_is_in_chinese_with_the_clerks_name(ctx, admin, store, tmp_path):
    sup, *_rest, clerk = store
    path = tmp_path / "list.xlsx"
    book(path, [("06A115561B", "机油滤清器", 30, 62.5), ("06A 115 561 B", "重复", 1, 1), ("X1", "坏价格", "abc", 1),
                ("3C0955425", "雨刮片", 40, 800)])
    result = ctx.parts_pricelist.import_file(clerk, path, skip_bad=True)
    zh = Translate("zh_CN")
    data = pricelist_changes_xlsx(result, report_labels(zh), lambda e: e.translated(zh), file_name="list.xlsx")
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    assert wb.sheetnames == ["概要", "新增配件", "价格变动", "警告", "错误"]
    errors = list(wb["错误"].iter_rows(values_only=True))
    assert errors == [("行", "问题"), (3, "06A115561B 出现了两次"), (4, "X1：不是金额：'abc'")]
    warnings = list(wb["警告"].iter_rows(values_only=True))
    assert warnings[1] == (5, "3C0955425：零售价 80.00 → 800.00，变动超过3倍：请确认无误")
    summary = dict(list(wb["概要"].iter_rows(values_only=True))[1:])
    assert summary["导入人"] == "王配件" and summary["读取行数"] == 4 and summary["跳过行数"] == 3
    assert summary["结果"] == "已导入；有错误或未确认警告的行已跳过"
    en = pricelist_changes_xlsx(result, report_labels(Translate("en")), lambda e: e.translated(Translate("en")))
    wb = openpyxl.load_workbook(io.BytesIO(en), read_only=True)
    assert list(wb["Errors"].iter_rows(values_only=True))[1] == (3, "06A115561B appears twice")


def _cli_db(ctx, empty_db, tmp_path) -> str:
    from alembic import command

    from app.db.engine import open_database
    from app.db.migrate import alembic_config

    os.chmod(tmp_path, 0o700)
    url = empty_db.url()
    ctx.db.dispose()
    db = open_database(url)
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "heads")
    db.dispose()
    return url


def test_cli_imports_nothing_with_bad_rows_and_the_good_ones_with_skip_bad(ctx, admin, store, empty_db, tmp_path,
                                                                           capsys):
    from app.cli import main as cli_main

    sup, wiper, pads, oil, clerk = store
    path = tmp_path / "list.xlsx"
    book(path, [("06A115561B", "机油滤清器", 30, 62.5), ("5Q0615301F", "前制动盘", 200, 360),
                ("3C0955425", "雨刮片", 40, 800), ("X1", "坏价格", "abc", 1)])
    url = _cli_db(ctx, empty_db, tmp_path)
    me = sign_in(tmp_path, "wang", "wang-pass-1")
    args = ["--db", url, "--lang", "en", "import", "pricelist", str(path), "--supplier", "一汽大众配件中心", *me]
    assert cli_main(args) == 1
    out = capsys.readouterr()
    assert "4 rows read: 1 new parts, 1 price changes, 0 unchanged, 1 warnings (more than ×3 or ÷3), 1 rows with " \
           "errors." in out.out
    assert "row 5: X1: not an amount: 'abc'" in out.out and "row 4: 3C0955425: retail price 80.00 → 800.00" in out.out
    assert "Nothing imported: 2 rows have errors or unconfirmed warnings." in out.err
    assert ctx.parts.part(admin, oil.id).retail_price == D("58.00")

    report = tmp_path / "变动.xlsx"
    assert cli_main(args + ["--skip-bad", "--report", str(report)]) == 0
    out = capsys.readouterr()
    assert "Imported by 王配件: 1 new parts, 1 price changes; 2 rows skipped." in out.out
    assert ctx.parts.part(admin, oil.id).retail_price == D("62.50")
    assert ctx.parts.part(admin, wiper.id).retail_price == D("80.00")
    assert ctx.parts.find_by_code(admin, "5Q0615301F").suppliers[0].supplier_name == "一汽大众配件中心"
    summary = dict(list(openpyxl.load_workbook(report, read_only=True)["Summary"].iter_rows(values_only=True))[1:])
    assert summary["Imported by"] == "王配件" and summary["Rows skipped"] == 2

    zh = ["--lang" if a == "--lang" else "zh_CN" if a == "en" else a for a in args]
    assert cli_main(zh + ["--confirm-warnings", "--report", str(report)]) == 1  # X1 is still bad: nothing
    assert "未导入任何内容：有 1 行有错误或未确认的警告。" in capsys.readouterr().err
    assert ctx.parts.part(admin, wiper.id).retail_price == D("80.00")
    assert cli_main(zh + ["--confirm-warnings", "--skip-bad", "--report", str(report)]) == 0
    assert "王配件 已导入：新增配件 0 个，价格变动 1 个；跳过 1 行。" in capsys.readouterr().out
    assert ctx.parts.part(admin, wiper.id).retail_price == D("800.00")
    wb = openpyxl.load_workbook(report, read_only=True)
    assert list(wb["错误"].iter_rows(values_only=True)) == [("行", "问题"), (5, "X1：不是金额：'abc'")]
