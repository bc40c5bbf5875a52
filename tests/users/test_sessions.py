"""Sessions: idle unlock counts toward lockout, approvals cannot lock a supervisor out, disabled users and
changed roles reach open sessions, passwords have a minimum strength and can be expired by an admin."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.context import AppContext
from app.db.models.users import User
from services.common.errors import AuthenticationError, PermissionDenied, ValidationError
from services.job_cards.service import Approval
from services.parts.stock import NewPart
from services.users.permissions import Permission, Role
from services.users.sessions import SESSION_CHECK_SECONDS
from tests.conftest import ADMIN_PASSWORD, FAST_HASHER
from tests.job_cards.fixtures import PASSWORD, make_station
from viewmodels.shell.session import SignInViewModel
from views.shell.sign_in import SignInDialog


class Ticker:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def _user_row(ctx, username):
    with ctx.db.read() as s:
        return s.execute(select(User.failed_attempts, User.locked_until).where(User.username == username)).one()


# ---- the idle lock ----------------------------------------------------------------------------------


def test_wrong_passwords_on_the_locked_screen_lock_the_account_like_at_sign_in(ctx, admin):
    ctx.users.create_user(admin, "advisor", "李顾问", PASSWORD, [Role.SERVICE_ADVISOR])
    advisor = ctx.users.authenticate("advisor", PASSWORD)
    for _ in range(4):
        with pytest.raises(AuthenticationError) as err:
            ctx.users.unlock(advisor, "guess-123")
        assert err.value.message() == "The password is wrong."
    assert _user_row(ctx, "advisor").failed_attempts == 4
    with pytest.raises(AuthenticationError) as err:
        ctx.users.unlock(advisor, "guess-124")
    assert "locked" in err.value.message()
    with pytest.raises(AuthenticationError):  # now even the right password waits 15 minutes
        ctx.users.unlock(advisor, PASSWORD)
    with pytest.raises(AuthenticationError):
        ctx.users.authenticate("advisor", PASSWORD)
    assert [e.action for e in ctx.audit.entries(admin, action_prefix="user.locked")] == ["user.locked"]
    ctx.clock.advance(minutes=16)
    ctx.users.unlock(advisor, PASSWORD)


def test_lock_panel_says_the_account_is_locked_after_five_wrong_passwords(qtbot, ctx, admin, tasks, tmp_path):
    from app.gui import build_main_window
    from app.settings import LocalSettings

    settings = LocalSettings()
    settings.save = lambda p=None, _orig=settings.save: _orig(tmp_path / "settings.json")
    window = build_main_window(ctx, admin, tasks, settings)
    qtbot.addWidget(window)
    window.show()
    lock = window.lock_vm
    with qtbot.waitSignal(lock.locked, timeout=3000):
        lock.set_interval_ms(50)
    lock.set_interval_ms(60_000)
    panel = window.lock_panel
    for _ in range(5):
        with qtbot.waitSignal(lock.errorChanged, check_params_cb=bool):
            qtbot.keyClicks(panel.password, "wrong-one-1")
            qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert "locked after too many wrong passwords" in panel.message.text()
    assert lock.is_locked
    with qtbot.waitSignal(window.signOutRequested):  # someone else may use the PC
        qtbot.mouseClick(panel.sign_out_button, Qt.MouseButton.LeftButton)


# ---- approvals -----------------------------------------------------------------------------------


@pytest.fixture
def station(ctx, admin):
    return make_station(ctx, admin)


def test_wrong_approval_passwords_do_not_lock_the_supervisor_but_make_this_pc_wait(ctx, station):
    ticker = Ticker()
    ctx.users.approvals.monotonic = ticker
    jc = ctx.job_cards
    c = jc.open_card(station.advisor, station.intake())
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            jc.add_labour(station.advisor, c.id, c.version, "DP001", discount="0.15",
                          approval=Approval("frontsup", "wrong-pass-9"))
    # the supervisor's own sign-in is untouched
    row = _user_row(ctx, "frontsup")
    assert row.failed_attempts == 0 and row.locked_until is None
    assert ctx.users.authenticate("frontsup", PASSWORD).username == "frontsup"
    # but this PC waits a minute before the next approval, even with the right password
    with pytest.raises(AuthenticationError) as err:
        jc.add_labour(station.advisor, c.id, c.version, "DP001", discount="0.15",
                      approval=Approval("frontsup", PASSWORD))
    assert "Too many wrong approval passwords on this PC" in err.value.message()
    assert err.value.params["seconds"] == 61
    assert [e.action for e in ctx.audit.entries(station.admin, action_prefix="user.approval")] == [
        "user.approval_throttled"]
    ticker.t += 61
    c = jc.add_labour(station.advisor, c.id, c.version, "DP001", discount="0.15",
                      approval=Approval("frontsup", PASSWORD))
    assert c.lines[-1].discount_approved_by == "frontsup"


def test_the_wait_doubles_after_another_round_of_wrong_approvals(ctx, station):
    ticker = Ticker()
    ctx.users.approvals.monotonic = ticker
    for round_, wait in ((1, 60), (2, 120)):
        for _ in range(5):
            with pytest.raises(AuthenticationError):
                ctx.users.approve("frontsup", "wrong-pass-9")
        with pytest.raises(AuthenticationError) as err:
            ctx.users.approve("frontsup", PASSWORD)
        assert err.value.params["seconds"] == wait + 1, round_
        ticker.t += wait + 1


def test_a_supervisor_locked_by_their_own_wrong_sign_ins_cannot_approve(ctx, station):
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            ctx.users.authenticate("frontsup", "wrong-pass-9")
    with pytest.raises(AuthenticationError) as err:
        ctx.users.approve("frontsup", PASSWORD)
    assert "locked" in err.value.message()


# ---- disabled users and changed roles reach open sessions ---------------------------------------------


@pytest.fixture
def oil(ctx, admin):
    return ctx.parts.create_part(admin, NewPart("06A115561B", "机油滤清器", unit="个", cost=D("30.00"),
                                                retail_price=D("58.00")))


def test_a_disabled_storekeepers_next_receive_and_issue_are_refused(ctx, admin, oil):
    ctx.users.create_user(admin, "store1", "库管员", "store-pass-1", [Role.STOREKEEPER])
    keeper = ctx.users.authenticate("store1", "store-pass-1")
    grn = ctx.parts_receiving.open_receipt(keeper)
    ctx.parts_receiving.receive(keeper, grn.id, oil.id, 5)
    ctx.users.set_active(admin, keeper.user_id, False)
    with pytest.raises(PermissionDenied) as err:
        ctx.parts_receiving.receive(keeper, grn.id, oil.id, 1)
    assert "has been disabled" in err.value.message()
    with pytest.raises(PermissionDenied):
        ctx.parts.issue_to_job(keeper, "WT202611000001", oil.id, 1)
    assert not keeper.can(Permission.VIEW_PARTS)
    assert ctx.parts.part(admin, oil.id).on_hand == D("5.000")


def test_a_user_disabled_on_another_pc_is_refused_here_within_the_check_interval(ctx, admin, oil, db):
    ctx.users.create_user(admin, "store1", "库管员", "store-pass-1", [Role.STOREKEEPER])
    here = AppContext(db, ctx.clock, hasher=FAST_HASHER)  # this PC; the admin works on another (ctx)
    ticker = Ticker()
    here.users.guard.monotonic = ticker
    keeper = here.users.authenticate("store1", "store-pass-1")
    grn = here.parts_receiving.open_receipt(keeper)
    ctx.users.set_active(admin, keeper.user_id, False)
    here.parts_receiving.receive(keeper, grn.id, oil.id, 1)  # this PC read the account a moment ago
    ticker.t += SESSION_CHECK_SECONDS
    with pytest.raises(PermissionDenied):
        here.parts_receiving.receive(keeper, grn.id, oil.id, 1)
    assert here.parts.part(admin, oil.id).on_hand == D("1.000")


def test_changed_roles_apply_to_the_open_session(ctx, admin, oil):
    ctx.users.create_user(admin, "store1", "库管员", "store-pass-1", [Role.STOREKEEPER])
    keeper = ctx.users.authenticate("store1", "store-pass-1")
    grn = ctx.parts_receiving.open_receipt(keeper)
    ctx.users.set_roles(admin, keeper.user_id, [Role.TECHNICIAN])
    with pytest.raises(PermissionDenied) as err:
        ctx.parts_receiving.receive(keeper, grn.id, oil.id, 1)
    assert "Receive deliveries into stock" in err.value.message() and "parts.receive" not in err.value.message()
    ctx.users.set_roles(admin, keeper.user_id, [Role.TECHNICIAN, Role.PARTS_SUPERVISOR])
    ctx.parts_receiving.receive(keeper, grn.id, oil.id, 1)
    assert keeper.can(Permission.EDIT_PART_PRICES)


# ---- passwords -----------------------------------------------------------------------------------


@pytest.mark.parametrize("password, reason", [
    ("short-1", "at least 8"),
    ("abcdefghij", "mixes letters"),
    ("1234567890", "mixes letters"),
    ("!!!!----####", "mixes letters"),
    ("woaini1314", "too easy"),
    ("P@ssw0rd", "too easy"),
    ("a1a1a1a1a1", "too easy"),
    ("zhangwei88", "user name"),
    ("ZhangWei@2026", "user name"),
])
def test_weak_passwords_are_refused_with_the_reason(ctx, admin, password, reason):
    with pytest.raises(ValidationError) as err:
        ctx.users.create_user(admin, "zhangwei", "张伟", password, [Role.TECHNICIAN])
    assert reason in err.value.message()
    assert err.value.field == "password"


def test_a_reasonable_password_is_accepted(ctx, admin):
    ctx.users.create_user(admin, "zhangwei", "张伟", "brake-disc-42", [Role.TECHNICIAN])
    assert ctx.users.authenticate("zhangwei", "brake-disc-42").username == "zhangwei"


def _sign_in(qtbot, dialog, user, password):
    qtbot.keyClicks(dialog.username, user)
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def _new_password(qtbot, dialog, first, second):
    dialog.new_password.clear()
    dialog.new_password_again.clear()
    qtbot.keyClicks(dialog.new_password, first)
    qtbot.keyClick(dialog.new_password, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.new_password_again, second)
    qtbot.keyClick(dialog.new_password_again, Qt.Key.Key_Return)


def test_an_admin_forced_change_is_asked_for_at_the_next_sign_in(qtbot, ctx, admin, tasks):
    info = ctx.users.create_user(admin, "advisor", "李顾问", PASSWORD, [Role.SERVICE_ADVISOR])
    ctx.users.require_password_change(admin, info.id)
    dialog = SignInDialog(SignInViewModel(ctx.users, tasks), "测试站")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.vm.passwordChangeRequired):
        _sign_in(qtbot, dialog, "advisor", PASSWORD)
    assert dialog.change_box.isVisible() and not dialog.sign_in_box.isVisible() and dialog.actor is None

    _new_password(qtbot, dialog, "front-desk-7", "front-desk-8")
    assert dialog.message.text() == "The two passwords differ."
    with qtbot.waitSignal(dialog.vm.errorChanged, check_params_cb=bool):
        _new_password(qtbot, dialog, "advisor2026", "advisor2026")
    assert "user name" in dialog.message.text()
    with qtbot.waitSignal(dialog.vm.signedIn):
        _new_password(qtbot, dialog, "front-desk-7", "front-desk-7")
    assert dialog.actor.username == "advisor" and not dialog.actor.must_change_password
    assert not dialog.isVisible()
    with pytest.raises(AuthenticationError):
        ctx.users.authenticate("advisor", PASSWORD)
    assert not ctx.users.authenticate("advisor", "front-desk-7").must_change_password
    assert [e.action for e in ctx.audit.entries(admin, action_prefix="user.password")] == [
        "user.password_change", "user.password_expire"]


def test_only_an_administrator_expires_passwords(ctx, admin):
    info = ctx.users.create_user(admin, "advisor", "李顾问", PASSWORD, [Role.SERVICE_ADVISOR])
    advisor = ctx.users.authenticate("advisor", PASSWORD)
    with pytest.raises(PermissionDenied):
        ctx.users.require_password_change(advisor, info.id)
    assert ctx.users.authenticate("admin", ADMIN_PASSWORD).must_change_password is False


# ---- discount limits ------------------------------------------------------------------------------


def test_a_lowered_discount_limit_reaches_the_advisors_open_session(ctx, station, db):
    """The administrator lowers an advisor's limit on another PC: within the check time the advisor's next
    discount above it needs a supervisor; empty gives back the roles' limit."""
    here = AppContext(db, ctx.clock, hasher=FAST_HASHER)  # the advisor's PC; the administrator works on ctx
    ticker = Ticker()
    here.users.guard.monotonic = ticker
    advisor = here.users.authenticate("advisor", PASSWORD)
    jc = here.job_cards
    c = jc.open_card(advisor, station.intake())
    c = jc.add_labour(advisor, c.id, c.version, "DP001", discount="0.05")  # 5%: the advisor's own right
    info = ctx.users.set_discount_limit(station.admin, advisor.user_id, "2%")
    assert info.discount_limit == D("0.02")
    c = jc.add_labour(advisor, c.id, c.version, "DP001", discount="0.05")  # this PC read the account a moment ago
    ticker.t += SESSION_CHECK_SECONDS
    with pytest.raises(PermissionDenied) as err:
        jc.add_labour(advisor, c.id, c.version, "DP001", discount="0.05")
    assert "above your limit of 2%" in err.value.message()
    c = jc.add_labour(advisor, c.id, c.version, "DP001", discount="0.05", approval=Approval("frontsup", PASSWORD))
    assert c.lines[-1].discount_approved_by == "frontsup"
    ctx.users.set_discount_limit(station.admin, advisor.user_id, "")
    ticker.t += SESSION_CHECK_SECONDS
    c = jc.add_labour(advisor, c.id, c.version, "DP001", discount="0.05")
    assert c.lines[-1].discount_approved_by is None
    assert [e.action for e in ctx.audit.entries(station.admin, action_prefix="user.discount")] == [
        "user.discount_limit", "user.discount_limit"]


@pytest.mark.parametrize("typed", ["-1", "101", "abc", "NaN", "1e400"])
def test_a_discount_limit_outside_0_to_100_percent_is_refused(ctx, station, typed):
    advisor = ctx.users.authenticate("advisor", PASSWORD)
    with pytest.raises(ValidationError) as err:
        ctx.users.set_discount_limit(station.admin, advisor.user_id, typed)
    assert "percentage from 0 to 100" in err.value.message()
    assert advisor.current_discount_limit() == D("0.05")
