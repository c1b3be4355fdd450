"""Requests are checked against the schema and the x-kling-* rules; every refusal is a Kling error
that names the field and the rule, one fault per answer as live answers (in live's words where
the spec records them)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from mockapi import MockAPI, png_base64

GENERATIONS = "/v1/images/generations"


def refusal(api: MockAPI, body: object, path: str = GENERATIONS) -> tuple[int, int, str]:
    response = api.post(path, body)
    answer = response.json()
    return response.status_code, answer["code"], answer["message"]


def test_a_range_violation_names_the_field_and_the_bound(api: MockAPI) -> None:
    assert refusal(api, {"prompt": "p", "n": 10}) == (400, 1201, "n must be <= 9")


def test_an_enum_violation_lists_the_allowed_values(api: MockAPI) -> None:
    _, _, message = refusal(api, {"prompt": "p", "model_name": "kling-v3", "aspect_ratio": "5:4"})
    assert message == (
        "aspect_ratio value '5:4' is invalid, "
        "allowed values: 16:9, 9:16, 1:1, 4:3, 3:4, 3:2, 2:3, 21:9"
    )


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        ({"model_name": "kling-v3", "n": 0, "resolution": "8k"}, "prompt is required"),
        ({"prompt": "p", "n": "two", "resolution": "8k"}, "n must be of type integer"),
        ({"prompt": "p", "resolution": "8k", "n": 0}, "n must be >= 1"),
    ],
)
def test_a_refusal_names_one_fault_as_live_does(
    api: MockAPI, body: dict[str, object], sentence: str
) -> None:
    """A missing field first, then a wrong type, then other broken keywords, by field name."""
    assert refusal(api, body)[2] == sentence


def test_a_missing_required_field_is_reported(api: MockAPI) -> None:
    assert refusal(api, {"n": 1})[2] == "prompt is required"


def test_a_wrong_type_is_reported(api: MockAPI) -> None:
    assert refusal(api, {"prompt": "p", "n": "two"})[2] == "n must be of type integer"


def test_a_body_that_is_not_an_object_is_refused(api: MockAPI) -> None:
    assert refusal(api, [1, 2])[:2] == (400, 1201)


def test_a_cross_field_rule_is_enforced(api: MockAPI) -> None:
    body = {"prompt": "p", "model_name": "kling-v2-1", "image_reference": "subject"}
    assert refusal(api, body)[:2] == (400, 1201)
    assert "image" in refusal(api, body)[2]


def test_a_per_model_rule_is_enforced(api: MockAPI) -> None:
    status, code, message = refusal(
        api, {"prompt": "p", "model_name": "kling-v1", "resolution": "2k"}
    )
    assert (status, code) == (400, 1201)
    assert "resolution" in message and "kling-v1" in message


def test_a_base64_image_is_decoded_and_its_pixel_size_checked(api: MockAPI) -> None:
    status, _, message = refusal(api, {"prompt": "p", "image": png_base64(200, 200)})
    assert status == 400
    assert "image" in message and "300" in message


def test_a_base64_image_outside_the_aspect_ratio_range_is_refused(api: MockAPI) -> None:
    status, _, message = refusal(api, {"prompt": "p", "image": png_base64(1000, 300)})
    assert status == 400
    assert "image" in message


def test_a_good_base64_image_is_accepted(api: MockAPI) -> None:
    response = api.post(GENERATIONS, {"prompt": "p", "image": png_base64(400, 300)})
    assert response.status_code == 200


def test_a_jpeg_is_accepted_as_well(api: MockAPI) -> None:
    response = api.post(GENERATIONS, {"prompt": "p", "image": png_base64(400, 300, "JPEG")})
    assert response.status_code == 200


def test_a_data_uri_prefix_is_refused(api: MockAPI) -> None:
    body = {"prompt": "p", "image": "data:image/png;base64," + png_base64(400, 300)}
    status, code, message = refusal(api, body)
    assert (status, code) == (400, 1201)
    assert "data:" in message


def test_bad_base64_is_a_kling_error(api: MockAPI) -> None:
    status, code, message = refusal(api, {"prompt": "p", "image": "%%%not-base64%%%"})
    assert (status, code) == (400, 1201)
    assert message.startswith("image")


def test_malformed_json_is_1200(api: MockAPI) -> None:
    response = api.call(
        "POST", GENERATIONS, data='{"prompt": ', headers={"Content-Type": "application/json"}
    )
    assert (response.status_code, response.json()["code"]) == (400, 1200)
    assert "JSON" in response.json()["message"]


def test_a_wrong_content_type_is_1200(api: MockAPI) -> None:
    response = api.call(
        "POST", GENERATIONS, data="prompt=p", headers={"Content-Type": "text/plain"}
    )
    assert (response.status_code, response.json()["code"]) == (400, 1200)
    assert "application/json" in response.json()["message"]


def test_a_missing_body_is_1200(api: MockAPI) -> None:
    response = api.call("POST", GENERATIONS)
    assert (response.status_code, response.json()["code"]) == (400, 1200)


def test_an_oversized_body_is_1200(make_api: Callable[..., MockAPI]) -> None:
    api = make_api(KLING_MAX_BODY_BYTES=1000)
    response = api.post(GENERATIONS, {"prompt": "p" * 2000})
    assert (response.status_code, response.json()["code"]) == (400, 1200)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"pageNum": "abc"}, "pageNum must be of type integer"),
        ({"pageNum": 0, "pageSize": 501}, "pageNum must be >= 1; pageSize must be <= 500"),
    ],
)
def test_query_parameters_are_validated(
    api: MockAPI, query: dict[str, object], message: str
) -> None:
    response = api.get(GENERATIONS, params=query)
    assert (response.status_code, response.json()["message"]) == (400, message)


def test_the_gateway_prefix_is_validated_the_same_way(api: MockAPI) -> None:
    api.prefix = "/kling"
    assert refusal(api, {"prompt": "p", "n": 10}) == (400, 1201, "n must be <= 9")


def test_an_empty_external_task_id_means_none(api: MockAPI) -> None:
    first = api.image_task(external_task_id="")
    second = api.image_task(external_task_id="")
    assert first["task_info"]["external_task_id"] is None
    assert second["task_id"] != first["task_id"]


def test_a_value_of_the_wrong_type_gets_only_its_type_violation(api: MockAPI) -> None:
    assert refusal(api, {"prompt": "p", "model_name": "kling-v3", "aspect_ratio": 5})[2] == (
        "aspect_ratio must be of type string"
    )


def test_a_misspelt_query_parameter_is_ignored_with_a_warning_and_refused_when_strict(
    api: MockAPI,
) -> None:
    lenient = api.get(GENERATIONS, params={"pagesize": 5})
    assert lenient.status_code == 200
    assert lenient.headers["X-Mock-Warnings"] == "ignored pagesize (unknown query parameter)"
    strict = api.get(GENERATIONS, params={"pagesize": 5}, headers={"X-Mock-Strict": "true"})
    assert (strict.status_code, strict.json()["message"]) == (400, "pagesize is not a known field")
