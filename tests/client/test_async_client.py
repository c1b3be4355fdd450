"""AsyncKlingClient: the same resources and rules as KlingClient, awaited, against the mock."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

import httpx
import pytest
from kling_client import (
    AsyncKlingClient,
    InvalidRequestError,
    RateLimitError,
    TaskFailedError,
    WaitCancelledError,
)

from mockserver.testing import InProcessMock
from tests.client.conftest import envelope, task

T = TypeVar("T")


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coroutine)


def test_fifty_image_and_video_tasks_finish_side_by_side(
    kling_async_client: AsyncKlingClient, kling_mock: InProcessMock
) -> None:
    client = kling_async_client

    async def fifty() -> list[Any]:
        images = [client.images.generations.create_and_wait(prompt=f"boat {i}") for i in range(25)]
        videos = [client.videos.text2video.create_and_wait(prompt=f"wave {i}") for i in range(25)]
        return await asyncio.gather(*images, *videos)

    done = run(fifty())
    assert [t.task_status for t in done] == ["succeed"] * 50
    assert len({t.task_id for t in done}) == 50
    assert {t["task_id"] for t in kling_mock.tasks()} == {t.task_id for t in done}


def test_get_list_and_lookup_by_external_id_read_what_was_created(
    kling_async_client: AsyncKlingClient,
) -> None:
    generations = kling_async_client.images.generations

    async def scenario() -> None:
        created = await generations.create(prompt="a boat", external_task_id="mine-1")
        assert (await generations.get(created.task_id)).task_id == created.task_id
        assert (await generations.get_by_external_id("mine-1")).task_id == created.task_id
        assert [t.task_id for t in await generations.list()] == [created.task_id]

    run(scenario())


def test_async_iteration_walks_every_page(kling_async_client: AsyncKlingClient) -> None:
    generations = kling_async_client.images.generations

    async def scenario() -> tuple[set[str], list[str]]:
        created = [await generations.create(prompt=f"boat {i}") for i in range(5)]
        walked = [t.task_id async for t in generations.iter(page_size=2)]
        return {t.task_id for t in created}, walked

    created, walked = run(scenario())
    assert sorted(walked) == sorted(created)


def test_a_failed_task_raises_with_the_task_attached(kling_async_client: AsyncKlingClient) -> None:
    with pytest.raises(TaskFailedError) as caught:
        run(kling_async_client.images.generations.create_and_wait(prompt="a boat __fail__"))
    assert caught.value.task.task_status == "failed"


def test_an_invalid_body_is_refused_before_it_is_sent(
    kling_async_client: AsyncKlingClient, kling_mock: InProcessMock
) -> None:
    with pytest.raises(InvalidRequestError):
        run(kling_async_client.images.generations.create(prompt="a boat", n=99))
    assert kling_mock.tasks() == []


def test_raw_response_carries_status_headers_request_id_and_the_task(
    kling_async_client: AsyncKlingClient,
) -> None:
    raw = run(kling_async_client.images.generations.with_raw_response.create(prompt="a boat"))
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.request_id
    assert raw.parse().request_id == raw.request_id
    assert raw.parsed.task_status == "submitted"


# ---------------------------------------------------------------- scripted answers


class Script:
    """An httpx transport answering from canned (status, body, headers); records the requests."""

    def __init__(self, answers: list[tuple[int, Any, dict[str, str]]]) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        status, body, headers = self.answers.pop(0)
        return httpx.Response(status, json=body, headers=headers)

    def client(self, **settings: Any) -> AsyncKlingClient:
        http = httpx.AsyncClient(transport=httpx.MockTransport(self.handle))
        options: dict[str, Any] = {"api_key": "k", "base_url": "http://scripted", **settings}
        client = AsyncKlingClient(http_client=http, **options)

        async def sleep(seconds: float) -> None:
            self.sleeps.append(seconds)

        client._core.sleep = sleep
        return client


def ok(data: Any, **headers: str) -> tuple[int, Any, dict[str, str]]:
    return (200, envelope(data), headers)


def test_per_call_headers_and_query_reach_the_server() -> None:
    script = Script([ok(task())])
    client = script.client(default_headers={"X-Team": "media"})
    run(
        client.images.generations.get(
            "t1", extra_headers={"X-Trace": "abc"}, extra_query={"debug": "1"}
        )
    )
    sent = script.requests[0]
    assert sent.headers["X-Trace"] == "abc"
    assert sent.headers["X-Team"] == "media"
    assert sent.url.params["debug"] == "1"


def test_a_rate_limited_read_is_retried_after_the_servers_retry_after() -> None:
    limited = (429, envelope(code=1302, message="slow down"), {"Retry-After": "3"})
    script = Script([limited, ok(task())])
    done = run(script.client().images.generations.get("t1"))
    assert done.task_id == "t1"
    assert script.sleeps == [3.0]


def test_retries_stop_at_max_retries_with_the_last_error() -> None:
    limited = (429, envelope(code=1302, message="slow down"), {"Retry-After": "1"})
    script = Script([limited] * 3)
    with pytest.raises(RateLimitError):
        run(script.client(max_retries=2).images.generations.get("t1"))
    assert len(script.requests) == 3


def test_with_options_changes_settings_of_a_copy_only() -> None:
    limited = (429, envelope(code=1302, message="slow down"), {"Retry-After": "1"})
    script = Script([limited, limited])
    client = script.client(max_retries=2)
    with pytest.raises(RateLimitError):
        run(client.with_options(max_retries=0).images.generations.get("t1"))
    assert len(script.requests) == 1
    assert client._core.max_retries == 2


def test_wait_reports_progress_and_follows_the_servers_poll_hint() -> None:
    script = Script(
        [
            ok(task(status="submitted")),
            ok(task(status="processing"), **{"Retry-After": "7"}),
            ok(task(status="succeed")),
        ]
    )
    seen: list[str] = []
    generations = script.client().images.generations
    done = run(
        generations.wait("t1", poll_interval=1.0, on_progress=lambda t: seen.append(t.task_status))
    )
    assert done.task_status == "succeed"
    assert seen == ["submitted", "processing", "succeed"]
    assert script.sleeps == [1.0, 7.0]


def test_a_set_cancel_event_stops_the_wait_with_the_last_state() -> None:
    script = Script([ok(task(status="processing"))])

    async def scenario() -> None:
        cancel = asyncio.Event()
        cancel.set()
        await script.client().images.generations.wait("t1", cancel=cancel)

    with pytest.raises(WaitCancelledError) as caught:
        run(scenario())
    assert caught.value.task.task_status == "processing"


def test_official_keys_sign_a_jwt_for_every_request() -> None:
    script = Script([ok(task())])
    run(script.client(api_key=None, access_key="ak", secret_key="sk").images.generations.get("t1"))
    scheme, token = script.requests[0].headers["Authorization"].split(" ")
    assert scheme == "Bearer"
    assert token.count(".") == 2


def test_request_reaches_any_operation_by_its_id() -> None:
    script = Script([ok(task())])
    data = run(script.client().request("getImageGenerationTask", path_params={"task_id": "t 1"}))
    assert data["task_id"] == "t1"
    assert script.requests[0].url.raw_path == b"/v1/images/generations/t%201"


def test_the_body_sent_is_the_one_the_blocking_client_sends() -> None:
    script = Script([ok(task())])
    run(script.client().images.generations.create(prompt="a boat", external_task_id="e1"))
    assert json.loads(script.requests[0].content) == {"prompt": "a boat", "external_task_id": "e1"}


def test_an_unreachable_server_is_a_connection_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(refuse))
    client = AsyncKlingClient(api_key="k", base_url="http://x", http_client=http, max_retries=0)
    from kling_client import APIConnectionError

    with pytest.raises(APIConnectionError):
        run(client.images.generations.get("t1"))


_: Callable[..., Any] = run
