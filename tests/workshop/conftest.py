"""The workshop tests' station: a supervisor, three technicians in two teams, two bays."""

from __future__ import annotations

import pytest

from tests.workshop.fixtures import make_workshop


@pytest.fixture
def shop(ctx, admin):
    return make_workshop(ctx, admin)
