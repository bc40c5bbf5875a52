"""The keeper's page: the tool viewmodel over ``ctx.tools`` for the signed-in person."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.pages import PageEnv
from viewmodels.tools.page import ToolsViewModel
from views.tools.page import ToolsPage


def make_page(env: PageEnv) -> QWidget:
    language = getattr(env.settings, "language", "zh_CN") or "zh_CN"
    vm = ToolsViewModel(env.ctx.tools, env.actor, env.tasks, lang="en" if language == "en" else "zh_CN",
                        prefix=getattr(env.settings, "scanner_prefix", "") or "",
                        suffix=getattr(env.settings, "scanner_suffix", "") or "")
    page = ToolsPage(vm)
    vm.setParent(page)
    return page
