"""Every permission and role has its words in both languages, and a refusal uses them, never a code."""

from __future__ import annotations

import pickle

import pytest
from PySide6.QtCore import QCoreApplication

from services.common.errors import PermissionDenied
from services.users.permissions import PERMISSION_TEXT, ROLE_NAMES, Actor, Permission, Role
from viewmodels.common.errors import describe


@pytest.fixture
def zh(qapp):
    from app import i18n

    translators = i18n.install(qapp, "zh_CN")
    yield
    for tr in translators:
        qapp.removeTranslator(tr)


def test_every_permission_and_role_has_words_in_english():
    assert set(PERMISSION_TEXT) == set(Permission)
    assert set(ROLE_NAMES) == set(Role)
    for permission, text in PERMISSION_TEXT.items():
        assert text and permission.value not in text


def test_every_permission_and_role_has_words_in_chinese(zh):
    for permission in Permission:
        zh_text = QCoreApplication.translate("Permission", PERMISSION_TEXT[permission])
        assert zh_text != PERMISSION_TEXT[permission], permission
        assert any("\u4e00" <= ch <= "\u9fff" for ch in zh_text), permission
    for role in Role:
        assert QCoreApplication.translate("Role", ROLE_NAMES[role]) != ROLE_NAMES[role], role


@pytest.mark.parametrize("permission", list(Permission))
def test_each_refusal_names_the_permission_in_words_in_both_languages(qapp, permission):
    # an actor with roles but no permissions at all, so every permission is refused
    actor = Actor(7, "tech", "张技师", frozenset({Role.TECHNICIAN, Role.TOOL_KEEPER}))
    with pytest.raises(PermissionDenied) as err:
        actor.require(permission)
    english = describe(err.value)
    assert PERMISSION_TEXT[permission] in english and permission.value not in english
    assert "(Technician, Tool and documentation keeper)" in english
    # a refusal raised in a worker process reads the same once it reaches the screen
    assert describe(pickle.loads(pickle.dumps(err.value))) == english

    from app import i18n

    translators = i18n.install(qapp, "zh_CN")
    try:
        chinese = describe(err.value)
        words = QCoreApplication.translate("Permission", PERMISSION_TEXT[permission])
    finally:
        for tr in translators:
            qapp.removeTranslator(tr)
    assert f"“{words}”" in chinese and words != PERMISSION_TEXT[permission]
    assert "（技师、工具资料管理员）" in chinese and permission.value not in chinese
