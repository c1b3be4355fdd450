"""The fast path of request validation never accepts what openapi-core rejects, and accepts what
openapi-core accepts when the request is plain.

For every operation of the spec, Hypothesis draws its parameters (values the schema allows, raw
text, missing ones) and its body (valid bodies, the same with one constraint broken, and with one
field set to arbitrary JSON: strings with control characters and whitespace, huge integers, wrong
types). openapi-core (through the mock's own adapter) is the oracle.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from werkzeug.test import EnvironBuilder
from werkzeug.wrappers import Request

from mockserver.core.call import Call
from mockserver.core.errors import KlingError
from mockserver.http.app import spec_objects
from mockserver.validation.checker import ABSENT, RequestChecker
from spec import compile as spec_compile
from spec.documents import SPEC_DIR
from spec.operations import parameters as declared_parameters
from spec.refs import resolve

from .campaign import examples
from .strategies import invalid_bodies, valid_bodies

_, CHECKER = spec_objects(SPEC_DIR)
INDEX = CHECKER.index
#: Every operation, the relays' own queries (served only at ``https://{relay}/kling``) too.
OPERATIONS = sorted(INDEX.operations)
_VAR = re.compile(r"\{([^}]+)\}")

#: Text that tells regex engines apart (Python's \s also matches \x1c-\x1f) and odd numerals.
AWKWARD = [
    *("", " ", "0", "-1", "+1", "1.5", "1e3", "007", "\uff19", "\x1c", "true", "auto", "10"),
    *("https://a\x1cb", "https://a b", "https://ok.example/x", str(2**63), str(-(2**63) - 1)),
]
AWKWARD_TEXT = st.sampled_from(AWKWARD)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | AWKWARD_TEXT,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def _parameters(operation_id: str) -> list[dict[str, Any]]:
    op = INDEX.operations[operation_id]
    return declared_parameters(INDEX.bundle, op.path, op.raw)


def _parameter_text(parameter: dict[str, Any]) -> st.SearchStrategy[str | None]:
    schema = resolve(INDEX.bundle, parameter.get("schema", {}))
    compiled = spec_compile.compile_schema(INDEX.bundle, schema)
    allowed = st.builds(str, st.sampled_from(compiled["enum"])) if "enum" in compiled else None
    kind = compiled.get("type")
    typed: st.SearchStrategy[str] = (
        st.integers(
            min_value=compiled.get("minimum", -(2**64)), max_value=compiled.get("maximum", 2**64)
        ).map(str)
        if kind == "integer"
        else st.from_regex(r"[1-9][0-9]{0,18}", fullmatch=True)
        if kind == "string"
        else st.text(max_size=5)
    )
    choices = [typed, AWKWARD_TEXT, st.text(max_size=6)] + (
        [allowed] if allowed is not None else []
    )
    missing = st.none() if parameter.get("in") == "query" else st.nothing()
    return st.one_of(*choices) | missing


def _bodies(operation_id: str) -> st.SearchStrategy[Any]:
    schema = CHECKER.compiled.get(operation_id)
    if schema is None:
        return st.none()
    valid = valid_bodies(schema)
    with_one_field = st.tuples(
        valid,
        st.sampled_from([*(schema.get("properties") or {}), "unknown_option"]),
        JSON_VALUES,
    ).map(lambda drawn: {**drawn[0], drawn[1]: drawn[2]})
    broken = invalid_bodies(schema).map(lambda breakage: breakage.body)
    return st.one_of(valid, broken, with_one_field, JSON_VALUES)


def _request(operation_id: str, path_args: dict[str, str], query: dict[str, str]) -> Request:
    op = INDEX.operations[operation_id]
    path = _VAR.sub(lambda m: quote(path_args.get(m.group(1), "x"), safe=""), op.path)
    environ = EnvironBuilder(
        path=path, method=op.method, query_string=query, content_type="application/json"
    ).get_environ()
    return Request(environ)


def _verdicts(
    checker: RequestChecker, operation_id: str, texts: dict[str, Any], body: Any, has_body: bool
) -> tuple[bool, bool]:
    op = INDEX.operations[operation_id]
    params = _parameters(operation_id)
    path_args = {p["name"]: texts[p["name"]] for p in params if p["in"] == "path"}
    query = {
        p["name"]: texts[p["name"]]
        for p in params
        if p["in"] == "query" and texts.get(p["name"]) is not None
    }
    call = Call.of(_request(operation_id, path_args, query), path_args)
    fast = checker.fast.passes(op, call.query_items, path_args, has_body, body)
    try:
        oracle = not checker.openapi_errors(op, call, body if has_body else ABSENT)
    except KlingError:  # the body is missing or unreadable: rejected before any schema
        oracle = False
    return fast, oracle


@pytest.mark.parametrize("operation_id", OPERATIONS)
@settings(max_examples=examples(15, 0.5))
@given(data=st.data())
def test_the_fast_path_never_accepts_what_openapi_core_rejects(
    operation_id: str, data: st.DataObject
) -> None:
    texts = {p["name"]: data.draw(_parameter_text(p), p["name"]) for p in _parameters(operation_id)}
    has_body = INDEX.operations[operation_id].has_body and data.draw(st.booleans(), "has body")
    body = data.draw(_bodies(operation_id), "body") if has_body else None
    fast, oracle = _verdicts(CHECKER, operation_id, texts, body, has_body)
    assert oracle or not fast, "the fast path accepted a request openapi-core rejects"


@pytest.mark.parametrize("operation_id", OPERATIONS)
@settings(max_examples=10)  # a speed property, not a safety one: a few plain requests suffice
@given(data=st.data())
def test_the_fast_path_accepts_the_plain_requests_openapi_core_accepts(
    operation_id: str, data: st.DataObject
) -> None:
    op = INDEX.operations[operation_id]
    texts: dict[str, Any] = {}
    for parameter in _parameters(operation_id):
        schema = spec_compile.compile_schema(
            INDEX.bundle, resolve(INDEX.bundle, parameter.get("schema", {}))
        )
        if "enum" in schema:
            texts[parameter["name"]] = str(data.draw(st.sampled_from(schema["enum"])))
        elif schema.get("type") == "integer":
            low, high = schema.get("minimum", 1), schema.get("maximum", 10**6)
            texts[parameter["name"]] = str(data.draw(st.integers(low, high), parameter["name"]))
        else:
            texts[parameter["name"]] = "867283741759111202"
    schema = CHECKER.compiled.get(operation_id)
    body = data.draw(valid_bodies(schema), "body") if schema is not None else None
    fast, oracle = _verdicts(CHECKER, operation_id, texts, body, op.has_body)
    assume(oracle)
    assert fast, "openapi-core accepts this plain request; the fast path should too"


def _checked_strings(schema: dict[str, Any]) -> list[str]:
    """Top-level fields whose text a pattern or a format judges (where the engines may differ)."""
    return [
        name
        for name, sub in (schema.get("properties") or {}).items()
        if isinstance(sub, dict) and ("pattern" in sub or "format" in sub)
    ]


BODY_OPERATIONS = [op for op in OPERATIONS if _checked_strings(CHECKER.compiled.get(op) or {})]


@pytest.mark.parametrize("operation_id", BODY_OPERATIONS)
@settings(max_examples=3)
@given(data=st.data())
def test_awkward_text_in_a_pattern_or_format_field_gets_openapi_cores_verdict(
    operation_id: str, data: st.DataObject
) -> None:
    schema = CHECKER.compiled[operation_id] or {}
    base = data.draw(valid_bodies(schema), "body")
    texts = {p["name"]: "1" for p in _parameters(operation_id)}
    for name in _checked_strings(schema):
        for text in AWKWARD:
            fast, oracle = _verdicts(CHECKER, operation_id, texts, {**base, name: text}, True)
            assert oracle or not fast, f"{name}={text!r}: accepted, though openapi-core rejects it"
