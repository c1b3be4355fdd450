"""``kling-codegen lint``: what the loader and JSON Schema do not catch, one line per finding.

Each finding names the file and the JSON pointer: an ``x-kling-*`` value the vocabulary refuses, a
``$ref`` that leads nowhere, a model in ``x-kling-models`` missing from the selector's enum, a field
named by a rule that the object does not have, an example its schema (and, for request bodies, the
rules engine) refuses.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]

from spec import SPEC_DIR, Document, SpecError, load_bundle
from spec.compile import compile_schema
from spec.documents import VOCABULARY, document_paths, load_document
from spec.engine.rules import check as rules_check
from spec.engine.rules import declared_schema


@dataclass(frozen=True, order=True)
class Finding:
    file: str
    pointer: str
    message: str

    def line(self) -> str:
        return f"{self.file}#{self.pointer}: {self.message}"


def walk(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    """Every (JSON pointer, node) under ``node``, itself first."""
    yield pointer, node
    if isinstance(node, Mapping):
        for key, value in node.items():
            yield from walk(value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{pointer}/{index}")


def lint(spec_dir: Path = SPEC_DIR) -> list[Finding]:
    """Every finding in spec/, by file and pointer."""
    documents = {path.name: load_document(path) for path in document_paths(spec_dir)}
    own = spec_dir / VOCABULARY
    vocabulary = json.loads((own if own.exists() else SPEC_DIR / VOCABULARY).read_text("utf-8"))
    findings = [
        *_references(documents),
        *_vocabulary(documents, vocabulary),
    ]
    if findings:  # a bundle with dangling references cannot be compiled
        return sorted(findings)
    bundle = load_bundle(spec_dir)
    for name, document in documents.items():
        for pointer, node in walk(document):
            bundled = _lookup(bundle, pointer) if isinstance(node, Mapping) else None
            if isinstance(bundled, Mapping):  # the same node, references made local
                findings += [
                    Finding(name, pointer, m) for m in _node_findings(bundle, pointer, bundled)
                ]
    return sorted(findings)


def _references(documents: Mapping[str, Document]) -> Iterator[Finding]:
    for name, document in documents.items():
        for pointer, node in walk(document):
            if not isinstance(node, Mapping) or not isinstance(node.get("$ref"), str):
                continue
            target, _, inside = node["$ref"].partition("#")
            file = Path(target).name if target else name
            if file not in documents:
                yield Finding(name, pointer, f"$ref {node['$ref']!r}: no document {file}")
            elif _lookup(documents[file], inside) is None:
                yield Finding(name, pointer, f"$ref {node['$ref']!r}: nothing at {inside}")


def _lookup(document: Any, pointer: str) -> Any:
    node = document
    for part in pointer.lstrip("/").split("/") if pointer.strip("/") else []:
        key = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, Mapping) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            return None
    return node


def _vocabulary(documents: Mapping[str, Document], vocabulary: Document) -> Iterator[Finding]:
    defined = vocabulary.get("$defs", {})
    for name, document in documents.items():
        for pointer, node in walk(document):
            if not isinstance(node, Mapping):
                continue
            for key, value in node.items():
                if not str(key).startswith("x-kling-"):
                    continue
                where = f"{pointer}/{key}"
                if key not in defined:
                    yield Finding(name, where, f"{key} is not in the x-kling vocabulary")
                    continue
                validator = jsonschema.Draft202012Validator(
                    {**vocabulary, "$ref": f"#/$defs/{key}"}
                )
                for error in validator.iter_errors(value):
                    inner = "".join(f"/{p}" for p in error.absolute_path)
                    yield Finding(name, where + inner, f"{key}: {error.message}")


def _node_findings(bundle: Document, pointer: str, node: Mapping[str, Any]) -> Iterator[str]:
    if "x-kling-rules" in node or "x-kling-models" in node:
        compiled = _compiled(bundle, pointer)
        for path in sorted(set(_named_fields(node))):
            if not _has_field(compiled, path):
                yield f"a rule names {path!r}, which this object does not have"
        yield from _models_in_enum(compiled, node.get("x-kling-models"))
    if "schema" in node and ("example" in node or "examples" in node):
        schema = compile_schema(bundle, node["schema"])
        examples = [("example", node["example"])] if "example" in node else []
        for key, example in (node.get("examples") or {}).items():
            if isinstance(example, Mapping) and "value" in example:
                examples.append((f"examples/{key}", example["value"]))
        request = "/requestBody/" in pointer
        for label, value in examples:
            for problem in _example_problems(schema, value, request):
                yield f"{label}: {problem}"


def _compiled(bundle: Document, pointer: str) -> dict[str, Any]:
    try:
        return compile_schema(bundle, {"$ref": "#" + pointer})
    except SpecError:
        return {}


def _named_fields(node: Mapping[str, Any]) -> Iterator[str]:
    for rule in node.get("x-kling-rules") or []:
        yield from _rule_fields(rule)
    models = node.get("x-kling-models")
    if isinstance(models, Mapping):
        if models.get("in", "body") == "body":
            yield str(models.get("field"))
        for support in (models.get("models") or {}).values():
            yield from _consequence_fields(support or {})
            for rule in (support or {}).get("rules") or []:
                yield from _rule_fields(rule)
            yield from (support or {}).get("narrow") or {}
            for entry in (support or {}).get("when") or []:
                yield from _condition_fields(entry.get("if"))
                yield from _consequence_fields(entry.get("then") or {})


def _rule_fields(rule: Mapping[str, Any]) -> Iterator[str]:
    for key in ("fields", "vertical", "horizontal"):
        yield from rule.get(key) or []
    for group in rule.get("groups") or []:
        yield from group
    for key in ("left", "right", "total", "items"):
        if key in rule:
            yield str(rule[key])
    if "items" in rule and "item_field" in rule:
        yield f"{rule['items']}[].{rule['item_field']}"
    if rule.get("rule") == "when":
        yield from _condition_fields(rule.get("if"))
        yield from _consequence_fields(rule.get("then") or {})


def _condition_fields(conditions: Any) -> Iterator[str]:
    for condition in conditions if isinstance(conditions, list) else [conditions]:
        if isinstance(condition, Mapping) and "field" in condition:
            yield str(condition["field"])


def _consequence_fields(consequence: Mapping[str, Any]) -> Iterator[str]:
    for key in ("require", "forbid", "unsupported"):
        yield from consequence.get(key) or []
    yield from consequence.get("allow") or {}
    for rule in consequence.get("rules") or []:
        yield from _rule_fields(rule)


def _has_field(schema: Mapping[str, Any], path: str) -> bool:
    return declared_schema(schema, path) is not None


def _models_in_enum(compiled: Mapping[str, Any], models: Any) -> Iterator[str]:
    if not isinstance(models, Mapping) or models.get("in", "body") != "body":
        return
    selector = (compiled.get("properties") or {}).get(str(models.get("field"))) or {}
    enum = selector.get("enum")
    if enum is None:
        return
    for model in models.get("models") or {}:
        if model not in enum:
            yield f"x-kling-models names {model!r}, which {models.get('field')} does not accept"


def _example_problems(schema: Mapping[str, Any], value: Any, request: bool) -> Iterator[str]:
    if request:
        for violation in rules_check(value, schema, answered=False):
            yield violation.message
        return
    validator = jsonschema.Draft202012Validator(schema)
    for error in validator.iter_errors(value):
        where = "/".join(str(p) for p in error.absolute_path)
        yield f"{where or 'body'}: {error.message}"
