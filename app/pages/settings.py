"""Settings page wiring: station details, this PC's language, users."""

from __future__ import annotations

from app.pages import PageEnv


def make_page(env: PageEnv):
    from viewmodels.settings import SettingsViewModel
    from views.settings import SettingsPage

    settings = env.settings

    def save_language(language: str) -> None:
        settings.language = language
        settings.save()

    vm = SettingsViewModel(env.ctx.station, env.ctx.users, env.actor, env.tasks, settings.language, save_language)
    info = env.ctx.db.info()
    page = SettingsPage(vm, f"{info.engine} {info.location}")
    vm.setParent(page)
    return page
