"""The diagnostic report for the station's IT person: one zip, no secrets.

It holds the app's log files, the versions of ServiceBay, Python, Qt, PySide6, SQLAlchemy and the
other libraries that matter, this PC's settings with any password removed, and the database's
engine, location, schema revision, size and last good backup. It holds no data from the database.
"""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import sys
import zipfile
from dataclasses import asdict
from importlib import metadata
from pathlib import Path

from sqlalchemy.engine import make_url

from app import __version__
from app.private_files import POSIX, PRIVATE_FILE_MODE, create_private_file


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "-"


def versions() -> dict[str, str]:
    found = {
        "ServiceBay": __version__,
        "Python": sys.version.replace("\n", " "),
        "platform": platform.platform(),
        "SQLite": sqlite3.sqlite_version,
    }
    try:
        from PySide6 import QtCore
        from PySide6 import __version__ as pyside

        found["Qt"] = QtCore.qVersion()
        found["PySide6"] = pyside
    except ImportError:  # pragma: no cover - the app ships with it
        found["Qt"] = found["PySide6"] = "-"
    for package in ("SQLAlchemy", "alembic", "psycopg", "reportlab", "openpyxl", "argon2-cffi", "qasync"):
        found[package] = _version(package)
    return found


def without_secrets(url: str | None) -> str | None:
    if not url:
        return url
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL at all: keep only what cannot be a password
        return url.split("@")[-1]


def settings_text(settings=None) -> str:
    from app.settings import LocalSettings

    data = asdict(settings or LocalSettings.load())
    data["database_url"] = without_secrets(data.get("database_url"))
    data["SERVICEBAY_DB (environment)"] = without_secrets(os.environ.get("SERVICEBAY_DB"))
    return json.dumps(data, ensure_ascii=False, indent=2)


def database_text(url: str, folder: Path | None = None) -> str:
    """Engine, place, revision, size and last backup; what could not be read is said, not raised."""
    from app.backup.store import Backups
    from app.db.engine import Database
    from app.db.migrate import current_revisions, head_revisions

    lines = []
    db = Database(url)
    try:
        info = db.info()
        lines += [f"engine: {info.engine}", f"location: {info.location}",
                  f"code's revisions: {', '.join(sorted(head_revisions()))}"]
        try:
            lines.append(f"database's revisions: {', '.join(sorted(current_revisions(db))) or '(none)'}")
        except Exception as exc:
            lines.append(f"database's revisions: cannot be read ({exc})")
        lines.append(f"size: {_size(db)}")
        try:
            backups = Backups(db, folder)
            last = backups.last_good()
            lines.append(f"backup folder: {backups.folder}")
            lines.append(f"last good backup: {last.path} {last.taken_at:%Y-%m-%d %H:%M}Z {last.size} bytes"
                         if last else "last good backup: none")
        except Exception as exc:
            lines.append(f"backups: cannot be listed ({exc})")
    finally:
        db.dispose()
    return "\n".join(lines) + "\n"


def _size(db) -> str:
    path = db.sqlite_path
    try:
        if path is not None:
            parts = [p for p in (path, Path(f"{path}-wal")) if p.exists()]
            return " + ".join(f"{p.name} {p.stat().st_size} bytes" for p in parts) or "no file"
        if db.is_sqlite:
            return "in memory"
        from sqlalchemy import text

        with db.engine.connect() as conn:
            total = conn.execute(text(
                "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                "AND c.relkind = 'r'")).scalar()
        return f"{total} bytes (tables of the schema)"
    except Exception as exc:
        return f"cannot be read ({exc})"


def write_report(target: Path, url: str, settings=None) -> Path:
    """Write the zip to ``target`` (private to this OS user); returns its path. ``settings``: this PC's
    (default: as saved)."""
    from app.paths import log_dir
    from app.settings import backup_folder

    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.partial")
    temp.unlink(missing_ok=True)
    create_private_file(temp)
    try:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("versions.txt", "".join(f"{k}: {v}\n" for k, v in versions().items()))
            zf.writestr("settings.json", settings_text(settings))
            zf.writestr("database.txt", database_text(url, backup_folder(settings)))
            folder = log_dir()
            for log in sorted(folder.glob("*.log*")):
                zf.write(log, f"logs/{log.name}")
        if POSIX:
            os.chmod(temp, PRIVATE_FILE_MODE)
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    return target
