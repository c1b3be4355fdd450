"""Python type annotations for JSON Schema nodes, as small immutable objects.

Each reference knows how to print itself (``type_string``) and which generated classes it names
(``names``), so templates never assemble annotations by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, TypeAlias

LiteralValue: TypeAlias = str | int | bool | None


@dataclass(frozen=True)
class Primitive:
    """``str``, ``int``, ``float``, ``bool``, ``None`` or ``Any``."""

    name: Literal["str", "int", "float", "bool", "None", "Any"]

    def type_string(self, *, in_class: bool = False) -> str:
        return self.name

    def names(self) -> frozenset[str]:
        return frozenset()


@dataclass(frozen=True)
class LiteralOf:
    """An enum or const; printed as its alias when the spec names it."""

    values: tuple[LiteralValue, ...]
    alias: str | None = None

    def type_string(self, *, in_class: bool = False) -> str:
        if self.alias:
            return self.alias
        return "Literal[" + ", ".join(repr(value) for value in self.values) + "]"

    def names(self) -> frozenset[str]:
        return frozenset({self.alias}) if self.alias else frozenset()


@dataclass(frozen=True)
class ListOf:
    item: TypeRef

    def type_string(self, *, in_class: bool = False) -> str:
        # Inside a class that defines a ``list`` method the bare name means the method.
        prefix = "builtins.list" if in_class else "list"
        return f"{prefix}[{self.item.type_string(in_class=in_class)}]"

    def names(self) -> frozenset[str]:
        return self.item.names()


@dataclass(frozen=True)
class MappingOf:
    """A free-form object: ``dict[str, Any]``."""

    def type_string(self, *, in_class: bool = False) -> str:
        return "dict[str, Any]"

    def names(self) -> frozenset[str]:
        return frozenset()


@dataclass(frozen=True)
class Named:
    """A generated class: a response model (dataclass) or a request param (TypedDict)."""

    name: str
    kind: Literal["model", "param"]

    def type_string(self, *, in_class: bool = False) -> str:
        return self.name

    def names(self) -> frozenset[str]:
        return frozenset({self.name})


@dataclass(frozen=True)
class UnionOf:
    members: tuple[TypeRef, ...]
    tag: Tag | None = field(default=None, compare=False)
    """For a ``oneOf`` with a ``discriminator``: the property and value -> model that pick the
    member (parsing builds the model the value names)."""

    def type_string(self, *, in_class: bool = False) -> str:
        printed: list[str] = []
        for member in self.members:
            text = member.type_string(in_class=in_class)
            if text not in printed:
                printed.append(text)
        return " | ".join(printed)

    def names(self) -> frozenset[str]:
        return frozenset().union(*(member.names() for member in self.members))


@dataclass(frozen=True)
class Tag:
    """A discriminator: the property that names the member, and each value's model."""

    key: str
    models: tuple[tuple[str, str], ...]


TypeRef: TypeAlias = Primitive | LiteralOf | ListOf | MappingOf | Named | UnionOf


def tag_of(ref: TypeRef) -> tuple[Tag, bool] | None:
    """The discriminator of a tagged union, or of a list of one (and whether it is a list)."""
    members = ref.members if isinstance(ref, UnionOf) and ref.tag is None else (ref,)
    found = [m for m in members if m != NONE]
    if len(found) != 1:
        return None
    value = found[0]
    many = isinstance(value, ListOf)
    inner = value.item if isinstance(value, ListOf) else value
    return (inner.tag, many) if isinstance(inner, UnionOf) and inner.tag is not None else None


NONE = Primitive("None")
ANY = Primitive("Any")


def union(*members: TypeRef) -> TypeRef:
    """Flatten nested unions and drop duplicates; a single member stands for itself."""
    flat: list[TypeRef] = []
    for member in members:
        for part in member.members if isinstance(member, UnionOf) else (member,):
            if part not in flat:
                flat.append(part)
    if ANY in flat:
        return ANY
    if len(flat) == 1:
        return flat[0]
    return UnionOf(tuple(flat))


def optional(ref: TypeRef) -> TypeRef:
    """The type plus ``None`` (for keyword arguments that may be left out)."""
    return union(ref, NONE)


def is_nullable(ref: TypeRef) -> bool:
    return ref == NONE or (isinstance(ref, UnionOf) and NONE in ref.members)


def named_model(ref: TypeRef) -> Named | None:
    """The response model a value of this type is parsed into, if any (``X`` or ``X | None``)."""
    members = ref.members if isinstance(ref, UnionOf) else (ref,)
    models = [m for m in members if isinstance(m, Named) and m.kind == "model"]
    others = [m for m in members if m not in models and m != NONE]
    return models[0] if len(models) == 1 and not others else None


def listed_model(ref: TypeRef) -> Named | None:
    """The response model of the items, for ``list[X]`` (or ``list[X] | None``)."""
    members = ref.members if isinstance(ref, UnionOf) else (ref,)
    lists = [m for m in members if isinstance(m, ListOf)]
    others = [m for m in members if m not in lists and m != NONE]
    if len(lists) == 1 and not others:
        return named_model(lists[0].item)
    return None
