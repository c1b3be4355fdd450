"""The intermediate model: what the templates see.

Small dataclasses built from the bundled spec by ``codegen.build``. They hold every decision
(names, annotations, docstrings, which methods a resource gets) so the templates only loop over them
and print their attributes. Fields, models and results live in ``codegen.fields``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from codegen.fields import Alias, Field, Model, Result, sentence
from codegen.naming import pascal
from codegen.typerefs import LiteralOf, tag_of
from spec.errors import ErrorCode
from spec.renames import FamilyRename

__all__ = [
    "Alias",
    "Api",
    "Batch",
    "Cursor",
    "DesignWords",
    "Field",
    "Model",
    "Operation",
    "OperationKind",
    "Resource",
    "Result",
    "RetryPolicy",
]

OperationKind = Literal["create", "get", "list", "sync"]
RetryPolicy = Literal["always", "with_id", "never"]


@dataclass(frozen=True)
class DesignWords:
    """A design's words for a task, as the client's ``TaskWords`` takes them (read from the
    spec's ``Design``): the fields of its id, status, failure reason, result and external id,
    and how its two final statuses are spelled."""

    name: str
    id: str
    status: str
    message: str
    results: str
    external_id: str
    succeeded: str
    failed: str
    outputs: tuple[tuple[str, str], ...] = ()
    """(result array name, output ``type``) of a design whose results are typed ``outputs[]``."""

    NAMES = ("id", "status", "message", "results", "external_id", "succeeded", "failed")

    @property
    def literal(self) -> str:
        """The runtime's ``TaskWords`` with these words, as Python source."""
        return "TaskWords(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in self.NAMES) + ")"

    @property
    def reference(self) -> str:
        """This design's words as the generated code names them."""
        return f"DESIGNS[{self.name!r}]"


@dataclass(frozen=True)
class Narrowing:
    """``task.videos()``: the outputs of one type of a design's task, typed as their class."""

    method: str
    model: str
    type: str
    field: str


@dataclass(frozen=True)
class Batch:
    """``x-kling-query.batch``: the query parameters that carry ids, and their separator."""

    params: tuple[str, ...]
    separator: str
    words: DesignWords
    max_total: int
    exactly_one: bool
    messages: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Cursor:
    """``x-kling-query.paging`` with ``style: cursor``: the parameter that takes the cursor,
    where a page keeps its items, next cursor and "more" flag, and the items' model."""

    param: str
    items: str
    next: str
    more: str
    item_model: str

    @property
    def words_literal(self) -> str:
        """The runtime's ``CursorWords``, as Python source."""
        return f"CursorWords(items={self.items!r}, next={self.next!r}, more={self.more!r})"


@dataclass(frozen=True)
class Operation:
    """One OpenAPI operation as one client method."""

    operation_id: str
    kind: OperationKind
    http_method: str
    path: str
    method_name: str
    summary: str
    description: str
    result: Result
    path_params: tuple[Field, ...] = ()
    query_params: tuple[Field, ...] = ()
    body_fields: tuple[Field, ...] = ()
    has_body: bool = False
    retry: RetryPolicy = "never"
    id_field: str | None = None
    external_id_param: Field | None = None
    immediate: bool = False
    example: dict[str, Any] | None = None
    batch: Batch | None = None
    cursor: Cursor | None = None
    words: DesignWords | None = None
    """The words of the design the operation answers in."""

    @property
    def batch_route_literal(self) -> str:
        """The runtime's ``BatchRoute`` for this batch query, as Python source."""
        assert self.batch is not None
        batch = self.batch
        return (
            f"BatchRoute(path={self.path!r}, operation={self.operation_id!r}, "
            f"params={batch.params!r}, separator={batch.separator!r}, "
            f"words={batch.words.reference}, max_total={batch.max_total!r}, "
            f"exactly_one={batch.exactly_one!r}, messages={dict(batch.messages)!r})"
        )

    @property
    def path_example(self) -> str:
        """Path values for an example call: each path parameter's first enum value."""
        values = []
        for param in self.path_params:
            known = param.type.values if isinstance(param.type, LiteralOf) else ()
            values.append(repr(known[0] if known else param.python_name))
        return ", ".join(values)

    @property
    def route_constant(self) -> str:
        """The module-level name of this batch query's ``BatchRoute``."""
        return re.sub(r"(?<!^)(?=[A-Z])", "_", self.operation_id).upper() + "_ROUTE"

    @property
    def batch_params(self) -> tuple[Field, ...]:
        """The id parameters of a batch query, the task-id one first."""
        assert self.batch is not None
        by_key = {f.key: f for f in self.query_params}
        return tuple(by_key[key] for key in self.batch.params if key in by_key)

    @property
    def cursor_kwargs(self) -> tuple[Field, ...]:
        """A cursor list's keyword arguments minus the cursor (``iter`` passes it on)."""
        assert self.cursor is not None
        return tuple(f for f in self.kwargs if f.key != self.cursor.param)

    @property
    def example_call(self) -> str | None:
        """The first request example of the spec as keyword arguments, when it maps onto them."""
        if self.example is None:
            return None
        names = {f.key: f.python_name for f in self.body_fields + self.query_params}
        if not set(self.example) <= set(names):
            return None
        return ", ".join(f"{names[key]}={value!r}" for key, value in self.example.items())

    @property
    def kwargs(self) -> tuple[Field, ...]:
        """Keyword arguments in the order users read them: required first, then the rest."""
        fields = self.query_params + self.body_fields
        return tuple(f for f in fields if f.required) + tuple(f for f in fields if not f.required)

    @property
    def doc_title(self) -> str:
        return sentence(self.summary or self.operation_id)

    @property
    def doc_body(self) -> str:
        return sentence(self.description)

    @property
    def path_template(self) -> str:
        """The path as an f-string body: ``/v1/x/{task_id}`` with python names in the slots."""
        text = self.path
        for param in self.path_params:
            text = text.replace("{" + param.key + "}", "{" + param.python_name + "}")
        return text

    @property
    def iter_kwargs(self) -> tuple[Field, ...]:
        """A list route's keyword arguments minus the page number (``iter`` walks the pages)."""
        return tuple(f for f in self.kwargs if f.python_name != "page_num")

    @property
    def pages(self) -> bool:
        """Whether this is a paged list of models (``page_num``/``page_size`` and a list result)."""
        names = {f.python_name for f in self.query_params}
        return self.result.kind == "models" and {"page_num", "page_size"} <= names

    @property
    def page_size_default(self) -> int:
        """The page size the server uses when none is sent (ends the page loop of ``iter``)."""
        for param in self.query_params:
            if param.python_name == "page_size" and isinstance(param.default, int):
                return param.default
        return 30

    @property
    def page_limit(self) -> int:
        """The highest page number the list route accepts."""
        for param in self.query_params:
            if param.python_name == "page_num":
                for constraint in param.constraints:
                    if constraint.startswith("<= "):
                        return int(constraint[3:])
        return 1000


