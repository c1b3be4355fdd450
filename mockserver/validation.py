"""Request validation: openapi-core against the spec, then the x-kling-* rules.

openapi-core sees each request as if it reached the first server of the spec
(https://api-singapore.klingai.com) with the gateway's ``/kling`` prefix stripped. Its errors, and
the jsonschema errors inside them, become ``Violation``s worded by the shared rules engine
(``codegen.runtime.rules.describe``), so the mock and the generated client say the same thing.
All violations are reported together in one 400/1201 answer.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from flask import Request
from jsonschema.exceptions import (  # type: ignore[import-untyped]
    ValidationError as SchemaError,
)
from jsonschema.exceptions import best_match
from openapi_core import Config, OpenAPI
from openapi_core.casting.schemas import oas31_types_caster
from openapi_core.casting.schemas.factories import SchemaCastersFactory
from openapi_core.datatypes import Parameters, RequestParameters
from openapi_core.deserializing.exceptions import DeserializeError
from openapi_core.deserializing.styles.exceptions import EmptyQueryParameterValue
from openapi_core.templating.paths.datatypes import PathOperationServer
from openapi_core.templating.paths.finders import APICallPathFinder
from openapi_core.validation.request.exceptions import (
    MissingRequiredParameter,
    MissingRequiredRequestBody,
    ParameterValidationError,
    RequestBodyValidationError,
)
from openapi_core.validation.request.validators import V31RequestValidator
from openapi_core.validation.schemas.exceptions import InvalidSchemaValue
from openapi_core.validation.schemas.factories import DialectSchemaValidatorsFactory
from openapi_schema_validator import OAS31_BASE_DIALECT_ID, OAS30ReadValidator, OAS31Validator

from codegen.runtime import rules
from codegen.runtime.rules import Violation

from .errors import KlingError
from .spec_index import GATEWAY_PREFIX, Operation, SpecIndex

OFFICIAL_HOST = "https://api-singapore.klingai.com"
VERDICT_CACHE_SIZE = 10_000
JSON_TYPES = ("application/json",)


class ReusedSchemaValidators(DialectSchemaValidatorsFactory):
    """openapi-core's OAS 3.1 schema validators, each built once per schema location.

    openapi-core builds a jsonschema validator (and deep-copies a format checker) for every
    schema on every request; a validator is stateless, so one per location serves them all.
    """

    def __init__(self) -> None:
        super().__init__(
            OAS31Validator, OAS31_BASE_DIALECT_ID, format_checker=OAS30ReadValidator.FORMAT_CHECKER
        )
        self._made: dict[tuple[Any, ...], Any] = {}

    def create(self, spec: Any, schema: Any, *args: Any, **kwargs: Any) -> Any:
        key = (tuple(schema.parts), *(id(a) for a in args), *sorted(kwargs.items(), key=str))
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = super().create(spec, schema, *args, **kwargs)
        return made


class MockRequestValidator(V31RequestValidator):
    """openapi-core's request validator with three shortcuts that keep its verdicts.

    Security is skipped: auth.py has already answered 401s in Kling's codes (1001-1004), which
    openapi-core cannot tell apart. Operations without parameters skip the parameter walk.
    A parameter's verdict is remembered per raw value (polling asks about the same id often).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._no_parameters: dict[tuple[Any, ...], bool] = {}
        self._names: dict[tuple[Any, ...], tuple[str, str]] = {}
        self._verdicts: dict[tuple[Any, ...], tuple[bool, Any]] = {}

    def _get_security(self, parameters: Any, operation: Any) -> dict[str, str]:
        return {}

    def _get_parameters(self, parameters: Any, operation: Any, path: Any) -> Any:
        key = (tuple(operation.parts), tuple(path.parts))
        empty = self._no_parameters.get(key)
        if empty is None:
            empty = "parameters" not in operation and "parameters" not in path
            self._no_parameters[key] = empty
        return Parameters() if empty else super()._get_parameters(parameters, operation, path)

    def _get_parameter(self, parameters: Any, param: Any) -> Any:
        where = tuple(param.parts)
        names = self._names.get(where)
        if names is None:
            names = self._names[where] = ((param / "name").read_str(), (param / "in").read_str())
        name, location = names
        source = parameters[location]
        raw = tuple(source.getlist(name)) if hasattr(source, "getlist") else source.get(name)
        key = (where, name in source, raw)
        known = self._verdicts.get(key)
        if known is None:
            try:
                known = (True, super()._get_parameter(parameters, param))
            except ParameterValidationError as exc:
                known = (False, exc)
            if len(self._verdicts) > VERDICT_CACHE_SIZE:
                self._verdicts.clear()
            self._verdicts[key] = known
        passed, value = known
        if not passed:
            raise value
        return value


