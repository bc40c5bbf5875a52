"""The electronic health record outbox: one record per settled job, held back with the reason when its
plate or VIN is not valid, exported to JSON and Excel for the upload tool, retried once fixed."""

from __future__ import annotations

import json
from datetime import date
from io import BytesIO

import pytest
from openpyxl import load_workbook

from app.i18n import Translate
from services.common.errors import PermissionDenied, ValidationError
from services.common.identifiers import make_vin
from services.settlement.data import Tender
from tests.repair_file.fixtures import ALL_CHECKS, other_car, settle, spoil_vin

ZH = Translate("zh_CN")
NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))
# the record DOMAIN.md defines, in the national interface's names
RECORD_FIELDS = ("vehicleplatenumber", "vin", "companyname", "repairdate", "repairmileage", "faultdescription",
                 "settledate", "costlistcode")
GOOD_VIN = make_vin("LFV2A21K5N3" + "777777")
BAD_VIN = GOOD_VIN[:8] + ("1" if GOOD_VIN[8] != "1" else "2") + GOOD_VIN[9:]  # the check character typed wrong


@pytest.fixture
def month(ctx, station):
    """A fixture month: three jobs settled in November, one of them on a car whose VIN fails its check
    character; a fourth settled on 1 December."""
    first = settle(ctx, station)
    ctx.clock.advance(days=2)
    second_car = other_car(ctx, station, "100200", "沪B77881")
    second = settle(ctx, station, vehicle_id=second_car, customer_words="发动机故障灯亮", mileage_in=20500)
    ctx.clock.advance(days=3)
    bad_car = other_car(ctx, station, "777777", "沪C66552")
    assert BAD_VIN != make_vin(BAD_VIN)
    spoil_vin(ctx, bad_car, BAD_VIN)
    held = settle(ctx, station, vehicle_id=bad_car, mileage_in=20100)
    ctx.clock.advance(days=6)  # 2026-12-01
    december = settle(ctx, station, vehicle_id=second_car, mileage_in=21000)
    return first, second, held, december, bad_car


def test_the_export_of_a_month_has_one_record_per_settled_job_with_every_field(ctx, station, month, tmp_path):
    first, second, held, december, _bad_car = month
    manager = station.supervisor  # the front-desk supervisor runs the outbox
    rows = ctx.repair_file.health_records(manager)
    assert sorted(r.statement_number for r in rows) == sorted(
        s.number for s in (first, second, held, december))  # one record per settled job
    result = ctx.repair_file.export_to(manager, *NOVEMBER, tmp_path / "health-2026-11.json")
    assert (result.count, result.held, result.marked) == (2, 1, 2)
    doc = json.loads((tmp_path / "health-2026-11.json").read_text(encoding="utf-8"))
    records = {r["costlistcode"]: r for r in doc["records"]}
    assert set(records) == {first.number, second.number}
    for number, r in records.items():
        for key in RECORD_FIELDS:
            assert r[key] not in (None, ""), (number, key)
        assert r["repairprojectlist"] and all(w["repairproject"] and w["workinghours"] for w in r["repairprojectlist"])
        assert r["partslist"] and all(p["partscode"] and p["partsname"] and p["partsquantity"]
                                      for p in r["partslist"])
    r = records[second.number]
    assert (r["vehicleplatenumber"], r["repairmileage"], r["faultdescription"]) == ("沪B77881", 20500, "发动机故障灯亮")
    assert r["vin"] == make_vin("LFV2A21K5N3" + "100200")
    assert r["companyname"] == "测试汽车服务有限公司维修站"
    assert r["repairdate"] == "2026-11-22" and r["settledate"] == "2026-11-22"
    assert [(w["repairprojectcode"], w["workinghours"]) for w in r["repairprojectlist"]] == [("BY001", "0.8")]
    assert [(p["partscode"], p["partsquantity"]) for p in r["partslist"]] == [("06L115562B", "1"),
                                                                              ("G052195M4", "4.5")]
    statuses = {r.statement_number: r.status for r in ctx.repair_file.health_records(manager)}
    assert statuses == {first.number: "exported", second.number: "exported", held.number: "held",
                        december.number: "queued"}


def test_a_job_with_an_invalid_vin_is_held_back_with_the_reason(ctx, station, month):
    _first, _second, held, _december, _bad_car = month
    (row,) = ctx.repair_file.health_records(station.supervisor, status="held")
    assert row.statement_number == held.number and row.vin == BAD_VIN
    expected = make_vin(BAD_VIN)[8]
    assert row.problem.message() == (
        f"The check character (9th) of VIN {BAD_VIN} should be {expected}. Check the VIN; for an imported car that "
        "really has this VIN, give a reason to accept it.")
    assert f"{BAD_VIN}" in row.problem.message(ZH) and "校验" in row.problem.message(ZH)  # in the user's language


def test_the_excel_export_has_the_records_their_work_items_and_parts(ctx, station, month, tmp_path):
    first, second, *_ = month
    path = tmp_path / "health.xlsx"
    result = ctx.repair_file.export_to(station.supervisor, *NOVEMBER, path)
    wb = load_workbook(BytesIO(path.read_bytes()))
    assert wb.sheetnames == ["维修记录", "维修项目", "维修配件"]
    records = list(wb["维修记录"].iter_rows(values_only=True))
    assert records[0][:3] == ("车牌号码", "车辆识别代号", "维修企业名称") and len(records) == 1 + result.count
    assert {r[8] for r in records[1:]} == {first.number, second.number}
    assert all(all(v not in (None, "") for v in r) for r in records[1:])
    parts = list(wb["维修配件"].iter_rows(values_only=True))[1:]
    assert len(parts) == 4 and {p[0] for p in parts} == {first.number, second.number}


