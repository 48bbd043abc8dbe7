"""Fixtures of the benchmark's tests."""

from __future__ import annotations

import pytest

from caunoi.bench.tests.shared import generated_for_module


@pytest.fixture(scope="module")
def small_seed_1(django_db_setup, django_db_blocker):
    """The small data set of seed 1, generated once per module."""
    yield from generated_for_module(django_db_blocker, seed=1)
