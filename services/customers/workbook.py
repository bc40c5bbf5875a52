"""Reading a customer workbook (another system's Excel export, or our own): columns, cells, rows.

The workbook's first sheet has a header row; each following row is a customer and, optionally,
one of their vehicles (rows with the same name and mobile, or the same company credit code, are
one customer). Columns are mapped to fields (guessed from the headers, Chinese or English).
``parse_rows`` checks every row with the form's rules and lists each problem as (row number,
column, reason). Nothing here touches the database: ``services.customers.importing`` checks the
rows against the customer file and writes them.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from services.common.errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError
from services.common.identifiers import fold
from services.customers.model import CustomerInput, VehicleInput
from services.customers.validation import validate_customer, validate_vehicle


@dataclass(frozen=True)
class ImportField:
    name: str
    label: str  # English source, context "CustomerField"
    aliases: tuple[str, ...]
    vehicle: bool = False


# the columns of an import and of an export, in export order
FIELDS: tuple[ImportField, ...] = (
    ImportField("name", QT_TRANSLATE_NOOP("CustomerField", "Name"), ("姓名", "客户名称", "客户姓名", "客户", "车主", "车主姓名", "名称", "customer")),
    ImportField("kind", QT_TRANSLATE_NOOP("CustomerField", "Customer type"), ("客户类型", "类型", "type")),
    ImportField("mobile", QT_TRANSLATE_NOOP("CustomerField", "Mobile"), ("手机", "手机号", "手机号码", "移动电话", "联系电话", "电话", "phone")),
    ImportField("other_phone", QT_TRANSLATE_NOOP("CustomerField", "Other phone"), ("其他电话", "固定电话", "座机", "固话")),
    ImportField("address", QT_TRANSLATE_NOOP("CustomerField", "Address"), ("地址", "联系地址", "住址")),
    ImportField("birthday", QT_TRANSLATE_NOOP("CustomerField", "Birthday"), ("生日", "出生日期")),
    ImportField("credit_code", QT_TRANSLATE_NOOP("CustomerField", "Unified social credit code"), ("统一社会信用代码", "信用代码", "税号", "credit code")),
    ImportField("source", QT_TRANSLATE_NOOP("CustomerField", "Source"), ("来源", "客户来源")),
    ImportField("tags", QT_TRANSLATE_NOOP("CustomerField", "Tags"), ("标签", "客户标签")),
    ImportField("consent", QT_TRANSLATE_NOOP("CustomerField", "Marketing consent"), ("营销同意", "同意营销", "同意接收营销信息", "consent")),
    ImportField("consent_channel", QT_TRANSLATE_NOOP("CustomerField", "Consent channel"), ("同意渠道", "同意方式")),
    ImportField("consent_date", QT_TRANSLATE_NOOP("CustomerField", "Consent date"), ("同意日期",)),
    ImportField("notes", QT_TRANSLATE_NOOP("CustomerField", "Notes"), ("备注", "说明")),
    ImportField("vin", QT_TRANSLATE_NOOP("CustomerField", "VIN"), ("车架号", "车辆识别代号", "车辆识别号", "VIN码", "底盘号"), True),
    ImportField("vin_override_reason", QT_TRANSLATE_NOOP("CustomerField", "VIN check override reason"), ("VIN校验例外原因", "校验例外原因"), True),
    ImportField("plate", QT_TRANSLATE_NOOP("CustomerField", "Plate"), ("车牌", "车牌号", "车牌号码", "号牌号码"), True),
    ImportField("brand", QT_TRANSLATE_NOOP("CustomerField", "Brand"), ("品牌", "厂牌"), True),
    ImportField("model", QT_TRANSLATE_NOOP("CustomerField", "Model"), ("车型", "型号", "车系"), True),
    ImportField("model_year", QT_TRANSLATE_NOOP("CustomerField", "Model year"), ("年款", "年份", "year"), True),
    ImportField("colour", QT_TRANSLATE_NOOP("CustomerField", "Colour"), ("颜色", "车身颜色", "color"), True),
    ImportField("engine_number", QT_TRANSLATE_NOOP("CustomerField", "Engine number"), ("发动机号", "发动机号码"), True),
    ImportField("purchase_date", QT_TRANSLATE_NOOP("CustomerField", "Purchase date"), ("购车日期", "开票日期", "购买日期"), True),
    ImportField("delivery_date", QT_TRANSLATE_NOOP("CustomerField", "Delivery date"), ("交车日期", "交付日期"), True),
    ImportField("odometer", QT_TRANSLATE_NOOP("CustomerField", "Odometer (km)"), ("里程", "行驶里程", "里程数", "公里数", "mileage"), True),
    ImportField("insurer", QT_TRANSLATE_NOOP("CustomerField", "Insurer"), ("保险公司",), True),
    ImportField("insurance_expiry", QT_TRANSLATE_NOOP("CustomerField", "Insurance expiry"), ("保险到期", "保险到期日", "保险到期日期"), True),
    ImportField("inspection_due", QT_TRANSLATE_NOOP("CustomerField", "Inspection due"), ("年检到期", "年审到期", "年检日期"), True),
)
FIELD_BY_NAME = {f.name: f for f in FIELDS}
_VEHICLE_FIELDS = [f.name for f in FIELDS if f.vehicle and f.name not in ("vin", "vin_override_reason")]
# a ValidationError's field → the import field it belongs to
_ERROR_FIELD = {"phone": "mobile", "odometer_km": "odometer"}
MAX_ROWS = 100_000
PROGRESS_EVERY = 1000


@dataclass(frozen=True)
class SheetData:
    """A worksheet as read: header texts and (row number, cell values) per data row."""

    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Any, ...]], ...]
    name: str = ""


@dataclass(frozen=True)
class RowError:
    """One problem: the worksheet row number, the column (its header), and why, for the user."""

    row: int
    column: str
    text: str  # English source, context "ServiceError"
    params: dict = field(default_factory=dict)

    def message(self, translate=None) -> str:
        template = translate("ServiceError", self.text) if translate else self.text
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template


@dataclass(frozen=True)
class ParsedRow:
    row: int
    customer: CustomerInput
    vehicle: VehicleInput | None
    consent: bool | None
    consent_channel: str
    consent_date: date | None
    group: tuple  # rows with the same group are one customer



def read_workbook(source: bytes | str | Path) -> SheetData:
    """The first worksheet of an .xlsx file (bytes or a path): headers and non-empty rows."""
    from openpyxl import load_workbook  # loaded on first use, not at start-up

    try:
        stream = io.BytesIO(source) if isinstance(source, bytes) else Path(source).open("rb")
        with stream:
            wb = load_workbook(stream, read_only=True, data_only=True)
            try:
                ws = wb.worksheets[0]
                rows_iter = ws.iter_rows(values_only=True)
                header = next(rows_iter, None) or ()
                headers = tuple("" if h is None else str(h).strip() for h in header)
                while headers and not headers[-1]:
                    headers = headers[:-1]
                rows = []
                for number, values in enumerate(rows_iter, start=2):
                    if values is None or all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                        continue
                    rows.append((number, tuple(values[: len(headers)])))
                    if len(rows) > MAX_ROWS:
                        raise ValidationError(QT_TRANSLATE_NOOP(
                            "ServiceError", "The workbook has more than {n} rows; split it."), n=MAX_ROWS)
                return SheetData(headers, tuple(rows), ws.title)
            finally:
                wb.close()
    except ServiceError:
        raise
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "This file cannot be read as an Excel workbook "
                                                                "(.xlsx): {error}"), error=type(exc).__name__) from exc


def _norm_header(text: str) -> str:
    return re.sub(r"[\s_（）()*：:]", "", fold(text)).lower()


def guess_mapping(headers: Sequence[str], translate=None) -> dict[str, int]:
    """Field name → column index, from header texts (Chinese, English, or our own export's)."""
    found: dict[str, int] = {}
    normalised = [_norm_header(h) for h in headers]
    for f in FIELDS:
        names = {_norm_header(f.name), _norm_header(f.label), *(_norm_header(a) for a in f.aliases)}
        if translate is not None:
            names.add(_norm_header(translate("CustomerField", f.label)))
        for index, h in enumerate(normalised):
            if h and h in names and index not in found.values():
                found[f.name] = index
                break
    return found


# ---- cell parsing -------------------------------------------------------------------------


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return fold(str(value))


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s.*)?", text) or \
        re.fullmatch(r"(\d{4})(\d{2})(\d{2})", text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not a date (write 2024-03-31)."), value=text)


