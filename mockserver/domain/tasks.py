"""The generic task views: create a task, read one, list them (for every async family alike).

Nothing here names an endpoint: the operation's x-kling-task says what the task makes (and which
pack, slots and units it takes) and x-kling-query says which create operation's tasks a query
reads. Creating a task is one unit of work, in this order: check the request (content rules,
headers) and draw nothing yet; then, in one transaction, number the task, draw its plan, store
it, admit it against the account's concurrency and balance, and queue its callbacks. A refusal
at any step rolls back the whole transaction.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from mockserver.core.call import Call
from mockserver.core.errors import KlingError
from mockserver.core.fault_plan import FaultPlan, task_fails
from mockserver.core.spec_index import Operation
from mockserver.core.state import MockState
from mockserver.core.store import DuplicateExternalId, TaskRecord
from mockserver.domain import limits
from mockserver.domain.designs import charged_as, restricted
from mockserver.domain.handled import Handled, Shown
from mockserver.domain.lifecycle import (
    OUTCOMES,
    Outcome,
    Plan,
    done_at,
    make_plan,
    status_at,
    status_changes,
    task_id_for,
)
from mockserver.domain.results import (
    PATH_ARGS_KEY,
    parent_video,
    result_context,
    results_of,
    stored_string,
    units,
    value_at,
)
from mockserver.storage.contract import Conn
from spec.designs import FAILED, SUCCEEDED, TaskView, canonical_of
from spec.refs import resolve

OUTCOME_HEADER = "X-Mock-Outcome"
#: The create fields the mock acts on, wherever a design's body keeps them (spec_index.body_field).
EXTERNAL_ID_FIELD = "external_task_id"
CALLBACK_FIELD = "callback_url"
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


def _body_value(state: MockState, op: Operation, body: Mapping[str, Any], name: str) -> Any:
    where = state.index.body_field(op, name)
    return value_at(body, where) if where else None


def forced_outcome(state: MockState, call: Call) -> Outcome | None:
    """The outcome X-Mock-Outcome asks for, in any design's word (``succeed``, ``succeeded``)."""
    value = call.header(OUTCOME_HEADER).lower()
    if not value:
        return None
    canonical = canonical_of(state.index.designs, value) or value
    for outcome in OUTCOMES:
        if canonical == outcome:
            return outcome
    words = sorted({d.word(o) for d in state.index.designs.values() for o in OUTCOMES})
    raise KlingError(1201, f"{OUTCOME_HEADER} must be one of: {', '.join(words)}")


def task_view(
    state: MockState,
    record: TaskRecord,
    now: int,
    base_url: str,
    deleted: Collection[str] = frozenset(),
) -> TaskView:
    """What a task is at mock time ``now``, in no design's words."""
    plan = Plan.from_json(record.plan)
    status, updated_at = status_at(plan, record.created_at, now)
    ctx = result_context(state, record.operation_id, record.body, record.task_id, base_url, deleted)
    spec = ctx.task
    watermark = record.body.get("watermark_info")
    return TaskView(
        id=record.task_id,
        status=status,
        message=plan.message,
        created=record.created_at,
        updated=updated_at,
        external_id=record.external_task_id,
        results=results_of(ctx) if status == SUCCEEDED else None,
        units=units(ctx),
        pack=spec.pack,
        charged_as=charged_as(limits.active(state).of(record.owner).balance, spec.pack),
        info={"parent_video": parent_video(ctx)} if spec.parent_video else {},
        echo=(
            {"watermark_info": {"enabled": bool(watermark.get("enabled"))}}
            if isinstance(watermark, dict)
            else {}
        ),
    )


def render_task(
    state: MockState,
    record: TaskRecord,
    now: int,
    base_url: str,
    deleted: Collection[str] = frozenset(),
    design: str | None = None,
) -> dict[str, Any]:
    """The task object as the API shows it at mock time ``now`` (``base_url``: the mock's URL;
    ``deleted``: records the owner removed through a delete operation), in the words of
    ``design`` (default: the design of the operation that created it)."""
    shown = shown_task(state, record, now, base_url, deleted, design)
    return shown.design.project(shown.view)


def shown_task(
    state: MockState,
    record: TaskRecord,
    now: int,
    base_url: str,
    deleted: Collection[str] = frozenset(),
    design: str | None = None,
) -> Shown:
    """The task as an answer shows it, before projection (``render_task``'s arguments)."""
    view = task_view(state, record, now, base_url, deleted)
    chosen = state.index.design(design) if design else state.index.design_of(record.operation_id)
    return Shown(view, chosen)


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
    external = _body_value(state, op, body, EXTERNAL_ID_FIELD)
    callback = _body_value(state, op, body, CALLBACK_FIELD)
    refusal = state.settings.callbacks.allow.refusal(str(callback)) if callback else None
    if refusal:
        raise KlingError(1201, f"{CALLBACK_FIELD}: {refusal}")
    return CreateRequest(
        op=op,
        call=call,
        body=body,
        external_task_id=str(external) if external else None,
        callback_url=str(callback) if callback else None,
        forced=forced_outcome(state, call),
        policy_hit=bool(keyword) and any(keyword in text for text in limits.strings_in(body)),
        faults=call.plan,
        now=state.now(call),
    )


