"""Reporting's settings: the station's KPI targets and the folder of the scheduled daily report. One row."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Date, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Versioned


class ReportingSettingsRow(Versioned, Base):
    """Absent means the usual targets of the KPI registry and no scheduled report."""

    __tablename__ = "reporting_settings"

    targets: Mapped[dict | None] = mapped_column(JSON)  # {"output": "850000.00", "fill_rate": "0.92"}
    schedule_folder: Mapped[str] = mapped_column(String(500), default="")
    # the last day whose daily report the schedule wrote (a PC starting later the same morning skips it)
    last_scheduled_day: Mapped[date | None] = mapped_column(Date)
