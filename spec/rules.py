"""The rules engine: check a request body against a compiled schema and the x-kling-* vocabulary.

The mock (server side, after openapi-core) and the generated client (client side, shipped
verbatim as ``kling_client/_rules.py``) both call :func:`check`, so they reach the same verdict in
the same words. Standard library only; Pillow, when importable, reads the pixel size of images.

``schema`` is a *compiled* schema (``spec/compile.py``): every ``$ref`` resolved, ``allOf``
merged, only the checked keywords kept. Field paths are dotted names with ``[i]`` for array items
(``multi_prompt[1].duration``); the body itself is ``""`` and reads "body" in messages. Paths
inside x-kling-* are relative to the object the rule sits on; ``[]`` means every item.
"""

from __future__ import annotations

import base64
import binascii
import functools
import importlib
import io
import json
import math
import operator
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any, NamedTuple, TypeGuard

__all__ = [
    "Violation",
    "check",
    "conditions_hold",
    "declared_schema",
    "describe",
    "field_values",
    "image_size",
    "schema_at",
]

INVALID_VALUE = 1201

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

_COMPARISONS = {
    "minimum": ">=",
    "maximum": "<=",
    "exclusiveMinimum": ">",
    "exclusiveMaximum": "<",
}
_BOUNDS: dict[str, Callable[[float, float], bool]] = {
    "minimum": operator.ge,
    "maximum": operator.le,
    "exclusiveMinimum": operator.gt,
    "exclusiveMaximum": operator.lt,
}
_MIB = 1024 * 1024
_DECIMAL = re.compile(r"-?\d+(\.\d+)?")
_MEDIA_ID = re.compile(r"[A-Za-z0-9_.:-]{1,128}")
_RATIO_SLACK = 1e-9


@dataclass(frozen=True)
class Violation:
    """One broken rule: where (a field path), which rule (keyword or x-kling rule), and why."""

    field: str
    rule: str
    message: str
    code: int = INVALID_VALUE


def check(
    body: object,
    schema: Mapping[str, Any],
    *,
    schema_checks: bool = True,
    path: Mapping[str, object] | None = None,
) -> list[Violation]:
    """Every violation of ``schema`` by ``body``, in document order; an empty list means valid.

    With ``schema_checks=False`` only the x-kling-* checks run (images, media, rules, models): the
    caller has validated the JSON Schema part already. ``path`` holds the request's path
    parameters, for an ``x-kling-models`` whose selector is ``in: path``. Never raises: values of
    the wrong type are reported by the schema part and skipped by the rules.
    """
    if not isinstance(schema, Mapping):
        return []
    found = _walk(body, schema, "", schema_checks)
    models = schema.get("x-kling-models")
    if isinstance(models, Mapping) and isinstance(body, Mapping) and models.get("in") == "path":
        found.extend(_apply_models(body, schema, "", models, path or {}))
    return found


def describe(field: str, keyword: str, value: object) -> str:
    """The message for JSON Schema ``keyword`` (whose value is ``value``) broken at ``field``."""
    name = field or "body"
    if keyword == "required":
        return f"{name} is required"
    if keyword == "type":
        kinds = value if isinstance(value, list) else [value]
        return f"{name} must be of type {' or '.join(str(kind) for kind in kinds)}"
    if keyword == "enum":
        options = value if isinstance(value, list) else [value]
        return f"{name} must be one of: {_listing(options)}"
    if keyword == "const":
        return f"{name} must be {_show(value)}"
    if keyword in _COMPARISONS:
        return f"{name} must be {_COMPARISONS[keyword]} {_show(value)}"
    if keyword == "minLength":
        return f"{name} must be at least {_show(value)} characters"
    if keyword == "maxLength":
        return f"{name} must be at most {_show(value)} characters"
    if keyword == "pattern":
        return f"{name} must match {value}"
    if keyword == "minItems":
        return f"{name} must have at least {_show(value)} items"
    if keyword == "maxItems":
        return f"{name} must have at most {_show(value)} items"
    if keyword == "uniqueItems":
        return f"{name} must not contain duplicates"
    if keyword == "additionalProperties":
        return f"{name} is not a known field"
    if keyword == "format" and value in _INTEGER_FORMATS:
        return f"{name} must be a {str(value)[3:]}-bit integer"
    return f"{name} is not valid ({keyword})"


#: Integer formats OpenAPI defines, with the range each allows (openapi-core enforces them too).
_INTEGER_FORMATS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


# ----------------------------------------------------------------------------- formatting


def _num(number: float) -> str:
    """A number as people write it: no trailing .0 when integral."""
    if isinstance(number, int):
        return str(number)
    if math.isfinite(number) and number.is_integer():
        return str(int(number))
    return format(number, ".12g")


def _show(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return _num(value)
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value, sort_keys=True, default=str)
    except (TypeError, ValueError, RecursionError):
        return repr(value)


def _listing(values: Sequence[object]) -> str:
    return ", ".join(_show(value) for value in values)


