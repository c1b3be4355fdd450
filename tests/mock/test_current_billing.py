"""billing[] of the current design: the per-second prices of the vendor's price page, in units off a
resource pack, or in cash off the account's balance."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from mockapi import MockAPI

FIRST = {"type": "first_frame", "url": "https://assets.example.com/start.png"}
VIDEO_REF = {"type": "feature_video", "url": "https://assets.example.com/ref.mp4"}
VOICE = {"type": "voice", "voice_id": "v1", "id": "1"}
MOTION = [
    {"type": "image", "url": "https://assets.example.com/a.png"},
    {"type": "video", "url": "https://assets.example.com/dance.mp4"},
]


def charges(api: MockAPI, path: str, body: dict[str, Any]) -> list[dict[str, Any]]:
    created = api.create(path, body)
    api.advance(600_000)
    [task] = api.get("/tasks", params={"task_ids": created["id"]}).json()["data"]
    billing: list[dict[str, Any]] = task["billing"]
    return billing


def t2v(settings: dict[str, Any]) -> dict[str, Any]:
    return {"prompt": "a pier at dusk", "settings": {"duration": 5, **settings}}


def contents(*items: dict[str, Any], **settings: Any) -> dict[str, Any]:
    return {"contents": [{"type": "prompt", "text": "a pier"}, *items], "settings": settings}


def motion(orientation: str) -> dict[str, Any]:
    return {"contents": MOTION, "settings": {"character_orientation": orientation}}


#: (route, body, units per second) from the price page (shared/reference §1.12), 5 s each.
PRICES = [
    ("/text-to-video/kling-3.0-turbo", t2v({}), 0.8),
    ("/text-to-video/kling-3.0-turbo", t2v({"resolution": "1080p"}), 1.0),
    ("/text-to-video/kling-3.0", t2v({}), 0.6),
    ("/text-to-video/kling-3.0", t2v({"resolution": "1080p"}), 0.8),
    ("/text-to-video/kling-3.0", t2v({"audio": "native"}), 0.9),
    ("/text-to-video/kling-3.0", t2v({"audio": "native", "resolution": "1080p"}), 1.2),
    ("/text-to-video/kling-3.0", t2v({"resolution": "4k"}), 3.0),
    ("/text-to-video/kling-2.6", t2v({}), 0.3),
    ("/text-to-video/kling-2.6", t2v({"resolution": "1080p"}), 0.5),
    ("/text-to-video/kling-2.6", t2v({"resolution": "1080p", "audio": "native"}), 1.0),
    ("/text-to-video/kling-2.5-turbo", t2v({}), 0.3),
    ("/text-to-video/kling-2.5-turbo", t2v({"resolution": "1080p"}), 0.5),
    ("/image-to-video/kling-3.0-turbo", contents(FIRST), 0.8),
    ("/image-to-video/kling-2.6", contents(FIRST, VOICE, resolution="1080p", audio="native"), 1.2),
    ("/omni-video/kling-3.0-omni", contents(aspect_ratio="16:9"), 0.6),
    ("/omni-video/kling-3.0-omni", contents(FIRST, audio="native"), 0.8),
    ("/omni-video/kling-3.0-omni", contents(FIRST, VIDEO_REF, audio="off"), 0.9),
    ("/omni-video/kling-3.0-omni", contents(FIRST, resolution="4k"), 3.0),
    ("/omni-video/kling-o1", contents(FIRST, resolution="1080p"), 0.8),
    ("/omni-video/kling-o1", contents(VIDEO_REF, resolution="1080p", aspect_ratio="16:9"), 1.2),
    ("/motion-control/kling-3.0", motion("image"), 0.9),
    ("/motion-control/kling-2.6", motion("video"), 0.5),
]


@pytest.mark.parametrize(("path", "body", "per_second"), PRICES)
def test_a_task_is_charged_the_units_of_the_price_page(
    api: MockAPI, path: str, body: dict[str, Any], per_second: float
) -> None:
    [charge] = charges(api, path, body)
    assert charge["charge_type"] == "unit" and charge["package_type"] == "video"
    assert float(charge["amount"]) == pytest.approx(per_second * 5)


def test_an_account_paying_in_cash_is_charged_the_price_at_the_list_rate(
    make_api: Callable[..., MockAPI],
) -> None:
    api = make_api(KLING_BALANCE={"cash": 100})
    body = {"prompt": "p", "settings": {"duration": 3}}
    assert charges(api, "/text-to-video/kling-3.0-turbo", body) == [
        {
            "charge_type": "cash",
            "cash_type": "balance",
            "amount": "0.336",
            "currency": "USD",
            "list_price": "0.336",
        }
    ]


def test_a_pack_of_the_tasks_kind_is_used_before_cash(make_api: Callable[..., MockAPI]) -> None:
    api = make_api(KLING_BALANCE={"cash": 100, "video": 50})
    [charge] = charges(api, "/text-to-video/kling-3.0-turbo", {"prompt": "p"})
    assert (charge["charge_type"], charge["amount"]) == ("unit", "4")


def test_a_failed_task_is_charged_nothing(api: MockAPI) -> None:
    assert charges(api, "/text-to-video/kling-3.0-turbo", {"prompt": "p __fail__"}) == [
        {"amount": "0"}  # live: the one zero charge of a task that failed before generating
    ]
