"""Fault plans: parsing, deterministic draws under a seed, and the X-Mock-Fault header."""

from __future__ import annotations

import pytest

from mockserver.errors import KlingError
from mockserver.faults import (
    Decision,
    FaultConfigError,
    FaultPlan,
    decide,
    parse_header,
    task_fails,
    with_header,
)


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


def test_a_bad_header_is_a_1201() -> None:
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
