"""A state machine over the mock: create, get, look up, list, advance the clock, inject faults and
reset, in any order, on both route forms, with the invariants checked after every step.

The model remembers what each task looked like the last time it was seen. The mock must never
contradict it: status only moves forward, ``created_at`` never changes, ``updated_at`` never
decreases, every task is found by id, by external id and in its family's list (newest first),
a reset forgets everything, and every answer is one the spec documents. While a fault plan is
active a call may fail with an injected 5xx or 429 (in the Kling envelope); it must never corrupt
what the model knows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    initialize,
    invariant,
    multiple,
    rule,
    run_state_machine_as_test,
)
from kling_client import APIError, KlingClient, RateLimitError, ServerError

from mockserver import create_app
from mockserver.core.state import state_of
from spec.documents import load_bundle
from tests.designs import SPEC_EXAMPLE_CALLBACKS, unknown_task_answer
from tests.mock.mockapi import SpecResponses
from tests.postgres_server import emptied

from .support import BASE_URL, SpecCheckedSession, fresh_key, polled_creates, resource_of

ORDER = {"submitted": 0, "processing": 1, "succeed": 2, "failed": 2}


#: (family, the spec's request example) for every polled create: realistic bodies, cheap to send.
EXAMPLES = [(c.family, c.example) for c in polled_creates()]


UNKNOWN_TASK = unknown_task_answer()


@dataclass
class Seen:
    """What the model knows of one task."""

    task_id: str
    external_id: str
    family: str
    prefix: str
    created_at: int
    status: str
    updated_at: int


def checked_session(db: str) -> SpecCheckedSession:
    """A spec-checked session into a mock app on ``db`` (KLING_DB). Retirement off: the machine
    runs every create's lifecycle (retirement: test_retirement.py)."""
    app = create_app(
        {
            "KLING_DB": db,
            "KLING_CLOCK_FROZEN": True,
            "KLING_SEED": 5,
            "KLING_RETIREMENT": "none",
            **SPEC_EXAMPLE_CALLBACKS,
        }
    )
    return SpecCheckedSession(app, SpecResponses(load_bundle()))


SESSION = checked_session(":memory:")


