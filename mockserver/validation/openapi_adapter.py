"""openapi-core, set up once per spec: the judge of every request the fast path does not accept.

The request adapter presents a Flask request as openapi-core expects it (host of the first server,
the gateway's ``/kling`` prefix stripped, the path template already known from routing). Only
openapi-core's public extension points are used: its parameters and body validators (security
is answered earlier by auth.py in Kling's own codes, which openapi-core cannot tell apart), a
schema validators factory that builds each jsonschema validator once per schema location, and a
path finder that remembers what it found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from openapi_core import Config, OpenAPI
from openapi_core.casting.schemas import oas31_types_caster
from openapi_core.casting.schemas.factories import SchemaCastersFactory
from openapi_core.datatypes import RequestParameters
from openapi_core.templating.paths.datatypes import PathOperationServer
from openapi_core.templating.paths.finders import APICallPathFinder
from openapi_core.validation.request.validators import (
    V31RequestBodyValidator,
    V31RequestParametersValidator,
)
from openapi_core.validation.schemas.factories import DialectSchemaValidatorsFactory
from openapi_schema_validator import OAS31_BASE_DIALECT_ID, OAS30ReadValidator, OAS31Validator

from mockserver.core.spec_index import GATEWAY_PREFIX
from spec.documents import Document

OFFICIAL_HOST = "https://api-singapore.klingai.com"


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


_VARIABLE = re.compile(r"\{([^{}]+)\}")


def _with_defaults(server: Any) -> str:
    """A server's URL with each variable at its default."""
    defaults = {
        str(name): str(variable.get("default", ""))
        for name, variable in (server.get("variables") or {}).items()
    }
    return _VARIABLE.sub(lambda found: defaults.get(found[1], found[1]), str(server["url"]))


def judged_server(bundle: Document, template: str) -> tuple[str, str]:
    """(host URL, path prefix) under which openapi-core finds the operation of ``template``: the
    first server of the path item (else of the document) that is not the gateway, else its first
    server with each variable at its default (``https://{relay}/kling`` -> ``https://yunwu.ai``
    and ``/kling``). The prefix goes on the request's path and path pattern, not on the host
    URL: openapi-core joins the two, and joining an absolute path drops a server's ``/kling``."""
    servers = bundle["paths"].get(template, {}).get("servers") or bundle.get("servers") or []
    urls = [_with_defaults(server) for server in servers]
    official = [url for url in urls if urlsplit(url).path.rstrip("/") != GATEWAY_PREFIX]
    chosen = (official or urls or [OFFICIAL_HOST])[0]
    parts = urlsplit(chosen)
    return f"{parts.scheme}://{parts.netloc}", parts.path.rstrip("/")


@dataclass(frozen=True)
class RequestJudge:
    """openapi-core's verdict on a request's parameters and body (security is not its job here)."""

    openapi: OpenAPI
    parameters: V31RequestParametersValidator
    body: V31RequestBodyValidator
    formats: Any  # the format checker its schema validators use (the fast path uses it too)

    def iter_errors(self, request: OpenAPIRequest) -> Iterator[Exception]:
        yield from self.parameters.iter_errors(request)
        yield from self.body.iter_errors(request)


def request_judge(bundle: Document) -> RequestJudge:
    """openapi-core's validators over a bundle (built once per spec)."""
    # The spec's own validity is tested in tests/spec; checking it here would cost a second.
    openapi = OpenAPI.from_dict(bundle, config=Config(spec_validator_cls=None))
    reused = ReusedSchemaValidators()
    options: dict[str, Any] = {
        "path_finder_cls": CachedPathFinder,
        "schema_validators_factory": reused,
        "schema_casters_factory": SchemaCastersFactory(reused, oas31_types_caster),
    }
    return RequestJudge(
        openapi,
        V31RequestParametersValidator(openapi.spec, **options),
        V31RequestBodyValidator(openapi.spec, **options),
        reused.format_checker,
    )