def _and_listing(names: Sequence[str]) -> str:
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _label(path: str) -> str:
    return path or "body"


# ----------------------------------------------------------------------------- JSON values


def _is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _has_type(value: object, kind: object) -> bool:
    if kind == "null":
        return value is None
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        if isinstance(value, float):
            return value.is_integer()
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return _is_number(value)
    if kind == "string":
        return isinstance(value, str)
    if kind == "array":
        return isinstance(value, list | tuple)
    if kind == "object":
        return isinstance(value, Mapping)
    return True


def _frozen(value: object) -> object:
    """A hashable stand-in with JSON equality (1 == 1.0, true != 1, key order ignored)."""
    if isinstance(value, bool):
        return ("bool", value)
    if _is_number(value):
        return ("number", value)
    if isinstance(value, list | tuple):
        return ("array", tuple(_frozen(item) for item in value))
    if isinstance(value, Mapping):
        return ("object", frozenset((str(k), _frozen(v)) for k, v in value.items()))
    if isinstance(value, str) or value is None:
        return ("scalar", value)
    return ("other", id(value))


def _json_equal(left: object, right: object) -> bool:
    try:
        return _frozen(left) == _frozen(right)
    except RecursionError:
        return False


def _text(value: object) -> str | None:
    """The string form rules compare by ("5" matches 5); None for values that have none."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return _num(value)
    return None


def _number(value: object) -> float | None:
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


def _is_present(value: object) -> bool:
    """Present = not null, not "", not an empty list or object."""
    if value is None:
        return False
    if isinstance(value, str | list | tuple | Mapping):
        return len(value) > 0
    return True


@functools.lru_cache(maxsize=256)
def _regex(pattern: str) -> re.Pattern[str] | None:
    try:
        return re.compile(pattern)
    except re.error:
        return None


# ----------------------------------------------------------------------------- the walk


def _walk(value: object, schema: Mapping[str, Any], path: str, strict: bool) -> list[Violation]:
    """Violations of ``value`` at ``path``: keywords, then x-kling-* on strings, then children."""
    found: list[Violation] = []
    if strict:
        expected = schema.get("type")
        if expected is not None:
            kinds = expected if isinstance(expected, list) else [expected]
            if not any(_has_type(value, kind) for kind in kinds):
                return [Violation(path, "type", describe(path, "type", expected))]
        found.extend(_keyword_violations(value, schema, path))
    if isinstance(value, str):
        image = schema.get("x-kling-image")
        if isinstance(image, Mapping):
            found.extend(_check_image(value, image, path))
        media = schema.get("x-kling-media")
        if isinstance(media, Mapping):
            found.extend(_check_media(value, media, path))
    elif isinstance(value, Mapping):
        found.extend(_walk_object(value, schema, path, strict))
    elif isinstance(value, list | tuple):
        items = schema.get("items")
        if isinstance(items, Mapping):
            for index, item in enumerate(value):
                found.extend(_walk(item, items, f"{path}[{index}]", strict))
    for keyword in ("anyOf", "oneOf"):
        branches = schema.get(keyword)
        if isinstance(branches, list):
            found.extend(_walk_branches(value, branches, path, strict))
    return found


def _keyword_violations(value: object, schema: Mapping[str, Any], path: str) -> list[Violation]:
    found: list[Violation] = []

    def broken(keyword: str) -> None:
        found.append(Violation(path, keyword, describe(path, keyword, schema[keyword])))

    enum = schema.get("enum")
    if isinstance(enum, list) and not any(_json_equal(value, option) for option in enum):
        broken("enum")
    if "const" in schema and not _json_equal(value, schema["const"]):
        broken("const")
    if isinstance(value, int | float) and not isinstance(value, bool):
        for keyword, holds in _BOUNDS.items():
            bound = schema.get(keyword)
            if _is_number(bound) and not holds(value, bound):
                broken(keyword)
        span = _INTEGER_FORMATS.get(str(schema.get("format")))
        if span is not None and isinstance(value, int) and not span[0] <= value <= span[1]:
            broken("format")
    elif isinstance(value, str):
        _length_violations(len(value), schema, broken, "minLength", "maxLength")
        pattern = schema.get("pattern")
        regex = _regex(pattern) if isinstance(pattern, str) else None
        if regex is not None and regex.search(value) is None:
            broken("pattern")
    elif isinstance(value, list | tuple):
        _length_violations(len(value), schema, broken, "minItems", "maxItems")
        if schema.get("uniqueItems") is True and not _all_unique(value):
            broken("uniqueItems")
    return found


def _length_violations(
    size: int, schema: Mapping[str, Any], broken: Callable[[str], None], low: str, high: str
) -> None:
    minimum, maximum = schema.get(low), schema.get(high)
    if _is_number(minimum) and size < minimum:
        broken(low)
    if _is_number(maximum) and size > maximum:
        broken(high)


def _all_unique(items: Sequence[object]) -> bool:
    try:
        frozen = [_frozen(item) for item in items]
    except RecursionError:
        return True
    return len(set(frozen)) == len(frozen)


def _walk_object(
    value: Mapping[Any, Any], schema: Mapping[str, Any], path: str, strict: bool
) -> list[Violation]:
    found: list[Violation] = []
    properties = schema.get("properties")
    properties = properties if isinstance(properties, Mapping) else {}
    required = schema.get("required")
    required = (
        [name for name in required if isinstance(name, str)] if isinstance(required, list) else []
    )
    for name, subschema in properties.items():
        where = _join(path, name)
        if name in value:
            if isinstance(subschema, Mapping):
                found.extend(_walk(value[name], subschema, where, strict))
        elif strict and name in required:
            found.append(Violation(where, "required", describe(where, "required", True)))
    if strict:
        for name in required:
            if name not in properties and name not in value:
                where = _join(path, name)
                found.append(Violation(where, "required", describe(where, "required", True)))
    extra = schema.get("additionalProperties")
    for key in value:
        if key in properties:
            continue
        where = _join(path, str(key))
        if extra is False and strict:
            message = describe(where, "additionalProperties", False)
            found.append(Violation(where, "additionalProperties", message))
        elif isinstance(extra, Mapping):
            found.extend(_walk(value[key], extra, where, strict))
    rules = schema.get("x-kling-rules")
    if isinstance(rules, list):
        found.extend(_apply_rules(value, schema, path, rules, _Context()))
    models = schema.get("x-kling-models")
    if isinstance(models, Mapping):
        found.extend(_apply_models(value, schema, path, models))
    return found


def _walk_branches(value: object, branches: list[Any], path: str, strict: bool) -> list[Violation]:
    """anyOf/oneOf: the first branch the value fits, else the closest one.

    Closest = of the value's type, then declaring most of the fields sent, then fewest violations.
    """
    candidates = [b for b in branches if isinstance(b, Mapping)]
    verdicts = [_walk(value, branch, path, True) for branch in candidates]
    if not verdicts:
        return []
    chosen = next((v for v in verdicts if not any(x.rule in SCHEMA_RULES for x in v)), None)
    if chosen is None:
        ranks = [
            (_fails_own_type(found, path), -_known_fields(value, branch), len(found))
            for branch, found in zip(candidates, verdicts, strict=True)
        ]
        chosen = verdicts[ranks.index(min(ranks))]
    return [v for v in chosen if strict or v.rule not in SCHEMA_RULES]


def _fails_own_type(violations: list[Violation], path: str) -> bool:
    return any(v.rule == "type" and v.field == path for v in violations)


def _known_fields(value: object, schema: Mapping[str, Any]) -> int:
    properties = schema.get("properties")
    if not isinstance(value, Mapping) or not isinstance(properties, Mapping):
        return 0
    return sum(1 for key in value if key in properties)


# ----------------------------------------------------------------------------- images and media


def _is_url(value: str) -> bool:
    return value[:8].lower().startswith(("http://", "https://"))


def _has_data_prefix(value: str) -> bool:
    return value[:5].lower() == "data:"


def _decode_base64(text: str) -> bytes | None:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


def _sniff_format(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


@functools.cache
def _pillow() -> ModuleType | None:
    """PIL.Image when Pillow is installed (imported on first use only)."""
    try:
        return importlib.import_module("PIL.Image")
    except ImportError:
        return None


def _pixel_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) read by Pillow; None without Pillow; ValueError when it cannot read it."""
    pillow = _pillow()
    if pillow is None:
        return None
    try:
        with pillow.open(io.BytesIO(data)) as picture:
            width, height = picture.size
        return int(width), int(height)
    except Exception as exc:  # Pillow raises many kinds of errors for bad data
        raise ValueError("unreadable image") from exc


