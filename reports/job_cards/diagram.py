"""The car outline seen from above with numbered circles where the damage is (pre-inspection and workshop copy)."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm


def damage_diagram(marks, *, front: str, rear: str, font: str, width: float = 80 * mm,
                   height: float = 110 * mm) -> Drawing:
    """A simple car seen from above (front at the top), with numbered circles where damage is."""
    dr = Drawing(width, height)
    body_x, body_y, body_w, body_h = width * 0.2, height * 0.08, width * 0.6, height * 0.84
    grey = colors.HexColor("#555555")
    # wheels
    for wx in (body_x - 3 * mm, body_x + body_w - 1 * mm):
        for wy in (body_y + body_h * 0.12, body_y + body_h * 0.72):
            dr.add(Rect(wx, wy, 4 * mm, body_h * 0.14, rx=1 * mm, ry=1 * mm, fillColor=grey, strokeColor=grey))
    # body, bonnet line, windscreen, rear window, roof
    dr.add(Rect(body_x, body_y, body_w, body_h, rx=9 * mm, ry=12 * mm, fillColor=colors.white,
                strokeColor=colors.black, strokeWidth=1.2))
    top = body_y + body_h
    dr.add(Line(body_x + 3 * mm, top - body_h * 0.24, body_x + body_w - 3 * mm, top - body_h * 0.24,
                strokeColor=grey))
    dr.add(Rect(body_x + body_w * 0.14, top - body_h * 0.38, body_w * 0.72, body_h * 0.12, rx=3 * mm, ry=3 * mm,
                fillColor=colors.HexColor("#dde8f3"), strokeColor=grey))
    dr.add(Rect(body_x + body_w * 0.16, body_y + body_h * 0.14, body_w * 0.68, body_h * 0.1, rx=3 * mm, ry=3 * mm,
                fillColor=colors.HexColor("#dde8f3"), strokeColor=grey))
    dr.add(Rect(body_x + body_w * 0.12, body_y + body_h * 0.24, body_w * 0.76, body_h * 0.38, rx=2 * mm,
                ry=2 * mm, fillColor=None, strokeColor=colors.HexColor("#999999"), strokeDashArray=[2, 2]))
    # mirrors
    for mx in (body_x - 4 * mm, body_x + body_w):
        dr.add(Rect(mx, top - body_h * 0.36, 4 * mm, 2.5 * mm, fillColor=grey, strokeColor=grey))
    dr.add(String(width / 2, height - 4 * mm, front, fontName=font, fontSize=8, textAnchor="middle"))
    dr.add(String(width / 2, 1 * mm, rear, fontName=font, fontSize=8, textAnchor="middle"))
    for i, m in enumerate(marks, 1):
        cx = body_x - 4 * mm + float(m.x) * (body_w + 8 * mm)
        cy = top + 2 * mm - float(m.y) * (body_h + 4 * mm)
        dr.add(Circle(cx, cy, 3 * mm, fillColor=colors.HexColor("#ffdddd"), strokeColor=colors.HexColor("#c00000"),
                      strokeWidth=1))
        dr.add(String(cx, cy - 1.2 * mm, str(i), fontName=font, fontSize=7.5, textAnchor="middle",
                      fillColor=colors.HexColor("#c00000")))
    return dr
