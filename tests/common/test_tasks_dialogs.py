"""A page that opens a modal dialog with a task's result (the save-as of a PDF, the posting preview) must
not stop the other pages' tasks: seen on the real window as "RuntimeError: Cannot enter into task
<dashboard> while another task <stocktake.pdf> is being executed" when the home page refreshed behind the
save dialog of a stocktake's variance report."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

pytestmark = pytest.mark.gui


def test_another_task_finishes_while_a_result_holds_a_modal_dialog_open(qtbot, qloop, tasks):
    seen: list[str] = []
    loop_errors: list[dict] = []
    qloop.set_exception_handler(lambda _loop, context: loop_errors.append(context))

    def save_as(result: str) -> None:
        dialog = QDialog()
        QTimer.singleShot(5000, dialog.reject)  # never left open by a failing run

        def refreshed(text: str) -> None:
            seen.append(text)
            dialog.accept()  # the person answers the dialog once the other page has refreshed

        tasks.run("home.refresh", lambda: "home refreshed", on_done=refreshed)
        answered = dialog.exec()  # modal, as QFileDialog.getSaveFileName is
        seen.append(f"{result} {'saved' if answered else 'not saved'}")

    tasks.run("stocktake.pdf", lambda: "variances.pdf", on_done=save_as)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10000)
    assert seen == ["home refreshed", "variances.pdf saved"]
    assert loop_errors == []
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)
