"""Settings page wiring: station details, this PC's language and backups, rates, users and the audit log."""

from __future__ import annotations

from app.pages import PageEnv


def make_page(env: PageEnv):
    from viewmodels.settings.page import SettingsViewModel
    from views.settings.page import SettingsPage

    settings = env.settings

    def save_language(language: str) -> None:
        settings.language = language
        settings.save()

    from services.users.permissions import Permission
    from viewmodels.settings.audit import AuditViewModel

    audit_vm = AuditViewModel(env.ctx.audit, env.actor, env.tasks, env.ctx.clock) \
        if env.actor.can(Permission.VIEW_AUDIT) else None
    vm = SettingsViewModel(env.ctx.station, env.ctx.users, env.actor, env.tasks, settings.language, save_language,
                           papers=getattr(settings, "papers", None), save_paper=getattr(settings, "set_paper", None))
    backup_vm = _backup_vm(env) if env.actor.can(Permission.EDIT_SETTINGS) else None
    info = env.ctx.db.info()
    page = SettingsPage(vm, f"{info.engine} {info.location}", audit_vm, backup_vm)
    vm.setParent(page)
    if backup_vm is not None:
        backup_vm.setParent(page)
    if audit_vm is not None:
        audit_vm.setParent(page)
    return page


def _backup_vm(env: PageEnv):
    """The backups tab over this PC's backup folder (app/backup), and the diagnostic report."""
    from pathlib import Path

    from app.backup.diagnostics import write_report
    from app.backup.restore import inspect
    from app.backup.store import Backups
    from app.private_files import make_private_dir
    from app.settings import backup_folder
    from services.users.permissions import Role
    from viewmodels.settings.backups import BackupViewModel

    ctx, settings = env.ctx, env.settings
    url = ctx.db.url.render_as_string(hide_password=False)
    # restoring replaces everybody's data: the administrator's alone
    may_restore = env.restore_backup is not None and Role.ADMINISTRATOR in env.actor.roles

    def backups() -> Backups:
        return Backups(ctx.db, backup_folder(settings), ctx.clock)

    def set_folder(path: str) -> None:
        folder = Path(path)
        make_private_dir(folder)
        probe = folder / ".servicebay-write-test"
        probe.write_bytes(b"")  # refuses a folder this user cannot write to, now rather than at night
        probe.unlink()
        settings.backup_folder = str(folder)
        settings.save()

    return BackupViewModel(
        env.tasks, ctx.clock,
        last_backup=lambda: backups().last_good(),
        back_up_now=lambda: backups().make(),
        folder=lambda: str(backup_folder(settings)),
        set_folder=set_folder,
        save_report=lambda path: str(write_report(Path(path), ctx.db.url.render_as_string(hide_password=False),
                                                  settings)),
        list_backups=(lambda: backups().list()) if may_restore else None,
        check_backup=(lambda path: inspect(url, Path(path))) if may_restore else None,
        restore_backup=env.restore_backup if may_restore else None,
    )
