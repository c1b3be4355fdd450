"""Fixtures for the spec tests: JSON Schema validators over the bundle and the vocabulary."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from spec.documents import SPEC_DIR, VOCABULARY

ValidatorFactory = Callable[[Any], jsonschema.protocols.Validator]


@pytest.fixture(scope="session")
def schema_validator(bundle: dict[str, Any]) -> ValidatorFactory:
    """A Draft 2020-12 validator for a schema node of the bundle (its local refs resolve)."""

    def make(node: Any) -> jsonschema.protocols.Validator:
        root = {"components": bundle["components"]}
        if isinstance(node, dict):
            root.update(node)
        else:
            root["allOf"] = [node]
        return jsonschema.Draft202012Validator(root)

    return make


@pytest.fixture(scope="session")
def vocabulary() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((SPEC_DIR / VOCABULARY).read_text(encoding="utf-8"))
    return loaded


def walk(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    """Every (json-pointer, node) under node, node itself first."""
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{pointer}/{index}")


def spec_files() -> list[Path]:
    return sorted(SPEC_DIR.glob("*.yaml"))
