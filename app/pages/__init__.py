"""The main window's areas: what each is called, who sees it, and where its page is built.

Each area's page is built by ``app/pages/<area>.py`` with ``make_page(env) -> QWidget``, which
wires the area's viewmodel to its services and returns its view. An area whose module does not
exist yet shows an honest placeholder. Visibility follows the signed-in user's permissions.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass

from services.common.errors import QT_TRANSLATE_NOOP
from services.users.permissions import Actor, Permission


@dataclass(frozen=True)
class Area:
    key: str
    title: str  # English source; translated in context "Area"
    permission: Permission | None  # None: everyone who signs in
    summary: str  # what the area will do, shown by the placeholder until it is built


AREAS: tuple[Area, ...] = (
    Area("home", QT_TRANSLATE_NOOP("Area", "Today"), None,
         QT_TRANSLATE_NOOP("Area", "What to act on today: cars past their promised time, tools overdue, parts short.")),
    Area("job_cards", QT_TRANSLATE_NOOP("Area", "Job cards"), Permission.VIEW_JOB_CARDS,
         QT_TRANSLATE_NOOP("Area", "Reception, job cards, estimates, quality check and printing.")),
    Area("settlement", QT_TRANSLATE_NOOP("Area", "Cashier"), Permission.SETTLE_JOB_CARDS,
         QT_TRANSLATE_NOOP("Area", "Settlement statements, payments, handing cars back, the day close.")),
    Area("appointments", QT_TRANSLATE_NOOP("Area", "Appointments"), Permission.VIEW_APPOINTMENTS,
         QT_TRANSLATE_NOOP("Area", "Appointment sheet, reminders and the welcome board.")),
    Area("workshop", QT_TRANSLATE_NOOP("Area", "Workshop board"), Permission.VIEW_WORKSHOP,
         QT_TRANSLATE_NOOP("Area", "Dispatching jobs to technicians and bays, clocking on and off.")),
    Area("parts", QT_TRANSLATE_NOOP("Area", "Parts"), Permission.VIEW_PARTS,
         QT_TRANSLATE_NOOP("Area", "Parts master, stock, purchasing and the store's reports.")),
    Area("receiving", QT_TRANSLATE_NOOP("Area", "Receiving"), Permission.RECEIVE_PARTS,
         QT_TRANSLATE_NOOP("Area", "Receiving deliveries by scanning, and issuing parts to jobs.")),
    Area("stocktake", QT_TRANSLATE_NOOP("Area", "Stocktake"), Permission.STOCKTAKE,
         QT_TRANSLATE_NOOP("Area", "Blind counts by scanning, recounts and posting of variances.")),
    Area("tools", QT_TRANSLATE_NOOP("Area", "Tools"), Permission.VIEW_TOOLS,
         QT_TRANSLATE_NOOP("Area", "Tool and equipment ledger, loans, calibration.")),
    Area("customers", QT_TRANSLATE_NOOP("Area", "Customers"), Permission.VIEW_CUSTOMERS,
         QT_TRANSLATE_NOOP("Area", "Customer and vehicle file, search, import and export.")),
    Area("crm", QT_TRANSLATE_NOOP("Area", "Customer relations"), Permission.VIEW_CRM,
         QT_TRANSLATE_NOOP("Area", "Follow-up calls, complaints, reminders and the car club.")),
    Area("claims", QT_TRANSLATE_NOOP("Area", "Warranty claims"), Permission.VIEW_CLAIMS,
         QT_TRANSLATE_NOOP("Area", "Warranty claims to the manufacturer and their settlement.")),
    Area("repair_file", QT_TRANSLATE_NOOP("Area", "Health records"), Permission.EXPORT_PERSONAL_DATA,
         QT_TRANSLATE_NOOP("Area", "The electronic health record of every settled job: held back, exported, uploaded.")),
    Area("reporting", QT_TRANSLATE_NOOP("Area", "Reports"), Permission.VIEW_REPORTS,
         QT_TRANSLATE_NOOP("Area", "The station's KPIs and the monthly manager workbook.")),
    Area("settings", QT_TRANSLATE_NOOP("Area", "Settings"), Permission.EDIT_SETTINGS,
         QT_TRANSLATE_NOOP("Area", "Station details, rates, users and this PC's settings.")),
)


def visible_areas(actor: Actor) -> list[Area]:
    return [a for a in AREAS if a.permission is None or actor.can(a.permission)
            or (a.key == "settings" and actor.can(Permission.MANAGE_USERS))]


def page_factory(area: Area) -> Callable | None:
    """The area's ``make_page``, or None while the area is not built yet.

    The area's modules are imported only when its page is first opened, so start-up does not pay
    for every area's libraries.
    """
    module_name = f"app.pages.{area.key}"
    if importlib.util.find_spec(module_name) is None:
        return None

    def make_page(env: PageEnv):
        return importlib.import_module(module_name).make_page(env)

    return make_page


@dataclass
class PageEnv:
    """What a page factory gets: the services, the signed-in person, the task runner."""

    ctx: object  # app.context.AppContext
    actor: Actor
    tasks: object  # viewmodels.common.tasks.TaskRunner
    settings: object  # app.settings.LocalSettings
    # restore a backup in place of the database: the session signs out, restores, shows the sign-in (app/gui.py)
    restore_backup: Callable[[str], None] | None = None
