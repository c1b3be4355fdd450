"""Hypothesis strategies derived from spec/, never written per endpoint.

``valid_bodies(schema)`` draws request bodies from an operation's compiled request schema with
hypothesis-jsonschema, with image and media fields drawn from real files, and keeps those the rules
engine accepts (cross-field and per-model rules are not JSON Schema).
``invalid_bodies(schema)`` takes a valid body and breaks exactly one constraint: a range, an
enum, a length, a required field, an unknown field, an image's bytes/sides/ratio/format/prefix,
or an x-kling rule.
"""

from __future__ import annotations

import base64
import copy
import functools
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from PIL import Image

from spec.engine import rules

Schema = dict[str, Any]
Body = dict[str, Any]
IMAGE_FORMAT = "kling-image"
MEDIA_FORMAT = "kling-media"
CALLBACK_FIELD, CALLBACK_FORMAT = "callback_url", "kling-callback"


# --------------------------------------------------------------------------- real image files
@functools.cache
def encoded_image(width: int, height: int, fmt: str = "PNG") -> str:
    """Raw Base64 of a solid-colour image of that size (cached: encoding is the slow part)."""
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (width % 256, height % 256, 128)).save(buffer, fmt)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _image_strategy(spec: dict[str, Any]) -> st.SearchStrategy[str]:
    """Images that satisfy an x-kling-image spec: URLs and real Base64 files of allowed sizes."""
    low = int(spec.get("min_side", 1))
    min_ratio = float(spec.get("min_aspect_ratio", 0.4))
    max_ratio = float(spec.get("max_aspect_ratio", 2.5))
    sizes = [
        (w, h)
        for w, h in ((low, low), (low * 16 // 9, low), (low, low * 3 // 2), (low * 2, low))
        if min_ratio <= w / h <= max_ratio and max(w, h) <= int(spec.get("max_side", 10**6))
    ]
    formats = [f.upper() for f in spec.get("formats", ["png"]) if f in ("png", "jpeg")]
    files = st.sampled_from(sizes).flatmap(
        lambda size: st.sampled_from(formats).map(lambda fmt: encoded_image(size[0], size[1], fmt))
    )
    urls = st.sampled_from(["https://example.com/ref.png", "https://cdn.example.org/a/b.jpg"])
    return st.one_of(urls, files) if spec.get("accept_url", True) else files


def _callback_strategy() -> st.SearchStrategy[str]:
    """Callback URLs a mock's allow-list lets through (loopback, nothing listening): where a
    callback may go is the deployment's choice, not the spec's, so the client cannot judge it;
    the spec's own limits on the field are still broken by ``breakages``."""
    return st.sampled_from(["", "http://127.0.0.1:9/kling-callback"])


def _media_strategy() -> st.SearchStrategy[str]:
    return st.sampled_from(["https://example.com/clip.mp4", "https://example.com/voice.mp3"])


# --------------------------------------------------------------------------- valid bodies
def _for_generation(schema: Any, formats: dict[str, st.SearchStrategy[str]]) -> Any:
    """The compiled schema with image/media fields as custom formats and x-kling keys dropped."""
    if isinstance(schema, list):
        return [_for_generation(item, formats) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if "x-kling-image" in schema:
        name = f"{IMAGE_FORMAT}-{len(formats)}"
        formats[name] = _image_strategy(schema["x-kling-image"])
        return {"type": "string", "format": name}
    if "x-kling-media" in schema:
        formats[MEDIA_FORMAT] = _media_strategy()
        return {"type": "string", "format": MEDIA_FORMAT}
    prepared = {
        key: _for_generation(value, formats)
        for key, value in schema.items()
        if not key.startswith("x-kling-")
    }
    properties = prepared.get("properties")
    if isinstance(properties, dict) and CALLBACK_FIELD in properties:
        formats[CALLBACK_FORMAT] = _callback_strategy()
        properties[CALLBACK_FIELD] = {"type": "string", "format": CALLBACK_FORMAT}
    return prepared


def _accepted(schema: Schema) -> Callable[[Body], bool]:
    return lambda body: not rules.check(body, schema)


#: A field naming the items of an array with one value at a key (``contents[type=first_frame]``).
_SELECTED_ITEMS = re.compile(r"^(\w+)\[(\w+)=([^\]]+)\]$")


def _kin(items: Any, key: str, value: str) -> set[Any]:
    """The values ``key`` may take in the kind of item that may take ``value`` (its enum)."""
    for branch in items.get("oneOf", [items]) if isinstance(items, dict) else ():
        declared = (branch.get("properties") or {}).get(key) or {}
        options = declared.get("enum") or ([declared["const"]] if "const" in declared else [])
        if value in options:
            return set(options)
    return set()


def _with_selected_items(schema: Schema) -> Callable[[Body], Body]:
    """For each ``at_least_one_of`` rule on one kind of array item (``contents[type=first_frame]``):
    a drawn array without such an item gets one, by giving that value to an item of the same kind
    (``middle_frame`` becomes ``first_frame``). Drawn at random, such an array is rare, and the
    rules' filter would throw most bodies away."""
    wanted = []
    for rule in schema.get("x-kling-rules") or []:
        fields = rule.get("fields") or []
        found = _SELECTED_ITEMS.match(fields[0]) if len(fields) == 1 else None
        if rule.get("rule") == "at_least_one_of" and found:
            array, key, value = found.groups()
            items = ((schema.get("properties") or {}).get(array) or {}).get("items")
            wanted.append((array, key, value, _kin(items, key, value)))

    def with_items(body: Body) -> Body:
        for array, key, value, kin in wanted:
            items = body.get(array)
            if not isinstance(items, list) or any(
                isinstance(item, dict) and item.get(key) == value for item in items
            ):
                continue
            for index, item in enumerate(items):
                if isinstance(item, dict) and item.get(key) in kin:
                    body = {
                        **body,
                        array: [*items[:index], {**item, key: value}, *items[index + 1 :]],
                    }
                    break
        return body

    return with_items


def valid_bodies(schema: Schema) -> st.SearchStrategy[Body]:
    """Bodies the spec accepts: JSON Schema first, then filtered by the x-kling rules."""
    formats: dict[str, st.SearchStrategy[str]] = {}
    prepared = _for_generation(schema, formats)
    drawn = from_schema(prepared, custom_formats=formats).map(_with_selected_items(schema))
    return drawn.filter(_accepted(schema))


# ------------------------------------------------------------------- breaking one constraint
@dataclass(frozen=True)
class Breakage:
    """One deliberately broken constraint: where, which rule, and how the body was changed."""

    field: str
    rule: str
    body: Body


def _fields(schema: Schema) -> Iterator[tuple[str, Schema]]:
    for name, sub in (schema.get("properties") or {}).items():
        if isinstance(sub, dict):
            yield name, sub


def _schema_breakages(body: Body, schema: Schema) -> Iterator[Breakage]:
    """Top-level breakages of plain JSON Schema keywords."""
    for name in schema.get("required", []):
        if name in body:
            broken = {k: v for k, v in body.items() if k != name}
            yield Breakage(name, "required", broken)
    if schema.get("additionalProperties") is False:
        yield Breakage("unknown_option", "additionalProperties", {**body, "unknown_option": 1})
    for name, sub in _fields(schema):
        types = sub.get("type")
        if "enum" in sub:
            yield Breakage(name, "enum", {**body, name: "__not_an_option__"})
        if "maximum" in sub:
            bump = 1 if types == "integer" else 0.5
            yield Breakage(name, "maximum", {**body, name: sub["maximum"] + bump})
        if "minimum" in sub:
            bump = 1 if types == "integer" else 0.5
            yield Breakage(name, "minimum", {**body, name: sub["minimum"] - bump})
        if "maxLength" in sub and types == "string" and "x-kling-image" not in sub:
            yield Breakage(name, "maxLength", {**body, name: "x" * (sub["maxLength"] + 1)})
        if "maxItems" in sub and name in body and body[name]:
            item = body[name][0]
            yield Breakage(name, "maxItems", {**body, name: [item] * (sub["maxItems"] + 1)})
        if types in ("integer", "number"):
            yield Breakage(name, "type", {**body, name: "not-a-number"})
        elif types == "string":
            yield Breakage(name, "type", {**body, name: 12345})
        elif types == "boolean":
            yield Breakage(name, "type", {**body, name: "yes"})


def _image_breakages(body: Body, schema: Schema) -> Iterator[Breakage]:
    """Images that break one x-kling-image limit at a time."""
    for name, sub in _fields(schema):
        spec = sub.get("x-kling-image")
        if not spec:
            continue
        side = int(spec.get("min_side", 300))
        yield Breakage(name, "image.min_side", {**body, name: encoded_image(side - 1, side - 1)})
        if "min_aspect_ratio" in spec:
            tall = int(side / spec["min_aspect_ratio"]) + side
            yield Breakage(name, "image.aspect_ratio", {**body, name: encoded_image(side, tall)})
        png = encoded_image(side, side)
        yield Breakage(name, "image.data_prefix", {**body, name: "data:image/png;base64," + png})
        garbage = base64.b64encode(b"this is not an image at all" * 20).decode()
        yield Breakage(name, "image.format", {**body, name: garbage})
        yield Breakage(name, "image.base64", {**body, name: "%%%not-base64%%%"})


def example_value(schema: Schema) -> Any:
    """A small value the schema accepts (used to switch a field on when breaking a rule)."""
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    if "x-kling-image" in schema or "x-kling-media" in schema:
        return "https://example.com/ref.png"
    kind = schema.get("type")
    kind = kind[0] if isinstance(kind, list) else kind
    if kind == "string":
        if "http" in schema.get("pattern", ""):
            return "https://example.com/x"
        return "x" * max(int(schema.get("minLength", 1)), 1)
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 0.5))
    if kind == "boolean":
        return True
    if kind == "array":
        return [example_value(schema.get("items", {}))] * max(int(schema.get("minItems", 1)), 1)
    if kind == "object":
        props = schema.get("properties", {})
        return {name: example_value(props.get(name, {})) for name in schema.get("required", [])}
    for branch in schema.get("oneOf", []) + schema.get("anyOf", []):
        return example_value(branch)
    return "x"


def _with(body: Body, path: str, value: Any) -> Body:
    """A copy of body with the dotted path set to value."""
    out = copy.deepcopy(body)
    target = out
    *parents, last = path.split(".")
    for name in parents:
        if not isinstance(target.get(name), dict):
            target[name] = {}
        target = target[name]
    target[last] = value
    return out


def _without(body: Body, *names: str) -> Body:
    return {k: v for k, v in body.items() if k not in names}


def _rule_breakages(body: Body, schema: Schema) -> Iterator[Breakage]:
    """Bodies that break a top-level x-kling rule or model limit."""
    props = dict(_fields(schema))

    def sample(name: str) -> Any:
        return example_value(props.get(name, {}))

    for rule in schema.get("x-kling-rules", []):
        kind = rule["rule"]
        if kind == "when" and isinstance(rule["if"], dict) and "." not in rule["if"]["field"]:
            cond = rule["if"]
            if cond.get("absent"):
                continue
            trigger = cond.get("equals", (cond.get("in") or [None])[0])
            if trigger is None:
                trigger = body.get(cond["field"], sample(cond["field"]))
            for name in rule["then"].get("require", []):
                if "." not in name and "[" not in name:
                    broken = _with(_without(body, name), cond["field"], trigger)
                    yield Breakage(name, "when.require", broken)
            for name in rule["then"].get("forbid", []):
                if "." not in name and "[" not in name and name in props:
                    broken = _with(_with(body, cond["field"], trigger), name, sample(name))
                    yield Breakage(name, "when.forbid", broken)
        elif kind in ("exactly_one_of", "at_least_one_of"):
            yield Breakage(rule["fields"][0], kind, _without(body, *rule["fields"]))
    models = schema.get("x-kling-models")
    if models:
        selector = models["field"]
        for model, support in models["models"].items():
            for name in support.get("unsupported", []):
                if name in props and "." not in name:
                    broken = _with(_with(body, selector, model), name, sample(name))
                    yield Breakage(name, "model.unsupported", broken)
            for name, allowed in (support.get("allow") or {}).items():
                others = [v for v in props.get(name, {}).get("enum", []) if v not in allowed]
                if others and "." not in name:
                    broken = _with(_with(body, selector, model), name, others[0])
                    yield Breakage(name, "model.allow", broken)


def _names(violation: rules.Violation, field: str) -> bool:
    top = field.split(".")[0].split("[")[0]
    return violation.field.split(".")[0].split("[")[0] == top or top in violation.message


def breakages(body: Body, schema: Schema) -> list[Breakage]:
    """Every breakage of body whose own field the rules engine reports as violated."""
    candidates = [
        *_schema_breakages(body, schema),
        *_image_breakages(body, schema),
        *_rule_breakages(body, schema),
    ]
    return [
        b
        for b in candidates
        if any(_names(v, b.field) for v in rules.check(copy.deepcopy(b.body), schema))
    ]


def invalid_bodies(schema: Schema) -> st.SearchStrategy[Breakage]:
    """A valid body with one constraint broken."""
    return (
        valid_bodies(schema)
        .flatmap(
            lambda body: st.sampled_from(breakages(body, schema) or [Breakage("", "none", body)])
        )
        .filter(lambda b: b.rule != "none")
    )
