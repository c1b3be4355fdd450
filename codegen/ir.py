"""The intermediate model: what the templates see.

Small frozen dataclasses built from the bundled spec by ``codegen.build``. They hold every decision
(names, annotations, docstrings, which methods a resource gets) so the templates only loop over them
and print their attributes.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from typing import Any, Literal

from codegen.naming import pascal
from codegen.typerefs import NONE, TypeRef, is_nullable, listed_model, named_model, optional

OperationKind = Literal["create", "get", "list", "sync"]
RetryPolicy = Literal["always", "with_id", "never"]


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text.endswith((".", "!", "?", ":")) else text + "."


@dataclass(frozen=True)
class Field:
    """One property of a model, one keyword argument of a method, or one query/path parameter."""

    key: str
    python_name: str
    type: TypeRef
    required: bool
    description: str = ""
    default: Any = None
    has_default: bool = False
    constraints: tuple[str, ...] = ()

    def annotation(self, *, in_class: bool = False) -> str:
        """The annotation of the attribute (response models keep optional fields ``| None``)."""
        ref = self.type if self.required else optional(self.type)
        return ref.type_string(in_class=in_class)

    @property
    def kwarg_annotation(self) -> str:
        """The annotation of the keyword argument in a resource method."""
        return self.annotation(in_class=True)

    @property
    def param_annotation(self) -> str:
        """The annotation of the key in a request TypedDict."""
        text = self.type.type_string()
        return f"Required[{text}]" if self.required else text

    @property
    def nullable(self) -> bool:
        return is_nullable(self.type)

    @property
    def factory(self) -> str | None:
        """The model class whose ``from_dict`` builds this value or its items."""
        model = named_model(self.type) or listed_model(self.type)
        return model.name if model else None

    @property
    def parser(self) -> str | None:
        """The ``_parsing`` helper that reads this field of a response (None: taken as is)."""
        many = listed_model(self.type) is not None
        if self.factory is None:
            return None
        if self.required and not self.nullable:
            return "require_models" if many else "require_model"
        return "parse_models" if many else "parse_model"

    @property
    def doc(self) -> str:
        """One paragraph for docstrings: what it is, its limits and the server default."""
        parts = [_sentence(self.description)] if self.description else []
        said = self.description.lower()
        limits = [c for c in self.constraints if c.lower() not in said]
        if limits:
            text = _sentence("; ".join(limits))
            parts.append(text[:1].upper() + text[1:])
        if self.has_default:
            parts.append(f"Server default: {self.default!r}.")
        return " ".join(part for part in parts if part)

    def doc_lines(self, width: int) -> list[str]:
        """``name: doc`` wrapped for an ``Args:`` section (continuation lines indented by 4)."""
        return textwrap.wrap(
            f"{self.python_name}: {self.doc}".rstrip(": "),
            width=width,
            subsequent_indent="    ",
            break_long_words=False,
            break_on_hyphens=False,
        )


@dataclass(frozen=True)
class Alias:
    """A named enum of the spec: ``Mode = Literal["std", "pro"]``."""

    name: str
    type: TypeRef
    description: str = ""


@dataclass(frozen=True)
class Model:
    """A response model (frozen dataclass) or a request object (TypedDict, ``kind == "param"``)."""

    name: str
    kind: Literal["model", "param"]
    description: str
    fields: tuple[Field, ...]

    @property
    def doc(self) -> str:
        if self.description:
            return self.description
        what = "request object" if self.kind == "param" else "object in the API's answers"
        return f"An {what} the spec does not describe further."

    @property
    def required_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.required)

    @property
    def optional_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if not f.required)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)

    def names(self) -> frozenset[str]:
        return frozenset().union(*(f.type.names() for f in self.fields))


@dataclass(frozen=True)
class Result:
    """What a method returns: the envelope's ``data`` parsed into a model, a list, or nothing."""

    type: TypeRef | None

    @property
    def kind(self) -> Literal["model", "models", "value", "none"]:
        if self.type is None or self.type == NONE:
            return "none"
        if named_model(self.type) and not is_nullable(self.type):
            return "model"
        if listed_model(self.type) and not is_nullable(self.type):
            return "models"
        return "value"

    @property
    def model(self) -> str | None:
        if self.type is None:
            return None
        found = named_model(self.type) or listed_model(self.type)
        return found.name if found else None

    @property
    def annotation(self) -> str:
        return "None" if self.type is None else self.type.type_string(in_class=True)

    @property
    def item_annotation(self) -> str:
        """For a list result: the annotation of one item."""
        found = listed_model(self.type) if self.type is not None else None
        return found.name if found else "Any"


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
    validates: bool = False
    retry: RetryPolicy = "never"
    id_field: str | None = None
    lookup: tuple[str, ...] = ()
    external_id_param: Field | None = None
    immediate: bool = False
    source: str = ""
    example: dict[str, Any] | None = None

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
        return _sentence(self.summary or self.operation_id)

    @property
    def doc_body(self) -> str:
        return _sentence(self.description)

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
        return f"``client.{self.dotted}``" + (f": {_sentence(summary)}" if summary else ".")

    @property
    def module(self) -> str:
        return self.path[0]

    @property
    def can_wait(self) -> bool:
        return self.get_op is not None and self.get_op.result.kind == "model"

    @property
    def can_create_and_wait(self) -> bool:
        if self.create_op is None or self.create_op.result.kind != "model":
            return False
        return self.can_wait or self.create_op.immediate

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
        for op in self.operations:
            for param in op.path_params + op.query_params + op.body_fields:
                found |= param.type.names()
            if op.result.type is not None:
                found |= op.result.type.names()
        return frozenset(found)


@dataclass(frozen=True)
class Server:
    url: str
    description: str


@dataclass(frozen=True)
class ResourceModule:
    """One ``resources/<name>.py``: a top-level node and its descendants."""

    name: str
    root: Resource
    param_names: frozenset[str] = frozenset()

    @property
    def resources(self) -> list[Resource]:
        return self.root.walk()

    @property
    def _names(self) -> frozenset[str]:
        return frozenset().union(*(r.names() for r in self.resources))

    @property
    def model_imports(self) -> list[str]:
        """Models and aliases the methods mention (from ``kling_client.models``)."""
        return sorted(self._names - self.param_names)

    @property
    def param_imports(self) -> list[str]:
        """Request TypedDicts the methods mention (from ``kling_client.params``)."""
        return sorted(self._names & self.param_names)


@dataclass(frozen=True)
class Api:
    """Everything the templates render."""

    title: str
    version: str
    official_url: str
    gateway_url: str
    servers: tuple[Server, ...]
    resources: tuple[Resource, ...]
    aliases: tuple[Alias, ...]
    models: tuple[Model, ...]
    params: tuple[Model, ...]
    request_schemas: dict[str, dict[str, Any]]
    parameter_schemas: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def modules(self) -> tuple[ResourceModule, ...]:
        params = frozenset(p.name for p in self.params)
        return tuple(ResourceModule(r.module, r, params) for r in self.resources)

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
