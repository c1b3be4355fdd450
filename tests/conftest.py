"""Fixtures every test area shares, and the Hypothesis profiles.

Profiles: ``dev`` (quick, local default), ``ci`` (thorough but bounded; ``make test`` uses it),
``deep`` (long runs, ``make test-deep``) and ``debug`` (verbose). Area-specific fixtures live in the
conftest.py of each test folder (tests/mock, tests/client, ...).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from hypothesis import HealthCheck, Verbosity, settings

from spec.documents import SPEC_DIR, load_bundle
from tests.postgres_server import (  # noqa: F401 (fixtures)
    both_backends,
    postgres_server,
    postgres_url,
)

TEST_CONFIG = {"KLING_DB": ":memory:", "KLING_LOG_REQUESTS": False, "KLING_CLOCK_FROZEN": True}

_COMMON = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.filter_too_much],
}
settings.register_profile("dev", max_examples=25, **_COMMON)
settings.register_profile("ci", max_examples=30, derandomize=True, print_blob=True, **_COMMON)
settings.register_profile("deep", max_examples=2000, **_COMMON)
settings.register_profile("debug", max_examples=10, verbosity=Verbosity.verbose, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(scope="session")
def spec_dir() -> Path:
    return SPEC_DIR


@pytest.fixture(scope="session")
def bundle() -> dict[str, Any]:
    """The bundled spec (all of spec/ in one OpenAPI object); read-only by convention."""
    return load_bundle(SPEC_DIR)


@pytest.fixture
def state_db() -> str:
    """The KLING_DB of the apps ``make_app`` builds; modules that run on both backends override
    it with ``tests.postgres_server.both_backends``."""
    return ":memory:"


@pytest.fixture
def make_app(state_db: str) -> Iterator[Callable[..., Flask]]:
    """Builds apps with test defaults (memory DB, frozen clock) plus overrides; closes them."""
    made: list[Flask] = []

    from mockserver import create_app
    from mockserver.core.state import state_of

    def make(**overrides: Any) -> Flask:
        app = create_app({**TEST_CONFIG, "KLING_DB": state_db, **overrides})
        made.append(app)
        return app

    yield make
    for app in made:
        state = state_of(app)
        if state.dispatcher is not None:
            state.dispatcher.stop()
        state.store.close()
