"""Fault injection: plans (parsing, deterministic draws under a seed, the X-Mock-Fault header) and
through the app (config file, admin API, header), deterministic under a seed."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from flask import Flask
from kling_client import KlingClient, RateLimitError
from mockapi import MockAPI

from mockserver.core.errors import KlingError
from mockserver.core.fault_plan import (
    Decision,
    FaultConfigError,
    FaultPlan,
    decide,
    parse_header,
    task_fails,
    with_header,
)
from mockserver.domain.lifecycle import FAULT_MESSAGE
from mockserver.testing import session_for


def test_http_statuses_name_their_business_codes() -> None:
    plan = FaultPlan.from_mapping({"errors": {"500": 0.1, "503": 0.1, "504": 0.1, "429": 0.1}})
    assert dict(plan.errors) == {5000: 0.1, 5001: 0.1, 5002: 0.1, 1302: 0.1}


def test_business_codes_are_accepted_directly() -> None:
    assert dict(FaultPlan.from_mapping({"errors": {"1303": 0.5}}).errors) == {1303: 0.5}


@pytest.mark.parametrize(
    "bad",
    [
        {"errors": {"418": 0.1}},
        {"errors": {"500": 1.5}},
        {"errors": {"500": 0.6, "503": 0.6}},
        {"latency_ms": [300, 100]},
        {"latency_ms": "slow"},
        {"task_failure_rate": 2},
        {"paths": "/v1/*"},
        {"paths": 5},
        {"paths": {"/v1/*": True}},
        {"surprise": 1},
    ],
)
def test_unusable_plans_are_refused(bad: dict[str, object]) -> None:
    with pytest.raises(FaultConfigError):
        FaultPlan.from_mapping(bad)


def test_an_empty_plan_is_inactive() -> None:
    assert not FaultPlan.from_mapping({}).active
    assert FaultPlan.from_mapping({"latency_ms": 5}).active


def test_the_same_seed_and_request_number_draw_the_same_faults() -> None:
    plan = FaultPlan.from_mapping({"latency_ms": [10, 500], "errors": {"503": 0.3}})
    first = [decide(plan, seed=7, draw=n) for n in range(200)]
    assert first == [decide(plan, seed=7, draw=n) for n in range(200)]
    assert first != [decide(plan, seed=8, draw=n) for n in range(200)]


def test_error_shares_are_roughly_respected() -> None:
    plan = FaultPlan.from_mapping({"errors": {"500": 0.2, "504": 0.1}})
    drawn = [decide(plan, seed=1, draw=n).error for n in range(4000)]
    assert 0.17 < drawn.count(5000) / 4000 < 0.23
    assert 0.07 < drawn.count(5002) / 4000 < 0.13
    assert drawn.count(None) > 2600


def test_latency_range_is_respected_and_a_number_is_fixed() -> None:
    ranged = FaultPlan.from_mapping({"latency_ms": [20, 40]})
    assert {20 <= decide(ranged, 0, n).delay_ms <= 40 for n in range(100)} == {True}
    fixed = FaultPlan.from_mapping({"latency_ms": 25})
    assert {decide(fixed, 0, n).delay_ms for n in range(20)} == {25}


def test_task_failures_are_drawn_per_task_id() -> None:
    plan = FaultPlan.from_mapping({"task_failure_rate": 0.5})
    fails = [task_fails(plan, 3, f"task-{n}") for n in range(400)]
    assert fails == [task_fails(plan, 3, f"task-{n}") for n in range(400)]
    assert 150 < sum(fails) < 250
    assert not task_fails(FaultPlan(), 3, "task-1")


def test_paths_narrow_a_plan_with_globs() -> None:
    plan = FaultPlan.from_mapping({"errors": {"500": 1}, "paths": ["/v1/videos/*"]})
    assert plan.applies_to("/v1/videos/text2video")
    assert not plan.applies_to("/v1/images/generations")
    assert FaultPlan.from_mapping({"errors": {"500": 1}}).applies_to("/anything")


def test_the_header_names_errors_latency_and_task_failures() -> None:
    header = parse_header("error=503, latency=100-200; task=fail")
    assert header.error == 5001
    assert header.latency_ms == (100, 200)
    assert header.fail_task


def test_a_bad_header_is_refused_as_1201() -> None:
    with pytest.raises(KlingError) as caught:
        parse_header("explode=yes")
    assert caught.value.code == 1201


def test_the_header_wins_over_the_drawn_decision() -> None:
    merged = with_header(Decision(5, None), parse_header("error=500"), seed=0, draw=1)
    assert merged == Decision(5, 5000)
    timed = with_header(Decision(5, 5001), parse_header("latency=40"), seed=0, draw=1)
    assert timed == Decision(40, 5001)


def test_a_decision_raises_its_error_in_the_kling_envelope_terms() -> None:
    with pytest.raises(KlingError) as caught:
        Decision(0, 5002).raise_error()
    assert caught.value.status == 504
    Decision(0, None).raise_error()


def test_plans_round_trip_through_json() -> None:
    plan = FaultPlan.from_mapping(
        {"latency_ms": [1, 2], "errors": {"503": 0.5}, "task_failure_rate": 0.1, "paths": ["/x"]}
    )
    assert FaultPlan.from_mapping(plan.to_json()) == plan


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
                 "paths": [], "retry_after_s": {}},
    }  # fmt: skip
    assert api.get(GENERATIONS).status_code == 504
    api.call("DELETE", "/__mock/faults")
    assert api.get(GENERATIONS).status_code == 200


def test_a_bad_plan_is_refused_by_the_admin_api(api: MockAPI) -> None:
    response = api.post("/__mock/faults", {"errors": {"418": 1}})
    assert (response.status_code, response.json()["code"]) == (400, 1201)
    assert "418" in response.json()["message"]


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


def test_a_bad_header_is_answered_400_1201(api: MockAPI) -> None:
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


def test_injected_throttling_carries_no_retry_after_unless_asked(
    make_api: Callable[..., MockAPI],
) -> None:
    api = make_api(KLING_FAULTS={"errors": {"429": 1.0}})
    assert "Retry-After" not in api.get(GENERATIONS).headers


@pytest.mark.parametrize(("status", "seconds"), [("429", 2), ("503", 30)])
def test_a_plan_can_send_retry_after_with_an_injected_error(
    make_api: Callable[..., MockAPI], status: str, seconds: int
) -> None:
    api = make_api(KLING_FAULTS={"errors": {status: 1.0}, "retry_after_s": {status: seconds}})
    response = api.get(GENERATIONS)
    assert response.status_code == int(status)
    assert response.headers["Retry-After"] == str(seconds)


def test_the_header_can_ask_for_retry_after(api: MockAPI) -> None:
    response = api.get(GENERATIONS, headers={"X-Mock-Fault": "error=429, retry_after=7"})
    assert (response.status_code, response.headers["Retry-After"]) == (429, "7")


def test_the_admin_api_sets_retry_after_per_error(api: MockAPI) -> None:
    plan = {"errors": {"503": 1.0}, "retry_after_s": {"503": 5}}
    assert api.post("/__mock/faults", plan).json()["plan"]["retry_after_s"] == {"5001": 5}
    assert api.get(GENERATIONS).headers["Retry-After"] == "5"


@pytest.mark.parametrize(
    "bad",
    [
        {"retry_after_s": {"500": 1}},
        {"retry_after_s": {"429": -1}},
        {"retry_after_s": {"429": 1.5}},
        {"retry_after_s": {"429": 3601}},
        {"retry_after_s": 5},
        {"paths": ["/v1/*"] * 101},
    ],
)
def test_retry_after_and_paths_are_bounded(bad: dict[str, object]) -> None:
    with pytest.raises(FaultConfigError):
        FaultPlan.from_mapping(bad)


@pytest.mark.parametrize("header", ["latency=1e400", "error=500, retry_after=1", "retry_after=1"])
def test_a_header_out_of_range_is_a_1201_not_a_500(api: MockAPI, header: str) -> None:
    response = api.get(GENERATIONS, headers={"X-Mock-Fault": header})
    assert (response.status_code, response.json()["code"]) == (400, 1201)


def test_the_generated_client_reads_the_injected_retry_after(
    make_app: Callable[..., Flask],
) -> None:
    app = make_app(KLING_FAULTS={"errors": {"429": 1.0}, "retry_after_s": {"429": 2}})
    client = KlingClient(
        api_key="k", base_url="http://mock", session=session_for(app), max_retries=0
    )
    with pytest.raises(RateLimitError) as caught:
        client.images.generations.get("1")
    assert caught.value.retry_after == 2.0
