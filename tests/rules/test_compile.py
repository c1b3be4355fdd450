"""spec/compile.py: spec schemas become self-contained dicts of the checked keywords."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from spec.compile import (
    INTEGER_FORMATS,
    KEPT_KEYWORDS,
    PARAMETER_IN,
    PARAMETER_REQUIRED,
    compile_schema,
    parameter_schemas,
    parameters_object,
    request_schema,
)
from spec.documents import SpecError, iter_operations
from spec.engine.rules import check

Bundle = dict[str, Any]


def tiny_bundle(**schemas: Any) -> Bundle:
    return {"components": {"schemas": schemas}}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def schema_nodes(schema: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every schema inside a compiled schema (not the values of enum, default or x-kling-*)."""
    yield schema
    for sub in (schema.get("properties") or {}).values():
        yield from schema_nodes(sub)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            yield from schema_nodes(schema[key])
    for key in ("oneOf", "anyOf"):
        for branch in schema.get(key) or []:
            yield from schema_nodes(branch)


def operation(bundle: Bundle, operation_id: str) -> dict[str, Any]:
    return next(op for _, _, op in iter_operations(bundle) if op.get("operationId") == operation_id)


# ----------------------------------------------------------------------------- references


def test_references_are_resolved() -> None:
    bundle = tiny_bundle(Count={"type": "integer", "maximum": 9})
    compiled = compile_schema(bundle, {"properties": {"n": ref("Count")}})
    assert compiled == {"properties": {"n": {"type": "integer", "maximum": 9}}}


def test_siblings_of_a_reference_override_the_target() -> None:
    bundle = tiny_bundle(Ratio={"type": "string", "enum": ["16:9", "1:1"], "default": "1:1"})
    compiled = compile_schema(bundle, {"$ref": "#/components/schemas/Ratio", "default": "16:9"})
    assert compiled["default"] == "16:9"


def test_chains_of_references_are_followed() -> None:
    bundle = tiny_bundle(A=ref("B"), B={"type": "string"})
    assert compile_schema(bundle, ref("A")) == {"type": "string"}


def test_a_recursive_reference_is_refused() -> None:
    bundle = tiny_bundle(Node={"type": "object", "properties": {"child": ref("Node")}})
    with pytest.raises(SpecError, match="recursive"):
        compile_schema(bundle, ref("Node"))


def test_a_reference_to_nowhere_is_refused() -> None:
    with pytest.raises(SpecError, match="unresolvable"):
        compile_schema(tiny_bundle(), ref("Missing"))


# ----------------------------------------------------------------------------- dropped keywords


def test_annotations_and_unchecked_keywords_are_dropped() -> None:
    node = {
        "type": "string",
        "format": "uri",
        "title": "T",
        "description": "D",
        "examples": ["x"],
        "x-kling-source": {"page": "p", "as_of": "2026-01-01"},
        "maxLength": 5,
    }
    assert compile_schema(tiny_bundle(), node) == {"type": "string", "maxLength": 5}


def test_property_names_that_look_like_keywords_are_kept() -> None:
    compiled = compile_schema(tiny_bundle(), {"properties": {"description": {"type": "string"}}})
    assert compiled == {"properties": {"description": {"type": "string"}}}


def test_x_kling_extensions_are_kept_verbatim() -> None:
    rules = [{"rule": "at_least_one_of", "fields": ["a", "b"]}]
    assert compile_schema(tiny_bundle(), {"x-kling-rules": rules}) == {"x-kling-rules": rules}


# ----------------------------------------------------------------------------- allOf


def test_all_of_parts_are_merged_into_one_schema() -> None:
    bundle = tiny_bundle(
        Base={"type": "object", "required": ["a"], "properties": {"a": {"type": "integer"}}}
    )
    node = {"allOf": [ref("Base")], "required": ["b"], "properties": {"b": {"type": "string"}}}
    assert compile_schema(bundle, node) == {
        "type": "object",
        "required": ["a", "b"],
        "properties": {"a": {"type": "integer"}, "b": {"type": "string"}},
    }


def test_all_of_intersects_enums_of_the_same_property(bundle: Bundle) -> None:
    compiled = compile_schema(bundle, ref("ErrorBody400"))
    assert compiled["properties"]["code"] == {"type": "integer", "enum": [1200, 1201, 1300, 1301]}


def test_all_of_keeps_the_stricter_bounds() -> None:
    node = {"allOf": [{"minimum": 1, "maximum": 10}, {"minimum": 3, "maximum": 20}]}
    assert compile_schema(tiny_bundle(), node) == {"minimum": 3, "maximum": 10}


def test_all_of_intersects_types() -> None:
    node = {"allOf": [{"type": ["number", "null"]}, {"type": "integer"}]}
    assert compile_schema(tiny_bundle(), node) == {"type": "integer"}


