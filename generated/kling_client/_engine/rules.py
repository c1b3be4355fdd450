"""The rules engine: check a request body against a compiled schema and the x-kling-* vocabulary.

The mock (server side, after openapi-core) and the generated client (client side, shipped
as part of ``kling_client._engine``) both call :func:`check`, so they reach the same verdict in
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
import math
import operator
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from types import ModuleType
from typing import Any

from .models import MODELS, ModelTable
from .values import (
    NO_DEFAULT,
    SCHEMA_RULES,
    declared_schema,
    default_of,
    field_values,
    frozen,
    has_type,
    is_number,
    is_present,
    item_count,
    join,
    json_equal,
    number_of,
    number_text,
    path_list,
    present,
    schema_at,
    shown,
    slots,
    text_of,
)
from .wording import answer

__all__ = [
    "SCHEMA_RULES",
    "Violation",
    "answer",
    "check",
    "check_at",
    "conditions_hold",
    "declared_schema",
    "describe",
    "field_values",
    "image_size",
    "schema_at",
]

INVALID_VALUE = 1201

#: Violation.fault of an image or media value that is neither a URL nor decodable Base64.
BASE64 = "base64"
#: Violation.fault of a value outside the list its request's model allows (x-kling-models allow).
ALLOW = "allow"

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
_MEDIA_ID = re.compile(r"[A-Za-z0-9_.:-]{1,128}")
_RATIO_SLACK = 1e-9


@dataclass(frozen=True)
class Violation:
    """One broken rule: where (a field path), which rule (keyword or x-kling rule), and why."""

    field: str
    rule: str
    message: str
    code: int = INVALID_VALUE
    expected: object = dataclass_field(default=None, compare=False)
    """The broken rule's own value where it has one (an enum's values, a type, a bound); not
    part of a violation's identity (it may be a list, and violations are deduplicated)."""
    fault: str = dataclass_field(default="", compare=False)
    """Which fault of a rule that has several, where the API words one apart (``base64``: an
    image or media value that is neither a URL nor Base64; ``allow``: outside the values the
    request's model allows); ``x-kling-messages`` may key a sentence by it (wording.py)."""


def check(
    body: object,
    schema: Mapping[str, Any],
    *,
    schema_checks: bool = True,
    path: Mapping[str, object] | None = None,
    answered: bool = True,
) -> list[Violation]:
    """Every violation of ``schema`` by ``body``, in document order; an empty list means valid.

    With ``schema_checks=False`` only the x-kling-* checks run (images, media, rules, models): the
    caller has validated the JSON Schema part already. ``path`` holds the request's path
    parameters, for an ``x-kling-models`` whose selector is ``in: path``. ``answered``: as the
    API answers them (``wording.answer``: its words, one sentence where it gives one); False gives
    every violation in the engine's words, for a caller that adds its own before answering.
    Never raises: values of the wrong type are reported by the schema part and skipped by the
    rules.
    """
    if not isinstance(schema, Mapping):
        return []
    found = _walk(body, schema, "", schema_checks)
    table = ModelTable.of(schema)
    if table is not None and table.in_path and isinstance(body, Mapping):
        found.extend(_apply_models(body, schema, "", path or {}))
    return answer(found, body, schema, path) if answered else found


def check_at(value: object, schema: Mapping[str, Any], path: str) -> list[Violation]:
    """Every JSON Schema and x-kling-* violation of a value found at ``path`` of a body, worded
    with that path (the mock asks this of the items openapi-core finds fitting no branch, so
    both sides choose a branch alike)."""
    return _walk(value, schema, path, True) if isinstance(schema, Mapping) else []


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
        return f"{name} must be {shown(value)}"
    if keyword in _COMPARISONS:
        return f"{name} must be {_COMPARISONS[keyword]} {shown(value)}"
    if keyword == "minLength":
        return f"{name} must be at least {shown(value)} characters"
    if keyword == "maxLength":
        return f"{name} must be at most {shown(value)} characters"
    if keyword == "pattern":
        return f"{name} must match {value}"
    if keyword == "minItems":
        return f"{name} must have at least {shown(value)} items"
    if keyword == "maxItems":
        return f"{name} must have at most {shown(value)} items"
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