@dataclass
class Resource:
    """A node of ``client.<a>.<b>``: its task methods, its synchronous methods and its children."""

    path: tuple[str, ...]
    description: str = ""
    create_op: Operation | None = None
    get_op: Operation | None = None
    list_op: Operation | None = None
    sync: list[Operation] = field(default_factory=list)
    children: list[Resource] = field(default_factory=list)
    reader: Operation | None = None
    """For a create with the model in the path: the batch query that reads its tasks, which
    ``create_and_wait`` polls."""

    @property
    def class_name(self) -> str:
        return "".join(pascal(part) for part in self.path) + "Resource"

    @property
    def attribute(self) -> str:
        return self.path[-1]

    @property
    def dotted(self) -> str:
        return ".".join(self.path)

    @property
    def doc_title(self) -> str:
        """``client.a.b``, and what the family does when the spec says so."""
        summary = self.description
        if not summary and self.create_op is not None:
            summary = self.create_op.summary
        return f"``client.{self.dotted}``" + (f": {sentence(summary)}" if summary else ".")

    @property
    def module(self) -> str:
        return self.path[0]

    @property
    def binds_path(self) -> bool:
        """A create whose path has parameters (the model in the path): ``client.a.b("m")``
        returns a resource bound to those values (class ``bound_class_name``)."""
        return self.create_op is not None and bool(self.create_op.path_params)

    @property
    def example_target(self) -> str:
        """``client.a.b`` as an example call reaches it (bound to path values when it binds)."""
        if self.binds_path and self.create_op is not None:
            return f"client.{self.dotted}({self.create_op.path_example})"
        return f"client.{self.dotted}"

    @property
    def bound_class_name(self) -> str:
        return self.class_name.removesuffix("Resource") + "BoundResource"

    @property
    def can_wait(self) -> bool:
        return self.get_op is not None and self.get_op.result.kind == "model"

    @property
    def can_create_and_wait(self) -> bool:
        if self.create_op is None or self.create_op.result.kind != "model":
            return False
        if self.binds_path:
            return self.reader is not None
        return self.can_wait or self.create_op.immediate

    @property
    def batch_op(self) -> Operation | None:
        """The synchronous batch query this resource serves (its class then waits through it)."""
        return next((op for op in self.sync if op.batch is not None), None)

    @property
    def can_iter(self) -> bool:
        return self.list_op is not None and self.list_op.pages

    @property
    def can_get_by_external_id(self) -> bool:
        return (
            self.list_op is not None
            and self.list_op.external_id_param is not None
            and self.list_op.result.kind == "models"
        )

    @property
    def shares_task_queries(self) -> bool:
        """Whether the runtime's ``TaskQueries`` serves get/get_by_external_id/wait/list/iter.

        True for a family read the standard way: a single-task route with one ``task_id`` slot
        and a paged list route with the ``external_task_id`` lookup, both answering one model.
        """
        get, listing = self.get_op, self.list_op
        if get is None or listing is None:
            return False
        return (
            [field.key for field in get.path_params] == ["task_id"]
            and not get.query_params
            and {field.key for field in listing.query_params} == {"pageNum", "pageSize"}
            and listing.pages
            and self.can_wait
            and self.can_get_by_external_id
            and get.result.model == listing.result.model
        )

    @property
    def operations(self) -> tuple[Operation, ...]:
        found = [op for op in (self.create_op, self.get_op, self.list_op) if op is not None]
        return tuple(found) + tuple(self.sync)

    @property
    def method_names(self) -> tuple[str, ...]:
        names: list[str] = []
        if self.create_op:
            names.append("create")
        if self.can_create_and_wait:
            names.append("create_and_wait")
        if self.get_op:
            names.append("get")
        if self.can_get_by_external_id:
            names.append("get_by_external_id")
        if self.can_wait:
            names.append("wait")
        if self.list_op:
            names.append("list")
        if self.can_iter:
            names.append("iter")
        names += [op.method_name for op in self.sync]
        if self.batch_op is not None:
            names.append("wait")
        if any(op.cursor is not None for op in self.sync):
            names.append("iter")
        return tuple(names)

    def walk(self) -> list[Resource]:
        """This node and every descendant, parents before children."""
        found = [self]
        for child in self.children:
            found += child.walk()
        return found

    def names(self) -> frozenset[str]:
        """Models, params and aliases the methods of this node mention."""
        found: set[str] = set()
        for op in self.operations + ((self.reader,) if self.reader else ()):
            for param in op.path_params + op.query_params + op.body_fields:
                found |= param.type.names()
            if op.result.type is not None:
                found |= op.result.type.names()
        return frozenset(found)


