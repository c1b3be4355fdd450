"""The generic task views: create a task, read one, list them (for every async family alike).

Nothing here names an endpoint: the operation's x-kling-task says what the task makes (and which
pack, slots and units it takes) and x-kling-query says which create operation's tasks a query
reads. Creating a task is one unit of work, in this order: check the request (content rules,
headers) and draw nothing yet; then, in one transaction, number the task, draw its plan, store
it, admit it against the account's concurrency and balance, and queue its callbacks. A refusal
at any step rolls back the whole transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from flask import Response

from . import limits
from .call import Call
from .envelope import success
from .errors import KlingError
from .faults import FaultPlan, task_fails
from .lifecycle import (
    OUTCOMES,
    Outcome,
    Plan,
    done_at,
    make_plan,
    status_at,
    status_changes,
    task_id_for,
)
from .results import parent_video, stored_string, task_result, units
from .spec_index import Operation
from .state import MockState
from .store import DuplicateExternalId, TaskRecord
from .traffic import active_plan

OUTCOME_HEADER = "X-Mock-Outcome"
_STORED_STRING_LIMIT = 4096


def _slim(node: Any) -> Any:
    """The body as stored: long strings (Base64 media) replaced by their length."""
    if isinstance(node, str) and len(node) > _STORED_STRING_LIMIT:
        return stored_string(node)
    if isinstance(node, Mapping):
        return {key: _slim(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_slim(value) for value in node]
    return node


def forced_outcome(call: Call) -> Outcome | None:
    value = call.header(OUTCOME_HEADER).lower()
    if not value:
        return None
    for outcome in OUTCOMES:
        if value == outcome:
            return outcome
    raise KlingError(1201, f"{OUTCOME_HEADER} must be one of: {', '.join(OUTCOMES)}")


def render_task(
    state: MockState,
    record: TaskRecord,
    now: int,
    base_url: str,
    deleted: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """The task object as the API shows it at mock time ``now`` (``base_url``: the mock's URL;
    ``deleted``: records the owner removed through a delete operation)."""
    plan = Plan.from_json(record.plan)
    status, updated_at = status_at(plan, record.created_at, now)
    ctx = state.result_context(record.operation_id, record.body, record.task_id, base_url, deleted)
    spec = ctx.task
    info: dict[str, Any] = {"external_task_id": record.external_task_id}
    if spec.parent_video:
        info["parent_video"] = parent_video(ctx)
    data: dict[str, Any] = {
        "task_id": record.task_id,
        "task_status": status,
        "task_status_msg": plan.message if status == "failed" else "",
        "task_info": info,
    }
    if status == "succeed":
        data["task_result"] = task_result(ctx)
    charged = units(ctx)
    if charged is not None and status in ("succeed", "failed"):
        data["final_unit_deduction"] = charged if status == "succeed" else "0"
    if isinstance(record.body.get("watermark_info"), dict):
        data["watermark_info"] = {"enabled": bool(record.body["watermark_info"].get("enabled"))}
    data["created_at"] = record.created_at
    data["updated_at"] = updated_at
    return data


def callback_renderer(state: MockState) -> Any:
    """The dispatcher's view of a task: the bare task object at the mock time of a change."""

    def render(task_id: str, at: int, base_url: str) -> dict[str, Any] | None:
        record = state.store.tasks.by_id(task_id)
        if record is None:
            return None
        return render_task(state, record, at, base_url, state.store.tasks.deleted(record.owner))

    return render


# ----------------------------------------------------------------------------- creating a task
@dataclass(frozen=True)
class CreateRequest:
    """A create request once checked: everything the plan and the stored row are made from."""

    op: Operation
    call: Call
    body: dict[str, Any]
    external_task_id: str | None
    callback_url: str | None
    forced: Outcome | None
    policy_hit: bool
    faults: FaultPlan | None
    now: int


def validate(state: MockState, op: Operation, call: Call) -> CreateRequest:
    """Step 1: the content rules and the request's headers (nothing is stored or drawn)."""
    body = call.body if isinstance(call.body, dict) else {}
    limits.check_content(state.settings.content_rules, body)
    keyword = state.settings.fail_keyword
    return CreateRequest(
        op=op,
        call=call,
        body=body,
        external_task_id=body.get("external_task_id") or None,
        callback_url=str(body["callback_url"]) if body.get("callback_url") else None,
        forced=forced_outcome(call),
        policy_hit=bool(keyword) and any(keyword in text for text in limits.strings_in(body)),
        faults=active_plan(state, call),
        now=state.clock.now_ms(),
    )


