"""The catalogue of checks ``kling-codegen diff`` runs: one entry per kind of change.

Each check says what the change means to a **client user** (``breaking``: code that worked may stop
working or behave differently; ``non-breaking``: additive; ``documentation``: words only) and to a
**mock user** (``refuses``: a request the mock accepted is now refused; ``accepts``: the reverse;
``answer-lost``: a field or value of an answer disappeared; ``answer-changed``: answers differ in
shape or value; ``none``). A refusal the spec's strictness policy turns into "Kling ignores it"
(a field gone from a schema is an unknown field; a field a model stops supporting) is reported
per change as ``ignores``: served with a warning by default, refused in strict mode. The README
renders this table; tests hold one minimal pair per check.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Level = Literal["breaking", "non-breaking", "documentation"]
MockEffect = Literal["refuses", "ignores", "accepts", "answer-lost", "answer-changed", "none"]
LEVELS: tuple[Level, ...] = ("breaking", "non-breaking", "documentation")


@dataclass(frozen=True)
class Check:
    id: str
    level: Level
    mock: MockEffect
    summary: str


_CHECKS = (
    # operations and paths
    Check("operation-added", "non-breaking", "accepts", "a new operation"),
    Check("operation-removed", "breaking", "refuses", "an operation is gone"),
    Check("path-renamed", "breaking", "refuses", "an operation (same operationId) moved path"),
    # parameters
    Check("parameter-added", "non-breaking", "none", "a new optional parameter"),
    Check("parameter-added-required", "breaking", "refuses", "a new required parameter"),
    Check("parameter-removed", "breaking", "refuses", "a parameter is gone"),
    Check("parameter-became-required", "breaking", "refuses", "an optional parameter is required"),
    Check(
        "parameter-became-optional", "non-breaking", "accepts", "a required parameter is optional"
    ),
    # request fields (parameters' schemas use the same request-* checks)
    Check("request-body-added", "breaking", "refuses", "an operation now takes a body"),
    Check("request-body-removed", "breaking", "refuses", "an operation no longer takes a body"),
    Check("request-field-added", "non-breaking", "accepts", "a new optional request field"),
    Check("request-field-added-required", "breaking", "refuses", "a new required request field"),
    Check("request-field-removed", "breaking", "refuses", "a request field is gone"),
    Check("request-field-became-required", "breaking", "refuses", "an optional field is required"),
    Check(
        "request-field-became-optional", "non-breaking", "accepts", "a required field is optional"
    ),
    Check("request-type-narrowed", "breaking", "refuses", "a request field takes fewer types"),
    Check("request-type-widened", "non-breaking", "accepts", "a request field takes more types"),
    Check("request-enum-value-removed", "breaking", "refuses", "a request value is refused"),
    Check("request-enum-value-added", "non-breaking", "accepts", "a request value is accepted"),
    Check("request-enum-introduced", "breaking", "refuses", "a free request field became an enum"),
    Check("request-enum-dropped", "non-breaking", "accepts", "a request enum became free"),
    Check(
        "request-default-changed",
        "breaking",
        "answer-changed",
        "a request default changed, added or removed: an unchanged call behaves differently",
    ),
    Check("request-limit-tightened", "breaking", "refuses", "a length, range or count narrowed"),
    Check("request-limit-loosened", "non-breaking", "accepts", "a length, range or count widened"),
    Check("request-pattern-added", "breaking", "refuses", "a request field gained a pattern"),
    Check("request-pattern-changed", "breaking", "refuses", "a request field's pattern changed"),
    Check("request-pattern-removed", "non-breaking", "accepts", "a request pattern was dropped"),
    Check("request-closed", "breaking", "refuses", "an object refuses unknown fields"),
    Check("request-opened", "non-breaking", "accepts", "an object accepts unknown fields"),
    # responses
    Check("response-field-added", "non-breaking", "none", "a new answer field"),
    Check("response-field-removed", "breaking", "answer-lost", "an answer field disappeared"),
    Check(
        "response-field-became-optional", "breaking", "answer-lost", "an answer field may be absent"
    ),
    Check(
        "response-field-became-required", "non-breaking", "none", "an answer field is always there"
    ),
    Check("response-type-changed", "breaking", "answer-changed", "an answer field changed type"),
    Check("response-enum-value-added", "breaking", "answer-changed", "a new value in an answer"),
    Check("response-enum-value-removed", "non-breaking", "answer-lost", "an answer value is gone"),
    Check("response-success-removed", "breaking", "answer-lost", "a success status is gone"),
    Check("response-status-added", "non-breaking", "answer-changed", "a new status is declared"),
    Check(
        "response-error-removed", "non-breaking", "none", "an error status is no longer declared"
    ),
    Check("error-code-added", "non-breaking", "refuses", "a new business error code"),
    Check("error-code-removed", "non-breaking", "none", "a business error code is gone"),
    # x-kling-* rules
    Check("rule-added", "breaking", "refuses", "a new cross-field rule (x-kling-rules)"),
    Check("rule-removed", "non-breaking", "accepts", "a cross-field rule is gone"),
    Check("rule-tightened", "breaking", "refuses", "a rule refuses more (lower max, new require)"),
    Check("rule-loosened", "non-breaking", "accepts", "a rule refuses less"),
    Check(
        "rule-message-changed",
        "documentation",
        "answer-changed",
        "a rule refuses what it did, in other words",
    ),
    Check(
        "model-restriction-added", "breaking", "refuses", "a model supports less (x-kling-models)"
    ),
    Check("model-restriction-removed", "non-breaking", "accepts", "a model supports more"),
    Check("model-selector-changed", "breaking", "refuses", "x-kling-models reads another field"),
    Check("image-limit-tightened", "breaking", "refuses", "an x-kling-image limit narrowed"),
    Check("image-limit-loosened", "non-breaking", "accepts", "an x-kling-image limit widened"),
    Check("media-limit-tightened", "breaking", "refuses", "an x-kling-media limit narrowed"),
    Check("media-limit-loosened", "non-breaking", "accepts", "an x-kling-media limit widened"),
    Check(
        "task-kind-changed",
        "breaking",
        "answer-changed",
        "x-kling-task added/removed, result kind or immediacy changed",
    ),
    Check(
        "task-setting-changed",
        "non-breaking",
        "answer-changed",
        "another x-kling-task setting changed",
    ),
    Check("client-name-changed", "breaking", "none", "x-kling-family or x-kling-method changed"),
    Check(
        "family-renamed-with-alias",
        "non-breaking",
        "none",
        "renamed namespace, old name kept as deprecated alias (x-kling-renamed-families)",
    ),
    Check(
        "family-alias-removed",
        "breaking",
        "none",
        "a renamed namespace's deprecated old name is gone",
    ),
    Check("query-changed", "breaking", "answer-changed", "x-kling-query changed"),
    Check("sync-changed", "non-breaking", "answer-changed", "x-kling-sync changed"),
    # words only
    Check(
        "documentation-changed",
        "documentation",
        "none",
        "descriptions, examples, notes, provenance",
    ),
)

CATALOGUE: dict[str, Check] = {check.id: check for check in _CHECKS}


def markdown_table() -> str:
    """The catalogue as the Markdown table the README shows."""
    rows = ["| check | client | mock | what changed |", "| --- | --- | --- | --- |"]
    rows += [f"| `{c.id}` | {c.level} | {c.mock} | {c.summary} |" for c in _CHECKS]
    return "\n".join(rows)
