"""An element a request names must be one the account holds (reference kling-api-2026-12.md #10;
live 2026-09-28 on kling-v3-omni, code index id 70621381383 §2.4)."""

from __future__ import annotations

from typing import Any

from mockapi import MockAPI
from test_element_libraries import advanced_body

OMNI = "/omni-video/kling-v3-omni"
PROMPT = {"type": "prompt", "text": "the captain walks the deck"}
WIDE = {"aspect_ratio": "16:9"}


def with_element(item: dict[str, Any]) -> dict[str, Any]:
    return {"contents": [PROMPT, item], "settings": WIDE}


def answered(api: MockAPI, body: dict[str, Any], key: str | None = None) -> tuple[int, int, str]:
    response = api.post(OMNI, body, key=key)
    return response.status_code, response.json()["code"], response.json()["message"]


def made_element(api: MockAPI) -> str:
    task = api.create("/v1/general/advanced-custom-elements", advanced_body())
    api.advance(60_000)
    done = api.get(f"/v1/general/advanced-custom-elements/{task['task_id']}").json()["data"]
    return str(done["task_result"]["elements"][0]["element_id"])


def test_an_element_the_account_does_not_hold_is_not_found(api: MockAPI) -> None:
    """Live's body was {"type":"element","element_id":"1"}; the documented `id` is added (the
    spec requires it, and the mock names a missing field before it looks anything up)."""
    item = {"type": "element", "element_id": "1", "id": "1"}
    assert answered(api, with_element(item)) == (400, 1201, "Element id not found: 1")


def test_an_element_item_without_an_element_id_is_an_invalid_element_id(api: MockAPI) -> None:
    item = {"type": "element", "element_id": "", "id": "1"}
    assert answered(api, with_element(item)) == (400, 1201, "Invalid element id: ")


def test_an_element_the_account_made_is_found(api: MockAPI) -> None:
    element_id = made_element(api)
    item = {"type": "element", "element_id": element_id, "id": "captain"}
    assert api.post(OMNI, with_element(item)).status_code == 200


def test_a_preset_element_is_found(api: MockAPI) -> None:
    [preset, *_] = api.get("/v1/general/advanced-presets-elements").json()["data"]
    element_id = str(preset["task_result"]["elements"][0]["element_id"])
    item = {"type": "element", "element_id": element_id, "id": "preset"}
    assert api.post(OMNI, with_element(item)).status_code == 200


def test_another_accounts_element_is_not_found(api: MockAPI) -> None:
    element_id = made_element(api)
    item = {"type": "element", "element_id": element_id, "id": "captain"}
    assert answered(api, with_element(item), key="someone-else") == (
        400,
        1201,
        f"Element id not found: {element_id}",
    )
