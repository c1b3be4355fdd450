"""The check of the client's behaviour: what GET /__mock/verify flags, per account, and that the
generated client passes it under the faults the real API plays."""

from __future__ import annotations

from typing import Any

import pytest
from kling_client import ConcurrencyLimitError, KlingClient, RateLimitError

from mockserver.testing import ClientMisbehaved, KlingMock

IMAGE = "/v1/images/generations"
KEY = {"Authorization": "Bearer quirk-test-key"}


def post(mock: KlingMock, body: dict[str, Any], **headers: str) -> dict[str, Any]:
    answer: dict[str, Any] = mock.session.post(
        mock.base_url + IMAGE, json=body, headers={**KEY, **headers}
    ).json()
    return answer


def rules(mock: KlingMock) -> list[str]:
    return [finding["rule"] for finding in mock.verify()]


def test_a_retry_sent_before_its_retry_after_is_flagged(mock: KlingMock) -> None:
    body = {"prompt": "a boat", "external_task_id": "retry-1"}
    post(mock, body, **{"X-Mock-Fault": "error=429, retry_after=5"})
    mock.advance(4_000)
    post(mock, body)
    assert rules(mock) == ["retry-before-retry-after"]


def test_a_retry_sent_after_its_retry_after_is_fine(mock: KlingMock) -> None:
    body = {"prompt": "a boat", "external_task_id": "retry-2"}
    post(mock, body, **{"X-Mock-Fault": "error=429, retry_after=5"})
    mock.advance(5_000)
    post(mock, body)
    mock.assert_well_behaved()


def test_a_create_within_a_second_of_a_1303_is_flagged(mock: KlingMock) -> None:
    post(mock, {"prompt": "a boat"}, **{"X-Mock-Fault": "error=1303"})
    mock.advance(999)
    post(mock, {"prompt": "another boat", "external_task_id": "after-1303"})
    assert rules(mock) == ["create-after-1303"]


def test_polling_faster_than_the_configured_rate_is_flagged(mock: KlingMock) -> None:
    task_id = post(mock, {"prompt": "a boat", "external_task_id": "poll"})["data"]["task_id"]
    for _ in range(2):
        mock.session.get(f"{mock.base_url}{IMAGE}/{task_id}", headers=KEY)
        mock.advance(500)
    assert rules(mock) == ["polling-too-fast"]
    assert mock.verify(min_poll_interval_s=0.5) == []


def test_the_same_create_twice_without_an_external_task_id_is_flagged(mock: KlingMock) -> None:
    post(mock, {"prompt": "a boat"})
    post(mock, {"prompt": "a boat"})
    with pytest.raises(ClientMisbehaved, match="duplicate-create"):
        mock.assert_well_behaved()


def test_findings_are_kept_per_account(mock: KlingMock) -> None:
    post(mock, {"prompt": "a boat"})
    post(mock, {"prompt": "a boat"}, Authorization="Bearer another-key")
    assert mock.verify() == []


def test_the_client_backs_off_a_second_or_more_after_a_1303(
    mock: KlingMock, client: KlingClient
) -> None:
    with pytest.raises(ConcurrencyLimitError):
        client.images.generations.create(
            prompt="a boat", extra_headers={"X-Mock-Fault": "error=1303"}
        )
    assert len(mock.journal()) == 3
    mock.assert_well_behaved()


def test_the_client_waits_the_retry_after_it_is_given(mock: KlingMock, client: KlingClient) -> None:
    with pytest.raises(RateLimitError):
        client.images.generations.create(
            prompt="a boat", extra_headers={"X-Mock-Fault": "error=429, retry_after=3"}
        )
    mock.assert_well_behaved()


@pytest.mark.parametrize(
    "quirk", ["data_array", "unknown_status", "failed_succeed", "signature_invalid"]
)
def test_the_client_is_well_behaved_under_each_quirk(
    mock: KlingMock, client: KlingClient, quirk: str
) -> None:
    mock.faults({"quirks": {quirk: 0.3}})
    for _ in range(3):
        try:
            client.images.generations.create_and_wait(prompt="a paper boat")
        except Exception as error:  # each quirk's own test says which error; here: behaviour
            assert type(error).__module__.startswith("kling_client")
    mock.assert_well_behaved()


def test_a_poll_interval_that_is_no_whole_number_is_refused(mock: KlingMock) -> None:
    answer = mock.session.get(f"{mock.base_url}/__mock/verify?min_poll_interval_ms=1.5")
    assert (answer.status_code, answer.json()["code"]) == (400, 1201)
