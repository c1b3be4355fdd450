"""Answers are parsed into typed models, tolerantly: a newer server never crashes a poll."""

from __future__ import annotations

from collections.abc import Callable

from kling_client import KlingClient
from kling_client.models import ImageItem, Task, TaskResult

from tests.client.conftest import FAST, Canned, Scripted, envelope, task


def test_a_task_is_parsed_into_nested_models() -> None:
    parsed = Task.from_dict(
        task(status="succeed", task_result={"images": [{"index": 0, "url": "http://x/0.png"}]})
    )
    assert parsed.task_result == TaskResult(images=[ImageItem(index=0, url="http://x/0.png")])


def test_unknown_fields_are_kept_in_extra() -> None:
    parsed = Task.from_dict(task(queue_position=3))
    assert parsed.extra == {"queue_position": 3}


def test_an_unknown_status_is_kept_as_the_string_it_is() -> None:
    assert Task.from_dict(task(status="queued")).task_status == "queued"


def test_values_of_the_wrong_shape_become_none_or_are_skipped() -> None:
    parsed = Task.from_dict(task(task_info="oops", task_result={"images": [1, {"index": 0}]}))
    assert parsed.task_info is None
    assert parsed.task_result is not None
    assert parsed.task_result.images == [ImageItem(index=0, url=None)]  # type: ignore[arg-type]


def test_a_poll_survives_an_unknown_status_and_extra_fields(
    scripted: Callable[..., Scripted],
) -> None:
    answers = [
        Canned(body=envelope(task(status="queued", shard="eu-2"))),
        Canned(body=envelope(task(status="succeed"))),
    ]
    run = scripted(answers)
    done = run.client.images.generations.wait("t1", poll_interval=0)
    assert done.task_status == "succeed"


def test_the_mocks_answers_parse_without_leftovers(client: KlingClient) -> None:
    done = client.images.generations.create_and_wait(prompt="a boat", n=2, **FAST)
    assert done.extra == {}
    assert done.task_result is not None
    assert done.task_result.images is not None
    assert [image.index for image in done.task_result.images] == [0, 1]
    assert all(image.extra == {} for image in done.task_result.images)
