"""The admin API under /__mock/: health, reset, clock, tasks and the request journal."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from mockapi import MockAPI


def test_health_reports_the_operations_served(api: MockAPI) -> None:
    health = api.get("/__mock/health").json()
    assert health["status"] == "ok"
    assert health["operations"] == len(api.index.operations)


def test_the_clock_can_be_read_frozen_advanced_and_sped_up(api: MockAPI) -> None:
    start = api.get("/__mock/clock").json()
    assert start["frozen"] is True
    assert api.advance(5_000)["now_ms"] == start["now_ms"] + 5_000
    assert api.post("/__mock/clock", {"speed": 10}).json()["speed"] == 10
    assert api.post("/__mock/clock", {"freeze": False}).json()["frozen"] is False


@pytest.mark.parametrize("body", [{"advance_ms": -1}, {"speed": "fast"}, {"freeze": "yes"}, []])
def test_bad_clock_commands_are_refused(api: MockAPI, body: object) -> None:
    assert api.post("/__mock/clock", body).status_code == 400


def test_tasks_lists_every_owners_tasks_with_status(api: MockAPI) -> None:
    api.image_task()
    api.image_task(key="other")
    listed = api.get("/__mock/tasks").json()["tasks"]
    assert len(listed) == 2
    assert {task["task_status"] for task in listed} == {"submitted"}


def test_the_journal_keeps_requests_with_their_verdicts(api: MockAPI) -> None:
    api.image_task()
    api.post("/v1/images/generations", {"n": 99})
    entries = api.get("/__mock/journal", params={"limit": 2}).json()["entries"]
    assert [entry["verdict"] for entry in entries] == ["rejected", "accepted"]
    assert entries[0]["code"] == 1201
    assert "prompt is required" in entries[0]["message"]


def test_each_request_logs_one_readable_line(
    make_api: Callable[..., MockAPI], caplog: pytest.LogCaptureFixture
) -> None:
    api = make_api(KLING_LOG_REQUESTS=True)
    with caplog.at_level(logging.INFO, logger="kling_mock.requests"):
        api.image_task()
    (line,) = [r.getMessage() for r in caplog.records if r.name == "kling_mock.requests"]
    method, path, status, code, elapsed = line.split()
    assert (method, path, status, code) == ("POST", "/v1/images/generations", "200", "code=0")
    assert elapsed.endswith("ms")
