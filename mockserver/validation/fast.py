"""The fast path of request validation: each operation's checks compiled once, with jsonschema-rs.

openapi-core judges a request in about half a millisecond, mostly walking the spec again for
every request. Here every operation's body schema and parameter schemas are compiled once, at
start, into jsonschema-rs validators over the bundled spec itself (so ``$ref``s resolve where
openapi-core resolves them). The fast path only ever says "valid": a request it does not accept
(an invalid one, or one it cannot judge exactly, such as a parameter value it would have to cast
in a way it does not know) goes to openapi-core, whose verdict and wording stand. So the fast
path may be stricter than openapi-core (then a valid request costs the slow path) but must never
accept what openapi-core rejects; tests/mock/test_fast_validation.py checks that on every
operation.

Two things are judged by Python callbacks, exactly as openapi-core judges them, because the two
engines disagree at the edges: ``format`` (the OAS format checker openapi-core uses, including the
int32/int64 ranges on integers) and ``pattern`` (Python's ``re.search``, whose ``\\s`` is not the
Rust regex crate's ``\\s``).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import jsonschema_rs
from jsonschema import FormatChecker  # type: ignore[import-untyped]

from mockserver.core.spec_index import Operation
from spec.documents import Document
from spec.operations import parameters as declared_parameters
from spec.refs import resolve

#: Keywords whose values are data, not schemas: the rewrite leaves them alone.
_DATA_KEYWORDS = frozenset({"enum", "const", "default", "example", "examples"})
#: Keywords whose values map names (of properties, of definitions) to schemas.
_NAME_MAPS = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas", "schemas"})
_FORMAT = "x-kling-fast-format"
_PATTERN = "x-kling-fast-pattern"
_DEFS = "x-kling-fast"
_INTEGER = re.compile(r"-?[0-9]+\Z")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?\Z")
_BOOLEANS = {"true": True, "false": False}
Cast = Callable[[str], Any]


def _keyword(check: Callable[[Any, Any], bool]) -> type:
    """A jsonschema-rs custom keyword class running ``check(keyword value, instance)``."""

    class Keyword:
        def __init__(self, parent: Any, value: Any, path: Any) -> None:
            self.value = value

        def validate(self, instance: Any) -> None:
            if not check(self.value, instance):
                raise ValueError("not valid")

    return Keyword


def _rewrite(node: Any, names: bool = False) -> Any:
    """A copy of a spec node with ``format`` and ``pattern`` moved to the Python keywords
    (``names``: the node maps names to schemas, as ``properties`` does, so no key is a keyword)."""
    if isinstance(node, list):
        return [_rewrite(item) for item in node]
    if not isinstance(node, dict):
        return node
    if names:
        return {key: _rewrite(value) for key, value in node.items()}
    found: dict[str, Any] = {}
    for key, value in node.items():
        if key in _NAME_MAPS:
            found[key] = _rewrite(value, names=True)
        elif key in _DATA_KEYWORDS or key.startswith("x-"):
            found[key] = value
        elif key == "format" and isinstance(value, str):
            found[_FORMAT] = value
        elif key == "pattern" and isinstance(value, str):
            found[_PATTERN] = re.compile(value).pattern
        else:
            found[key] = _rewrite(value)
    return found


@dataclass(frozen=True)
class FastParameter:
    """One declared path or query parameter: where it is read, how its raw text is cast."""

    name: str
    location: str
    required: bool
    cast: Cast | None
    validator: Any


@dataclass(frozen=True)
class FastOperation:
    parameters: tuple[FastParameter, ...]
    body: Any  # a jsonschema-rs validator, or None when the operation takes no JSON body
    body_required: bool


def _cast_for(schema: Mapping[str, Any]) -> Cast | None:
    """How a raw parameter text becomes its typed value, when openapi-core's cast is certain."""
    kind = schema.get("type")
    if kind == "string":
        return str
    if kind == "integer":
        return lambda raw: int(raw) if _INTEGER.match(raw) else _uncertain()
    if kind == "number":
        return lambda raw: float(raw) if _NUMBER.match(raw) else _uncertain()
    if kind == "boolean":
        return lambda raw: _BOOLEANS[raw] if raw in _BOOLEANS else _uncertain()
    return None


