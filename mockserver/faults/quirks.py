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

import random
from dataclasses import replace
from typing import Any

from mockserver.core.fault_plan import FaultPlan, HeaderFaults
from mockserver.core.spec_index import Kind, Operation
from mockserver.core.state import MockState
from mockserver.domain.handled import Handled
from mockserver.domain.lifecycle import Plan, status_at
from spec.designs import FINISHED, PROCESSING, TaskView

UNKNOWN_STATUS = "queueing"
STUCK_SETTING = "quirk-never-finishes:"  # + task id: a task the header made never finish
QUIRK_COUNTER = "quirks"
PER_REQUEST = ("data_array", "signature_invalid", "unknown_status")
PER_TASK_CALLBACKS = ("callbacks_late", "callbacks_duplicated", "callbacks_out_of_order")
LATE_MS = 60_000
ASSETS = "/__mock/assets/"


def request_quirks(
    state: MockState, plan: FaultPlan | None, header: HeaderFaults | None
) -> frozenset[str]:
    """The quirks this request gets: the header's, plus those the plan (when it applies to the
    request's path) draws for it."""
    chosen = set(header.quirks if header is not None else ())
    drawable = [name for name in PER_REQUEST if plan is not None and plan.quirks.get(name)]
    if plan is not None and drawable:
        draw = state.store.counters.next_number(QUIRK_COUNTER)
        rng = random.Random(f"{state.settings.seed}:quirk:{draw}")
        chosen.update(name for name in drawable if rng.random() < plan.quirks[name])
    return frozenset(chosen)


def drawn_for_task(state: MockState, plan: FaultPlan | None, name: str, task_id: str) -> bool:
    """Whether the plan gives this task the quirk ``name`` (drawn per task id)."""
    share = plan.quirks.get(name, 0.0) if plan is not None else 0.0
    return bool(share) and random.Random(f"{state.settings.seed}:{name}:{task_id}").random() < share


def never_finishes(state: MockState, plan: FaultPlan | None, task_id: str) -> bool:
    """Whether reads of this task show it running forever (header on its create, or drawn)."""
    if state.store.settings.get(STUCK_SETTING + task_id):
        return True
    return drawn_for_task(state, plan, "never_finishes", task_id)


def disorder_callbacks(
    state: MockState, plan: FaultPlan | None, task_id: str, quirks: frozenset[str]
) -> None:
    """Make the task's queued callbacks late, doubled or reversed (rows of the callback queue,
    queued by the create that just answered; a URL outside the allow-list stays blocked)."""
    chosen = [
        q for q in PER_TASK_CALLBACKS if q in quirks or drawn_for_task(state, plan, q, task_id)
    ]
    if not chosen or state.dispatcher is None:
        return
    state.dispatcher.queue.disorder(
        task_id,
        late_ms=LATE_MS if "callbacks_late" in chosen else 0,
        reverse="callbacks_out_of_order" in chosen,
        twice="callbacks_duplicated" in chosen,
    )


def stuck(view: TaskView) -> TaskView:
    """The task as it shows while it never finishes: processing, no result, no final charge."""
    return replace(view, status=PROCESSING, message="", results=None)


def unknown(view: TaskView) -> TaskView:
    """A running task in a status word the spec does not list."""
    return view if view.status in FINISHED else replace(view, status=UNKNOWN_STATUS)


def _as_array(data: Any) -> Any:
    return [data] if isinstance(data, dict) else data


def play(
    state: MockState,
    op: Operation,
    plan: FaultPlan | None,
    quirks: frozenset[str],
    outcome: Handled,
) -> Handled:
    """The handler's outcome with the answer-side quirks played on it, before projection. A
    create marks its task (never_finishes from the header) and disorders its callbacks."""
    if op.kind is Kind.CREATE:
        for shown in outcome.shown:
            if "never_finishes" in quirks:
                state.store.settings.put(STUCK_SETTING + shown.view.id, True)
            if state.dispatcher is not None:
                disorder_callbacks(state, plan, shown.view.id, quirks)
    else:
        marked = plan is not None and bool(plan.quirks.get("never_finishes"))
        if marked or state.store.settings.any_named(STUCK_SETTING):
            outcome = outcome.with_views(
                lambda view: stuck(view) if never_finishes(state, plan, view.id) else view
            )
    if "unknown_status" in quirks:
        outcome = outcome.with_views(unknown)
    if "data_array" in quirks:
        outcome = outcome.reshaped(_as_array)
    return outcome


def asset_expired(
    state: MockState, plan: FaultPlan, header: HeaderFaults | None, path: str
) -> bool:
    """Whether this result URL has expired (header, or ``asset_ttl_s`` after the task ended)."""
    if header is not None and "asset_expired" in header.quirks:
        return True
    if plan.asset_ttl_s is None:
        return False
    task_id = path.removeprefix(ASSETS).split("/", 1)[0]
    record = state.store.tasks.by_id(task_id)
    if record is None:
        return False
    now = state.clock.now_ms()
    status, updated_at = status_at(Plan.from_json(record.plan), record.created_at, now)
    return status in FINISHED and now >= updated_at + plan.asset_ttl_s * 1000
