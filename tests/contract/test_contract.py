"""Client-level properties that are safe to run against the real API as well as the mock.

Only what costs nothing or little: invalid requests (refused before any work), unknown tasks,
bad credentials, and one small valid task per family listed in ``KLING_CONTRACT_FAMILIES``
(default: one 1-image generation). Against the mock they run in ``make test``; against the real
API in ``make contract``, so the mock is checked against reality, not only against itself.
"""

from __future__ import annotations

import os
import uuid
import warnings

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from kling_client import (
    DeviationWarning,
    InvalidRequestError,
    KlingClient,
    KlingError,
    TaskFailedError,
)

from tests.designs import unknown_task_answers
from tests.properties.strategies import invalid_bodies
from tests.properties.support import (
    PolledCreate,
    client_verdict,
    polled_creates,
    resource_of,
    spec_schemas,
)

DEFAULT_FAMILIES = "images.generations"


def creates() -> dict[str, PolledCreate]:
    """family -> its polled create (operation and the spec's request example)."""
    return {create.family: create for create in polled_creates()}


def families() -> list[str]:
    chosen = os.environ.get("KLING_CONTRACT_FAMILIES", DEFAULT_FAMILIES)
    return [name.strip() for name in chosen.split(",") if name.strip()]


@pytest.mark.parametrize("family", families())
def test_a_valid_request_is_accepted_and_its_task_finishes(
    target: KlingClient, poll_interval: float, family: str
) -> None:
    body = dict(creates()[family].example)
    if "n" in body:
        body["n"] = 1
    tasks = resource_of(target, family)
    created = tasks.create(**body)
    assert created.task_status in ("submitted", "processing")
    try:
        done = tasks.wait(created.task_id, timeout=1800, poll_interval=poll_interval)
    except TaskFailedError as error:
        done = error.task
    assert done.task_status in ("succeed", "failed")
    assert tasks.get_by_external_id(created.task_info.external_task_id).task_id == done.task_id


@pytest.mark.parametrize("family", families())
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_request_the_client_refuses_is_refused_by_the_server_too(
    target: KlingClient, family: str, data: st.DataObject
) -> None:
    operation_id = creates()[family].operation_id
    breakage = data.draw(invalid_bodies(spec_schemas()[operation_id]))
    # Kling serves what it ignores (the default client passes it on with a warning)
    assume(client_verdict(operation_id, breakage.body, strict=False)[0] == "refused")
    with warnings.catch_warnings():  # the body may also carry what Kling ignores (warned)
        warnings.simplefilter("ignore", DeviationWarning)
        with pytest.raises(InvalidRequestError):
            target.request(operation_id, body=breakage.body)
        with pytest.raises(InvalidRequestError) as refused:
            target.request(operation_id, body=breakage.body, validate=False)
    assert refused.value.code == 1201


@pytest.mark.parametrize("family", families())
def test_an_unknown_task_is_not_found(target: KlingClient, family: str) -> None:
    unknown = f"no-such-task-{uuid.uuid4().hex}"
    with pytest.raises(KlingError) as refused:
        resource_of(target, family).get(unknown)
    assert (refused.value.status, refused.value.code) in unknown_task_answers()
    if refused.value.code == 1201:  # the live form names what it did not find
        assert unknown in refused.value.message


def test_a_request_without_credentials_is_refused_with_1001(target: KlingClient) -> None:
    answer = target.session.get(f"{target.base_url}/v1/images/generations", timeout=60)
    assert answer.status_code == 401
    assert answer.json()["code"] == 1001