class Uncertain(Exception):
    """The fast path cannot judge this request exactly: openapi-core decides."""


def _uncertain() -> Any:
    raise Uncertain


def _body_schema(bundle: Document, operation: Operation) -> Any:
    body = resolve(bundle, operation.raw.get("requestBody"))
    content = body.get("content") if isinstance(body, Mapping) else None
    media = content.get("application/json") if isinstance(content, Mapping) else None
    return media.get("schema") if isinstance(media, Mapping) else None


class FastChecks:
    """Every operation's compiled request checks (built once per spec, shared read-only)."""

    def __init__(self, bundle: Document, operations: Mapping[str, Operation], formats: Any):
        checker: FormatChecker = formats
        keywords = {
            _FORMAT: _keyword(lambda name, value: bool(checker.conforms(value, name))),
            _PATTERN: _keyword(
                lambda pattern, value: not isinstance(value, str) or bool(re.search(pattern, value))
            ),
        }
        root = _rewrite(copy.deepcopy(dict(bundle)))
        root.pop("$schema", None)
        defs: dict[str, Any] = {}
        plans: dict[str, tuple[list[tuple[str, str, bool, Cast | None]], bool, bool]] = {}
        for op_id, op in operations.items():
            params: list[tuple[str, str, bool, Cast | None]] = []
            for param in declared_parameters(bundle, op.path, op.raw):
                location = str(param.get("in"))
                schema = resolve(bundle, param.get("schema", {}))
                simple = (
                    location in ("path", "query")
                    and "content" not in param
                    and param.get("style", "simple" if location == "path" else "form")
                    in ("simple", "form")
                    and not param.get("allowEmptyValue")
                    and isinstance(schema, Mapping)
                )
                key = f"p{len(defs)}"
                defs[key] = _rewrite(param.get("schema", {}))
                cast = _cast_for(schema) if simple else None
                required = location == "path" or bool(param.get("required"))
                params.append((key, f"{location}:{param.get('name')}", required, cast))
            body = _body_schema(bundle, op) if op.has_body else None
            if body is not None:
                defs[f"b:{op_id}"] = _rewrite(body)
            plans[op_id] = (params, body is not None, op.body_required)
        root[_DEFS] = defs
        # The OpenAPI document is the root, so "#/components/..." resolves as in openapi-core;
        # the subschemas to check sit under one extra key of it.
        document = {"$defs": {_DEFS: defs}, **{k: v for k, v in root.items() if k != _DEFS}}
        compiled = jsonschema_rs.validator_map_for(
            document, validate_formats=False, keywords=keywords
        )

        def validator(key: str) -> Any:
            return compiled[f"#/$defs/{_DEFS}/{key}"]

        self.operations: dict[str, FastOperation] = {}
        for op_id, (params, has_body, body_required) in plans.items():
            self.operations[op_id] = FastOperation(
                parameters=tuple(
                    FastParameter(
                        where.split(":", 1)[1], where.split(":", 1)[0], req, cast, validator(key)
                    )
                    for key, where, req, cast in params
                ),
                body=validator(f"b:{op_id}") if has_body else None,
                body_required=body_required,
            )

    def passes(
        self,
        operation: Operation,
        query: Sequence[tuple[str, str]],
        path_args: Mapping[str, Any],
        has_body: bool,
        body: Any,
    ) -> bool:
        """True when openapi-core would find nothing wrong with this request's parameters and
        body; False when it might (openapi-core then decides)."""
        fast = self.operations.get(operation.operation_id)
        if fast is None:
            return False
        try:
            for param in fast.parameters:
                if param.cast is None:
                    return False
                if param.location == "path":
                    text = path_args.get(param.name)
                    values = [] if text is None else [str(text)]
                else:
                    values = [value for name, value in query if name == param.name]
                if not values:
                    if param.required:
                        return False
                    continue
                if len(values) != 1 or values[0] == "":
                    return False
                if not param.validator.is_valid(param.cast(values[0])):
                    return False
            if fast.body is None:
                return True
            if not has_body:
                return not fast.body_required
            return bool(fast.body.is_valid(body))
        except (Uncertain, ValueError, OverflowError, TypeError):
            return False
