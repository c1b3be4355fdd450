"""The lifecycle keeps its promises for every kind of task the spec can create.

Every accepted task reaches a terminal state through ``wait()``, is found by task_id, by
external_task_id and in ``list()``, and when it succeeds its result matches the request: the number
of images, the aspect ratio of the image file, the duration of the video. Status never goes
backwards, ``updated_at`` never decreases and ``created_at`` never changes, whatever the clock does.
"""

from __future__ import annotations

import io
import itertools
from typing import Any

import pytest
from flask import Flask
from hypothesis import given, settings
from hypothesis import strategies as st
from kling_client import APIError, KlingClient, TaskFailedError
from PIL import Image

from mockserver import create_app
from mockserver.testing import session_for
from tests.designs import unknown_task_answer

from .campaign import examples
from .strategies import valid_bodies
from .support import (
    BASE_URL,
    SpecCheckedSession,
    fresh_key,
    polled_creates,
    resource_of,
    spec_schemas,
)

ORDER = {"submitted": 0, "processing": 1, "succeed": 2, "failed": 2}
RATIOS = {
    "16:9": 16 / 9,
    "9:16": 9 / 16,
    "1:1": 1.0,
    "4:3": 4 / 3,
    "3:4": 3 / 4,
    "3:2": 1.5,
    "2:3": 2 / 3,
    "21:9": 21 / 9,
}


#: (operationId, family, x-kling-task) of every create whose task is polled.
CREATES = [(c.operation_id, c.family, c.task) for c in polled_creates()]


def finish(resource: Any, task_id: str) -> Any:
    try:
        return resource.wait(task_id, timeout=30, poll_interval=0.005)
    except TaskFailedError as error:
        return error.task


def run_task(
    operation_id: str, family: str, checked: SpecCheckedSession, data: st.DataObject
) -> tuple[dict[str, Any], Any, Any, Any]:
    """Draw a valid body, create the task in a fresh account and wait for it to finish."""
    checked.violations.clear()
    body = data.draw(valid_bodies(spec_schemas()[operation_id]), label="body")
    client = KlingClient(api_key=fresh_key(), base_url=BASE_URL, session=checked.session)
    resource = resource_of(client, family)
    created = resource.create(**body)
    return body, resource, created, finish(resource, created.task_id)


TASK_CREATES = pytest.mark.parametrize(
    ("operation_id", "family", "task"),
    CREATES,
    ids=lambda v: v if isinstance(v, str) and v.startswith("create") else "",
)


@TASK_CREATES
@settings(max_examples=examples(8, 0.25))  # each example runs a task to its end
@given(data=st.data())
def test_every_accepted_task_finishes_and_is_found_by_id_external_id_and_list(
    operation_id: str,
    family: str,
    task: dict[str, Any],
    checked: SpecCheckedSession,
    data: st.DataObject,
) -> None:
    _, resource, created, done = run_task(operation_id, family, checked, data)
    assert done.task_status in ("succeed", "failed")
    external_id = created.task_info.external_task_id
    assert external_id, "the client sets an external_task_id on every create"
    assert resource.get(created.task_id).task_id == created.task_id
    assert resource.get_by_external_id(external_id).task_id == created.task_id
    assert created.task_id in {t.task_id for t in resource.iter()}
    assert checked.violations == []


@TASK_CREATES
@settings(max_examples=examples(8, 0.25))  # each example runs a task to its end
@given(data=st.data())
def test_a_succeeded_task_delivers_what_was_asked(
    operation_id: str,
    family: str,
    task: dict[str, Any],
    checked: SpecCheckedSession,
    data: st.DataObject,
) -> None:
    body, _, _, done = run_task(operation_id, family, checked, data)
    if done.task_status != "succeed":
        return
    result = done.task_result
    if task["result"] == "images":
        assert len(result.images) == body.get(task.get("count_field", ""), 1)
        ratio = body.get(task.get("aspect_ratio_field", ""))
        if ratio in RATIOS:
            asset = checked.session.get(result.images[0].url)
            width, height = Image.open(io.BytesIO(asset.content)).size
            assert abs(width / height - RATIOS[ratio]) < 0.02, (ratio, width, height)
    if (
        task["result"] == "videos"
        and "duration_field" in task
        and "." not in task["duration_field"]
    ):
        expected = body.get(task["duration_field"], task.get("default_duration"))
        if expected is not None:
            assert float(result.videos[0].duration) == float(expected)
    assert checked.violations == []


@pytest.fixture(scope="module")
def frozen_app() -> Flask:
    # every create, retired ones too: retirement is a switch (tests/mock/test_retirement.py)
    config = {"KLING_DB": ":memory:", "KLING_CLOCK_FROZEN": True, "KLING_SEED": 3}
    return create_app({**config, "KLING_RETIREMENT": "none"})


@given(
    pick=st.sampled_from(CREATES),
    steps=st.lists(st.integers(min_value=0, max_value=4000), min_size=1, max_size=12),
    data=st.data(),
)
def test_status_never_goes_backwards_and_timestamps_keep_their_promises(
    frozen_app: Flask,
    pick: tuple[str, str, dict[str, Any]],
    steps: list[int],
    data: st.DataObject,
) -> None:
    operation_id, family, _ = pick
    session = session_for(frozen_app)
    session.post(f"{BASE_URL}/__mock/clock", json={"freeze": True})
    body = data.draw(valid_bodies(spec_schemas()[operation_id]), label="body")
    client = KlingClient(api_key=fresh_key(), base_url=BASE_URL, session=session)
    resource = resource_of(client, family)
    first = resource.create(**body)
    seen = [first]
    for advance in steps:
        session.post(f"{BASE_URL}/__mock/clock", json={"advance_ms": advance})
        seen.append(resource.get(first.task_id))
    for before, after in itertools.pairwise(seen):
        assert ORDER[after.task_status] >= ORDER[before.task_status]
        assert after.updated_at >= before.updated_at
        assert after.created_at == first.created_at
        if ORDER[before.task_status] == 2:
            assert after.task_status == before.task_status


@given(pick=st.sampled_from(CREATES), data=st.data())
def test_one_account_never_sees_another_accounts_tasks(
    checked: SpecCheckedSession, pick: tuple[str, str, dict[str, Any]], data: st.DataObject
) -> None:
    operation_id, family, _ = pick
    body = data.draw(valid_bodies(spec_schemas()[operation_id]), label="body")
    owner = resource_of(
        KlingClient(api_key=fresh_key(), base_url=BASE_URL, session=checked.session), family
    )
    other = resource_of(
        KlingClient(api_key=fresh_key(), base_url=BASE_URL, session=checked.session), family
    )
    created = owner.create(**body)
    with pytest.raises(APIError) as by_id:
        other.get(created.task_id)
    with pytest.raises(APIError) as by_external_id:
        other.get_by_external_id(created.task_info.external_task_id)
    for caught in (by_id, by_external_id):
        assert (caught.value.status, caught.value.code) == unknown_task_answer()
    assert created.task_id not in {t.task_id for t in other.list(page_size=500)}
