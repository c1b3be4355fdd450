"""Client-side validation: same schemas, same rules, same words as the mock, before any request."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from kling_client import InvalidRequestError, KlingClient

from tests.client.conftest import Canned, Scripted, envelope, task

INVALID_BODIES: list[tuple[str, dict[str, Any]]] = [
    ("n out of range", {"prompt": "a boat", "n": 12}),
    ("wrong enum", {"prompt": "a boat", "aspect_ratio": "5:4"}),
    (
        "cross-field rule",
        {"prompt": "a boat", "model_name": "kling-v2-1", "image_reference": "subject"},
    ),
    ("model support", {"prompt": "a boat", "model_name": "kling-v1", "resolution": "2k"}),
    ("two problems", {"prompt": "x" * 2501, "n": 0}),
]


def split(body: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Known fields become keyword arguments; unknown ones travel as extra_body."""
    known = {"prompt", "n", "aspect_ratio", "image_reference", "model_name", "resolution"}
    return (
        {k: v for k, v in body.items() if k in known},
        {k: v for k, v in body.items() if k not in known},
    )


@pytest.mark.parametrize(("case", "body"), INVALID_BODIES, ids=[c for c, _ in INVALID_BODIES])
def test_an_invalid_body_is_refused_before_anything_is_sent(
    scripted: Callable[..., Scripted], case: str, body: dict[str, Any]
) -> None:
    run = scripted([])
    kwargs, extra = split(body)
    with pytest.raises(InvalidRequestError) as caught:
        run.client.images.generations.create(**kwargs, extra_body=extra)
    assert run.adapter.requests == []
    assert caught.value.code == 1201
    assert caught.value.violations


@pytest.mark.parametrize(("case", "body"), INVALID_BODIES, ids=[c for c, _ in INVALID_BODIES])
def test_the_client_words_a_violation_exactly_as_the_mock_does(
    client: KlingClient, case: str, body: dict[str, Any]
) -> None:
    kwargs, extra = split(body)
    with pytest.raises(InvalidRequestError) as local:
        client.images.generations.create(**kwargs, extra_body=extra)
    with pytest.raises(InvalidRequestError) as remote:
        client.images.generations.create(**kwargs, extra_body=extra, validate=False)
    assert local.value.message == remote.value.message
    assert (remote.value.code, remote.value.status) == (1201, 400)


def test_violations_name_the_field_and_rule(scripted: Callable[..., Scripted]) -> None:
    run = scripted([])
    with pytest.raises(InvalidRequestError) as caught:
        run.client.images.generations.create(prompt="a boat", n=12)
    (violation,) = caught.value.violations
    assert (violation.field, violation.rule, violation.message) == (
        "n",
        "maximum",
        "n must be <= 9",
    )


def test_validation_can_be_switched_off_per_call(scripted: Callable[..., Scripted]) -> None:
    run = scripted([Canned(body=envelope(task()))])
    run.client.images.generations.create(prompt="a boat", n=12, validate=False)
    assert run.adapter.bodies()[0]["n"] == 12


def test_validation_can_be_switched_off_for_the_client(scripted: Callable[..., Scripted]) -> None:
    run = scripted([Canned(body=envelope(task()))], validate=False)
    run.client.images.generations.create(prompt="a boat", n=12)
    assert len(run.adapter.requests) == 1


def test_a_valid_body_is_sent_with_unset_fields_left_out(scripted: Callable[..., Scripted]) -> None:
    run = scripted([Canned(body=envelope(task()))], auto_external_task_id=False)
    run.client.images.generations.create(prompt="a boat", n=2)
    assert run.adapter.bodies() == [{"prompt": "a boat", "n": 2}]


def test_nested_objects_are_validated_too(scripted: Callable[..., Scripted]) -> None:
    run = scripted([])
    with pytest.raises(InvalidRequestError, match="element_id"):
        run.client.images.generations.create(prompt="a boat", element_list=[{"element_id": 0}])


PARAMETER_CASES = [
    ("page size", {"page_size": 600}),
    ("page number", {"page_num": 0}),
    ("both", {"page_num": 2000, "page_size": 0}),
]


@pytest.mark.parametrize(("case", "kwargs"), PARAMETER_CASES, ids=[c for c, _ in PARAMETER_CASES])
def test_query_parameters_are_checked_in_the_mocks_words(
    client_factory: Callable[..., KlingClient], case: str, kwargs: dict[str, Any]
) -> None:
    with pytest.raises(InvalidRequestError) as local:
        client_factory().images.generations.list(**kwargs)
    with pytest.raises(InvalidRequestError) as remote:
        client_factory(validate=False).images.generations.list(**kwargs)
    assert local.value.status is None
    assert remote.value.status == 400
    assert local.value.message == remote.value.message


def test_path_parameters_are_checked_too(scripted: Callable[..., Scripted]) -> None:
    run = scripted([])
    with pytest.raises(InvalidRequestError, match="task_id must be at most 128 characters"):
        run.client.images.generations.get("x" * 129)
    assert run.adapter.requests == []


def test_repeated_messages_are_reported_once() -> None:
    from kling_client._validation import violations_error

    class Broken:
        field, rule, message, code = "n", "maximum", "n must be <= 9", 1201

    error = violations_error([Broken(), Broken()])
    assert error.message == "n must be <= 9"


def test_request_sends_any_body_by_operation_id(client: KlingClient) -> None:
    with pytest.raises(InvalidRequestError, match="prompt is required") as local:
        client.request("createImageGenerationTask", body={"n": 1})
    with pytest.raises(InvalidRequestError) as remote:
        client.request("createImageGenerationTask", body={"n": 1}, validate=False)
    assert local.value.message == remote.value.message


def test_request_returns_the_raw_data(client: KlingClient) -> None:
    data = client.request("createImageGenerationTask", body={"prompt": "a boat"})
    assert data["task_status"] == "submitted"
    found = client.request("getImageGenerationTask", path_params={"task_id": data["task_id"]})
    assert found["task_id"] == data["task_id"]
