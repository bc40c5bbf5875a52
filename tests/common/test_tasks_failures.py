"""A save's failure stays visible: a newer task of the same name never swallows it."""

from __future__ import annotations

import threading
from datetime import date
from decimal import Decimal

import pytest

from services.common.errors import QT_TRANSLATE_NOOP, ValidationError
from viewmodels.common.errors import describe

pytestmark = pytest.mark.gui

REFUSED = QT_TRANSLATE_NOOP("ServiceError", "A labour rate is more than zero.")


def test_a_failed_save_followed_by_a_second_task_of_its_name_still_delivers_its_error(qtbot, tasks):
    gate = threading.Event()
    done, errors = [], []

    def first_save():
        gate.wait(5)  # still writing when the second save starts
        raise ValidationError(REFUSED, field="rate")

    tasks.run("rate-save", first_save, on_done=done.append, on_error=errors.append)
    with qtbot.waitSignal(tasks.finished, timeout=5000):
        tasks.run("rate-save", lambda: "second saved", on_done=done.append, on_error=errors.append)
    assert done == ["second saved"] and errors == []
    assert tasks.busy  # the first save has not answered yet
    with qtbot.waitSignal(tasks.failed, timeout=5000) as failed:
        gate.set()
    assert failed.args[0] == "rate-save"
    assert [describe(e) for e in errors] == ["A labour rate is more than zero."]
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)
    assert done == ["second saved"]  # the superseded save's result would be stale: never delivered


def test_when_both_saves_fail_both_errors_are_delivered(qtbot, tasks):
    gate = threading.Event()
    errors: list[str] = []

    def save(text, wait):
        if wait:
            gate.wait(5)
        raise ValidationError(text)

    tasks.run("save", save, "first refused", True, on_error=lambda e: errors.append(describe(e)))
    with qtbot.waitSignal(tasks.failed, timeout=5000):
        tasks.run("save", save, "second refused", False, on_error=lambda e: errors.append(describe(e)))
    with qtbot.waitSignal(tasks.failed, timeout=5000):
        gate.set()
    assert errors == ["second refused", "first refused"]


def test_a_page_that_cancels_its_tasks_hears_from_none_of_them(qtbot, tasks):
    gate = threading.Event()
    errors, states = [], []
    tasks.busyChanged.connect(states.append)

    def save():
        gate.wait(5)
        raise ValidationError("refused")

    first = tasks.run("save", save, on_error=errors.append)
    second = tasks.run("save", save, on_error=errors.append)  # supersedes the first
    tasks.cancel("save")  # the page closes: neither outcome is wanted
    assert not tasks.busy
    gate.set()
    qtbot.waitUntil(lambda: first.done() and second.done(), timeout=5000)
    assert errors == []
    assert states == [True, False]


def test_the_settings_page_shows_a_refused_rate_even_after_the_next_rate_saved(qtbot, tasks, ctx, admin):
    """Two rate saves in a row on the settings page: the first one (refused) answers last."""
    from viewmodels.settings.page import SettingsViewModel

    gate = threading.Event()

    class HeldStation:
        """The real station service, its labour-rate save held back as a slow network would."""

        def __getattr__(self, name):
            return getattr(ctx.station, name)

        def set_labour_rate(self, *args, **kwargs):
            gate.wait(5)
            return ctx.station.set_labour_rate(*args, **kwargs)

    vm = SettingsViewModel(HeldStation(), ctx.users, admin, tasks, "en", lambda _lang: None)
    shown: list[tuple[str, str]] = []
    vm.errorChanged.connect(lambda field, text: shown.append((field, text)))
    vm.set_labour_rate("maintenance", "customer", date(2026, 12, 1), "0")
    with qtbot.waitSignal(vm.saved, timeout=5000):
        vm.set_tax_rate("general", date(2026, 12, 1), "13")
    with qtbot.waitSignal(vm.errorChanged, timeout=5000):
        gate.set()
    assert shown[-1] == ("rate", "A labour rate is more than zero.")
    assert ctx.station.tax_rate_on(date(2026, 12, 1), "general") == Decimal("0.13")