def _listing(values: Sequence[object]) -> str:
    return ", ".join(shown(value) for value in values)


def _and_listing(names: Sequence[str]) -> str:
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _label(path: str) -> str:
    return path or "body"


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
            if not any(has_type(value, kind) for kind in kinds):
                return [
                    Violation(path, "type", describe(path, "type", expected), expected=expected)
                ]
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
        expected = schema[keyword]
        found.append(Violation(path, keyword, describe(path, keyword, expected), expected=expected))

    enum = schema.get("enum")
    if isinstance(enum, list) and not any(json_equal(value, option) for option in enum):
        broken("enum")
    if "const" in schema and not json_equal(value, schema["const"]):
        broken("const")
    if isinstance(value, int | float) and not isinstance(value, bool):
        for keyword, holds in _BOUNDS.items():
            bound = schema.get(keyword)
            if is_number(bound) and not holds(value, bound):
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
    if is_number(minimum) and size < minimum:
        broken(low)
    if is_number(maximum) and size > maximum:
        broken(high)


def _all_unique(items: Sequence[object]) -> bool:
    try:
        keys = [frozen(item) for item in items]
    except RecursionError:
        return True
    return len(set(keys)) == len(keys)


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
        where = join(path, name)
        if name in value:
            if isinstance(subschema, Mapping):
                found.extend(_walk(value[name], subschema, where, strict))
        elif strict and name in required:
            found.append(Violation(where, "required", describe(where, "required", True)))
    if strict:
        for name in required:
            if name not in properties and name not in value:
                where = join(path, name)
                found.append(Violation(where, "required", describe(where, "required", True)))
    extra = schema.get("additionalProperties")
    for key in value:
        if key in properties:
            continue
        where = join(path, str(key))
        if extra is False and strict:
            message = describe(where, "additionalProperties", False)
            found.append(Violation(where, "additionalProperties", message))
        elif isinstance(extra, Mapping):
            found.extend(_walk(value[key], extra, where, strict))
    rules = schema.get("x-kling-rules")
    if isinstance(rules, list):
        found.extend(_apply_rules(value, schema, path, rules, _Context()))
    if MODELS in schema:
        found.extend(_apply_models(value, schema, path))
    return found


def _walk_branches(value: object, branches: list[Any], path: str, strict: bool) -> list[Violation]:
    """anyOf/oneOf: the first branch the value fits, else the closest one.

    Closest = of the value's type, then taking its tag (a field the branch fixes by const or enum,
    such as an item's ``type``), then declaring most of the fields sent, then fewest violations.
    """
    candidates = [b for b in branches if isinstance(b, Mapping)]
    verdicts = [_walk(value, branch, path, True) for branch in candidates]
    if not verdicts:
        return []
    untagged = _no_branch_takes_the_tag(value, candidates, path)
    if untagged is not None:
        return [untagged] if strict else []
    chosen = next((v for v in verdicts if not any(x.rule in SCHEMA_RULES for x in v)), None)
    if chosen is None:
        ranks = [
            (
                _fails_own_type(found, path),
                _fails_a_tag(found, path),
                -_known_fields(value, branch),
                len(found),
            )
            for branch, found in zip(candidates, verdicts, strict=True)
        ]
        chosen = verdicts[ranks.index(min(ranks))]
    return [v for v in chosen if strict or v.rule not in SCHEMA_RULES]


def _tag_values(schema: Mapping[str, Any], name: str) -> list[object] | None:
    """What a branch allows its property ``name`` (its const or enum); None: it lists none."""
    properties = schema.get("properties")
    declared = properties.get(name) if isinstance(properties, Mapping) else None
    if not isinstance(declared, Mapping):
        return None
    if "const" in declared:
        return [declared["const"]]
    enum = declared.get("enum")
    return list(enum) if isinstance(enum, list) else None


