"""Lenient like Kling by default, strict on request, with warnings either way.

Each deviation of the strictness policy (spec/common.yaml ``x-kling-strictness``) is sent as the
exact body a real client sends: lenient mode serves it and says what it dropped or converted
(``X-Mock-Warnings`` and the journal), strict mode refuses it with 1201 as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from mockapi import MockAPI

from mockserver.cli.main import overrides_from, parser
from mockserver.core.config import ConfigError, Settings, load_config
from tests.deviations import DEVIATIONS, IDS, IMAGES, T2V


@pytest.mark.parametrize(("name", "path", "body", "warning", "refusal"), DEVIATIONS, ids=IDS)
def test_lenient_mode_serves_the_deviation_and_warns(
    api: MockAPI, name: str, path: str, body: dict[str, Any], warning: str, refusal: str
) -> None:
    response = api.post(path, body)
    assert response.status_code == 200, response.text
    assert response.json()["code"] == 0
    assert response.headers["X-Mock-Warnings"] == warning
    entry = api.get("/__mock/journal").json()["entries"][-1]
    assert entry["mode"] == "lenient"
    assert "; ".join(w["message"] for w in entry["warnings"]) == warning


@pytest.mark.parametrize(("name", "path", "body", "warning", "refusal"), DEVIATIONS, ids=IDS)
def test_strict_mode_refuses_the_deviation_with_1201(
    make_api: Callable[..., MockAPI],
    name: str,
    path: str,
    body: dict[str, Any],
    warning: str,
    refusal: str,
) -> None:
    api = make_api(KLING_STRICT=True)
    response = api.post(path, body)
    assert response.status_code == 400
    assert response.json()["code"] == 1201
    assert refusal in response.json()["message"].split("; ")
    assert "X-Mock-Warnings" not in response.headers
    assert api.get("/__mock/journal").json()["entries"][-1]["mode"] == "strict"


def test_one_request_chooses_its_mode_with_a_header(api: MockAPI) -> None:
    body = {"prompt": "a paper boat", "image": None}
    strict = api.post(IMAGES, body, headers={"X-Mock-Strict": "true"})
    assert (strict.status_code, strict.json()["code"]) == (400, 1201)
    lenient = api.post(IMAGES, body, headers={"X-Mock-Strict": "false"})
    assert lenient.status_code == 200


def test_a_strict_header_that_is_not_a_flag_is_refused_in_the_kling_shape(api: MockAPI) -> None:
    response = api.post(IMAGES, {"prompt": "a paper boat"}, headers={"X-Mock-Strict": "maybe"})
    assert (response.status_code, response.json()["code"]) == (400, 1201)
    assert "X-Mock-Strict must be true or false" in response.json()["message"]


def test_a_clean_request_carries_no_warnings(api: MockAPI) -> None:
    response = api.post(IMAGES, {"prompt": "a paper boat", "n": 2})
    assert response.status_code == 200
    assert "X-Mock-Warnings" not in response.headers
    assert api.get("/__mock/journal").json()["entries"][-1]["warnings"] == []


def test_the_stored_task_holds_what_kling_acts_on(api: MockAPI) -> None:
    created = api.create(T2V, {"model_name": "kling-v2-6", "prompt": "a cat", "duration": 10})
    api.advance(60_000)
    task = api.get(f"{T2V}/{created['task_id']}").json()["data"]
    assert task["task_result"]["videos"][0]["duration"] == "10"


def test_the_warning_header_lists_at_most_five_then_counts_the_rest(api: MockAPI) -> None:
    extra = {f"unknown_{i}": i for i in range(7)}
    response = api.post(IMAGES, {"prompt": "a paper boat", **extra})
    assert response.status_code == 200
    shown = response.headers["X-Mock-Warnings"].split("; ")
    assert len(shown) == 6 and shown[-1] == "(+2 more)"


def test_a_field_name_with_control_characters_stays_one_ascii_header(api: MockAPI) -> None:
    response = api.post(IMAGES, {"prompt": "a paper boat", "bad\nname\u00e9": 1})
    assert response.status_code == 200
    assert response.headers["X-Mock-Warnings"] == "ignored bad\\nname\\xe9 (unknown field)"


def test_a_deviation_next_to_a_real_error_is_still_refused_and_still_warned(api: MockAPI) -> None:
    response = api.post(IMAGES, {"prompt": "a paper boat", "n": 99, "aspect": "1:1"})
    assert (response.status_code, response.json()["code"]) == (400, 1201)
    assert response.json()["message"] == "n must be <= 9"
    assert response.headers["X-Mock-Warnings"] == "ignored aspect (unknown field)"


def test_kling_strict_is_read_from_the_environment() -> None:
    settings = Settings.from_config(load_config(environ={"KLING_STRICT": "1"}))
    assert settings.strict is True
    assert Settings.from_config(load_config(environ={})).strict is False


def test_a_misspelt_strict_key_in_a_config_file_is_named(tmp_path: Any) -> None:
    config = tmp_path / "mock.toml"
    config.write_text("KLING_STRCT = true\n")
    with pytest.raises(ConfigError, match="did you mean KLING_STRICT"):
        load_config({"KLING_CONFIG": str(config)}, environ={})


def test_serve_strict_turns_strict_mode_on() -> None:
    assert overrides_from(parser().parse_args(["serve", "--strict"]))["KLING_STRICT"] is True
    assert "KLING_STRICT" not in overrides_from(parser().parse_args(["serve"]))
