"""The real API's quirks, played by the mock, and what the generated client does under each:
it copes (and the test says how) or raises a typed error naming the problem; it never hangs."""

from __future__ import annotations

import asyncio
import logging

import pytest
from kling_client import (
    AsyncKlingClient,
    AuthenticationError,
    KlingClient,
    TaskFailedError,
    WaitTimeoutError,
)

from mockserver.testing import AdminError, InProcessMock

from .conftest import ACCESS_KEY, SECRET_KEY, client_of

IMAGE = "/v1/images/generations"
FAULT = "X-Mock-Fault"


def quirk(name: str) -> dict[str, str]:
    return {FAULT: f"quirk={name}"}


def test_data_as_an_array_of_one_task_is_read_as_that_task_and_logged_as_drift(
    mock: InProcessMock, client: KlingClient, caplog: pytest.LogCaptureFixture
) -> None:
    created = client.images.generations.create(prompt="a paper boat")
    raw = mock.session.get(
        f"{mock.base_url}{IMAGE}/{created.task_id}",
        headers={"Authorization": "Bearer quirk-test-key", **quirk("data_array")},
    ).json()
    assert isinstance(raw["data"], list)
    with caplog.at_level(logging.WARNING, logger="kling_client.drift"):
        task = client.images.generations.get(created.task_id, extra_headers=quirk("data_array"))
    assert task.task_id == created.task_id
    assert "array of one object" in caplog.text


def test_a_refused_valid_signature_is_signed_and_sent_once_more(mock: InProcessMock) -> None:
    client = client_of(mock, access_key=ACCESS_KEY, secret_key=SECRET_KEY)
    mock.faults({"quirks": {"signature_invalid": 0.5}})
    for _ in range(20):
        try:
            client.images.generations.create(prompt="a paper boat")
        except AuthenticationError:
            assert [e["code"] for e in mock.journal(2)] == [1002, 1002]
            continue
        if [e["code"] for e in mock.journal(2)] == [0, 1002]:
            break
    else:
        pytest.fail("no create got through after a refused signature")


def test_a_signature_refused_every_time_raises_the_typed_authentication_error(
    mock: InProcessMock,
) -> None:
    client = client_of(mock, access_key=ACCESS_KEY, secret_key=SECRET_KEY)
    mock.faults({"quirks": {"signature_invalid": 1.0}})
    with pytest.raises(AuthenticationError, match="Signature is invalid") as caught:
        client.images.generations.create(prompt="a paper boat")
    assert (caught.value.code, caught.value.status) == (1002, 401)
    assert [entry["code"] for entry in mock.journal()] == [1002, 1002]


def test_a_failed_task_answered_200_succeed_raises_task_failed_with_its_reason(
    mock: InProcessMock, client: KlingClient
) -> None:
    with pytest.raises(TaskFailedError) as caught:
        client.images.generations.create_and_wait(
            prompt="a paper boat", extra_headers=quirk("failed_succeed")
        )
    assert caught.value.task.task_status == "failed"
    assert caught.value.task.task_status_msg
    answers = mock.journal()
    assert {(e["status"], e["code"]) for e in answers} == {(200, 0)}


def test_an_unknown_status_counts_as_running_until_the_task_finishes(
    mock: InProcessMock, client: KlingClient
) -> None:
    mock.faults({"quirks": {"unknown_status": 1.0}})
    seen: list[str] = []
    task = client.images.generations.create_and_wait(
        prompt="a paper boat", on_progress=lambda t: seen.append(t.task_status)
    )
    assert task.task_status == "succeed"
    assert "queueing" in seen


def test_a_task_that_never_finishes_ends_the_wait_with_a_timeout_error(
    mock: InProcessMock, client: KlingClient
) -> None:
    with pytest.raises(WaitTimeoutError) as caught:
        client.images.generations.create_and_wait(
            prompt="a paper boat", extra_headers=quirk("never_finishes"), timeout=0.05
        )
    assert caught.value.task.task_status == "processing"
    mock.advance(3_600_000)
    task_id = caught.value.task.task_id
    assert client.images.generations.get(task_id).task_status == "processing"


def test_a_result_url_answers_403_once_its_time_is_up(
    mock: InProcessMock, client: KlingClient
) -> None:
    mock.faults({"asset_ttl_s": 60})
    task = client.images.generations.create_and_wait(prompt="a paper boat")
    assert task.task_result is not None
    url = task.task_result.images[0].url
    assert mock.session.get(url).status_code == 200
    assert mock.session.get(url, headers=quirk("asset_expired")).status_code == 403
    mock.advance(61_000)
    expired = mock.session.get(url)
    assert (expired.status_code, expired.json()["code"]) == (403, 1103)


def test_an_unknown_quirk_is_refused_by_the_admin_api_and_the_header(
    mock: InProcessMock, client: KlingClient
) -> None:
    with pytest.raises(AdminError, match="unknown quirk 'data_arrays'"):
        mock.faults({"quirks": {"data_arrays": 1.0}})
    answer = mock.session.post(
        f"{mock.base_url}{IMAGE}",
        json={"prompt": "a boat"},
        headers={"Authorization": "Bearer quirk-test-key", **quirk("nope")},
    )
    assert (answer.status_code, answer.json()["code"]) == (400, 1201)


def test_the_async_client_also_signs_a_refused_request_once_more(mock: InProcessMock) -> None:
    client = AsyncKlingClient(
        access_key=ACCESS_KEY,
        secret_key=SECRET_KEY,
        base_url=mock.base_url,
        http_client=mock.async_http(),
    )
    client._core.sleep = mock.async_sleep
    mock.faults({"quirks": {"signature_invalid": 1.0}})
    with pytest.raises(AuthenticationError, match="Signature is invalid"):
        asyncio.run(client.images.generations.create(prompt="a paper boat"))
    assert [entry["code"] for entry in mock.journal()] == [1002, 1002]
