"""Settings of this PC (not of the station): which database, which language, which paper and printer
each document goes to.

The station's own settings live in the database (services/station.py); these are what a PC
needs before it can open the database at all.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from app.paths import data_dir, default_database_path, settings_path
from app.private_files import write_private_bytes


@dataclass
class LocalSettings:
    database_url: str | None = None
    language: str = "zh_CN"
    printer: str | None = None
    scanner_prefix: str = ""
    scanner_suffix: str = ""
    # per document kind (job_card, estimate, pre_inspection, statement, ...): "a4" | "a5" | "continuous"
    papers: dict[str, str] = field(default_factory=dict)
    # per document kind: the printer last printed to from the preview on this PC
    printers: dict[str, str] = field(default_factory=dict)
    # per document kind: what this PC last printed it for (personal data, 个人信息保护法; viewmodels.common.purpose)
    purposes: dict[str, str] = field(default_factory=dict)
    backup_folder: str | None = None  # None: ``backups`` in the data folder (app/backup/store.py)

    def __post_init__(self) -> None:
        self._path: Path | None = None  # the file it was loaded from (set by ``load``; not a field, not saved)

    @classmethod
    def load(cls, path: Path | None = None) -> LocalSettings:
        path = path or settings_path()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):  # none yet, or unreadable: the defaults, saved to the same file
            settings = cls()
            settings._path = path
            return settings
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        for name in ("papers", "printers", "purposes"):  # a hand-edited file: keep only text → text
            value = known.get(name)
            known[name] = {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}
        settings = cls(**known)
        settings._path = path
        return settings

    # ---- paper and printer per document kind ------------------------------------------------------
    def paper_for(self, kind: str) -> str:
        """The paper ``kind`` prints on at this PC: "a4" unless chosen in settings."""
        return self.papers.get(kind, "a4")

    def set_paper(self, kind: str, paper: str) -> None:
        self.papers[kind] = paper
        self.save(getattr(self, "_path", None))

    def printer_for(self, kind: str) -> str | None:
        """The printer ``kind`` was last printed to from this PC, else the one printer setting."""
        return self.printers.get(kind) or self.printer

    def remember_printer(self, kind: str, name: str) -> None:
        if name and self.printers.get(kind) != name:
            self.printers[kind] = name
            self.save(getattr(self, "_path", None))

    def purpose_for(self, kind: str) -> str:
        """What ``kind`` was last printed for on this PC ("" if never)."""
        return self.purposes.get(kind, "")

    def remember_purpose(self, kind: str, purpose: str) -> None:
        if purpose and self.purposes.get(kind) != purpose:
            self.purposes[kind] = purpose
            self.save(getattr(self, "_path", None))

    def save(self, path: Path | None = None) -> None:
        path = path or settings_path()
        tmp = path.with_suffix(".tmp")
        # may hold a database URL with its password: this OS user only
        write_private_bytes(tmp, json.dumps(asdict(self), ensure_ascii=False, indent=2).encode("utf-8"))
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


def backup_folder(settings: LocalSettings | None = None) -> Path:
    """This PC's backup folder: the setting, else ``backups`` in the data folder."""
    chosen = (settings or LocalSettings.load()).backup_folder
    return Path(chosen).expanduser() if chosen else data_dir() / "backups"
