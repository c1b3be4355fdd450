"""One task, several designs: the same canonical task written in each design's words, and read
back from them."""

from __future__ import annotations

from typing import Any

import pytest
from mockapi import MockAPI

from spec.designs import FAILED, PROCESSING, SUCCEEDED, Design, TaskView
from tests.designs import design

#: A design like the current one: other field names, other status words, typed outputs.
TYPED_BLOCK: dict[str, Any] = {
    "statuses": {
        "submitted": "queued",
        "processing": "running",
        "succeeded": "done",
        "failed": "broken",
    },
    "task": {
        "schema": "#/components/schemas/Task",
        "id": "id",
        "status": "status",
        "message": "message",
        "created": "create_time",
        "updated": "update_time",
        "external_id": "external_id",
        "results": "outputs",
        "billing": "billing",
    },
    "outputs": {
        "videos": {"type": "video", "keep": ["id", "url", "duration"]},
        "elements": {"type": "element", "rename": {"element_id": "id"}},
    },
    "billing": {"style": "list", "charged": "on_success"},
}
TYPED = Design.from_block("typed", TYPED_BLOCK)

VIDEO = {
    "id": "7",
    "url": "https://mock/v.mp4",
    "watermark_url": "https://mock/w.mp4",
    "duration": "5",
}
ELEMENT = {"element_id": 42, "element_name": "cat", "status": SUCCEEDED}


def view(status: str = SUCCEEDED, **changes: Any) -> TaskView:
    results = {"videos": [VIDEO], "elements": [ELEMENT]} if status == SUCCEEDED else None
    fields: dict[str, Any] = {
        "id": "1001",
        "status": status,
        "message": "it broke" if status == FAILED else "",
        "created": 10,
        "updated": 20,
        "external_id": "mine-1",
        "results": results,
        "units": "2.4",
        "pack": "video",
    }
    return TaskView(**{**fields, **changes})


@pytest.fixture(scope="module")
def legacy() -> Design:
    return design("legacy")


def test_the_legacy_design_writes_task_result_and_a_unit_string(legacy: Design) -> None:
    task = legacy.project(view())
    assert task["task_status"] == legacy.word(SUCCEEDED)
    assert task["task_result"]["videos"] == [VIDEO]
    assert task["task_result"]["elements"][0]["status"] == legacy.word(SUCCEEDED)
    assert task["final_unit_deduction"] == "2.4"
    assert task["task_info"] == {"external_task_id": "mine-1"}
    assert "outputs" not in task


def test_a_typed_design_writes_outputs_and_billing() -> None:
    task = TYPED.project(view())
    assert task == {
        "id": "1001",
        "status": "done",
        "message": "",
        "external_id": "mine-1",
        "outputs": [
            {"type": "video", "id": "7", "url": "https://mock/v.mp4", "duration": "5"},
            {"type": "element", "id": "42", "element_name": "cat", "status": "done"},
        ],
        "billing": [{"charge_type": "unit", "amount": "2.4", "package_type": "video"}],
        "create_time": 10,
        "update_time": 20,
    }


def test_a_failed_task_says_why_and_is_not_charged(legacy: Design) -> None:
    typed = TYPED.project(view(FAILED))
    assert (typed["status"], typed["message"], typed["billing"]) == ("broken", "it broke", [])
    assert "outputs" not in typed
    assert legacy.project(view(FAILED))["final_unit_deduction"] == "0"


def test_an_unfinished_task_has_no_billing_yet(legacy: Design) -> None:
    assert "billing" not in TYPED.project(view(PROCESSING))
    assert "final_unit_deduction" not in legacy.project(view(PROCESSING))


@pytest.mark.parametrize("status", [PROCESSING, SUCCEEDED, FAILED])
def test_what_a_design_writes_it_reads_back(legacy: Design, status: str) -> None:
    for chosen in (legacy, TYPED):
        facts = chosen.read(chosen.project(view(status)))
        assert (facts.id, facts.status, facts.external_id) == ("1001", status, "mine-1")
        assert facts.message == ("it broke" if status == FAILED else "")
        assert (facts.results is not None) == (status == SUCCEEDED)
        assert facts.running == (status == PROCESSING)


def test_a_status_word_no_design_stage_has_reads_as_running(legacy: Design) -> None:
    answer = {**legacy.project(view(PROCESSING)), "task_status": "queueing"}
    facts = legacy.read(answer)
    assert (facts.status, facts.word, facts.running) == (None, "queueing", True)


@pytest.mark.parametrize("word", ["succeed", "succeeded"])
def test_the_outcome_header_takes_either_designs_word(api: MockAPI, word: str) -> None:
    task = api.create("/v1/images/generations", {"prompt": "p"}, headers={"X-Mock-Outcome": word})
    api.advance(60_000)
    assert api.task(task["task_id"]).json()["data"]["task_status"] == "succeed"
