"""Request bodies are strict JSON: what Python's json lets through is a 400/1200, never a 500."""

from __future__ import annotations

import pytest
from mockapi import MockAPI

from mockserver.core.bounds import MAX_JSON_DEPTH
from mockserver.validation.strict_json import BodyError, parse

GENERATIONS = "/v1/images/generations"
DEEP = "[" * 100_000 + "]" * 100_000


def nested(depth: int) -> str:
    return '{"prompt": "p", "x": ' + "[" * depth + "]" * depth + "}"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ('{"image_fidelity": NaN}', "NaN"),
        ('{"image_fidelity": Infinity}', "Infinity"),
        ('{"image_fidelity": -Infinity}', "Infinity"),
        ('{"image_fidelity": 1e400}', "1e400"),
        ('{"external_task_id": "\\ud800"}', "lone surrogate"),
        ('{"\\udfff": 1}', "lone surrogate"),
        (DEEP, "nested deeper"),
        (nested(MAX_JSON_DEPTH), "nested deeper"),
        ("{", "Expecting"),
    ],
)
def test_what_is_not_strict_json_is_refused_with_a_reason(raw: str, reason: str) -> None:
    with pytest.raises(BodyError, match=reason):
        parse(raw)


def test_ordinary_json_and_real_non_ascii_text_are_accepted() -> None:
    assert parse('{"prompt": "a \\u00e9t\\u00e9 boat \\ud83d\\udea3", "n": 1.5}') == {
        "prompt": "a \u00e9t\u00e9 boat \U0001f6a3",
        "n": 1.5,
    }
    assert parse(nested(MAX_JSON_DEPTH - 2))["prompt"] == "p"


@pytest.mark.parametrize(
    "raw",
    [
        DEEP,
        '{"prompt": "p", "external_task_id": "\\ud800"}',
        '{"prompt": "p", "image_fidelity": NaN}',
        '{"prompt": "p", "image_fidelity": Infinity}',
    ],
    ids=["deep", "lone-surrogate", "nan", "infinity"],
)
def test_a_body_that_is_not_strict_json_is_a_400_1200_and_stores_nothing(
    api: MockAPI, raw: str
) -> None:
    response = api.post(GENERATIONS, data=raw, headers={"Content-Type": "application/json"})
    assert (response.status_code, response.json()["code"]) == (400, 1200)
    assert "not valid JSON" in response.json()["message"]
    assert api.get("/__mock/tasks").json()["tasks"] == []


def test_admin_commands_use_the_same_strict_parser(api: MockAPI) -> None:
    response = api.call(
        "POST", "/__mock/clock", data='{"speed": NaN}', headers={"Content-Type": "application/json"}
    )
    assert (response.status_code, response.json()["code"]) == (400, 1200)
