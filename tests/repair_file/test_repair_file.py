"""The vehicle's repair file (一车一档): every job on a VIN with what the regulations list, printed for the
customer; and nothing of a settled job can be deleted, whoever runs the DELETE."""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import delete, func, select

from app.db.models.job_cards import JobCard, JobLine, JobStatusChange, QualityCheck
from app.db.models.repair_file import HealthRecord
from app.db.models.settlement import Delivery, Payment, Statement, StatementLine
from app.i18n import Translate
from services.common.errors import NotFound, PermissionDenied, ServiceError
from tests.job_cards.fixtures import VIN
from tests.repair_file.fixtures import settle
from tests.settlement.fixtures import open_with_work

ZH = Translate("zh_CN")


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def test_the_file_lists_every_job_with_what_the_regulations_list(ctx, station):
    first = settle(ctx, station, customer_words="刹车时有异响", mileage_in=35000)
    ctx.clock.advance(days=40)
    second = settle(ctx, station, deliver=False, mileage_in=38000, customer_words="空调不凉")
    ctx.clock.advance(days=1)
    open_card = open_with_work(ctx, station, mileage_in=38100)  # still in the workshop
    rf = ctx.repair_file.repair_file(station.advisor, VIN.lower())
    assert (rf.vin, rf.plate, rf.owner) == (VIN, "沪A12345", "陈志强")
    assert [j.card_number for j in rf.jobs] == [open_card.number, second.card_number, first.card_number]
    job = rf.jobs[2]
    assert (job.statement_number, job.statement_total) == (first.number, Decimal("689.25"))
    assert (job.mileage_in, job.mileage_out, job.customer_words) == (35000, 35002, "刹车时有异响")
    assert job.delivered_at is not None and job.time_out == job.delivered_at
    assert job.inspector == "孙质检" and job.technicians == ("张技师",)
    assert job.certificate_number.startswith("HG")  # level-2 maintenance gets the completion certificate
    assert (job.guarantee_days, job.guarantee_km) == (30, 5000)
    assert [(ln.code, ln.quality) for ln in job.lines if ln.kind == "part"] == [("06L115562B", "genuine"),
                                                                                 ("G052195M4", "genuine")]
    assert [(ln.code, ln.qty) for ln in job.lines if ln.kind == "labour"] == [("BY001", Decimal("0.8"))]
    assert rf.jobs[1].delivered_at is None and rf.jobs[1].settled
    assert not rf.jobs[0].settled and rf.jobs[0].statement_number == "" and rf.jobs[0].lines


def test_the_printed_file_reads_back_with_every_job(ctx, station):
    first = settle(ctx, station)
    ctx.clock.advance(days=40)
    second = settle(ctx, station, deliver=False, mileage_in=38000)
    pdf = ctx.repair_file.repair_file_pdf(station.advisor, VIN, ZH)
    text = _text(pdf)
    for expected in (VIN, "沪A12345", "陈志强", first.number, second.number, first.card_number, "孙质检", "张技师",
                     "06L115562B", "更换机油机滤", "原厂", "689.25", "35000", "质量保证期", "刹车时有异响", "至少保存6年"):
        assert expected in text, expected
    info = ctx.repair_file.repair_file(station.advisor, VIN).jobs[1]
    assert info.certificate_number in text
    # the copy handed out is logged
    (entry,) = ctx.audit.entries(station.admin, action_prefix="repair_file.print")
    assert (entry.username, entry.entity_id) == ("advisor", VIN)


def test_an_unknown_vin_is_not_found_and_a_technician_cannot_open_files(ctx, station):
    with pytest.raises(NotFound):
        ctx.repair_file.repair_file(station.advisor, "LSVAU2180N2999999")
    with pytest.raises(PermissionDenied):
        ctx.repair_file.repair_file(station.technician, VIN)


def _count(ctx, model) -> int:
    with ctx.db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize("model", [JobCard, JobLine, JobStatusChange, QualityCheck, Statement, StatementLine, Payment,
                                   Delivery, HealthRecord])
def test_nothing_of_a_settled_job_can_be_deleted(ctx, station, model):
    settle(ctx, station)
    before = _count(ctx, model)
    assert before > 0
    with pytest.raises(Exception) as refused:  # noqa: PT011 - the database refuses, whatever it raises
        with ctx.db.write() as s:
            s.execute(delete(model))
    assert "6 years" in str(refused.value) or isinstance(refused.value, ServiceError)
    assert _count(ctx, model) == before


def test_an_open_card_still_loses_a_line_the_advisor_removes(ctx, station):
    c = open_with_work(ctx, station)
    line = next(ln for ln in c.lines if ln.kind == "other")
    c = ctx.job_cards.remove_line(station.advisor, c.id, c.version, line.id)
    assert all(ln.id != line.id for ln in c.lines)
