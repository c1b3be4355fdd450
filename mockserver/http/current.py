"""The mock's state from inside a request (Flask's current app), for the HTTP layer's views."""

from __future__ import annotations

from flask import current_app

from mockserver.core.state import MockState, state_of


def current_state() -> MockState:
    return state_of(current_app)
