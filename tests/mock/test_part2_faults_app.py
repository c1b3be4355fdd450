"""Fault injection through the app: config file, admin API, header; deterministic under a seed."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from mockapi import MockAPI

from mockserver.lifecycle import FAULT_MESSAGE

GENERATIONS = "/v1/images/generations"


def statuses(api: MockAPI, count: int) -> list[int]:
    return [api.get(GENERATIONS).status_code for _ in range(count)]


@pytest.mark.parametrize(
    ("status", "code"), [("500", 5000), ("503", 5001), ("504", 5002), ("429", 1302)]
)
def test_a_configured_error_share_answers_in_the_kling_envelope(
    make_api: Callable[..., MockAPI], status: str, code: int
) -> None:
    api = make_api(KLING_FAULTS={"errors": {status: 1.0}})
    response = api.get(GENERATIONS)
    assert (response.status_code, response.json()["code"]) == (int(status), code)
    assert api.get("/__mock/health").status_code == 200


def test_the_config_file_can_set_the_plan(make_api: Callable[..., MockAPI], tmp_path: Path) -> None:
    file = tmp_path / "mock.toml"
    file.write_text('[KLING_FAULTS]\nerrors = { "503" = 1.0 }\n', encoding="utf-8")
    api = make_api(KLING_CONFIG=str(file))
    assert api.get(GENERATIONS).status_code == 503


def test_the_same_seed_fails_the_same_requests(make_api: Callable[..., MockAPI]) -> None:
    plan = {"errors": {"500": 0.3, "503": 0.2}}
    first = statuses(make_api(KLING_FAULTS=plan, KLING_SEED=4), 40)
    again = statuses(make_api(KLING_FAULTS=plan, KLING_SEED=4), 40)
    other = statuses(make_api(KLING_FAULTS=plan, KLING_SEED=5), 40)
    assert first == again
    assert first != other
    assert {200, 500, 503} == set(first)


def test_latency_is_added(make_api: Callable[..., MockAPI]) -> None:
    api = make_api(KLING_FAULTS={"latency_ms": [40, 60]})
    started = time.perf_counter()
    assert api.get(GENERATIONS).status_code == 200
    assert time.perf_counter() - started >= 0.04


def test_paths_limit_the_plan(make_api: Callable[..., MockAPI]) -> None:
    api = make_api(KLING_FAULTS={"errors": {"500": 1.0}, "paths": ["/v1/videos/*"]})
    assert api.get(GENERATIONS).status_code == 200
    assert api.get("/v1/videos/text2video").status_code == 500
    api.prefix = "/kling"
    assert api.get("/v1/videos/text2video").status_code == 500


def test_the_admin_api_replaces_and_restores_the_plan(make_api: Callable[..., MockAPI]) -> None:
    api = make_api()
    assert api.get("/__mock/faults").json()["source"] == "config"
    answer = api.post("/__mock/faults", {"errors": {"504": 1.0}}).json()
    assert answer == {
        "source": "admin",
        "plan": {"latency_ms": None, "errors": {"5002": 1.0}, "task_failure_rate": None,
                 "paths": []},
    }  # fmt: skip
    assert api.get(GENERATIONS).status_code == 504
    api.call("DELETE", "/__mock/faults")
    assert api.get(GENERATIONS).status_code == 200


def test_a_bad_plan_is_refused_by_the_admin_api(api: MockAPI) -> None:
    response = api.post("/__mock/faults", {"errors": {"418": 1}})
    assert response.status_code == 400
    assert "418" in response.json()["error"]


def test_reset_forgets_the_admin_plan(make_api: Callable[..., MockAPI]) -> None:
    api = make_api()
    api.post("/__mock/faults", {"errors": {"500": 1.0}})
    api.post("/__mock/reset")
    assert api.get(GENERATIONS).status_code == 200


def test_the_header_forces_an_error_or_latency_for_one_request(api: MockAPI) -> None:
    response = api.get(GENERATIONS, headers={"X-Mock-Fault": "error=503"})
    assert (response.status_code, response.json()["code"]) == (503, 5001)
    started = time.perf_counter()
    assert api.get(GENERATIONS, headers={"X-Mock-Fault": "latency=50"}).status_code == 200
    assert time.perf_counter() - started >= 0.05
    assert api.get(GENERATIONS).status_code == 200


def test_a_bad_header_is_a_1201(api: MockAPI) -> None:
    response = api.get(GENERATIONS, headers={"X-Mock-Fault": "boom"})
    assert (response.status_code, response.json()["code"]) == (400, 1201)


def test_tasks_can_be_made_to_fail_after_processing(make_api: Callable[..., MockAPI]) -> None:
    api = make_api(KLING_FAULTS={"task_failure_rate": 1.0})
    task = api.image_task()
    assert task["task_status"] == "submitted"
    api.advance(10_000)
    data = api.task(task["task_id"]).json()["data"]
    assert (data["task_status"], data["task_status_msg"]) == ("failed", FAULT_MESSAGE)


def test_the_header_can_fail_one_task(api: MockAPI) -> None:
    failing = api.create(GENERATIONS, {"prompt": "p"}, headers={"X-Mock-Fault": "task=fail"})
    fine = api.image_task()
    api.advance(10_000)
    assert api.task(failing["task_id"]).json()["data"]["task_status"] == "failed"
    assert api.task(fine["task_id"]).json()["data"]["task_status"] == "succeed"


def test_task_failures_are_deterministic_under_a_seed(make_api: Callable[..., MockAPI]) -> None:
    def outcomes(seed: int) -> list[str]:
        api = make_api(KLING_FAULTS={"task_failure_rate": 0.5}, KLING_SEED=seed)
        ids = [api.image_task()["task_id"] for _ in range(12)]
        api.advance(10_000)
        return [api.task(i).json()["data"]["task_status"] for i in ids]

    assert outcomes(1) == outcomes(1)
    assert set(outcomes(1)) == {"succeed", "failed"}
