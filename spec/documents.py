"""Load the OpenAPI documents of spec/ and bundle them into one.

spec/ keeps one document per area (images, videos, ...) plus ``common.yaml`` with the shared
components. Consumers that want a single OpenAPI object (openapi-core in the mock, the generator,
schemathesis) read the bundle: every area's paths and components merged, and every cross-file
reference (``./common.yaml#/components/...``) rewritten to a local one (``#/components/...``).
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

SPEC_DIR = Path(__file__).resolve().parent
COMMON = "common.yaml"
VOCABULARY = "x-kling.schema.json"

Document = dict[str, Any]


class SpecError(ValueError):
    """spec/ cannot be bundled: a duplicate path, a clashing component or a bad reference."""


def document_paths(spec_dir: Path = SPEC_DIR) -> list[Path]:
    """Every OpenAPI document in spec/, common.yaml first, then the areas by name."""
    areas = sorted(p for p in spec_dir.glob("*.yaml") if p.name != COMMON)
    common = spec_dir / COMMON
    return ([common] if common.exists() else []) + areas


# libyaml's loader when PyYAML was built with it: parsing is most of a regeneration's time.
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_document(path: Path) -> Document:
    with path.open(encoding="utf-8") as handle:
        loaded = yaml.load(handle, Loader=_Loader)
    if not isinstance(loaded, dict):
        raise SpecError(f"{path.name}: not an OpenAPI document")
    return loaded


def _localise_refs(node: Any, source: str) -> Any:
    """Rewrite ``other.yaml#/x`` to ``#/x`` so the bundle refers only to itself."""
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                target, _, pointer = value.partition("#")
                if target and not (Path(source).parent / target).name.endswith((".yaml", ".json")):
                    raise SpecError(f"{source}: unsupported reference {value!r}")
                out[key] = "#" + pointer
            else:
                out[key] = _localise_refs(value, source)
        return out
    if isinstance(node, list):
        return [_localise_refs(item, source) for item in node]
    return node


def _merge_components(bundle: Document, doc: Document, source: str) -> None:
    for section, entries in (doc.get("components") or {}).items():
        target = bundle["components"].setdefault(section, {})
        for name, value in entries.items():
            if name in target and target[name] != value:
                raise SpecError(
                    f"{source}: components.{section}.{name} clashes with another document"
                )
            target[name] = value


def bundle_documents(documents: dict[str, Document]) -> Document:
    """Merge named documents (file name -> parsed document) into one OpenAPI object."""
    common = documents.get(COMMON, {})
    bundle: Document = {
        "openapi": "3.1.0",
        "info": {
            "title": "Kling API (legacy /v1 surface), bundled by kling-contract",
            "version": str(common.get("info", {}).get("version", "0")),
            "description": "All areas of spec/ in one document.",
        },
        "servers": copy.deepcopy(common.get("servers", [])),
        "security": [],
        "tags": [],
        "paths": {},
        "components": {},
    }
    seen_tags: set[str] = set()
    for source, raw in documents.items():
        doc = _localise_refs(raw, source)
        for security in doc.get("security", []):
            if security not in bundle["security"]:
                bundle["security"].append(security)
        for tag in doc.get("tags", []):
            if tag["name"] not in seen_tags:
                seen_tags.add(tag["name"])
                bundle["tags"].append(tag)
        for path, item in (doc.get("paths") or {}).items():
            if path in bundle["paths"]:
                raise SpecError(f"{source}: path {path} is already defined by another document")
            bundle["paths"][path] = item
        _merge_components(bundle, doc, source)
    return bundle


@functools.cache
def _bundle_cached(spec_dir: str, stamp: tuple[tuple[str, float], ...]) -> Document:
    documents = {Path(name).name: load_document(Path(name)) for name, _ in stamp}
    return bundle_documents(documents)


def load_bundle(spec_dir: Path = SPEC_DIR) -> Document:
    """The bundled spec (a fresh deep copy; cached while the files are unchanged)."""
    paths = document_paths(Path(spec_dir))
    if not paths:
        raise SpecError(f"no OpenAPI documents in {spec_dir}")
    stamp = tuple((str(p), p.stat().st_mtime) for p in paths)
    return copy.deepcopy(_bundle_cached(str(spec_dir), stamp))


def iter_operations(bundle: Document) -> Iterator[tuple[str, str, Document]]:
    """(path, method, operation) for every operation, in document order."""
    for path, item in bundle["paths"].items():
        for method in ("get", "put", "post", "delete", "patch"):
            if method in item:
                yield path, method, item[method]
