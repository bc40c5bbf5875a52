"""Logging: everything to a rotating file in the user's data folder; warnings to stderr."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from app.paths import log_dir

LOG_NAME = "servicebay.log"


def setup_logging(folder: Path | None = None, *, level: int = logging.INFO) -> Path:
    folder = folder or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_servicebay", False):
            root.removeHandler(h)
    file_handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
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
