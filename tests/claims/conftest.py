"""The claims tests' fixtures."""

from __future__ import annotations

import pytest

from tests.claims.fixtures import make_desk


@pytest.fixture
def desk(ctx, admin):
    return make_desk(ctx, admin)
