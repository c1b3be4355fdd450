"""Fixtures for the mock server: make_app -> app -> api (a MockAPI that spec-checks answers)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from flask import Flask
from mockapi import MockAPI, SpecResponses

from tests.mock.receivers import Receiver


@pytest.fixture(scope="session")
def spec_responses(bundle: dict[str, Any]) -> SpecResponses:
    return SpecResponses(bundle)


@pytest.fixture
def app(make_app: Callable[..., Flask]) -> Flask:
    return make_app()


@pytest.fixture
def api(app: Flask, spec_responses: SpecResponses) -> MockAPI:
    return MockAPI(app, spec_responses)


@pytest.fixture
def make_api(
    make_app: Callable[..., Flask], spec_responses: SpecResponses
) -> Callable[..., MockAPI]:
    def make(**overrides: Any) -> MockAPI:
        return MockAPI(make_app(**overrides), spec_responses)

    return make


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """A loopback HTTP server that records the callbacks it receives."""
    made = Receiver()
    yield made
    made.close()
