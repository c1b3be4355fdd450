"""Per-call options, raw answers, request ids, with_options, progress, cancel and pickling.

The blocking client's side; tests/client/test_async_client.py proves the same of the asyncio one.
"""

from __future__ import annotations

import pickle
import threading
from collections.abc import Callable

import pytest
from kling_client import (
    APIError,
    RateLimitError,
    TaskFailedError,
    WaitCancelledError,
    WaitTimeoutError,
)
from kling_client.models import Task

from tests.client.conftest import Canned, Scripted, envelope, task

LIMITED = Canned(
    status=429, body=envelope(code=1302, message="slow down"), headers={"Retry-After": "1"}
)


def test_extra_headers_and_query_are_sent_with_that_call_only(
    scripted: Callable[..., Scripted],
) -> None:
    run = scripted([Canned(body=envelope(task())), Canned(body=envelope(task()))])
    generations = run.client.images.generations
    generations.get("t1", extra_headers={"X-Trace": "abc"}, extra_query={"debug": "1"})
    generations.get("t1")
    first, second = run.adapter.requests
    assert first.headers["X-Trace"] == "abc"
    assert first.url is not None and first.url.endswith("?debug=1")
    assert "X-Trace" not in second.headers
    assert second.url is not None and "debug" not in second.url


def test_extra_body_merges_into_the_body_sent(scripted: Callable[..., Scripted]) -> None:
    run = scripted([Canned(body=envelope(task()))])
    run.client.images.generations.create(
        prompt="a boat", external_task_id="e1", extra_body={"shard": "eu"}, validate=False
    )
    assert run.adapter.bodies() == [{"prompt": "a boat", "external_task_id": "e1", "shard": "eu"}]


def test_a_raw_response_carries_status_headers_request_id_and_the_parsed_task(
    scripted: Callable[..., Scripted],
) -> None:
    answer = Canned(body=envelope(task(status="processing")), headers={"X-Served-By": "mock"})
    run = scripted([answer])
    raw = run.client.images.generations.with_raw_response.get("t1")
    assert raw.status_code == 200
    assert raw.headers["X-Served-By"] == "mock"
    assert raw.request_id == "req-1"
    assert raw.parse() == Task.from_dict(task(status="processing"))


def test_nested_resources_offer_raw_responses_too(scripted: Callable[..., Scripted]) -> None:
    run = scripted([Canned(body=envelope(task()))])
    raw = run.client.images.with_raw_response.generations.get("t1")
    assert raw.parsed.task_id == "t1"


def test_a_result_keeps_the_request_id_of_its_answer(scripted: Callable[..., Scripted]) -> None:
    run = scripted([Canned(body=envelope(task()))])
    assert run.client.images.generations.get("t1").request_id == "req-1"
    assert Task.from_dict(task()).request_id is None


def test_with_options_changes_a_copy_and_keeps_the_original(
    scripted: Callable[..., Scripted],
) -> None:
    run = scripted([LIMITED, LIMITED])
    with pytest.raises(RateLimitError):
        run.client.with_options(max_retries=0).images.generations.get("t1")
    assert len(run.adapter.requests) == 1
    assert run.client._core.max_retries == 2


def test_wait_reports_every_state_it_sees(scripted: Callable[..., Scripted]) -> None:
    statuses = ["submitted", "processing", "succeed"]
    run = scripted([Canned(body=envelope(task(status=s))) for s in statuses])
    seen: list[str] = []
    run.client.images.generations.wait("t1", on_progress=lambda t: seen.append(t.task_status))
    assert seen == statuses


def test_wait_follows_the_retry_after_of_a_poll_answer(scripted: Callable[..., Scripted]) -> None:
    answers = [
        Canned(body=envelope(task(status="submitted"))),
        Canned(body=envelope(task(status="processing")), headers={"Retry-After": "9"}),
        Canned(body=envelope(task(status="succeed"))),
    ]
    run = scripted(answers)
    run.client.images.generations.wait("t1", poll_interval=1.0)
    assert run.sleeps == [1.0, 9.0]


def test_a_set_cancel_event_ends_the_wait_with_the_last_state(
    scripted: Callable[..., Scripted],
) -> None:
    run = scripted([Canned(body=envelope(task(status="processing")))])
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(WaitCancelledError) as caught:
        run.client.images.generations.wait("t1", cancel=cancel)
    assert caught.value.task.task_status == "processing"


def test_a_succeeded_tasks_result_is_read_and_a_failed_one_raises() -> None:
    done = Task.from_dict(
        task(status="succeed", task_result={"images": [{"index": 0, "url": "u"}]})
    )
    assert done.result().images[0].url == "u"
    assert done.result().videos == []
    with pytest.raises(TaskFailedError):
        Task.from_dict(task(status="failed")).result()


@pytest.mark.parametrize(
    "error",
    [
        WaitTimeoutError(Task.from_dict(task()), 5.0, "task 1 still submitted after 5 s"),
        WaitCancelledError(Task.from_dict(task()), "waiting for task 1 cancelled"),
        TaskFailedError(Task.from_dict(task(status="failed")), "task 1 failed", request_id="r1"),
        RateLimitError("slow", code=1302, request_id="r2", status=429, body={"code": 1302}),
    ],
    ids=lambda e: type(e).__name__,
)
def test_errors_survive_pickling_with_every_field(error: Exception) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert vars(copy) == vars(error)
    assert str(copy) == str(error)
    if isinstance(error, APIError):
        assert copy.request_id == error.request_id
