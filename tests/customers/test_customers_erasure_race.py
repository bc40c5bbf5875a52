"""Erasing a customer on one PC while another opens a job card for them: exactly one wins, on both engines.

Two PCs are two ``AppContext``s over two engines on the same database. The first call is held
inside its write transaction, after it has taken the customer row, until the second call is seen
waiting for it (on PostgreSQL: its backend waits on a lock, read from ``pg_stat_activity``; on
SQLite: it is about to ``BEGIN IMMEDIATE``, which waits for the writer); then the first goes on.
The loser gets a refusal in words and leaves nothing behind."""

from __future__ import annotations

import threading
import uuid

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.engine import make_url

from app.context import AppContext
from app.db.engine import open_database
from app.db.models.customers import Customer
from app.db.models.job_cards import JobCard
from services.common.errors import ValidationError
from services.customers import erasure
from services.customers.service import ErasureRefused
from services.job_cards import reception
from services.users.permissions import Actor, Role
from tests.conftest import FAST_HASHER
from tests.job_cards.fixtures import make_station

REASON = "客户2026-11-20书面申请删除个人信息"
WAIT = 20.0


def wait_until(condition, what: str, timeout: float = WAIT) -> None:
    """Poll a condition another thread or PC makes true (a database state, not a time)."""
    pause = threading.Event()
    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        pause.wait(0.02)
    raise AssertionError(f"timed out waiting until {what}")


class PC:
    """One workstation: its own engine (named, on PostgreSQL) and services over the shared database."""

    def __init__(self, empty_db, clock, name: str) -> None:
        self.name = f"sb-race-{name}-{uuid.uuid4().hex[:8]}"
        url = make_url(empty_db.url())
        if empty_db.engine_name != "sqlite":
            url = url.update_query_dict({"application_name": self.name})
        self.db = open_database(url.render_as_string(hide_password=False))
        empty_db.opened.append(self.db)
        self.ctx = AppContext(self.db, clock, hasher=FAST_HASHER)
        self.writing = threading.Event()

        @event.listens_for(self.db.engine, "before_cursor_execute")
        def _seen(_conn, _cursor, statement, *_args) -> None:
            if statement.startswith("BEGIN IMMEDIATE"):
                self.writing.set()

    def waiting(self, observer) -> bool:
        """Whether this PC is held by the other one's transaction."""
        if self.db.is_sqlite:
            return self.writing.is_set()  # BEGIN IMMEDIATE waits for the other writer's commit
        with observer.read() as s:
            return s.scalar(text("SELECT count(*) FROM pg_stat_activity WHERE application_name = :n "
                                 "AND wait_event_type = 'Lock'"), {"n": self.name}) > 0


class Outcome(threading.Thread):
    def __init__(self, fn) -> None:
        super().__init__(daemon=True)
        self.fn, self.result, self.error = fn, None, None

    def run(self) -> None:
        try:
            self.result = self.fn()
        except Exception as exc:  # noqa: BLE001 (the outcome is what the test checks)
            self.error = exc

    def outcome(self):
        self.join(WAIT)
        assert not self.is_alive(), "the call did not finish"
        return self.result, self.error


@pytest.fixture
def station(ctx, admin):
    return make_station(ctx, admin)


@pytest.fixture
def crc(ctx, admin):
    info = ctx.users.create_user(admin, "crcsup", "周主管", "secret-pass-1", [Role.CRC_SUPERVISOR])
    return Actor.for_roles(info.id, info.username, info.display_name, info.roles)


@pytest.fixture
def pcs(empty_db, clock, ctx):
    return PC(empty_db, clock, "a"), PC(empty_db, clock, "b")


def hold(monkeypatch, module, name: str, when=lambda *a, **k: True):
    """Hold ``module.name`` after it ran (inside its caller's transaction) until ``go`` is set."""
    held, go = threading.Event(), threading.Event()
    original = getattr(module, name)

    def wrapper(*args, **kwargs):
        out = original(*args, **kwargs)
        if when(*args, **kwargs):
            held.set()
            assert go.wait(WAIT), "never let go"
        return out

    static = isinstance(vars(module).get(name), staticmethod)
    monkeypatch.setattr(module, name, staticmethod(wrapper) if static else wrapper)
    return held, go


def cards_of(ctx, customer_id: int) -> list[tuple[str, str, str]]:
    with ctx.db.read() as s:
        return [tuple(r) for r in s.execute(select(JobCard.number, JobCard.customer_name, JobCard.customer_phone)
                                            .where(JobCard.customer_id == customer_id))]


def test_erasure_first_the_card_on_the_other_pc_waits_then_is_refused(ctx, station, crc, pcs, monkeypatch):
    a, b = pcs
    # the erasure holds the customer row (its refresh FOR UPDATE ran) while it checks for open work
    held, go = hold(monkeypatch, erasure.CustomerEraser, "_refuse_open_work")
    eraser = Outcome(lambda: a.ctx.customers.erase_customer(crc, station.customer_id, REASON))
    eraser.start()
    assert held.wait(WAIT)
    opener = Outcome(lambda: b.ctx.job_cards.open_card(station.advisor, station.intake()))
    opener.start()
    wait_until(lambda: b.waiting(ctx.db), "the card waits for the erasure")
    go.set()

    erased, error = eraser.outcome()
    assert error is None and erased.erased
    card, refused = opener.outcome()
    assert card is None and isinstance(refused, ValidationError)
    assert "was erased on their request" in refused.message() and f"#{station.customer_id}" in refused.message()
    assert cards_of(ctx, station.customer_id) == []
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(JobCard)) == 0
        assert s.scalar(select(Customer.mobile).where(Customer.id == station.customer_id)) is None


def test_card_first_the_erasure_on_the_other_pc_waits_then_is_refused(ctx, station, crc, pcs, monkeypatch):
    a, b = pcs
    # reception holds the owner's row (vehicle_snapshot for a card locked it) until let go
    held, go = hold(monkeypatch, reception, "vehicle_snapshot", when=lambda *a, **k: k.get("for_card", False))
    opener = Outcome(lambda: b.ctx.job_cards.open_card(station.advisor, station.intake()))
    opener.start()
    assert held.wait(WAIT)
    eraser = Outcome(lambda: a.ctx.customers.erase_customer(crc, station.customer_id, REASON))
    eraser.start()
    wait_until(lambda: a.waiting(ctx.db), "the erasure waits for the card")
    go.set()

    card, error = opener.outcome()
    assert error is None and card.customer_name == "陈志强"
    erased, refused = eraser.outcome()
    assert erased is None and isinstance(refused, ErasureRefused) and refused.reason == "open_cards"
    assert card.number in refused.message()
    # the card keeps a live customer: nothing was erased
    assert cards_of(ctx, station.customer_id) == [(card.number, "陈志强", "13912345678")]
    assert not ctx.customers.customer(crc, station.customer_id).erased


def test_a_card_is_refused_on_an_erased_customer(ctx, station, crc):
    ctx.customers.erase_customer(crc, station.customer_id, REASON)
    with pytest.raises(ValidationError, match="was erased on their request"):
        ctx.job_cards.open_card(station.advisor, station.intake())
    with pytest.raises(ValidationError, match="was erased on their request"):
        ctx.job_cards.open_card(station.advisor, station.intake(), estimate=True)
    assert cards_of(ctx, station.customer_id) == []
