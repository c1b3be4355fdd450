"""Retired models and effect scenes: a switch, because sources disagree on the retirement."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from mockapi import MockAPI

from mockserver.core.config import DEFAULTS, ConfigError, Settings

TEXT2VIDEO = "/v1/videos/text2video"
EFFECTS = "/v1/videos/effects"
DISCONTINUED = "The model 'kling-v1' has been discontinued and is no longer available."


def test_by_default_only_what_the_vendor_logged_is_retired(api: MockAPI) -> None:
    assert api.post(TEXT2VIDEO, {"prompt": "p", "model_name": "kling-v1"}).status_code == 200
    hug = api.post(
        EFFECTS,
        {"effect_scene": "hug", "input": {"images": ["https://e.x/a.png", "https://e.x/b.png"]}},
    )
    assert (hug.status_code, hug.json()["code"]) == (400, 1201)
    assert "discontinued" in hug.json()["message"]


def test_with_reported_retirements_an_old_model_is_refused_in_the_observed_words(
    make_api: Callable[..., MockAPI],
) -> None:
    api = make_api(KLING_RETIREMENT="reported")
    response = api.post(TEXT2VIDEO, {"prompt": "p", "model_name": "kling-v1"})
    assert (response.status_code, response.json()["code"]) == (400, 1201)
    assert response.json()["message"] == DISCONTINUED


def test_a_retirement_limited_to_a_family_leaves_the_others_alone(
    make_api: Callable[..., MockAPI],
) -> None:
    api = make_api(KLING_RETIREMENT="reported")
    video = api.post(TEXT2VIDEO, {"prompt": "p", "model_name": "kling-v2-1"})
    assert video.status_code == 400
    image = api.post("/v1/images/generations", {"prompt": "p", "model_name": "kling-v2-1"})
    assert image.status_code == 200


def test_with_no_retirement_everything_is_served(make_api: Callable[..., MockAPI]) -> None:
    api = make_api(KLING_RETIREMENT="none")
    assert api.post(TEXT2VIDEO, {"prompt": "p", "model_name": "kling-v1"}).status_code == 200


def test_an_unknown_retirement_setting_is_a_configuration_error() -> None:
    with pytest.raises(ConfigError, match="KLING_RETIREMENT must be one of"):
        Settings.from_config({**DEFAULTS, "KLING_RETIREMENT": "sometimes"})