def test_all_of_lets_additional_properties_false_win() -> None:
    node = {
        "allOf": [{"additionalProperties": {"type": "string"}}, {"additionalProperties": False}]
    }
    assert compile_schema(tiny_bundle(), node) == {"additionalProperties": False}


def test_all_of_concatenates_rules() -> None:
    first, second = {"rule": "exactly_one_of", "fields": ["a"]}, {"rule": "when", "if": {}}
    node = {"allOf": [{"x-kling-rules": [first]}, {"x-kling-rules": [second]}]}
    assert compile_schema(tiny_bundle(), node) == {"x-kling-rules": [first, second]}


def test_the_schemas_own_keywords_win_over_its_all_of_parts() -> None:
    node = {"allOf": [{"default": "a", "pattern": "^a"}], "default": "b"}
    assert compile_schema(tiny_bundle(), node) == {"default": "b", "pattern": "^a"}


def test_two_one_of_lists_become_their_pairwise_merges() -> None:
    node = {"allOf": [{"oneOf": [{"required": ["a"]}, {"required": ["b"]}]}, {"oneOf": [{}]}]}
    assert compile_schema(tiny_bundle(), node) == {
        "oneOf": [{"required": ["a"]}, {"required": ["b"]}]
    }


# ----------------------------------------------------------------------------- operations


def test_request_schema_compiles_the_json_body(bundle: Bundle) -> None:
    compiled = request_schema(bundle, operation(bundle, "createImageGenerationTask"))
    assert compiled is not None
    assert compiled["properties"]["aspect_ratio"]["default"] == "16:9"
    assert "x-kling-image" in compiled["properties"]["image"]


def test_request_schema_is_none_without_a_body(bundle: Bundle) -> None:
    assert request_schema(bundle, operation(bundle, "listImageGenerationTasks")) is None


def test_parameter_schemas_carry_location_and_required_flag(bundle: Bundle) -> None:
    listed = parameter_schemas(bundle, operation(bundle, "listImageGenerationTasks"))
    assert list(listed) == ["pageNum", "pageSize", "external_task_id"]
    assert listed["pageNum"] == {
        "type": "integer",
        "minimum": 1,
        "maximum": 1000,
        "default": 1,
        PARAMETER_IN: "query",
        PARAMETER_REQUIRED: False,
    }


def test_path_parameters_are_required(bundle: Bundle) -> None:
    found = parameter_schemas(bundle, operation(bundle, "getImageGenerationTask"))
    assert found["task_id"][PARAMETER_IN] == "path" and found["task_id"][PARAMETER_REQUIRED]


def test_parameters_object_checks_a_dict_of_parameter_values(bundle: Bundle) -> None:
    listed = parameter_schemas(bundle, operation(bundle, "listImageGenerationTasks"))
    found = check({"pageNum": 0, "pageSize": 30}, parameters_object(listed))
    assert [v.message for v in found] == ["pageNum must be >= 1"]


def test_parameters_object_requires_the_required_parameters(bundle: Bundle) -> None:
    found = parameter_schemas(bundle, operation(bundle, "getImageGenerationTask"))
    assert [v.message for v in check({}, parameters_object(found))] == ["task_id is required"]


# ----------------------------------------------------------------------------- the real spec


def request_schemas(bundle: Bundle) -> Iterator[tuple[str, dict[str, Any]]]:
    for _, _, op in iter_operations(bundle):
        compiled = request_schema(bundle, op)
        if compiled is not None:
            yield op["operationId"], compiled


def test_every_compiled_request_schema_is_plain_json(bundle: Bundle) -> None:
    for _, compiled in request_schemas(bundle):
        text = json.dumps(compiled)
        assert '"$ref"' not in text and '"allOf"' not in text


def test_every_compiled_request_schema_keeps_only_checked_keywords(bundle: Bundle) -> None:
    extra = {
        f"{operation_id}: {key}"
        for operation_id, compiled in request_schemas(bundle)
        for node in schema_nodes(compiled)
        for key in node
        if key not in KEPT_KEYWORDS and not (key == "format" and node[key] in INTEGER_FORMATS)
    }
    assert extra == set()


def test_every_request_example_in_the_spec_passes_the_rules(bundle: Bundle) -> None:
    refused = []
    for _, _, op in iter_operations(bundle):
        compiled = request_schema(bundle, op)
        media = op.get("requestBody", {}).get("content", {}).get("application/json", {})
        for name, example in (media.get("examples") or {}).items():
            found = check(example.get("value"), compiled or {})
            refused += [f"{op['operationId']}/{name}: {v.message}" for v in found]
    assert refused == []


def test_integer_formats_are_kept_for_their_ranges() -> None:
    node = {"type": "integer", "format": "int64", "description": "an id"}
    assert compile_schema(tiny_bundle(), node) == {"type": "integer", "format": "int64"}
