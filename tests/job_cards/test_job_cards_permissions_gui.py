"""Permissions shown before acting on the job card page: what a role may not do is read-only or
absent with the reason in words, and a refused save puts the stored values back (issue 10, item 6)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit

from app.pages import PageEnv
from app.pages.job_cards import make_page
from services.users.permissions import Actor, Permission, Role, role_permissions
from tests.gui_helpers import type_text
from tests.job_cards.fixtures import make_station

pytestmark = pytest.mark.gui
WAIT = 15000


@pytest.fixture
def station(ctx, admin):
    return make_station(ctx, admin)


@pytest.fixture
def zh(qapp):
    from app import i18n

    translators = i18n.install(qapp, "zh_CN")  # the station works in Chinese
    yield
    for tr in translators:
        qapp.removeTranslator(tr)


def _form(qtbot, ctx, actor, tasks, number):
    page = make_page(PageEnv(ctx, actor, tasks, None))
    qtbot.addWidget(page)
    page.show()
    form = page.open_card(None)
    with qtbot.waitSignal(form.vm.cardChanged, timeout=WAIT):
        form.vm.load(number)
    return page, form


def _editable(widget) -> bool:
    """What a person can change: a text field that is not read-only, any other widget that is enabled."""
    if not widget.isEnabled():
        return False
    if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
        return not widget.isReadOnly()
    return True


def test_a_technician_sees_the_reception_read_only_with_the_reason_and_no_discount_button(
        qtbot, qloop, tasks, ctx, station, zh):
    card = ctx.job_cards.open_card(station.advisor, station.intake())
    card = ctx.job_cards.add_labour(station.advisor, card.id, card.version, "BY001")
    _page, form = _form(qtbot, ctx, station.technician, tasks, card.number)

    why = "需要“接车；编辑任务委托书及其项目”权限，您的角色（技师）不具备此权限。"
    for widget in form.intake_widgets():
        assert not _editable(widget), widget
        assert widget.toolTip() == why
    # the values stay readable
    assert form.mileage.text() == "35000" and form.words.toPlainText() == card.customer_words
    assert form.mileage.isReadOnly() and form.mileage.isEnabled()
    # typing into a reception field changes nothing
    form.mileage.setFocus()
    qtbot.keyClicks(form.mileage, "9")
    assert form.mileage.text() == "35000"

    # no discount, no saving the intake, no adding lines, no cancelling
    for absent in (form.discount_button, form.open_button, form.cancel_button):
        assert not absent.isVisible()
    for field in (form.op_field, form.part_field, form.discount):
        assert not _editable(field) and field.toolTip() == why
    assert not form.dispatch_button.isEnabled() and form.dispatch_button.toolTip() == why
    # the final check is the inspector's
    assert not form.final_check_button.isEnabled()
    assert "记录质量检验" in form.final_check_button.toolTip()
    # a double-click on a line's discount opens nothing
    index = form.vm.lines.index(0, 5)
    form.table.doubleClicked.emit(index)
    assert form.dialog is None
    # printing is for everyone who sees the card
    assert form.print_button.isEnabled() and form.print_button.toolTip() == ""


def test_an_advisor_sees_the_same_fields_editable_without_a_reason(qtbot, qloop, tasks, ctx, station):
    card = ctx.job_cards.open_card(station.advisor, station.intake())
    _page, form = _form(qtbot, ctx, station.advisor, tasks, card.number)
    for widget in form.intake_widgets():
        if widget is form.damage.remove_button:
            continue  # enabled once there is a mark to remove
        assert _editable(widget), widget
        assert "Needs the right" not in widget.toolTip()  # a widget's own tooltip, if it has one
    assert form.discount_button.isVisible() and form.open_button.isVisible()


def test_a_refused_save_puts_the_stored_value_back_and_names_the_permission_in_chinese(
        qtbot, qloop, tasks, ctx, station, zh):
    """The advisor's role is taken away while the card is open: saving is refused in words and
    the mileage field shows the stored value again."""
    card = ctx.job_cards.open_card(station.advisor, station.intake())
    now = {"perms": role_permissions([Role.SERVICE_ADVISOR])}
    advisor = Actor.for_roles(station.advisor.user_id, station.advisor.username, station.advisor.display_name,
                              [Role.SERVICE_ADVISOR], guard=lambda _actor: now["perms"])
    _page, form = _form(qtbot, ctx, advisor, tasks, card.number)
    vm = form.vm
    assert not form.mileage.isReadOnly()

    form.mileage.clear()
    type_text(qtbot, form.mileage, "36000")
    now["perms"] = role_permissions([Role.TECHNICIAN])  # the administrator changed their roles meanwhile
    with qtbot.waitSignal(vm.refused, timeout=WAIT):
        qtbot.mouseClick(form.open_button, Qt.MouseButton.LeftButton)

    message = form.error.text()
    assert message == "李顾问无权执行此操作：其角色（服务顾问）不具备“接车；编辑任务委托书及其项目”权限。"
    assert "job_cards" not in message and "." not in message.replace("。", "")
    assert form.mileage.text() == "35000"  # the stored value, not the refused one
    assert ctx.job_cards.card(station.admin, card.id).mileage_in == 35000
    # and now the form shows what the person may no longer do
    assert form.mileage.isReadOnly() and "接车；编辑任务委托书及其项目" in form.mileage.toolTip()


def test_refusal_in_english_names_the_permission_and_roles_in_words(ctx, station):
    card = ctx.job_cards.open_card(station.advisor, station.intake())
    with pytest.raises(Exception) as err:
        ctx.job_cards.update_intake(station.technician, card.id, card.version, station.intake(mileage_in=36000))
    assert str(err.value) == ("张技师 may not do this: “Receive cars; edit job cards and their lines” is not "
                              "among the rights of their roles (Technician).")
    assert Permission.EDIT_JOB_CARDS.value not in str(err.value)