def _int(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = _text(value).replace(",", "")
    if re.fullmatch(r"\d+", text):
        return int(text)
    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not a whole number."), value=text)


_PERSON = {"person", "个人", "私人", "散客", "个人客户", "私户"}
_COMPANY = {"company", "公司", "单位", "企业", "集团", "集团客户", "公户", "单位客户", "企业客户"}
_YES = {"yes", "y", "true", "1", "是", "同意", "已同意", "√"}
_NO = {"no", "n", "false", "0", "否", "不同意", "未同意", ""}
_CHANNELS = {"paper": "paper", "纸质": "paper", "书面": "paper", "phone": "phone", "电话": "phone",
             "wechat": "wechat", "微信": "wechat", "sms": "sms", "短信": "sms", "app": "app", "email": "email",
             "邮件": "email", "import": "import", "导入": "import", "": "import"}


def _kind(value: Any, credit_code: str) -> str:
    text = _text(value).lower()
    if not text:
        return "company" if credit_code else "person"
    if text in _PERSON:
        return "person"
    if text in _COMPANY:
        return "company"
    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not a customer type (person or company)."),
                          value=_text(value))


def _yes_no(value: Any) -> bool | None:
    text = _text(value).lower()
    if text in _YES:
        return True
    if text in _NO:
        return False if text else None
    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{value} is not yes or no."), value=_text(value))


