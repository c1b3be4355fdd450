"""The mock's per-app state object: settings, the spec index, the store, the clock, the checker,
the callback dispatcher.

Created once by ``create_app`` and kept in ``app.extensions['kling_mock']``; never a module global,
so several apps (tests, the benchmark) live side by side in one process.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mockserver.core.call import Call
from mockserver.core.clock import Clock
from mockserver.core.config import Settings
from mockserver.core.fault_plan import FaultConfigError, FaultPlan
from mockserver.core.spec_index import SpecIndex
from mockserver.core.store import Store
from spec.engine.models import ModelTable

if TYPE_CHECKING:  # made by the layers above, which hand them in
    from mockserver.callbacks import Dispatcher
    from mockserver.validation.checker import RequestChecker

EXTENSION = "kling_mock"
FAULTS_SETTING = "faults"


@dataclass
class MockState:
    settings: Settings
    index: SpecIndex
    store: Store
    clock: Clock
    checker: RequestChecker
    dispatcher: Dispatcher | None = None
    defaults: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Per create operation: the schema defaults its results read (``results.result_context``)."""
    model_tables: dict[str, ModelTable | None] = field(default_factory=dict)
    """Per create operation: its model table (``results.result_context``), read once."""
    reserved_task_ids: frozenset[str] = frozenset()
    """Task ids a simulated task never takes: a replayed recording's (``proxy.replay``)."""
    _parsed: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    """Per admin setting: the stored value and what it was parsed into (``overridden``)."""

    def reset(self) -> None:
        """Forget every task, journal entry, delivery, count and run-time fault plan; the clock
        keeps running."""
        self.store.reset()

    def now(self, call: Call) -> int:
        """The mock clock for this call: as the pipeline read it, once per request."""
        return call.now_ms if call.now_ms is not None else self.clock.now_ms()

    def fault_plan(self) -> FaultPlan:
        """The plan set through the admin API (shared by every worker), else the configured one."""
        plan: FaultPlan = self.overridden(
            FAULTS_SETTING, self.settings.faults, FaultPlan.from_mapping, FaultConfigError
        )
        return plan

    def overridden(
        self, key: str, configured: Any, parse: Callable[[Any], Any], error: type[Exception]
    ) -> Any:
        """The admin API's value of ``key`` parsed, else ``configured``. The stored value is the
        same object until the next change, so it is parsed once per change."""
        stored = self.store.settings.get(key)
        if stored is None:
            return configured
        kept = self._parsed.get(key)
        if kept is not None and kept[0] is stored:
            return kept[1]
        try:
            parsed = parse(stored)
        except error:  # stored by an older version: the configuration holds
            parsed = configured
        self._parsed[key] = (stored, parsed)
        return parsed


def state_of(app: Any) -> MockState:
    """The state of an app ``create_app`` made (kept in its ``extensions``)."""
    state: MockState = app.extensions[EXTENSION]
    return state
