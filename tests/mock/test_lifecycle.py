"""submitted -> processing -> succeed | failed, from the stored plan and the mock clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from flask import Flask
from mockapi import MockAPI

from mockserver.core.call import Call
from mockserver.core.state import state_of
from mockserver.domain import tasks
from mockserver.domain.lifecycle import POLICY_MESSAGE


@pytest.fixture
def state_db(both_backends: str) -> str:
    """Every test runs on SQLite and on PostgreSQL."""
    return both_backends


def status(api: MockAPI, task_id: str) -> dict[str, object]:
    data: dict[str, object] = api.task(task_id).json()["data"]
    return data


def test_a_new_task_is_submitted_with_created_at_equal_to_updated_at(api: MockAPI) -> None:
    task = api.image_task()
    assert task["task_status"] == "submitted"
    assert task["created_at"] == task["updated_at"]
    assert "task_result" not in task


def test_a_task_moves_through_processing_to_succeed(api: MockAPI) -> None:
    task = api.image_task()
    api.advance(1_300)
    middle = status(api, task["task_id"])
    assert middle["task_status"] == "processing"
    assert middle["updated_at"] > task["created_at"]
    api.advance(60_000)
    done = status(api, task["task_id"])
    assert done["task_status"] == "succeed"
    assert done["updated_at"] > middle["updated_at"]  # type: ignore[operator]


def test_updated_at_is_the_time_of_the_last_transition(api: MockAPI) -> None:
    task = api.image_task()
    api.advance(60_000)
    first = status(api, task["task_id"])["updated_at"]
    api.advance(60_000)
    assert status(api, task["task_id"])["updated_at"] == first


def test_a_frozen_clock_keeps_a_task_submitted(api: MockAPI) -> None:
    task = api.image_task()
    assert status(api, task["task_id"])["task_status"] == "submitted"


def test_a_running_clock_finishes_a_task_in_a_few_seconds(
    make_api: Callable[..., MockAPI],
) -> None:
    api = make_api(KLING_CLOCK_FROZEN=False, KLING_SPEED=1000.0)
    task = api.image_task()
    time.sleep(0.01)
    assert status(api, task["task_id"])["task_status"] == "succeed"


def test_the_outcome_header_forces_a_failure(api: MockAPI) -> None:
    task = api.create(
        "/v1/images/generations", {"prompt": "p"}, headers={"X-Mock-Outcome": "failed"}
    )
    api.advance(60_000)
    failed = status(api, task["task_id"])
    assert failed["task_status"] == "failed"
    assert failed["task_status_msg"]
    assert "task_result" not in failed


def test_an_unknown_outcome_header_value_is_refused(api: MockAPI) -> None:
    response = api.post(
        "/v1/images/generations", {"prompt": "p"}, headers={"X-Mock-Outcome": "maybe"}
    )
    assert (response.status_code, response.json()["code"]) == (400, 1201)


def test_the_configured_prompt_keyword_fails_the_task_for_content_policy(api: MockAPI) -> None:
    task = api.image_task(prompt="a boat __fail__ at sea")
    api.advance(60_000)
    failed = status(api, task["task_id"])
    assert failed["task_status"] == "failed"
    assert failed["task_status_msg"] == POLICY_MESSAGE


def fresh(make_api: Callable[..., MockAPI], **config: object) -> MockAPI:
    """A mock with nothing stored yet (apps on one PostgreSQL database share its rows)."""
    api = make_api(**config)
    api.post("/__mock/reset", {})
    return api


def test_task_ids_are_18_digit_decimal_strings_fixed_by_the_seed(
    make_api: Callable[..., MockAPI],
) -> None:
    first = [fresh(make_api, KLING_SEED=7).image_task()["task_id"] for _ in range(2)]
    other = fresh(make_api, KLING_SEED=8).image_task()["task_id"]
    assert first[0] == first[1]
    assert first[0].isdigit() and len(first[0]) == 18  # as live ids are
    assert other != first[0]


def test_a_failure_rate_draws_outcomes_deterministically_from_the_seed(
    make_api: Callable[..., MockAPI],
) -> None:
    def outcomes() -> list[object]:
        api = fresh(make_api, KLING_FAILURE_RATE=0.5, KLING_SEED=3)
        ids = [api.image_task()["task_id"] for _ in range(8)]
        api.advance(60_000)
        return [status(api, task_id)["task_status"] for task_id in ids]

    drawn = outcomes()
    assert drawn == outcomes()
    assert set(drawn) == {"succeed", "failed"}


def test_two_apps_on_one_database_see_the_same_status(
    make_api: Callable[..., MockAPI], tmp_path: Path
) -> None:
    db = str(tmp_path / "state.sqlite3")
    one, two = make_api(KLING_DB=db), make_api(KLING_DB=db)
    task = one.image_task()
    two.advance(1_300)
    assert status(one, task["task_id"]) == status(two, task["task_id"])
    assert status(one, task["task_id"])["task_status"] == "processing"


def test_tts_answers_with_the_finished_task(api: MockAPI) -> None:
    task = api.create(
        "/v1/audio/tts", {"text": "hello there", "voice_id": "v1", "voice_language": "en"}
    )
    assert task["task_status"] == "succeed"
    assert task["task_result"]["audios"][0]["duration"]


def test_a_task_is_created_from_a_call_alone_without_a_request(
    make_app: Callable[..., Flask],
) -> None:
    app = make_app()
    state = state_of(app)
    create = next(
        op
        for op in state.index.operations.values()
        if op.method == "POST" and op.path == "/v1/images/generations"
    )
    call = Call("http://mock.test/", create.path, {}, {}, body={"prompt": "p"}, owner="acct")
    data = tasks.create_task(state, create, call).projected()  # no app or request context
    assert data["task_status"] == "submitted"
    stored = state.store.tasks.by_id(data["task_id"])
    assert stored is not None and stored.owner == "acct" and stored.body == {"prompt": "p"}
