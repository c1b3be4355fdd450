"""The real API's quirks, played as faults (``quirks`` in the fault plan, ``quirk=`` in the
``X-Mock-Fault`` header). Each comes from a report of a real integration:

data_array         ``data`` arrives as a JSON array where the spec documents an object. Source:
                   kling-api.md §2.2-2.3 (the same ``data`` key is a bare array on list queries)
                   and kling-api-current.md §1.7 (``GET /tasks`` answers ``data[]``).
signature_invalid  401/1002 "Signature is invalid" on a credential that is valid (intermittent
                   when drawn). Source: kling-api.md §1 (1002 = malformed or bad signature) and
                   kling-api-current.md §1.3 (the 401/1002 texts); that it strikes valid JWTs at
                   random is from the issue's reports, not from the reference files.
failed_succeed     HTTP 200, code 0, ``message: "SUCCEED"`` while the task has failed; the reason is
                   only in the status message. Source: kling-api-current.md §1.6 and §1.8 ("a
                   failed record carries no business code; the reason is only in message"),
                   kling-api.md §2.2 (``task_status_msg``).
unknown_status     a running task shows a status the spec does not list (``queueing``). Source:
                   kling-api-current.md §1.8 (``succeed`` on legacy routes, ``succeeded`` on the
                   current design: the set of statuses has already changed once).
never_finishes     the task stays ``processing`` on every read. Source: kling-api-current.md §1.11
                   (no cancel endpoint; runs of 28 s to 83 s seen live) and kling-api.md §12 (a
                   slot is held until the task ends).
asset_expired      a result URL answers 403 (at once with the header; ``asset_ttl_s`` after the
                   task finished with the plan). Source: kling-api-current.md §1.8 (hotlink
                   protection, signed URLs whose ``Expires=`` is 30 days after ``update_time``)
                   and kling-api.md §12 (results deleted after 30 days).

callbacks_late          each callback of the task is sent a minute (mock time) after its change;
callbacks_duplicated    each callback of the task is sent twice;
callbacks_out_of_order  the task's callbacks are sent newest change first. Source for the three:
                   kling-api.md §11 ("retry policy, timeout and ordering guarantees are not
                   documented"; CometAPI: repeats must be tolerated, polling kept as a fallback)
                   and kling-api-current.md §1.9 (the ``webhook-id`` header is there for
                   idempotency).
"""

from __future__ import annotations

import json
import random
from typing import Any

from flask import Flask, Response, request

from mockserver.core.errors import KlingError
from mockserver.core.fault_plan import HEADER, FaultPlan, parse_header
from mockserver.core.spec_index import Kind
from mockserver.core.state import MockState, state_of
from mockserver.domain.lifecycle import Plan, status_at
from mockserver.domain.task_answers import id_of, tasks_in
from mockserver.observers.journal import GATEWAY_SUFFIX
from mockserver.pipeline.traffic import request_plan
from mockserver.validation.openapi_adapter import official_path

UNKNOWN_STATUS = "queueing"
TERMINAL = frozenset({"succeed", "succeeded", "failed"})
STATUS_KEYS = ("task_status", "status")
RESULT_KEYS = ("task_result", "outputs")
STUCK_SETTING = "quirk-never-finishes:"  # + task id: a task the header made never finish
QUIRK_COUNTER = "quirks"
PER_REQUEST = ("data_array", "signature_invalid", "unknown_status")
PER_TASK_CALLBACKS = ("callbacks_late", "callbacks_duplicated", "callbacks_out_of_order")
LATE_MS = 60_000
ASSETS = "/__mock/assets/"


def _header_quirks() -> frozenset[str]:
    raw = request.headers.get(HEADER, "").strip()
    return parse_header(raw).quirks if raw else frozenset()


def _plan(state: MockState) -> FaultPlan | None:
    plan = request_plan(state)
    return plan if plan.active and plan.applies_to(official_path(request.path)) else None


def request_quirks(state: MockState) -> frozenset[str]:
    """The quirks this request gets: the header's, plus those the plan draws for it."""
    chosen = set(_header_quirks())
    plan = _plan(state)
    drawable = [name for name in PER_REQUEST if plan is not None and plan.quirks.get(name)]
    if plan is not None and drawable:
        draw = state.store.counters.next_number(QUIRK_COUNTER)
        rng = random.Random(f"{state.settings.seed}:quirk:{draw}")
        chosen.update(name for name in drawable if rng.random() < plan.quirks[name])
    return frozenset(chosen)


