"""Translations: zh_CN shipped and default, English is the source text and complete by itself.

Each area has its own ``resources/i18n/<lang>/<area>.qm`` (compiled from the ``.ts`` beside it
by ``python tools/i18n.py release``); all of a language's files are loaded. Qt's own qtbase
translation is loaded too, so standard dialog buttons speak the same language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resources_dir

LANGUAGES = {"zh_CN": "中文（简体）", "en": "English"}


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def load_translators(language: str) -> list[QTranslator]:
    """Translators for ``language`` (ours and qtbase's), not yet installed."""
    found: list[QTranslator] = []
    if language == "en":
        return found
    folder = i18n_dir() / language
    for qm in sorted(folder.glob("*.qm")):
        tr = QTranslator()
        if tr.load(str(qm)):
            found.append(tr)
    qt = QTranslator()
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        found.append(qt)
    return found


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    translators = load_translators(language)
    for tr in translators:
        app.installTranslator(tr)
    QLocale.setDefault(QLocale(language if language != "en" else "en_US"))
    return translators


class Translate:
    """``translate(context, text)`` without a running application (the CLI)."""

    def __init__(self, language: str) -> None:
        self._translators = load_translators(language)

    def __call__(self, context: str, text: str) -> str:
        for tr in self._translators:
            out = tr.translate(context, text)
            if out:
                return out
        return text