def image_size(value: str) -> tuple[int, int] | None:
    """(width, height) of a raw Base64 image as x-kling-image reads it; None for a URL, a data:
    URL, unreadable data, or without Pillow."""
    data = None if _is_url(value) or _has_data_prefix(value) else _decode_base64(value)
    try:
        return _pixel_size(data) if data is not None else None
    except ValueError:
        return None


def _byte_size(count: float) -> str:
    if count >= _MIB and count % _MIB == 0:
        return f"{_num(count / _MIB)} MB ({_num(count)} bytes)"
    return f"{_num(count)} bytes"


def _ratio(value: float) -> str:
    if value >= 1:
        return f"{_num(round(value, 2))}:1"
    return f"1:{_num(round(1 / value, 2))}"


def _check_image(value: str, spec: Mapping[str, Any], path: str) -> list[Violation]:
    """A URL (not fetched) or raw Base64 whose bytes, format, sides and aspect ratio are checked."""
    name = _label(path)

    def broken(message: str) -> list[Violation]:
        return [Violation(path, "x-kling-image", message)]

    if not value:
        return []
    if _is_url(value):
        if spec.get("accept_url", True) is False:
            return broken(f"{name} must be raw Base64 image data, not a URL")
        return []
    if _has_data_prefix(value):
        if spec.get("refuse_data_prefix", True) is not False:
            return broken(f"{name} must be raw Base64 without a data: prefix")
        value = value.partition(",")[2]
    data = _decode_base64(value)
    if data is None:
        return broken(f"{name} is not valid Base64")
    found: list[Violation] = []
    max_bytes = spec.get("max_bytes")
    if _is_number(max_bytes) and len(data) > max_bytes:
        found += broken(f"{name} must be at most {_byte_size(max_bytes)}, got {len(data)} bytes")
    formats = [f for f in spec.get("formats") or [] if isinstance(f, str)]
    kind = _sniff_format(data)
    if kind is None or (formats and kind not in formats):
        wanted = " or ".join(formats) or "jpeg, png or webp"
        got = kind or "an unknown format"
        return [*found, *broken(f"{name} must be a {wanted} image, got {got}")]
    try:
        size = _pixel_size(data)
    except ValueError:
        return [*found, *broken(f"{name} is not a readable image")]
    if size is not None:
        found += _pixel_violations(size, spec, path, name)
    return found


