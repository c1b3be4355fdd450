"""Synchronous operations, by their x-kling-sync behaviour.

synthesize: a plausible ``data`` built from the 200 response schema and its example, seeded by
the request (the same input always gets the same answer; request fields are echoed where the
response has them). presets: finished tasks of the ``target`` kind, owned by kling, paged like a
list. delete: forgets the record named by ``id_field`` among the caller's results of ``target``.
account_costs: with KLING_BALANCE configured, one pack per configured pack type, its remaining
quantity what the account's tasks have not taken (the same numbers that decide 1102); without
it, the synthesized pack list, each pack starting full and lowered by the units the caller's
finished tasks of its kind were charged.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

from mockserver.core.call import Call
from mockserver.core.errors import KlingError
from mockserver.core.spec_index import Kind, Operation
from mockserver.core.state import MockState
from mockserver.domain import ledger, limits
from mockserver.domain.handled import Handled
from mockserver.domain.lifecycle import Plan, status_at
from mockserver.domain.results import ResultContext, child_id, result_context, results_of, units
from mockserver.domain.synthesize import Synthesizer, merged, seed_of
from mockserver.domain.tasks import store_task, validate
from spec.designs import SUCCEEDED, TaskView
from spec.extensions import TaskSpec

PRESET_COUNT = 5
PRESET_EPOCH_MS = 1_735_689_600_000  # 2025-01-01T00:00:00Z
PACK_END_MS = 4_102_444_800_000  # 2100-01-01T00:00:00Z


def _inputs(call: Call) -> dict[str, Any]:
    inputs: dict[str, Any] = dict(call.args)
    if isinstance(call.body, Mapping):
        inputs.update(call.body)
    return inputs


def synthesized(state: MockState, op: Operation, call: Call, echo: Mapping[str, Any]) -> Any:
    """``data`` for this call, from the 200 schema guided by the 200 example."""
    inputs = _inputs(call)
    schema = merged(state.index.bundle, state.index.response_schema(op) or {})
    example = state.index.response_example(op)
    maker = Synthesizer(
        bundle=state.index.bundle,
        rng=random.Random(seed_of(state.settings.seed, op.operation_id, sorted(inputs.items()))),
        base_url=call.host_url,
        now_ms=state.now(call),
        echo={**inputs, **echo},
        label=op.operation_id,
    )
    data_schema = schema.get("properties", {}).get("data", schema)
    shown = example.get("data") if isinstance(example, Mapping) else None
    return maker.value(data_schema, "data", shown if shown is not None else {})


def _synthesize(state: MockState, op: Operation, call: Call) -> Handled:
    return Handled.of(synthesized(state, op, call, {}))


def _as_kling(node: Any, number: int) -> Any:
    """A result made for a preset: names say so, owned_by is kling."""
    if isinstance(node, Mapping):
        out = {}
        for key, value in node.items():
            if key == "owned_by":
                out[key] = "kling"
            elif key.endswith("_name") and isinstance(value, str):
                out[key] = f"kling preset {number}"
            else:
                out[key] = _as_kling(value, number)
        return out
    if isinstance(node, list):
        return [_as_kling(value, number) for value in node]
    return node


def record_context(
    state: MockState,
    operation_id: str,
    body: dict[str, Any],
    task_id: str,
    base_url: str,
    deleted: Collection[str] = frozenset(),
) -> ResultContext:
    """What a stored record is built from: a task's result context, or for a ``store`` call
    (which keeps its record as a finished task) the builder its x-kling-sync ``kind`` names."""
    ctx = result_context(state, operation_id, body, task_id, base_url, deleted)
    op = state.index.operations.get(operation_id)
    if op is not None and op.sync.behaviour == "store" and op.sync.kind:
        return replace(ctx, task=replace(ctx.task, result=op.sync.kind))
    return ctx


def _record(ctx: ResultContext) -> dict[str, Any]:
    """The one record a ``store`` call made (the first item its builder lists)."""
    lists = (value for value in results_of(ctx).values() if isinstance(value, list))
    return next((items[0] for items in lists if items), {})


def _shown(state: MockState, op: Operation, record: Mapping[str, Any]) -> dict[str, Any]:
    """The record with only the fields this operation's answer documents (its ``data``, or
    one item of it)."""
    schema = merged(state.index.bundle, state.index.response_schema(op) or {})
    data = merged(state.index.bundle, schema.get("properties", {}).get("data", {}))
    item = merged(state.index.bundle, data.get("items", {})) if "items" in data else data
    fields = item.get("properties") or {}
    return {key: value for key, value in record.items() if key in fields}


def _store(state: MockState, op: Operation, call: Call) -> Handled:
    """A synchronous create: the record is kept as a task that finished as it was made, so its
    id, the records list and the delete routes work as they do for task-made records."""
    as_task = replace(op, task=TaskSpec(result=op.sync.kind, immediate=True))
    req = validate(state, as_task, call)
    record = store_task(state, replace(req, forced=req.forced or SUCCEEDED))
    ctx = record_context(state, op.operation_id, record.body, record.task_id, call.host_url)
    return Handled.of(_shown(state, op, _record(ctx)))


def _records(state: MockState, op: Operation, call: Call) -> Handled:
    """A page of the caller's records made by the target ``store`` call, newest first (deleted
    ones left out)."""
    page = call.int_arg("pageNum", 1) or 1
    size = call.int_arg("pageSize", 30) or 30
    deleted = state.store.tasks.deleted(call.owner)
    listed = []
    for found in state.store.tasks.page(call.owner, op.target, page, size):
        ctx = record_context(state, found.operation_id, found.body, found.task_id, call.host_url)
        record = _record(ctx)
        if not any(record_id in deleted for record_id in _ids(record)):
            listed.append(_shown(state, op, record))
    return Handled.of(listed)


def _presets(state: MockState, op: Operation, call: Call) -> Handled:
    target = state.index.operations.get(op.target)
    schema = merged(state.index.bundle, state.index.response_schema(op) or {})
    data_schema = merged(state.index.bundle, schema.get("properties", {}).get("data", {}))
    if target is None or not target.task or data_schema.get("type") != "array":
        return Handled.of(synthesized(state, op, call, {"owned_by": "kling"}))
    page = call.int_arg("pageNum", 1) or 1
    size = call.int_arg("pageSize", 30) or 30
    numbers = range((page - 1) * size + 1, min(page * size, PRESET_COUNT) + 1)
    tasks = []
    for number in numbers:
        task_id = child_id(f"preset:{op.operation_id}", str(number))
        ctx = record_context(state, target.operation_id, {}, task_id, call.host_url)
        if target.sync.behaviour == "store":
            tasks.append(_shown(state, op, _as_kling(_record(ctx), number)))
            continue
        view = TaskView(
            id=task_id,
            status=SUCCEEDED,
            message="",
            created=PRESET_EPOCH_MS,
            updated=PRESET_EPOCH_MS,
            shows_external_id=False,
            results=_as_kling(results_of(ctx), number),
        )
        tasks.append(state.index.design_of(op.operation_id).project(view))
    return Handled.of(tasks)


def _ids(node: Any) -> Iterator[str]:
    """Every ``*_id`` value inside a task result."""
    if isinstance(node, Mapping):
        for key, value in node.items():
            if key.endswith("_id") and isinstance(value, str | int):
                yield str(value)
            yield from _ids(value)
    elif isinstance(node, list):
        for value in node:
            yield from _ids(value)


def finished_results(state: MockState, call: Call, target: str) -> Iterator[ResultContext]:
    """The result contexts of the caller's succeeded tasks of one create operation."""
    create = state.index.operations.get(target)
    if create is None:
        return
    now = state.now(call)
    for record in state.store.tasks.recent(call.owner):
        plan = Plan.from_json(record.plan)
        if record.operation_id != target:
            continue
        if status_at(plan, record.created_at, now)[0] == SUCCEEDED:
            yield record_context(state, target, record.body, record.task_id, call.host_url)