# ---- rows ---------------------------------------------------------------------------------------


def column_name(sheet: SheetData, mapping: dict[str, int], field_name: str) -> str:
    index = mapping.get(field_name)
    if index is not None and index < len(sheet.headers) and sheet.headers[index]:
        return sheet.headers[index]
    return FIELD_BY_NAME[field_name].label if field_name in FIELD_BY_NAME else field_name


def parse_rows(sheet: SheetData, mapping: dict[str, int], today: date, *,
               progress: Callable[[int, int], None] | None = None) -> tuple[list[ParsedRow], list[RowError]]:
    """Every row checked with the form's rules: the good rows, and each problem of the others.

    ``progress(done, total)`` is called before every ``PROGRESS_EVERY``-th row.
    """
    if "name" not in mapping:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Choose the column that holds the customer's name."),
                              field="mapping")
    parsed: list[ParsedRow] = []
    errors: list[RowError] = []
    total = len(sheet.rows)
    for done, (number, values) in enumerate(sheet.rows):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, total)
        row_errors: list[RowError] = []

        def cell(name: str, values=values) -> Any:
            index = mapping.get(name)
            return values[index] if index is not None and index < len(values) else None

        def attempt(name: str, fn, *args, number=number, row_errors=row_errors):
            try:
                return fn(*args)
            except ValidationError as exc:
                row_errors.append(RowError(number, column_name(sheet, mapping, name), exc.text, exc.params))
                return None

        credit = _text(cell("credit_code"))
        kind = attempt("kind", _kind, cell("kind"), credit) or "person"
        birthday = attempt("birthday", _date, cell("birthday"))
        consent = attempt("consent", _yes_no, cell("consent"))
        channel_text = _text(cell("consent_channel")).lower()
        channel = _CHANNELS.get(channel_text)
        if channel is None:
            row_errors.append(RowError(number, column_name(sheet, mapping, "consent_channel"),
                                       QT_TRANSLATE_NOOP("ServiceError", "{value} is not a consent channel."),
                                       {"value": _text(cell("consent_channel"))}))
            channel = "import"
        consent_date = attempt("consent_date", _date, cell("consent_date"))
        customer = CustomerInput(
            name=_text(cell("name")), kind=kind, mobile=_text(cell("mobile")), other_phone=_text(cell("other_phone")),
            address=_text(cell("address")), birthday=birthday, source=_text(cell("source")) or "import",
            notes=_text(cell("notes")), credit_code=credit,
            tags=tuple(t for t in re.split(r"[,，;；、]", _text(cell("tags"))) if t.strip()),
        )
        customer = _attempt_validate(validate_customer, customer, number, sheet, mapping, row_errors)
        vin_text = _text(cell("vin"))
        vehicle = None
        if vin_text or any(_text(cell(n)) for n in _VEHICLE_FIELDS):
            if not vin_text:
                row_errors.append(RowError(number, column_name(sheet, mapping, "vin"),
                                           QT_TRANSLATE_NOOP("ServiceError", "A vehicle needs its VIN."), {}))
            else:
                model_year = attempt("model_year", _int, cell("model_year"))
                odometer = attempt("odometer", _int, cell("odometer"))
                dates = {n: attempt(n, _date, cell(n)) for n in ("purchase_date", "delivery_date", "insurance_expiry",
                                                                 "inspection_due")}
                vehicle_in = VehicleInput(
                    vin=vin_text, plate=_text(cell("plate")),
                    vin_override_reason=_text(cell("vin_override_reason")), brand=_text(cell("brand")),
                    model=_text(cell("model")), model_year=model_year, colour=_text(cell("colour")),
                    engine_number=_text(cell("engine_number")), insurer=_text(cell("insurer")),
                    odometer_km=odometer, energy="petrol", **dates,
                )
                checked = _attempt_validate(lambda v: validate_vehicle(v, today), vehicle_in, number, sheet,
                                            mapping, row_errors)
                vehicle = checked[0] if checked else None
        if row_errors or customer is None:
            errors.extend(row_errors)
            continue
        if customer.mobile:
            group: tuple = (customer.kind, customer.name, "m", customer.mobile)
        elif customer.credit_code:
            group = (customer.kind, customer.name, "c", customer.credit_code)
        else:
            group = ("row", number)
        parsed.append(ParsedRow(number, customer, vehicle, consent, channel, consent_date, group))
    return parsed, errors


def _attempt_validate(fn, value, number, sheet, mapping, row_errors):
    try:
        return fn(value)
    except ValidationError as exc:
        name = _ERROR_FIELD.get(exc.field or "", exc.field or "name")
        row_errors.append(RowError(number, column_name(sheet, mapping, name), exc.text, exc.params))
        return None