def test_fixing_the_vin_and_retrying_queues_the_record(ctx, station, month):
    *_, bad_car = month
    (row,) = ctx.repair_file.health_records(station.supervisor, status="held")
    with pytest.raises(ValidationError):  # a queued record is not retried
        ctx.repair_file.retry(station.supervisor, [ctx.repair_file.health_records(station.supervisor,
                                                                                  status="queued")[0].id])
    (again,) = ctx.repair_file.retry(station.supervisor, [row.id])
    assert again.status == "held" and again.attempts == 1  # nothing was fixed yet
    from tests.repair_file.fixtures import spoil_vin

    spoil_vin(ctx, bad_car, make_vin(BAD_VIN))  # the customer file's VIN corrected
    (fixed,) = ctx.repair_file.retry(station.supervisor, [row.id])
    assert (fixed.status, fixed.problem, fixed.vin, fixed.attempts) == ("queued", None, make_vin(BAD_VIN), 2)


def test_a_plate_that_is_no_plate_holds_the_record_back(ctx, station):
    car = other_car(ctx, station, "300400", "沪D12345")
    from sqlalchemy import update

    from app.db.models.customers import Vehicle

    with ctx.db.write() as s:
        s.execute(update(Vehicle).where(Vehicle.id == car).values(plate="沪AD1234K"))
    st = settle(ctx, station, vehicle_id=car, deliver=False)
    (row,) = [r for r in ctx.repair_file.health_records(station.admin) if r.statement_number == st.number]
    assert row.status == "held" and "沪AD1234K" in row.problem.message(ZH)


def test_a_reissued_statement_rebuilds_the_record_to_go_out_again(ctx, station, tmp_path):
    st = settle(ctx, station, deliver=False)
    ctx.repair_file.export_to(station.supervisor, *NOVEMBER, tmp_path / "a.json")
    ctx.settlement.void(station.supervisor, st.id, "发票抬头有误")
    new = ctx.settlement.reissue(station.supervisor, st.id)
    (row,) = ctx.repair_file.health_records(station.supervisor)
    assert (row.statement_number, row.status, row.revision) == (new.number, "queued", 2)
    assert ctx.repair_file.health_payload(station.supervisor, row.id)["costlistcode"] == new.number


def test_upload_marks_and_refusals(ctx, station, tmp_path):
    st = settle(ctx, station, deliver=False)
    ctx.repair_file.export_to(station.supervisor, *NOVEMBER, tmp_path / "a.json")
    (row,) = ctx.repair_file.health_records(station.supervisor)
    failed = ctx.repair_file.record_failure(station.supervisor, row.id, "平台返回：车牌与VIN不匹配")
    assert (failed.status, failed.last_error) == ("failed", "平台返回：车牌与VIN不匹配")
    (again,) = ctx.repair_file.retry(station.supervisor, [row.id])
    assert again.status == "queued"
    assert ctx.repair_file.mark_uploaded(station.supervisor, [row.id]) == 1
    assert ctx.repair_file.health_records(station.supervisor, status="uploaded")[0].statement_number == st.number


def test_only_the_people_who_answer_for_the_upload_run_the_outbox(ctx, station):
    settle(ctx, station, deliver=False)
    with pytest.raises(PermissionDenied):
        ctx.repair_file.health_records(station.advisor)
    with pytest.raises(PermissionDenied):
        ctx.repair_file.export(station.technician, *NOVEMBER, "json")


def test_backfill_makes_the_records_of_jobs_settled_before_the_outbox(ctx, station):
    ctx.settlement.on_settled.clear()  # jobs settled by an earlier version
    a = settle(ctx, station)
    car = other_car(ctx, station, "500600", "沪E55555")
    b = settle(ctx, station, vehicle_id=car)
    assert ctx.repair_file.health_records(station.admin) == []
    assert ctx.repair_file.backfill(station.admin) == 2
    assert sorted(r.statement_number for r in ctx.repair_file.health_records(station.admin)) == sorted(
        [a.number, b.number])
    assert ctx.repair_file.backfill(station.admin) == 0  # once


def test_a_failing_hook_does_not_undo_the_settlement(ctx, station, monkeypatch):
    def broken(*_a, **_k):
        raise RuntimeError("adapter bug")

    monkeypatch.setattr(ctx.repair_file.outbox, "_build", broken)
    st = settle(ctx, station, deliver=False)
    assert ctx.settlement.statement(station.advisor, st.id).status == "issued"
    assert ctx.repair_file.health_records(station.admin) == []
    monkeypatch.undo()
    assert ctx.repair_file.backfill(station.admin) == 1


def test_payments_after_settlement_leave_the_record_alone(ctx, station):
    st = settle(ctx, station, deliver=False)
    ctx.settlement.pay(station.advisor, st.id, [Tender("cash", st.customer_balance)])
    ctx.settlement.deliver(station.advisor, st.job_card_id, ALL_CHECKS)
    (row,) = ctx.repair_file.health_records(station.admin)
    assert (row.status, row.revision) == ("queued", 1)


def test_a_voided_statement_waits_for_its_reissue_before_it_is_exported(ctx, station):
    st = settle(ctx, station, deliver=False)
    ctx.settlement.void(station.supervisor, st.id, "配件数量录错")
    assert ctx.repair_file.export(station.supervisor, *NOVEMBER, "json").count == 0
    new = ctx.settlement.reissue(station.supervisor, st.id)
    result = ctx.repair_file.export(station.supervisor, *NOVEMBER, "json")
    assert result.count == 1 and json.loads(result.data)["records"][0]["costlistcode"] == new.number
