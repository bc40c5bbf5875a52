"""A receiving process killed (SIGKILL) right after acknowledged scans loses none and counts none twice."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.context import AppContext
from app.db.base import Base
from app.db.models.parts import StockMove
from services.parts.stock import NewPart
from services.users.permissions import Actor
from tests.conftest import FAST_HASHER

ROOT = Path(__file__).resolve().parents[2]

# The child scans as fast as it can: "SCAN key" before a scan is sent, "ACK key" once it is committed
# (what the screen would acknowledge with green and a beep).
CHILD = r"""
import sys, uuid
from app.context import AppContext
from app.db.engine import open_database
from services.users.permissions import Actor

url, receipt_id, code = sys.argv[1], int(sys.argv[2]), sys.argv[3]
ctx = AppContext(open_database(url))
actor = Actor.system()
while True:
    key = uuid.uuid4().hex
    print("SCAN", key, flush=True)
    ctx.parts_receiving.scan(actor, receipt_id, code, key)
    print("ACK", key, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_killed_receiving_keeps_every_acknowledged_scan_and_replays_count_nothing(empty_db, clock, record_property):
    db = empty_db.open()
    Base.metadata.create_all(db.engine)
    ctx = AppContext(db, clock, hasher=FAST_HASHER)
    actor = Actor.system()
    part = ctx.parts.create_part(actor, NewPart("5Q0129620B", "空气滤清器", barcodes=["6923456789017"]))
    grn = ctx.parts_receiving.open_receipt(actor)
    rng = random.Random(5)
    acked: list[str] = []
    sent: list[str] = []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rounds = 12
    for _round in range(rounds):
        child = subprocess.Popen([sys.executable, "-c", CHILD, empty_db.url(), str(grn.id), "6923456789017"],
                                 stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        want = rng.randint(1, 6)
        got = 0
        assert child.stdout is not None
        for line in child.stdout:
            word, key = line.split()
            if word == "SCAN":
                sent.append(key)
            else:
                acked.append(key)
                got += 1
                if got == want:
                    child.send_signal(signal.SIGKILL)  # right after an acknowledged scan
                    break
        child.wait()
        for line in child.stdout:  # what the child sent between the last read and the kill counts as sent too
            word, key = line.split()
            (sent if word == "SCAN" else acked).append(key)
        child.stdout.close()
        assert child.returncode == -signal.SIGKILL

    with db.read() as s:
        stored = set(s.scalars(select(StockMove.scan_key).where(StockMove.scan_key.is_not(None))))
    assert set(acked) <= stored  # every acknowledged scan is on disk
    found_after_kills = len(stored)
    # after the crash the client replays every scan it read (acknowledged or not): nothing counts twice
    for key in sent:
        ctx.parts_receiving.scan(actor, grn.id, "6923456789017", key)
    with db.read() as s:
        moves = s.scalar(select(func.count()).select_from(StockMove))
    assert moves == len(set(sent))
    assert ctx.parts.part(actor, part.id).on_hand == D(len(set(sent)))
    assert ctx.parts.verify() == []
    # the counts, in CI's log (tests/conftest.py prints every "harness" property at the end of the run)
    counts = (f"{db.url.get_backend_name()}: {rounds} kill -9 cycles, {len(set(sent))} scans sent, "
              f"{len(acked)} acknowledged, {found_after_kills} found on disk after the kills "
              f"(0 acknowledged missing), {moves} stock moves after replaying all, 0 counted twice")
    print(counts)
    record_property("harness", counts)
    ctx.close()