def _no_branch_takes_the_tag(
    value: object, branches: list[Mapping[str, Any]], path: str
) -> Violation | None:
    """Branches told apart by one property (a ``type`` each lists as const or enum) and a value
    whose tag none lists: the tag is the fault, reported with every value the branches take,
    not whatever the closest branch would require (``contents[1].text is required``)."""
    if not isinstance(value, Mapping):
        return None
    for name, sent in value.items():
        listed = [_tag_values(branch, str(name)) for branch in branches]
        if any(values is None for values in listed):
            continue
        allowed = list(dict.fromkeys(v for values in listed for v in values or ()))
        if not any(json_equal(sent, option) for option in allowed):
            where = join(path, str(name))
            return Violation(where, "enum", describe(where, "enum", allowed), expected=allowed)
    return None


def _fails_a_tag(violations: list[Violation], path: str) -> bool:
    """A field of the value itself (not deeper) is outside the branch's const or enum."""
    start = join(path, "")
    return any(
        v.rule in ("const", "enum")
        and v.field.startswith(start)
        and not any(mark in v.field[len(start) :] for mark in ".[")
        for v in violations
    )


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
        return f"{number_text(count / _MIB)} MB ({number_text(count)} bytes)"
    return f"{number_text(count)} bytes"


def _ratio(value: float) -> str:
    if value >= 1:
        return f"{number_text(round(value, 2))}:1"
    return f"1:{number_text(round(1 / value, 2))}"


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
        return [Violation(path, "x-kling-image", f"{name} is not valid Base64", fault=BASE64)]
    found: list[Violation] = []
    max_bytes = spec.get("max_bytes")
    if is_number(max_bytes) and len(data) > max_bytes:
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
    if is_number(min_side) and min(width, height) < min_side:
        message = f"{name} must be at least {number_text(min_side)} px on each side, got {shown}"
        found.append(Violation(path, "x-kling-image", message))
    if is_number(max_side) and max(width, height) > max_side:
        message = f"{name} must be at most {number_text(max_side)} px on each side, got {shown}"
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
    number = number_of(value) if not isinstance(value, str) else None
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
        return [Violation(path, "x-kling-media", f"{name} is not valid Base64", fault=BASE64)]
    max_bytes = spec.get("max_bytes")
    if is_number(max_bytes) and len(data) > max_bytes:
        message = f"{name} must be at most {_byte_size(max_bytes)}, got {len(data)} bytes"
        return [Violation(path, "x-kling-media", message)]
    return []


# ----------------------------------------------------------------------------- rule paths


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
    found = present(obj, prefix, field)
    if condition.get("absent") is True:
        return not found
    if "equals" in condition:
        wanted = [condition["equals"]]
    elif isinstance(condition.get("in"), list):
        wanted = condition["in"]
    else:
        return bool(found)
    values = [slot.value for slot in found]
    if not values:
        default = default_of(schema, field)
        values = [] if default is NO_DEFAULT else [default]
    wanted_texts = {text_of(w) for w in wanted} - {None}
    return any(text_of(value) in wanted_texts for value in values if text_of(value) is not None)


def conditions_hold(obj: Mapping[Any, Any], raw: object, schema: Mapping[str, Any] = {}) -> bool:
    """Whether every condition (``{field, equals | in | absent}``, as in ``when``) holds for
    ``obj``; no conditions hold trivially. Prices read their ``if`` through this."""
    return all(_condition_holds(obj, schema, "", c) for c in _conditions(raw))


def _describe_condition(prefix: str, condition: Mapping[str, Any]) -> str:
    field = join(prefix, str(condition.get("field")))
    if condition.get("absent") is True:
        return f"{field} is not set"
    if "equals" in condition:
        return f"{field} is {shown(condition['equals'])}"
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
                broken = handler(obj, schema, prefix, rule, context)
                found.extend(_in_own_words(broken, rule.get("message"), obj, prefix))
    return found


