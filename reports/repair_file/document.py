"""The vehicle's repair file (一车一档) printed for the customer: the car, then every job with what the
regulations list — time in and out, mileage, the customer's words, the inspection result, the work
items with hours and technicians, the parts with numbers and quality grade, the inspector and the
completion certificate, the statement's number and amount, the guarantee and any claims."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from reports.common.base import build_pdf, esc, grid_table, styles


@dataclass(frozen=True)
class DocLine:
    kind: str  # labour | part | other
    code: str
    name: str
    spec: str
    quality: str  # translated, "" when not recorded
    unit: str
    qty: Decimal
    amount: Decimal
    technicians: str


@dataclass(frozen=True)
class DocJob:
    card_number: str
    status: str  # translated
    job_type: str  # translated
    repair_class: str  # translated
    time_in: str
    time_out: str
    mileage_in: str
    mileage_out: str
    complaint: str
    diagnosis: str
    advisor: str
    technicians: str
    inspector: str
    certificate_number: str
    statement_number: str
    statement_total: Decimal | None
    voided: str
    guarantee: str  # the sentence, translated
    old_parts: str  # translated
    rework_of: str
    claims: str  # translated lines joined
    lines: tuple[DocLine, ...]


@dataclass(frozen=True)
class RepairFileDocument:
    station_name: str
    station_address: str
    station_phone: str
    station_licence: str
    vin: str
    plate: str
    vehicle: str
    engine_number: str
    owner: str
    purchase_date: str
    jobs: tuple[DocJob, ...]
    total: Decimal
    printed_at: str = ""


_L = {
    "zh_CN": {
        "title": "机动车维修档案（一车一档）", "vin": "车辆识别代号", "plate": "车牌号", "vehicle": "车型",
        "engine": "发动机号", "owner": "车主", "purchase": "购车日期", "jobs": "维修记录 {n} 次，结算合计 {total} 元",
        "card": "委托书号", "status": "状态", "type": "维修类型", "class": "维修类别", "in": "进厂时间",
        "out": "出厂时间", "km_in": "进厂里程(km)", "km_out": "出厂里程(km)", "complaint": "客户描述",
        "diagnosis": "检查结果", "advisor": "服务顾问", "techs": "维修人员", "inspector": "质量检验员",
        "cert": "合格证编号", "statement": "结算单号", "amount": "结算金额", "voided": "作废结算单",
        "guarantee": "质量保证期", "old_parts": "旧件处理", "rework": "返修原单", "claims": "索赔/理赔",
        "labour": "维修项目", "parts": "更换配件", "other": "其他费用", "code": "编码", "name": "名称",
        "spec": "规格", "quality": "配件类别", "unit": "单位", "qty": "数量", "hours": "工时", "sum": "金额",
        "none": "该车在本站无维修记录。", "keep": "本档案依《机动车维修管理规定》保存，自维修竣工之日起至少保存6年。",
        "repairer": "承修方", "licence": "备案号", "printed": "打印时间",
    },
    "en": {
        "title": "Vehicle repair file", "vin": "VIN", "plate": "Plate", "vehicle": "Vehicle", "engine": "Engine no.",
        "owner": "Owner", "purchase": "Purchased", "jobs": "{n} jobs on file, settled total {total}",
        "card": "Job card", "status": "Status", "type": "Job type", "class": "Repair class", "in": "Time in",
        "out": "Time out", "km_in": "Mileage in (km)", "km_out": "Mileage out (km)", "complaint": "Customer's words",
        "diagnosis": "Inspection result", "advisor": "Advisor", "techs": "Technicians", "inspector": "Inspector",
        "cert": "Certificate no.", "statement": "Statement no.", "amount": "Amount", "voided": "Voided statements",
        "guarantee": "Quality guarantee", "old_parts": "Old parts", "rework": "Rework of", "claims": "Claims",
        "labour": "Work items", "parts": "Parts replaced", "other": "Other charges", "code": "Code", "name": "Name",
        "spec": "Spec", "quality": "Grade", "unit": "Unit", "qty": "Qty", "hours": "Hours", "sum": "Amount",
        "none": "No repairs of this vehicle at this station.",
        "keep": "Kept under the motor vehicle repair regulations for at least 6 years from completion.",
        "repairer": "Repairer", "licence": "Licence", "printed": "Printed",
    },
}


def _money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


def _qty(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral() else f"{value:.2f}".rstrip("0")


def _pairs(rows: list[tuple[str, str]], width: float, st) -> object:
    cells = []
    for i in range(0, len(rows), 2):
        row = []
        for label, value in rows[i:i + 2]:
            row += [label, value]
        row += [""] * (4 - len(row))
        cells.append(row)
    w = width / 4
    return grid_table(cells, [w * 0.7, w * 1.3, w * 0.7, w * 1.3], header_rows=0, st=st)


def _job(job: DocJob, L: dict, width: float, st) -> list:
    head = Paragraph(esc(f"{job.time_in[:10]}  {job.card_number}  {job.job_type}  {job.status}"), st.heading)
    facts = [(L["in"], job.time_in), (L["out"], job.time_out), (L["km_in"], job.mileage_in),
             (L["km_out"], job.mileage_out), (L["type"], job.job_type), (L["class"], job.repair_class),
             (L["advisor"], job.advisor), (L["techs"], job.technicians), (L["inspector"], job.inspector),
             (L["cert"], job.certificate_number), (L["statement"], job.statement_number),
             (L["amount"], _money(job.statement_total)), (L["guarantee"], job.guarantee),
             (L["old_parts"], job.old_parts)]
    if job.voided:
        facts.append((L["voided"], job.voided))
    if job.rework_of:
        facts.append((L["rework"], job.rework_of))
    if job.claims:
        facts.append((L["claims"], job.claims))
    story = [head, _pairs(facts, width, st), Spacer(1, 1.5 * mm),
             grid_table([[L["complaint"], job.complaint], [L["diagnosis"], job.diagnosis]],
                        [width * 0.175, width * 0.825], header_rows=0, st=st)]
    labour = [ln for ln in job.lines if ln.kind == "labour"]
    parts = [ln for ln in job.lines if ln.kind == "part"]
    other = [ln for ln in job.lines if ln.kind == "other"]
    if labour:
        rows = [[L["code"], L["labour"], L["hours"], L["techs"], L["sum"]]]
        rows += [[ln.code, ln.name, _qty(ln.qty), ln.technicians, _money(ln.amount)] for ln in labour]
        story += [Spacer(1, 1.5 * mm), grid_table(rows, [w * width for w in (0.14, 0.42, 0.1, 0.2, 0.14)], st=st,
                                                  right_cols=(2, 4))]
    if parts:
        rows = [[L["code"], L["parts"], L["spec"], L["quality"], L["unit"], L["qty"], L["sum"]]]
        rows += [[ln.code, ln.name, ln.spec, ln.quality, ln.unit, _qty(ln.qty), _money(ln.amount)] for ln in parts]
        story += [Spacer(1, 1.5 * mm), grid_table(rows, [w * width for w in (0.16, 0.3, 0.14, 0.1, 0.08, 0.08, 0.14)],
                                                  st=st, right_cols=(5, 6))]
    if other:
        rows = [[L["other"], L["sum"]]] + [[ln.name or ln.code, _money(ln.amount)] for ln in other]
        story += [Spacer(1, 1.5 * mm), grid_table(rows, [width * 0.86, width * 0.14], st=st, right_cols=(1,))]
    return [CondPageBreak(40 * mm), KeepTogether(story[:2]), *story[2:], Spacer(1, 4 * mm)]


def render_repair_file(doc: RepairFileDocument, *, lang: str = "zh_CN") -> bytes:
    L = _L.get(lang, _L["zh_CN"])
    st = styles()
    width = 180 * mm
    story = [Paragraph(esc(L["title"]), st.title),
             Paragraph(esc(f"{L['repairer']}: {doc.station_name}  {doc.station_address}  {doc.station_phone}"
                           + (f"  {L['licence']}: {doc.station_licence}" if doc.station_licence else "")), st.small),
             Spacer(1, 3 * mm),
             _pairs([(L["vin"], doc.vin), (L["plate"], doc.plate), (L["vehicle"], doc.vehicle),
                     (L["engine"], doc.engine_number), (L["owner"], doc.owner), (L["purchase"], doc.purchase_date)],
                    width, st),
             Spacer(1, 2 * mm),
             Paragraph(esc(L["jobs"].format(n=len(doc.jobs), total=_money(doc.total))), st.body),
             Spacer(1, 2 * mm)]
    if not doc.jobs:
        story.append(Paragraph(esc(L["none"]), st.body))
    for job in doc.jobs:
        story += _job(job, L, width, st)
    story.append(Paragraph(esc(L["keep"]), st.small))
    return build_pdf(story, title=f"{L['title']} {doc.vin}",
                     footer=f"{doc.vin}  {L['printed']}: {doc.printed_at}")
