"""The generic task views: create a task, read one, list them (for every async family alike).

Nothing here names an endpoint: the operation's x-kling-task says what the task makes (and which
pack, slots and units it takes) and x-kling-query says which create operation's tasks a query
reads. Creating a task checks the content rules, then, in the transaction that stores it, the
account's concurrency and balance; the same transaction queues its callbacks.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from flask import Response, request

from . import limits
from .callbacks import status_steps
from .envelope import success
from .errors import KlingError
from .faults import task_fails
from .lifecycle import OUTCOMES, Outcome, Plan, done_at, make_plan, status_at, task_id_for
from .results import parent_video, task_result, units
from .spec_index import Operation
from .state import MockState
from .store import DuplicateExternalId, TaskRecord
from .traffic import active_plan, header_faults

OUTCOME_HEADER = "X-Mock-Outcome"
_STORED_STRING_LIMIT = 4096


def _slim(node: Any) -> Any:
    """The body as stored: long strings (Base64 media) replaced by their length."""
    if isinstance(node, str) and len(node) > _STORED_STRING_LIMIT:
        return f"<{len(node)} characters>"
    if isinstance(node, Mapping):
        return {key: _slim(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_slim(value) for value in node]
    return node


def forced_outcome() -> Outcome | None:
    value = request.headers.get(OUTCOME_HEADER, "").strip().lower()
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
    deleted: frozenset[str] = frozenset(),
    base_url: str | None = None,
) -> dict[str, Any]:
    """The task object as the API shows it at mock time ``now`` (``deleted``: records the owner
    removed through a delete operation; ``base_url``: the mock's URL, default this request's)."""
    plan = Plan.from_json(record.plan)
    status, updated_at = status_at(plan, record.created_at, now)
    ctx = state.result_context(
        record.operation_id,
        record.body,
        record.task_id,
        request.host_url if base_url is None else base_url,
        deleted,
    )
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
        record = state.store.task_by_id(task_id)
        if record is None:
            return None
        return render_task(
            state, record, at, frozenset(state.store.deleted(record.owner)), base_url
        )

    return render


def create_task(state: MockState, op: Operation, owner: str, body: Any) -> Response:
    body = body if isinstance(body, dict) else {}
    settings = state.settings
    limits.check_content(settings.content_rules, body)
    external = body.get("external_task_id") or None
    callback_url = body.get("callback_url") or None
    header = header_faults()
    forced = forced_outcome()
    keyword = settings.fail_keyword
    policy_hit = bool(keyword) and any(keyword in text for text in limits.strings_in(body))
    plan_of_faults = active_plan(state)
    base_url = request.host_url
    now = state.clock.now_ms()
    stored_body = _slim(body)

    def make(seq: int) -> tuple[str, dict[str, Any]]:
        task_id = task_id_for(settings.seed, seq)
        fault = (header is not None and header.fail_task) or (
            plan_of_faults is not None and task_fails(plan_of_faults, settings.seed, task_id)
        )
        plan = make_plan(
            seed=settings.seed,
            task_id=task_id,
            submitted_ms=settings.submitted_ms,
            processing_ms=settings.processing_ms,
            failure_rate=settings.failure_rate,
            forced=forced,
            policy_hit=policy_hit,
            immediate=op.task.immediate,
            fault=fault,
        )
        return task_id, plan.to_json()

    def admit(conn: sqlite3.Connection, record: TaskRecord) -> None:
        plan = Plan.from_json(record.plan)
        ends = done_at(plan, record.created_at)
        ctx = state.result_context(op.operation_id, record.body, record.task_id, base_url)
        charge = limits.charge_for(ctx)
        limits.admit(conn, settings.limits.of(owner), owner, charge, now)
        limits.record(conn, record.task_id, owner, charge, ends, plan.outcome == "failed")
        if callback_url and state.dispatcher is not None:
            steps = status_steps(now, plan.submitted_ms, plan.processing_ms, plan.outcome)
            state.dispatcher.enqueue(
                conn,
                task_id=record.task_id,
                owner=owner,
                url=str(callback_url),
                base_url=base_url,
                steps=steps,
            )

    try:
        record = state.store.add_task(
            owner, op.operation_id, external, now, stored_body, make, admit
        )
    except DuplicateExternalId as exc:
        message = f"external_task_id {external} is already used by another task of this account"
        raise KlingError(1201, message) from exc
    if callback_url and state.dispatcher is not None:
        state.dispatcher.ensure_running()
    return success(render_task(state, record, now, base_url=base_url))


def _not_found(key: str) -> KlingError:
    return KlingError(1203, f"task {key} does not exist")


def get_task(state: MockState, op: Operation, owner: str, key: str) -> Response:
    record = state.store.find_task(owner, op.target, key)
    if record is None:
        raise _not_found(key)
    deleted = frozenset(state.store.deleted(owner))
    return success(render_task(state, record, state.clock.now_ms(), deleted))


def list_tasks(state: MockState, op: Operation, owner: str) -> Response:
    """A page of tasks, newest first; ``?external_task_id=`` narrows it to that one task."""
    now = state.clock.now_ms()
    deleted = frozenset(state.store.deleted(owner))
    external = request.args.get("external_task_id")
    if external:
        record = state.store.find_task(owner, op.target, external)
        if record is None or record.external_task_id != external:
            raise _not_found(external)
        return success([render_task(state, record, now, deleted)])
    page = int(request.args.get("pageNum", 1))
    size = int(request.args.get("pageSize", 30))
    records = state.store.list_tasks(owner, op.target, page, size)
    return success([render_task(state, record, now, deleted) for record in records])
