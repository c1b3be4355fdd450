"""The one ``$ref`` resolver: follow local references of the bundle to the node they name.

The bundle refers only to itself (spec.documents rewrites cross-file references), so every
reference is a JSON pointer ``#/...``. Keywords written next to a ``$ref`` override the
target's, as OpenAPI 3.1 allows; without siblings the target itself is returned (not a copy), so
callers may compare nodes by identity.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spec.documents import Document, SpecError


def target(bundle: Document, pointer: str) -> Any:
    """The node a local JSON pointer (``#/components/schemas/X``) names."""
    if not pointer.startswith("#/"):
        raise SpecError(f"only local references can be resolved, got {pointer!r}")
    node: Any = bundle
    for part in pointer[2:].split("/"):
        key = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, Mapping) or key not in node:
            raise SpecError(f"unresolvable reference {pointer!r}")
        node = node[key]
    return node


def follow(bundle: Document, node: Any, seen: tuple[str, ...] = ()) -> tuple[Any, tuple[str, ...]]:
    """Resolve a ``$ref`` chain; also returns the references met, ``seen`` included.

    ``seen`` holds references already being followed further up (a schema compiler walking into
    nested schemas passes it on): meeting one of them again is a cycle, a SpecError.
    """
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        pointer = node["$ref"]
        if pointer in seen:
            raise SpecError(f"recursive reference {pointer!r}")
        seen = (*seen, pointer)
        found = target(bundle, pointer)
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        node = {**found, **siblings} if siblings and isinstance(found, Mapping) else found
    return node, seen


def resolve(bundle: Document, node: Any) -> Any:
    """The concrete node behind ``node`` (``node`` itself when it is no reference)."""
    return follow(bundle, node)[0]