def _pixel_violations(
    size: tuple[int, int], spec: Mapping[str, Any], path: str, name: str
) -> list[Violation]:
    width, height = size
    shown = f"{width}x{height}"
    found: list[Violation] = []
    min_side, max_side = spec.get("min_side"), spec.get("max_side")
    if _is_number(min_side) and min(width, height) < min_side:
        message = f"{name} must be at least {_num(min_side)} px on each side, got {shown}"
        found.append(Violation(path, "x-kling-image", message))
    if _is_number(max_side) and max(width, height) > max_side:
        message = f"{name} must be at most {_num(max_side)} px on each side, got {shown}"
        found.append(Violation(path, "x-kling-image", message))
    low, high = _positive(spec.get("min_aspect_ratio")), _positive(spec.get("max_aspect_ratio"))
    ratio = width / height if height > 0 else None
    if ratio is None or (low is None and high is None):
        return found
    if (low is not None and ratio < low - _RATIO_SLACK) or (
        high is not None and ratio > high + _RATIO_SLACK
    ):
        if low is not None and high is not None:
            allowed = f"from {_ratio(low)} to {_ratio(high)}"
        elif low is not None:
            allowed = f"at least {_ratio(low)}"
        else:
            allowed = f"at most {_ratio(high or 1.0)}"
        message = f"{name} aspect ratio must be {allowed}, got {shown}"
        found.append(Violation(path, "x-kling-image", message))
    return found


def _positive(value: object) -> float | None:
    number = _number(value) if not isinstance(value, str) else None
    return number if number is not None and number > 0 else None


def _check_media(value: str, spec: Mapping[str, Any], path: str) -> list[Violation]:
    """Form only: a URL, raw Base64 (when accepted) or a Kling asset id; nothing is downloaded."""
    name = _label(path)
    accept_base64 = spec.get("accept_base64") is True
    if not value or _is_url(value):
        return []
    if _has_data_prefix(value):
        if accept_base64:
            message = f"{name} must be raw Base64 without a data: prefix"
        else:
            message = f"{name} must be a URL or an id, not a data: URL"
        return [Violation(path, "x-kling-media", message)]
    if not accept_base64 or _MEDIA_ID.fullmatch(value):
        return []
    data = _decode_base64(value)
    if data is None:
        return [Violation(path, "x-kling-media", f"{name} is not valid Base64")]
    max_bytes = spec.get("max_bytes")
    if _is_number(max_bytes) and len(data) > max_bytes:
        message = f"{name} must be at most {_byte_size(max_bytes)}, got {len(data)} bytes"
        return [Violation(path, "x-kling-media", message)]
    return []


# ----------------------------------------------------------------------------- rule paths


class _Slot(NamedTuple):
    """One place a rule path points at: its full path, its value, whether the key exists."""

    path: str
    value: object
    exists: bool


class _Segment(NamedTuple):
    """One step of a field path: a name; for an array, every item or those whose key = value."""

    name: str
    every: bool
    key: str | None = None
    value: str | None = None

    @property
    def label(self) -> str:
        return f"{self.name}[{self.key}={self.value}]" if self.key is not None else self.name


_SELECTOR = re.compile(r"(?P<name>[^\[\]]+)\[(?:(?P<key>[^=\]]+)=(?P<value>[^\]]*))?\]")


@functools.lru_cache(maxsize=512)
def _parse_path(path: str) -> tuple[_Segment, ...]:
    """ "a.b[].c[type=x]" -> a; every item of b; of each, the items of c whose type is "x"."""
    parts = []
    for segment in path.split("."):
        found = _SELECTOR.fullmatch(segment)
        if found is None:
            parts.append(_Segment(segment, False))
        else:
            parts.append(_Segment(found["name"], True, found["key"], found["value"]))
    return tuple(parts)