def _in_own_words(
    broken: list[Violation], message: object, obj: Mapping[Any, Any], prefix: str
) -> list[Violation]:
    """A rule's violations in the sentence the rule gives (``message``: the API's words; it may
    name ``{value}``, what the field holds), else as the engine words them."""
    if not isinstance(message, str):
        return broken
    worded = []
    for violation in broken:
        relative = violation.field[len(prefix) + 1 :] if prefix else violation.field
        values = [s.value for s in slots(obj, prefix, relative) if s.exists]
        text = shown(values[0]) if values else ""
        worded.append(replace(violation, message=message.replace("{value}", text)))
    return worded


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
    for path in path_list(then.get("require")):
        for slot in slots(obj, prefix, path):
            if not (slot.exists and is_present(slot.value)):
                found.append(Violation(slot.path, rule_name, f"{slot.path} is required{suffix}"))
    for path in path_list(then.get("forbid")):
        for slot in present(obj, prefix, path):
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
        accepted = {text_of(option) for option in options} - {None}
        own = _own_enum(schema, path)
        for slot in present(obj, prefix, path):
            shown = text_of(slot.value)
            if own is not None and shown not in own:
                continue
            if shown is not None and shown not in accepted:
                message = f"{slot.path} must be one of: {_listing(options)}{suffix}"
                fault = ALLOW if rule_name == MODELS else ""
                found.append(
                    Violation(slot.path, rule_name, message, expected=options, fault=fault)
                )
    return found


def _own_enum(schema: Mapping[str, Any], path: str) -> set[str | None] | None:
    """The enum (as text) the schema gives the field at a dotted path, if it gives one."""
    enum = schema_at(schema, path).get("enum")
    return {text_of(option) for option in enum} if isinstance(enum, list) else None


def _groups_present(obj: Mapping[Any, Any], prefix: str, paths: list[str]) -> list[str]:
    """The full paths of the fields in ``paths`` that are present, in order."""
    return [join(prefix, p) for p in paths if present(obj, prefix, p)]


