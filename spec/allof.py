"""The one ``allOf`` merger: several schemas read as one (a conjunction where it can be).

``required`` and ``x-kling-rules`` add up, ``properties`` merge field by field, bounds take the
stricter value, ``enum`` and ``type`` intersect, ``additionalProperties: false`` wins and two
``oneOf`` (or ``anyOf``) lists become the list of their pairwise merges. Any other keyword: the
later schema wins. The schema compiler merges compiled parts with :func:`merge`; the generator's
type builder and the mock's response synthesizer read raw schemas through :func:`flatten`.
"""

from __future__ import annotations

from typing import Any

from spec.documents import Document
from spec.refs import resolve

Schema = dict[str, Any]

_LOWER_BOUNDS = frozenset({"minimum", "exclusiveMinimum", "minLength", "minItems"})
_UPPER_BOUNDS = frozenset({"maximum", "exclusiveMaximum", "maxLength", "maxItems"})


def flatten(bundle: Document, node: Any) -> Any:
    """``node`` with its ``$ref`` followed and its ``allOf`` parts merged in (its own keywords
    last, so they win). A schema without ``allOf`` comes back as it is (same object); a merged
    one always has ``properties`` and ``required``."""
    schema = resolve(bundle, node)
    if not isinstance(schema, dict) or "allOf" not in schema:
        return schema
    merged: Schema = {}
    for part in schema["allOf"]:
        flat = flatten(bundle, part)
        if isinstance(flat, dict):
            merged = merge(merged, flat)
    merged = merge(merged, {k: v for k, v in schema.items() if k != "allOf"})
    merged.setdefault("properties", {})
    merged.setdefault("required", [])
    return merged


def merge(base: Schema, extra: Schema) -> Schema:
    """``base`` and ``extra`` as one schema (a new dict; neither argument changes)."""
    merged = dict(base)
    for key, value in extra.items():
        merged[key] = _merge_keyword(key, merged[key], value) if key in merged else value
    return merged


def _merge_keyword(key: str, old: Any, new: Any) -> Any:
    if key == "properties":
        properties = dict(old)
        for name, schema in new.items():
            properties[name] = merge(properties[name], schema) if name in properties else schema
        return properties
    if key == "required":
        return [*old, *(name for name in new if name not in old)]
    if key == "x-kling-rules":
        return [*old, *new]
    if key == "enum":
        return [value for value in old if value in new]
    if key == "type":
        return _merge_types(old, new)
    if key in _LOWER_BOUNDS:
        return max(old, new)
    if key in _UPPER_BOUNDS:
        return min(old, new)
    if key == "uniqueItems":
        return bool(old or new)
    if key in ("items", "additionalProperties"):
        if old is False or new is False:
            return False
        if old is True:
            return new
        if new is True:
            return old
        return merge(old, new)
    if key in ("oneOf", "anyOf"):
        return [merge(first, second) for first in old for second in new]
    return new


def _merge_types(old: str | list[str], new: str | list[str]) -> str | list[str]:
    olds = old if isinstance(old, list) else [old]
    news = new if isinstance(new, list) else [new]
    kept = [t for t in olds if t in news or (t == "integer" and "number" in news)]
    kept += [t for t in news if t == "integer" and "number" in olds and t not in kept]
    if not kept:
        return new
    return kept[0] if len(kept) == 1 else kept
