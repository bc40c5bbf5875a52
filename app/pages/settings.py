"""Settings page wiring: station details, this PC's language, rates, users and the audit log."""

from __future__ import annotations

from app.pages import PageEnv


def make_page(env: PageEnv):
    from viewmodels.settings import SettingsViewModel
    from views.settings import SettingsPage

    settings = env.settings

    def save_language(language: str) -> None:
        settings.language = language
        settings.save()

    from services.users import Permission
    from viewmodels.settings_audit import AuditViewModel

    audit_vm = AuditViewModel(env.ctx.audit, env.actor, env.tasks, env.ctx.clock) \
        if env.actor.can(Permission.VIEW_AUDIT) else None
    vm = SettingsViewModel(env.ctx.station, env.ctx.users, env.actor, env.tasks, settings.language, save_language)
    info = env.ctx.db.info()
    page = SettingsPage(vm, f"{info.engine} {info.location}", audit_vm)
    vm.setParent(page)
    if audit_vm is not None:
        audit_vm.setParent(page)
    return page
