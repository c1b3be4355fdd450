"""AI multi-shot views, the old element library, and deleting elements of either library."""

from __future__ import annotations

from typing import Any

from mockapi import MockAPI

MULTI_SHOT = "/v1/general/ai-multi-shot"
OLD_ELEMENTS = "/v1/general/custom-elements"
ADVANCED = "/v1/general/advanced-custom-elements"
FRONT = "https://example.com/element/front.png"


def finished(api: MockAPI, path: str, body: dict[str, Any]) -> dict[str, Any]:
    task = api.create(path, body)
    api.advance(60_000)
    data: dict[str, Any] = api.get(f"{path}/{task['task_id']}").json()["data"]
    assert data["task_status"] == "succeed"
    return data


def old_element(api: MockAPI, name: str = "Captain") -> dict[str, Any]:
    body = {
        "element_name": name,
        "element_description": "A sea captain in a blue coat",
        "element_frontal_image": FRONT,
        "element_refer_list": [{"image_url": "https://example.com/element/left.png"}],
    }
    response = api.post(OLD_ELEMENTS, body)
    assert response.status_code == 200, response.text
    element: dict[str, Any] = response.json()["data"]
    return element


def advanced_body(**fields: Any) -> dict[str, Any]:
    return {
        "element_name": "Captain",
        "element_description": "A sea captain",
        "reference_type": "image_refer",
        "element_image_list": {
            "frontal_image": FRONT,
            "refer_images": [{"image_url": "https://example.com/element/left.png"}],
        },
        **fields,
    }


def advanced_element(api: MockAPI) -> int:
    done = finished(api, ADVANCED, advanced_body())
    element_id: int = done["task_result"]["elements"][0]["element_id"]
    return element_id


def test_ai_multi_shot_makes_three_sets_of_three_views(api: MockAPI) -> None:
    sets = finished(api, MULTI_SHOT, {"element_frontal_image": FRONT})["task_result"]["images"]
    assert [item["index"] for item in sets] == [0, 1, 2]
    urls = [item[f"url_{n}"] for item in sets for n in (1, 2, 3)]
    assert len(set(urls)) == 9
    picture = api.session.get(urls[0])
    assert (picture.status_code, picture.headers["Content-Type"]) == (200, "image/png")


def test_ai_multi_shot_tasks_are_listed_and_found_by_external_task_id(api: MockAPI) -> None:
    task = api.create(MULTI_SHOT, {"element_frontal_image": FRONT, "external_task_id": "ms-1"})
    listed = api.get(MULTI_SHOT).json()["data"]
    assert [item["task_id"] for item in listed] == [task["task_id"]]
    found = api.get(MULTI_SHOT, params={"external_task_id": "ms-1"}).json()["data"]
    assert [item["task_id"] for item in found] == [task["task_id"]]


def test_an_old_element_is_answered_at_once_and_listed(api: MockAPI) -> None:
    element = old_element(api)
    assert element["element_name"] == "Captain"
    assert element["element_frontal_image"] == FRONT
    listed = api.get(OLD_ELEMENTS).json()["data"]
    assert [item["element_id"] for item in listed] == [element["element_id"]]


def test_the_old_library_is_separate_from_the_advanced_one(api: MockAPI) -> None:
    advanced_element(api)
    assert api.get(OLD_ELEMENTS).json()["data"] == []


def test_old_preset_elements_are_owned_by_kling(api: MockAPI) -> None:
    presets = api.get("/v1/general/presets-elements").json()["data"]
    assert presets
    assert {item["owned_by"] for item in presets} == {"kling"}


def test_an_old_element_is_deleted_through_delete_elements(api: MockAPI) -> None:
    element = old_element(api)
    deleted = api.post("/v1/general/delete-elements", {"element_id": str(element["element_id"])})
    assert deleted.status_code == 200, deleted.text
    assert api.get(OLD_ELEMENTS).json()["data"] == []


def test_an_advanced_element_is_deleted_through_either_delete_route(api: MockAPI) -> None:
    for route in ("/v1/general/delete-elements", "/v1/general/delete-advanced-elements"):
        element_id = advanced_element(api)
        response = api.post(route, {"element_id": str(element_id)})
        assert response.status_code == 200, response.text
        listed = api.get(ADVANCED).json()["data"]
        statuses = {
            e["element_id"]: e["status"] for t in listed for e in t["task_result"]["elements"]
        }
        assert statuses[element_id] == "deleted"


def test_deleting_an_element_nobody_made_is_refused(api: MockAPI) -> None:
    response = api.post("/v1/general/delete-advanced-elements", {"element_id": "123"})
    assert (response.status_code, response.json()["code"]) == (404, 1203)


def test_an_image_element_may_bind_a_voice(api: MockAPI) -> None:
    """The Chinese official page lets image elements of a person bind a voice."""
    body = advanced_body(element_voice_id="829826450387599425")
    assert api.post(ADVANCED, body).status_code == 200
