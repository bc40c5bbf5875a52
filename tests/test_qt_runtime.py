"""The Qt binding we ship must not crash the interpreter: PySide6 6.12.0 did (bool signals)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def test_emitting_bool_signals_leaves_the_interpreter_able_to_exit_cleanly():
    code = textwrap.dedent("""
        from PySide6.QtCore import QObject, Signal
        from PySide6.QtWidgets import QApplication, QCheckBox

        app = QApplication([])

        class Busy(QObject):
            changed = Signal(bool)

        busy = Busy()
        seen = []
        busy.changed.connect(seen.append)
        for i in range(2000):
            busy.changed.emit(i % 2 == 0)
        box = QCheckBox()
        box.toggled.connect(seen.append)
        for i in range(2000):
            box.setChecked(i % 2 == 0)
        print(len(seen))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "4000"