def _draw(state: MockState, req: CreateRequest, seq: int) -> TaskRecord:
    """The task's id and plan, fixed by the seed and its sequence number."""
    settings = state.settings
    task_id = task_id_for(settings.seed, seq, state.reserved_task_ids)
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
    if req.call.path_args:
        body[PATH_ARGS_KEY] = dict(req.call.path_args)
    return TaskRecord(
        seq, task_id, owner, op_id, req.external_task_id, req.now, body, plan.to_json()
    )


def _admit(state: MockState, conn: Conn, req: CreateRequest, record: TaskRecord) -> None:
    """Step 3: the account's concurrency and balance (raising rolls the task back)."""
    plan = Plan.from_json(record.plan)
    ctx = result_context(state, record.operation_id, record.body, record.task_id, req.call.host_url)
    charge = limits.charge_for(ctx)
    owner = record.owner
    limits.admit(conn, limits.active(state).of(owner), owner, charge, req.now)
    ends = done_at(plan, record.created_at)
    limits.record(conn, record.task_id, owner, charge, ends, plan.outcome == FAILED)


def _enqueue_callbacks(
    state: MockState, conn: Conn, req: CreateRequest, record: TaskRecord
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
            row = state.store.tasks.insert(conn, record)
            _admit(state, conn, req, record)
            _enqueue_callbacks(state, conn, req, record)
        state.store.tasks.stored(row)
    except DuplicateExternalId as exc:
        messages = state.index.design_of(req.op.operation_id).messages
        template = messages.get("duplicate_external_id", "{value} is already used")
        raise KlingError(1201, template.format(value=req.external_task_id)) from exc
    return record


def create_task(state: MockState, op: Operation, call: Call) -> Handled:
    req = validate(state, op, call)
    record = store_task(state, req)
    if req.callback_url is not None and state.dispatcher is not None:
        state.dispatcher.ensure_running()
    shown = shown_task(state, record, req.now, call.host_url)
    return Handled.one(shown, lambda tasks: created_answer(state, op, tasks[0]))


def created_answer(state: MockState, op: Operation, task: dict[str, Any]) -> dict[str, Any]:
    """The task as a create answers it: whole, or only the fields its answer's schema declares
    when that is not the design's task object (the current design's ``id, status, message,
    times``, with no external id when none was sent, as live answers)."""
    answer = state.index.answer_data(op)
    task_schema = resolve(state.index.bundle, {"$ref": state.index.design(op.design).roles.schema})
    if not isinstance(answer, dict) or answer == task_schema or "properties" not in answer:
        return task
    return {key: value for key, value in restricted(task, answer).items() if value is not None}


# ----------------------------------------------------------------------------- reading tasks
def not_found(state: MockState, op: Operation, key: str) -> KlingError:
    """The answer to a lookup of an unknown task: the ``not_found`` of the operation's design,
    which records what live calls showed; 1203 only when the spec states none."""
    stated = state.index.design(op.design).not_found
    if stated is not None:
        return KlingError(stated.code, stated.text(key))
    return KlingError(1203, f"task {key} does not exist")


def get_task(state: MockState, op: Operation, call: Call) -> Handled:
    """One task by the id in the path. Where the 200 answer's ``data`` is an array (the relays'
    query at the submit path), the task comes as a one-element array and an unknown id as
    ``[]`` when the design leaves unknown ids out (``not_found: skip``)."""
    key = str(call.path_args.get("task_id", next(iter(call.path_args.values()), "")))
    record = state.store.tasks.find(call.owner, op.target, key)
    as_list = _answers_a_list(state, op)
    if record is None:
        if as_list and state.index.design_of(op.operation_id).not_found is None:  # skip
            return Handled.of([])
        raise not_found(state, op, key)
    deleted = state.store.tasks.deleted(call.owner)
    shown = shown_task(state, record, state.now(call), call.host_url, deleted)
    return Handled.many([shown]) if as_list else Handled.one(shown)


def _answers_a_list(state: MockState, op: Operation) -> bool:
    data = state.index.answer_data(op) or {}
    return data.get("type") == "array"


def list_tasks(state: MockState, op: Operation, call: Call) -> Handled:
    """A page of tasks, newest first; ``?external_task_id=`` narrows it to that one task."""
    now = state.now(call)
    tasks = state.store.tasks
    deleted = tasks.deleted(call.owner)
    external = call.args.get("external_task_id")
    if external:
        record = tasks.find(call.owner, op.target, external)
        if record is None or record.external_task_id != external:
            raise not_found(state, op, external)
        return Handled.many([shown_task(state, record, now, call.host_url, deleted)])
    page = int(call.args.get("pageNum", 1))
    size = int(call.args.get("pageSize", 30))
    records = tasks.page(call.owner, op.target, page, size)
    return Handled.many([shown_task(state, r, now, call.host_url, deleted) for r in records])
