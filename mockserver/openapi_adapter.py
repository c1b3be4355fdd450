"""openapi-core, set up once per app for the mock's hot path.

The request adapter presents a Flask request as openapi-core expects it (host of the first server,
the gateway's ``/kling`` prefix stripped, the path template already known from routing). The
validator subclass keeps openapi-core's verdicts but skips work that cannot change them between
requests: building the same jsonschema validators, finding the same path, walking empty
parameter lists, re-judging a parameter value it has judged before, and security (answered
earlier by auth.py in Kling's own codes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openapi_core import Config, OpenAPI
from openapi_core.casting.schemas import oas31_types_caster
from openapi_core.casting.schemas.factories import SchemaCastersFactory
from openapi_core.datatypes import Parameters, RequestParameters
from openapi_core.templating.paths.datatypes import PathOperationServer
from openapi_core.templating.paths.finders import APICallPathFinder
from openapi_core.validation.request.exceptions import ParameterValidationError
from openapi_core.validation.request.validators import V31RequestValidator
from openapi_core.validation.schemas.factories import DialectSchemaValidatorsFactory
from openapi_schema_validator import OAS31_BASE_DIALECT_ID, OAS30ReadValidator, OAS31Validator

from spec.documents import Document

from .spec_index import GATEWAY_PREFIX

OFFICIAL_HOST = "https://api-singapore.klingai.com"
VERDICT_CACHE_SIZE = 10_000


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


def request_validator(bundle: Document) -> tuple[OpenAPI, MockRequestValidator]:
    """The OpenAPI object of a bundle and the mock's validator over it (built once per spec)."""
    # The spec's own validity is tested in tests/spec; checking it here would cost a second.
    openapi = OpenAPI.from_dict(bundle, config=Config(spec_validator_cls=None))
    reused = ReusedSchemaValidators()
    validator = MockRequestValidator(
        openapi.spec,
        path_finder_cls=CachedPathFinder,
        schema_validators_factory=reused,
        schema_casters_factory=SchemaCastersFactory(reused, oas31_types_caster),
    )
    return openapi, validator
