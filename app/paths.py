"""Where ServiceBay keeps its files on this PC (platformdirs), and the shipped resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

_DIRS = PlatformDirs("ServiceBay", "ServiceBay", roaming=False)


def data_dir() -> Path:
    override = os.environ.get("SERVICEBAY_HOME")
    path = Path(override) if override else Path(_DIRS.user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "servicebay.sqlite3"


def settings_path() -> Path:
    return data_dir() / "settings.json"


def resources_dir() -> Path:
    """The shipped resources, also inside a PyInstaller bundle (``sys._MEIPASS``)."""
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "resources"
    import resources

    return Path(resources.__file__).resolve().parent
