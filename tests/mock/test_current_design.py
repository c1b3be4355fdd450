"""The current design (model in the path): create, read through /tasks, page with a cursor."""

from __future__ import annotations

from typing import Any

import pytest
from mockapi import MockAPI

TURBO = "/text-to-video/kling-3.0-turbo"


def finished(api: MockAPI) -> None:
    api.advance(600_000)


def by_ids(api: MockAPI, **params: str) -> Any:
    return api.get("/tasks", params=params)


def test_a_create_answers_the_id_status_an_empty_message_and_the_times(api: MockAPI) -> None:
    created = api.create(TURBO, {"prompt": "a paper boat", "options": {"external_task_id": "b-1"}})
    assert set(created) == {"id", "status", "message", "create_time", "update_time", "external_id"}
    assert (created["status"], created["message"], created["external_id"]) == (
        "submitted",
        "",
        "b-1",
    )


def test_a_create_without_an_external_id_answers_none(api: MockAPI) -> None:
    created = api.create(TURBO, {"prompt": "a paper boat"})
    assert set(created) == {"id", "status", "message", "create_time", "update_time"}


def test_a_task_is_read_by_id_in_the_current_shape(api: MockAPI) -> None:
    created = api.create(TURBO, {"prompt": "a paper boat"})
    finished(api)
    [task] = by_ids(api, task_ids=created["id"]).json()["data"]
    assert task["status"] == "succeeded"
    assert [output["type"] for output in task["outputs"]] == ["video"]
    assert task["billing"][0]["charge_type"] == "unit"
    assert "watermark_url" not in task["outputs"][0]


def test_a_task_is_read_by_its_external_id(api: MockAPI) -> None:
    created = api.create(TURBO, {"prompt": "p", "options": {"external_task_id": "mine-7"}})
    [task] = by_ids(api, external_task_ids="mine-7").json()["data"]
    assert task["id"] == created["id"]


def test_unknown_ids_are_left_out(api: MockAPI) -> None:
    created = api.create(TURBO, {"prompt": "p"})
    answer = by_ids(api, task_ids=f"404404,{created['id']}")
    assert [task["id"] for task in answer.json()["data"]] == [created["id"]]
    assert by_ids(api, task_ids="404404").json()["data"] == []


def test_a_batch_needs_exactly_one_kind_of_id_and_at_most_twenty(api: MockAPI) -> None:
    missing = api.get("/tasks")
    assert (missing.status_code, missing.json()["code"]) == (400, 1201)
    both = by_ids(api, task_ids="1", external_task_ids="2")
    assert (both.status_code, both.json()["code"]) == (400, 1201)
    many = by_ids(api, task_ids=",".join(str(n) for n in range(21)))
    assert (many.status_code, many.json()["code"]) == (400, 1201)


def test_a_legacy_task_reads_in_the_current_shape_through_tasks(api: MockAPI) -> None:
    legacy = api.image_task()
    finished(api)
    [task] = by_ids(api, task_ids=legacy["task_id"]).json()["data"]
    assert task["status"] == "succeeded"
    assert {output["type"] for output in task["outputs"]} == {"image"}
    assert "task_status" not in task


def test_an_effects_video_reads_through_tasks_without_a_duration_it_never_had(
    api: MockAPI,
) -> None:
    """The effects route reports no duration; /tasks lists the video as it is, within the spec
    (MockAPI checks every answer against the spec's response schema)."""
    body = {"effect_scene": "bloombloom", "input": {"image": "https://a.example/x.png"}}
    legacy = api.create("/v1/videos/effects", body)
    finished(api)
    [task] = by_ids(api, task_ids=legacy["task_id"]).json()["data"]
    [video] = task["outputs"]
    assert video["type"] == "video"
    assert "duration" not in video


def test_a_jwt_on_a_current_route_is_refused_with_the_documented_text(api: MockAPI) -> None:
    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJhayJ9.c2lnbmF0dXJl"
    response = api.post(TURBO, {"prompt": "p"}, key=jwt)
    assert (response.status_code, response.json()["code"]) == (401, 1002)
    assert "does not support AK/SK" in response.json()["message"]


