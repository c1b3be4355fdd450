"""Compile spec schemas into the plain dicts the rules engine checks (spec/rules.py).

A compiled schema is self-contained and JSON-serialisable: every ``$ref`` is resolved (keywords
written next to a ``$ref`` override the target's), ``allOf`` is merged into one schema, and only
the keywords the engine checks are kept (descriptions, examples, titles and provenance extensions
are dropped; ``format`` stays for the integer ranges int32/int64, which openapi-core enforces
too). The mock and the generated client embed these dicts, so the two sides check the same thing.

``allOf`` parts are compiled, then merged by spec.allof (a conjunction where it can be); the
schema's own keywords win over its parts.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from spec.allof import merge
from spec.designs import design_name
from spec.documents import Document, SpecError
from spec.engine.rules import SCHEMA_RULES
from spec.engine.wording import WORDING
from spec.refs import follow

Schema = dict[str, Any]

#: The formats a compiled schema keeps: ranges the engine checks, as openapi-core does.
INTEGER_FORMATS = frozenset({"int32", "int64"})

#: The keywords a compiled schema keeps (the rules engine contract): what the engine checks, the
#: structure it walks, and the x-kling-* extensions. ``format`` is kept only for INTEGER_FORMATS.
KEPT_KEYWORDS = (SCHEMA_RULES - {"format"}) | frozenset(
    {
        "properties",
        "items",
        "default",
        "oneOf",
        "anyOf",
        "x-kling-image",
        "x-kling-media",
        "x-kling-rules",
        "x-kling-models",
        "x-kling-messages",
        "x-kling-wording",
        "x-kling-refers",
    }
)

#: Annotations parameter_schemas() adds to each parameter's compiled schema.
PARAMETER_IN = "x-kling-in"
PARAMETER_REQUIRED = "x-kling-required"

_JSON = "application/json"


def compile_schema(bundle: Document, node: Any) -> Schema:
    """The compiled form of a schema node of the bundle (a ``$ref`` or an inline schema)."""
    return _compile(bundle, node, ())


def request_schema(bundle: Document, operation: Mapping[str, Any]) -> Schema | None:
    """The compiled ``application/json`` request body schema of an operation, if it has one."""
    body, _ = follow(bundle, operation.get("requestBody"), ())
    content = body.get("content") if isinstance(body, Mapping) else None
    if not isinstance(content, Mapping):
        return None
    media = next((v for k, v in content.items() if str(k).split(";")[0].strip() == _JSON), None)
    if not isinstance(media, Mapping) or "schema" not in media:
        return None
    compiled = compile_schema(bundle, media["schema"])
    wording = design_wording(bundle, design_name(operation))
    if wording:
        compiled[WORDING] = wording
    return compiled


def design_wording(bundle: Document, design: str) -> Schema:
    """What the engine needs of a design's words to answer as the API does (``x-kling-wording``
    at the root of a compiled request): its ``validation`` block and its ``unknown_model``."""
    block = ((bundle.get("components") or {}).get("x-kling-designs") or {}).get(design) or {}
    wording: Schema = copy.deepcopy(dict(block.get("validation") or {}))
    if isinstance(block.get("unknown_model"), Mapping):
        wording["unknown_model"] = copy.deepcopy(dict(block["unknown_model"]))
    return wording


def parameter_schemas(bundle: Document, operation: Mapping[str, Any]) -> dict[str, Schema]:
    """Query and path parameters of an operation: name -> compiled schema, in declared order.

    Each schema also carries two annotations the engine ignores: ``x-kling-in`` ("query" or
    "path") and ``x-kling-required`` (a bool; path parameters are always required). Parameters
    declared on the path item (not the operation) are not included.
    """
    found: dict[str, Schema] = {}
    for raw in operation.get("parameters") or []:
        parameter, _ = follow(bundle, raw, ())
        if not isinstance(parameter, Mapping) or parameter.get("in") not in ("query", "path"):
            continue
        schema = compile_schema(bundle, parameter.get("schema", {}))
        schema[PARAMETER_IN] = parameter["in"]
        schema[PARAMETER_REQUIRED] = parameter["in"] == "path" or parameter.get("required") is True
        found[str(parameter["name"])] = schema
    return found


def parameters_object(parameters: Mapping[str, Mapping[str, Any]]) -> Schema:
    """One object schema over parameter_schemas() output, to check a dict of parameter values."""
    properties = {
        name: {
            k: copy.deepcopy(v)
            for k, v in schema.items()
            if k in KEPT_KEYWORDS or (k == "format" and v in INTEGER_FORMATS)
        }
        for name, schema in parameters.items()
    }
    required = [name for name, schema in parameters.items() if schema.get(PARAMETER_REQUIRED)]
    compiled: Schema = {"type": "object", "properties": properties}
    if required:
        compiled["required"] = required
    return compiled


def _compile(bundle: Document, node: Any, seen: tuple[str, ...]) -> Schema:
    if node is True or node is None:
        return {}
    if node is False:
        return {"enum": []}
    node, seen = follow(bundle, node, seen)
    if not isinstance(node, Mapping):
        raise SpecError(f"not a schema: {node!r}")
    own: Schema = {}
    for key, value in node.items():
        if key in KEPT_KEYWORDS or (key == "format" and value in INTEGER_FORMATS):
            own[key] = _compile_keyword(bundle, key, value, seen)
    merged: Schema = {}
    for part in node.get("allOf") or []:
        merged = merge(merged, _compile(bundle, part, seen))
    return merge(merged, own)


def _compile_keyword(bundle: Document, key: str, value: Any, seen: tuple[str, ...]) -> Any:
    if key == "properties" and isinstance(value, Mapping):
        return {str(name): _compile(bundle, sub, seen) for name, sub in value.items()}
    if key in ("items", "additionalProperties"):
        return value if isinstance(value, bool) else _compile(bundle, value, seen)
    if key in ("oneOf", "anyOf") and isinstance(value, list):
        return [_compile(bundle, branch, seen) for branch in value]
    return copy.deepcopy(value)
