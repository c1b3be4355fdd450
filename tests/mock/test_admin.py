"""The admin API under /__mock/: health, reset, clock, tasks and the request journal."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from mockapi import MockAPI

from mockserver.core.bounds import MAX_MOCK_MS
from mockserver.core.clock import real_ms
from mockserver.core.state import state_of
from mockserver.storage.settings import ClockRow


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
def test_bad_clock_commands_are_refused_in_the_envelope(api: MockAPI, body: object) -> None:
    response = api.post("/__mock/clock", body)
    assert (response.status_code, response.json()["code"]) == (400, 1201)


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


@pytest.mark.parametrize(
    "body",
    [{"speed": 1e300}, {"speed": 10_001}, {"advance_ms": 1e20}, {"advance_ms": 10**400}],
)
def test_a_clock_value_out_of_bounds_is_refused_and_creates_keep_working(
    api: MockAPI, body: dict[str, object]
) -> None:
    before = api.get("/__mock/clock").json()
    response = api.post("/__mock/clock", body)
    assert (response.status_code, response.json()["code"]) == (400, 1201)
    assert api.get("/__mock/clock").json() == before
    api.image_task()


def test_the_clock_cannot_be_advanced_past_the_year_9999(api: MockAPI) -> None:
    store = state_of(api.app).store
    store.clock_state.save(ClockRow(real_ms(), MAX_MOCK_MS - 1_000, 1.0, True))
    refused = api.post("/__mock/clock", {"advance_ms": 1_001})
    assert (refused.status_code, refused.json()["code"]) == (400, 1201)
    assert api.advance(1_000)["now_ms"] == MAX_MOCK_MS
    api.image_task()


def test_an_unusable_stored_clock_is_repaired_when_the_mock_starts(
    make_api: Callable[..., MockAPI], tmp_path: Path
) -> None:
    db = str(tmp_path / "state.sqlite3")
    make_api(KLING_DB=db).image_task()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE clock SET speed = 1e300, anchor_mock_ms = 9000000000000000000")
    restarted = make_api(KLING_DB=db, KLING_CLOCK_FROZEN=False)
    clock = restarted.get("/__mock/clock").json()
    assert (clock["speed"], clock["frozen"]) == (1.0, False)
    assert clock["now_ms"] <= MAX_MOCK_MS
    restarted.image_task()


def test_reset_can_put_the_clock_back_to_its_configuration(api: MockAPI) -> None:
    api.post("/__mock/clock", {"freeze": False, "speed": 50})
    assert api.post("/__mock/reset").json() == {"status": "reset"}
    assert api.get("/__mock/clock").json()["speed"] == 50
    answer = api.post("/__mock/reset", {"clock": True}).json()
    assert (answer["clock"]["speed"], answer["clock"]["frozen"]) == (1.0, True)


@pytest.mark.parametrize("body", [{"clok": True}, {"clock": "yes"}, [1]])
def test_reset_refuses_unknown_keys_and_bad_values(api: MockAPI, body: object) -> None:
    api.image_task()
    response = api.post("/__mock/reset", body)
    assert (response.status_code, response.json()["code"]) == (400, 1201)
    assert len(api.get("/__mock/tasks").json()["tasks"]) == 1


def test_unknown_clock_keys_are_refused(api: MockAPI) -> None:
    response = api.post("/__mock/clock", {"sped": 2})
    assert (response.status_code, response.json()["code"]) == (400, 1201)
    assert "sped" in response.json()["message"]


@pytest.mark.parametrize("route", ["/__mock/journal", "/__mock/tasks", "/__mock/callbacks"])
@pytest.mark.parametrize("limit", ["-1", "abc", "0", "10001", "1.5"])
def test_a_list_limit_that_is_not_a_whole_number_in_range_is_refused(
    api: MockAPI, route: str, limit: str
) -> None:
    response = api.get(route, params={"limit": limit})
    assert (response.status_code, response.json()["code"]) == (400, 1201)
    assert "limit" in response.json()["message"]


def test_usage_and_tasks_accept_the_gateway_key_as_owner(api: MockAPI) -> None:
    api.image_task(key="demo-key")
    api.image_task(key="other-key")
    usage = api.get("/__mock/usage", params={"owner": "demo-key"}).json()["accounts"]
    ((account, packs),) = usage.items()
    assert account.startswith("key:") and packs["image"]["slots_held"] == 1
    tasks = api.get("/__mock/tasks", params={"owner": "demo-key"}).json()["tasks"]
    assert [task["owner"] for task in tasks] == [account]
    same = api.get("/__mock/usage", params={"owner": account}).json()["accounts"]
    assert same == usage


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("/v1/images/generations%0a04:43:27%20POST%20/v1/fake%20200", "\\n04:43:27\\x20POST"),
        ("/v1/images/generations%0d%0aX", "\\r\\nX"),
        ("/v1/images/gen%00erations", "gen\\x00erations"),
        ("/v1/images/gen%5cx0aerations", "gen\\\\x0aerations"),
    ],
)
def test_a_path_cannot_forge_or_break_a_log_line(
    make_api: Callable[..., MockAPI], caplog: pytest.LogCaptureFixture, path: str, shown: str
) -> None:
    api = make_api(KLING_LOG_REQUESTS=True)
    with caplog.at_level(logging.INFO, logger="kling_mock.requests"):
        api.app.test_client().get(path)  # werkzeug's client keeps %0a (requests strips it)
    (line,) = [r.getMessage() for r in caplog.records if r.name == "kling_mock.requests"]
    assert line.isprintable()
    assert len(line.split()) == 5
    assert shown in line
