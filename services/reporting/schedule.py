"""The scheduled daily report: yesterday's daily workbook written each morning, once, to the folder the
manager chose (the reporting settings).

The app calls ``run_scheduled`` at start and when idle (off the UI thread). Once a day is written its
date is kept in the settings row, so a later start (on this PC or another) does nothing; the file
itself is made under a temporary name and linked into place, so the folder never shows half a file
and two PCs racing write it once.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from app.db.models.reporting import ReportingSettingsRow
from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from services.reporting.data import ScheduledResult
from services.users.permissions import Actor

FILE_NAME = "daily-{day}.xlsx"  # kept ASCII: the folder may be a share read by other systems


def path_for(folder: Path, day: date) -> Path:
    return folder / FILE_NAME.format(day=day.isoformat())


def write_scheduled(svc, actor: Actor, folder: Path, day: date, translate=None) -> ScheduledResult:
    if not str(folder).strip() or not folder.is_dir():
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The folder {folder} does not exist."),
                              field="schedule_folder", folder=str(folder))
    target = path_for(folder, day)
    written = False
    if not target.exists():
        data = svc.daily_workbook(actor, day, translate)
        fd, tmp = tempfile.mkstemp(prefix=".daily-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            try:
                os.link(tmp, target)  # fails if another PC put it there first: theirs stays
                written = True
            except FileExistsError:
                pass
            except OSError:  # a file system without hard links: replace (the content is the same)
                if not target.exists():
                    os.replace(tmp, target)
                    written = True
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
    _mark(svc, day)
    return ScheduledResult(day, str(target), written)


def _mark(svc, day: date) -> None:
    with svc.db.write() as s:
        row = s.scalar(select(ReportingSettingsRow).limit(1))
        if row is None:
            row = ReportingSettingsRow(targets={}, schedule_folder="")
            s.add(row)
        if row.last_scheduled_day is None or row.last_scheduled_day < day:
            row.last_scheduled_day = day


def due(svc) -> date | None:
    with svc.db.read() as s:
        row = s.execute(select(ReportingSettingsRow.schedule_folder, ReportingSettingsRow.last_scheduled_day)
                        .limit(1)).first()
    if row is None or not (row.schedule_folder or "").strip():
        return None
    yesterday = svc.clock.today() - timedelta(days=1)
    if row.last_scheduled_day is not None and row.last_scheduled_day >= yesterday:
        return None
    return yesterday


def run(svc, actor: Actor, translate=None) -> ScheduledResult | None:
    day = due(svc)
    if day is None:
        return None
    folder = svc.settings(actor).schedule_folder
    return write_scheduled(svc, actor, Path(folder), day, translate)
