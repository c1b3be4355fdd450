"""Ten hand-made edits of a copy of the real spec/, each classified as a client user needs.

The targets are found, not named: the first create with per-model rules, its model selector, a
bounded field, a response field, so a new operation or field in spec/ does not change the verdicts.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pytest

from codegen.speclife.catalogue import Level
from codegen.speclife.diff import diff_bundles
from spec import SPEC_DIR, iter_operations, load_bundle, resolve

Spec = dict[str, Any]


@pytest.fixture(scope="module")
def original() -> Spec:
    return load_bundle(SPEC_DIR)


def _body(spec: Spec) -> tuple[str, Spec]:
    for path, _, operation in iter_operations(spec):
        body = operation.get("requestBody")
        if not body:
            continue
        schema = resolve(spec, resolve(spec, body)["content"]["application/json"]["schema"])
        if "x-kling-models" in schema:
            return path, schema
    raise AssertionError("no create with per-model rules")


def _selector(spec: Spec) -> Spec:
    _, body = _body(spec)
    node: Spec = body["properties"][body["x-kling-models"]["field"]]
    return node


def _optional_plain_field(body: Spec) -> str:
    named = json_text(body.get("x-kling-rules")) + json_text(body.get("x-kling-models"))
    return next(
        name
        for name in body["properties"]
        if name not in body.get("required", []) and f'"{name}"' not in named
    )


def json_text(value: Any) -> str:
    import json

    return json.dumps(value)


def _bounded(spec: Spec) -> Spec:
    _, body = _body(spec)
    for node in body["properties"].values():
        target = resolve(spec, node)
        if "maxLength" in target or "maximum" in target:
            result: Spec = target
            return result
    raise AssertionError("no bounded field")


def _objects(spec: Spec, node: Any) -> Iterator[Spec]:
    node = resolve(spec, node)
    if isinstance(node, Mapping):
        if isinstance(node.get("properties"), dict):
            yield node  # type: ignore[misc]
        for part in node.get("allOf") or []:
            yield from _objects(spec, part)


def _remove_response_field(spec: Spec) -> None:
    for _, method, operation in iter_operations(spec):
        if method != "get":
            continue
        response = resolve(spec, operation["responses"]["200"])
        schema = response["content"]["application/json"]["schema"]
        for node in _objects(spec, schema):
            name = next(iter(node["properties"]))
            node["properties"].pop(name)
            if name in node.get("required", []):
                node["required"].remove(name)
            return
    raise AssertionError("no query answer")


def _remove_enum_value(spec: Spec) -> None:
    selector = _selector(spec)
    selector["enum"].remove(next(v for v in selector["enum"] if v != selector.get("default")))


def _make_required(spec: Spec) -> None:
    _, body = _body(spec)
    body.setdefault("required", []).append(_optional_plain_field(body))


def _tighten(spec: Spec) -> None:
    node = _bounded(spec)
    key = "maxLength" if "maxLength" in node else "maximum"
    node[key] = node[key] - 1


def _loosen(spec: Spec) -> None:
    node = _bounded(spec)
    key = "maxLength" if "maxLength" in node else "maximum"
    node[key] = node[key] + 1


def _model_restriction(spec: Spec) -> None:
    _, body = _body(spec)
    models = body["x-kling-models"]["models"]
    entry = models[next(iter(models))]
    unsupported = entry.setdefault("unsupported", [])
    unsupported.append(
        next(
            n
            for n in body["properties"]
            if n not in unsupported
            and n not in body.get("required", [])
            and n != body["x-kling-models"]["field"]
        )
    )


def _add_operation(spec: Spec) -> None:
    path, _ = _body(spec)
    item = copy.deepcopy(spec["paths"][path])
    for operation in item.values():
        operation["operationId"] = operation["operationId"] + "Copy"
    spec["paths"]["/v1/mutation/copy"] = item


def _rename_path(spec: Spec) -> None:
    path, _ = _body(spec)
    spec["paths"][path + "-renamed"] = spec["paths"].pop(path)


def _change_default(spec: Spec) -> None:
    selector = _selector(spec)
    selector["default"] = next(v for v in selector["enum"] if v != selector.get("default"))


MUTATIONS: dict[str, tuple[Callable[[Spec], None], str, Level]] = {
    "remove an enum value": (_remove_enum_value, "request-enum-value-removed", "breaking"),
    "add an enum value": (
        lambda s: _selector(s)["enum"].append("kling-mutation-model"),
        "request-enum-value-added",
        "non-breaking",
    ),
    "make a field required": (_make_required, "request-field-became-required", "breaking"),
    "tighten a limit": (_tighten, "request-limit-tightened", "breaking"),
    "loosen a limit": (_loosen, "request-limit-loosened", "non-breaking"),
    "add a per-model restriction": (_model_restriction, "model-restriction-added", "breaking"),
    "remove a response field": (_remove_response_field, "response-field-removed", "breaking"),
    "add an operation": (_add_operation, "operation-added", "non-breaking"),
    "rename a path": (_rename_path, "path-renamed", "breaking"),
    "change a default": (_change_default, "request-default-changed", "breaking"),
}


@pytest.mark.parametrize("name", MUTATIONS)
def test_a_mutation_of_the_real_spec_is_classified(original: Spec, name: str) -> None:
    mutate, check, level = MUTATIONS[name]
    mutated = copy.deepcopy(original)
    mutate(mutated)
    report = diff_bundles(original, mutated)
    assert check in {change.check for change in report.changes}
    assert report.level == level
