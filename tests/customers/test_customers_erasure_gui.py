"""The customer page's "Erase personal data…" button, driven as a customer-relations supervisor does it."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt

from app.pages import PageEnv
from services.users.permissions import Actor, Role
from tests.gui_helpers import type_text
from tests.job_cards.fixtures import make_station

pytestmark = pytest.mark.gui


@pytest.fixture
def station(ctx, admin):
    return make_station(ctx, admin)


@pytest.fixture
def open_page(ctx, tasks, qtbot):
    from app.pages.customers import make_page

    views = []

    def opener(actor, customer_id):
        view = make_page(PageEnv(ctx, actor, tasks, None))
        views.append(view)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        with qtbot.waitSignal(view.page_vm.loaded, timeout=5000):
            view.page_vm.load(customer_id)
        return view

    yield opener
    tasks.shutdown()
    for view in views:
        view.close()
        shiboken6.delete(view)


def crc_supervisor(ctx, admin) -> Actor:
    info = ctx.users.create_user(admin, "crcsup", "周主管", "secret-pass-1", [Role.CRC_SUPERVISOR])
    return Actor.for_roles(info.id, info.username, info.display_name, info.roles)


def start_erasure(qtbot, view):
    qtbot.mouseClick(view.page.erase_button, Qt.MouseButton.LeftButton)
    dialog = view.page.erasure_dialog
    qtbot.waitExposed(dialog)
    assert not dialog.erase_button.isEnabled()  # nothing happens without a reason and the confirmation
    type_text(qtbot, dialog.reason, "本人到店书面申请删除")
    assert not dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert dialog.erase_button.isEnabled()
    return dialog


def test_the_supervisor_erases_a_customer_after_confirming_and_the_page_shows_the_placeholder(
        ctx, admin, qtbot, station, open_page):
    jc = ctx.job_cards
    card = jc.open_card(station.advisor, station.intake())
    jc.cancel(station.advisor, card.id, card.version, "客户改期")
    view = open_page(crc_supervisor(ctx, admin), station.customer_id)
    assert view.page.title.text() == "陈志强"
    dialog = start_erasure(qtbot, view)
    with qtbot.waitSignal(view.page_vm.loaded, timeout=5000):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert view.page.title.text() == f"匿名客户#{station.customer_id}"
    assert not view.page.erase_button.isEnabled() and not view.page.edit_button.isEnabled()
    labels = {view.page.profile.itemAt(i).widget().text() for i in range(view.page.profile.count())
              if view.page.profile.itemAt(i).widget() is not None}
    assert "erased on the customer's request" in labels and "13912345678" not in labels
    assert view.page_vm.vehicles.data(view.page_vm.vehicles.index(0, 0)) == "沪A12345"  # the car stays
    stored = ctx.customers.customer(admin, station.customer_id)
    assert stored.erased and stored.mobile == ""
    assert jc.card(admin, card.id).customer_name == f"匿名客户#{station.customer_id}"


def test_open_work_refuses_the_erasure_in_the_dialog_and_nothing_changes(ctx, admin, qtbot, station, open_page):
    card = ctx.job_cards.open_card(station.advisor, station.intake())
    view = open_page(crc_supervisor(ctx, admin), station.customer_id)
    dialog = start_erasure(qtbot, view)
    with qtbot.waitSignal(dialog.vm.errorChanged, timeout=5000):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and card.number in dialog.error.text() and "open" in dialog.error.text()
    assert ctx.customers.customer(admin, station.customer_id).name == "陈志强"


def test_a_role_without_the_privacy_permission_has_no_erase_button(ctx, admin, station, open_page):
    view = open_page(station.advisor, station.customer_id)
    assert not view.page.erase_button.isVisible()
