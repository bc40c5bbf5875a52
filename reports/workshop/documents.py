"""The workshop's printed documents: the dispatch sheet (派工单) of a card and the day's plan per technician.

The dispatch sheet carries the card number as a Code 128 barcode: the technician scans it at
the kiosk to clock on and off.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from reports.common.base import Barcode128, build_pdf, esc, grid_table, styles


@dataclass(frozen=True)
class DispatchLine:
    code: str
    name: str
    hours: Decimal
    technicians: str  # "张三 50%, 李四 50%"
    bay: str


@dataclass(frozen=True)
class DispatchDocument:
    """The dispatch sheet (派工单) of one card."""

    station_name: str
    card_number: str
    plate: str
    vehicle: str
    vin: str
    job_type: str  # translated
    advisor: str
    opened_at: str
    promised_at: str
    customer_words: str
    diagnosis: str
    customer_waits: bool
    lines: tuple[DispatchLine, ...]
    total_hours: Decimal
    printed_at: str


@dataclass(frozen=True)
class PlanEntry:
    start: str
    end: str
    card_number: str
    plate: str
    work: str
    hours: Decimal
    promised: str
    state: str  # translated


@dataclass(frozen=True)
class PlanTechnician:
    name: str
    team: str
    capacity: Decimal
    booked: Decimal
    entries: tuple[PlanEntry, ...]


@dataclass(frozen=True)
class DayPlanDocument:
    """The day's plan per technician (派工计划)."""

    station_name: str
    day: str
    technicians: tuple[PlanTechnician, ...]
    unassigned: tuple[tuple[str, str, Decimal, str], ...]  # card, plate, hours, promised
    printed_at: str



_L = {
    "zh_CN": {"dispatch": "派工单", "card": "委托书号", "plate": "车牌", "vehicle": "车型", "vin": "VIN",
              "type": "维修类别", "advisor": "服务顾问", "opened": "进厂时间", "promised": "预计交车",
              "words": "客户描述", "diagnosis": "诊断", "waits": "客户在店等候", "code": "项目代码",
              "item": "维修项目", "hours": "工时", "techs": "技师（分配比例）", "bay": "工位",
              "total": "合计工时", "sign": "技师签字：            车间主管签字：            完工时间：",
              "printed": "打印时间", "plan": "车间派工计划", "day": "日期", "tech": "技师", "team": "班组",
              "capacity": "可用工时", "booked": "已排工时", "free": "空闲", "start": "开始", "end": "结束",
              "work": "作业内容", "state": "状态", "none": "（无排班作业）", "queue": "待派工",
              "yes": "是", "no": "否"},
    "en": {"dispatch": "Dispatch sheet", "card": "Job card", "plate": "Plate", "vehicle": "Vehicle", "vin": "VIN",
           "type": "Job type", "advisor": "Advisor", "opened": "In", "promised": "Promised", "words": "Customer's words",
           "diagnosis": "Diagnosis", "waits": "Customer waits", "code": "Code", "item": "Work", "hours": "Hours",
           "techs": "Technicians (share)", "bay": "Bay", "total": "Total hours",
           "sign": "Technician:            Supervisor:            Finished at:", "printed": "Printed",
           "plan": "Workshop day plan", "day": "Day", "tech": "Technician", "team": "Team", "capacity": "Capacity",
           "booked": "Booked", "free": "Free", "start": "Start", "end": "End", "work": "Work", "state": "State",
           "none": "(nothing planned)", "queue": "Not dispatched yet", "yes": "yes", "no": "no"},
}


def _h(d: Decimal) -> str:
    return f"{d:.2f}"


