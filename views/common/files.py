"""Where saved documents go: the user's Documents folder (a ServiceBay folder in it), never the
program's folder; the last folder a user chose is offered again for the rest of the session."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_last_folder: Path | None = None


def documents_folder() -> Path:
    """The folder a save dialog opens in: the last one chosen, else Documents/ServiceBay (made if need be)."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    folder = Path(base) / "ServiceBay"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path(base)
    return folder


def ask_save_path(parent: QWidget | None, title: str, name: str, pattern: str) -> str:
    """The save dialog, opened in :func:`documents_folder` with ``name`` proposed; "" when cancelled."""
    global _last_folder
    safe = "".join("_" if c in '\\/:*?"<>|' else c for c in name)
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(documents_folder() / safe), pattern)
    if path:
        _last_folder = Path(os.path.dirname(path))
    return path
