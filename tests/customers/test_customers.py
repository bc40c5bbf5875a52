"""The customer file's service: VINs, plates, search, duplicates, odometer, owners, timeline, privacy."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.db.models.customers import Vehicle
from services.common.errors import ConflictError, PermissionDenied, ValidationError
from services.common.identifiers import make_vin
from services.customers.service import (
    ContactInput,
    CustomerInput,
    DuplicateFound,
    TimelineEntry,
    VehicleInput,
)
from services.users.permissions import Actor, Role

VIN_A = make_vin("LSVAB2BM0JN123456")
VIN_B = make_vin("LFV3A23C0H3098765")


def wrong_check(vin: str) -> str:
    bad = "1" if vin[8] != "1" else "2"
    return vin[:8] + bad + vin[9:]


def person(name="张伟", mobile="13812341234", **kw) -> CustomerInput:
    return CustomerInput(name=name, mobile=mobile, **kw)


@pytest.fixture
def svc(ctx):
    return ctx.customers


@pytest.fixture
def zhang(svc, admin):
    return svc.create_customer(admin, person(tags=("VIP",)), vehicles=[
        VehicleInput(vin=VIN_A, plate="京A12345", brand="上汽大众", model="朗逸", purchase_date=date(2024, 3, 15),
                     odometer_km=12000)])


def role_actor(*roles) -> Actor:
    return Actor.for_roles(None, "someone", "某人", roles)


# ---- VIN and plates ------------------------------------------------------------------------


def test_vin_with_a_wrong_check_character_is_refused(svc, admin, zhang):
    with pytest.raises(ValidationError) as err:
        svc.add_vehicle(admin, zhang.id, VehicleInput(vin=wrong_check(VIN_B)))
    assert err.value.field == "vin"
    assert err.value.params["expected"] == VIN_B[8]


def test_vin_override_with_a_reason_is_accepted_flagged_and_logged(ctx, svc, admin, zhang):
    v = svc.add_vehicle(admin, zhang.id, VehicleInput(vin=wrong_check(VIN_B), vin_override_reason="平行进口车，铭牌如此"))
    assert v.vin == wrong_check(VIN_B)
    assert v.vin_check_overridden and v.vin_override_reason == "平行进口车，铭牌如此"
    assert [e.action for e in ctx.audit.entries(admin, entity="vehicle")] == ["vehicle.vin_override"]


def test_a_right_vin_ignores_an_override_reason(svc, admin, zhang):
    v = svc.add_vehicle(admin, zhang.id, VehicleInput(vin=VIN_B.lower(), vin_override_reason="不需要"))
    assert v.vin == VIN_B and not v.vin_check_overridden and v.vin_override_reason is None


@pytest.mark.parametrize("plate, kind", [
    ("京A54321", "ordinary"), ("沪B1C2D3", "ordinary"), ("粤A1234挂", "ordinary"), ("京AD12345", "new_energy"),
    ("沪AFK3921", "new_energy"), ("粤B12345D", "new_energy"), ("京 b·12345", "ordinary"),
])
def test_plates_of_every_kind_are_accepted(svc, admin, zhang, plate, kind):
    v = svc.add_vehicle(admin, zhang.id, VehicleInput(vin=VIN_B, plate=plate))
    assert v.plate_kind == kind


@pytest.mark.parametrize("plate", ["京AI2345", "京AO2345", "XA12345", "京A1234", "京AD1234K", "沪AF3K921", "粤B1234DD"])
def test_invalid_plates_are_refused(svc, admin, zhang, plate):
    with pytest.raises(ValidationError) as err:
        svc.add_vehicle(admin, zhang.id, VehicleInput(vin=VIN_B, plate=plate))
    assert err.value.field == "plate"


def test_an_embassy_plate_is_saved_and_the_result_warns(ctx, svc, admin, zhang):
    v = svc.add_vehicle(admin, zhang.id, VehicleInput(vin=VIN_B, plate="使 123·456"))
    assert (v.plate, v.plate_kind) == ("使123456", "unusual")
    assert [(w.kind, w.message()) for w in v.warnings] == [
        ("plate", "使123456 is an embassy plate (使): check it against the vehicle licence.")]
    # whoever reads the car later (reception, the vehicle form) gets the same warning
    assert svc.vehicle(admin, v.id).warnings == v.warnings
    assert [x.warnings for x in svc.customer(admin, zhang.id).vehicles] == [(), v.warnings]


def test_a_plate_change_to_a_temporary_plate_warns_and_back_to_an_ordinary_one_clears(svc, admin, zhang):
    v = zhang.vehicles[0]
    assert v.warnings == ()
    after = svc.update_vehicle(admin, v.id, VehicleInput(vin=v.vin, plate="京A1234临", version=v.version))
    assert after.plate_kind == "unusual" and "temporary" in after.warnings[0].message()
    again = svc.update_vehicle(admin, v.id, VehicleInput(vin=v.vin, plate="京AD12345", version=after.version))
    assert (again.plate_kind, again.warnings) == ("new_energy", ())


def test_a_new_customer_with_a_consulate_plate_is_saved_with_the_warning(svc, admin):
    c = svc.create_customer(admin, person(), vehicles=[VehicleInput(vin=VIN_B, plate="沪A0001领")])
    assert "consulate" in c.vehicles[0].warnings[0].message()


def test_a_plate_stored_before_the_rules_were_checked_warns_on_reading(ctx, svc, admin, zhang):
    with ctx.db.write() as s:
        s.get(Vehicle, zhang.vehicles[0].id).plate = "京AD1234K"
    warning = svc.vehicle(admin, zhang.vehicles[0].id).warnings[0]
    assert warning.params == {"plate": "京AD1234K"} and "does not follow the plate rules" in warning.message()


def test_warranty_and_sanbao_periods_derive_from_the_invoice_date(zhang):
    v = zhang.vehicles[0]
    assert v.warranty_until == date(2027, 3, 15)  # 36 months
    assert v.sanbao_until == date(2026, 3, 15)  # 24 months


# ---- search ------------------------------------------------------------------------------------


@pytest.fixture
def file_of_three(svc, admin, zhang):
    li = svc.create_customer(admin, person("李娜", "13900005678"), vehicles=[
        VehicleInput(vin=VIN_B, plate="沪C88888")])
    company = svc.create_customer(
        admin, CustomerInput(name="上海星辰物流有限公司", kind="company", credit_code="91310000775785552L",
                             billing_terms="monthly", statement_day=25,
                             contacts=(ContactInput("王师傅", "driver", "13700002222"),)),
        vehicles=[VehicleInput(vin=make_vin("LGXCE4CB0N0000777"), plate="沪AD12345")])
    return zhang, li, company


@pytest.mark.parametrize("query, expected", [
    ("张伟", "张伟"), ("张", "张伟"), ("zhangwei", "张伟"), ("zhang", "张伟"), ("zw", "张伟"), ("ZW", "张伟"),
    ("ln", "李娜"), ("13812341234", "张伟"), ("1234", "张伟"), ("5678", "李娜"),
    ("京A12345", "张伟"), ("A12345", "张伟"), ("a123", "张伟"), ("C88888", "李娜"), ("沪c 888", "李娜"),
    (VIN_A, "张伟"), (VIN_A[-6:], "张伟"), (VIN_A[-8:], "张伟"), (VIN_B[-6:], "李娜"),
    ("星辰", "上海星辰物流有限公司"), ("上海星辰", "上海星辰物流有限公司"), ("shxc", "上海星辰物流有限公司"),
    ("2222", "上海星辰物流有限公司"), ("AD12345", "上海星辰物流有限公司"),
])
def test_one_box_finds_by_name_pinyin_phone_plate_vin_and_company(svc, admin, file_of_three, query, expected):
    hits = svc.search(admin, query)
    assert hits, query
    assert hits[0].name == expected


def test_a_vehicle_hit_names_the_vehicle_found(svc, admin, file_of_three):
    hit = svc.search(admin, VIN_A[-6:])[0]
    assert (hit.plate, hit.vin, hit.vehicle, hit.matched) == ("京A12345", VIN_A, "上汽大众 朗逸", "vin")


def test_nothing_typed_finds_nothing_and_nonsense_finds_nothing(svc, admin, file_of_three):
    assert svc.search(admin, "") == [] and svc.search(admin, "   ") == []
    assert svc.search(admin, "qqqqxx") == []
    assert svc.search(admin, "@#!") == []


def test_exact_matches_come_first(svc, admin, zhang):
    svc.create_customer(admin, person("张伟明", "13600000000"))
    assert [h.name for h in svc.search(admin, "张伟")] == ["张伟", "张伟明"]


def test_phones_are_masked_for_roles_that_do_not_call_customers(svc, admin, zhang):
    clerk = role_actor(Role.WARRANTY_CLERK)  # sees customers, does not call them
    assert svc.search(clerk, "zw")[0].mobile == "138****1234"
    assert svc.customer(clerk, zhang.id).mobile == "138****1234"
    assert svc.search(admin, "zw")[0].mobile == "13812341234"


def test_people_without_the_customer_file_cannot_search(svc, zhang):
    with pytest.raises(PermissionDenied):
        svc.search(role_actor(Role.TECHNICIAN), "zw")


def test_search_follows_edits(svc, admin, zhang):
    svc.update_customer(admin, zhang.id, person("王芳", "13812341234", version=zhang.version))
    assert svc.search(admin, "zw") == []
    assert svc.search(admin, "wf")[0].name == "王芳"


# ---- duplicates, edits, conflicts ------------------------------------------------------------


def test_same_mobile_warns_and_can_be_confirmed(svc, admin, zhang):
    with pytest.raises(DuplicateFound) as err:
        svc.create_customer(admin, person("张伟", "138 1234 1234"))
    assert [(d.customer_id, d.field) for d in err.value.duplicates] == [(zhang.id, "mobile")]
    other = svc.create_customer(admin, person("张伟", "13812341234"), allow_duplicate=True)
    assert other.id != zhang.id


def test_same_plate_warns(svc, admin, zhang):
    with pytest.raises(DuplicateFound) as err:
        svc.create_customer(admin, person("李四", "13500000000"), vehicles=[VehicleInput(vin=VIN_B, plate="京A12345")])
    assert err.value.duplicates[0].field == "plate"


def test_same_vin_is_refused_even_when_confirmed(svc, admin, zhang):
    with pytest.raises(ValidationError) as err:
        svc.create_customer(admin, person("李四", "13500000000"), vehicles=[VehicleInput(vin=VIN_A)],
                            allow_duplicate=True)
    assert err.value.field == "vin"


def test_find_duplicates_by_mobile_vin_and_plate(svc, admin, zhang):
    found = svc.find_duplicates(admin, mobile="13812341234", vin=VIN_A, plate="京A12345")
    assert sorted(d.field for d in found) == ["mobile", "plate", "vin"]
    assert svc.find_duplicates(admin, mobile="13812341234", exclude_customer_id=zhang.id) == []


def test_a_stale_edit_is_refused_naming_who_changed_it(svc, admin, zhang):
    svc.update_customer(admin, zhang.id, person(address="上海市", version=zhang.version))
    with pytest.raises(ConflictError) as err:
        svc.update_customer(admin, zhang.id, person(address="北京市", version=zhang.version))
    assert err.value.params["who"] == "admin"


def test_company_accounts_need_a_valid_credit_code_and_monthly_billing_is_for_companies(svc, admin):
    with pytest.raises(ValidationError) as err:
        svc.create_customer(admin, CustomerInput(name="某公司", kind="company", credit_code="91310000775785553L"))
    assert err.value.field == "credit_code"
    with pytest.raises(ValidationError) as err:
        svc.create_customer(admin, person(billing_terms="monthly"))
    assert err.value.field == "billing_terms"


def test_marketing_consent_keeps_its_date_channel_and_history(svc, admin, zhang):
    svc.set_marketing_consent(admin, zhang.id, True, "wechat", on=date(2026, 1, 5))
    c = svc.set_marketing_consent(admin, zhang.id, False, "phone", on=date(2026, 6, 1))
    assert (c.marketing_consent, c.consent_date, c.consent_channel) == (False, date(2026, 6, 1), "phone")
    assert [(d, g, ch) for d, g, ch, _ in svc.consent_history(admin, zhang.id)] == [
        (date(2026, 1, 5), True, "wechat"), (date(2026, 6, 1), False, "phone")]


# ---- vehicles over time ---------------------------------------------------------------------------


def test_a_lower_odometer_reading_needs_a_reason_and_is_kept_flagged(svc, admin, zhang, clock):
    vid = zhang.vehicles[0].id
    clock.advance(days=1)
    with pytest.raises(ValidationError) as err:
        svc.record_odometer(admin, vid, 11000)
    assert err.value.params["last"] == 12000
    r = svc.record_odometer(admin, vid, 500, reason="仪表总成更换")
    assert r.lower_than_previous and r.reason == "仪表总成更换"
    v = svc.vehicle(admin, vid)
    assert [x.km for x in v.readings] == [12000, 500] and v.last_odometer == 500


def test_a_new_plate_keeps_the_old_one_in_the_history(svc, admin, zhang, clock):
    v = zhang.vehicles[0]
    clock.advance(days=30)
    svc.update_vehicle(admin, v.id, VehicleInput(vin=v.vin, plate="京B54321", brand=v.brand, model=v.model,
                                                 purchase_date=v.purchase_date, version=v.version))
    after = svc.vehicle(admin, v.id)
    assert [(p.plate, p.valid_to is None) for p in after.plates] == [("京A12345", False), ("京B54321", True)]
    assert svc.search(admin, "B54321")[0].customer_id == zhang.id
    assert svc.search(admin, "A12345") == []


def test_a_vehicle_changes_owner_without_losing_its_history(svc, admin, zhang, clock):
    v = zhang.vehicles[0]
    buyer = svc.create_customer(admin, person("赵敏", "13600001111"))
    clock.advance(days=2)
    svc.record_odometer(admin, v.id, 15000)
    moved = svc.change_owner(admin, v.id, buyer.id, reason="二手车转让")
    assert moved.owner_id == buyer.id
    assert [(o.name, o.owned_to is None) for o in moved.owners] == [("张伟", False), ("赵敏", True)]
    assert [r.km for r in moved.readings] == [12000, 15000]
    assert svc.customer(admin, zhang.id).vehicles == ()
    assert svc.search(admin, "A12345")[0].name == "赵敏"
    assert "customers.owner_out" in [e.kind for e in svc.timeline(admin, zhang.id)]
    assert "customers.owner_in" in [e.kind for e in svc.timeline(admin, buyer.id)]


# ---- timeline ----------------------------------------------------------------------------------------


def test_the_timeline_gathers_the_file_and_every_source_newest_first(ctx, admin, clock):
    from services.customers.service import CustomerService

    def job_cards(actor, customer_id):
        yield TimelineEntry(datetime(2026, 12, 1, tzinfo=UTC), "job_cards.opened", "Job card {number} opened",
                            {"number": "RO2612-0001"}, source="job_cards", reference="RO2612-0001")

    def claims(actor, customer_id):
        actor.require("claims.view")
        return []

    def refuses(actor, customer_id):
        raise PermissionDenied("no")

    svc = CustomerService(ctx.db, ctx.audit, ctx.clock, timeline_sources=[job_cards, refuses])
    c = svc.create_customer(admin, person(), vehicles=[VehicleInput(vin=VIN_A, plate="京A12345")])
    entries = svc.timeline(admin, c.id)
    assert [e.kind for e in entries][0] == "job_cards.opened"
    assert {"customers.created", "customers.vehicle_added"} <= {e.kind for e in entries}
    assert entries == sorted(entries, key=lambda e: e.at, reverse=True)
    assert claims(admin, c.id) == []


# ---- export ---------------------------------------------------------------------------------------------


def test_export_needs_the_permission_and_is_logged(ctx, svc, admin, zhang):
    from io import BytesIO

    from openpyxl import load_workbook

    from services.customers.workbook import FIELDS

    with pytest.raises(PermissionDenied):
        svc.export_rows(role_actor(Role.SERVICE_ADVISOR))
    data = svc.export_workbook(admin, [f.label for f in FIELDS], purpose="年检提醒")
    ws = load_workbook(BytesIO(data)).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:3] == ("Name", "Customer type", "Mobile")
    assert rows[1][0] == "张伟" and rows[1][2] == "13812341234"
    assert VIN_A in rows[1] and "京A12345" in rows[1]
    [entry] = ctx.audit.entries(admin, action_prefix="customers.export")
    assert entry.details["purpose"] == "年检提醒" and entry.details["customers"] == 1


def test_the_vehicle_table_is_keyed_by_vin(ctx, zhang):
    with ctx.db.read() as s:
        assert s.scalar(select(Vehicle.vin)) == VIN_A


def test_birthdays_and_dates_are_plain_dates(svc, admin):
    c = svc.create_customer(admin, person(birthday=date(1990, 2, 28)))
    assert svc.customer(admin, c.id).birthday == date(1990, 2, 28)
    assert isinstance(svc.customer(admin, c.id).created_at, datetime)
    assert svc.customer(admin, c.id).created_at.tzinfo is not None
    assert timedelta(0) == timedelta(0)
