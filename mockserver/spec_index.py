"""The operations of the bundled spec, classified by what the mock does with them.

The x-kling-* extensions decide the kind: ``x-kling-task`` creates a task, ``x-kling-query`` reads
tasks (``list`` in ``by`` makes it the list route), ``x-kling-sync`` (or nothing) answers at once.
Each operation is served under its official path and under the gateway's ``/kling`` prefix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from codegen.specload import Document, iter_operations, resolve

GATEWAY_PREFIX = "/kling"
_TEMPLATE_VAR = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class Kind(Enum):
    CREATE = "create"
    GET = "get"
    LIST = "list"
    SYNC = "sync"


@dataclass(frozen=True)
class Operation:
    """One operation of the spec and the extension values the mock acts on."""

    operation_id: str
    method: str
    path: str
    kind: Kind
    family: str
    task: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    sync: dict[str, Any] = field(default_factory=dict)
    has_body: bool = False
    body_required: bool = False
    query_parameters: frozenset[str] = frozenset()

    @property
    def werkzeug_path(self) -> str:
        """The path as a werkzeug rule: ``{task_id}`` becomes ``<task_id>``."""
        return _TEMPLATE_VAR.sub(r"<\1>", self.path)

    @property
    def target(self) -> str:
        """The create operation whose tasks a query (or a task-bound sync call) reads."""
        return str(self.query.get("of") or self.sync.get("target") or self.operation_id)


def _kind(operation: Document) -> Kind:
    if "x-kling-task" in operation:
        return Kind.CREATE
    query = operation.get("x-kling-query")
    if query is not None:
        return Kind.LIST if "list" in query.get("by", []) else Kind.GET
    return Kind.SYNC


def _query_names(bundle: Document, path: str, operation: Document) -> frozenset[str]:
    declared = [*bundle["paths"][path].get("parameters", []), *operation.get("parameters", [])]
    found = (resolve(bundle, parameter) for parameter in declared)
    return frozenset(p["name"] for p in found if isinstance(p, dict) and p.get("in") == "query")


def classify(bundle: Document, path: str, method: str, operation: Document) -> Operation:
    body = resolve(bundle, operation.get("requestBody")) if "requestBody" in operation else None
    return Operation(
        operation_id=str(operation.get("operationId") or f"{method} {path}"),
        method=method.upper(),
        path=path,
        kind=_kind(operation),
        family=str(operation.get("x-kling-family", "")),
        task=dict(operation.get("x-kling-task") or {}),
        query=dict(operation.get("x-kling-query") or {}),
        sync=dict(operation.get("x-kling-sync") or {"behaviour": "synthesize"}),
        has_body=body is not None,
        body_required=bool(body and body.get("required")),
        query_parameters=_query_names(bundle, path, operation),
    )


@dataclass(frozen=True)
class SpecIndex:
    """Every operation of a bundle, by operationId, plus the raw bundle for schema look-ups."""

    bundle: Document
    operations: dict[str, Operation]

    @classmethod
    def from_bundle(cls, bundle: Document) -> SpecIndex:
        operations = {}
        for path, method, raw in iter_operations(bundle):
            operation = classify(bundle, path, method, raw)
            operations[operation.operation_id] = operation
        return cls(bundle=bundle, operations=operations)

    def raw(self, operation: Operation) -> Document:
        node: Document = self.bundle["paths"][operation.path][operation.method.lower()]
        return node

    def of_kind(self, kind: Kind) -> Iterator[Operation]:
        return (op for op in self.operations.values() if op.kind is kind)

    def routes(self) -> Iterator[tuple[str, str, Operation]]:
        """(werkzeug rule, endpoint name, operation) for both the official and gateway forms."""
        for operation in self.operations.values():
            yield operation.werkzeug_path, operation.operation_id, operation
            yield (
                GATEWAY_PREFIX + operation.werkzeug_path,
                operation.operation_id + "@gateway",
                operation,
            )

    def _media(self, operation: Operation, status: str) -> Document:
        responses = self.raw(operation).get("responses", {})
        response = resolve(self.bundle, responses.get(status))
        if not isinstance(response, dict):
            return {}
        media: Document = response.get("content", {}).get("application/json", {})
        return media

    def response_schema(self, operation: Operation, status: str = "200") -> Document | None:
        """The resolved JSON schema of a response (None when the operation documents none)."""
        schema = self._media(operation, status).get("schema")
        return resolve(self.bundle, schema) if schema is not None else None

    def response_example(self, operation: Operation, status: str = "200") -> Any:
        """The documented example of a response (the first of ``examples``), or None."""
        media = self._media(operation, status)
        if "example" in media:
            return media["example"]
        for example in (media.get("examples") or {}).values():
            return resolve(self.bundle, example).get("value")
        return None
