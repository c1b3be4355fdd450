"""Every family of the spec, through the generated client, against the mock.

The requests are the spec's own examples (the ones the README shows), so a new family is covered
as soon as its document has an example.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import requests
from kling_client import APIError, InvalidRequestError, KlingClient

from codegen.build import build_api
from codegen.ir import Operation, Resource
from spec.documents import iter_operations, load_bundle
from spec.refs import resolve
from tests.client.conftest import FAST
from tests.designs import unknown_task_answer

BUNDLE = load_bundle()
API = build_api(BUNDLE)
SYNC = {
    op["operationId"]: op["x-kling-sync"]
    for _, _, op in iter_operations(BUNDLE)
    if "x-kling-sync" in op
}

TASK_FAMILIES = [
    r for r in API.all_resources if r.create_op and r.create_op.example and not r.binds_path
]
#: Families whose create takes path values (the model in the path): ``client.a.b(model)``.
BOUND_FAMILIES = [r for r in API.all_resources if r.binds_path]
QUERY_FAMILIES = [r for r in TASK_FAMILIES if r.get_op and r.list_op]
#: Creates the API no longer serves (x-kling-retired, applies_to: operation): the mock refuses
#: them by default, as live does, so the families that run a task leave them out.
RETIRED = {
    operation_id
    for group in BUNDLE["components"].get("x-kling-retired", {}).values()
    if group["applies_to"] == "operation"
    for operation_id in group["values"]
}
SERVED_FAMILIES = [r for r in TASK_FAMILIES if r.create_op.operation_id not in RETIRED]
SERVED_QUERY_FAMILIES = [r for r in QUERY_FAMILIES if r.create_op.operation_id not in RETIRED]
SYNC_CALLS = [
    (r, op)
    for r in API.all_resources
    for op in r.sync
    if op.example is not None and SYNC.get(op.operation_id, {}).get("behaviour") != "delete"
]
NO_ARGUMENT_CALLS = [
    (r, op)
    for r in API.all_resources
    for op in r.sync
    if op.example is None
    and op.operation_id in SYNC
    and not any(f.required for f in op.kwargs + op.path_params)
    and SYNC[op.operation_id]["behaviour"] != "records"  # a new account has none
]
DELETES = [
    (r, op)
    for r in API.all_resources
    for op in r.sync
    if SYNC.get(op.operation_id, {}).get("behaviour") == "delete"
]


def node(client: KlingClient, resource: Resource) -> Any:
    """``client.a.b`` for the resource ``a.b``."""
    current: Any = client
    for part in resource.path:
        current = getattr(current, part)
    return current


def example_kwargs(op: Operation, **changes: Any) -> dict[str, Any]:
    assert op.example is not None
    names = {f.key: f.python_name for f in op.body_fields + op.query_params}
    kwargs = {names[key]: value for key, value in op.example.items()}
    kwargs.update(changes)
    return kwargs


def dotted(value: object) -> str:
    if isinstance(value, Resource):
        return value.dotted
    if isinstance(value, Operation):
        return value.method_name
    return str(value)


def test_the_spec_examples_cover_every_task_family() -> None:
    families = [r.dotted for r in API.all_resources if r.create_op and not r.binds_path]
    assert [r.dotted for r in TASK_FAMILIES] == families


def path_choices(op: Operation) -> list[Any]:
    """Every value the (single) path parameter accepts, from the spec."""
    raw = next(o for _, _, o in iter_operations(BUNDLE) if o.get("operationId") == op.operation_id)
    params = [resolve(BUNDLE, p) for p in raw.get("parameters", [])]
    [choices] = [p["schema"]["enum"] for p in params if p["in"] == "path"]
    return list(choices)


@pytest.mark.parametrize("resource", BOUND_FAMILIES, ids=dotted)
def test_a_bound_family_creates_and_its_task_reads_back_through_the_tasks_queries(
    client: KlingClient, resource: Resource
) -> None:
    """The spec's example, with the first model that accepts it."""
    op = resource.create_op
    assert op is not None and op.example is not None
    for model in path_choices(op):
        try:
            created = node(client, resource)(model).create(**example_kwargs(op))
            break
        except InvalidRequestError:
            continue
    else:
        pytest.fail(f"no model of {resource.dotted} accepts the example")
    assert created.status == "submitted"
    [task] = client.tasks.get(task_ids=created.id)
    assert task.id == created.id


