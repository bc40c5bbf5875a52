"""The parts page: parts master search and detail."""

from __future__ import annotations

from viewmodels.parts import PartsViewModel
from views.parts import PartsPage


def make_page(env):
    vm = PartsViewModel(env.ctx.parts, env.actor, env.tasks)
    page = PartsPage(vm)
    vm.setParent(page)
    return page
