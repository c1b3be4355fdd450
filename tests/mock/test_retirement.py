"""Retired models, routes and effect scenes: refused by default as live calls refuse them; the
permissive behaviour is a switch (KLING_RETIREMENT=vendor_log or none)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from mockapi import MockAPI

from mockserver.core.config import DEFAULTS, ConfigError, Settings

TEXT2VIDEO = "/v1/videos/text2video"
EFFECTS = "/v1/videos/effects"
MULTI_IMAGE = "/v1/videos/multi-image2video"
DISCONTINUED = "The model 'kling-v1' has been discontinued and is no longer available."
PORTRAIT = "https://assets.example.com/portrait.png"
#: The scenes the vendor's update log retires (12/30/2025, 01/30/2026, 07/03/2026).
LOGGED_SCENES = [
    "celebration",
    "c4d_cartoon",
    "kiss",
    "fight",
    "hug",
    "thumbs_up",
    "tiger_hug",
    "pet_lion",
    "3d_cartoon_1",
    "magic_match_tree",
]


def refusal(api: MockAPI, path: str, body: dict[str, object]) -> tuple[int, int, str]:
    answer = api.post(path, body)
    return answer.status_code, answer.json()["code"], answer.json()["message"]


def test_by_default_a_retired_model_is_refused_in_the_observed_words(api: MockAPI) -> None:
    body = {"prompt": "p", "model_name": "kling-v1"}
    assert refusal(api, TEXT2VIDEO, body) == (400, 1201, DISCONTINUED)


def test_a_body_without_a_model_name_is_not_given_a_retired_default(api: MockAPI) -> None:
    assert api.post(TEXT2VIDEO, {"prompt": "p"}).status_code == 200
    assert api.post("/v1/videos/image2video", {"image": PORTRAIT}).status_code == 200


def test_a_live_model_is_served_by_default(api: MockAPI) -> None:
    assert api.post(TEXT2VIDEO, {"prompt": "p", "model_name": "kling-v3"}).status_code == 200


@pytest.mark.parametrize("model_name", [None, "kling-v1-6"])
def test_multi_image2video_is_no_longer_available_whatever_the_model(
    api: MockAPI, model_name: str | None
) -> None:
    body: dict[str, object] = {"image_list": [{"image": PORTRAIT}], "prompt": "two friends"}
    if model_name:
        body["model_name"] = model_name
    assert refusal(api, MULTI_IMAGE, body) == (400, 1201, "This API is no longer available")


@pytest.mark.parametrize("scene", LOGGED_SCENES)
def test_every_scene_the_vendor_log_retires_answers_discontinued(api: MockAPI, scene: str) -> None:
    dual = scene in ("hug", "kiss")  # the older two-portrait scenes
    picture = {"images": [PORTRAIT, PORTRAIT]} if dual else {"image": PORTRAIT}
    body = {"effect_scene": scene, "input": picture}
    message = f"The effect scene '{scene}' has been discontinued and is no longer available."
    assert refusal(api, EFFECTS, body) == (400, 1201, message)


def test_with_only_the_vendor_log_an_old_model_is_served(
    make_api: Callable[..., MockAPI],
) -> None:
    api = make_api(KLING_RETIREMENT="vendor_log")
    assert api.post(TEXT2VIDEO, {"prompt": "p", "model_name": "kling-v1"}).status_code == 200
    hug = api.post(EFFECTS, {"effect_scene": "hug", "input": {"images": [PORTRAIT, PORTRAIT]}})
    assert (hug.status_code, hug.json()["code"]) == (400, 1201)


def test_a_retirement_limited_to_a_family_leaves_the_others_alone(api: MockAPI) -> None:
    body = {"image": "https://assets.example.com/cat.png", "model_name": "kling-v2-1"}
    video = api.post("/v1/videos/image2video", body)
    assert video.json()["message"] == (
        "The model 'kling-v2-1' has been discontinued and is no longer available."
    )
    image = api.post("/v1/images/generations", {"prompt": "p", "model_name": "kling-v2-1"})
    assert image.status_code == 200


def test_with_no_retirement_everything_is_served(make_api: Callable[..., MockAPI]) -> None:
    api = make_api(KLING_RETIREMENT="none")
    assert api.post(TEXT2VIDEO, {"prompt": "p", "model_name": "kling-v1"}).status_code == 200
    body = {"image_list": [{"image": PORTRAIT}], "prompt": "two friends"}
    assert api.post(MULTI_IMAGE, body).status_code == 200


def test_the_default_setting_is_what_live_calls_show() -> None:
    assert Settings.from_config(DEFAULTS).retirement == "reported"


def test_an_unknown_retirement_setting_is_a_configuration_error() -> None:
    with pytest.raises(ConfigError, match="KLING_RETIREMENT must be one of"):
        Settings.from_config({**DEFAULTS, "KLING_RETIREMENT": "sometimes"})
