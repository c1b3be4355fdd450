"""The mock's per-app state object: settings, the spec index, the store, the clock, the checker.

Created once by ``create_app`` and kept in ``app.extensions['kling_mock']``; never a module global,
so several apps (tests, the benchmark) live side by side in one process.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, current_app

from .clock import Clock
from .config import Settings
from .spec_index import SpecIndex
from .store import Store
from .validation import RequestChecker

EXTENSION = "kling_mock"


@dataclass
class MockState:
    settings: Settings
    index: SpecIndex
    store: Store
    clock: Clock
    checker: RequestChecker

    def reset(self) -> None:
        """Forget every task and journal entry; the clock keeps running."""
        self.store.reset()


def state_of(app: Flask) -> MockState:
    state: MockState = app.extensions[EXTENSION]
    return state


def current_state() -> MockState:
    return state_of(current_app)
