"""The per-province adapters of the electronic health record (汽车维修电子健康档案, JT/T 1132.1–4).

Endpoints, sign-in and field names differ by province: an adapter turns the station's record
(``HealthRecordData``, the minimum content DOMAIN.md lists) into what its province takes, and says
what in a payload it cannot accept. ``FileAdapter``, the default, builds the fields of the national
interface (JT/T 1132.2 names) and writes them as files — JSON, or an Excel workbook — for stations
that upload through another tool. An adapter that sends online also has ``send(payload)``, which
raises on a refusal (the outbox records the error and the attempt).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Protocol, runtime_checkable

from services.common.errors import QT_TRANSLATE_NOOP
from services.repair_file.data import HealthRecordData, Problem

NO_FIELD = QT_TRANSLATE_NOOP("ServiceError", "The health record has no {field}: fill it on the job card and retry.")
NO_WORK = QT_TRANSLATE_NOOP("ServiceError", "The health record has no work item and no part.")
FIELD_NAMES = {  # the fields a record cannot go without, in words (context ServiceError)
    "vehicleplatenumber": QT_TRANSLATE_NOOP("ServiceError", "plate"),
    "vin": QT_TRANSLATE_NOOP("ServiceError", "VIN"),
    "companyname": QT_TRANSLATE_NOOP("ServiceError", "company name"),
    "repairdate": QT_TRANSLATE_NOOP("ServiceError", "date in (送修日期)"),
    "repairmileage": QT_TRANSLATE_NOOP("ServiceError", "mileage in (送修里程)"),
    "faultdescription": QT_TRANSLATE_NOOP("ServiceError", "fault description (故障描述)"),
    "settledate": QT_TRANSLATE_NOOP("ServiceError", "settlement date"),
    "costlistcode": QT_TRANSLATE_NOOP("ServiceError", "statement number (结算清单编号)"),
}


@runtime_checkable
class HealthRecordAdapter(Protocol):
    """What a province's adapter does: build its payload from a record, and check it."""

    key: str

    def build(self, record: HealthRecordData) -> dict[str, Any]: ...

    def validate(self, payload: dict[str, Any]) -> list[Problem]: ...


def _num(value: Decimal) -> str:
    return format(value.normalize(), "f") if isinstance(value, Decimal) else str(value)


class FileAdapter:
    """The national interface's fields, written to files for another tool to upload."""

    key = "file"

    # the workbook's columns: payload key -> header (the names the upload tools show)
    RECORD_COLUMNS = (("vehicleplatenumber", "车牌号码"), ("vin", "车辆识别代号"), ("companyname", "维修企业名称"),
                      ("companycode", "统一社会信用代码"), ("repairdate", "送修日期"), ("repairmileage", "送修里程"),
                      ("faultdescription", "故障描述"), ("settledate", "结算日期"), ("costlistcode", "结算清单编号"))
    ITEM_COLUMNS = (("costlistcode", "结算清单编号"), ("repairprojectcode", "维修项目编码"),
                    ("repairproject", "维修项目"), ("workinghours", "工时"))
    PART_COLUMNS = (("costlistcode", "结算清单编号"), ("partscode", "配件编码"), ("partsname", "配件名称"),
                    ("partsquantity", "数量"), ("partsunit", "单位"))

    def build(self, record: HealthRecordData) -> dict[str, Any]:
        return {
            "vehicleplatenumber": record.plate,
            "vin": record.vin,
            "companyname": record.company_name,
            "companycode": record.company_code,
            "repairdate": record.repair_date.isoformat(),
            "repairmileage": record.repair_mileage,
            "faultdescription": record.fault_description,
            "settledate": record.settlement_date.isoformat(),
            "costlistcode": record.settlement_number,
            "repairprojectlist": [{"repairprojectcode": w.code, "repairproject": w.name,
                                   "workinghours": _num(w.hours)} for w in record.work_items],
            "partslist": [{"partscode": p.code, "partsname": p.name, "partsquantity": _num(p.quantity),
                           "partsunit": p.unit} for p in record.parts],
        }

    def validate(self, payload: dict[str, Any]) -> list[Problem]:
        problems = [Problem(NO_FIELD, {"field": text}) for key, text in FIELD_NAMES.items()
                    if payload.get(key) in (None, "")]
        if not payload.get("repairprojectlist") and not payload.get("partslist"):
            problems.append(Problem(NO_WORK))
        for item in payload.get("repairprojectlist") or ():
            if not item.get("repairproject"):
                problems.append(Problem(NO_FIELD, {"field": QT_TRANSLATE_NOOP("ServiceError", "work item name")}))
                break
        for part in payload.get("partslist") or ():
            if not part.get("partscode") or not part.get("partsname"):
                problems.append(Problem(NO_FIELD, {"field": QT_TRANSLATE_NOOP("ServiceError", "part number or name")}))
                break
        return problems

    # ---- the files ---------------------------------------------------------------------------
    def json_file(self, payloads: Sequence[dict[str, Any]], meta: dict[str, Any]) -> bytes:
        return json.dumps({**meta, "count": len(payloads), "records": list(payloads)}, ensure_ascii=False,
                          indent=1).encode("utf-8")

    def sheets(self, payloads: Sequence[dict[str, Any]]) -> list[tuple[str, list[str], list[list[Any]]]]:
        """The workbook's sheets: (title, headers, rows): the records, their work items, their parts."""
        records = [[p.get(k) for k, _h in self.RECORD_COLUMNS] for p in payloads]
        items = [[p["costlistcode"], *(w.get(k) for k, _h in self.ITEM_COLUMNS[1:])]
                 for p in payloads for w in p.get("repairprojectlist") or ()]
        parts = [[p["costlistcode"], *(x.get(k) for k, _h in self.PART_COLUMNS[1:])]
                 for p in payloads for x in p.get("partslist") or ()]
        return [("维修记录", [h for _k, h in self.RECORD_COLUMNS], records),
                ("维修项目", [h for _k, h in self.ITEM_COLUMNS], items),
                ("维修配件", [h for _k, h in self.PART_COLUMNS], parts)]


ADAPTERS: dict[str, HealthRecordAdapter] = {"file": FileAdapter()}


def adapter_for(key: str | None) -> HealthRecordAdapter:
    return ADAPTERS.get(key or "file") or ADAPTERS["file"]
