"""The operations of the bundled spec, typed: each one's kind, id and x-kling-* blocks.

The x-kling-* blocks decide the kind: ``x-kling-task`` creates a task, ``x-kling-query`` reads
tasks (``list`` in ``by`` makes it the list route), ``x-kling-sync`` or nothing answers at once.
The mock (routes, handlers) and the generator (client methods) both read operations from here,
so they agree on every operation's kind and on the id of one that declares no operationId.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum

from spec.designs import design_name
from spec.documents import Document, iter_operations
from spec.extensions import QuerySpec, SyncSpec, TaskSpec
from spec.refs import resolve

#: ``x-kling-query.of`` of a query that reads the tasks of every create operation.
EVERY_CREATE = "*"


class Kind(Enum):
    CREATE = "create"
    GET = "get"
    LIST = "list"
    SYNC = "sync"


@dataclass(frozen=True)
class Operation:
    """One operation of the spec: where it lives, what kind it is, its typed x-kling-* blocks."""

    operation_id: str
    method: str
    path: str
    kind: Kind
    family: str
    design: str = design_name(None)
    task: TaskSpec = field(default_factory=TaskSpec)
    query: QuerySpec = field(default_factory=QuerySpec)
    sync: SyncSpec = field(default_factory=SyncSpec)
    has_body: bool = False
    body_required: bool = False
    query_parameters: frozenset[str] = frozenset()
    raw: Document = field(default_factory=dict, compare=False, repr=False)

    @property
    def reads_every_create(self) -> bool:
        """A query whose ``of`` is ``"*"``: it reads the tasks of every create operation."""
        return self.query.of == EVERY_CREATE

    @property
    def target(self) -> str:
        """The create operation whose tasks a query (or a task-bound sync call) reads."""
        return self.query.of or self.sync.target or self.operation_id


def operation_id(method: str, path: str, raw: Document) -> str:
    """The declared operationId, else ``<method>_<path>`` (``post_/v1/things``)."""
    return str(raw.get("operationId") or f"{method.lower()}_{path}")


#: ``x-kling-query.by`` values that make a query a list (pages of tasks) rather than a lookup.
LIST_BY = frozenset({"list", "cursor"})


def kind_of(raw: Document) -> Kind:
    if "x-kling-task" in raw:
        return Kind.CREATE
    query = raw.get("x-kling-query")
    if isinstance(query, dict):
        return Kind.LIST if LIST_BY & set(query.get("by", [])) else Kind.GET
    return Kind.SYNC


def parameters(bundle: Document, path: str, raw: Document) -> list[Document]:
    """The resolved parameters of an operation: the path item's first, then its own."""
    declared = [*bundle["paths"][path].get("parameters", []), *raw.get("parameters", [])]
    found = (resolve(bundle, parameter) for parameter in declared)
    return [p for p in found if isinstance(p, dict)]


def typed(bundle: Document, path: str, method: str, raw: Document) -> Operation:
    """One raw operation of the bundle as an Operation."""
    body = resolve(bundle, raw["requestBody"]) if "requestBody" in raw else None
    query_names = (p["name"] for p in parameters(bundle, path, raw) if p.get("in") == "query")
    return Operation(
        operation_id=operation_id(method, path, raw),
        method=method.upper(),
        path=path,
        kind=kind_of(raw),
        family=str(raw.get("x-kling-family", "")),
        design=design_name(raw),
        task=TaskSpec.parse(raw.get("x-kling-task")),
        query=QuerySpec.parse(raw.get("x-kling-query")),
        sync=SyncSpec.parse(raw.get("x-kling-sync")),
        has_body=body is not None,
        body_required=bool(isinstance(body, dict) and body.get("required")),
        query_parameters=frozenset(query_names),
        raw=raw,
    )


def operations(bundle: Document) -> Iterator[Operation]:
    """Every operation of the bundle, typed, in document order."""
    for path, method, raw in iter_operations(bundle):
        yield typed(bundle, path, method, raw)


def by_id(bundle: Document) -> dict[str, Operation]:
    """operationId -> Operation for every operation of the bundle."""
    return {op.operation_id: op for op in operations(bundle)}
