"""The printed appointment list of a day (预约登记表 / 欢迎看板): time, customer, plate, phone, work,
advisor; one table per advisor, as the receptionist hands it to the advisors the evening before."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from reports.common.base import build_pdf, esc, grid_table, styles


@dataclass(frozen=True)
class AppointmentRow:
    time: str
    number: str
    customer: str
    phone: str
    plate: str
    work: str
    hours: str
    status: str  # translated
    confirmation: str  # translated


@dataclass(frozen=True)
class AppointmentListDocument:
    station_name: str
    day: str
    by_advisor: tuple[tuple[str, tuple[AppointmentRow, ...]], ...]
    booked_hours: str
    capacity_hours: str
    printed_at: str = ""


_L = {
    "zh_CN": {"title": "预约登记表", "day": "日期", "time": "时间", "number": "预约号", "customer": "客户",
              "phone": "电话", "plate": "车牌", "work": "维修内容", "hours": "工时", "status": "状态",
              "confirm": "提前确认", "advisor": "服务顾问", "load": "车间已约工时", "none": "当天没有预约。",
              "printed": "打印时间", "count": "台"},
    "en": {"title": "Appointment list", "day": "Day", "time": "Time", "number": "No.", "customer": "Customer",
           "phone": "Phone", "plate": "Plate", "work": "Work", "hours": "Hours", "status": "Status",
           "confirm": "Reminder", "advisor": "Service advisor", "load": "Workshop hours booked",
           "none": "No appointments on this day.", "printed": "Printed", "count": "cars"},
}


def render_appointment_list(doc: AppointmentListDocument, *, lang: str = "zh_CN") -> bytes:
    t = _L["en" if lang == "en" else "zh_CN"]
    st = styles()
    total = sum(len(rows) for _a, rows in doc.by_advisor)
    story = [Paragraph(esc(doc.station_name), st.heading), Paragraph(esc(f"{t['title']}  {doc.day}"), st.title),
             Paragraph(esc(f"{t['load']}: {doc.booked_hours} / {doc.capacity_hours}    {total} {t['count']}"),
                       st.body), Spacer(1, 2 * mm)]
    if not doc.by_advisor:
        story.append(Paragraph(esc(t["none"]), st.body))
    widths = [w * mm for w in (13, 27, 22, 25, 22, 40, 10, 15, 16)]
    for advisor, rows in doc.by_advisor:
        story.append(Paragraph(esc(f"{t['advisor']}: {advisor} ({len(rows)} {t['count']})"), st.heading))
        table = [[t["time"], t["number"], t["customer"], t["phone"], t["plate"], t["work"], t["hours"], t["status"],
                  t["confirm"]]]
        table += [[r.time, r.number, r.customer, r.phone, r.plate, r.work, r.hours, r.status, r.confirmation]
                  for r in rows]
        story.append(grid_table(table, widths, right_cols=(6,), st=st))
        story.append(Spacer(1, 3 * mm))
    return build_pdf(story, title=f"{t['title']} {doc.day}", footer=f"{t['printed']}: {doc.printed_at}")
