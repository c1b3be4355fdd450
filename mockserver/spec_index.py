"""The operations of the bundled spec as the mock serves them, and their documented responses.

spec.operations types each operation (its kind, its x-kling-* blocks); this index keeps them by
operationId and gives each its routes: the official path and the gateway's ``/kling`` prefix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from spec.documents import Document
from spec.operations import DEFAULT_DESIGN, Kind, Operation, by_id
from spec.refs import resolve

__all__ = ["GATEWAY_PREFIX", "Kind", "Operation", "SpecIndex", "werkzeug_path"]

GATEWAY_PREFIX = "/kling"
_TEMPLATE_VAR = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def werkzeug_path(path: str) -> str:
    """A spec path as a werkzeug rule: ``{task_id}`` becomes ``<task_id>``."""
    return _TEMPLATE_VAR.sub(r"<\1>", path)


@dataclass(frozen=True)
class SpecIndex:
    """Every operation of a bundle, by operationId, plus the raw bundle for schema look-ups."""

    bundle: Document
    operations: dict[str, Operation]

    @classmethod
    def from_bundle(cls, bundle: Document) -> SpecIndex:
        return cls(bundle=bundle, operations=by_id(bundle))

    @property
    def designs(self) -> dict[str, Document]:
        """design name -> its block (``components.x-kling-designs``)."""
        found: dict[str, Document] = self.bundle.get("components", {}).get("x-kling-designs", {})
        return found

    def design(self, name: str) -> Document:
        """The block of a design (KeyError when spec/ names no such design)."""
        return self.designs[name]

    def design_of(self, operation_id: str) -> Document:
        """The design block of an operation (the default design for an unknown one)."""
        op = self.operations.get(operation_id)
        return self.design(op.design if op is not None else DEFAULT_DESIGN)

    def of_kind(self, kind: Kind) -> Iterator[Operation]:
        return (op for op in self.operations.values() if op.kind is kind)

    def routes(self) -> Iterator[tuple[str, str, Operation]]:
        """(werkzeug rule, endpoint name, operation) for both the official and gateway forms."""
        for operation in self.operations.values():
            rule = werkzeug_path(operation.path)
            yield rule, operation.operation_id, operation
            yield (
                GATEWAY_PREFIX + rule,
                operation.operation_id + "@gateway",
                operation,
            )

    def _media(self, operation: Operation, status: str) -> Document:
        responses = operation.raw.get("responses", {})
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
