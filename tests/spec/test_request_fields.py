"""Every request field is typed and described in the spec (the client's docstrings come from it)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spec import iter_operations, resolve

TYPED = ("type", "enum", "const", "oneOf", "anyOf", "allOf")


def _fields(
    bundle: dict[str, Any], schema: Any, prefix: str, depth: int = 0
) -> Iterator[tuple[str, Any]]:
    schema = resolve(bundle, schema)
    if depth > 6 or not isinstance(schema, dict):
        return
    for name, prop in (schema.get("properties") or {}).items():
        yield f"{prefix}{name}", prop
        resolved = resolve(bundle, prop)
        yield from _fields(bundle, resolved, f"{prefix}{name}.", depth + 1)
        items = resolved.get("items") if isinstance(resolved, dict) else None
        if items is not None:
            yield from _fields(bundle, items, f"{prefix}{name}[].", depth + 1)


def _request_fields(bundle: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    for _, _, op in iter_operations(bundle):
        body = (
            op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        )
        if body is not None:
            for path, prop in _fields(bundle, body, ""):
                yield op["operationId"], path, prop


def test_every_request_field_has_a_description(bundle: dict[str, Any]) -> None:
    undescribed = [
        f"{op}: {path}"
        for op, path, prop in _request_fields(bundle)
        if not (prop.get("description") or resolve(bundle, prop).get("description"))
    ]
    assert undescribed == []


def test_every_request_field_has_a_type(bundle: dict[str, Any]) -> None:
    untyped = [
        f"{op}: {path}"
        for op, path, prop in _request_fields(bundle)
        if not any(key in resolve(bundle, prop) for key in TYPED)
    ]
    assert untyped == []


def test_every_request_body_refuses_unknown_fields(bundle: dict[str, Any]) -> None:
    open_bodies = []
    for _, _, op in iter_operations(bundle):
        body = (
            op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        )
        if body is not None and resolve(bundle, body).get("additionalProperties") is not False:
            open_bodies.append(op["operationId"])
    assert open_bodies == []


def test_request_fields_state_shapes_the_validators_enforce(bundle: dict[str, Any]) -> None:
    """`format: uri` is asserted by neither openapi-core nor the client; a pattern is."""
    numeric_formats = {"int32", "int64", "float", "double"}
    loose = [
        f"{op}: {path} (format {resolve(bundle, prop)['format']})"
        for op, path, prop in _request_fields(bundle)
        if resolve(bundle, prop).get("format") not in (None, *numeric_formats)
    ]
    assert loose == []
