"""The operations of the bundled spec as the mock serves them, and their documented responses.

spec.operations types each operation (its kind, its x-kling-* blocks); this index keeps them by
operationId and gives each its routes: the official path and the gateway's ``/kling`` prefix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from spec.compile import request_schema as compile_request
from spec.designs import Design, design_name, designs_of
from spec.documents import Document
from spec.operations import Kind, Operation, by_id
from spec.refs import resolve

__all__ = ["GATEWAY_PREFIX", "GATEWAY_SUFFIX", "Kind", "Operation", "SpecIndex", "werkzeug_path"]

#: The endpoint suffix of an operation's route in the gateway's ``/kling`` form.
GATEWAY_SUFFIX = "@gateway"
GATEWAY_PREFIX = "/kling"
_TEMPLATE_VAR = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
#: An OpenAPI callback URL expression that reads the request body: ``{$request.body#/a/b}``.
_BODY_EXPRESSION = re.compile(r"\{\$request\.body#(?P<pointer>/[^}]*)\}")


def werkzeug_path(path: str) -> str:
    """A spec path as a werkzeug rule: ``{task_id}`` becomes ``<task_id>``."""
    return _TEMPLATE_VAR.sub(r"<\1>", path)


@dataclass(frozen=True)
class SpecIndex:
    """Every operation of a bundle, by operationId, plus the raw bundle for schema look-ups."""

    bundle: Document
    operations: dict[str, Operation]
    designs: dict[str, Design] = field(default_factory=dict)
    """design name -> its typed words (``components.x-kling-designs``)."""
    _body_fields: dict[tuple[str, str], str | None] = field(
        default_factory=dict, compare=False, repr=False
    )
    _responses: dict[tuple[str, str], Document | None] = field(
        default_factory=dict, compare=False, repr=False
    )
    """Resolved response schemas, by (operationId, status): asked on every request."""

    @classmethod
    def from_bundle(cls, bundle: Document) -> SpecIndex:
        return cls(bundle=bundle, operations=by_id(bundle), designs=designs_of(bundle))

    def design(self, name: str) -> Design:
        """A design by name (KeyError when spec/ names no such design)."""
        return self.designs[name]

    def design_of(self, operation_id: str) -> Design:
        """The design of an operation (the default design for an unknown one)."""
        op = self.operations.get(operation_id)
        return self.design(op.design if op is not None else design_name(None))

    def of_kind(self, kind: Kind) -> Iterator[Operation]:
        return (op for op in self.operations.values() if op.kind is kind)

    def routes(self) -> Iterator[tuple[str, str, Operation]]:
        """(werkzeug rule, endpoint name, operation): the official form where a server of the
        path item (else of the document) is official, and the gateway's ``/kling`` form where
        one is the gateway (a relay-only query has only that form)."""
        for operation in self.operations.values():
            rule = werkzeug_path(operation.path)
            if self.official_serves(operation.path):
                yield rule, operation.operation_id, operation
            if self.gateway_serves(operation.path):
                yield (
                    GATEWAY_PREFIX + rule,
                    operation.operation_id + GATEWAY_SUFFIX,
                    operation,
                )

    def operation_of(self, endpoint: str | None) -> Operation | None:
        """The operation a routed request is (by the endpoint name ``routes`` gave it)."""
        return self.operations.get((endpoint or "").removesuffix(GATEWAY_SUFFIX))

    def _server_prefixes(self, path: str) -> list[str]:
        servers = self.bundle["paths"].get(path, {}).get("servers") or self.bundle.get("servers")
        return [urlsplit(str(s.get("url", ""))).path.rstrip("/") for s in servers or []]

    def gateway_serves(self, path: str) -> bool:
        """Whether a server of the path (its own list, else the bundle's) is the gateway."""
        return GATEWAY_PREFIX in self._server_prefixes(path)

    def official_serves(self, path: str) -> bool:
        """Whether a server of the path (its own list, else the bundle's) is not the gateway."""
        prefixes = self._server_prefixes(path)
        return not prefixes or any(prefix != GATEWAY_PREFIX for prefix in prefixes)

    def body_field(self, operation: Operation, name: str) -> str | None:
        """Where a create's body carries the field ``name`` (``callback_url``,
        ``external_task_id``): the path its ``callbacks`` expression names, else the top level
        or one object down (``options.external_task_id``), as the request schema declares it."""
        key = (operation.operation_id, name)
        if key not in self._body_fields:
            self._body_fields[key] = self._find_body_field(operation, name)
        return self._body_fields[key]

    def _find_body_field(self, operation: Operation, name: str) -> str | None:
        for callback in (operation.raw.get("callbacks") or {}).values():
            for expression in callback if isinstance(callback, dict) else ():
                found = _BODY_EXPRESSION.fullmatch(str(expression))
                if found and found["pointer"].rsplit("/", 1)[-1] == name:
                    return found["pointer"].strip("/").replace("/", ".")
        schema = compile_request(self.bundle, operation.raw) if operation.has_body else None
        properties = (schema or {}).get("properties") or {}
        if name in properties:
            return name
        for parent, node in properties.items():
            if name in ((node or {}).get("properties") or {}):
                return f"{parent}.{name}"
        return None

    def every_create_query(self, design: str, kind: Kind) -> Operation | None:
        """The query of ``kind`` that reads every create (``of: "*"``) in a design's words."""
        found = (op for op in self.of_kind(kind) if op.reads_every_create and op.design == design)
        return next(found, None)

    def _media(self, operation: Operation, status: str) -> Document:
        responses = operation.raw.get("responses", {})
        response = resolve(self.bundle, responses.get(status))
        if not isinstance(response, dict):
            return {}
        media: Document = response.get("content", {}).get("application/json", {})
        return media

    def response_schema(self, operation: Operation, status: str = "200") -> Document | None:
        """The resolved JSON schema of a response (None when the operation documents none);
        resolved once per operation and status (the bundle is read-only)."""
        key = (operation.operation_id, status)
        if key not in self._responses:
            schema = self._media(operation, status).get("schema")
            self._responses[key] = resolve(self.bundle, schema) if schema is not None else None
        return self._responses[key]

    def answer_data(self, operation: Operation) -> Document | None:
        """The resolved schema of the 200 answer's ``data`` (None when it documents none)."""
        key = (operation.operation_id, "200 data")
        if key not in self._responses:
            data = ((self.response_schema(operation) or {}).get("properties") or {}).get("data")
            found = resolve(self.bundle, data) if isinstance(data, dict) else None
            self._responses[key] = found if isinstance(found, dict) else None
        return self._responses[key]

    def response_example(self, operation: Operation, status: str = "200") -> Any:
        """The documented example of a response (the first of ``examples``), or None."""
        media = self._media(operation, status)
        if "example" in media:
            return media["example"]
        for example in (media.get("examples") or {}).values():
            return resolve(self.bundle, example).get("value")
        return None
