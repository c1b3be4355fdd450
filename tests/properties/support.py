"""What the property tests share: the operations with request bodies, sessions into the mock
that spec-check every answer, and an offline session that proves a call never left the client.
"""

from __future__ import annotations

import functools
import uuid
import warnings
from dataclasses import dataclass
from typing import Any

import requests
from kling_client import DeviationWarning, InvalidRequestError, KlingClient

from mockserver.core.spec_index import Kind, SpecIndex
from mockserver.testing import session_for
from spec.compile import request_schema
from spec.documents import iter_operations, load_bundle
from spec.refs import resolve
from tests.mock.mockapi import SpecResponses

BASE_URL = "http://127.0.0.1:4010"


@functools.cache
def spec_schemas() -> dict[str, dict[str, Any]]:
    """operationId -> request schema compiled from spec/ (never from the client under test)."""
    bundle = load_bundle()
    compiled = {
        op["operationId"]: request_schema(bundle, op) for _, _, op in iter_operations(bundle)
    }
    return {operation_id: schema for operation_id, schema in compiled.items() if schema}


@dataclass(frozen=True)
class PolledCreate:
    """A create whose task is polled: its operation, family, x-kling-task and the spec's example."""

    operation_id: str
    family: str
    task: dict[str, Any]
    example: dict[str, Any]  #: the first request example, without its external_task_id


@functools.cache
def polled_creates() -> tuple[PolledCreate, ...]:
    """Every create of the spec whose task is polled through its own family's queries (all but
    the immediate ones), in spec order.

    Creates read only through a query of every create (the current design's ``/tasks``) are left
    out: the client reads those through ``client.tasks``, not through the family's ``wait``
    (the relays' query at the submit path is the mock's alone, not the client's).
    """
    index = SpecIndex.from_bundle(load_bundle())
    read_by_family = {
        op.target
        for op in index.of_kind(Kind.GET)
        if not op.reads_every_create and index.official_serves(op.path)  # not the relays' query
    }
    found = []
    for _, _, op in iter_operations(index.bundle):
        task = op.get("x-kling-task")
        if not task or task.get("immediate") or op["operationId"] not in read_by_family:
            continue
        media = op["requestBody"]["content"]["application/json"]
        example = next(iter((media.get("examples") or {}).values()))["value"]
        body = {k: v for k, v in example.items() if k != "external_task_id"}
        found.append(PolledCreate(op["operationId"], op["x-kling-family"], task, body))
    return tuple(found)


def resource_of(client: KlingClient, family: str) -> Any:
    """The client resource of a dotted family name (``images.generations``)."""
    return functools.reduce(getattr, family.split("."), client)


def body_operations() -> list[str]:
    """Every operation that takes a JSON body."""
    return sorted(spec_schemas())


class SpecCheckedSession:
    """A session into a mock app that validates every answer against spec/ as it arrives."""

    def __init__(self, app: Any, spec: SpecResponses) -> None:
        self.app = app
        self.session = session_for(app)
        self.spec = spec
        self.violations: list[str] = []
        self.session.hooks["response"].append(self._check)

    def _check(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        if "/__mock/" in response.url:
            return  # the mock's own admin and asset routes are not part of the Kling API
        for error in self.spec.errors(response):
            self.violations.append(f"{response.request.method} {response.url}: {error}")


class NetworkForbidden(Exception):
    """Raised by the offline session: the client tried to send."""


class _Offline(requests.adapters.BaseAdapter):
    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> Any:
        raise NetworkForbidden(request.url)

    def close(self) -> None:
        """Nothing to release."""


def offline_session() -> requests.Session:
    """A session that refuses to send: a client call either raises before sending or hits this."""
    session = requests.Session()
    session.mount("http://", _Offline())
    session.mount("https://", _Offline())
    return session


#: The business codes of a refused request (unreadable body, broken rule).
VALIDATION_CODES = {1200, 1201}


@functools.cache
def unknown_model_refusals() -> frozenset[tuple[int, str, str]]:
    """(code, words before, words after the value) of each design's refusal of a model its route
    does not list (a 1203 on the legacy design, as live answers an unknown model_name)."""
    found = set()
    for design in SpecIndex.from_bundle(load_bundle()).designs.values():
        if design.unknown_model is not None:
            code, message = design.unknown_model
            before, _, after = message.partition("{value}")
            found.add((code, before, after))
    return frozenset(found)


@functools.cache
def reference_refusals() -> frozenset[tuple[int, str, str]]:
    """(code, words before, words after the id) of each ``x-kling-refers`` refusal: the account
    does not hold what the body names, which only the mock can know (not a broken rule)."""
    found = set()
    for _, _, op in iter_operations(load_bundle()):
        for node in _nodes(request_schema(load_bundle(), op) or {}):
            refers = node.get("x-kling-refers")
            if isinstance(refers, dict):
                before, _, after = str(refers["message"]).partition("{value}")
                found.add((int(refers.get("code", 1201)), before, after))
    return frozenset(found)


def _nodes(node: Any) -> Any:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _nodes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _nodes(value)


def refuses_a_reference(code: int, message: str) -> bool:
    """The answer says the account does not hold an id the body names."""
    return any(
        code == known and message.startswith(before) and message.endswith(after)
        for known, before, after in reference_refusals()
    )


def refuses_the_model(code: int, message: str) -> bool:
    """The answer is a design's refusal of an unknown model (a refused request, not a lookup)."""
    return any(
        code == known and message.startswith(before) and message.endswith(after)
        for known, before, after in unknown_model_refusals()
    )


#: Path parameter values of a call (None: its path has none).
Path = dict[str, str] | None
#: ("accepted" | "refused", business code, the violation messages).
Verdict = tuple[str, int | None, frozenset[str]]


def client_verdict(
    operation_id: str, body: dict[str, Any], strict: bool = True, path: Path = None
) -> Verdict:
    """What the client alone says of a body: refused before sending, or sent (to no network)."""
    client = KlingClient(
        api_key="offline", base_url=BASE_URL, session=offline_session(), strict=strict
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeviationWarning)
            client.request(operation_id, path_params=path, body=body)
    except InvalidRequestError as error:
        return ("refused", error.code, frozenset(error.message.split("; ")))
    except NetworkForbidden:
        return ("accepted", None, frozenset())
    raise AssertionError("the client neither refused nor tried to send")


def fresh_key() -> str:
    """A new account: external ids and tasks of earlier examples cannot interfere."""
    return f"prop-{uuid.uuid4().hex}"


@functools.cache
def path_choices(operation_id: str) -> dict[str, tuple[Any, ...]]:
    """path parameter -> the values it accepts (its enum), for operations whose path has any."""
    index = SpecIndex.from_bundle(load_bundle())
    op = index.operations[operation_id]
    declared = [
        *index.bundle["paths"][op.path].get("parameters", []),
        *op.raw.get("parameters", []),
    ]
    params = [resolve(index.bundle, p) for p in declared]
    return {
        p["name"]: tuple(p["schema"]["enum"])
        for p in params
        if p.get("in") == "path" and p.get("schema", {}).get("enum")
    }
