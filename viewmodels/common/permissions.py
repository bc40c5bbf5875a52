"""What the signed-in person may do on a page, shown before they try: a ``can_*`` per action and,
for what they may not do, the reason in words for the widget's tooltip.

Services still check every action (``Actor.require``); this only lets the screens make fields
read-only and buttons disabled or absent, with the same words the refusal would use.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from services.users.permissions import PERMISSION_TEXT, ROLE_NAMES, Actor, Permission


def permission_text(permission: Permission) -> str:
    """What ``permission`` lets a person do, in the user's language."""
    return QCoreApplication.translate("Permission", PERMISSION_TEXT[permission])


def roles_text(actor: Actor) -> str:
    names = [QCoreApplication.translate("Role", ROLE_NAMES[r]) for r in sorted(actor.roles)]
    return QCoreApplication.translate("ServiceError", ", ").join(names) or \
        QCoreApplication.translate("ServiceError", "none")


WHY_NOT = QT_TRANSLATE_NOOP("Permissions", "Needs the right “{permission}”, which your roles ({roles}) do not give.")


class Rights:
    """A page's actions and the permissions they need (any one of a tuple is enough), for one actor.

    ``Rights(actor, edit=Permission.EDIT_JOB_CARDS, start=(Permission.EDIT_JOB_CARDS, Permission.CLOCK_WORK))``;
    ``rights.can("edit")``; ``rights.why_not("edit")`` is "" when allowed, else the tooltip.
    """

    def __init__(self, actor: Actor, **needs: Permission | tuple[Permission, ...]) -> None:
        self.actor = actor
        self.needs: dict[str, tuple[Permission, ...]] = {
            name: (need,) if isinstance(need, Permission) else tuple(need) for name, need in needs.items()}

    def can(self, action: str) -> bool:
        return any(self.actor.can(p) for p in self.needs[action])

    def why_not(self, action: str) -> str:
        if self.can(action):
            return ""
        return QCoreApplication.translate("Permissions", str(WHY_NOT)).format(
            permission=permission_text(self.needs[action][0]), roles=roles_text(self.actor))
