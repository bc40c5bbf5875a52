"""The centre's KPI workbook: the month's figures, then the problems by kind and by department."""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal

from openpyxl import Workbook

from reports.common.cells import safe_row


@dataclass(frozen=True)
class KpiSheet:
    period: str
    ratios: tuple[tuple[str, int, int, Decimal | None, Decimal | None], ...]  # name, done, of, rate, target
    by_category: tuple[tuple[str, int], ...]
    by_department: tuple[tuple[str, int], ...]
    # headers, translated by the caller: figure, done, of, rate, target, by kind, by department, count
    headers: tuple[str, ...]


def render_kpi_workbook(sheet: KpiSheet) -> bytes:
    h = sheet.headers
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet.period[:31].replace(":", "-").replace("/", "-") or "KPI")
    ws.append(safe_row(ws, [sheet.period]))
    ws.append(safe_row(ws, list(h[:5])))
    for name, done, of, rate, target in sheet.ratios:
        ws.append(safe_row(ws, [name, done, of, float(rate) if rate is not None else None,
                                float(target) if target is not None else None]))
    ws.append([])
    ws.append(safe_row(ws, [h[5], h[7]]))
    for name, n in sheet.by_category:
        ws.append(safe_row(ws, [name, n]))
    ws.append([])
    ws.append(safe_row(ws, [h[6], h[7]]))
    for name, n in sheet.by_department:
        ws.append(safe_row(ws, [name, n]))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