def render_dispatch_sheet(doc: DispatchDocument, *, lang: str = "zh_CN") -> bytes:
    t = _L["en" if lang == "en" else "zh_CN"]
    st = styles()
    head = [Paragraph(esc(doc.station_name), st.heading), Paragraph(esc(t["dispatch"]), st.title)]
    info = [[f"{t['card']}: {doc.card_number}", f"{t['plate']}: {doc.plate}"],
            [f"{t['vehicle']}: {doc.vehicle}", f"{t['vin']}: {doc.vin}"],
            [f"{t['type']}: {doc.job_type}", f"{t['advisor']}: {doc.advisor}"],
            [f"{t['opened']}: {doc.opened_at}", f"{t['promised']}: {doc.promised_at}"],
            [f"{t['waits']}: {t['yes'] if doc.customer_waits else t['no']}", ""]]
    left = Table([[Paragraph(esc(a), st.body), Paragraph(esc(b), st.body)] for a, b in info],
                 colWidths=[60 * mm, 60 * mm])
    left.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    top = Table([[left, Barcode128(doc.card_number, bar_height=12 * mm, bar_width=0.36 * mm)]],
                colWidths=[122 * mm, 58 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    story = head + [top, Spacer(1, 2 * mm)]
    if doc.customer_words:
        story.append(Paragraph(esc(f"{t['words']}: {doc.customer_words}"), st.body))
    if doc.diagnosis:
        story.append(Paragraph(esc(f"{t['diagnosis']}: {doc.diagnosis}"), st.body))
    story.append(Spacer(1, 3 * mm))
    rows = [[t["code"], t["item"], t["hours"], t["techs"], t["bay"]]]
    rows += [[ln.code, ln.name, _h(ln.hours), ln.technicians, ln.bay] for ln in doc.lines]
    rows.append(["", t["total"], _h(doc.total_hours), "", ""])
    story.append(grid_table(rows, [22 * mm, 58 * mm, 16 * mm, 66 * mm, 18 * mm], right_cols=(2,), st=st))
    story += [Spacer(1, 14 * mm), Paragraph(esc(t["sign"]), st.body)]
    return build_pdf(story, title=f"{t['dispatch']} {doc.card_number}", footer=f"{t['printed']}: {doc.printed_at}")


def render_day_plan(doc: DayPlanDocument, *, lang: str = "zh_CN") -> bytes:
    t = _L["en" if lang == "en" else "zh_CN"]
    st = styles()
    story = [Paragraph(esc(doc.station_name), st.heading), Paragraph(esc(f"{t['plan']}  {doc.day}"), st.title)]
    widths = [16 * mm, 16 * mm, 34 * mm, 24 * mm, 110 * mm, 16 * mm, 26 * mm, 26 * mm]
    for tech in doc.technicians:
        free = max(Decimal(0), tech.capacity - tech.booked)
        title = Paragraph(esc(f"{tech.name}  {tech.team}    {t['capacity']} {_h(tech.capacity)}  "
                              f"{t['booked']} {_h(tech.booked)}  {t['free']} {_h(free)}"), st.heading)
        if not tech.entries:
            story.append(KeepTogether([title, Paragraph(esc(t["none"]), st.small)]))
            continue
        rows = [[t["start"], t["end"], t["card"], t["plate"], t["work"], t["hours"], t["promised"], t["state"]]]
        rows += [[e.start, e.end, e.card_number, e.plate, e.work, _h(e.hours), e.promised, e.state]
                 for e in tech.entries]
        story.append(KeepTogether([title, grid_table(rows, widths, right_cols=(5,), st=st)]))
    if doc.unassigned:
        rows = [[t["card"], t["plate"], t["hours"], t["promised"]]]
        rows += [[c, p, _h(h), pr] for c, p, h, pr in doc.unassigned]
        story += [Paragraph(esc(t["queue"]), st.heading),
                  grid_table(rows, [40 * mm, 30 * mm, 20 * mm, 30 * mm], right_cols=(2,), st=st)]
    return build_pdf(story, title=f"{t['plan']} {doc.day}", pagesize=landscape(A4),
                     footer=f"{t['printed']}: {doc.printed_at}")


__all__ = ["DayPlanDocument", "DispatchDocument", "DispatchLine", "PlanEntry", "PlanTechnician", "render_day_plan",
           "render_dispatch_sheet"]
