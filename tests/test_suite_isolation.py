"""The test suite on a station PC: it never reaches the station's own database or data folder."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from app.context import AppContext
from services.station.settings import StationSettings

ROOT = Path(__file__).resolve().parents[1]

# the tests that run the CLI with no --db: as a subprocess (test_startup) and in-process (test_i18n)
CLI_TESTS = ["tests/shell/test_startup.py", "tests/test_i18n.py::test_cli_speaks_chinese_by_default"]


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_cli_tests_leave_the_database_named_by_servicebay_db_untouched(tmp_path):
    station = tmp_path / "station"
    station.mkdir()
    url = f"sqlite:///{station / 'servicebay.sqlite3'}"
    ctx, _ = AppContext.open(url)
    ctx.station.set_up(StationSettings(name="城东维修站", address="", phone="", credit_code=""),
                       "boss", "站长", "station-pass-9", today=ctx.clock.today())
    ctx.close()
    (station / "settings.json").write_text('{"language": "en"}', encoding="utf-8")
    before = _snapshot(station)
    assert set(before) == {"servicebay.sqlite3", "settings.json"}

    # a station PC as the README's several-PC section sets it up
    env = {**os.environ, "SERVICEBAY_DB": url, "SERVICEBAY_HOME": str(station), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SERVICEBAY_TEST_PG_URL", None)  # these tests use no database fixture
    # -n 0: five tests need no worker processes of their own (two more interpreters importing the app)
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "0",
                          "-k", "version or init or corrupt or cli_speaks", *CLI_TESTS],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:]
    assert "5 passed" in run.stdout  # all four CLI runs of test_startup and the in-process one
    assert _snapshot(station) == before  # same files, same bytes: no WAL, no log, no settings change
