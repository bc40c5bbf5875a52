"""Exporting the customer file to .xlsx: personal data, so permission-checked and audit-logged.

One row per vehicle (a customer without vehicles once), in the import's columns
(``services.customers.workbook.FIELDS``), so an export reads back in.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import and_, func, select

from app.db.engine import Database
from app.db.models.customers import Customer, CustomerTag, Vehicle
from services.customers.workbook import FIELDS
from services.users import privacy
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission

EXPORT_CHANNELS_ZH = {"paper": "纸质", "phone": "电话", "wechat": "微信", "sms": "短信", "email": "邮件",
                       "app": "app", "import": "导入"}


class CustomerExporter:
    """The export of the customer file (needs ``EXPORT_PERSONAL_DATA``)."""

    def __init__(self, db: Database, audit: AuditLog) -> None:
        self.db = db
        self.audit = audit

    def export_rows(self, actor: Actor, *, purpose: str = "", via: str = "app",
                    language: str = "zh_CN") -> Iterator[list]:
        """Rows of the customer file (one per vehicle; a customer without vehicles once), in the import
        columns (``services.customers.workbook.FIELDS``). Needs EXPORT_PERSONAL_DATA; the export is logged
        before the first row is handed out."""
        actor.require(Permission.EXPORT_PERSONAL_DATA)
        with self.db.write() as s:
            n = s.scalar(select(func.count()).select_from(Customer).where(Customer.merged_into_id.is_(None)))
            self.audit.record(s, actor, "customers.export", "customer", None,
                              f"{n} customers exported", details={"purpose": purpose, "via": via, "customers": n})
        return self._export_rows(actor, language)

    def _export_rows(self, actor: Actor, language: str = "zh_CN") -> Iterator[list]:
        # coded values in the reader's language (the import reads both): 个人/单位, 是/否, 微信 …
        zh = language != "en"
        kind_text = {"person": "个人", "company": "单位"} if zh else {}
        yes_no = ("是", "否") if zh else ("yes", "no")
        channel_text = EXPORT_CHANNELS_ZH if zh else {}

        show = privacy.phone_view(actor)
        names = [f.name for f in FIELDS]
        with self.db.read() as s:
            tags: dict[int, list[str]] = {}
            for cid, tag in s.execute(select(CustomerTag.customer_id, CustomerTag.tag).order_by(CustomerTag.tag)):
                tags.setdefault(cid, []).append(tag)
            q = (select(Customer, Vehicle).outerjoin(Vehicle, and_(Vehicle.owner_id == Customer.id,
                                                                   Vehicle.merged_into_id.is_(None)))
                 .where(Customer.merged_into_id.is_(None)).order_by(Customer.id, Vehicle.id)
                 .execution_options(yield_per=2000))
            for c, v in s.execute(q):
                values = {
                    "name": c.name, "kind": kind_text.get(c.kind, c.kind), "mobile": show(c.mobile),
                    "other_phone": show(c.other_phone),
                    "address": c.address, "birthday": c.birthday, "credit_code": c.credit_code or "",
                    "source": c.source, "tags": ",".join(tags.get(c.id, [])),
                    "consent": yes_no[0] if c.marketing_consent else yes_no[1],
                    "consent_channel": channel_text.get(c.consent_channel or "", c.consent_channel or ""),
                    "consent_date": c.consent_date, "notes": c.notes,
                }
                if v is not None:
                    values.update({
                        "vin": v.vin, "vin_override_reason": v.vin_override_reason or "", "plate": v.plate or "",
                        "brand": v.brand, "model": v.model, "model_year": v.model_year, "colour": v.colour,
                        "engine_number": v.engine_number, "purchase_date": v.purchase_date,
                        "delivery_date": v.delivery_date, "odometer": v.last_odometer, "insurer": v.insurer,
                        "insurance_expiry": v.insurance_expiry, "inspection_due": v.inspection_due,
                    })
                yield [values.get(n) for n in names]

    def export_workbook(self, actor: Actor, headers: Sequence[str], *, sheet_title: str = "Customers",
                        purpose: str = "", via: str = "app", language: str = "zh_CN") -> bytes:
        """The export as .xlsx bytes; ``headers`` are the column titles in the user's language."""
        from reports.customers.export import customer_workbook  # openpyxl: loaded on first export

        text = [i for i, f in enumerate(FIELDS) if f.name in ("mobile", "other_phone", "credit_code", "vin", "plate",
                                                               "engine_number")]
        return customer_workbook(headers, self.export_rows(actor, purpose=purpose, via=via, language=language),
                                 sheet_title=sheet_title,
                                 text_columns=text)