def drawn_for_task(state: MockState, name: str, task_id: str) -> bool:
    """Whether the plan gives this task the quirk ``name`` (drawn per task id)."""
    plan = _plan(state)
    share = plan.quirks.get(name, 0.0) if plan is not None else 0.0
    return bool(share) and random.Random(f"{state.settings.seed}:{name}:{task_id}").random() < share


def never_finishes(state: MockState, task_id: str) -> bool:
    """Whether reads of this task show it running forever (header on its create, or drawn)."""
    if state.store.settings.get(STUCK_SETTING + task_id):
        return True
    return drawn_for_task(state, "never_finishes", task_id)


def disorder_callbacks(state: MockState, task_id: str, quirks: frozenset[str]) -> None:
    """Make the task's queued callbacks late, doubled or reversed (rows of the callback queue,
    queued by the create that just answered; a URL outside the allow-list stays blocked)."""
    chosen = [q for q in PER_TASK_CALLBACKS if q in quirks or drawn_for_task(state, q, task_id)]
    if not chosen or state.dispatcher is None:
        return
    state.dispatcher.queue.disorder(
        task_id,
        late_ms=LATE_MS if "callbacks_late" in chosen else 0,
        reverse="callbacks_out_of_order" in chosen,
        twice="callbacks_duplicated" in chosen,
    )


def _stuck(task: dict[str, Any]) -> None:
    for key in STATUS_KEYS:
        if key in task:
            task[key] = "processing"
    for key in RESULT_KEYS:
        task.pop(key, None)
    if "task_status_msg" in task:
        task["task_status_msg"] = ""


def _unknown(task: dict[str, Any]) -> None:
    for key in STATUS_KEYS:
        if key in task and task[key] not in TERMINAL:
            task[key] = UNKNOWN_STATUS


def reshape(state: MockState, quirks: frozenset[str], body: dict[str, Any]) -> bool:
    """Apply the answer-side quirks to a successful answer's body; whether it changed."""
    operation = state.index.operations.get((request.endpoint or "").removesuffix(GATEWAY_SUFFIX))
    data = body.get("data")
    changed = False
    for task in tasks_in(data):
        task_id = id_of(task)
        if operation is not None and operation.kind is Kind.CREATE:
            if task_id and "never_finishes" in quirks:
                state.store.settings.put(STUCK_SETTING + task_id, True)
            if task_id and state.dispatcher is not None:
                disorder_callbacks(state, task_id, quirks)
        elif task_id and never_finishes(state, task_id):
            _stuck(task)
            changed = True
        if "unknown_status" in quirks:
            _unknown(task)
            changed = True
    if "data_array" in quirks and isinstance(data, dict):
        body["data"] = [data]
        changed = True
    return changed


def may_reshape(state: MockState) -> bool:
    """Whether an answer this request got no quirk for may still change: the plan draws quirks
    or callback disorder for its path, or some task was made to never finish."""
    plan = _plan(state)
    return bool(plan is not None and plan.quirks) or state.store.settings.any_named(STUCK_SETTING)


def asset_expired(state: MockState) -> bool:
    """Whether this result URL has expired (header, or ``asset_ttl_s`` after the task ended)."""
    if "asset_expired" in _header_quirks():
        return True
    plan = request_plan(state)
    if plan.asset_ttl_s is None:
        return False
    task_id = request.path.removeprefix(ASSETS).split("/", 1)[0]
    record = state.store.tasks.by_id(task_id)
    if record is None:
        return False
    now = state.clock.now_ms()
    status, updated_at = status_at(Plan.from_json(record.plan), record.created_at, now)
    return status in TERMINAL and now >= updated_at + plan.asset_ttl_s * 1000


def init_app(app: Flask) -> None:
    state = state_of(app)

    @app.before_request
    def _before() -> None:
        if request.path.startswith(ASSETS):
            if asset_expired(state):
                raise KlingError(1103, "the URL has expired (Request has expired)")
            return
        if request.path.startswith("/__mock/") or request.endpoint is None:
            return
        quirks = request_quirks(state)
        request.environ["kling_mock.quirks"] = quirks
        if "signature_invalid" in quirks:
            raise KlingError(1002, "Signature is invalid")

    @app.after_request
    def _after(response: Response) -> Response:
        quirks: frozenset[str] | None = request.environ.get("kling_mock.quirks")
        if quirks is None or response.status_code != 200 or response.mimetype != "application/json":
            return response
        if not quirks and not may_reshape(state):
            return response  # the common case: no answer is read back and written again
        body = json.loads(response.get_data())
        if isinstance(body, dict) and reshape(state, quirks, body):
            response.set_data(json.dumps(body, separators=(",", ":"), ensure_ascii=False))
        return response