def _draw(state: MockState, req: CreateRequest, seq: int) -> TaskRecord:
    """The task's id and plan, fixed by the seed and its sequence number."""
    settings = state.settings
    task_id = task_id_for(settings.seed, seq)
    header, faults = req.call.fault_header, req.faults
    fault = (header is not None and header.fail_task) or (
        faults is not None and task_fails(faults, settings.seed, task_id)
    )
    plan = make_plan(
        seed=settings.seed,
        task_id=task_id,
        submitted_ms=settings.submitted_ms,
        processing_ms=settings.processing_ms,
        failure_rate=settings.failure_rate,
        forced=req.forced,
        policy_hit=req.policy_hit,
        immediate=req.op.task.immediate,
        fault=fault,
    )
    owner, op_id = req.call.owner, req.op.operation_id
    body = _slim(req.body)
    return TaskRecord(
        seq, task_id, owner, op_id, req.external_task_id, req.now, body, plan.to_json()
    )


def _admit(
    state: MockState, conn: sqlite3.Connection, req: CreateRequest, record: TaskRecord
) -> None:
    """Step 3: the account's concurrency and balance (raising rolls the task back)."""
    plan = Plan.from_json(record.plan)
    ctx = state.result_context(record.operation_id, record.body, record.task_id, req.call.host_url)
    charge = limits.charge_for(ctx)
    owner = record.owner
    limits.admit(conn, state.settings.limits.of(owner), owner, charge, req.now)
    ends = done_at(plan, record.created_at)
    limits.record(conn, record.task_id, owner, charge, ends, plan.outcome == "failed")


def _enqueue_callbacks(
    state: MockState, conn: sqlite3.Connection, req: CreateRequest, record: TaskRecord
) -> None:
    """Step 4: one delivery per coming status change, when the request asked for callbacks."""
    if req.callback_url is None or state.dispatcher is None:
        return
    state.dispatcher.queue.enqueue(
        conn,
        task_id=record.task_id,
        owner=record.owner,
        url=req.callback_url,
        base_url=req.call.host_url,
        steps=status_changes(Plan.from_json(record.plan), record.created_at),
    )


def store_task(state: MockState, req: CreateRequest) -> TaskRecord:
    """Steps 2-4 in one transaction: number and store the task, admit it, queue its callbacks."""
    try:
        with state.store.db.transaction() as conn:
            record = _draw(state, req, state.store.counters.next_in(conn, "task"))
            state.store.tasks.insert(conn, record)
            _admit(state, conn, req, record)
            _enqueue_callbacks(state, conn, req, record)
    except DuplicateExternalId as exc:
        message = (
            f"external_task_id {req.external_task_id} is already used by another task of this"
            " account"
        )
        raise KlingError(1201, message) from exc
    return record


def create_task(state: MockState, op: Operation, call: Call) -> Response:
    req = validate(state, op, call)
    record = store_task(state, req)
    if req.callback_url is not None and state.dispatcher is not None:
        state.dispatcher.ensure_running()
    return success(render_task(state, record, req.now, call.host_url))


# ----------------------------------------------------------------------------- reading tasks
#: The design an operation without ``x-kling-design`` answers in (spec/README.md, "Designs").
DEFAULT_DESIGN = "legacy"


def not_found(state: MockState, op: Operation, key: str) -> KlingError:
    """The answer to a lookup of an unknown task: the ``not_found`` of the operation's design
    block (components.x-kling-designs), which records what live calls showed; 1203 only when
    the spec states none."""
    designs = state.index.bundle.get("components", {}).get("x-kling-designs", {})
    block = designs.get(str(op.raw.get("x-kling-design", DEFAULT_DESIGN)), {})
    stated = block.get("not_found") if isinstance(block, Mapping) else None
    if isinstance(stated, Mapping):
        message = str(stated["message"]).replace("{key}", key)
        return KlingError(int(stated["code"]), message)
    return KlingError(1203, f"task {key} does not exist")


def get_task(state: MockState, op: Operation, call: Call) -> Response:
    key = str(next(iter(call.path_args.values()), ""))
    record = state.store.tasks.find(call.owner, op.target, key)
    if record is None:
        raise not_found(state, op, key)
    deleted = state.store.tasks.deleted(call.owner)
    return success(render_task(state, record, state.clock.now_ms(), call.host_url, deleted))


def list_tasks(state: MockState, op: Operation, call: Call) -> Response:
    """A page of tasks, newest first; ``?external_task_id=`` narrows it to that one task."""
    now = state.clock.now_ms()
    tasks = state.store.tasks
    deleted = tasks.deleted(call.owner)
    external = call.args.get("external_task_id")
    if external:
        record = tasks.find(call.owner, op.target, external)
        if record is None or record.external_task_id != external:
            raise not_found(state, op, external)
        return success([render_task(state, record, now, call.host_url, deleted)])
    page = int(call.args.get("pageNum", 1))
    size = int(call.args.get("pageSize", 30))
    records = tasks.page(call.owner, op.target, page, size)
    return success([render_task(state, record, now, call.host_url, deleted) for record in records])
