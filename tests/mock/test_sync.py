"""Synchronous operations answer deterministic, plausible results derived from the input."""

from __future__ import annotations

from typing import Any

from mockapi import MockAPI, png_base64, request_example

RECOGNIZE = "/v1/videos/image-recognize"


def recognize(api: MockAPI, image: str) -> Any:
    response = api.post(RECOGNIZE, {"image": image})
    assert response.status_code == 200, response.text
    return response.json()["data"]


def test_image_recognize_answers_once_per_segmentation_type(api: MockAPI) -> None:
    images = recognize(api, png_base64(400, 400))["task_result"]["images"]
    assert [image["type"] for image in images] == [
        "object_seg",
        "head_seg",
        "face_seg",
        "cloth_seg",
    ]


def test_image_recognize_gives_the_same_answer_for_the_same_image(api: MockAPI) -> None:
    image = png_base64(400, 400)
    assert recognize(api, image) == recognize(api, image)


def test_image_recognize_derives_is_contain_from_the_image(api: MockAPI) -> None:
    def verdicts(size: int) -> tuple[bool, ...]:
        images = recognize(api, png_base64(size, size))["task_result"]["images"]
        return tuple(image["is_contain"] for image in images)

    assert len({verdicts(size) for size in range(400, 440, 4)}) > 1


def test_image_recognize_validates_its_image(api: MockAPI) -> None:
    response = api.post(RECOGNIZE, {"image": png_base64(100, 100)})
    assert (response.status_code, response.json()["code"]) == (400, 1201)


def test_a_selection_call_echoes_the_session_id(api: MockAPI) -> None:
    op = api.operation("addMultiElementsSelection")
    body = {**request_example(api.index, op), "session_id": "424242"}
    assert api.post(op.path, body).json()["data"]["session_id"] == "424242"


def test_preset_voices_are_owned_by_kling(api: MockAPI) -> None:
    tasks = api.get("/v1/general/presets-voices").json()["data"]
    voices = [voice for task in tasks for voice in task["task_result"]["voices"]]
    assert voices and {voice["owned_by"] for voice in voices} == {"kling"}


def test_preset_voices_are_paged(api: MockAPI) -> None:
    page = api.get("/v1/general/presets-voices", params={"pageNum": 2, "pageSize": 2})
    assert len(page.json()["data"]) == 2


def custom_voice(api: MockAPI) -> str:
    op = api.operation("createCustomVoiceTask")
    body = {**request_example(api.index, op)}
    body.pop("external_task_id", None)
    task = api.create(op.path, body)
    api.advance(60_000)
    data = api.get(f"{op.path}/{task['task_id']}").json()["data"]
    voice_id: str = data["task_result"]["voices"][0]["voice_id"]
    return voice_id


def test_deleting_a_custom_voice_removes_it(api: MockAPI) -> None:
    voice_id = custom_voice(api)
    assert api.post("/v1/general/delete-voices", {"voice_id": voice_id}).status_code == 200
    listed = api.get("/v1/general/custom-voices").json()["data"]
    assert listed[0]["task_result"]["voices"] == []


def test_deleting_an_unknown_voice_is_404_1203(api: MockAPI) -> None:
    response = api.post("/v1/general/delete-voices", {"voice_id": "12345"})
    assert (response.status_code, response.json()["code"]) == (404, 1203)


def test_another_key_cannot_delete_my_voice(api: MockAPI) -> None:
    voice_id = custom_voice(api)
    response = api.post("/v1/general/delete-voices", {"voice_id": voice_id}, key="intruder")
    assert response.status_code == 404


def test_account_costs_go_down_as_tasks_of_the_packs_kind_finish(api: MockAPI) -> None:
    window = {"start_time": 1, "end_time": 2}

    def remaining() -> dict[str, float]:
        data = api.get("/account/costs", params=window).json()["data"]
        packs = data["resource_pack_subscribe_infos"]
        return {p["resource_pack_name"]: float(p["remaining_quantity"]) for p in packs}

    before = remaining()
    api.image_task(n=4)
    api.advance(60_000)
    after = remaining()
    assert {name: before[name] - after[name] for name in before if "Image" in name} == {
        name: 4.0 for name in before if "Image" in name
    }
    assert all(after[name] == before[name] for name in before if "Image" not in name)
