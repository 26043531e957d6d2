"""Fixtures of the sample-plan tests: a test taking ``any_sample`` runs once per shipped
sample; one taking ``sample`` once per sample with a revenue funnel and a year of history."""

from __future__ import annotations

import pytest

from samples_support import FUNNEL_SAMPLES, NAMES, load


@pytest.fixture(scope="module", params=FUNNEL_SAMPLES)
def sample(request):
    """(name, plan) of one funnel sample, loaded with the app's loader."""
    return request.param, load(request.param)


@pytest.fixture(scope="module", params=NAMES)
def any_sample(request):
    """(name, plan) of any shipped sample, loaded with the app's loader."""
    return request.param, load(request.param)
