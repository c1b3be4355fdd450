"""The answer as the API words it: live's sentences for the violations the rules engine found.

The engine finds violations in its own grammar (``rules.describe``); what the API *says* is data
of the spec, carried by the compiled schema and applied here, so the mock and the client answer
alike. Three places give words, the first that applies wins:

* ``x-kling-messages`` on the schema of the field (``{minItems: "contents cannot be empty"}``):
  a field's own sentence, keyed by the rule it breaks;
* ``x-kling-wording.messages`` at the root of a compiled request (its design's words per JSON
  Schema keyword: ``{field} value '{value}' is invalid, allowed values: {allowed}``);
* the engine's own sentence.

A template may name ``{field}`` (the path), ``{value}`` (what was sent there), ``{allowed}`` and
``{expected}`` (the rule's value: an enum listed, a type, a bound) and ``{parent[...]}`` (a field
of the object holding it: ``{parent[type]}``). A template that names what the answer cannot fill
keeps the engine's sentence. ``x-kling-wording.sentences: one`` answers the first violation
alone, as live does; ``unknown_model`` answers a model outside the route's list in its own words
and code, whatever else is wrong.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, TypeVar

from .values import SCHEMA_RULES, number_text, schema_at

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
    wording = schema.get(WORDING)
    wording = wording if isinstance(wording, Mapping) else {}
    refusal = _unknown_model(violations, wording, schema, body, path or {})
    if refusal is not None:
        return [refusal]
    worded = [_worded(v, body, schema, wording) for v in violations]
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
            message = str(refusal.get("message", "")).replace("{value}", _show(sent))
            code = int(refusal.get("code", violation.code))
            return dataclasses.replace(violation, rule=UNKNOWN_MODEL, message=message, code=code)  # type: ignore[type-var]
    return None


def _worded(violation: V, body: object, schema: Mapping[str, Any], wording: Mapping[str, Any]) -> V:
    declared = schema_at(schema, _INDEX.sub("[]", violation.field)) if violation.field else schema
    own = declared.get(MESSAGES)
    design = wording.get("messages")
    template = None
    for source in (own, design):
        if isinstance(source, Mapping) and isinstance(source.get(violation.rule), str):
            template = source[violation.rule]
            break
    if template is None:
        return violation
    message = _render(template, violation, body, declared)
    if message is None:
        return violation
    return dataclasses.replace(violation, message=message)  # type: ignore[type-var]


class _Missing(Exception):
    """A template names something this answer cannot fill."""


class _Fields(dict[str, Any]):
    def __missing__(self, key: str) -> Any:
        raise _Missing(key)


def _render(
    template: str, violation: _Violation, body: object, declared: Mapping[str, Any]
) -> str | None:
    field = violation.field
    parent_path = field.rsplit(".", 1)[0] if "." in field else ""
    parent = _value_at(body, parent_path) if parent_path else body
    fields = _Fields(field=field or "body", parent=parent if isinstance(parent, Mapping) else {})
    value = _value_at(body, field)
    if value is not _ABSENT:
        fields["value"] = _show(value)
    expected = getattr(violation, "expected", None)
    if expected is None:
        expected = declared.get(violation.rule)
    if violation.rule == "required":
        expected = None
    if isinstance(expected, list):
        fields["allowed"] = ", ".join(_show(option) for option in expected)
    if expected is not None:
        fields["expected"] = (
            " or ".join(_show(kind) for kind in expected)
            if isinstance(expected, list)
            else _show(expected)
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


def _show(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return number_text(value)
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value, sort_keys=True, default=str)
    except (TypeError, ValueError, RecursionError):
        return repr(value)
