"""The schema-level part of the intermediate model: fields, enums, models and method results.

``codegen.ir`` builds operations and resources on top of these; both are plain frozen dataclasses
the templates read.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any, Literal

from codegen.typerefs import (
    NONE,
    ListOf,
    LiteralOf,
    MappingOf,
    Primitive,
    TypeRef,
    UnionOf,
    is_nullable,
    listed_model,
    named_model,
    optional,
    tag_of,
)


def sentence(text: str) -> str:
    """Whitespace collapsed and a final full stop added when missing."""
    text = " ".join(text.split())
    return text if not text or text.endswith((".", "!", "?", ":")) else text + "."


def _shape(ref: TypeRef) -> str | None:
    if isinstance(ref, Primitive) and ref.name in ("str", "int", "float", "bool"):
        return ref.name
    if isinstance(ref, LiteralOf):
        kinds = {type(value) for value in ref.values}
        return {str: "str", int: "int", bool: "bool"}.get(kinds.pop()) if len(kinds) == 1 else None
    if isinstance(ref, ListOf):
        return "list"
    if isinstance(ref, MappingOf):
        return "dict"
    return None


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
    def shape(self) -> str | None:
        """The JSON type a response value must have (``_parsing.SHAPES``); None: not checked."""
        members = self.type.members if isinstance(self.type, UnionOf) else (self.type,)
        shapes = {_shape(member) for member in members if member != NONE}
        return shapes.pop() if len(shapes) == 1 else None

    @property
    def listing(self) -> bool:
        """An array of models a response may leave out: absent reads as ``[]``, not None, so
        ``task.result().images[0]`` type-checks (only an explicitly nullable one keeps None)."""
        return listed_model(self.type) is not None and not self.nullable

    @property
    def model_annotation(self) -> str:
        """The annotation of the attribute in a response model."""
        return self.type.type_string() if self.listing else self.annotation()

    @property
    def model_default(self) -> str:
        """`` = ...`` after the attribute of a response model, or nothing when required."""
        if self.required:
            return ""
        return " = field(default_factory=list)" if self.listing else " = None"

    @property
    def tagged(self) -> str | None:
        """For a (list of a) tagged union: the factory expression that builds each member by
        its discriminator (``tagged("type", {"video": VideoOutput.from_dict, ...})``)."""
        found = tag_of(self.type)
        if found is None:
            return None
        tag, _ = found
        table = ", ".join(f"{value!r}: {model}.from_dict" for value, model in tag.models)
        return f"tagged({tag.key!r}, {{{table}}})"

    @property
    def tagged_many(self) -> bool:
        found = tag_of(self.type)
        return found is not None and found[1]

    @property
    def parser(self) -> str | None:
        """The ``_parsing`` helper that reads this field of a response (None: taken as is)."""
        many = listed_model(self.type) is not None
        if self.factory is None:
            return None
        if self.listing or (self.required and not self.nullable):
            return "require_models" if many else "require_model"
        return "parse_models" if many else "parse_model"

    @property
    def doc(self) -> str:
        """One paragraph for docstrings: what it is, its limits and the server default."""
        parts = [sentence(self.description)] if self.description else []
        said = self.description.lower()
        limits = [c for c in self.constraints if c.lower() not in said]
        if limits:
            text = sentence("; ".join(limits))
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