def held_ids(state: MockState, call: Call, targets: Sequence[str]) -> set[str]:
    """Every ``*_id`` the caller's finished results of the ``targets`` creates hold, and those of
    the presets listed for them (what a request may name as the account's own)."""
    found: set[str] = set()
    for target in targets:
        for ctx in finished_results(state, call, target):
            found.update(_ids(results_of(ctx)))
    for op in state.index.operations.values():
        if op.sync.behaviour == "presets" and op.target in targets:
            for number in range(1, PRESET_COUNT + 1):
                task_id = child_id(f"preset:{op.operation_id}", str(number))
                ctx = record_context(state, op.target, {}, task_id, call.host_url)
                found.update(_ids(results_of(ctx)))
    return found


def _delete(state: MockState, op: Operation, call: Call) -> Handled:
    field = op.sync.id_field
    wanted = str((call.body or {}).get(field, ""))
    results = (ctx for target in op.sync.targets for ctx in finished_results(state, call, target))
    if not any(wanted in set(_ids(results_of(ctx))) for ctx in results):
        raise KlingError(1203, f"{field} {wanted} does not exist")
    state.store.tasks.delete_record(call.owner, wanted)
    return Handled.of(synthesized(state, op, call, {field: wanted}))


def _packs(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if "total_quantity" in node and "remaining_quantity" in node:
            yield node
        for value in node.values():
            yield from _packs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _packs(value)


def _configured_packs(
    state: MockState, call: Call, template: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """One pack per pack type with a configured balance, from the account's usage rows."""
    owner = call.owner
    balance = limits.active(state).of(owner).balance
    with state.store.db.reading() as conn:
        used = limits.pack_usage(conn, owner, state.clock.now_ms())
    packs = []
    for kind, total in sorted(balance.items()):
        left = round(max(total - used.get(kind, (0, 0.0))[1], 0.0), 3)
        packs.append(
            {
                **template,
                "resource_pack_name": ledger.pack_name(kind),
                "resource_pack_id": child_id(f"pack:{owner}", kind),
                "resource_pack_type": "decreasing_total",
                "total_quantity": float(total),
                "remaining_quantity": left,
                "purchase_time": PRESET_EPOCH_MS,
                "effective_time": PRESET_EPOCH_MS,
                "invalid_time": PACK_END_MS,
                "status": "online" if left > 0 else "runOut",
            }
        )
    wanted = call.args.get("resource_pack_name")
    return [p for p in packs if not wanted or p["resource_pack_name"] == wanted]


def _account_costs(state: MockState, op: Operation, call: Call) -> Handled:
    """Units charged per pack kind (x-kling-task ``pack``) come off the pack named after it."""
    if limits.active(state).of(call.owner).balance:
        data = synthesized(state, op, call, {})
        listing = next((v for v in data.values() if isinstance(v, list)), None)
        template = listing[0] if listing and isinstance(listing[0], dict) else {}
        for key, value in data.items():
            if isinstance(value, list):
                data[key] = _configured_packs(state, call, template)
        return Handled.of(data)
    spent: dict[str, float] = {}
    for create in state.index.of_kind(Kind.CREATE):
        kind = create.task.pack
        for ctx in finished_results(state, call, create.operation_id):
            spent[kind] = spent.get(kind, 0.0) + float(units(ctx) or 0)
    data = synthesized(state, op, call, {})
    packs = list(_packs(data))
    for pack in packs:
        pack["remaining_quantity"] = pack.get("total_quantity") or 0.0
    for kind, amount in spent.items():
        named = [p for p in packs if kind and kind in str(p.get("resource_pack_name", "")).lower()]
        for pack in named or packs[:1]:
            left = float(pack.get("remaining_quantity") or 0) - amount
            pack["remaining_quantity"] = round(max(left, 0.0), 3)
    return Handled.of(data)


BEHAVIOURS: dict[str, Callable[[MockState, Operation, Call], Handled]] = {
    "synthesize": _synthesize,
    "presets": _presets,
    "delete": _delete,
    "account_costs": _account_costs,
    "store": _store,
    "records": _records,
    "ledger": ledger.answer,
}


def answer(state: MockState, op: Operation, call: Call) -> Handled:
    behaviour = BEHAVIOURS.get(op.sync.behaviour, _synthesize)
    return behaviour(state, op, call)
