"""The spec covers every family of the legacy Kling surface, each with its query companions."""

from __future__ import annotations

from typing import Any

import pytest

from spec.designs import design_name
from spec.documents import iter_operations
from spec.operations import EVERY_CREATE

ASYNC_FAMILIES = {
    "images.generations": "/v1/images/generations",
    "images.omni_image": "/v1/images/omni-image",
    "images.multi_image2image": "/v1/images/multi-image2image",
    "images.expand": "/v1/images/editing/expand",
    "images.virtual_try_on": "/v1/images/kolors-virtual-try-on",
    "videos.text2video": "/v1/videos/text2video",
    "videos.image2video": "/v1/videos/image2video",
    "videos.omni_video": "/v1/videos/omni-video",
    "videos.multi_image2video": "/v1/videos/multi-image2video",
    "videos.motion_control": "/v1/videos/motion-control",
    "videos.multi_elements": "/v1/videos/multi-elements",
    "videos.video_extend": "/v1/videos/video-extend",
    "videos.lip_sync": "/v1/videos/lip-sync",
    "videos.advanced_lip_sync": "/v1/videos/advanced-lip-sync",
    "videos.avatar": "/v1/videos/avatar/image2video",
    "videos.effects": "/v1/videos/effects",
    "audio.text_to_audio": "/v1/audio/text-to-audio",
    "audio.video_to_audio": "/v1/audio/video-to-audio",
    "general.custom_voices": "/v1/general/custom-voices",
    "general.elements": "/v1/general/advanced-custom-elements",
}

SYNCHRONOUS_ROUTES = [
    ("post", "/v1/videos/multi-elements/init-selection"),
    ("post", "/v1/videos/multi-elements/add-selection"),
    ("post", "/v1/videos/multi-elements/delete-selection"),
    ("post", "/v1/videos/multi-elements/clear-selection"),
    ("post", "/v1/videos/multi-elements/preview-selection"),
    ("post", "/v1/videos/identify-face"),
    ("post", "/v1/videos/image-recognize"),
    ("get", "/v1/general/presets-voices"),
    ("post", "/v1/general/delete-voices"),
    ("get", "/v1/general/advanced-presets-elements"),
    ("post", "/v1/general/delete-elements"),
    ("get", "/account/costs"),
]


def _operation(bundle: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    item = bundle["paths"].get(path)
    assert item is not None, f"{path} is missing from spec/"
    assert method in item, f"{method.upper()} {path} is missing from spec/"
    operation: dict[str, Any] = item[method]
    return operation


@pytest.mark.parametrize(("family", "path"), sorted(ASYNC_FAMILIES.items()))
def test_async_family_has_create_get_by_id_by_external_id_and_list(
    bundle: dict[str, Any], family: str, path: str
) -> None:
    create = _operation(bundle, "post", path)
    listing = _operation(bundle, "get", path)
    single = _operation(bundle, "get", path + "/{task_id}")
    assert create["x-kling-family"] == family
    assert "x-kling-task" in create
    assert listing["x-kling-query"] == {
        "of": create["operationId"],
        "by": ["list", "external_task_id"],
    }
    assert single["x-kling-query"] == {
        "of": create["operationId"],
        "by": ["task_id", "external_task_id"],
    }
    names = {p["$ref"].rsplit("/", 1)[1] for p in listing["parameters"]}
    assert {"PageNum", "ExternalTaskIdQuery"} <= names
    assert names & {"PageSize", "VoicesPageSize"}, "a pageSize parameter"


@pytest.mark.parametrize(("method", "path"), SYNCHRONOUS_ROUTES)
def test_synchronous_route_is_specified(bundle: dict[str, Any], method: str, path: str) -> None:
    assert "x-kling-sync" in _operation(bundle, method, path)


def test_tts_answers_with_the_finished_task(bundle: dict[str, Any]) -> None:
    tts = _operation(bundle, "post", "/v1/audio/tts")
    assert tts["x-kling-task"]["immediate"] is True


#: What a query of every create (``of: "*"``) offers, in the words of a family's own queries.
EVERY_CREATE_LOOKUPS = {
    "task_ids": "task_id",
    "external_task_ids": "external_task_id",
    "cursor": "list",
}


def test_every_async_create_in_the_spec_has_its_three_query_companions(
    bundle: dict[str, Any],
) -> None:
    """By id, by external id and in a list: through its own queries, or its design's queries of
    every create (the current design's /tasks)."""
    lookups: dict[str, set[str]] = {}
    for _, _, op in iter_operations(bundle):
        query = op.get("x-kling-query")
        if query is None:
            continue
        if query["of"] == EVERY_CREATE:
            key = "*" + design_name(op)
            lookups.setdefault(key, set()).update(
                EVERY_CREATE_LOOKUPS.get(b, b) for b in query["by"]
            )
        else:
            lookups.setdefault(query["of"], set()).update(query["by"])
    wanted = {"task_id", "external_task_id", "list"}

    def missing(op: dict[str, Any]) -> set[str]:
        shared = lookups.get("*" + design_name(op), set())
        return wanted - lookups.get(op["operationId"], set()) - shared

    incomplete = {
        op["operationId"]: sorted(missing(op))
        for _, _, op in iter_operations(bundle)
        if "x-kling-task" in op and not op["x-kling-task"].get("immediate") and missing(op)
    }
    assert incomplete == {}


def test_list_routes_bound_paging_as_documented(bundle: dict[str, Any]) -> None:
    parameters = bundle["components"]["parameters"]
    assert parameters["PageNum"]["schema"] | {} == {
        "type": "integer",
        "minimum": 1,
        "maximum": 1000,
        "default": 1,
    }
    assert parameters["PageSize"]["schema"]["maximum"] == 500


def test_every_create_with_a_callback_url_declares_the_callback_it_sends(
    bundle: dict[str, Any],
) -> None:
    from spec.compile import request_schema

    expected = {
        "taskStatus": {
            "{$request.body#/callback_url}": {"$ref": "#/components/pathItems/TaskCallback"}
        }
    }
    undeclared = [
        op["operationId"]
        for _, _, op in iter_operations(bundle)
        if "callback_url" in (request_schema(bundle, op) or {}).get("properties", {})
        and op.get("callbacks") != expected
    ]
    assert undeclared == []
    callback = bundle["components"]["pathItems"]["TaskCallback"]["post"]
    body = callback["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/Task"}, "the bare task object, no envelope"
