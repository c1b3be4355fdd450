"""The answer as the API words it: live's sentences for the violations the rules engine found.

The engine finds violations in its own grammar (``rules.describe``); what the API *says* is data
of the spec, carried by the compiled schema and applied here, so the mock and the client answer
alike. Four places give words, the first that applies wins:

* ``messages`` of the request's model in ``x-kling-models`` (field -> the same map as
  ``x-kling-messages``): a sentence live gives on that model only;
* ``x-kling-messages`` on the schema of the field (``{minItems: "contents cannot be empty"}``):
  a field's own sentence, keyed by the rule it breaks, or by the violation's ``fault`` where a
  rule has several (``base64``, ``allow``); the field's schema is the one of the branch its
  item takes (a ``video`` item's ``url``, not the first branch's);
* ``x-kling-wording.messages`` at the root of a compiled request (its design's words per JSON
  Schema keyword: ``{field} value '{value}' is invalid, allowed values: {allowed}``);
* the engine's own sentence.

A template may name ``{field}`` (the path), ``{value}`` (what was sent there), ``{allowed}`` and
``{expected}`` (the rule's value: an enum listed, a type, a bound), ``{supported}`` (the values
the request's model allows there, its ``x-kling-models`` allow list, else the field's enum) and
``{parent[...]}`` (a field of the object holding it: ``{parent[type]}``). A template that names
what the answer cannot fill keeps the engine's sentence. ``x-kling-wording.sentences: one``
answers the first violation alone, as live does; ``unknown_model`` answers a model outside the
route's list in its own words and code, whatever else is wrong.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, TypeVar

from .models import ModelEntry, ModelTable
from .values import SCHEMA_RULES, json_equal, shown

__all__ = ["MESSAGES", "WORDING", "answer"]

#: On any schema: rule -> the API's sentence for that field.
MESSAGES = "x-kling-messages"
#: At the root of a compiled request schema: the words of the operation's design.
WORDING = "x-kling-wording"

#: The rule a model outside the route's list is reported under (and the engine's enum rule).
UNKNOWN_MODEL = "unknown_model"

_INDEX = re.compile(r"\[(\d+)\]")
_SEGMENT = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


class _Violation(Protocol):
    @property
    def field(self) -> str: ...
    @property
    def rule(self) -> str: ...
    @property
    def message(self) -> str: ...
    @property
    def code(self) -> int: ...
    @property
    def fault(self) -> str: ...


V = TypeVar("V", bound=_Violation)


def answer(
    violations: Sequence[V],
    body: object,
    schema: Mapping[str, Any],
    path: Mapping[str, object] | None = None,
) -> list[V]:
    """``violations`` as the API answers them: worded as the spec says, and as many as it says.

    ``path`` holds the request's path parameters (a model chosen in the path).
    """
    if not violations:
        return []
    wording = schema.get(WORDING)
    wording = wording if isinstance(wording, Mapping) else {}
    refusal = _unknown_model(violations, wording, schema, body, path or {})
    if refusal is not None:
        return [refusal]
    table = ModelTable.of(schema)
    model = table.choose(body, path) if table is not None else None
    worded = [_worded(v, body, schema, wording, model) for v in violations]
    if wording.get("sentences") == "one" and worded:
        return [min(worded, key=_first)]
    return worded


def _first(violation: _Violation) -> tuple[int, str, str]:
    """Which violation a one-sentence answer gives, whatever order they were found in: a missing
    field, then a value of the wrong type, then any other broken keyword, then a cross-field rule;
    among equals, by field and sentence."""
    rank = _RANKS.get(violation.rule, 2 if violation.rule in SCHEMA_RULES else 3)
    return (rank, violation.field, violation.message)


_RANKS = {"required": 0, "type": 1}


def _unknown_model(
    violations: Sequence[V],
    wording: Mapping[str, Any],
    schema: Mapping[str, Any],
    body: object,
    path: Mapping[str, object],
) -> V | None:
    """The refusal of a model the route does not list (its enum broken), in the design's words."""
    refusal = wording.get(UNKNOWN_MODEL)
    models = schema.get("x-kling-models")
    if not isinstance(refusal, Mapping) or not isinstance(models, Mapping):
        return None
    selector = str(models.get("field", ""))
    for violation in violations:
        if violation.field == selector and violation.rule == "enum":
            sent = path.get(selector) if models.get("in") == "path" else _value_at(body, selector)
            message = str(refusal.get("message", "")).replace("{value}", shown(sent))
            code = int(refusal.get("code", violation.code))
            return dataclasses.replace(violation, rule=UNKNOWN_MODEL, message=message, code=code)  # type: ignore[type-var]
    return None


