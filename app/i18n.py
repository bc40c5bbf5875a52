"""Translations: zh_CN shipped and default, English is the source text and complete by itself.

Each area has its own ``resources/i18n/<lang>/<area>.qm`` (compiled from the ``.ts`` beside it
by ``python tools/i18n.py release``); all of a language's files are loaded. Qt's own qtbase
translation is loaded too, so standard dialog buttons speak the same language.

Qt 6 gave some of its own labels a mnemonic ("&Look in:", "Files of &type:") that the shipped
qtbase_zh_CN catalogue still lists without one ("Look in:"), so those labels of the non-native file
dialog stayed English although the catalogue was loaded. ``QtCatalog`` looks such a text up
without its ``&`` and puts the mnemonic back the Chinese way: "查找范围(&L)："; and a text whose
class Qt 6 renamed (``QAbstractFileIconProvider``'s "Folder") under its old class.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resources_dir

LANGUAGES = {"zh_CN": "中文（简体）", "en": "English"}


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


#: Qt 6 contexts whose texts the shipped catalogue still lists under their Qt 5 class
#: (the file dialog's "Folder" and "Drive" in its Type column)
MOVED_CONTEXTS = {"QAbstractFileIconProvider": ("QFileIconProvider", "QFileDialog")}


class QtCatalog(QTranslator):
    """qtbase's catalogue, which also answers for Qt 6 labels that gained a mnemonic since."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D102 - Qt's virtual
        # A miss must come back as None (a null QString): an empty text would end Qt's search
        # through the other translators and blank every label that is not Qt's own.
        out = super().translate(context, source_text, disambiguation, n)
        if out:
            return out
        for older in MOVED_CONTEXTS.get(context, ()):  # a text Qt 6 moved to a new class
            out = super().translate(older, source_text, disambiguation, n)
            if out:
                return out
        if not source_text or "&" not in source_text:
            return None
        plain, mnemonic = strip_mnemonic(source_text)
        if not mnemonic:
            return None
        out = super().translate(context, plain, disambiguation, n)
        return with_mnemonic(out, mnemonic) if out else None


def strip_mnemonic(text: str) -> tuple[str, str]:
    """``("Files of type:", "T")`` for ``"Files of &type:"``; ``&&`` is a literal ampersand."""
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", "\0"))
    if match is None:
        return text, ""
    plain = text.replace("&&", "\0").replace("&", "", 1)
    return plain.replace("\0", "&&"), match.group(1).upper()


def with_mnemonic(translated: str, mnemonic: str) -> str:
    """``"查找范围(&L)："`` from ``"查找范围："``, as Qt's Chinese catalogues write mnemonics."""
    if "&" in translated.replace("&&", ""):
        return translated
    tail = re.search(r"(：|:|…|\.\.\.)$", translated)
    cut = tail.start() if tail else len(translated)
    return f"{translated[:cut]}(&{mnemonic}){translated[cut:]}"


def load_translators(language: str) -> list[QTranslator]:
    """Translators for ``language`` (ours and qtbase's), not yet installed."""
    found: list[QTranslator] = []
    if language == "en":
        return found
    # Qt's catalogue first: installed first, the application asks it last, so its Python
    # ``translate`` runs only for texts that none of our own catalogues has.
    qt = QtCatalog()
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        found.append(qt)
    folder = i18n_dir() / language
    for qm in sorted(folder.glob("*.qm")):
        tr = QTranslator()
        if tr.load(str(qm)):
            found.append(tr)
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
