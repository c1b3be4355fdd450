"""One task, two designs: the same canonical task written in each design block's words."""

from __future__ import annotations

from typing import Any

import pytest
from mockapi import MockAPI

from mockserver.domain.designs import FAILED, SUCCEEDED, TaskView, project
from spec.documents import load_bundle

#: A design like the current one: other field names, other status words, typed outputs.
TYPED: dict[str, Any] = {
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
def legacy() -> dict[str, Any]:
    block: dict[str, Any] = load_bundle()["components"]["x-kling-designs"]["legacy"]
    return block


def test_the_legacy_design_writes_task_result_and_a_unit_string(legacy: dict[str, Any]) -> None:
    task = project(view(), legacy)
    assert task["task_status"] == legacy["statuses"][SUCCEEDED]
    assert task["task_result"]["videos"] == [VIDEO]
    assert task["task_result"]["elements"][0]["status"] == legacy["statuses"][SUCCEEDED]
    assert task["final_unit_deduction"] == "2.4"
    assert task["task_info"] == {"external_task_id": "mine-1"}
    assert "outputs" not in task


def test_a_typed_design_writes_outputs_and_billing() -> None:
    task = project(view(), TYPED)
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


def test_a_failed_task_says_why_and_is_not_charged(legacy: dict[str, Any]) -> None:
    typed = project(view(FAILED), TYPED)
    assert (typed["status"], typed["message"], typed["billing"]) == ("broken", "it broke", [])
    assert "outputs" not in typed
    assert project(view(FAILED), legacy)["final_unit_deduction"] == "0"


def test_an_unfinished_task_has_no_billing_yet(legacy: dict[str, Any]) -> None:
    assert "billing" not in project(view("processing"), TYPED)
    assert "final_unit_deduction" not in project(view("processing"), legacy)


@pytest.mark.parametrize("word", ["succeed", "succeeded"])
def test_the_outcome_header_takes_either_designs_word(api: MockAPI, word: str) -> None:
    task = api.create("/v1/images/generations", {"prompt": "p"}, headers={"X-Mock-Outcome": word})
    api.advance(60_000)
    assert api.task(task["task_id"]).json()["data"]["task_status"] == "succeed"
