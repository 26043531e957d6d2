"""Fixtures of the sample-plan tests: each test taking ``sample`` runs once per sample."""

from __future__ import annotations

import pytest

from samples_support import NAMES, load


@pytest.fixture(scope="module", params=NAMES)
def sample(request):
    """(name, plan) of one shipped sample, loaded with the app's loader."""
    return request.param, load(request.param)
