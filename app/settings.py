"""Settings of this PC (not of the station): which database, which language.

The station's own settings live in the database (services/station.py); these are what a PC
needs before it can open the database at all.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from app.paths import default_database_path, settings_path


@dataclass
class LocalSettings:
    database_url: str | None = None
    language: str = "zh_CN"
    printer: str | None = None
    scanner_prefix: str = ""
    scanner_suffix: str = ""

    @classmethod
    def load(cls, path: Path | None = None) -> LocalSettings:
        path = path or settings_path()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError):
            return cls()
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self, path: Path | None = None) -> None:
        path = path or settings_path()
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, path)


def resolve_database_url(cli_url: str | None, settings: LocalSettings) -> str:
    """``--db`` wins, then ``SERVICEBAY_DB``, then this PC's settings, then the embedded file."""
    if cli_url:
        return cli_url
    env = os.environ.get("SERVICEBAY_DB")
    if env:
        return env
    if settings.database_url:
        return settings.database_url
    return f"sqlite:///{default_database_path()}"