@pytest.mark.parametrize("resource", SERVED_FAMILIES, ids=dotted)
def test_create_and_wait_finishes_the_task(client: KlingClient, resource: Resource) -> None:
    assert resource.create_op is not None
    done = node(client, resource).create_and_wait(**example_kwargs(resource.create_op), **FAST)
    assert done.task_status == "succeed"
    assert done.task_result is not None
    assert done.extra == {}


@pytest.mark.parametrize("resource", SERVED_QUERY_FAMILIES, ids=dotted)
def test_a_task_is_found_by_id_by_external_id_and_in_the_lists(
    client: KlingClient, resource: Resource
) -> None:
    assert resource.create_op is not None
    family = node(client, resource)
    external = f"ext-{resource.dotted}"
    created = family.create(**example_kwargs(resource.create_op, external_task_id=external))
    assert family.get(created.task_id).task_id == created.task_id
    assert family.get_by_external_id(external).task_id == created.task_id
    assert created.task_id in [t.task_id for t in family.list(page_size=50)]
    assert created.task_id in [t.task_id for t in family.iter()]
    assert family.wait(created.task_id, **FAST).task_status == "succeed"


@pytest.mark.parametrize("resource", QUERY_FAMILIES, ids=dotted)
def test_an_unknown_task_is_answered_as_the_legacy_design_says(
    client: KlingClient, resource: Resource
) -> None:
    with pytest.raises(APIError) as caught:
        node(client, resource).get("does-not-exist")
    assert (caught.value.status, caught.value.code) == unknown_task_answer()


@pytest.mark.parametrize("resource", TASK_FAMILIES, ids=dotted)
def test_with_validation_off_the_mock_refuses_in_the_same_words(
    client_factory: Callable[..., KlingClient], mock_session: requests.Session, resource: Resource
) -> None:
    assert resource.create_op is not None
    mock_session.headers["X-Mock-Strict"] = "true"  # an unknown field is refused in strict mode
    client = client_factory(strict=True)
    family = node(client, resource)
    kwargs = example_kwargs(resource.create_op, extra_body={"not_a_field": 1})
    with pytest.raises(InvalidRequestError) as local:
        family.create(**kwargs)
    with pytest.raises(InvalidRequestError) as remote:
        family.create(**kwargs, validate=False)
    assert remote.value.status == 400
    assert local.value.message == remote.value.message == "not_a_field is not a known field"


@pytest.mark.parametrize(("resource", "op"), SYNC_CALLS, ids=dotted)
def test_every_synchronous_method_answers_a_parsed_model(
    client: KlingClient, resource: Resource, op: Operation
) -> None:
    answer = getattr(node(client, resource), op.method_name)(**example_kwargs(op))
    assert answer is not None
    assert getattr(answer, "extra", {}) == {}


@pytest.mark.parametrize(("resource", "op"), NO_ARGUMENT_CALLS, ids=dotted)
def test_synchronous_lists_answer_without_arguments(
    client: KlingClient, resource: Resource, op: Operation
) -> None:
    answer = getattr(node(client, resource), op.method_name)()
    assert isinstance(answer, list)
    assert answer


@pytest.mark.parametrize(("resource", "op"), DELETES, ids=dotted)
def test_a_created_record_can_be_deleted_by_its_id(
    client: KlingClient, resource: Resource, op: Operation
) -> None:
    assert resource.create_op is not None
    family = node(client, resource)
    done = family.create_and_wait(**example_kwargs(resource.create_op), **FAST)
    id_field = SYNC[op.operation_id]["id_field"]
    record_id = next(
        getattr(item, id_field)
        for items in vars(done.task_result).values()
        if isinstance(items, list)
        for item in items
        if hasattr(item, id_field)
    )
    answer = getattr(family, op.method_name)(**{id_field: str(record_id)})
    assert answer.extra == {}


def test_account_costs_lists_the_resource_packs(client: KlingClient) -> None:
    costs = client.account.costs(start_time=0, end_time=4_102_444_800_000)
    assert costs.extra == {}
