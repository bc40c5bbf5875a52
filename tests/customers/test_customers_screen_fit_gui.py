"""The customers page on a station PC at 125% scaling: 1366×768 is 1093×614 logical pixels. The page fits
the window with a customer open: no horizontal scroll bar on the page, every button on screen (the
buttons wrap to a second row; the search list beside it gives way and can be collapsed)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton

from app.gui import build_main_window
from app.settings import LocalSettings
from services.common.identifiers import make_vin
from services.customers.service import CustomerInput, VehicleInput

pytestmark = pytest.mark.gui
SCREEN = (1093, 614)


@pytest.fixture
def local_settings(tmp_path):
    s = LocalSettings()
    s.save = lambda p=None, _orig=s.save: _orig(tmp_path / "settings.json")
    return s


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):
    from app import i18n

    translators = i18n.install(qapp, request.param)
    yield request.param
    for tr in translators:
        qapp.removeTranslator(tr)


def inside_window(window, widget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return top_left.x() >= 0 and top_left.x() + widget.width() <= window.width()


def test_the_customers_page_fits_1093_pixels_without_a_horizontal_scroll_bar(qtbot, ctx, admin, tasks,
                                                                            local_settings, language):
    c = ctx.customers.create_customer(
        admin, CustomerInput(name="上海顺达物流有限公司浦东分公司", kind="company", mobile="13812341234",
                             credit_code="91310000775785552L"),
        vehicles=[VehicleInput(vin=make_vin("LSVAB2BM0JN654321"), plate="沪A12345", brand="上汽大众", model="帕萨特"),
                  VehicleInput(vin=make_vin("LFV3A23C0H3098765"), plate="沪C88888", brand="一汽-大众", model="速腾")])
    window = build_main_window(ctx, admin, tasks, local_settings)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    window.open_area("customers")
    page = window.current_page()
    with qtbot.waitSignal(page.page_vm.loaded, timeout=10_000):
        page.page_vm.load(c.id)
    qtbot.waitUntil(lambda: page.page.vehicles.model().rowCount() == 2, timeout=10_000)
    holder = window.pages.currentWidget()
    assert (window.width(), window.height()) == SCREEN
    assert not holder.horizontalScrollBar().isVisible(), page.minimumSizeHint().width()
    assert page.width() <= holder.viewport().width()
    for button in page.findChildren(QAbstractButton):
        if button.isVisible() and button.objectName() != "qt_scrollarea_hcontainer":
            assert inside_window(window, button), button.text()
    assert page.page.job_card_button.isVisible() and page.page.job_card_button.isEnabled()
    # the search list is not squeezed to nothing, and gives all its room when collapsed
    left, right = page.splitter.sizes()
    assert left >= 250 and right >= 450, (left, right)
    window.grab().save(f"/tmp/fdshots/customers_{language}_list.png")
    page.splitter.setSizes([0, left + right])
    assert page.splitter.sizes()[0] == 0 and not holder.horizontalScrollBar().isVisible()
    window.grab().save(f"/tmp/fdshots/customers_{language}.png")