@dataclass(frozen=True)
class Api:
    """Everything the templates render."""

    title: str
    version: str
    official_url: str
    gateway_url: str
    resources: tuple[Resource, ...]
    aliases: tuple[Alias, ...]
    models: tuple[Model, ...]
    params: tuple[Model, ...]
    request_schemas: dict[str, dict[str, Any]]
    parameter_schemas: dict[str, dict[str, Any]] = field(default_factory=dict)
    error_codes: dict[int, ErrorCode] = field(default_factory=dict)
    strictness: dict[str, Any] = field(default_factory=dict)
    designs: tuple[DesignWords, ...] = ()
    renames: tuple[FamilyRename, ...] = ()
    """Top-level resources renamed, whose old name the client keeps as a deprecated alias."""

    def renamed_to(self, rename: FamilyRename) -> Resource:
        """The resource a deprecated alias returns."""
        return next(root for root in self.resources if root.attribute == rename.now)

    def narrowing(self, model: Model) -> tuple[Narrowing, ...]:
        """The helpers that pick one type of output out of a design's task (``task.videos()``):
        one per output type of the design whose results field is a list of that tagged union."""
        by_key = {f.key: f for f in model.fields}
        for words in self.designs:
            results = by_key.get(words.results)
            found = tag_of(results.type) if results is not None else None
            if results is None or found is None or not found[1] or words.status not in by_key:
                continue
            classes = dict(found[0].models)
            helpers: dict[str, Narrowing] = {}
            for name, kind in words.outputs:
                if kind in classes and kind not in helpers and name not in by_key:
                    helpers[kind] = Narrowing(name, classes[kind], kind, results.python_name)
            return tuple(helpers.values())
        return ()

    def result_words(self, model: Model) -> DesignWords | None:
        """The design whose task ``model`` is, when the model carries that design's status and
        a result object (it then gets ``result()``)."""
        by_key = {f.key: f for f in model.fields}
        for words in self.designs:
            results = by_key.get(words.results)
            if words.status in by_key and results is not None and results.factory:
                return words
        return None

    @property
    def batch_routes(self) -> list[Operation]:
        """The batch queries resources read tasks through (``_routes`` defines each once)."""
        found = {op.operation_id: op for op in self.operations if op.batch is not None}
        return [found[name] for name in sorted(found)]

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(op for r in self.all_resources for op in r.operations)

    @property
    def all_resources(self) -> list[Resource]:
        return [node for root in self.resources for node in root.walk()]

    @property
    def model_names(self) -> list[str]:
        return sorted([a.name for a in self.aliases] + [m.name for m in self.models])

    @property
    def param_model_imports(self) -> list[str]:
        """The aliases the request TypedDicts mention (they live in ``models``)."""
        used = frozenset().union(*(p.names() for p in self.params))
        return sorted(used & {a.name for a in self.aliases})

    @property
    def param_names(self) -> list[str]:
        return sorted(p.name for p in self.params)
