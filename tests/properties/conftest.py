"""Fixtures for the property tests: one mock app per module (Hypothesis runs many examples per
test, so per-example isolation comes from a fresh account key, not a fresh app)."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask

from mockserver import create_app
from tests.mock.mockapi import SpecResponses

from .support import SpecCheckedSession


@pytest.fixture(scope="session")
def spec_responses(bundle: dict[str, Any]) -> SpecResponses:
    return SpecResponses(bundle)


@pytest.fixture(scope="module")
def mock_app() -> Flask:
    # Retirement is a server-side switch, not a rule the client shares: off here, so drawn
    # values the vendor retired do not count as a disagreement (tests/mock/test_retirement.py).
    config = {"KLING_DB": ":memory:", "KLING_SPEED": 1000.0, "KLING_SEED": 11}
    return create_app({**config, "KLING_RETIREMENT": "none"})


@pytest.fixture(scope="module")
def checked(mock_app: Flask, spec_responses: SpecResponses) -> SpecCheckedSession:
    return SpecCheckedSession(mock_app, spec_responses)
