"""Answers are parsed into typed models: tolerant of what a newer server adds, honest on types."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from kling_client import KlingClient, ResponseShapeError
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
    images = [
        1,
        {"index": 0},  # no url: no honest ImageItem
        {"index": "first", "url": "http://x/1.png"},
        {"index": 2, "url": "http://x/2.png", "watermark_url": 5},
    ]
    parsed = Task.from_dict(
        task(task_info="oops", task_status_msg=7, task_result={"images": images})
    )
    assert parsed.task_info is None
    assert parsed.task_status_msg is None
    assert parsed.task_result is not None
    assert parsed.task_result.images == [ImageItem(index=2, url="http://x/2.png")]


def test_a_wrong_typed_value_is_reported_as_drift(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="kling_client.drift"):
        Task.from_dict(task(task_status_msg=7))
    assert "'task_status_msg': expected str, got 7" in caplog.text


def test_a_task_without_a_usable_required_field_is_refused() -> None:
    with pytest.raises(ResponseShapeError) as caught:
        Task.from_dict({"task_status": 5, "created_at": "yesterday"})
    assert caught.value.key in {"task_id", "task_status", "created_at"}


@pytest.mark.parametrize("value", [True, 1.5, "1"])
def test_an_integer_field_takes_no_bool_float_or_string(value: object) -> None:
    with pytest.raises(ResponseShapeError):
        Task.from_dict(task(created_at=value))


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
