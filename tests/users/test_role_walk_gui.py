"""Each page walked as each role: no widget a person can use leads to a permission refusal.

For every action widget of the pages (the job card page first, then parts, tools, customers and
settings) the table below names the permissions its service checks (any one is enough). As each
role (``Role``), every such widget that is usable (shown, enabled, and for a text field not
read-only) must be one the role's permissions allow, and the viewmodel's ``can_*`` must agree.
On the job card form, every usable button must be in the table or known to need only sight of
the card, so a new button cannot slip past this test.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QPushButton

from app.pages import PageEnv
from services.users.permissions import Actor, Permission, Role, role_permissions
from tests.job_cards.fixtures import make_station

pytestmark = pytest.mark.gui
WAIT = 15000
P = Permission


def _usable(widget, page) -> bool:
    if not widget.isVisibleTo(page) or not widget.isEnabled():
        return False
    if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
        return not widget.isReadOnly()
    return True


def _actor(ctx, admin, role: Role) -> Actor:
    info = ctx.users.create_user(admin, f"walk_{role.value}", f"walk {role.value}", "secret-pass-1", [role])
    return Actor.for_roles(info.id, info.username, info.display_name, info.roles)


# the job card form: widget → (permissions its service checks, the viewmodel's can_*)
EDIT = ((P.EDIT_JOB_CARDS,), "can_edit")
JOB_CARD_ACTIONS = {
    "open_button": EDIT, "discount_button": EDIT, "dispatch_button": EDIT, "ask_button": EDIT,
    "answer_button": EDIT, "op_field": EDIT, "part_field": EDIT, "discount": EDIT,
    "reopen_button": EDIT, "promised_button": EDIT, "own_button": EDIT, "not_needed_button": EDIT,
    "stock_button": EDIT,
    "cancel_button": ((P.CANCEL_JOB_CARDS,), "can_cancel"),
    "start_button": ((P.EDIT_JOB_CARDS, P.CLOCK_WORK), "can_start"),
    "self_check_button": ((P.CLOCK_WORK, P.EDIT_JOB_CARDS), "can_self_check"),
    "final_check_button": ((P.QUALITY_CHECK,), "can_check"),
    "print_button": ((P.VIEW_JOB_CARDS,), "can_print"), "pre_button": ((P.VIEW_JOB_CARDS,), "can_print"),
    # an unknown car made at the desk: the customer file's right (shown only when a search finds no car)
    "new_car_button": ((P.EDIT_CUSTOMERS,), "can_create_car"),
}
# buttons on the form that only look (no service call that changes anything)
JOB_CARD_VIEW_ONLY: set[str] = set()


def _job_card_widgets(form):
    widgets = {name: getattr(form, name) for name in JOB_CARD_ACTIONS}
    for i, w in enumerate(form.intake_widgets()):
        widgets[f"intake{i}"] = w
    widgets["other_add"] = form.other.add_button
    widgets["other_amount"] = form.other.amount
    return widgets


@pytest.mark.parametrize("status", ["open", "in_progress"])
def test_no_usable_widget_on_the_job_card_page_is_refused_to_any_role(qtbot, qloop, tasks, ctx, admin, status):
    from app.pages.job_cards import make_page

    station = make_station(ctx, admin)
    svc = ctx.job_cards
    card = svc.open_card(station.advisor, station.intake())
    card = svc.add_labour(station.advisor, card.id, card.version, "BY001")
    if status == "in_progress":
        card = svc.dispatch(station.advisor, card.id, card.version)
        ctx.workshop.assign(admin, card.id, [station.technician.user_id])
        card = svc.transition(station.technician, card.id, svc.card(admin, card.id).version, "in_progress")
    for role in Role:
        actor = _actor(ctx, admin, role)
        perms = role_permissions([role])
        if P.VIEW_JOB_CARDS not in perms:
            continue  # the page is not offered
        page = make_page(PageEnv(ctx, actor, tasks, None))
        qtbot.addWidget(page)
        page.show()
        form = page.open_card(None)
        with qtbot.waitSignal(form.vm.cardChanged, timeout=WAIT):
            form.vm.load(card.number)
        for name, widget in _job_card_widgets(form).items():
            needs, can = JOB_CARD_ACTIONS.get(name, EDIT)
            allowed = bool(perms & set(needs))
            assert getattr(form.vm, can) == allowed, (role, name)
            if _usable(widget, form):
                assert allowed, f"{role.value} can use {name}, which needs {[p.value for p in needs]}"
            elif not allowed:
                assert widget.toolTip() or not widget.isVisibleTo(form), (role, name)  # says why
        known = {id(w) for w in _job_card_widgets(form).values()}
        for button in form.findChildren(QPushButton):
            if _usable(button, form) and id(button) not in known:
                assert button.objectName() in JOB_CARD_VIEW_ONLY or button.parent() is form.damage, \
                    f"{role.value}: button {button.text()!r} is not in the table of actions"
        # a plate not on file: "New customer and car…" only for those who may make customers
        form = page.open_card(None)
        with qtbot.waitSignal(form.vm.busyChanged, timeout=WAIT, check_params_cb=lambda busy: not busy):
            form.vm.findVehicle("沪Z99999")
        searched = P.VIEW_CUSTOMERS in perms  # the search is the customer file's
        assert form.not_found_row.isVisibleTo(form) == searched, role
        assert _usable(form.new_car_button, form) == (searched and P.EDIT_CUSTOMERS in perms), role
        page.close()


def _parts_widgets(page):
    from views.parts.stock import PartsPage

    stock = page.findChild(PartsPage)
    a = stock.actions
    return {"add_barcode": (stock.add_code, (P.EDIT_PARTS, P.RECEIVE_PARTS), stock.vm.can_add_barcode),
            "sale": (a.sale_button, (P.ISSUE_PARTS,), a.vm.can_sell),
            "adjust": (a.adjust_button, (P.APPROVE_STOCKTAKE,), a.vm.can_adjust),
            "transfer": (a.transfer_button, (P.RECEIVE_PARTS,), a.vm.can_transfer)}


def _tools_widgets(page):
    vm = page.vm
    return {"new": (page.ledger.new_button, (P.EDIT_TOOLS,), vm.can_edit),
            "settle": (page.settle_button, (P.EDIT_TOOLS,), vm.can_edit),
            "end_visit": (page.desk.end_button, (P.LEND_TOOLS,), vm.can_lend),
            "scan": (page.desk.scan, (P.LEND_TOOLS,), vm.can_lend)}


def _customers_widgets(view):
    vm = view.page.vm
    return {"new": (view.new_button, (P.EDIT_CUSTOMERS,), vm.can_edit()),
            "import": (view.import_button, (P.EDIT_CUSTOMERS,), vm.can_edit()),
            "export": (view.export_button, (P.EXPORT_PERSONAL_DATA,), vm.can_export()),
            "edit": (view.page.edit_button, (P.EDIT_CUSTOMERS,), vm.can_edit()),
            "merge": (view.page.merge_button, (P.MERGE_CUSTOMERS,), vm.can_merge()),
            "job_card": (view.page.job_card_button, (P.EDIT_JOB_CARDS,), vm.can_open_job_card())}


def _settings_widgets(page):
    vm = page.vm
    out = {"save": (page.save_button, (P.EDIT_SETTINGS,), vm.can_edit_station),
           "idle": (page.idle, (P.EDIT_SETTINGS,), vm.can_edit_station)}
    for key, edit in page.fields.items():
        out[key] = (edit, (P.EDIT_SETTINGS,), vm.can_edit_station)
    return out


def _reporting_widgets(page):
    vm = page.vm
    return {"daily": (page.daily_button, (P.VIEW_REPORTS,), vm.can_view),
            "monthly": (page.monthly_button, (P.VIEW_REPORTS,), vm.can_view),
            "folder": (page.folder, (P.EDIT_SETTINGS,), vm.can_edit_settings),
            "save_folder": (page.save_folder_button, (P.EDIT_SETTINGS,), vm.can_edit_settings)}


PAGES = {
    "parts": ("app.pages.parts", P.VIEW_PARTS, _parts_widgets),
    "tools": ("app.pages.tools", P.VIEW_TOOLS, _tools_widgets),
    "customers": ("app.pages.customers", P.VIEW_CUSTOMERS, _customers_widgets),
    "settings": ("app.pages.settings", None, _settings_widgets),
    "reporting": ("app.pages.reporting", P.VIEW_REPORTS, _reporting_widgets),
}


@pytest.mark.parametrize("area", list(PAGES))
def test_no_usable_action_on_the_other_pages_is_refused_to_any_role(qtbot, qloop, tasks, ctx, admin, area,
                                                                   tmp_path):
    import importlib

    from app.settings import LocalSettings

    settings = LocalSettings()
    settings.save = lambda _path=None, _orig=settings.save: _orig(tmp_path / "settings.json")

    from app.pages import AREAS, visible_areas

    module, _view, widgets_of = PAGES[area]
    make_page = importlib.import_module(module).make_page
    for role in Role:
        actor = _actor(ctx, admin, role)
        if area not in {a.key for a in visible_areas(actor)} and area in {a.key for a in AREAS}:
            continue  # the page is not offered
        perms = role_permissions([role])
        page = make_page(PageEnv(ctx, actor, tasks, settings))
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT)
        for name, (widget, needs, can) in widgets_of(page).items():
            allowed = bool(perms & set(needs))
            assert can == allowed, (role, name)
            if _usable(widget, page):
                assert allowed, f"{role.value} can use {area}/{name}, which needs {[p.value for p in needs]}"
        page.close()
