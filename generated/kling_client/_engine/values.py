"""Values and field paths as the engine reads them: JSON equality, the string and number forms
rules compare by, what counts as present, and the one walker of dotted field paths
(``a.b[].c[type=x]``) with the schema found at a path. Standard library only."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping
from typing import Any, NamedTuple, TypeGuard

_DECIMAL = re.compile(r"-?\d+(\.\d+)?")

#: Violation.rule values that come from JSON Schema (everything else is an x-kling-* rule).
SCHEMA_RULES = frozenset(
    {
        "type",
        "enum",
        "const",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minLength",
        "maxLength",
        "pattern",
        "minItems",
        "maxItems",
        "uniqueItems",
        "required",
        "additionalProperties",
        "format",
    }
)


def number_text(number: float) -> str:
    """A number as people write it: no trailing .0 when integral."""
    if isinstance(number, int):
        return str(number)
    if math.isfinite(number) and number.is_integer():
        return str(int(number))
    return format(number, ".12g")


def join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


# ----------------------------------------------------------------------------- JSON values


def is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def has_type(value: object, kind: object) -> bool:
    if kind == "null":
        return value is None
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        if isinstance(value, float):
            return value.is_integer()
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return is_number(value)
    if kind == "string":
        return isinstance(value, str)
    if kind == "array":
        return isinstance(value, list | tuple)
    if kind == "object":
        return isinstance(value, Mapping)
    return True


def frozen(value: object) -> object:
    """A hashable stand-in with JSON equality (1 == 1.0, true != 1, key order ignored)."""
    if isinstance(value, bool):
        return ("bool", value)
    if is_number(value):
        return ("number", value)
    if isinstance(value, list | tuple):
        return ("array", tuple(frozen(item) for item in value))
    if isinstance(value, Mapping):
        return ("object", frozenset((str(k), frozen(v)) for k, v in value.items()))
    if isinstance(value, str) or value is None:
        return ("scalar", value)
    return ("other", id(value))


def json_equal(left: object, right: object) -> bool:
    try:
        return frozen(left) == frozen(right)
    except RecursionError:
        return False


def text_of(value: object) -> str | None:
    """The string form rules compare by ("5" matches 5); None for values that have none."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return number_text(value)
    return None


def number_of(value: object) -> float | None:
    """A finite number, or a decimal string such as "5" (durations are strings); None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return float(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str) and _DECIMAL.fullmatch(value):
        return float(value)
    return None


def is_present(value: object) -> bool:
    """Present = not null, not "", not an empty list or object."""
    if value is None:
        return False
    if isinstance(value, str | list | tuple | Mapping):
        return len(value) > 0
    return True


class Slot(NamedTuple):
    """One place a rule path points at: its full path, its value, whether the key exists."""

    path: str
    value: object
    exists: bool


class Segment(NamedTuple):
    """One step of a field path: a name; for an array, every item or those whose key = value."""

    name: str
    every: bool
    key: str | None = None
    value: str | None = None

    @property
    def label(self) -> str:
        return f"{self.name}[{self.key}={self.value}]" if self.key is not None else self.name


SELECTOR = re.compile(r"(?P<name>[^\[\]]+)\[(?:(?P<key>[^=\]]+)=(?P<value>[^\]]*))?\]")


@functools.lru_cache(maxsize=512)
def parse_path(path: str) -> tuple[Segment, ...]:
    """ "a.b[].c[type=x]" -> a; every item of b; of each, the items of c whose type is "x"."""
    parts = []
    for segment in path.split("."):
        found = SELECTOR.fullmatch(segment)
        if found is None:
            parts.append(Segment(segment, False))
        else:
            parts.append(Segment(found["name"], True, found["key"], found["value"]))
    return tuple(parts)


def selects(item: object, segment: Segment) -> bool:
    """Whether an array item is one the segment names (every item, or key equal to value)."""
    if segment.key is None:
        return True
    return isinstance(item, Mapping) and text_of(item.get(segment.key)) == segment.value


def slots(obj: Mapping[Any, Any], prefix: str, path: str) -> list[Slot]:
    """The places ``path`` names in ``obj``; a missing key is a slot that does not exist.

    Items of a missing array are no slots at all; a non-object on the way is skipped (wrong type).
    A selector that matches no item is one slot that does not exist (so ``require`` can say so).
    """
    current = [Slot(prefix, obj, True)]
    for segment in parse_path(path):
        following: list[Slot] = []
        for slot in current:
            where = join(slot.path, segment.name)
            if slot.exists and slot.value is not None and not isinstance(slot.value, Mapping):
                continue
            node = slot.value if slot.exists else None
            child = node.get(segment.name) if isinstance(node, Mapping) else None
            if not segment.every:
                exists = isinstance(node, Mapping) and segment.name in node
                following.append(Slot(where, child, exists))
                continue
            items = child if isinstance(child, list | tuple) else ()
            chosen = [
                Slot(f"{where}[{i}]", item, True)
                for i, item in enumerate(items)
                if selects(item, segment)
            ]
            following.extend(chosen)
            if not chosen and segment.key is not None:
                following.append(Slot(join(slot.path, segment.label), None, False))
        current = following
    return current


def item_count(slot: Slot, path: str) -> int:
    """How many items a present slot stands for: a list's length, or 1 for one selected item."""
    if isinstance(slot.value, list):
        return len(slot.value)
    return 1 if parse_path(path)[-1].every else 0


def present(obj: Mapping[Any, Any], prefix: str, path: str) -> list[Slot]:
    return [slot for slot in slots(obj, prefix, path) if slot.exists and is_present(slot.value)]


def subschema(schema: Mapping[str, Any], name: str) -> Mapping[str, Any] | None:
    properties = schema.get("properties")
    if isinstance(properties, Mapping) and isinstance(properties.get(name), Mapping):
        found: Mapping[str, Any] = properties[name]
        return found
    for keyword in ("anyOf", "oneOf"):
        for branch in schema.get(keyword) or []:
            if isinstance(branch, Mapping):
                nested = subschema(branch, name)
                if nested is not None:
                    return nested
    return None


NO_DEFAULT = object()


def default_of(schema: Mapping[str, Any], path: str) -> object:
    """The schema default of the field at ``path`` (relative to ``schema``), or NO_DEFAULT."""
    node = schema_at(schema, path)
    return node["default"] if "default" in node else NO_DEFAULT


def field_values(obj: Mapping[Any, Any], path: str) -> list[object]:
    """The values present at a dotted field path (``[]`` after a name: every item of that list).

    The one walker of field paths: the mock reads x-kling-task's fields and its content rules
    through it too, so a path means the same thing in every x-kling-* block.
    """
    return [slot.value for slot in slots(obj, "", path) if slot.exists and slot.value is not None]


def declared_schema(schema: Mapping[str, Any], path: str) -> Mapping[str, Any] | None:
    """The compiled schema of the field at a field path, None when the schema does not declare it
    (a selector's items are the array's items)."""
    node: Mapping[str, Any] | None = schema
    for name, every, _key, _value in parse_path(path):
        node = subschema(node, name) if node is not None else None
        if node is not None and every:
            items = node.get("items")
            node = items if isinstance(items, Mapping) else None
    return node


def schema_at(schema: Mapping[str, Any], path: str) -> Mapping[str, Any]:
    """The compiled schema of the field at a dotted path (``{}`` when the schema gives none)."""
    return declared_schema(schema, path) or {}


def path_list(raw: object) -> list[str]:
    return [p for p in raw if isinstance(p, str) and p] if isinstance(raw, list) else []