class MockLifecycle(RuleBasedStateMachine):
    tasks = Bundle("tasks")
    session = SESSION  # the backend under test (SQLite here; PostgreSQL below)

    def __init__(self) -> None:
        super().__init__()
        self.key = fresh_key()
        self.seen: dict[str, Seen] = {}
        self.faulty = False

    def client(self, prefix: str) -> KlingClient:
        return KlingClient(
            api_key=self.key,
            base_url=BASE_URL + prefix,
            session=self.session.session,
            max_retries=0,
        )

    def tolerate(self, error: Exception) -> None:
        """An injected fault may fail a call, in the documented shape; nothing else may."""
        if not (self.faulty and isinstance(error, ServerError | RateLimitError)):
            raise error
        assert error.code in (5000, 5001, 5002, 1302), error

    def resource(self, family: str, prefix: str) -> Any:
        return resource_of(self.client(prefix), family)

    def admin(self, path: str, payload: dict[str, Any] | None = None) -> Any:
        answer = self.session.session.post(f"{BASE_URL}/__mock/{path}", json=payload or {})
        assert answer.status_code == 200, answer.text
        return answer.json()

    def observe(self, seen: Seen, task: Any) -> None:
        assert task.task_id == seen.task_id
        assert task.created_at == seen.created_at
        assert task.updated_at >= seen.updated_at
        assert ORDER[task.task_status] >= ORDER[seen.status]
        if ORDER[seen.status] == 2:
            assert task.task_status == seen.status
        seen.status, seen.updated_at = task.task_status, task.updated_at

    @initialize()
    def start_clean(self) -> None:
        self.session.violations.clear()
        self.admin("reset")
        self.admin("clock", {"freeze": True})
        self.session.session.delete(f"{BASE_URL}/__mock/faults")

    @rule(
        target=tasks,
        pick=st.sampled_from(EXAMPLES),
        prefix=st.sampled_from(["", "/kling"]),
    )
    def create(self, pick: tuple[str, dict[str, Any]], prefix: str) -> Any:
        family, body = pick
        try:
            task = self.resource(family, prefix).create(**body)
        except Exception as error:
            self.tolerate(error)
            return multiple()
        assert task.task_status == "submitted"
        assert task.created_at == task.updated_at
        external_id = task.task_info.external_task_id
        self.seen[task.task_id] = Seen(
            task.task_id, external_id, family, prefix, task.created_at, "submitted", task.updated_at
        )
        return str(task.task_id)

    @rule(task_id=tasks, prefix=st.sampled_from(["", "/kling"]))
    def get_by_id(self, task_id: str, prefix: str) -> None:
        seen = self.seen.get(task_id)
        if seen is None:
            return
        try:
            self.observe(seen, self.resource(seen.family, prefix).get(task_id))
        except Exception as error:
            self.tolerate(error)

    @rule(task_id=tasks, prefix=st.sampled_from(["", "/kling"]))
    def get_by_external_id(self, task_id: str, prefix: str) -> None:
        seen = self.seen.get(task_id)
        if seen is None:
            return
        resource = self.resource(seen.family, prefix)
        try:
            self.observe(seen, resource.get_by_external_id(seen.external_id))
        except Exception as error:
            self.tolerate(error)

    @rule(pick=st.sampled_from(EXAMPLES), prefix=st.sampled_from(["", "/kling"]))
    def list_family(self, pick: tuple[str, dict[str, Any]], prefix: str) -> None:
        family = pick[0]
        try:
            listed = self.resource(family, prefix).list(page_size=500)
        except Exception as error:
            self.tolerate(error)
            return
        expected = {t.task_id for t in self.seen.values() if t.family == family}
        assert {t.task_id for t in listed} == expected
        stamps = [t.created_at for t in listed]
        assert stamps == sorted(stamps, reverse=True), "list is newest first"
        for task in listed:
            self.observe(self.seen[task.task_id], task)

    @rule(ms=st.sampled_from([250, 1000, 2500, 5000, 15_000, 60_000]) | st.integers(0, 20_000))
    def advance_clock_and_poll_everything(self, ms: int) -> None:
        """Move the clock, then look at every known task: no transition goes unseen."""
        self.admin("clock", {"advance_ms": ms})
        for seen in list(self.seen.values()):
            try:
                self.observe(seen, self.resource(seen.family, seen.prefix).get(seen.task_id))
            except Exception as error:
                self.tolerate(error)

    @rule(
        share=st.sampled_from([0.0, 0.5, 1.0]),
        status=st.sampled_from(["500", "503", "504", "429"]),
    )
    def inject_fault(self, share: float, status: str) -> None:
        """Answer a share of API requests with an injected error (0 clears the plan)."""
        if share == 0.0:
            self.session.session.delete(f"{BASE_URL}/__mock/faults")
        else:
            self.admin("faults", {"errors": {status: share}})
        self.faulty = share > 0.0

    @rule(task_id=consumes(tasks))
    def forget_after_reset(self, task_id: str) -> None:
        seen = self.seen.get(task_id)
        self.admin("reset")
        self.admin("clock", {"freeze": True})
        self.seen.clear()
        if seen is not None:
            try:
                self.resource(seen.family, seen.prefix).get(task_id)
            except APIError as error:
                if (error.status, error.code) != UNKNOWN_TASK:
                    self.tolerate(error)
            except Exception as error:
                self.tolerate(error)
            else:
                raise AssertionError("a reset task is still found")

    @invariant()
    def every_answer_is_documented(self) -> None:
        assert self.session.violations == []


MockLifecycle.TestCase.settings = settings(settings.default, stateful_step_count=25, deadline=None)
TestMockLifecycle = MockLifecycle.TestCase


def test_the_lifecycle_holds_on_postgresql(postgres_url: str) -> None:
    """The same machine, with the mock's state in PostgreSQL."""

    class OnPostgres(MockLifecycle):
        session = checked_session(emptied(postgres_url))

    try:
        run_state_machine_as_test(OnPostgres, settings=MockLifecycle.TestCase.settings)
    finally:
        state = state_of(OnPostgres.session.app)
        if state.dispatcher is not None:
            state.dispatcher.stop()
        state.store.close()