def test_the_relays_serve_the_current_routes_under_kling(api: MockAPI) -> None:
    created = api.create("/kling" + TURBO, {"prompt": "a paper boat"})
    [task] = api.get("/kling/tasks", params={"task_ids": created["id"]}).json()["data"]
    assert task["id"] == created["id"]
    page = api.post("/kling/tasks", {"limit": 10}).json()["data"]
    assert [listed["id"] for listed in page["result"]] == [created["id"]]


@pytest.mark.parametrize(
    ("submit", "body"),
    [
        ("/kling/text-to-video/kling-3.0-turbo", {"prompt": "a paper boat"}),
        (
            "/kling/omni-video/kling-3.0-omni",
            {
                "contents": [{"type": "prompt", "text": "waves"}],
                "settings": {"aspect_ratio": "1:1"},
            },
        ),
        (
            "/kling/motion-control/kling-3.0",
            {
                "contents": [
                    {"type": "image", "url": "https://assets.example.com/a.png"},
                    {"type": "video", "url": "https://assets.example.com/dance.mp4"},
                ],
                "settings": {"character_orientation": "image"},
            },
        ),
    ],
)
def test_a_relay_answers_a_query_at_the_submit_path_as_a_one_element_array(
    api: MockAPI, submit: str, body: dict[str, Any]
) -> None:
    created = api.create(submit, body)
    answer = api.get(f"{submit}/{created['id']}").json()
    assert [task["id"] for task in answer["data"]] == [created["id"]]
    assert api.get(f"{submit}/404404").json()["data"] == []


def test_a_relay_query_with_a_model_the_route_does_not_list_is_refused_on_the_model(
    api: MockAPI,
) -> None:
    """Judged at the relay's own server (``https://{relay}/kling``), not the official host."""
    answer = api.get("/kling/text-to-video/kling-9.9/449080249234257484")
    assert (answer.status_code, answer.json()["code"]) == (400, 1201)
    assert answer.json()["message"].startswith("model must be one of: kling-3.0-turbo")


def test_the_per_route_query_is_the_relays_alone(api: MockAPI) -> None:
    created = api.create(TURBO, {"prompt": "p"})
    assert api.get(f"{TURBO}/{created['id']}").status_code == 404


def test_a_model_in_the_path_limits_the_body(api: MockAPI) -> None:
    long_prompt = "a" * 2600
    refused = api.post("/text-to-video/kling-2.6", {"prompt": long_prompt})
    assert (refused.status_code, refused.json()["code"]) == (400, 1201)
    assert api.post(TURBO, {"prompt": long_prompt}).status_code == 200


def test_an_external_id_used_on_a_legacy_route_is_taken_on_the_current_one(api: MockAPI) -> None:
    api.image_task(external_task_id="shared-1")
    response = api.post(TURBO, {"prompt": "p", "options": {"external_task_id": "shared-1"}})
    assert (response.status_code, response.json()["code"]) == (400, 1201)
    assert response.json()["message"] == "External_task_id shared-1 already exists"


def billed(api: MockAPI, path: str, body: dict[str, Any]) -> str:
    created = api.create(path, body)
    finished(api)
    [task] = by_ids(api, task_ids=created["id"]).json()["data"]
    amount: str = task["billing"][0]["amount"]
    return amount


def test_a_turbo_video_is_priced_with_the_audio_it_always_has(api: MockAPI) -> None:
    """LIVE-A checklist 2a2: 3 s at 720p charged 2.4 units (audio on, none asked for)."""
    assert billed(api, TURBO, {"prompt": "p", "settings": {"duration": 3}}) == "2.4"


def test_the_first_matching_price_of_the_model_wins(api: MockAPI) -> None:
    native = {"prompt": "p", "settings": {"resolution": "1080p", "audio": "native", "duration": 5}}
    assert billed(api, "/text-to-video/kling-2.6", native) == "5"
    silent = {"prompt": "p", "settings": {"resolution": "720p", "audio": "off", "duration": 5}}
    assert billed(api, "/text-to-video/kling-2.6", silent) == "1.5"
