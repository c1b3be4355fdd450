"""Every answer the mock gives validates against spec/, for every operation and error path.

``MockAPI`` validates each response with openapi-core, so these tests only have to reach every
operation in every state: created, finished, failed, listed, looked up, and refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from mockapi import MockAPI, concrete, path_forms, query_example, request_example

from mockserver.core.spec_index import Kind, Operation, SpecIndex
from spec.designs import SUBMITTED
from spec.documents import SPEC_DIR, load_bundle
from tests.designs import unknown_task_answer

INDEX = SpecIndex.from_bundle(load_bundle(SPEC_DIR))
CREATES = sorted(INDEX.of_kind(Kind.CREATE), key=lambda op: op.operation_id)
SYNCS = sorted(INDEX.of_kind(Kind.SYNC), key=lambda op: op.operation_id)
#: The official query of each create (the relays' query at the submit path is tested apart).
QUERIES = {op.target: op for op in INDEX.of_kind(Kind.GET) if INDEX.official_serves(op.path)}
LISTS = {op.target: op for op in INDEX.of_kind(Kind.LIST)}
by_id = pytest.mark.parametrize("op", CREATES, ids=lambda op: op.operation_id)


@pytest.fixture
def api(make_api: Callable[..., MockAPI]) -> MockAPI:
    """Every operation is reached, retired ones included: what they answer still matches spec/."""
    return make_api(KLING_RETIREMENT="none")


def _create(api: MockAPI, op: Operation, **kwargs: Any) -> dict[str, Any]:
    """The example create; a path with parameters takes the first value that accepts it."""
    body = dict(request_example(api.index, op) or {})
    body.pop("external_task_id", None)
    for path in path_forms(api.index, op):
        response = api.post(path, body, **kwargs)
        if response.status_code == 200:
            data: dict[str, Any] = response.json()["data"]
            return data
    raise AssertionError(f"no form of {op.path} accepts its example: {response.text}")


def _read(api: MockAPI, op: Operation, task_id: str) -> Any:
    """The task through its family's own query, else its design's query of every create."""
    own = QUERIES.get(op.operation_id)
    if own is not None:
        return api.get(concrete(own.path, task_id)).json()["data"]
    batch = INDEX.every_create_query(op.design, Kind.GET)
    assert batch is not None and batch.query.batch is not None
    [task] = api.get(batch.path, params={batch.query.batch.params[0]: task_id}).json()["data"]
    return task


def _list(api: MockAPI, op: Operation) -> int:
    own = LISTS.get(op.operation_id)
    if own is not None:
        return api.get(own.path).status_code
    every = INDEX.every_create_query(op.design, Kind.LIST)
    assert every is not None
    return api.call(every.method, every.path, json={}).status_code


@by_id
@pytest.mark.parametrize("outcome", ["succeeded", "failed"])
def test_a_task_validates_in_every_state(api: MockAPI, op: Operation, outcome: str) -> None:
    task = _create(api, op, headers={"X-Mock-Outcome": outcome})
    design = INDEX.design(op.design)
    task_id = design.read(task).id
    assert task_id is not None
    if op.task.immediate:
        assert design.read(task).status == outcome  # immediate tasks answer finished
        return
    assert design.read(_read(api, op, task_id)).status == SUBMITTED
    api.advance(1_500)
    _read(api, op, task_id)
    api.advance(60_000)
    assert design.read(_read(api, op, task_id)).status == outcome
    assert _list(api, op) == 200


@by_id
def test_refusals_validate(api: MockAPI, op: Operation) -> None:
    assert api.post(op.path, {"no_such_field": 1}).status_code == 400
    assert api.post(op.path, {}, key="").status_code == 401
    bad_json = api.call("POST", op.path, data="{", headers={"Content-Type": "application/json"})
    assert bad_json.json()["code"] == 1200
    query = QUERIES.get(op.operation_id)
    if query is not None:
        unknown_status, _ = unknown_task_answer()
        assert api.get(concrete(query.path, "404404")).status_code == unknown_status
        lookup = api.get(LISTS[op.operation_id].path, params={"external_task_id": "nope"})
        assert lookup.status_code == unknown_status
        assert api.get(LISTS[op.operation_id].path, params={"pageSize": 0}).status_code == 400


def _record_id(api: MockAPI, op: Operation) -> Any:
    """The id of a finished record of the delete's target kind, made for the occasion."""
    target = api.operation(str(op.sync.target))
    task = _create(api, target)
    api.advance(60_000)
    query = QUERIES[target.operation_id]
    result = api.get(concrete(query.path, task["task_id"])).json()["data"]["task_result"]
    items = next(iter(result.values()))
    return items[0][op.sync.id_field]


@pytest.mark.parametrize("op", SYNCS, ids=lambda op: op.operation_id)
def test_every_synchronous_operation_answers_its_example(api: MockAPI, op: Operation) -> None:
    if op.method == "GET":
        response = api.get(op.path, params=query_example(api.index, op))
    else:
        body = dict(request_example(api.index, op) or {})
        if op.sync.behaviour == "delete":
            body[op.sync.id_field] = _record_id(api, op)
        response = api.post(op.path, body)
    assert response.status_code == 200, response.text


@pytest.mark.parametrize("op", SYNCS, ids=lambda op: op.operation_id)
def test_synchronous_refusals_validate(api: MockAPI, op: Operation) -> None:
    assert api.call(op.method, op.path, key="").status_code == 401
    if op.method == "POST":
        assert api.post(op.path, {"no_such_field": 1}).status_code == 400
