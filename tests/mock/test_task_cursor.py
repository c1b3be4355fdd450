"""POST /tasks: every task of the account, newest first, in cursor pages, filtered."""

from __future__ import annotations

from typing import Any

from mockapi import MockAPI

TURBO = "/text-to-video/kling-3.0-turbo"


def page(api: MockAPI, **body: Any) -> dict[str, Any]:
    response = api.post("/tasks", body)
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def test_walking_every_page_returns_every_task_once_newest_first(api: MockAPI) -> None:
    made = [api.create(TURBO, {"prompt": f"p{n}"})["id"] for n in range(5)]
    made.append(api.image_task()["task_id"])
    seen: list[str] = []
    data = page(api, limit=2)
    while True:
        seen += [task["id"] for task in data.get("result", [])]
        if not data["has_more"]:
            break
        data = page(api, limit=2, cursor=data["next_cursor"])
    assert seen == made[::-1]


def test_an_empty_page_is_exactly_count_and_has_more(api: MockAPI) -> None:
    assert page(api) == {"count": 0, "has_more": False}


def test_a_status_filter_narrows_in_the_designs_words(api: MockAPI) -> None:
    failed = api.create(TURBO, {"prompt": "p"}, headers={"X-Mock-Outcome": "failed"})["id"]
    api.create(TURBO, {"prompt": "p"}, headers={"X-Mock-Outcome": "succeeded"})
    api.advance(600_000)
    data = page(api, filters=[{"key": "status", "values": ["failed"]}])
    assert [task["id"] for task in data["result"]] == [failed]


def test_a_product_type_filter_narrows_to_the_pack(api: MockAPI) -> None:
    video = api.create(TURBO, {"prompt": "p"})["id"]
    api.image_task()
    data = page(api, filters=[{"key": "product_type", "values": ["video"]}])
    assert [task["id"] for task in data["result"]] == [video]


def test_a_time_window_in_string_or_integer_form_bounds_the_page(api: MockAPI) -> None:
    made = api.create(TURBO, {"prompt": "p"})
    at = made["create_time"]
    assert page(api, start_time=at, end_time=at)["count"] == 1
    assert page(api, start_time=str(at + 1), end_time=str(at + 2))["count"] == 0


def test_a_cursor_the_mock_never_gave_reads_as_the_end_of_the_list(api: MockAPI) -> None:
    api.create(TURBO, {"prompt": "p"})
    assert page(api, cursor="not a cursor") == {"count": 0, "has_more": False}
