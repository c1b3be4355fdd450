"""Plausible JSON built from a response schema, seeded by the request so it never changes.

Used for synchronous operations. Every value respects its schema (type, enum, const, range,
length, pattern, item counts). The documented response example guides the shape (which optional
fields appear, how many items) and supplies plain values; fields the request also carries are
echoed back; booleans (and values the example does not give) are drawn from the seed, so they
follow the input (the same image always gets the same ``is_contain``). URLs point at the mock's
asset route; string fields named for an amount (``final_unit_deduction``, ``quota``,
``list_price``...) get decimal strings such as "0.5". Without an example, an array of objects
whose items require an enum field gets one item per enum value.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mockserver.domain.asset_urls import as_uri, asset_url
from spec.allof import flatten
from spec.documents import Document

_MAX_ITEMS = 3
_ABSENT = object()
NUMERIC_WORDS = ("deduction", "quota", "price", "units", "amount", "balance", "cost", "quantity")
"""Words that make a string field's name numeric in meaning: it gets a decimal string ("0.5")."""


def seed_of(*parts: Any) -> int:
    text = "\x1f".join(repr(part) for part in parts)
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def merged(bundle: Document, schema: Any) -> dict[str, Any]:
    """The schema with $refs followed and allOf members folded in ({} for a non-schema)."""
    node = flatten(bundle, schema)
    return node if isinstance(node, dict) else {}


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
    "null": (type(None),),
}


def fits(node: Mapping[str, Any], value: Any) -> bool:
    """Whether a plain value satisfies the simple keywords of a schema node."""
    kind = _type_of(node)
    if isinstance(value, bool) and kind != "boolean":
        return False
    if not isinstance(value, _FITS.get(kind, ())):
        return False
    if "enum" in node and value not in node["enum"]:
        return False
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value < node.get("minimum", value) or value > node.get("maximum", value):
            return False
    if isinstance(value, str):
        if not int(node.get("minLength", 0)) <= len(value) <= int(node.get("maxLength", 10**9)):
            return False
        pattern = node.get("pattern")
        if pattern and not re.search(pattern, value):
            return False
    return True


@dataclass
class Synthesizer:
    bundle: Document
    rng: random.Random
    base_url: str
    now_ms: int
    echo: Mapping[str, Any] = field(default_factory=dict)
    label: str = "sync"

    def value(self, schema: Any, name: str = "", example: Any = _ABSENT) -> Any:
        node = merged(self.bundle, schema)
        kind = _type_of(node)
        if name in self.echo and fits(node, self.echo[name]):
            echoed = self.echo[name]
            return as_uri(echoed) if node.get("format") == "uri" else echoed
        if "const" in node:
            return node["const"]
        if kind in ("object", "array"):
            return getattr(self, f"_{kind}")(node, name, example)
        if kind == "boolean":
            return self.rng.random() < 0.5
        if kind == "string" and (node.get("format") == "uri" or name.endswith(("url", "_image"))):
            return self._url(name)
        for candidate in (example, node.get("example", _ABSENT)):
            if candidate is not _ABSENT and fits(node, candidate):
                return candidate
        if "enum" in node:
            return self.rng.choice([v for v in node["enum"] if v is not None] or [None])
        maker = getattr(self, f"_{kind}", None)
        return maker(node, name) if maker else None

    def _object(self, node: Mapping[str, Any], name: str, example: Any) -> dict[str, Any]:
        shown = example if isinstance(example, Mapping) else None
        required = set(node.get("required", []))
        out = {}
        for key, sub in node.get("properties", {}).items():
            if shown is not None and key not in shown and key not in required:
                continue
            out[key] = self.value(sub, key, shown.get(key, _ABSENT) if shown else _ABSENT)
        return out

    def _array(self, node: Mapping[str, Any], name: str, example: Any) -> list[Any]:
        items = merged(self.bundle, node.get("items", {}))
        low = int(node.get("minItems", 0 if isinstance(example, list) else 1))
        high = max(low, min(int(node.get("maxItems", _MAX_ITEMS)), _MAX_ITEMS))
        for key, sub in items.get("properties", {}).items():
            enum = merged(self.bundle, sub).get("enum")
            if key in items.get("required", []) and enum and not isinstance(example, list):
                count = max(low, min(len(enum), int(node.get("maxItems", len(enum)))))
                shown = example[0] if isinstance(example, list) and example else _ABSENT
                return [{**self._object(items, name, shown), key: v} for v in enum[:count]]
        if isinstance(example, list):
            count = max(low, min(len(example), int(node.get("maxItems", len(example)))))
            shown = [example[i] if i < len(example) else _ABSENT for i in range(count)]
        else:
            shown = [_ABSENT] * self.rng.randint(low, high)
        return [self.value(items, name, item) for item in shown]

    def _url(self, name: str) -> str:
        if "video" in name and not any(word in name for word in ("cover", "image", "frame")):
            suffix = ".mp4?s=5"
        elif any(word in name for word in ("audio", "sound", "trial", "voice")):
            suffix = ".mp3?s=5"
        else:
            suffix = ".png?ar=1:1&res=1k"
        return asset_url(self.base_url, self.label, f"{name or 'file'}{suffix}")

    def _string(self, node: Mapping[str, Any], name: str) -> str:
        number = str(self.rng.randint(1, 9))
        ident = str(10**17 + self.rng.randrange(9 * 10**17))
        word = f"mock {name}".strip()
        decimal = f"{self.rng.randint(0, 20) / 2:g}"
        first = ident if name.endswith("id") else number if "duration" in name else word
        if any(part in name.lower() for part in NUMERIC_WORDS):
            first = decimal
        for candidate in (first, number, ident, word, decimal, "0", "a"):
            if fits(node, candidate):
                return candidate
        low, high = int(node.get("minLength", 0)), int(node.get("maxLength", 10**6))
        return word.ljust(low, "x")[:high]

    def _integer(self, node: Mapping[str, Any], name: str) -> int:
        if "maximum" not in node:
            if name.endswith(("_time", "_at")):
                return self.now_ms
            if name.endswith("id"):
                return self.rng.randint(10**15, 10**16)
        low = int(node.get("minimum", 0))
        high = int(node.get("maximum", max(low, 100)))
        return self.rng.randint(low, max(low, high))

    def _number(self, node: Mapping[str, Any], name: str) -> float:
        low = float(node.get("minimum", 0))
        high = float(node.get("maximum", max(low, 100.0)))
        drawn = round(self.rng.uniform(low, high), 1)
        return drawn if low <= drawn <= high else low

    def _null(self, node: Mapping[str, Any], name: str) -> None:
        return None
