"""Logging: everything to a rotating file in the user's data folder; warnings to stderr."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from app.paths import log_dir
from app.private_files import make_private_dir, open_private_for_append

LOG_NAME = "servicebay.log"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only this OS user can read (logs name customers and users)."""

    def _open(self):
        return open_private_for_append(Path(self.baseFilename), encoding=self.encoding or "utf-8",
                                       errors=self.errors)


def setup_logging(folder: Path | None = None, *, level: int = logging.INFO) -> Path:
    folder = folder or log_dir()
    make_private_dir(folder)
    path = folder / LOG_NAME
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_servicebay", False):
            root.removeHandler(h)
    file_handler = PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    file_handler._servicebay = True  # type: ignore[attr-defined]
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    console._servicebay = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    root.addHandler(console)
    root.setLevel(level)
    return path
