"""What the repair file area hands out: the vehicle's repair file and the health record outbox, as
frozen dataclasses, and the words for their codes (English sources; the callers translate them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from services.common.errors import QT_TRANSLATE_NOOP

# the job card area's words for its codes, in the same translation contexts (lupdate merges them)
JOB_STATUS_NAMES = {
    "open": QT_TRANSLATE_NOOP("JobStatus", "Open"),
    "dispatched": QT_TRANSLATE_NOOP("JobStatus", "Dispatched"),
    "in_progress": QT_TRANSLATE_NOOP("JobStatus", "In progress"),
    "waiting_parts": QT_TRANSLATE_NOOP("JobStatus", "Waiting for parts"),
    "waiting_approval": QT_TRANSLATE_NOOP("JobStatus", "Waiting for approval"),
    "quality_check": QT_TRANSLATE_NOOP("JobStatus", "Quality check"),
    "ready": QT_TRANSLATE_NOOP("JobStatus", "Ready"),
    "settled": QT_TRANSLATE_NOOP("JobStatus", "Settled"),
    "delivered": QT_TRANSLATE_NOOP("JobStatus", "Delivered"),
}
QUALITY_NAMES = {"genuine": QT_TRANSLATE_NOOP("PartQuality", "Genuine"),  # 原厂
                 "equivalent": QT_TRANSLATE_NOOP("PartQuality", "Equivalent"),  # 同质
                 "reconditioned": QT_TRANSLATE_NOOP("PartQuality", "Reconditioned")}  # 修复
OLD_PARTS_NAMES = {
    "return": QT_TRANSLATE_NOOP("OldParts", "Old parts returned to the customer"),
    "waive": QT_TRANSLATE_NOOP("OldParts", "Customer waives the old parts"),
    "none": QT_TRANSLATE_NOOP("OldParts", "No old parts"),
}
CLAIM_STATUS_NAMES = {
    "draft": QT_TRANSLATE_NOOP("ClaimStatus", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("ClaimStatus", "Submitted"),
    "approved": QT_TRANSLATE_NOOP("ClaimStatus", "Approved"),
    "partly_approved": QT_TRANSLATE_NOOP("ClaimStatus", "Partly approved"),
    "rejected": QT_TRANSLATE_NOOP("ClaimStatus", "Rejected"),
    "paid": QT_TRANSLATE_NOOP("ClaimStatus", "Paid"),
}
HEALTH_STATUS_NAMES = {
    "queued": QT_TRANSLATE_NOOP("HealthRecordStatus", "Queued"),
    "exported": QT_TRANSLATE_NOOP("HealthRecordStatus", "Exported"),
    "uploaded": QT_TRANSLATE_NOOP("HealthRecordStatus", "Uploaded"),
    "failed": QT_TRANSLATE_NOOP("HealthRecordStatus", "Failed"),
    "held": QT_TRANSLATE_NOOP("HealthRecordStatus", "Held back"),
}


@dataclass(frozen=True)
class FileLine:
    """A labour, part or other-charge line of a job as it is on file (the statement's, once settled)."""

    kind: str  # labour | part | other
    code: str
    name: str
    spec: str
    quality: str | None  # parts: genuine | equivalent | reconditioned, if recorded
    unit: str
    qty: Decimal  # labour: the hours
    amount: Decimal
    payer: str
    technicians: str


@dataclass(frozen=True)
class FileClaim:
    """A claim on the job: the manufacturer's warranty claim, or the insurer's (报案号)."""

    kind: str  # warranty | insurance
    number: str
    status: str  # a claim status code; "" for an insurer's claim
    manufacturer_number: str
    amount: Decimal | None


@dataclass(frozen=True)
class FileJob:
    """One job of the repair file: everything the regulations list for it."""

    card_id: int
    card_number: str
    status: str
    job_type: str
    repair_class: str | None
    opened_at: datetime  # time in
    completed_at: datetime | None
    delivered_at: datetime | None  # time out
    mileage_in: int | None
    mileage_out: int | None
    customer_words: str  # the customer's own statement of the problem
    diagnosis: str  # the inspection result
    advisor: str
    lines: tuple[FileLine, ...]
    technicians: tuple[str, ...]
    inspector: str  # the quality inspector who passed the final check
    certificate_number: str
    statement_number: str
    statement_total: Decimal | None
    voided_statements: tuple[str, ...]
    guarantee_days: int | None
    guarantee_km: int | None
    guarantee_until: date | None
    guarantee_until_km: int | None
    old_parts: str
    rework_of: str
    claims: tuple[FileClaim, ...]

    @property
    def settled(self) -> bool:
        return bool(self.statement_number)

    @property
    def time_out(self) -> datetime | None:
        return self.delivered_at or self.completed_at

    @property
    def labour_hours(self) -> Decimal:
        return sum((ln.qty for ln in self.lines if ln.kind == "labour"), Decimal("0"))


@dataclass(frozen=True)
class RepairFile:
    """The vehicle's repair file (一车一档): the car and every job on it, newest first."""

    vin: str
    plate: str
    vehicle: str  # brand model year
    engine_number: str
    owner: str
    purchase_date: date | None
    jobs: tuple[FileJob, ...]


@dataclass(frozen=True)
class Problem:
    """Why a record is held back: an English source text (context ServiceError) and its values."""

    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, translate=None) -> str:
        template = translate("ServiceError", self.text) if translate else self.text
        params = dict(self.params)
        if translate and isinstance(params.get("field"), str):  # a field's name is a word to translate too
            params["field"] = translate("ServiceError", params["field"])
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template


@dataclass(frozen=True)
class HealthWorkItem:
    code: str
    name: str
    hours: Decimal


@dataclass(frozen=True)
class HealthPart:
    code: str
    name: str
    quantity: Decimal
    unit: str


@dataclass(frozen=True)
class HealthRecordData:
    """The record DOMAIN.md defines for the national health record (JT/T 1132, minimum content)."""

    plate: str
    vin: str
    company_name: str
    company_code: str  # the station's 统一社会信用代码
    repair_date: date  # 送修日期
    repair_mileage: int | None  # 送修里程
    fault_description: str  # 故障描述
    settlement_date: date  # 结算日期
    settlement_number: str  # 结算清单编号
    work_items: tuple[HealthWorkItem, ...]
    parts: tuple[HealthPart, ...]
    card_number: str = ""
    vin_check_overridden: bool = False


@dataclass(frozen=True)
class HealthRecordRow:
    """A record of the outbox, for the list."""

    id: int
    card_number: str
    statement_number: str
    plate: str
    vin: str
    settled_at: datetime
    status: str
    adapter: str
    attempts: int
    problem: Problem | None
    last_error: str
    exported_at: datetime | None
    uploaded_at: datetime | None
    revision: int


@dataclass(frozen=True)
class ExportResult:
    """An export: the file's bytes, how many records it holds, and those held back in the period."""

    data: bytes
    count: int
    held: int
    marked: int  # records that became exported with it
    ids: tuple[int, ...] = ()  # the records in the file
