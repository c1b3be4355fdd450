"""The intermediate model: what the generator decides before any template runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from codegen.build import build_api, relays_only
from codegen.ir import Api, Resource
from spec import compile as compiler
from spec.documents import Document, SpecError, iter_operations
from tests.codegen.conftest import (
    BundleFactory,
    create_operation,
    json_body,
    sync_operation,
    task_response,
)

TASK_METHODS = ("create", "create_and_wait", "get", "get_by_external_id", "wait", "list", "iter")

PROMPT_BODY: dict[str, Any] = {
    "type": "object",
    "required": ["prompt"],
    "properties": {
        "mode": {"type": "string", "enum": ["std", "pro"], "default": "std"},
        "prompt": {"type": "string", "maxLength": 10, "description": "What to make."},
        "external_task_id": {"type": "string"},
    },
}


# ---------------------------------------------------------------- the real spec


def test_every_operation_of_the_spec_becomes_a_method(api: Api, real_bundle: Document) -> None:
    ids = {
        op["operationId"]
        for path, _, op in iter_operations(real_bundle)
        if not relays_only(real_bundle["paths"][path])
    }
    assert {op.operation_id for op in api.operations} == ids


def test_a_route_only_relays_serve_has_no_client_method(api: Api, real_bundle: Document) -> None:
    relayed = {
        op["operationId"]
        for path, _, op in iter_operations(real_bundle)
        if relays_only(real_bundle["paths"][path])
    }
    assert relayed
    assert not relayed & {op.operation_id for op in api.operations}


def test_families_form_a_tree_of_resources(resource: Callable[[str], Resource]) -> None:
    images = resource("images")
    assert "generations" in [child.attribute for child in images.children]
    assert resource("images.generations").class_name == "ImagesGenerationsResource"


def test_every_family_with_create_get_and_list_gets_all_task_methods(api: Api) -> None:
    complete = [r for r in api.all_resources if r.create_op and r.get_op and r.list_op]
    assert complete
    for node in complete:
        assert set(TASK_METHODS) <= set(node.method_names), node.dotted


def test_a_create_without_query_routes_still_gets_create_and_wait_when_immediate(
    api: Api,
) -> None:
    immediate = [r for r in api.all_resources if r.create_op and r.create_op.immediate]
    for node in immediate:
        assert "create_and_wait" in node.method_names
        assert node.get_op is not None or "wait" not in node.method_names


def test_request_schemas_are_the_compiled_ones(api: Api, real_bundle: Document) -> None:
    for _, _, raw in iter_operations(real_bundle):
        expected = compiler.request_schema(real_bundle, raw)
        assert api.request_schemas.get(raw["operationId"]) == expected


def test_the_list_route_keeps_paging_and_splits_off_the_external_id(
    resource: Callable[[str], Resource],
) -> None:
    listing = resource("images.generations").list_op
    assert listing is not None
    assert [p.python_name for p in listing.query_params] == ["page_num", "page_size"]
    assert [p.key for p in listing.query_params] == ["pageNum", "pageSize"]
    assert listing.external_id_param is not None
    assert listing.page_size_default == 30
    assert listing.page_limit == 1000


def test_servers_give_the_official_and_gateway_defaults(api: Api) -> None:
    assert api.official_url.startswith("https://api-")
    assert api.gateway_url.endswith("/kling")


# ---------------------------------------------------------------- made-up specs


def build(bundle_factory: BundleFactory, paths: dict[str, Any], **schemas: Any) -> Api:
    return build_api(bundle_factory(paths, schemas))


def only(api: Api, dotted: str) -> Resource:
    return next(r for r in api.all_resources if r.dotted == dotted)


def test_create_kwargs_are_the_body_fields_with_required_ones_first(
    bundle_factory: BundleFactory,
) -> None:
    api = build(
        bundle_factory, {"/v1/things": {"post": create_operation("things.make", PROMPT_BODY)}}
    )
    create = only(api, "things.make").create_op
    assert create is not None
    assert [f.python_name for f in create.kwargs] == ["prompt", "mode", "external_task_id"]
    assert create.kwargs[0].kwarg_annotation == "str"
    assert create.kwargs[1].kwarg_annotation == "Literal['std', 'pro'] | None"


def test_field_docs_carry_description_limits_and_server_default(
    bundle_factory: BundleFactory,
) -> None:
    api = build(
        bundle_factory, {"/v1/things": {"post": create_operation("things.make", PROMPT_BODY)}}
    )
    create = only(api, "things.make").create_op
    assert create is not None
    fields = {f.python_name: f for f in create.kwargs}
    assert fields["prompt"].doc == "What to make. At most 10 characters."
    assert fields["mode"].doc == "Server default: 'std'."


def test_a_named_enum_becomes_an_alias(bundle_factory: BundleFactory) -> None:
    body = {"type": "object", "properties": {"mode": {"$ref": "#/components/schemas/Mode"}}}
    api = build(
        bundle_factory,
        {"/v1/things": {"post": create_operation("things.make", body)}},
        Mode={"type": "string", "enum": ["std", "pro"], "description": "Speed or quality."},
    )
    alias = next(a for a in api.aliases if a.name == "Mode")
    assert alias.description == "Speed or quality."
    assert api.param_model_imports == []  # no request object mentions it, only the kwarg


def test_nested_request_objects_become_params_named_after_their_component(
    bundle_factory: BundleFactory,
) -> None:
    body = {
        "type": "object",
        "properties": {
            "camera": {"$ref": "#/components/schemas/Camera"},
            "shots": {
                "type": "array",
                "items": {"type": "object", "properties": {"index": {"type": "integer"}}},
            },
        },
    }
    camera = {"type": "object", "required": ["type"], "properties": {"type": {"type": "string"}}}
    api = build(
        bundle_factory,
        {"/v1/things": {"post": create_operation("things.make", body)}},
        Camera=camera,
    )
    assert api.param_names == ["CameraParam", "CreateThingShotsItemParam"]
    camera_param = next(p for p in api.params if p.name == "CameraParam")
    assert camera_param.fields[0].param_annotation == "Required[str]"


def test_the_answer_data_is_parsed_into_response_models(bundle_factory: BundleFactory) -> None:
    api = build(
        bundle_factory, {"/v1/things": {"post": create_operation("things.make", PROMPT_BODY)}}
    )
    create = only(api, "things.make").create_op
    assert create is not None
    assert create.result.kind == "model"
    assert create.result.annotation == "Task"
    task = next(m for m in api.models if m.name == "Task")
    assert [f.parser for f in task.fields] == [None, None]


def test_sync_method_name_defaults_to_the_last_path_segment(bundle_factory: BundleFactory) -> None:
    api = build(bundle_factory, {"/v1/videos/image-recognize": {"post": sync_operation("videos")}})
    assert only(api, "videos").method_names == ("image_recognize",)


def test_x_kling_method_names_a_sync_method(bundle_factory: BundleFactory) -> None:
    operation = sync_operation("voices", **{"x-kling-method": "remove"})
    api = build(bundle_factory, {"/v1/delete-voices": {"post": operation}})
    assert only(api, "voices").method_names == ("remove",)


@pytest.mark.parametrize(
    ("method", "operation", "policy"),
    [
        ("get", sync_operation("things"), "always"),
        ("post", create_operation("things", PROMPT_BODY), "with_id"),
        ("post", create_operation("things", {"type": "object", "properties": {}}), "never"),
        ("post", sync_operation("things", {"type": "object"}), "never"),
    ],
)
def test_only_repeatable_requests_are_retried(
    bundle_factory: BundleFactory, method: str, operation: dict[str, Any], policy: str
) -> None:
    api = build(bundle_factory, {"/v1/things": {method: operation}})
    assert api.operations[0].retry == policy


def test_an_operation_without_family_is_a_spec_error(bundle_factory: BundleFactory) -> None:
    operation = sync_operation("things")
    del operation["x-kling-family"]
    with pytest.raises(SpecError, match="x-kling-family"):
        build(bundle_factory, {"/v1/things": {"get": operation}})


def test_two_creates_in_one_family_are_a_spec_error(bundle_factory: BundleFactory) -> None:
    paths = {
        "/v1/a": {"post": create_operation("things", PROMPT_BODY, operationId="a")},
        "/v1/b": {"post": create_operation("things", PROMPT_BODY, operationId="b")},
    }
    with pytest.raises(SpecError, match="more than one create"):
        build(bundle_factory, paths)


def test_a_sync_method_named_like_a_task_method_is_a_spec_error(
    bundle_factory: BundleFactory,
) -> None:
    operation = sync_operation("things", **{"x-kling-method": "wait"})
    with pytest.raises(SpecError, match="clashes"):
        build(bundle_factory, {"/v1/things": {"post": operation}})


def test_a_method_named_like_a_child_resource_is_a_spec_error(
    bundle_factory: BundleFactory,
) -> None:
    paths = {
        "/v1/videos/effects": {"post": sync_operation("videos", operationId="a")},
        "/v1/videos/effects/run": {"post": create_operation("videos.effects", PROMPT_BODY)},
    }
    with pytest.raises(SpecError, match="names used twice: effects"):
        build(bundle_factory, paths)


def test_two_different_schemas_cannot_share_a_class_name(bundle_factory: BundleFactory) -> None:
    # The inline data of operation "make" is named MakeResult, like the component it contains.
    data = {"type": "object", "properties": {"inner": {"$ref": "#/components/schemas/MakeResult"}}}
    envelope = {"type": "object", "properties": {"data": data}}
    operation = sync_operation("things", operationId="make")
    operation["responses"]["200"] = {
        "description": "done",
        "content": {"application/json": {"schema": envelope}},
    }
    other = {"type": "object", "properties": {"id": {"type": "string"}}}
    with pytest.raises(SpecError, match="MakeResult"):
        build(bundle_factory, {"/v1/make": {"post": operation}}, MakeResult=other)


def test_examples_of_the_spec_become_keyword_arguments(bundle_factory: BundleFactory) -> None:
    operation = create_operation("things", PROMPT_BODY)
    operation["requestBody"] = json_body(PROMPT_BODY)
    operation["requestBody"]["content"]["application/json"]["examples"] = {
        "one": {"value": {"prompt": "boat", "mode": "pro"}}
    }
    api = build(bundle_factory, {"/v1/things": {"post": operation}})
    assert api.operations[0].example_call == "prompt='boat', mode='pro'"


def test_parameters_are_compiled_into_one_object_per_operation(
    api: Api, real_bundle: Document
) -> None:
    for path, _, raw in iter_operations(real_bundle):
        if relays_only(real_bundle["paths"][path]):
            continue
        parameters = compiler.parameter_schemas(real_bundle, raw)
        expected = compiler.parameters_object(parameters) if parameters else None
        assert api.parameter_schemas.get(raw["operationId"]) == expected


def test_every_polled_task_family_reads_its_tasks_through_the_shared_task_queries(
    api: Api, real_bundle: Document
) -> None:
    polled_in_spec = {
        raw["x-kling-family"]
        for _, _, raw in iter_operations(real_bundle)
        if "x-kling-task" in raw and not raw["x-kling-task"].get("immediate")
    }
    polled = [r for r in api.all_resources if r.create_op and not r.create_op.immediate]
    assert {r.dotted for r in polled} == polled_in_spec
    # A family with the model in its path has no queries of its own: /tasks reads it.
    assert [r.dotted for r in polled if not (r.shares_task_queries or r.binds_path)] == []


def test_a_get_route_the_shared_task_queries_cannot_serve_is_a_spec_error(
    bundle_factory: BundleFactory,
) -> None:
    get = {
        "operationId": "getThing",
        "x-kling-family": "things",
        "x-kling-query": {"of": "createThing", "by": ["task_id"]},
        "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
        ],
        "responses": {"200": task_response()},
    }
    paths = {
        "/v1/things": {"post": create_operation("things", PROMPT_BODY)},
        "/v1/things/{id}": {"get": get},
    }
    with pytest.raises(SpecError, match="standard pair"):
        build(bundle_factory, paths)


def test_a_family_without_query_routes_does_not_share_the_task_queries(
    resource: Callable[[str], Resource],
) -> None:
    assert not resource("audio.tts").shares_task_queries
    assert not resource("account").shares_task_queries
