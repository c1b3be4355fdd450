"""Synchronous operations, by their x-kling-sync behaviour.

synthesize: a plausible ``data`` built from the 200 response schema, seeded by the request (the
same input always gets the same answer; request fields are echoed where the response has them).
presets: the same, with every ``owned_by`` set to ``kling``. delete: forgets the record named by
``id_field`` among the results of the ``target`` create operation. account_costs: a synthesized
pack list whose remaining quantity goes down with the units the caller's tasks were charged.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from flask import Response, request

from .envelope import success
from .errors import KlingError
from .lifecycle import Plan, status_at
from .results import ResultContext, task_result, units
from .spec_index import Operation
from .state import MockState
from .synthesize import Synthesizer, seed_of


def _data_schema(state: MockState, op: Operation) -> Any:
    schema = state.index.response_schema(op) or {}
    return schema.get("properties", {}).get("data", schema)


def _inputs(body: Any) -> dict[str, Any]:
    inputs = {key: value for key, value in request.args.items()}
    if isinstance(body, Mapping):
        inputs.update(body)
    return inputs


def synthesized(
    state: MockState, op: Operation, owner: str, body: Any, echo: Mapping[str, Any]
) -> Any:
    inputs = _inputs(body)
    seed = seed_of(state.settings.seed, op.operation_id, sorted(inputs.items(), key=str))
    maker = Synthesizer(
        bundle=state.index.bundle,
        rng=random.Random(seed),
        base_url=request.host_url,
        now_ms=state.clock.now_ms(),
        echo={**inputs, **echo},
        label=op.operation_id,
    )
    return maker.value(_data_schema(state, op), "data")


def _synthesize(state: MockState, op: Operation, owner: str, body: Any) -> Response:
    return success(synthesized(state, op, owner, body, {}))


def _presets(state: MockState, op: Operation, owner: str, body: Any) -> Response:
    return success(synthesized(state, op, owner, body, {"owned_by": "kling"}))


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


def _owned_results(state: MockState, owner: str, target: str) -> Iterator[ResultContext]:
    create = state.index.operations.get(target)
    if create is None:
        return
    now = state.clock.now_ms()
    for record in state.store.owner_tasks(owner):
        plan = Plan.from_json(record.plan)
        if (
            record.operation_id == target
            and status_at(plan, record.created_at, now)[0] == "succeed"
        ):
            yield ResultContext(create.task, record.body, record.task_id, request.host_url)


def _delete(state: MockState, op: Operation, owner: str, body: Any) -> Response:
    field = str(op.sync.get("id_field") or "id")
    wanted = str((body or {}).get(field, ""))
    known = any(
        wanted in set(_ids(task_result(ctx))) for ctx in _owned_results(state, owner, op.target)
    )
    if not known:
        raise KlingError(1203, f"{field} {wanted} does not exist")
    state.store.delete_record(owner, wanted)
    return success(synthesized(state, op, owner, body, {field: wanted}))


def _account_costs(state: MockState, op: Operation, owner: str, body: Any) -> Response:
    spent = 0.0
    for target in state.index.operations.values():
        if target.task:
            for ctx in _owned_results(state, owner, target.operation_id):
                spent += float(units(ctx) or 0)
    data = synthesized(state, op, owner, body, {})
    for pack in _packs(data):
        total = float(pack.get("total_quantity") or 0)
        pack["remaining_quantity"] = round(max(total - spent, 0.0), 1)
    return success(data)


def _packs(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, Mapping):
        if "total_quantity" in node and "remaining_quantity" in node:
            yield node  # type: ignore[misc]
        for value in node.values():
            yield from _packs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _packs(value)


BEHAVIOURS: dict[str, Callable[[MockState, Operation, str, Any], Response]] = {
    "synthesize": _synthesize,
    "presets": _presets,
    "delete": _delete,
    "account_costs": _account_costs,
}


def answer(state: MockState, op: Operation, owner: str, body: Any) -> Response:
    behaviour = BEHAVIOURS.get(str(op.sync.get("behaviour")), _synthesize)
    return behaviour(state, op, owner, body)