def _selected(item: object, segment: _Segment) -> bool:
    """Whether an array item is one the segment names (every item, or key equal to value)."""
    if segment.key is None:
        return True
    return isinstance(item, Mapping) and _text(item.get(segment.key)) == segment.value


def _slots(obj: Mapping[Any, Any], prefix: str, path: str) -> list[_Slot]:
    """The places ``path`` names in ``obj``; a missing key is a slot that does not exist.

    Items of a missing array are no slots at all; a non-object on the way is skipped (wrong type).
    A selector that matches no item is one slot that does not exist (so ``require`` can say so).
    """
    current = [_Slot(prefix, obj, True)]
    for segment in _parse_path(path):
        following: list[_Slot] = []
        for slot in current:
            where = _join(slot.path, segment.name)
            if slot.exists and slot.value is not None and not isinstance(slot.value, Mapping):
                continue
            node = slot.value if slot.exists else None
            child = node.get(segment.name) if isinstance(node, Mapping) else None
            if not segment.every:
                exists = isinstance(node, Mapping) and segment.name in node
                following.append(_Slot(where, child, exists))
                continue
            items = child if isinstance(child, list | tuple) else ()
            chosen = [
                _Slot(f"{where}[{i}]", item, True)
                for i, item in enumerate(items)
                if _selected(item, segment)
            ]
            following.extend(chosen)
            if not chosen and segment.key is not None:
                following.append(_Slot(_join(slot.path, segment.label), None, False))
        current = following
    return current


def _item_count(slot: _Slot, path: str) -> int:
    """How many items a present slot stands for: a list's length, or 1 for one selected item."""
    if isinstance(slot.value, list):
        return len(slot.value)
    return 1 if _parse_path(path)[-1].every else 0


def _present(obj: Mapping[Any, Any], prefix: str, path: str) -> list[_Slot]:
    return [slot for slot in _slots(obj, prefix, path) if slot.exists and _is_present(slot.value)]


def _subschema(schema: Mapping[str, Any], name: str) -> Mapping[str, Any] | None:
    properties = schema.get("properties")
    if isinstance(properties, Mapping) and isinstance(properties.get(name), Mapping):
        found: Mapping[str, Any] = properties[name]
        return found
    for keyword in ("anyOf", "oneOf"):
        for branch in schema.get(keyword) or []:
            if isinstance(branch, Mapping):
                nested = _subschema(branch, name)
                if nested is not None:
                    return nested
    return None


_NO_DEFAULT = object()


def _default(schema: Mapping[str, Any], path: str) -> object:
    """The schema default of the field at ``path`` (relative to ``schema``), or _NO_DEFAULT."""
    node = schema_at(schema, path)
    return node["default"] if "default" in node else _NO_DEFAULT


def field_values(obj: Mapping[Any, Any], path: str) -> list[object]:
    """The values present at a dotted field path (``[]`` after a name: every item of that list).

    The one walker of field paths: the mock reads x-kling-task's fields and its content rules
    through it too, so a path means the same thing in every x-kling-* block.
    """
    return [slot.value for slot in _slots(obj, "", path) if slot.exists and slot.value is not None]


def declared_schema(schema: Mapping[str, Any], path: str) -> Mapping[str, Any] | None:
    """The compiled schema of the field at a field path, None when the schema does not declare it
    (a selector's items are the array's items)."""
    node: Mapping[str, Any] | None = schema
    for name, every, _key, _value in _parse_path(path):
        node = _subschema(node, name) if node is not None else None
        if node is not None and every:
            items = node.get("items")
            node = items if isinstance(items, Mapping) else None
    return node


def schema_at(schema: Mapping[str, Any], path: str) -> Mapping[str, Any]:
    """The compiled schema of the field at a dotted path (``{}`` when the schema gives none)."""
    return declared_schema(schema, path) or {}


def _paths(raw: object) -> list[str]:
    return [p for p in raw if isinstance(p, str) and p] if isinstance(raw, list) else []


# ----------------------------------------------------------------------------- x-kling-rules


@dataclass(frozen=True)
class _Context:
    """What a message is conditional on: a model ("for model_name kling-v1") and when-conditions."""

    model: str = ""
    conditions: tuple[str, ...] = ()

    def render(self) -> str:
        parts = [f"for {self.model}"] if self.model else []
        if self.conditions:
            parts.append("when " + " and ".join(self.conditions))
        return "".join(f" {part}" for part in parts)

    def adding(self, conditions: Sequence[str]) -> _Context:
        return _Context(self.model, (*self.conditions, *conditions))


def _conditions(raw: object) -> list[Mapping[str, Any]]:
    if isinstance(raw, Mapping):
        return [raw]
    if isinstance(raw, list):
        return [c for c in raw if isinstance(c, Mapping)]
    return []


