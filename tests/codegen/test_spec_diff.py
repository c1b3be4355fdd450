"""``kling-codegen diff``: each check of the catalogue, on a minimal pair of specs.

Every case starts from the same one-operation spec, changes one thing, and names the only check
that change must raise; the catalogue gives its level (breaking / non-breaking / documentation).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from codegen.speclife.catalogue import CATALOGUE
from codegen.speclife.diff import diff_bundles

Spec = dict[str, Any]


def base() -> Spec:
    body = {
        "type": "object",
        "additionalProperties": False,
        "required": ["prompt"],
        "description": "What to make.",
        "properties": {
            "prompt": {"type": "string", "maxLength": 100, "description": "Words."},
            "model_name": {"type": "string", "enum": ["m1", "m2"], "default": "m1"},
            "n": {"type": "integer", "minimum": 1, "maximum": 9},
            "mode": {"type": "string", "pattern": "^[a-z]+$"},
            "image": {
                "type": "string",
                "x-kling-image": {"formats": ["jpeg", "png"], "max_bytes": 1000, "min_side": 300},
            },
            "video": {
                "type": "string",
                "x-kling-media": {"kind": "video", "formats": ["mp4"], "max_seconds": 10},
            },
            "tail": {"type": "string"},
            "shots": {"type": "array", "items": {"type": "string"}, "maxItems": 6},
        },
        "x-kling-rules": [
            {"rule": "max_total_items", "fields": ["shots"], "max": 5},
            {"rule": "when", "if": {"field": "image"}, "then": {"require": ["mode"]}},
        ],
        "x-kling-models": {
            "field": "model_name",
            "models": {"m1": {"allow": {"n": [1, 2]}, "unsupported": ["tail"]}},
        },
    }
    answer = {
        "type": "object",
        "required": ["code", "data"],
        "properties": {
            "code": {"type": "integer"},
            "data": {
                "type": "object",
                "required": ["status"],
                "properties": {
                    "status": {"type": "string", "enum": ["ok", "failed"]},
                    "url": {"type": "string"},
                },
            },
        },
    }
    error = {
        "type": "object",
        "properties": {"code": {"type": "integer", "enum": [1200, 1201]}},
    }

    def content(schema: Any) -> dict[str, Any]:
        return {"description": "answer", "content": {"application/json": {"schema": schema}}}

    create = {
        "operationId": "createThing",
        "summary": "Make a thing.",
        "x-kling-family": "things",
        "x-kling-task": {"result": "images", "count_field": "n"},
        "parameters": [
            {"name": "q", "in": "query", "required": False, "schema": {"type": "integer"}}
        ],
        "requestBody": {"content": {"application/json": {"schema": body}}},
        "responses": {"200": content(answer), "400": content(error)},
    }
    query = {
        "operationId": "getThing",
        "x-kling-family": "things",
        "x-kling-query": {"of": "createThing", "by": "task_id"},
        "responses": {"200": content(copy.deepcopy(answer))},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1.0.0"},
        "paths": {"/v1/things": {"post": create}, "/v1/things/{task_id}": {"get": query}},
        "components": {},
    }


def create(spec: Spec) -> Spec:
    operation: Spec = spec["paths"]["/v1/things"]["post"]
    return operation


def body(spec: Spec) -> Spec:
    schema: Spec = create(spec)["requestBody"]["content"]["application/json"]["schema"]
    return schema


def field(spec: Spec, name: str) -> Spec:
    schema: Spec = body(spec)["properties"][name]
    return schema


def answer(spec: Spec, status: str = "200") -> Spec:
    schema: Spec = create(spec)["responses"][status]["content"]["application/json"]["schema"]
    return schema


def rules(spec: Spec) -> list[Any]:
    found: list[Any] = body(spec)["x-kling-rules"]
    return found


def model(spec: Spec, name: str = "m1") -> Spec:
    entry: Spec = body(spec)["x-kling-models"]["models"][name]
    return entry


def renamed(spec: Spec) -> Spec:
    """Every operation of ``things`` moved to ``items``, ``things`` kept as a deprecated alias."""
    for operation in (create(spec), spec["paths"]["/v1/things/{task_id}"]["get"]):
        operation["x-kling-family"] = "items"
    spec["components"]["x-kling-renamed-families"] = {"things": {"now": "items"}}
    return spec


Mutation = Callable[[Spec], object]

# check id -> (what changes, a mutation of the base spec that raises exactly that check)
CASES: dict[str, tuple[str, Mutation]] = {
    "operation-added": (
        "a new operation",
        lambda s: s["paths"].__setitem__("/v1/other", {"get": {"responses": {}}}),
    ),
    "operation-removed": ("the query route goes", lambda s: s["paths"].pop("/v1/things/{task_id}")),
    "path-renamed": (
        "same operationId under another path",
        lambda s: s["paths"].__setitem__(
            "/v1/stuff/{task_id}", s["paths"].pop("/v1/things/{task_id}")
        ),
    ),
    "parameter-added": (
        "an optional query parameter",
        lambda s: create(s)["parameters"].append({"name": "p", "in": "query", "schema": {}}),
    ),
    "parameter-added-required": (
        "a required query parameter",
        lambda s: create(s)["parameters"].append(
            {"name": "p", "in": "query", "required": True, "schema": {}}
        ),
    ),
    "parameter-removed": ("q goes", lambda s: create(s)["parameters"].clear()),
    "parameter-became-required": (
        "q required",
        lambda s: create(s)["parameters"][0].__setitem__("required", True),
    ),
    "parameter-became-optional": (
        "q optional again",
        None,  # the reverse of parameter-became-required, built below
    ),
    "request-body-added": ("the query takes a body", None),
    "request-body-removed": ("the create takes none", lambda s: create(s).pop("requestBody")),
    "request-field-added": (
        "an optional field",
        lambda s: body(s)["properties"].__setitem__("seed", {"type": "integer"}),
    ),
    "request-field-added-required": (
        "a required field",
        lambda s: (
            body(s)["properties"].__setitem__("seed", {"type": "integer"}),
            body(s)["required"].append("seed"),
        ),
    ),
    "request-field-removed": ("mode goes", lambda s: body(s)["properties"].pop("mode")),
    "request-field-became-required": ("n required", lambda s: body(s)["required"].append("n")),
    "request-field-became-optional": ("prompt optional", lambda s: body(s)["required"].clear()),
    "request-type-narrowed": (
        "n integer -> string",
        lambda s: field(s, "n").update(type="string", minimum=1, maximum=9),
    ),
    "request-type-widened": (
        "n integer -> number",
        lambda s: field(s, "n").__setitem__("type", "number"),
    ),
    "request-enum-value-removed": (
        "m2 refused",
        lambda s: field(s, "model_name").__setitem__("enum", ["m1"]),
    ),
    "request-enum-value-added": (
        "m3 accepted",
        lambda s: field(s, "model_name")["enum"].append("m3"),
    ),
    "request-enum-introduced": (
        "mode limited to two values",
        lambda s: field(s, "mode").__setitem__("enum", ["fast", "slow"]),
    ),
    "request-enum-dropped": (
        "any model name",
        lambda s: field(s, "model_name").pop("enum"),
    ),
    "request-default-changed": (
        "default model m2",
        lambda s: field(s, "model_name").__setitem__("default", "m2"),
    ),
    "request-limit-tightened": (
        "prompt at most 50",
        lambda s: field(s, "prompt").__setitem__("maxLength", 50),
    ),
    "request-limit-loosened": ("n from 0", lambda s: field(s, "n").__setitem__("minimum", 0)),
    "request-pattern-added": (
        "a pattern on prompt",
        lambda s: field(s, "prompt").__setitem__("pattern", "^.+$"),
    ),
    "request-pattern-changed": (
        "mode in capitals",
        lambda s: field(s, "mode").__setitem__("pattern", "^[A-Z]+$"),
    ),
    "request-pattern-removed": ("mode free", lambda s: field(s, "mode").pop("pattern")),
    "request-closed": (None, None),  # built below: the reverse of request-opened
    "request-opened": ("unknown fields accepted", lambda s: body(s).pop("additionalProperties")),
    "response-field-added": (
        "a new answer field",
        lambda s: answer(s)["properties"]["data"]["properties"].__setitem__(
            "seconds", {"type": "number"}
        ),
    ),
    "response-field-removed": (
        "url gone from the answer",
        lambda s: answer(s)["properties"]["data"]["properties"].pop("url"),
    ),
    "response-field-became-optional": (
        "status may be absent",
        lambda s: answer(s)["properties"]["data"].__setitem__("required", []),
    ),
    "response-field-became-required": (
        "url always there",
        lambda s: answer(s)["properties"]["data"]["required"].append("url"),
    ),
    "response-type-changed": (
        "code a string",
        lambda s: answer(s)["properties"]["code"].__setitem__("type", "string"),
    ),
    "response-enum-value-added": (
        "a new status",
        lambda s: answer(s)["properties"]["data"]["properties"]["status"]["enum"].append("queued"),
    ),
    "response-enum-value-removed": (
        "failed no longer answered",
        lambda s: answer(s)["properties"]["data"]["properties"]["status"].__setitem__(
            "enum", ["ok"]
        ),
    ),
    "response-success-removed": ("no 200", lambda s: create(s)["responses"].pop("200")),
    "response-status-added": (
        "a 429",
        lambda s: create(s)["responses"].__setitem__("429", {"description": "slow down"}),
    ),
    "response-error-removed": ("no 400", lambda s: create(s)["responses"].pop("400")),
    "error-code-added": (
        "code 1300",
        lambda s: answer(s, "400")["properties"]["code"]["enum"].append(1300),
    ),
    "error-code-removed": (
        "code 1201 gone",
        lambda s: answer(s, "400")["properties"]["code"].__setitem__("enum", [1200]),
    ),
    "rule-added": (
        "prompt or image",
        lambda s: rules(s).append({"rule": "at_least_one_of", "fields": ["prompt", "image"]}),
    ),
    "rule-removed": ("no count rule", lambda s: rules(s).pop(0)),
    "rule-tightened": ("at most 3 shots", lambda s: rules(s)[0].__setitem__("max", 3)),
    "rule-loosened": (
        "an image no longer needs a mode",
        lambda s: rules(s)[1]["then"].__setitem__("require", []),
    ),
    "rule-message-changed": (
        "the count rule in live's words",
        lambda s: rules(s)[0].__setitem__("message", "shots cannot exceed 5"),
    ),
    "model-restriction-added": (
        "m1 refuses image",
        lambda s: model(s)["unsupported"].append("image"),
    ),
    "model-restriction-removed": (
        "m1 allows n=3",
        lambda s: model(s)["allow"]["n"].append(3),
    ),
    "model-selector-changed": (
        "models keyed by mode",
        lambda s: body(s)["x-kling-models"].__setitem__("field", "mode"),
    ),
    "image-limit-tightened": (
        "png refused",
        lambda s: field(s, "image")["x-kling-image"].__setitem__("formats", ["jpeg"]),
    ),
    "image-limit-loosened": (
        "smaller images",
        lambda s: field(s, "image")["x-kling-image"].__setitem__("min_side", 100),
    ),
    "media-limit-tightened": (
        "at most 5 s",
        lambda s: field(s, "video")["x-kling-media"].__setitem__("max_seconds", 5),
    ),
    "media-limit-loosened": (
        "mov too",
        lambda s: field(s, "video")["x-kling-media"]["formats"].append("mov"),
    ),
    "task-kind-changed": (
        "makes videos",
        lambda s: create(s)["x-kling-task"].__setitem__("result", "videos"),
    ),
    "task-setting-changed": (
        "no count field",
        lambda s: create(s)["x-kling-task"].pop("count_field"),
    ),
    "client-name-changed": (
        "another resource",
        lambda s: create(s).__setitem__("x-kling-family", "stuff"),
    ),
    "family-renamed-with-alias": ("client.things is client.items now", lambda s: renamed(s)),
    "family-alias-removed": ("client.things is gone", None),  # built below: after the rename
    "query-changed": (
        "looked up by external id",
        lambda s: s["paths"]["/v1/things/{task_id}"]["get"]["x-kling-query"].__setitem__(
            "by", "external_task_id"
        ),
    ),
    "sync-changed": (
        "answered by synthesis",
        lambda s: create(s).__setitem__("x-kling-sync", {"kind": "synthesize"}),
    ),
    "documentation-changed": (
        "prompt reworded",
        lambda s: field(s, "prompt").__setitem__("description", "Other words."),
    ),
}


def _reverse(check: str) -> tuple[Spec, Spec]:
    """Pairs built as the reverse of another case (new and old swapped)."""
    source = {
        "parameter-became-optional": "parameter-became-required",
        "request-closed": "request-opened",
    }.get(check)
    if source is not None:
        old, new = _pair(source)
        return new, old
    if check == "family-alias-removed":
        old, new = renamed(base()), renamed(base())
        del new["components"]["x-kling-renamed-families"]
        return old, new
    assert check == "request-body-added"
    old, new = base(), base()
    query = new["paths"]["/v1/things/{task_id}"]["get"]
    query["requestBody"] = {"content": {"application/json": {"schema": {"type": "object"}}}}
    return old, new


def _pair(check: str) -> tuple[Spec, Spec]:
    _, mutate = CASES[check]
    if mutate is None:
        return _reverse(check)
    new = base()
    mutate(new)
    return base(), new


@pytest.mark.parametrize("check", sorted(CASES))
def test_each_change_raises_exactly_its_check(check: str) -> None:
    old, new = _pair(check)
    found = {change.check for change in diff_bundles(old, new).changes}
    assert found == {check}


@pytest.mark.parametrize("check", sorted(CASES))
def test_the_report_level_is_the_level_of_its_check(check: str) -> None:
    old, new = _pair(check)
    assert diff_bundles(old, new).level == CATALOGUE[check].level


def test_every_check_of_the_catalogue_has_a_minimal_pair() -> None:
    assert set(CATALOGUE) - set(CASES) == set()


def test_identical_specs_have_no_changes() -> None:
    assert diff_bundles(base(), base()).changes == []


def test_a_new_model_with_limits_restricts_nothing_that_worked() -> None:
    old, new = base(), base()
    field(new, "model_name")["enum"].append("m3")
    body(new)["x-kling-models"]["models"]["m3"] = {"unsupported": ["image"]}
    assert {c.check for c in diff_bundles(old, new).changes} == {"request-enum-value-added"}


def test_limits_found_on_an_existing_model_are_breaking() -> None:
    old, new = base(), base()
    body(new)["x-kling-models"]["models"]["m2"] = {"require": ["image"]}
    changes = diff_bundles(old, new).changes
    assert [(c.check, c.message) for c in changes] == [
        ("model-restriction-added", "model m2 now requires image")
    ]


def test_a_default_that_appears_is_a_default_change() -> None:
    old, new = base(), base()
    field(new, "n")["default"] = 1
    assert [c.check for c in diff_bundles(old, new).changes] == ["request-default-changed"]


def test_a_rule_reversed_reads_the_other_way() -> None:
    old, new = base(), base()
    rules(new)[0]["max"] = 3
    assert [c.check for c in diff_bundles(new, old).changes] == ["rule-loosened"]


def test_a_rule_given_its_words_is_the_same_rule_in_other_words() -> None:
    old, new = base(), base()
    rules(new)[1]["message"] = "mode is required"
    changes = diff_bundles(old, new).changes
    assert [(c.check, c.level) for c in changes] == [("rule-message-changed", "documentation")]
    assert '(none) -> "mode is required"' in changes[0].message


def test_rules_on_one_condition_are_matched_word_for_word_before_by_condition() -> None:
    old, new = base(), base()
    same_if = {"rule": "when", "if": {"field": "image"}, "then": {"require": ["tail"]}}
    rules(old).append(dict(same_if))
    rules(new).insert(1, {**same_if, "message": "tail is required"})  # now first of the two
    changes = diff_bundles(old, new).changes
    assert [c.check for c in changes] == ["rule-message-changed"]


def test_changes_are_filed_under_the_operation_and_family() -> None:
    old, new = _pair("request-enum-value-removed")
    (change,) = diff_bundles(old, new).changes
    assert (change.operation, change.family, change.where, change.field) == (
        "POST /v1/things",
        "things",
        "request body",
        "model_name",
    )


def test_text_shows_a_change_of_a_shared_component_once_with_its_reach() -> None:
    from codegen.speclife.changes import Change, Report
    from codegen.speclife.output import as_text

    report = Report("1.0.0", "2.0.0")
    for index in range(5):
        report.add(
            Change(
                "response-field-removed", f"GET /v1/r{index}", "r", "response 200", "data.x", "gone"
            )
        )
    lines = as_text(report).splitlines()
    assert [line for line in lines if "response-field-removed" in line] == [
        "  [response-field-removed] response 200 `data.x` on 5 operations "
        "(GET /v1/r0, GET /v1/r1, GET /v1/r2, ...): gone  (mock: answer-lost)"
    ]


def test_the_limits_of_a_model_that_is_gone_are_not_reported_as_relaxed() -> None:
    old, new = base(), base()
    field(new, "model_name")["enum"].remove("m1")
    field(new, "model_name")["default"] = "m2"
    body(new)["x-kling-models"]["models"] = {"m2": {}}
    checks = {c.check for c in diff_bundles(old, new).changes}
    assert checks == {"request-enum-value-removed", "request-default-changed"}


def test_a_family_moved_without_an_alias_breaks_its_callers() -> None:
    new = renamed(base())
    del new["components"]["x-kling-renamed-families"]
    checks = {change.check for change in diff_bundles(base(), new).changes}
    assert checks == {"client-name-changed"}


def test_an_alias_keeps_only_the_family_it_names_from_breaking() -> None:
    new = renamed(base())
    new["paths"]["/v1/things/{task_id}"]["get"]["x-kling-family"] = "elsewhere"
    changes = {change.operation: change.check for change in diff_bundles(base(), new).changes}
    assert changes == {
        "POST /v1/things": "family-renamed-with-alias",
        "GET /v1/things/{task_id}": "client-name-changed",
    }


def test_the_documentation_shows_the_catalogue_as_it_is() -> None:
    from codegen.speclife.catalogue import markdown_table
    from tests.docs.blocks import page

    assert markdown_table() in page("reference/diff-checks.md").read_text(encoding="utf-8")


def test_a_change_kling_ignores_reads_as_ignored_where_the_policy_says_so() -> None:
    old, new = _pair("model-restriction-added")
    new["components"]["x-kling-strictness"] = {"model_unsupported": {"kling": "ignore"}}
    (change,) = diff_bundles(old, new).changes
    assert (change.check, change.mock_effect, change.as_json()["mock"]) == (
        "model-restriction-added",
        "ignores",
        "ignores",
    )
    assert "(mock: ignores with a warning, refuses in strict mode)" in as_text_of(old, new)


def test_a_change_the_policy_refuses_stays_a_refusal() -> None:
    old, new = _pair("request-field-removed")
    new["components"]["x-kling-strictness"] = {"unknown_field": {"kling": "refuse"}}
    (change,) = diff_bundles(old, new).changes
    assert change.mock_effect == "refuses"


def test_a_value_a_model_stops_allowing_is_refused_whatever_the_policy() -> None:
    old, new = _pair("model-restriction-removed")  # m1 allows n=3 in new: reversed, it is refused
    for spec in (old, new):
        spec["components"]["x-kling-strictness"] = {"model_unsupported": {"kling": "ignore"}}
    (change,) = diff_bundles(new, old).changes
    assert (change.check, change.mock_effect) == ("model-restriction-added", "refuses")


def as_text_of(old: Spec, new: Spec) -> str:
    from codegen.speclife.output import as_text

    return as_text(diff_bundles(old, new))
