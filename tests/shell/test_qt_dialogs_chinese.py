"""Qt's own dialogs speak Chinese in the Chinese interface.

Qt 6's file dialog asks for "&Look in:" and "Files of &type:", while the shipped qtbase_zh_CN
catalogue only has "Look in:" and "Files of type:"; the app's Qt catalogue bridges the mnemonic.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QColorDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from app import i18n
from tests.shell.test_chinese_everywhere import english_leftover


@pytest.fixture
def chinese(qapp):
    translators = i18n.install(qapp, "zh_CN")
    yield
    for tr in translators:
        qapp.removeTranslator(tr)


def _english(widget: QWidget) -> list[str]:
    found = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QAbstractButton) and english_leftover(child.text()):
            found.append(f"{type(child).__name__} {child.objectName()}: {child.text()!r}")
    return found


def test_the_file_dialog_labels_are_chinese(qtbot, chinese, tmp_path):
    dialog = QFileDialog(None, "打开")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "查找范围(&L)："
    assert labels["fileTypeLabel"] == "文件类型(&T)："
    assert labels["fileNameLabel"] == "文件名称(&N)："
    assert _english(dialog) == []
    model = dialog.findChild(QWidget, "treeView").model()
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
    assert not [h for h in headers if english_leftover(h)], headers
    # a folder's kind in the Type column
    dialog.setDirectory(str(tmp_path))
    (tmp_path / "sub").mkdir()
    qtbot.waitUntil(lambda: model.rowCount(dialog.findChild(QWidget, "treeView").rootIndex()) == 1, timeout=5000)
    root = dialog.findChild(QWidget, "treeView").rootIndex()
    assert model.index(0, 2, root).data() == "文件夹"


def test_message_box_colour_and_input_dialogs_are_chinese(qtbot, chinese):
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "问题", "保存吗？",
                      buttons.Yes | buttons.No | buttons.Cancel | buttons.Save | buttons.Discard | buttons.Retry)
    colour = QColorDialog()
    colour.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    ask = QInputDialog()
    every = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
                             | QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Reset
                             | QDialogButtonBox.StandardButton.Help | QDialogButtonBox.StandardButton.RestoreDefaults)
    for widget in (box, colour, ask, every):
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        assert _english(widget) == [], type(widget).__name__
    assert box.button(buttons.Yes).text() == "是(&Y)"


def test_the_qt_catalogue_steps_aside_for_our_own_texts(chinese):
    # a miss in Qt's catalogue must not end the search with an empty text
    assert QCoreApplication.translate("SignInDialog", "Sign in") == "登录"
    assert QCoreApplication.translate("NoSuchContext", "Plain English") == "Plain English"
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "查找范围(&L)："
    # the file dialog's Type column: a text Qt 6 moved to QAbstractFileIconProvider
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "文件夹"


def test_mnemonics_are_put_back_the_chinese_way():
    assert i18n.strip_mnemonic("Files of &type:") == ("Files of type:", "T")
    assert i18n.strip_mnemonic("Fish && &chips") == ("Fish && chips", "C")
    assert i18n.strip_mnemonic("No mnemonic") == ("No mnemonic", "")
    assert i18n.with_mnemonic("文件类型：", "T") == "文件类型(&T)："
    assert i18n.with_mnemonic("打开...", "O") == "打开(&O)..."
    assert i18n.with_mnemonic("打开", "O") == "打开(&O)"
