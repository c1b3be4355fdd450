"""The mock's per-app state object: settings, the spec index, the store, the clock, the checker,
the callback dispatcher.

Created once by ``create_app`` and kept in ``app.extensions['kling_mock']``; never a module global,
so several apps (tests, the benchmark) live side by side in one process.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from flask import Flask, current_app

from mockserver.callbacks import Dispatcher
from mockserver.core.clock import Clock
from mockserver.core.config import Settings
from mockserver.core.fault_plan import FaultConfigError, FaultPlan
from mockserver.core.spec_index import SpecIndex
from mockserver.core.store import Store
from mockserver.domain.results import ResultContext, field_defaults
from mockserver.validation.checker import RequestChecker
from spec.extensions import TaskSpec

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
    _defaults: dict[str, dict[str, Any]] = field(default_factory=dict)
    _stored_plan: tuple[Any, FaultPlan] | None = None

    def reset(self) -> None:
        """Forget every task, journal entry, delivery, count and run-time fault plan; the clock
        keeps running."""
        self.store.reset()

    def defaults(self, operation_id: str) -> dict[str, Any]:
        """Schema defaults of the create's top-level fields and of those its x-kling-task names."""
        found = self._defaults.get(operation_id)
        if found is None:
            op = self.index.operations.get(operation_id)
            task = op.task if op is not None else TaskSpec()
            found = field_defaults(task, self.checker.compiled.get(operation_id))
            self._defaults[operation_id] = found
        return found

    def result_context(
        self,
        operation_id: str,
        body: dict[str, Any],
        task_id: str,
        base_url: str,
        deleted: frozenset[str] = frozenset(),
    ) -> ResultContext:
        """What a result of this create operation is built from."""
        op = self.index.operations.get(operation_id)
        return ResultContext(
            task=op.task if op is not None else TaskSpec(),
            body=body,
            task_id=task_id,
            base_url=base_url,
            deleted=deleted,
            defaults=self.defaults(operation_id),
            image_ext=self.settings.image_format,
            models=(self.checker.compiled.get(operation_id) or {}).get("x-kling-models") or {},
        )

    def fault_plan(self) -> FaultPlan:
        """The plan set through the admin API (shared by every worker), else the configured one."""
        stored = self.store.settings.get(FAULTS_SETTING)
        if stored is None:
            return self.settings.faults
        kept = self._stored_plan  # the stored value is the same object until the next change
        if kept is not None and kept[0] is stored:
            return kept[1]
        try:
            plan = FaultPlan.from_mapping(stored)
        except FaultConfigError:
            plan = self.settings.faults
        self._stored_plan = (stored, plan)
        return plan


def state_of(app: Flask) -> MockState:
    state: MockState = app.extensions[EXTENSION]
    return state


def current_state() -> MockState:
    return state_of(current_app)
