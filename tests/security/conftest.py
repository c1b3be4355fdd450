"""Fixtures of the security campaign: apps built the way ``kling-mock serve`` builds them."""

from __future__ import annotations

import pytest


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """How many tries each attack class made in this run (every one judged: no 5xx, no
    traceback; see tests/security/attacks.py)."""
    from tests.security.attacks import TALLY

    if TALLY:
        tried = ", ".join(f"{kind} {count}" for kind, count in sorted(TALLY.items()))
        terminalreporter.write_line(f"security campaign tries: {tried}")
