"""Issue 11: the paper each document prints on is chosen per PC in the settings (A4, A5 landscape,
241 mm continuous stationery), kept in this PC's settings file, and the job card then prints on it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.pages import PageEnv
from app.settings import LocalSettings
from tests.job_cards.fixtures import make_station

pytestmark = pytest.mark.gui
WAIT = 20000


def test_choosing_a5_for_the_job_card_in_settings_prints_the_card_on_a5(qtbot, qloop, tasks, ctx, admin, tmp_path):
    from app.pages.job_cards import make_page as job_cards_page
    from app.pages.settings import make_page as settings_page

    station = make_station(ctx, admin)
    card = ctx.job_cards.open_card(station.advisor, station.intake())
    settings = LocalSettings.load(tmp_path / "settings.json")
    page = settings_page(PageEnv(ctx, admin, tasks, settings))
    qtbot.addWidget(page)
    combo = page.papers["job_card"]
    assert combo.currentData() == "a4" and page.papers["statement"].currentData() == "a4"
    assert [combo.itemData(i) for i in range(combo.count())] == ["a4", "a5", "continuous"]
    combo.setCurrentIndex(combo.findData("a5"))
    page.papers["statement"].setCurrentIndex(page.papers["statement"].findData("continuous"))
    # kept in this PC's file: a later start reads it
    again = LocalSettings.load(tmp_path / "settings.json")
    assert again.paper_for("job_card") == "a5" and again.paper_for("statement") == "continuous"
    assert again.paper_for("estimate") == "a4"

    jobs = job_cards_page(PageEnv(ctx, station.advisor, tasks, again))
    qtbot.addWidget(jobs)
    form = jobs.open_card(None)
    form.vm.output_dir = tmp_path
    with qtbot.waitSignal(form.vm.cardChanged, timeout=WAIT):
        form.vm.load(card.number)
    with qtbot.waitSignal(form.vm.printed, timeout=WAIT) as printed:
        form.vm.printDocument("job_card", "handed to the customer")  # the card names the customer: a purpose
    pages = PdfReader(io.BytesIO(Path(printed.args[0]).read_bytes())).pages
    box = pages[0].mediabox
    assert round(float(box.width) / 72 * 25.4) == 210 and round(float(box.height) / 72 * 25.4) == 148  # A5 landscape
    if getattr(jobs, "last_preview", None) is not None:
        jobs.last_preview.close()
