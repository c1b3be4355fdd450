"""Fixtures of the security campaign: apps built the way ``kling-mock serve`` builds them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from flask import Flask

from mockserver import create_app
from mockserver.core.state import state_of

TEST_CONFIG = {"KLING_DB": ":memory:", "KLING_LOG_REQUESTS": False, "KLING_CLOCK_FROZEN": True}


@pytest.fixture
def make_app() -> Iterator[Callable[..., Flask]]:
    made: list[Flask] = []

    def make(**overrides: Any) -> Flask:
        app = create_app({**TEST_CONFIG, **overrides})
        made.append(app)
        return app

    yield make
    for app in made:
        state = state_of(app)
        if state.dispatcher is not None:
            state.dispatcher.stop()
        state.store.close()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """How many tries each attack class made in this run (every one judged: no 5xx, no
    traceback; see tests/security/attacks.py)."""
    from tests.security.attacks import TALLY

    if TALLY:
        tried = ", ".join(f"{kind} {count}" for kind, count in sorted(TALLY.items()))
        terminalreporter.write_line(f"security campaign tries: {tried}")
