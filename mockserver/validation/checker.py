"""Request validation: openapi-core against the spec, then the x-kling-* rules.

openapi-core sees each request as if it reached the first server of the spec
(https://api-singapore.klingai.com) with the gateway's ``/kling`` prefix stripped. Its errors, and
the jsonschema errors inside them, become ``Violation``s worded by the shared rules engine
(``spec.engine.rules.describe``), so the mock and the generated client say the same thing.
All violations are reported together in one 400/1201 answer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from typing import Any

from jsonschema.exceptions import (  # type: ignore[import-untyped]
    ValidationError as SchemaError,
)
from jsonschema.exceptions import best_match
from openapi_core.datatypes import RequestParameters
from openapi_core.deserializing.exceptions import DeserializeError
from openapi_core.deserializing.styles.exceptions import EmptyQueryParameterValue
from openapi_core.validation.request.exceptions import (
    MissingRequestBody,
    MissingRequiredParameter,
    MissingRequiredRequestBody,
    ParameterValidationError,
    RequestBodyValidationError,
)
from openapi_core.validation.schemas.exceptions import InvalidSchemaValue
from werkzeug.datastructures import Headers, ImmutableMultiDict

from mockserver.core.call import Call
from mockserver.core.errors import KlingError
from mockserver.core.spec_index import Operation, SpecIndex
from mockserver.validation import leniency, strict_json
from mockserver.validation.fast import FastChecks
from mockserver.validation.openapi_adapter import (
    OpenAPIRequest,
    judged_server,
    official_path,
    request_judge,
)
from spec import compile as spec_compile
from spec.engine import rules
from spec.engine.rules import SCHEMA_RULES, Violation

JSON_TYPES = ("application/json",)
_INDEX = re.compile(r"\[\d+\]")
ABSENT = object()  # no body was sent (a JSON null body is None)


def _join(base: str, part: str | int) -> str:
    if isinstance(part, int):
        return f"{base}[{part}]"
    return f"{base}.{part}" if base else part


def schema_violations(
    error: SchemaError, base: str = "", compiled: Mapping[str, Any] | None = None
) -> Iterator[Violation]:
    """One jsonschema error in the shared wording (required and extra fields one by one); a value
    that fits no branch of a oneOf/anyOf is judged by the rules engine against the ``compiled``
    body schema, so the mock picks the branch the client picks."""
    where = base
    for part in error.absolute_path:
        where = _join(where, part)
    keyword = str(error.validator)
    if keyword == "required" and isinstance(error.instance, Mapping):
        for name in error.validator_value:
            if name not in error.instance:
                yield Violation(
                    _join(where, name),
                    "required",
                    rules.describe(_join(where, name), "required", True),
                )
        return
    if keyword == "additionalProperties" and isinstance(error.instance, Mapping):
        known = error.schema.get("properties", {}) if isinstance(error.schema, Mapping) else {}
        for name in error.instance:
            if name not in known:
                path = _join(where, name)
                yield Violation(
                    path,
                    "additionalProperties",
                    rules.describe(path, "additionalProperties", False),
                )
        return
    if keyword in ("oneOf", "anyOf") and compiled is not None:
        declared = rules.schema_at(compiled, _INDEX.sub("[]", where)) if where else compiled
        if isinstance(declared.get(keyword), list):
            found = rules.check_at(error.instance, declared, where)
            yield from (v for v in found if v.rule in SCHEMA_RULES)
            return
    if keyword in ("oneOf", "anyOf") and error.context:
        best = best_match(error.context)
        if best is not None:
            yield from schema_violations(best, base, compiled)
            return
    expected = error.validator_value
    yield Violation(where, keyword, rules.describe(where, keyword, expected), expected=expected)


def _parameter_violations(error: Exception) -> Iterator[Violation]:
    name = str(getattr(error, "name", ""))
    cause = error.__cause__
    if isinstance(error, MissingRequiredParameter):
        yield Violation(name, "required", rules.describe(name, "required", True))
    elif isinstance(cause, InvalidSchemaValue):
        for schema_error in cause.schema_errors:
            yield from schema_violations(schema_error, name)
    elif isinstance(cause, EmptyQueryParameterValue):
        yield Violation(name, "minLength", rules.describe(name, "minLength", 1))
    elif isinstance(cause, DeserializeError):
        expected = getattr(cause, "type", None) or "a valid value"
        yield Violation(name, "type", rules.describe(name, "type", expected))
    else:
        yield Violation(name, "invalid", f"{name} is not valid")


def translate(
    errors: Iterable[Exception], compiled: Mapping[str, Any] | None = None
) -> list[Violation]:
    """openapi-core's request errors as violations; body-shape problems raise 1200 directly
    (``compiled``: the body's compiled schema, to judge a value that fits no branch)."""
    found: list[Violation] = []
    for error in errors:
        if isinstance(error, ParameterValidationError):
            found.extend(_parameter_violations(error))
        elif isinstance(error, MissingRequiredRequestBody):
            raise KlingError(1200, "the request body is missing; send a JSON object")
        elif isinstance(error, MissingRequestBody):
            continue  # an optional body left out (openapi-core reports it; OpenAPI allows it)
        elif isinstance(error, RequestBodyValidationError):
            cause = error.__cause__
            if not isinstance(cause, InvalidSchemaValue):
                raise KlingError(1200, f"the request body cannot be read: {cause or error}")
            for schema_error in cause.schema_errors:
                found.extend(schema_violations(schema_error, "", compiled))
        else:
            found.append(Violation("", "request", str(error)))
    return found


def _under(path: str, parent: str) -> bool:
    return path == parent or path.startswith((parent + ".", parent + "[")) or not parent


def only_type_errors_where_the_type_is_wrong(violations: list[Violation]) -> list[Violation]:
    """A value of the wrong type gets only its type violation, as the rules engine reports it
    (jsonschema would also judge its enum, range or fields)."""
    wrong = [v.field for v in violations if v.rule == "type"]
    return [
        v
        for v in violations
        if not any(_under(v.field, parent) for parent in wrong) or (v.rule == "type")
    ]


def unknown_query_parameters(operation: Operation, call: Call) -> list[Violation]:
    """Query parameters the operation does not declare (what relaxing the call left in it)."""
    return [
        Violation(name, "additionalProperties", rules.describe(name, "additionalProperties", False))
        for name in call.args
        if name not in operation.query_parameters
    ]


def _top_field(path: str) -> str:
    return path.split(".", 1)[0].split("[", 1)[0]


def in_schema_order(
    violations: list[Violation], schema: Mapping[str, Any] | None
) -> list[Violation]:
    """Violations sorted by the body schema's property order, as the rules engine reports them."""
    names = list((schema or {}).get("properties") or {})
    rank = {name: index for index, name in enumerate(names)}
    return sorted(violations, key=lambda v: rank.get(_top_field(v.field), len(rank)))


def raise_for(violations: list[Violation]) -> None:
    """One 400 answer listing every distinct violation, in the order found."""
    if not violations:
        return
    messages = list(dict.fromkeys(v.message for v in violations))
    codes = {v.code for v in violations}
    raise KlingError(codes.pop() if len(codes) == 1 else 1201, "; ".join(messages))


class RequestChecker:
    """Built once per spec: the fast path, openapi-core as its judge, the compiled x-kling schemas.

    A request goes through ``read_body`` (bytes to a parsed body) and then ``validate``, the one
    place where the parsed body enters validation: the fast path (``mockserver.validation.fast``)
    accepts what is valid; anything else goes to openapi-core, whose errors become violations; the
    x-kling rules (``spec.engine.rules``) run on every body either way.
    """

    def __init__(self, index: SpecIndex) -> None:
        self.index = index
        self.judge = request_judge(index.bundle)
        self.fast = FastChecks(index.bundle, index.operations, self.judge.formats)
        self.compiled: dict[str, dict[str, Any] | None] = {
            op.operation_id: spec_compile.request_schema(index.bundle, op.raw)
            for op in index.operations.values()
            if op.has_body
        }

    def read_body(self, operation: Operation, call: Call) -> tuple[bool, Any]:
        """(whether a body was sent, the body parsed as strict JSON); a wrong content type or a
        body that is not strict JSON (no NaN, no lone surrogates, bounded nesting) is a 1200."""
        if not operation.has_body or not call.raw:
            return False, None
        if call.mimetype not in JSON_TYPES:
            shown = call.mimetype or "none"
            raise KlingError(1200, f"Content-Type must be application/json (got {shown})")
        try:
            return True, strict_json.parse(call.raw)
        except strict_json.BodyError as exc:
            raise KlingError(1200, str(exc)) from exc

    def relaxed(
        self,
        operation: Operation,
        body: Any,
        strict: bool,
        path_args: Mapping[str, Any] | None = None,
    ) -> tuple[Any, list[leniency.Deviation]]:
        """The body as this request's mode reads it, and what leniency changed in it
        (``path_args``: the call's path parameters, where a model is chosen in the path)."""
        schema = self.compiled.get(operation.operation_id)
        return leniency.relax(self.index.bundle, schema, strict, body, path_args)

    def relaxed_query(
        self, operation: Operation, call: Call, strict: bool
    ) -> tuple[Call, list[leniency.Deviation]]:
        """The call without the unknown query parameters this mode ignores, and a warning for
        each (the same leniency as unknown body fields; strict mode keeps them, to refuse)."""
        unknown = [name for name in call.args if name not in operation.query_parameters]
        ignored = leniency.ignored_query(self.index.bundle, strict, unknown)
        if not ignored:
            return call, []
        names = {deviation.field for deviation in ignored}
        kept = {name: value for name, value in call.args.items() if name not in names}
        query = tuple((name, value) for name, value in call.query if name not in names)
        return replace(call, args=kept, query=query), ignored

    def parsed(self, operation: Operation, call: Call, configured_strict: bool) -> tuple[bool, Any]:
        """(whether a body was sent, the body as the call's mode reads it)."""
        has_body, body = self.read_body(operation, call)
        strict = leniency.strict_mode(call, configured_strict)
        relaxed, _ = self.relaxed(operation, body, strict, call.path_args)
        return has_body, relaxed

    def validate(self, operation: Operation, call: Call, has_body: bool, body: Any) -> Any:
        """Every check of a request whose body is parsed (``has_body``: the request sent one)."""
        violations = self.violations(operation, call, has_body, body)
        compiled = self.compiled.get(operation.operation_id) or {}
        raise_for(rules.answer(violations, body, compiled, call.path_args))
        return body

    def violations(
        self, operation: Operation, call: Call, has_body: bool, body: Any
    ) -> list[Violation]:
        """What ``validate`` refuses, one violation per broken rule (the proxy sums them)."""
        violations = unknown_query_parameters(operation, call)
        compiled = self.compiled.get(operation.operation_id)
        path_args = dict(call.path_args)
        if not self.fast.passes(operation, call.query_items, path_args, has_body, body):
            found = self.openapi_errors(operation, call, body if has_body else ABSENT)
            violations += in_schema_order(found, compiled)
        if compiled is not None and isinstance(body, dict):
            violations.extend(
                rules.check(body, compiled, schema_checks=False, path=path_args, answered=False)
            )
        return violations

    def openapi_errors(self, operation: Operation, call: Call, body: Any) -> list[Violation]:
        """openapi-core's verdict as violations (also the oracle of the fast path's tests)."""
        compiled = self.compiled.get(operation.operation_id)
        return only_type_errors_where_the_type_is_wrong(
            translate(self.judge.iter_errors(self.adapted(operation, call, body)), compiled)
        )

    def adapted(self, operation: Operation, call: Call, body: Any) -> OpenAPIRequest:
        """The request as openapi-core reads it, at a server its path item names (a relay-only
        route at the relay's); the body is the parsed one, serialised again (``ABSENT`` when none
        was sent)."""
        raw = None if body is ABSENT else json.dumps(body, ensure_ascii=False).encode()
        host_url, prefix = judged_server(self.index.bundle, operation.path)
        return OpenAPIRequest(
            host_url=host_url,
            path=prefix + official_path(call.path),
            path_pattern=prefix + operation.path,
            method=operation.method.lower(),
            body=raw,
            content_type="application/json" if raw is not None else call.content_type,
            parameters=RequestParameters(
                query=ImmutableMultiDict(call.query_items),
                header=Headers(list(call.headers.items())),
                cookie={},
                path=dict(call.path_args),
            ),
        )
