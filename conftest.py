"""Fixtures every test can use. See caunoi/core/testing/personas.py for who is who."""

import pytest

from caunoi.core.testing.personas import make_personas


@pytest.fixture
def personas(db):
    return make_personas()
