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
    return create_app({"KLING_DB": ":memory:", "KLING_SPEED": 1000.0, "KLING_SEED": 11})


@pytest.fixture(scope="module")
def checked(mock_app: Flask, spec_responses: SpecResponses) -> SpecCheckedSession:
    return SpecCheckedSession(mock_app, spec_responses)
