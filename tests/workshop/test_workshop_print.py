"""The dispatch sheet and the day's plan, read back from the PDF; and the print commands."""

from __future__ import annotations

import io
from datetime import timedelta

import pdfplumber
from pypdf import PdfReader

from app.cli import main as cli_main
from app.i18n import Translate
from tests.cli_helpers import sign_in
from tests.workshop.fixtures import sent_card

ZH = Translate("zh_CN")


def _text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "".join("".join((page.extract_text() or "").split()) for page in pdf.pages)


def _dispatched(ctx, shop):
    card = sent_card(ctx, shop, promised_at=ctx.clock.now() + timedelta(hours=5))
    by001, dp001 = (ln.id for ln in card.lines)
    ctx.workshop.assign(shop.boss, card.id, [shop.zhang.user_id], line_ids=[by001], bay_id=shop.bays[0].id)
    ctx.workshop.assign(shop.boss, card.id, [(shop.zhang.user_id, "0.6"), (shop.wang.user_id, "0.4")],
                        line_ids=[dp001])
    return card


def test_dispatch_sheet_names_the_work_the_technicians_their_shares_and_the_hours(ctx, shop):
    card = _dispatched(ctx, shop)
    data = ctx.workshop.dispatch_pdf(shop.boss, card.number, ZH)
    text = _text(data)
    assert "派工单" in text and card.number in text and "沪A12345" in text
    assert "更换机油机滤" in text and "张技师100%" in text and "L01" in text
    assert "四轮定位" in text and "张技师60%,王师傅40%" in text
    assert "合计工时1.80" in text and "2026-11-2015:30" in text  # promised 10:30 + 5 h
    assert len(PdfReader(io.BytesIO(data)).pages) == 1


def test_day_plan_lists_each_technician_s_jobs_free_hours_and_the_queue(ctx, shop):
    card = _dispatched(ctx, shop)
    waiting = sent_card(ctx, shop, codes=("KT020",))
    text = _text(ctx.workshop.day_plan_pdf(shop.boss, ctx.clock.today(), ZH))
    assert "车间派工计划2026-11-20" in text
    # 张技师: 0.8 h + 0.6 h of alignment, laid from now (10:30); 8 h capacity
    assert "张技师机电一组可用工时8.00已排工时1.40空闲6.60" in text
    assert "王师傅机电一组可用工时8.00已排工时0.40空闲7.60" in text
    assert text.count(card.number) == 2 and "等待开工" in text
    assert "刘师傅" in text and "（无排班作业）" in text
    assert "待派工" in text and waiting.number in text


def test_print_commands_write_the_dispatch_sheet_and_the_day_plan(ctx, shop, empty_db, tmp_path, capsys):
    card = _dispatched(ctx, shop)
    url = empty_db.url()
    ctx.db.dispose()
    from alembic import command

    from app.db.engine import open_database
    from app.db.migrate import alembic_config

    db = open_database(url)
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "heads")
    db.dispose()
    me = sign_in(tmp_path)  # the CLI signs a person in
    out = tmp_path / "dispatch.pdf"
    assert cli_main(["--db", url, "--lang", "zh_CN", "print", "dispatch", card.number, "-o", str(out), *me]) == 0
    assert card.number in _text(out.read_bytes())
    plan = tmp_path / "plan.pdf"
    assert cli_main(["--db", url, "--lang", "en", "print", "day-plan", "--date", "2026-11-20", "-o", str(plan), *me]) == 0
    text = _text(plan.read_bytes())
    assert "Workshopdayplan2026-11-20" in text and "张技师" in text
    assert cli_main(["--db", url, "print", "day-plan", "--date", "20.11.2026", "-o", str(plan), *me]) == 2
    assert "20.11.2026" in capsys.readouterr().err