class CachedPathFinder(APICallPathFinder):
    """openapi-core's path finder, remembering each (method, path template) it resolved."""

    def __init__(self, spec: Any, base_url: str | None = None) -> None:
        super().__init__(spec, base_url=base_url)
        self._found: dict[tuple[str, str], PathOperationServer] = {}

    def find(self, method: str, name: str) -> PathOperationServer:
        key = (method, name)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = super().find(method, name)
        return found


@dataclass
class OpenAPIRequest:
    """The shape openapi-core reads; ``path_pattern`` is the spec's template, known from routing."""

    host_url: str
    path: str
    path_pattern: str
    method: str
    body: bytes | None
    content_type: str
    parameters: RequestParameters = field(default_factory=RequestParameters)


def official_path(path: str) -> str:
    return path[len(GATEWAY_PREFIX) :] if path.startswith(GATEWAY_PREFIX + "/") else path


def _join(base: str, part: str | int) -> str:
    if isinstance(part, int):
        return f"{base}[{part}]"
    return f"{base}.{part}" if base else part


def schema_violations(error: SchemaError, base: str = "") -> Iterator[Violation]:
    """One jsonschema error in the shared wording (required and extra fields one by one)."""
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
    if keyword in ("oneOf", "anyOf") and error.context:
        best = best_match(error.context)
        if best is not None:
            yield from schema_violations(best, base)
            return
    yield Violation(where, keyword, rules.describe(where, keyword, error.validator_value))


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


def translate(errors: Iterable[Exception]) -> list[Violation]:
    """openapi-core's request errors as violations; body-shape problems raise 1200 directly."""
    found: list[Violation] = []
    for error in errors:
        if isinstance(error, ParameterValidationError):
            found.extend(_parameter_violations(error))
        elif isinstance(error, MissingRequiredRequestBody):
            raise KlingError(1200, "the request body is missing; send a JSON object")
        elif isinstance(error, RequestBodyValidationError):
            cause = error.__cause__
            if not isinstance(cause, InvalidSchemaValue):
                raise KlingError(1200, f"the request body cannot be read: {cause or error}")
            for schema_error in cause.schema_errors:
                found.extend(schema_violations(schema_error))
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


def unknown_query_parameters(operation: Operation, request: Request) -> list[Violation]:
    return [
        Violation(name, "additionalProperties", rules.describe(name, "additionalProperties", False))
        for name in request.args
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
    """Built once per app: the openapi-core validator and the compiled x-kling schemas."""

    def __init__(self, index: SpecIndex) -> None:
        from codegen import compile as spec_compile

        self.index = index
        # The spec's own validity is tested in tests/spec; checking it here would cost a second.
        self.openapi = OpenAPI.from_dict(index.bundle, config=Config(spec_validator_cls=None))
        reused = ReusedSchemaValidators()
        self.validator = MockRequestValidator(
            self.openapi.spec,
            path_finder_cls=CachedPathFinder,
            schema_validators_factory=reused,
            schema_casters_factory=SchemaCastersFactory(reused, oas31_types_caster),
        )
        self.compiled: dict[str, dict[str, Any] | None] = {
            op.operation_id: spec_compile.request_schema(index.bundle, index.raw(op))
            for op in index.operations.values()
            if op.has_body
        }

    def read_body(self, operation: Operation, request: Request) -> tuple[bytes | None, Any]:
        """The raw and parsed body; a wrong content type or malformed JSON is a 1200."""
        if not operation.has_body:
            return None, None
        raw = request.get_data(cache=True)
        if not raw:
            return None, None
        if request.mimetype not in JSON_TYPES:
            shown = request.mimetype or "none"
            raise KlingError(1200, f"Content-Type must be application/json (got {shown})")
        try:
            return raw, json.loads(raw)
        except ValueError as exc:
            raise KlingError(1200, f"the request body is not valid JSON: {exc}") from exc

    def check(self, operation: Operation, request: Request, path_args: dict[str, Any]) -> Any:
        """The parsed body once every check passed; otherwise a KlingError listing violations."""
        raw, body = self.read_body(operation, request)
        adapted = OpenAPIRequest(
            host_url=OFFICIAL_HOST,
            path=official_path(request.path),
            path_pattern=operation.path,
            method=operation.method.lower(),
            body=raw,
            content_type="application/json" if raw is not None else request.content_type or "",
            parameters=RequestParameters(
                query=request.args, header=request.headers, cookie=request.cookies, path=path_args
            ),
        )
        compiled = self.compiled.get(operation.operation_id)
        found = only_type_errors_where_the_type_is_wrong(
            translate(self.validator.iter_errors(adapted))
        )
        violations = unknown_query_parameters(operation, request) + in_schema_order(found, compiled)
        if compiled is not None and isinstance(body, dict):
            violations.extend(rules.check(body, compiled, schema_checks=False))
        raise_for(violations)
        return body