def _mutually_exclusive(
    obj: Mapping[Any, Any],
    schema: Mapping[str, Any],
    prefix: str,
    rule: Mapping[str, Any],
    context: _Context,
) -> list[Violation]:
    raw_groups = rule.get("groups")
    groups = [path_list(g) for g in raw_groups] if isinstance(raw_groups, list) else []
    groups = [g for g in groups if g]
    used = [present for g in groups if (present := _groups_present(obj, prefix, g))]
    if len(used) < 2:
        return []
    names = ", ".join("/".join(join(prefix, p) for p in g) for g in groups)
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
    fields = path_list(rule.get("fields"))
    if not fields:
        return []
    present = _groups_present(obj, prefix, fields)
    names = ", ".join(join(prefix, f) for f in fields)
    if kind == "exactly_one_of" and len(present) != 1:
        message = f"exactly one of {names} must be set{context.render()}"
    elif kind == "at_least_one_of" and not present:
        message = f"at least one of {names} must be set{context.render()}"
    else:
        return []
    field = present[0] if present else join(prefix, fields[0])
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
    expected_slots = present(obj, prefix, total)
    expected_raw = expected_slots[0].value if expected_slots else default_of(schema, total)
    expected = number_of(expected_raw)
    if expected is None:
        return []
    found: list[Violation] = []
    for slot in present(obj, prefix, items):
        if not isinstance(slot.value, list | tuple):
            continue
        parts: list[float] = []
        for index, item in enumerate(slot.value):
            if not isinstance(item, Mapping):
                break
            values = present(item, f"{slot.path}[{index}]", item_field)
            number = number_of(values[0].value) if values else None
            if number is None:
                break
            parts.append(number)
        else:
            actual = math.fsum(parts)
            if abs(actual - expected) > _RATIO_SLACK:
                message = (
                    f"{slot.path} {_plural(item_field)} must add up to {join(prefix, total)} "
                    f"({number_text(expected)}), got {number_text(actual)}{context.render()}"
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
    fields, limit = path_list(rule.get("fields")), rule.get("max")
    if not fields or not is_number(limit):
        return []
    total = 0
    for path in fields:
        total += sum(item_count(slot, path) for slot in present(obj, prefix, path))
    if total <= limit:
        return []
    names = [join(prefix, f) for f in fields]
    together = " together" if len(names) > 1 else ""
    message = (
        f"{_and_listing(names)}{together} must have at most {number_text(limit)} items"
        f"{context.render()}"
    )
    return [Violation(names[0], "max_total_items", message)]


def _nonzero_count(
    obj: Mapping[Any, Any],
    schema: Mapping[str, Any],
    prefix: str,
    rule: Mapping[str, Any],
    context: _Context,
) -> list[Violation]:
    fields = path_list(rule.get("fields"))
    low = number_of(rule.get("min")) or 0.0
    high = number_of(rule.get("max"))
    if not fields:
        return []
    count = sum(
        1
        for path in fields
        if any(number_of(s.value) not in (None, 0.0) for s in present(obj, prefix, path))
    )
    if count >= low and (high is None or count <= high):
        return []
    if high is not None and low == high:
        amount = "exactly one" if high == 1 else f"exactly {number_text(high)}"
    elif high is not None and low > 0:
        amount = f"between {number_text(low)} and {number_text(high)}"
    elif high is not None:
        amount = f"at most {number_text(high)}"
    else:
        amount = f"at least {number_text(low)}"
    names = ", ".join(join(prefix, f) for f in fields)
    message = f"{amount} of {names} must be non-zero, got {count}{context.render()}"
    return [Violation(join(prefix, fields[0]), "nonzero_count", message)]


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
    lefts, rights = present(obj, prefix, left), present(obj, prefix, right)
    if not lefts or not rights:
        return []
    low, high = number_of(lefts[0].value), number_of(rights[0].value)
    gap = number_of(rule.get("min_gap")) or 0.0
    if low is None or high is None or (low < high and high - low >= gap):
        return []
    by = f"at least {number_text(gap)} " if gap > 0 else ""
    message = (
        f"{lefts[0].path} must be {by}less than {rights[0].path}, "
        f"got {number_text(low)} and {number_text(high)}{context.render()}"
    )
    return [Violation(lefts[0].path, "less_than", message)]


def _canvas_area_max(
    obj: Mapping[Any, Any],
    schema: Mapping[str, Any],
    prefix: str,
    rule: Mapping[str, Any],
    context: _Context,
) -> list[Violation]:
    vertical, horizontal = path_list(rule.get("vertical")), path_list(rule.get("horizontal"))
    limit = number_of(rule.get("max"))
    if not vertical or not horizontal or limit is None:
        return []

    def grow(paths: list[str]) -> float:
        numbers = (number_of(s.value) for p in paths for s in present(obj, prefix, p))
        return 1.0 + math.fsum(n for n in numbers if n is not None)

    area = grow(vertical) * grow(horizontal)
    if area <= limit * (1 + _RATIO_SLACK):
        return []
    down = " + ".join(join(prefix, p) for p in vertical)
    across = " + ".join(join(prefix, p) for p in horizontal)
    message = (
        f"the expanded canvas (1 + {down}) * (1 + {across}) must be at most {number_text(limit)} "
        f"times the original area, got {number_text(round(area, 6))}{context.render()}"
    )
    return [Violation(join(prefix, vertical[0]), "canvas_area_max", message)]


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
    path_args: Mapping[str, object] | None = None,
) -> list[Violation]:
    """The limits of the model the request chose (``ModelTable.choose``)."""
    table = ModelTable.of(schema)
    model = table.choose(obj, path_args, prefix) if table is not None else None
    if model is None:
        return []
    context = _Context(model=model.label)
    found = _allowed(obj, schema, prefix, model.allow, context.render(), "x-kling-models")
    for path in model.unsupported:
        for slot in present(obj, prefix, path):
            message = f"{slot.path} is not supported by {model.label}"
            found.append(Violation(slot.path, "x-kling-models", message))
    then = {"require": model.require}
    found.extend(_consequence(obj, schema, prefix, then, context, "x-kling-models"))
    for entry in model.when:
        found.extend(_when(obj, schema, prefix, entry, context, "x-kling-models"))
    if model.rules:
        found.extend(_apply_rules(obj, schema, prefix, list(model.rules), context))
    found.extend(_narrowed(obj, prefix, model.narrow))
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
            for slot in present(obj, prefix, path):
                found.extend(_walk(slot.value, keywords, slot.path, True))
    return found
