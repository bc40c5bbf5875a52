"""The file an SMS tool imports: CSV in UTF-8 with a byte-order mark (Excel and the common 短信群发
tools read it so), one row per mobile number."""

from __future__ import annotations

import csv
import io
import re

PHONE = re.compile(r"^\+?[0-9][0-9 -]*$")


def _safe(value: str) -> str:
    # a cell starting with = + - @ is a formula to a spreadsheet: keep it text (a phone number stays as it is)
    if value[:1] in ("=", "+", "-", "@") and not PHONE.match(value):
        return "'" + value
    return value


def render_sms_csv(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(headers)
    for row in rows:
        w.writerow([_safe(str(v)) for v in row])
    return out.getvalue().encode("utf-8-sig")
