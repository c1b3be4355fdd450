"""The client on the current design: a model-in-the-path create waited through /tasks, batch reads
by ids, cursor iteration, in the blocking and the asyncio client alike."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

import pytest
from kling_client import (
    AsyncKlingClient,
    CurrentTask,
    ImageOutput,
    InvalidRequestError,
    KlingClient,
    NotFoundError,
    TaskFailedError,
    VideoOutput,
    WaitTimeoutError,
)

from mockserver.testing import InProcessMock
from tests.client.conftest import Canned, Scripted, envelope

T = TypeVar("T")
TURBO = "kling-3.0-turbo"


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coroutine)


def current(task_id: str = "9001", status: str = "submitted", **extra: Any) -> dict[str, Any]:
    return {"id": task_id, "status": status, "create_time": 1, "update_time": 2, **extra}


def test_create_and_wait_follows_a_turbo_video_to_its_mp4(kling_client: KlingClient) -> None:
    done = kling_client.current_video.text_to_video(TURBO).create_and_wait(
        prompt="a paper boat in a gutter", settings={"duration": 3}
    )
    assert isinstance(done, CurrentTask)
    assert done.status == "succeeded"
    [video] = done.outputs or []
    assert isinstance(video, VideoOutput)
    assert (video.duration, video.watermark_url) == ("3", None)
    assert "video.mp4" in video.url
    assert [(b.charge_type, b.amount) for b in done.billing] == [("unit", "2.4")]


def test_a_finished_task_hands_out_its_outputs_by_type(kling_client: KlingClient) -> None:
    done = kling_client.current_video.text_to_video(TURBO).create_and_wait(prompt="a paper boat")
    [video] = done.videos()
    assert isinstance(video, VideoOutput) and "video.mp4" in video.url
    assert done.images() == [] and done.audios() == []


def test_the_narrowing_helpers_pick_each_type_out_of_mixed_outputs() -> None:
    outputs = [
        {"type": "image", "url": "https://x/1.png"},
        {"type": "video", "id": "v", "url": "https://x/v.mp4", "duration": "5"},
        {"type": "image", "url": "https://x/2.png"},
    ]
    task = CurrentTask.from_dict(current(status="succeeded", outputs=outputs))
    assert [image.url for image in task.images()] == ["https://x/1.png", "https://x/2.png"]
    assert [video.id for video in task.videos()] == ["v"]
    assert CurrentTask.from_dict(current()).videos() == []


def test_a_failed_current_task_raises_with_its_message(kling_client: KlingClient) -> None:
    with pytest.raises(TaskFailedError) as caught:
        kling_client.current_video.text_to_video(TURBO).create_and_wait(prompt="a boat __fail__")
    task = caught.value.task
    assert task.status == "failed"
    assert task.id in str(caught.value) and task.message in str(caught.value)


def test_get_takes_a_list_of_ids_and_leaves_unknown_ones_out(kling_client: KlingClient) -> None:
    text_to_video = kling_client.current_video.text_to_video(TURBO)
    first = text_to_video.create(prompt="one", options={"external_task_id": "mine-1"})
    second = text_to_video.create(prompt="two")
    found = kling_client.tasks.get([first.id, "404404", second.id])
    assert sorted(task.id for task in found) == sorted([first.id, second.id])
    [by_own_id] = kling_client.tasks.get(external_task_ids=["mine-1"])
    assert by_own_id.id == first.id
    assert kling_client.tasks.get("404404") == []


def test_wait_reads_one_task_through_the_batch_route(kling_client: KlingClient) -> None:
    created = kling_client.current_video.text_to_video(TURBO).create(prompt="a boat")
    assert kling_client.tasks.wait(created.id).status == "succeeded"
    with pytest.raises(NotFoundError):
        kling_client.tasks.wait("404404")


def test_tasks_of_both_designs_are_waited_on_alike(kling_client: KlingClient) -> None:
    legacy = kling_client.images.generations.create(prompt="a boat")
    done = kling_client.tasks.wait(legacy.task_id)
    assert (done.id, done.status) == (legacy.task_id, "succeeded")
    assert [type(output) for output in done.outputs or []] == [ImageOutput]


def test_an_output_type_this_client_does_not_know_is_kept_as_it_came(
    scripted: Callable[..., Scripted],
) -> None:
    outputs = [{"type": "video", "id": "1", "url": "https://x/v.mp4", "duration": "5"}]
    outputs.append({"type": "hologram", "url": "https://x/h.bin"})
    run_ = scripted([Canned(body=envelope([current(status="succeeded", outputs=outputs)]))])
    [task] = run_.client.tasks.get(["9001"])
    video, unknown = task.outputs or []
    assert isinstance(video, VideoOutput) and unknown == outputs[1]


def test_iter_walks_every_cursor_page_with_the_filters(kling_client: KlingClient) -> None:
    text_to_video = kling_client.current_video.text_to_video(TURBO)
    made = [text_to_video.create(prompt=f"boat {n}").id for n in range(5)]
    kling_client.images.generations.create(prompt="not a video")
    video_filter = [{"key": "product_type", "values": ["video"]}]
    walked = [task.id for task in kling_client.tasks.iter(filters=video_filter, limit=2)]
    assert walked == list(reversed(made))


def test_iter_of_nothing_is_empty(kling_client: KlingClient) -> None:
    assert list(kling_client.tasks.iter(filters=[{"key": "status", "values": ["failed"]}])) == []


def test_a_repeated_cursor_ends_the_walk(scripted: Callable[..., Scripted]) -> None:
    page = {"result": [current("1")], "count": 1, "next_cursor": "c1", "has_more": True}
    run_ = scripted([Canned(body=envelope(page)), Canned(body=envelope(page))])
    assert [task.id for task in run_.client.tasks.iter()] == ["1", "1"]
    assert [body.get("cursor") for body in run_.adapter.bodies()] == [None, "c1"]


def test_waiting_spells_the_statuses_the_current_way(scripted: Callable[..., Scripted]) -> None:
    """``succeed`` is a legacy word: on /tasks it is a status still to come, not the end."""
    answers = [
        Canned(body=envelope(current())),
        Canned(body=envelope([current(status="processing")])),
        Canned(body=envelope([current(status="succeeded")])),
    ]
    run_ = scripted(answers)
    done = run_.client.current_video.text_to_video(TURBO).create_and_wait(
        prompt="p", poll_interval=1
    )
    assert done.status == "succeeded"
    assert [request.url for request in run_.adapter.requests][1:] == [
        "http://scripted/tasks?task_ids=9001"
    ] * 2
    assert run_.sleeps == [1, 1.5]


def test_a_wait_that_runs_out_names_the_task_in_the_current_words(
    scripted: Callable[..., Scripted],
) -> None:
    run_ = scripted([Canned(body=envelope([current(status="processing")]))])
    with pytest.raises(WaitTimeoutError) as caught:
        run_.client.tasks.wait("9001", timeout=0)
    assert "task 9001 still processing" in str(caught.value)


def test_the_async_client_creates_waits_reads_and_iterates(
    kling_async_client: AsyncKlingClient, kling_mock: InProcessMock
) -> None:
    client = kling_async_client

    async def scenario() -> tuple[list[CurrentTask], list[str], list[str]]:
        turbo = client.current_video.text_to_video(TURBO)
        done = await asyncio.gather(*(turbo.create_and_wait(prompt=f"w {n}") for n in range(3)))
        read = await client.tasks.get([task.id for task in done])
        walked = [task.id async for task in client.tasks.iter(limit=2)]
        return list(done), [task.id for task in read], walked

    done, read, walked = run(scenario())
    assert [task.status for task in done] == ["succeeded"] * 3
    assert sorted(read) == sorted(walked) == sorted(task.id for task in done)
    assert {task["task_id"] for task in kling_mock.tasks()} == set(read)


def test_a_batch_the_route_would_refuse_is_refused_before_it_is_sent(
    scripted: Callable[..., Scripted],
) -> None:
    run_ = scripted([])
    with pytest.raises(InvalidRequestError) as too_many:
        run_.client.tasks.get([str(n) for n in range(21)])
    assert too_many.value.message == "task_ids and external_task_ids cannot exceed 20 in total"
    with pytest.raises(InvalidRequestError) as both:
        run_.client.tasks.get(["1"], external_task_ids=["a"])
    assert both.value.message == "task_ids or external_task_ids is required"
    assert run_.adapter.requests == []


def test_without_validation_a_batch_goes_to_the_server_as_given(
    scripted: Callable[..., Scripted],
) -> None:
    run_ = scripted([Canned(body=envelope([]))], validate=False)
    assert run_.client.tasks.get([str(n) for n in range(21)]) == []
    assert len(run_.adapter.requests) == 1


def test_a_wait_whose_pauses_take_no_wall_time_still_gives_up(
    scripted: Callable[..., Scripted],
) -> None:
    """The pauses count towards ``timeout``: a sleep spent in mock time never waits forever."""
    answers = [Canned(body=envelope([current(status="processing")])) for _ in range(40)]
    run_ = scripted(answers)
    with pytest.raises(WaitTimeoutError):
        run_.client.tasks.wait("9001", timeout=60, poll_interval=2)
    assert sum(run_.sleeps) == pytest.approx(60)