def _condition_holds(
    obj: Mapping[Any, Any], schema: Mapping[str, Any], prefix: str, condition: Mapping[str, Any]
) -> bool:
    """Present (or absent, with absent: true), and equal to equals/in by string form when given."""
    field = condition.get("field")
    if not isinstance(field, str) or not field:
        return False
    present = _present(obj, prefix, field)
    if condition.get("absent") is True:
        return not present
    if "equals" in condition:
        wanted = [condition["equals"]]
    elif isinstance(condition.get("in"), list):
        wanted = condition["in"]
    else:
        return bool(present)
    values = [slot.value for slot in present]
    if not values:
        default = _default(schema, field)
        values = [] if default is _NO_DEFAULT else [default]
    wanted_texts = {_text(w) for w in wanted} - {None}
    return any(_text(value) in wanted_texts for value in values if _text(value) is not None)


def conditions_hold(obj: Mapping[Any, Any], raw: object, schema: Mapping[str, Any] = {}) -> bool:
    """Whether every condition (``{field, equals | in | absent}``, as in ``when``) holds for
    ``obj``; no conditions hold trivially. Prices read their ``if`` through this."""
    return all(_condition_holds(obj, schema, "", c) for c in _conditions(raw))


def _describe_condition(prefix: str, condition: Mapping[str, Any]) -> str:
    field = _join(prefix, str(condition.get("field")))
    if condition.get("absent") is True:
        return f"{field} is not set"
    if "equals" in condition:
        return f"{field} is {_show(condition['equals'])}"
    if isinstance(condition.get("in"), list):
        return f"{field} is one of {_listing(condition['in'])}"
    return f"{field} is set"


def _apply_rules(
    obj: Mapping[Any, Any],
    schema: Mapping[str, Any],
    prefix: str,
    rules: list[Any],
    context: _Context,
) -> list[Violation]:
    found: list[Violation] = []
    for rule in rules:
        if isinstance(rule, Mapping):
            kind = rule.get("rule")
            handler = _RULES.get(kind) if isinstance(kind, str) else None
            if handler is not None:
                found.extend(handler(obj, schema, prefix, rule, context))
    return found


def _when(
    obj: Mapping[Any, Any],
    schema: Mapping[str, Any],
    prefix: str,
    rule: Mapping[str, Any],
    context: _Context,
    rule_name: str = "when",
) -> list[Violation]:
    """If every condition holds, the consequence applies (worded with the conditions)."""
    conditions = _conditions(rule.get("if"))
    then = rule.get("then")
    if not conditions or not isinstance(then, Mapping):
        return []
    if not all(_condition_holds(obj, schema, prefix, c) for c in conditions):
        return []
    described = [_describe_condition(prefix, c) for c in conditions]
    return _consequence(obj, schema, prefix, then, context.adding(described), rule_name)


def _consequence(
    obj: Mapping[Any, Any],
    schema: Mapping[str, Any],
    prefix: str,
    then: Mapping[str, Any],
    context: _Context,
    rule_name: str,
) -> list[Violation]:
    """require / forbid / allow / nested rules, worded with their context."""
    suffix = context.render()
    found: list[Violation] = []
    for path in _paths(then.get("require")):
        for slot in _slots(obj, prefix, path):
            if not (slot.exists and _is_present(slot.value)):
                found.append(Violation(slot.path, rule_name, f"{slot.path} is required{suffix}"))
    for path in _paths(then.get("forbid")):
        for slot in _present(obj, prefix, path):
            found.append(Violation(slot.path, rule_name, f"{slot.path} is not allowed{suffix}"))
    found.extend(_allowed(obj, schema, prefix, then.get("allow"), suffix, rule_name))
    nested = then.get("rules")
    if isinstance(nested, list):
        found.extend(_apply_rules(obj, schema, prefix, nested, context))
    return found


def _allowed(
    obj: Mapping[Any, Any],
    schema: Mapping[str, Any],
    prefix: str,
    allow: object,
    suffix: str,
    rule_name: str,
) -> list[Violation]:
    """Present values outside their allowed list (absent fields are not checked).

    A value outside the field's own ``enum`` is left to the schema check: it is outside every
    narrower list too, and saying so twice adds nothing.
    """
    if not isinstance(allow, Mapping):
        return []
    found: list[Violation] = []
    for path, options in allow.items():
        if not isinstance(path, str) or not isinstance(options, list):
            continue
        accepted = {_text(option) for option in options} - {None}
        own = _own_enum(schema, path)
        for slot in _present(obj, prefix, path):
            shown = _text(slot.value)
            if own is not None and shown not in own:
                continue
            if shown is not None and shown not in accepted:
                message = f"{slot.path} must be one of: {_listing(options)}{suffix}"
                found.append(Violation(slot.path, rule_name, message))
    return found


def _own_enum(schema: Mapping[str, Any], path: str) -> set[str | None] | None:
    """The enum (as text) the schema gives the field at a dotted path, if it gives one."""
    enum = schema_at(schema, path).get("enum")
    return {_text(option) for option in enum} if isinstance(enum, list) else None


def _groups_present(obj: Mapping[Any, Any], prefix: str, paths: list[str]) -> list[str]:
    """The full paths of the fields in ``paths`` that are present, in order."""
    return [_join(prefix, p) for p in paths if _present(obj, prefix, p)]


