"""The centre's tests: the job card tests' station plus the centre's people."""

from __future__ import annotations

import pytest

from tests.crm.fixtures import make_centre


@pytest.fixture
def centre(ctx, admin):
    return make_centre(ctx, admin)
