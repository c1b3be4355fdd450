"""Every x-kling-* extension used in spec/ is defined by, and valid against, the vocabulary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest

from spec.documents import load_document

from .conftest import spec_files, walk


def _uses(path: Path) -> list[tuple[str, str, Any]]:
    document = load_document(path)
    return [
        (pointer, key, value)
        for pointer, node in walk(document)
        if isinstance(node, dict)
        for key, value in node.items()
        if key.startswith("x-kling-")
    ]


def test_vocabulary_is_a_valid_json_schema(vocabulary: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(vocabulary)


@pytest.mark.parametrize("path", spec_files(), ids=lambda p: p.name)
def test_every_extension_is_defined_in_the_vocabulary(
    path: Path, vocabulary: dict[str, Any]
) -> None:
    undefined = sorted({key for _, key, _ in _uses(path)} - set(vocabulary["$defs"]))
    assert undefined == []


@pytest.mark.parametrize("path", spec_files(), ids=lambda p: p.name)
def test_every_extension_value_validates_against_the_vocabulary(
    path: Path, vocabulary: dict[str, Any]
) -> None:
    failures = []
    for pointer, key, value in _uses(path):
        if key not in vocabulary["$defs"]:
            continue
        validator = jsonschema.Draft202012Validator({**vocabulary, "$ref": f"#/$defs/{key}"})
        failures += [f"{pointer}/{key}: {error.message}" for error in validator.iter_errors(value)]
    assert failures == []


def test_a_misspelt_rule_is_refused_by_the_vocabulary(vocabulary: dict[str, Any]) -> None:
    validator = jsonschema.Draft202012Validator({**vocabulary, "$ref": "#/$defs/x-kling-rules"})
    assert not validator.is_valid([{"rule": "mutualy_exclusive", "groups": [["a"], ["b"]]}])
    assert not validator.is_valid(
        [{"rule": "when", "if": {"field": "a"}, "then": {"requires": ["b"]}}]
    )
    assert validator.is_valid([{"rule": "when", "if": {"field": "a"}, "then": {"require": ["b"]}}])


def test_every_query_names_an_existing_create_operation(bundle: dict[str, Any]) -> None:
    from spec.documents import iter_operations

    creates = {op["operationId"] for _, _, op in iter_operations(bundle) if "x-kling-task" in op}
    dangling = [
        op["operationId"]
        for _, _, op in iter_operations(bundle)
        if "x-kling-query" in op and op["x-kling-query"]["of"] not in creates
    ]
    assert dangling == []
