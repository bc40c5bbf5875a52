"""Where ServiceBay keeps its files on this PC (platformdirs), and the shipped resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

from app.private_files import LooseFile, loose_files, make_private_dir, sensitive_paths

_DIRS = PlatformDirs("ServiceBay", "ServiceBay", roaming=False)


def data_dir() -> Path:
    override = os.environ.get("SERVICEBAY_HOME")
    path = Path(override) if override else Path(_DIRS.user_data_dir)
    return make_private_dir(path)  # customers' data and password hashes: this OS user only


def log_dir() -> Path:
    return make_private_dir(data_dir() / "logs")


def default_database_path() -> Path:
    return data_dir() / "servicebay.sqlite3"


def settings_path() -> Path:
    return data_dir() / "settings.json"


def loose_data_files(database: Path | None, backup_folder: Path | None = None) -> list[LooseFile]:
    """The data folder, ``database`` (an SQLite file, or None), backups, settings and logs that
    other OS users of this PC can read (POSIX modes; nothing on Windows)."""
    return loose_files(sensitive_paths(data_dir(), database, log_dir(), backup_folder))


def resources_dir() -> Path:
    """The shipped resources, also inside a PyInstaller bundle (``sys._MEIPASS``)."""
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "resources"
    import resources

    return Path(resources.__file__).resolve().parent
