"""Every x-kling-* extension used in spec/ is defined by, and valid against, the vocabulary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest

from spec.designs import design_name
from spec.documents import iter_operations, load_document
from spec.operations import EVERY_CREATE

from .conftest import spec_files, walk

# Words that describe the API as a whole: they sit in `components`, keyed by name.
COMPONENT_WORDS = {
    "x-kling-designs",
    "x-kling-errors",
    "x-kling-inferred",
    "x-kling-renamed-families",
    "x-kling-retired",
    "x-kling-strictness",
}


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
    creates = {op["operationId"] for _, _, op in iter_operations(bundle) if "x-kling-task" in op}
    dangling = [
        op["operationId"]
        for _, _, op in iter_operations(bundle)
        if "x-kling-query" in op and op["x-kling-query"]["of"] not in creates | {EVERY_CREATE}
    ]
    assert dangling == []


def test_component_level_words_sit_only_in_components() -> None:
    misplaced = [
        f"{path.name}:{pointer}/{key}"
        for path in spec_files()
        for pointer, key, _ in _uses(path)
        if key in COMPONENT_WORDS and pointer != "/components"
    ]
    assert misplaced == []


def test_every_operation_names_a_design_block(bundle: dict[str, Any]) -> None:
    designs = bundle["components"].get("x-kling-designs", {})
    unnamed = [
        op["operationId"] for _, _, op in iter_operations(bundle) if design_name(op) not in designs
    ]
    assert unnamed == []


def test_every_design_block_names_a_task_schema_that_resolves(bundle: dict[str, Any]) -> None:
    dangling = []
    for name, block in bundle["components"].get("x-kling-designs", {}).items():
        pointer = block["task"]["schema"].removeprefix("#/")
        node: Any = bundle
        for part in pointer.split("/"):
            node = node.get(part) if isinstance(node, dict) else None
        if not isinstance(node, dict):
            dangling.append(name)
    assert dangling == []


def test_a_design_block_missing_a_status_word_is_refused(
    vocabulary: dict[str, Any], bundle: dict[str, Any]
) -> None:
    validator = jsonschema.Draft202012Validator({**vocabulary, "$ref": "#/$defs/x-kling-designs"})
    default = design_name(None)
    block = bundle["components"]["x-kling-designs"][default]
    assert validator.is_valid({default: block})
    statuses = {k: v for k, v in block["statuses"].items() if k != "failed"}
    assert not validator.is_valid({default: {**block, "statuses": statuses}})


def test_a_path_selector_needs_a_key_and_a_value(vocabulary: dict[str, Any]) -> None:
    validator = jsonschema.Draft202012Validator({**vocabulary, "$ref": "#/$defs/path"})
    assert validator.is_valid("contents[type=first_frame].url")
    assert validator.is_valid("multi_prompt[].duration")
    assert not validator.is_valid("contents[type]")
    assert not validator.is_valid("contents[=first_frame]")