def _mutually_exclusive(
    obj: Mapping[Any, Any],
    schema: Mapping[str, Any],
    prefix: str,
    rule: Mapping[str, Any],
    context: _Context,
) -> list[Violation]:
    raw_groups = rule.get("groups")
    groups = [_paths(g) for g in raw_groups] if isinstance(raw_groups, list) else []
    groups = [g for g in groups if g]
    used = [present for g in groups if (present := _groups_present(obj, prefix, g))]
    if len(used) < 2:
        return []
    names = ", ".join("/".join(_join(prefix, p) for p in g) for g in groups)
    message = f"only one of {names} may be set{context.render()}"
    return [Violation(used[0][0], "mutually_exclusive", message)]


def _one_of_counts(
    obj: Mapping[Any, Any],
    schema: Mapping[str, Any],
    prefix: str,
    rule: Mapping[str, Any],
    context: _Context,
) -> list[Violation]:
    """exactly_one_of and at_least_one_of."""
    kind = str(rule.get("rule"))
    fields = _paths(rule.get("fields"))
    if not fields:
        return []
    present = _groups_present(obj, prefix, fields)
    names = ", ".join(_join(prefix, f) for f in fields)
    if kind == "exactly_one_of" and len(present) != 1:
        message = f"exactly one of {names} must be set{context.render()}"
    elif kind == "at_least_one_of" and not present:
        message = f"at least one of {names} must be set{context.render()}"
    else:
        return []
    field = present[0] if present else _join(prefix, fields[0])
    return [Violation(field, kind, message)]


def _plural(name: str) -> str:
    last = name.rsplit(".", 1)[-1].removesuffix("[]")
    return last if last.endswith("s") else f"{last}s"


def _sum_equals(
    obj: Mapping[Any, Any],
    schema: Mapping[str, Any],
    prefix: str,
    rule: Mapping[str, Any],
    context: _Context,
) -> list[Violation]:
    items, item_field, total = rule.get("items"), rule.get("item_field"), rule.get("total")
    if not (isinstance(items, str) and isinstance(item_field, str) and isinstance(total, str)):
        return []
    expected_slots = _present(obj, prefix, total)
    expected_raw = expected_slots[0].value if expected_slots else _default(schema, total)
    expected = _number(expected_raw)
    if expected is None:
        return []
    found: list[Violation] = []
    for slot in _present(obj, prefix, items):
        if not isinstance(slot.value, list | tuple):
            continue
        parts: list[float] = []
        for index, item in enumerate(slot.value):
            if not isinstance(item, Mapping):
                break
            values = _present(item, f"{slot.path}[{index}]", item_field)
            number = _number(values[0].value) if values else None
            if number is None:
                break
            parts.append(number)
        else:
            actual = math.fsum(parts)
            if abs(actual - expected) > _RATIO_SLACK:
                message = (
                    f"{slot.path} {_plural(item_field)} must add up to {_join(prefix, total)} "
                    f"({_num(expected)}), got {_num(actual)}{context.render()}"
                )
                found.append(Violation(slot.path, "sum_equals", message))
    return found


def _max_total_items(
    obj: Mapping[Any, Any],
    schema: Mapping[str, Any],
    prefix: str,
    rule: Mapping[str, Any],
    context: _Context,
) -> list[Violation]:
    fields, limit = _paths(rule.get("fields")), rule.get("max")
    if not fields or not _is_number(limit):
        return []
    total = 0
    for path in fields:
        total += sum(_item_count(slot, path) for slot in _present(obj, prefix, path))
    if total <= limit:
        return []
    names = [_join(prefix, f) for f in fields]
    together = " together" if len(names) > 1 else ""
    message = (
        f"{_and_listing(names)}{together} must have at most {_num(limit)} items{context.render()}"
    )
    return [Violation(names[0], "max_total_items", message)]


def _nonzero_count(
    obj: Mapping[Any, Any],
    schema: Mapping[str, Any],
    prefix: str,
    rule: Mapping[str, Any],
    context: _Context,
) -> list[Violation]:
    fields = _paths(rule.get("fields"))
    low = _number(rule.get("min")) or 0.0
    high = _number(rule.get("max"))
    if not fields:
        return []
    count = sum(
        1
        for path in fields
        if any(_number(s.value) not in (None, 0.0) for s in _present(obj, prefix, path))
    )
    if count >= low and (high is None or count <= high):
        return []
    if high is not None and low == high:
        amount = "exactly one" if high == 1 else f"exactly {_num(high)}"
    elif high is not None and low > 0:
        amount = f"between {_num(low)} and {_num(high)}"
    elif high is not None:
        amount = f"at most {_num(high)}"
    else:
        amount = f"at least {_num(low)}"
    names = ", ".join(_join(prefix, f) for f in fields)
    message = f"{amount} of {names} must be non-zero, got {count}{context.render()}"
    return [Violation(_join(prefix, fields[0]), "nonzero_count", message)]


