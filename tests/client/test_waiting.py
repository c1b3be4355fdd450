"""wait / create_and_wait: poll until the task is terminal; failures and timeouts are errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from kling_client import KlingClient, TaskFailedError, WaitTimeoutError

from mockserver import create_app
from mockserver.testing import session_for
from tests.client.conftest import FAST, MOCK_URL, Canned, Scripted, envelope, task


def test_create_and_wait_returns_the_finished_task(client: KlingClient) -> None:
    done = client.images.generations.create_and_wait(prompt="a boat", **FAST)
    assert done.task_status == "succeed"
    assert client.images.generations.get(done.task_id) == done


def test_wait_follows_a_created_task_to_the_end(client: KlingClient) -> None:
    created = client.videos.text2video.create(prompt="a boat")
    assert created.task_status == "submitted"
    assert client.videos.text2video.wait(created.task_id, **FAST).task_status == "succeed"


def test_a_failed_task_raises_with_the_task_attached(client: KlingClient) -> None:
    with pytest.raises(TaskFailedError) as caught:
        client.images.generations.create_and_wait(prompt="a boat __fail__", **FAST)
    assert caught.value.task.task_status == "failed"
    assert caught.value.task.task_id in str(caught.value)


def test_wait_gives_up_after_its_timeout_with_the_last_state() -> None:
    app = create_app({"KLING_DB": ":memory:", "KLING_CLOCK_FROZEN": True})
    frozen = KlingClient(api_key="test", base_url=MOCK_URL, session=session_for(app))
    created = frozen.images.generations.create(prompt="a boat")
    with pytest.raises(WaitTimeoutError) as caught:
        frozen.images.generations.wait(created.task_id, timeout=0.05, poll_interval=0.01)
    assert caught.value.task.task_status == "submitted"


def test_the_pause_between_polls_grows_from_poll_interval_through_the_clients_sleep(
    scripted: Callable[..., Scripted],
) -> None:
    statuses = ["submitted", "processing", "processing", "succeed"]
    run = scripted([Canned(body=envelope(task(status=s))) for s in statuses])
    run.client.images.generations.wait("t1", poll_interval=0.25, timeout=60)
    assert run.sleeps == [0.25, 0.375, 0.5625]


def test_an_immediate_task_needs_no_polling(scripted: Callable[..., Scripted]) -> None:
    answer: dict[str, Any] = task(status="succeed", task_result={"audios": [{"id": "a1"}]})
    run = scripted([Canned(body=envelope(answer))])
    done = run.client.audio.tts.create_and_wait(text="hello", voice_id="v", voice_language="en")
    assert done.task_status == "succeed"
    assert len(run.adapter.requests) == 1
