"""Every example in spec/ validates against the schema it illustrates."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spec.refs import resolve

from .conftest import ValidatorFactory, walk


def _media_examples(bundle: dict[str, Any]) -> Iterator[tuple[str, Any, Any]]:
    """(where, schema, example) for request/response media examples and parameter examples."""
    for pointer, node in walk(bundle["paths"], "#/paths"):
        if not isinstance(node, dict) or "schema" not in node:
            continue
        if "example" in node:
            yield pointer, node["schema"], node["example"]
        for name, example in (node.get("examples") or {}).items():
            example = resolve(bundle, example)
            if "value" in example:
                yield f"{pointer}/examples/{name}", node["schema"], example["value"]


def _schema_examples(bundle: dict[str, Any]) -> Iterator[tuple[str, Any, Any]]:
    """(where, schema, example) for `example`/`examples`/`default` written on schemas."""
    for pointer, node in walk(bundle, "#"):
        if not isinstance(node, dict) or "x-kling-source" in node:
            continue
        if not ("type" in node or "$ref" in node or "enum" in node):
            continue
        for value in node.get("examples", []) if isinstance(node.get("examples"), list) else []:
            yield f"{pointer}/examples", node, value
        if "default" in node and "type" in node:
            yield f"{pointer}/default", node, node["default"]


def test_every_media_example_validates(
    bundle: dict[str, Any], schema_validator: ValidatorFactory
) -> None:
    examples = list(_media_examples(bundle))
    assert examples, "the spec should carry request and response examples"
    failures = [
        f"{where}: {error.message}"
        for where, schema, example in examples
        for error in schema_validator(schema).iter_errors(example)
    ]
    assert failures == []


def test_every_schema_example_and_default_validates(
    bundle: dict[str, Any], schema_validator: ValidatorFactory
) -> None:
    failures = [
        f"{where}: {error.message}"
        for where, schema, example in _schema_examples(bundle)
        for error in schema_validator(
            {k: v for k, v in schema.items() if k not in ("examples", "default")}
        ).iter_errors(example)
    ]
    assert failures == []


def test_every_async_create_carries_a_request_example(bundle: dict[str, Any]) -> None:
    from spec.documents import iter_operations

    missing = []
    for _, _, op in iter_operations(bundle):
        if "x-kling-task" not in op:
            continue
        media = op["requestBody"]["content"]["application/json"]
        if not (media.get("examples") or "example" in media):
            missing.append(op["operationId"])
    assert missing == []