def _less_than(
    obj: Mapping[Any, Any],
    schema: Mapping[str, Any],
    prefix: str,
    rule: Mapping[str, Any],
    context: _Context,
) -> list[Violation]:
    left, right = rule.get("left"), rule.get("right")
    if not (isinstance(left, str) and isinstance(right, str)):
        return []
    lefts, rights = _present(obj, prefix, left), _present(obj, prefix, right)
    if not lefts or not rights:
        return []
    low, high = _number(lefts[0].value), _number(rights[0].value)
    gap = _number(rule.get("min_gap")) or 0.0
    if low is None or high is None or (low < high and high - low >= gap):
        return []
    by = f"at least {_num(gap)} " if gap > 0 else ""
    message = (
        f"{lefts[0].path} must be {by}less than {rights[0].path}, "
        f"got {_num(low)} and {_num(high)}{context.render()}"
    )
    return [Violation(lefts[0].path, "less_than", message)]


def _canvas_area_max(
    obj: Mapping[Any, Any],
    schema: Mapping[str, Any],
    prefix: str,
    rule: Mapping[str, Any],
    context: _Context,
) -> list[Violation]:
    vertical, horizontal = _paths(rule.get("vertical")), _paths(rule.get("horizontal"))
    limit = _number(rule.get("max"))
    if not vertical or not horizontal or limit is None:
        return []

    def grow(paths: list[str]) -> float:
        numbers = (_number(s.value) for p in paths for s in _present(obj, prefix, p))
        return 1.0 + math.fsum(n for n in numbers if n is not None)

    area = grow(vertical) * grow(horizontal)
    if area <= limit * (1 + _RATIO_SLACK):
        return []
    down = " + ".join(_join(prefix, p) for p in vertical)
    across = " + ".join(_join(prefix, p) for p in horizontal)
    message = (
        f"the expanded canvas (1 + {down}) * (1 + {across}) must be at most {_num(limit)} "
        f"times the original area, got {_num(round(area, 6))}{context.render()}"
    )
    return [Violation(_join(prefix, vertical[0]), "canvas_area_max", message)]


_RULES = {
    "mutually_exclusive": _mutually_exclusive,
    "exactly_one_of": _one_of_counts,
    "at_least_one_of": _one_of_counts,
    "when": _when,
    "sum_equals": _sum_equals,
    "max_total_items": _max_total_items,
    "nonzero_count": _nonzero_count,
    "less_than": _less_than,
    "canvas_area_max": _canvas_area_max,
}


# ----------------------------------------------------------------------------- x-kling-models


def _apply_models(
    obj: Mapping[Any, Any],
    schema: Mapping[str, Any],
    prefix: str,
    models: Mapping[str, Any],
    path_args: Mapping[str, object] | None = None,
) -> list[Violation]:
    """The limits of the selected model: the selector's value (a body field, or with ``in: path``
    a path parameter), or its default when absent."""
    field, table = models.get("field"), models.get("models")
    if not isinstance(field, str) or not field or not isinstance(table, Mapping):
        return []
    if models.get("in", "body") == "path":
        if path_args is None or field not in path_args:
            return []
        selected, model = _text(path_args[field]), f"model {path_args[field]}"
    else:
        chosen = _present(obj, prefix, field)
        selected = _text(chosen[0].value if chosen else _default(schema, field))
        model = f"{_join(prefix, field)} {selected}"
    support = table.get(selected) if selected is not None else None
    if not isinstance(support, Mapping):
        return []
    context = _Context(model=model)
    found = _allowed(obj, schema, prefix, support.get("allow"), context.render(), "x-kling-models")
    for path in _paths(support.get("unsupported")):
        for slot in _present(obj, prefix, path):
            message = f"{slot.path} is not supported by {model}"
            found.append(Violation(slot.path, "x-kling-models", message))
    then = {"require": support.get("require")}
    found.extend(_consequence(obj, schema, prefix, then, context, "x-kling-models"))
    entries = support.get("when")
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, Mapping):
            found.extend(_when(obj, schema, prefix, entry, context, "x-kling-models"))
    rules = support.get("rules")
    if isinstance(rules, list):
        found.extend(_apply_rules(obj, schema, prefix, rules, context))
    found.extend(_narrowed(obj, prefix, support.get("narrow")))
    return found


def _narrowed(obj: Mapping[Any, Any], prefix: str, narrow: object) -> list[Violation]:
    """A model's ``narrow``: each present field also meets the keywords given (allOf: both hold).

    Checked with their JSON Schema keywords even when the caller checked the schema already:
    the schema it checked does not know which model was chosen."""
    if not isinstance(narrow, Mapping):
        return []
    found: list[Violation] = []
    for path, keywords in narrow.items():
        if isinstance(path, str) and isinstance(keywords, Mapping):
            for slot in _present(obj, prefix, path):
                found.extend(_walk(slot.value, keywords, slot.path, True))
    return found