def _worded(
    violation: V,
    body: object,
    schema: Mapping[str, Any],
    wording: Mapping[str, Any],
    model: ModelEntry | None,
) -> V:
    key = _INDEX.sub("[]", violation.field)
    declared = _declared_at(schema, body, violation.field)
    sources = (
        model.messages.get(key) if model is not None else None,
        declared.get(MESSAGES),
        wording.get("messages"),
    )
    names = (violation.fault, violation.rule) if violation.fault else (violation.rule,)
    template = next(
        (
            source[name]
            for source in sources
            if isinstance(source, Mapping)
            for name in names
            if isinstance(source.get(name), str)
        ),
        None,
    )
    if template is None:
        return violation
    allowed = model.allow.get(key) if model is not None else None
    supported = allowed if isinstance(allowed, list) else declared.get("enum")
    message = _render(template, violation, body, declared, supported)
    if message is None:
        return violation
    return dataclasses.replace(violation, message=message)  # type: ignore[type-var]


class _Missing(Exception):
    """A template names something this answer cannot fill."""


class _Fields(dict[str, Any]):
    def __missing__(self, key: str) -> Any:
        raise _Missing(key)


def _render(
    template: str,
    violation: _Violation,
    body: object,
    declared: Mapping[str, Any],
    supported: object,
) -> str | None:
    field = violation.field
    parent_path = field.rsplit(".", 1)[0] if "." in field else ""
    parent = _value_at(body, parent_path) if parent_path else body
    fields = _Fields(field=field or "body", parent=parent if isinstance(parent, Mapping) else {})
    value = _value_at(body, field)
    if value is not _ABSENT:
        fields["value"] = shown(value)
    expected = getattr(violation, "expected", None)
    if expected is None:
        expected = declared.get(violation.rule)
    if violation.rule == "required":
        expected = None
    if isinstance(expected, list):
        fields["allowed"] = ", ".join(shown(option) for option in expected)
    if isinstance(supported, list):
        fields["supported"] = ", ".join(shown(option) for option in supported)
    if expected is not None:
        fields["expected"] = (
            " or ".join(shown(kind) for kind in expected)
            if isinstance(expected, list)
            else shown(expected)
        )
    try:
        return template.format_map(fields)
    except (_Missing, KeyError, IndexError, ValueError, AttributeError):
        return None


_ABSENT = object()


def _value_at(body: object, field: str) -> object:
    """What the body holds at a violation's field path (``contents[1].type``)."""
    node = body
    for name, index in _SEGMENT.findall(field):
        if name:
            if not isinstance(node, Mapping) or name not in node:
                return _ABSENT
            node = node[name]
        else:
            position = int(index)
            if not isinstance(node, list) or position >= len(node):
                return _ABSENT
            node = node[position]
    return node


def _declared_at(schema: Mapping[str, Any], body: object, field: str) -> Mapping[str, Any]:
    """The compiled schema of the field at a violation's path, through the branch of a
    oneOf/anyOf that the value sent there takes (``{}`` when the schema gives none)."""
    node: Mapping[str, Any] = schema
    value: object = body
    for name, index in _SEGMENT.findall(field):
        if name:
            node = _property(node, name, value)
            value = value.get(name, _ABSENT) if isinstance(value, Mapping) else _ABSENT
        else:
            items = node.get("items")
            node = items if isinstance(items, Mapping) else {}
            position = int(index)
            inside = isinstance(value, list) and position < len(value)
            value = value[position] if isinstance(value, list) and inside else _ABSENT
    return node


def _property(node: Mapping[str, Any], name: str, value: object) -> Mapping[str, Any]:
    """Property ``name`` of ``node``; among branches, first of those whose tags ``value`` holds."""
    properties = node.get("properties")
    if isinstance(properties, Mapping) and isinstance(properties.get(name), Mapping):
        found: Mapping[str, Any] = properties[name]
        return found
    for keyword in ("oneOf", "anyOf"):
        raw = node.get(keyword)
        branches = [b for b in raw if isinstance(b, Mapping)] if isinstance(raw, list) else []
        for branch in sorted(branches, key=lambda b: not _takes(b, value)):
            nested = _property(branch, name, value)
            if nested:
                return nested
    return {}


def _takes(branch: Mapping[str, Any], value: object) -> bool:
    """Whether ``value`` sends at least one tag of the branch (a property it fixes by const or
    enum, such as an item's ``type``) and every tag it sends holds one of the branch's values."""
    properties = branch.get("properties")
    if not isinstance(value, Mapping) or not isinstance(properties, Mapping):
        return False
    sent = False
    for key, declared in properties.items():
        if not isinstance(declared, Mapping) or key not in value:
            continue
        options = [declared["const"]] if "const" in declared else declared.get("enum")
        if not isinstance(options, list):
            continue
        if not any(json_equal(value[key], option) for option in options):
            return False
        sent = True
    return sent
