"""A retried create returns the task its first attempt stored, never a second task or an error.

The server may store a task and lose the answer; the retry then carries the same
``external_task_id`` and is refused as a duplicate. The client reads the stored task back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import requests
from kling_client import InvalidRequestError, KlingClient

from mockserver.testing import WSGIAdapter
from tests.client.conftest import MOCK_URL, Canned, Scripted, envelope, task


class LosesFirstCreateAnswer(WSGIAdapter):
    """Hands every request to the app, but drops the answer to the first POST it carried."""

    def __init__(self, app: Any) -> None:
        super().__init__(app)
        self.lost: list[str] = []

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        response = super().send(request, **kwargs)
        if request.method == "POST" and not self.lost:
            self.lost.append(response.json()["data"]["task_id"])
            raise requests.ConnectionError("connection reset after the server answered")
        return response


@pytest.fixture
def lossy(mock_app: Any) -> tuple[KlingClient, LosesFirstCreateAnswer]:
    adapter = LosesFirstCreateAnswer(mock_app)
    session = requests.Session()
    session.mount("http://", adapter)
    client = KlingClient(api_key="test", base_url=MOCK_URL, session=session)
    client._core.sleep = lambda _seconds: None
    return client, adapter


def test_a_create_whose_answer_was_lost_returns_the_task_the_server_stored(
    lossy: tuple[KlingClient, LosesFirstCreateAnswer],
) -> None:
    client, adapter = lossy
    created = client.images.generations.create(prompt="a lighthouse at dusk")
    assert [created.task_id] == adapter.lost
    assert [t.task_id for t in client.images.generations.list()] == adapter.lost


def test_the_low_level_request_door_recovers_the_stored_task_too(
    lossy: tuple[KlingClient, LosesFirstCreateAnswer],
) -> None:
    client, adapter = lossy
    data = client.request("createImageGenerationTask", body={"prompt": "a quiet harbour"})
    assert [data["task_id"]] == adapter.lost


def test_a_first_attempt_with_an_id_already_used_is_refused(client: KlingClient) -> None:
    client.images.generations.create(prompt="first", external_task_id="mine-1")
    with pytest.raises(InvalidRequestError, match="mine-1"):
        client.images.generations.create(prompt="second", external_task_id="mine-1")


DUPLICATE = Canned(400, envelope(code=1201, message="External_task_id mine-1 already exists"))


def test_a_retry_after_a_rate_limit_does_not_adopt_an_older_task(
    scripted: Callable[..., Scripted],
) -> None:
    limited = Canned(429, envelope(code=1303, message="parallel task over limit"))
    run = scripted([limited, DUPLICATE])
    with pytest.raises(InvalidRequestError, match="already exists"):
        run.client.images.generations.create(prompt="p", external_task_id="mine-1")
    assert [r.method for r in run.adapter.requests] == ["POST", "POST"]


def test_a_refused_retry_with_no_stored_task_raises_the_refusal(
    scripted: Callable[..., Scripted],
) -> None:
    lost = Canned(raise_error=requests.ConnectionError("reset"))
    run = scripted([lost, DUPLICATE, Canned(200, envelope([]))])
    with pytest.raises(InvalidRequestError, match="already exists"):
        run.client.images.generations.create(prompt="p", external_task_id="mine-1")
    assert [r.method for r in run.adapter.requests] == ["POST", "POST", "GET"]


def test_a_retry_after_a_server_fault_reads_the_stored_task_by_its_id(
    scripted: Callable[..., Scripted],
) -> None:
    stored = task("t9", task_info={"external_task_id": "mine-1"})
    fault = Canned(500, envelope(code=5000, message="oops"))
    run = scripted([fault, DUPLICATE, Canned(200, envelope([stored]))])
    created = run.client.images.generations.create(prompt="p", external_task_id="mine-1")
    assert created.task_id == "t9"
    assert "external_task_id=mine-1" in (run.adapter.requests[-1].url or "")
