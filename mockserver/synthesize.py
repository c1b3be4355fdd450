"""Plausible JSON built from a response schema, seeded by the request so it never changes.

Used for synchronous operations: every value respects its schema (type, enum, const, range,
length, item counts); fields the request also carries are echoed back; names hint at content
(``*_id`` gets a decimal id, ``*_time``/``*_at`` a timestamp, ``uri`` formats a mock asset URL).
An array of objects whose items carry an enum gets one item per enum value, so image-recognize
answers once per segmentation type.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from codegen.specload import Document, resolve

from .assets import asset_url

_MAX_ITEMS = 3


def seed_of(*parts: Any) -> int:
    text = "\x1f".join(repr(part) for part in parts)
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def _merged(bundle: Document, schema: Any) -> dict[str, Any]:
    """The schema with $refs followed and allOf members folded in (properties merged)."""
    node = resolve(bundle, schema)
    if not isinstance(node, dict):
        return {}
    if "allOf" not in node:
        return node
    out: dict[str, Any] = {}
    properties: dict[str, Any] = {}
    required: list[str] = []
    for part in [*node["allOf"], {k: v for k, v in node.items() if k != "allOf"}]:
        member = _merged(bundle, part)
        properties.update(member.get("properties", {}))
        required.extend(member.get("required", []))
        out.update({k: v for k, v in member.items() if k not in ("properties", "required")})
    return {**out, "properties": properties, "required": required}


def _type_of(schema: Mapping[str, Any]) -> str:
    declared = schema.get("type")
    if isinstance(declared, list):
        non_null = [t for t in declared if t != "null"]
        return str(non_null[0]) if non_null else "null"
    if declared:
        return str(declared)
    if "properties" in schema:
        return "object"
    return "array" if "items" in schema else "string"


_FITS: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
}


@dataclass
class Synthesizer:
    bundle: Document
    rng: random.Random
    base_url: str
    now_ms: int
    echo: Mapping[str, Any] = field(default_factory=dict)
    label: str = "sync"

    def value(self, schema: Any, name: str = "") -> Any:
        node = _merged(self.bundle, schema)
        kind = _type_of(node)
        if name in self.echo and self._fits(node, kind, self.echo[name]):
            return self.echo[name]
        if "const" in node:
            return node["const"]
        if "enum" in node:
            return self.rng.choice([v for v in node["enum"] if v is not None] or [None])
        if "example" in node:
            return node["example"]
        maker = getattr(self, f"_{kind}", None)
        return maker(node, name) if maker else None

    def _fits(self, node: Mapping[str, Any], kind: str, value: Any) -> bool:
        if "enum" in node and value not in node["enum"]:
            return False
        if isinstance(value, bool) and kind != "boolean":
            return False
        return isinstance(value, _FITS.get(kind, ()))

    def _object(self, node: Mapping[str, Any], name: str) -> dict[str, Any]:
        return {key: self.value(sub, key) for key, sub in node.get("properties", {}).items()}

    def _array(self, node: Mapping[str, Any], name: str) -> list[Any]:
        items = _merged(self.bundle, node.get("items", {}))
        low = int(node.get("minItems", 1))
        high = max(low, min(int(node.get("maxItems", _MAX_ITEMS)), _MAX_ITEMS))
        for key, sub in items.get("properties", {}).items():
            enum = _merged(self.bundle, sub).get("enum")
            if key in items.get("required", []) and enum and len(enum) <= high * 4:
                values = enum[: max(low, min(len(enum), int(node.get("maxItems", len(enum)))))]
                return [{**self._object(items, name), key: value} for value in values]
        return [self.value(items, name) for _ in range(self.rng.randint(low, high))]

    def _string(self, node: Mapping[str, Any], name: str) -> str:
        if node.get("format") == "uri" or name.endswith("url") or name.endswith("_image"):
            suffix = ".mp4?s=5" if "video" in name else ".png?ar=1:1&res=1k"
            return asset_url(self.base_url, self.label, f"{name or 'file'}{suffix}")
        if name.endswith("id"):
            text = str(10**17 + self.rng.randrange(9 * 10**17))
        elif "duration" in name:
            text = str(self.rng.randint(3, 10))
        else:
            text = f"mock {name}".strip()
        low, high = int(node.get("minLength", 0)), int(node.get("maxLength", 10**6))
        return text.ljust(low, "x")[:high]

    def _integer(self, node: Mapping[str, Any], name: str) -> int:
        if name.endswith(("_time", "_at")):
            return self.now_ms
        low = int(node.get("minimum", 0))
        high = int(node.get("maximum", max(low, 100)))
        if name.endswith("id"):
            return self.rng.randint(max(low, 10**15), max(high, 10**16))
        return self.rng.randint(low, max(low, high))

    def _number(self, node: Mapping[str, Any], name: str) -> float:
        low = float(node.get("minimum", 0))
        high = float(node.get("maximum", max(low, 100.0)))
        return round(self.rng.uniform(low, high), 1) if high > low else low

    def _boolean(self, node: Mapping[str, Any], name: str) -> bool:
        return self.rng.random() < 0.5

    def _null(self, node: Mapping[str, Any], name: str) -> None:
        return None
