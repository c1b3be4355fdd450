"""Helpers for the mock tests: ``MockAPI`` (talks to an app, spec-checks every answer) and
builders of example requests and images.

Every response that goes through ``MockAPI`` is validated against spec/ by openapi-core's
response validator (unknown routes and wrong methods against ErrorBody404), so each test that
talks to the mock also proves the answer is documented.
"""

from __future__ import annotations

import base64
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

import requests
from flask import Flask
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.templating.paths.exceptions import PathError
from openapi_core.validation.response.validators import V31ResponseValidator
from openapi_core.validation.schemas import oas31_schema_validators_factory
from PIL import Image
from werkzeug.datastructures import Headers, ImmutableMultiDict

from mockserver.core.spec_index import Operation, SpecIndex
from mockserver.core.state import state_of
from mockserver.testing import session_for
from mockserver.validation.openapi_adapter import OFFICIAL_HOST, OpenAPIRequest, official_path
from spec.refs import resolve

BASE = "http://127.0.0.1:4010"
#: A host the relays' server template (`https://{relay}/kling`) matches.
RELAY_HOST = "https://relay.invalid"
KEY = "test-key"


@dataclass
class _Response:
    status_code: int
    content_type: str
    headers: Any
    data: bytes


class SpecResponses:
    """Validates mock responses against the bundle with openapi-core."""

    def __init__(self, bundle: dict[str, Any]) -> None:
        self.openapi = OpenAPI.from_dict(bundle, config=Config(spec_validator_cls=None))
        self.validator = V31ResponseValidator(self.openapi.spec)
        schemas = self.openapi.spec / "components" / "schemas"
        self.not_found = oas31_schema_validators_factory.create(
            self.openapi.spec, schemas / "ErrorBody404"
        )

    def errors(self, response: requests.Response) -> list[str]:
        prepared = response.request
        url = urlsplit(prepared.url or "")
        adapted = OpenAPIRequest(
            host_url=OFFICIAL_HOST,
            path=official_path(url.path),
            path_pattern="",
            method=(prepared.method or "GET").lower(),
            body=None,
            content_type="application/json",
            parameters=RequestParameters(
                query=ImmutableMultiDict(), header=Headers(dict(prepared.headers))
            ),
        )
        answer = _Response(
            response.status_code,
            response.headers.get("Content-Type", ""),
            response.headers,
            response.content,
        )
        found = list(self.validator.iter_errors(adapted, answer))
        unrouted = found and all(isinstance(error, PathError) for error in found)
        if unrouted and url.path.startswith("/kling/"):  # a relay-only route
            relay = replace(adapted, host_url=RELAY_HOST, path=url.path)
            found = list(self.validator.iter_errors(relay, answer))
        if found and all(isinstance(error, PathError) for error in found):
            try:
                self.not_found.validate(response.json())
            except Exception as exc:
                return [f"not an ErrorBody404: {exc}"]
            return [] if response.status_code == 404 else ["unrouted answer is not a 404"]
        return [f"{error}: {error.__cause__}" for error in found]

    def assert_valid(self, response: requests.Response) -> None:
        problems = self.errors(response)
        assert not problems, f"{response.request.method} {response.url}: {problems}"


@dataclass
class MockAPI:
    """Talks to one app through ``session_for``; checks every API answer against the spec."""

    app: Flask
    responses: SpecResponses
    key: str = KEY
    prefix: str = ""
    session: requests.Session = field(init=False)

    def __post_init__(self) -> None:
        self.session = session_for(self.app)

    @property
    def index(self) -> SpecIndex:
        return state_of(self.app).index

    def headers(self, key: str | None, extra: Mapping[str, str] | None) -> dict[str, str]:
        chosen = self.key if key is None else key
        out = {"Authorization": f"Bearer {chosen}"} if chosen else {}
        return {**out, **(extra or {})}

    def call(
        self,
        method: str,
        path: str,
        *,
        key: str | None = None,
        headers: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> requests.Response:
        url = BASE + (path if path.startswith("/__mock") else self.prefix + path)
        response = self.session.request(method, url, headers=self.headers(key, headers), **kwargs)
        if not path.startswith("/__mock"):
            self.responses.assert_valid(response)
        return response

    def post(self, path: str, body: Any = None, **kwargs: Any) -> requests.Response:
        return self.call("POST", path, json=body, **kwargs)

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.call("GET", path, **kwargs)

    def advance(self, ms: int) -> dict[str, Any]:
        answer: dict[str, Any] = self.post("/__mock/clock", {"advance_ms": ms}).json()
        return answer

    def create(self, path: str, body: Mapping[str, Any], **kwargs: Any) -> dict[str, Any]:
        response = self.post(path, dict(body), **kwargs)
        assert response.status_code == 200, response.text
        data: dict[str, Any] = response.json()["data"]
        return data

    def image_task(self, key: str | None = None, **fields: Any) -> dict[str, Any]:
        """Create an image generation task (``fields`` go into the body)."""
        return self.create("/v1/images/generations", {"prompt": "a paper boat", **fields}, key=key)

    def task(self, task_id: str, path: str = "/v1/images/generations", **kw: Any) -> Any:
        return self.get(f"{path}/{task_id}", **kw)

    def operation(self, operation_id: str) -> Operation:
        return self.index.operations[operation_id]


#: Where examples' callbacks go in tests: the mock refuses hosts outside its allow-list (loopback),
#: and nothing listens on the discard port, so a delivery fails fast and reaches no one.
LOOPBACK_CALLBACK = "http://127.0.0.1:9/kling-callback"


def request_example(index: SpecIndex, op: Operation) -> Any:
    """The first documented request body example of an operation (or None), its
    ``callback_url`` (an example host) pointed at loopback."""
    body = resolve(index.bundle, op.raw.get("requestBody", {})) or {}
    media = body.get("content", {}).get("application/json", {})
    found = next(
        (resolve(index.bundle, e).get("value") for e in (media.get("examples") or {}).values()),
        media.get("example"),
    )
    if isinstance(found, dict) and "callback_url" in found:
        found = {**found, "callback_url": LOOPBACK_CALLBACK}
    return found


def query_example(index: SpecIndex, op: Operation) -> dict[str, Any]:
    """Values for an operation's required query parameters, from their examples."""
    found = {}
    for raw in op.raw.get("parameters", []):
        parameter = resolve(index.bundle, raw)
        if parameter.get("in") == "query" and parameter.get("required"):
            schema = resolve(index.bundle, parameter.get("schema", {}))
            found[parameter["name"]] = parameter.get("example", schema.get("example", 1))
    return found


def concrete(path: str, value: str) -> str:
    return re.sub(r"\{[^}]+\}", value, path)


def path_forms(index: SpecIndex, op: Operation) -> list[str]:
    """The operation's path with each value its (single) path parameter accepts, as a user
    would write it (``/text-to-video/kling-2.6``); the path itself when it has none."""
    declared = [
        *index.bundle["paths"][op.path].get("parameters", []),
        *op.raw.get("parameters", []),
    ]
    params = [resolve(index.bundle, p) for p in declared]
    choices = [p.get("schema", {}).get("enum") for p in params if p.get("in") == "path"]
    if len(choices) != 1 or not choices[0]:
        return [op.path]
    return [concrete(op.path, str(value)) for value in choices[0]]


def png_base64(width: int, height: int, fmt: str = "PNG") -> str:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 120, 40)).save(out, format=fmt)
    return base64.b64encode(out.getvalue()).decode()
