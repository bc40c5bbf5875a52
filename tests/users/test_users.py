"""Sign-in, lockout and permissions checked in the service layer."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db.models.users import AuditEntry, User
from services.common.errors import AuthenticationError, PermissionDenied, ValidationError
from services.station.settings import StationSettings
from services.users.accounts import MAX_FAILED_ATTEMPTS
from services.users.permissions import ROLE_PERMISSIONS, Permission, Role
from tests.conftest import ADMIN_PASSWORD


def test_admin_signs_in_with_the_password_set_at_first_run(ctx, admin):
    actor = ctx.users.authenticate("admin", ADMIN_PASSWORD)
    assert actor.username == "admin"
    assert Role.ADMINISTRATOR in actor.roles
    assert actor.can(Permission.MANAGE_USERS)


def test_user_name_is_not_case_sensitive_but_password_is(ctx, admin):
    assert ctx.users.authenticate("ADMIN", ADMIN_PASSWORD).username == "admin"
    with pytest.raises(AuthenticationError):
        ctx.users.authenticate("admin", ADMIN_PASSWORD.upper())


def test_wrong_password_says_so_and_changes_nothing_but_the_failure_count(ctx, admin):
    with ctx.db.read() as s:
        before = s.scalar(select(User).where(User.username == "admin"))
        hash_before = before.password_hash
    with pytest.raises(AuthenticationError) as err:
        ctx.users.authenticate("admin", "wrong-password")
    assert err.value.message() == "The user name or password is wrong."
    with ctx.db.read() as s:
        after = s.scalar(select(User).where(User.username == "admin"))
        assert after.password_hash == hash_before
        assert after.failed_attempts == 1
        assert after.last_sign_in is None


def test_unknown_user_gets_the_same_message_as_a_wrong_password(ctx, admin):
    with pytest.raises(AuthenticationError) as err:
        ctx.users.authenticate("nobody", "whatever-1")
    assert err.value.message() == "The user name or password is wrong."


def test_account_locks_after_repeated_wrong_passwords_and_unlocks_later(ctx, admin, clock):
    for _ in range(MAX_FAILED_ATTEMPTS):
        with pytest.raises(AuthenticationError):
            ctx.users.authenticate("admin", "wrong-password")
    with pytest.raises(AuthenticationError) as err:
        ctx.users.authenticate("admin", ADMIN_PASSWORD)  # right password, but locked
    assert "locked" in err.value.message()
    with ctx.db.read() as s:
        assert s.scalar(select(AuditEntry.action).where(AuditEntry.action == "user.locked")) == "user.locked"
    clock.advance(minutes=16)
    assert ctx.users.authenticate("admin", ADMIN_PASSWORD).username == "admin"


def test_created_user_signs_in_with_the_roles_given(ctx, admin):
    ctx.users.create_user(admin, "tech01", "王师傅", "spanner-42", [Role.TECHNICIAN])
    tech = ctx.users.authenticate("tech01", "spanner-42")
    assert tech.roles == {Role.TECHNICIAN}
    assert tech.can(Permission.CLOCK_WORK)
    assert not tech.can(Permission.EDIT_SETTINGS)


def test_technician_is_refused_by_the_service_not_only_by_a_hidden_button(ctx, admin):
    ctx.users.create_user(admin, "tech01", "王师傅", "spanner-42", [Role.TECHNICIAN])
    tech = ctx.users.authenticate("tech01", "spanner-42")
    settings = ctx.station.settings()
    with pytest.raises(PermissionDenied) as err:
        ctx.station.update_settings(tech, StationSettings(**{**settings.__dict__, "name": "改名"}))
    assert "王师傅" in err.value.message()
    with pytest.raises(PermissionDenied):
        ctx.users.create_user(tech, "sneaky", "谁", "password-9", [Role.ADMINISTRATOR])
    assert ctx.station.settings().name == settings.name
    assert ctx.users.list_users(admin)[-1].username == "tech01"  # and no "sneaky"


def test_weak_password_and_taken_name_are_refused(ctx, admin):
    with pytest.raises(ValidationError) as err:
        ctx.users.create_user(admin, "x1", "某人", "short1", [Role.RECEPTIONIST])
    assert err.value.field == "password"
    with pytest.raises(ValidationError) as err:
        ctx.users.create_user(admin, "x1", "某人", "onlyletters", [Role.RECEPTIONIST])
    assert err.value.field == "password"
    with pytest.raises(ValidationError) as err:
        ctx.users.create_user(admin, "Admin", "某人", "good-pass-1", [Role.RECEPTIONIST])
    assert err.value.field == "username"


def test_disabled_user_cannot_sign_in(ctx, admin):
    info = ctx.users.create_user(admin, "rec01", "前台小李", "desk-pass-1", [Role.RECEPTIONIST])
    ctx.users.set_active(admin, info.id, False)
    with pytest.raises(AuthenticationError):
        ctx.users.authenticate("rec01", "desk-pass-1")


def test_user_changes_are_in_the_audit_log(ctx, admin):
    info = ctx.users.create_user(admin, "rec01", "前台小李", "desk-pass-1", [Role.RECEPTIONIST])
    ctx.users.set_roles(admin, info.id, [Role.RECEPTIONIST, Role.SERVICE_ADVISOR])
    ctx.users.reset_password(admin, info.id, "new-pass-22")
    actions = [e.action for e in ctx.audit.entries(admin, entity="user", entity_id=info.id)]
    assert actions == ["user.password_reset", "user.roles", "user.create"]


def test_every_role_of_the_organisation_has_permissions():
    for role in Role:
        assert ROLE_PERMISSIONS[role], role
    # the tool keeper lends tools but does not see the customer file
    assert Permission.LEND_TOOLS in ROLE_PERMISSIONS[Role.TOOL_KEEPER]
    assert Permission.VIEW_CUSTOMERS not in ROLE_PERMISSIONS[Role.TOOL_KEEPER]


def test_unlock_after_idle_checks_the_same_persons_password(ctx, admin):
    assert ctx.users.verify_password(admin, ADMIN_PASSWORD)
    assert not ctx.users.verify_password(admin, "not-it-123")
