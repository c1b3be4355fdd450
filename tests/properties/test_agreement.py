"""What the client accepts, the mock accepts; what the client refuses, the mock refuses alike.

For every operation with a body, Hypothesis draws a valid request, and each one is also tried
with every single constraint broken in turn (strategies.py). The client's own check runs on an
offline session; the mock's verdict comes from the same call with client-side validation off.
Both accept (the mock may still answer a non-validation error, such as 404 for an unknown
voice), or both refuse with 1201 and the same violation messages. This holds in lenient mode
(what Kling ignores or coerces is let through, with warnings) and in strict mode alike, and a
request valid in strict mode gets the same answer, without warnings, in lenient mode.

Each example judges every breakage of its body (tens of requests), so ``make test`` draws a few
bodies per operation and ``make test-deep`` (the deep profile) hundreds.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from kling_client import DeviationWarning, KlingClient, KlingError

from .campaign import examples
from .strategies import breakages, valid_bodies
from .support import (
    BASE_URL,
    VALIDATION_CODES,
    Path,
    SpecCheckedSession,
    Verdict,
    body_operations,
    client_verdict,
    fresh_key,
    path_choices,
    refuses_a_reference,
    refuses_the_model,
    spec_schemas,
)


def path_values(operation_id: str) -> st.SearchStrategy[dict[str, str] | None]:
    """A value for each path parameter of the operation (None when its path has none)."""
    choices = path_choices(operation_id)
    if not choices:
        return st.none()
    return st.fixed_dictionaries(
        {name: st.sampled_from(values) for name, values in choices.items()}
    )


MODES = ["lenient", "strict"]


@contextmanager
def mode(checked: SpecCheckedSession, strict: bool) -> Iterator[None]:
    """Requests through ``checked`` carry this mode (X-Mock-Strict); deviation warnings muted."""
    checked.session.headers["X-Mock-Strict"] = "true" if strict else "false"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeviationWarning)
            yield
    finally:
        del checked.session.headers["X-Mock-Strict"]


def mock_verdict(
    operation_id: str, body: dict[str, Any], checked: SpecCheckedSession, path: Path = None
) -> Verdict:
    client = KlingClient(
        api_key=fresh_key(), base_url=BASE_URL, session=checked.session, max_retries=0
    )
    try:
        client.request(operation_id, path_params=path, body=body, validate=False)
    except KlingError as error:
        if refuses_a_reference(error.code, error.message):
            return ("accepted", error.code, frozenset())  # the account's state, not a rule
        if error.code in VALIDATION_CODES or refuses_the_model(error.code, error.message):
            return ("refused", error.code, frozenset(error.message.split("; ")))
        return ("accepted", error.code, frozenset())
    return ("accepted", 0, frozenset())


@pytest.mark.parametrize("strictness", MODES)
@pytest.mark.parametrize("operation_id", body_operations())
@settings(max_examples=examples(6, 0.2))  # each example judges every breakage of its body
@given(data=st.data())
def test_client_and_mock_give_the_same_verdict(
    operation_id: str, strictness: str, checked: SpecCheckedSession, data: st.DataObject
) -> None:
    """A drawn valid body, and every single-constraint breakage of it, get the same verdict."""
    checked.violations.clear()
    schema = spec_schemas()[operation_id]
    path = data.draw(path_values(operation_id), label="path")
    body = data.draw(valid_bodies(schema), label="body")
    strict = strictness == "strict"
    for candidate in [body, *(b.body for b in breakages(body, schema))]:
        mine = client_verdict(operation_id, candidate, strict, path)
        with mode(checked, strict):
            theirs = mock_verdict(operation_id, candidate, checked, path)
        assert mine[0] == theirs[0], (candidate, mine, theirs)
        if mine[0] == "refused":
            assert mine[1:] == theirs[1:], candidate
    assert checked.violations == []


@pytest.mark.parametrize("operation_id", body_operations())
@settings(max_examples=examples(8, 0.25))
@given(data=st.data())
def test_a_broken_constraint_is_refused_naming_its_field(
    operation_id: str, checked: SpecCheckedSession, data: st.DataObject
) -> None:
    schema = spec_schemas()[operation_id]
    path = data.draw(path_values(operation_id), label="path")
    base = data.draw(valid_bodies(schema), label="body")
    # A refusal is one sentence, as live answers: the body must be fine for this path's model
    # but for the one breakage, or the sentence may name another fault.
    assume(client_verdict(operation_id, base, True, path)[0] == "accepted")
    options = breakages(base, schema)
    assume(bool(options))
    breakage = data.draw(st.sampled_from(options), label="breakage")
    with mode(checked, strict=True):
        verdict, code, messages = mock_verdict(operation_id, breakage.body, checked, path)
    assert verdict == "refused"
    assert code == 1201 or refuses_the_model(code or 0, "; ".join(messages)), messages
    named = breakage.field.split(".")[0].split("[")[0]
    assert any(named in message for message in messages), (breakage.rule, messages)


def mock_answer(
    operation_id: str,
    body: dict[str, Any],
    checked: SpecCheckedSession,
    strict: bool,
    path: Path = None,
) -> tuple[Verdict, str | None]:
    """The mock's verdict in one mode, and the X-Mock-Warnings header it answered with."""
    seen: list[str | None] = []

    def keep(response: Any, *args: Any, **kwargs: Any) -> None:
        seen.append(response.headers.get("X-Mock-Warnings"))

    checked.session.hooks["response"].append(keep)
    try:
        with mode(checked, strict):
            verdict = mock_verdict(operation_id, body, checked, path)
    finally:
        checked.session.hooks["response"].remove(keep)
    return verdict, seen[-1] if seen else None


@pytest.mark.parametrize("operation_id", body_operations())
@settings(max_examples=examples(5, 0.15))  # each example sends every breakage in both modes
@given(data=st.data())
def test_a_request_valid_in_strict_mode_gets_the_same_answer_in_lenient_mode(
    operation_id: str, checked: SpecCheckedSession, data: st.DataObject
) -> None:
    """Leniency only ever lets through more: what strict mode serves, lenient mode serves alike."""
    schema = spec_schemas()[operation_id]
    body = data.draw(valid_bodies(schema), label="body")
    path = data.draw(path_values(operation_id), label="path")
    for candidate in [body, *(b.body for b in breakages(body, schema))]:
        strict, _ = mock_answer(operation_id, candidate, checked, True, path)
        if strict[0] != "accepted":
            continue
        lenient, warned = mock_answer(operation_id, candidate, checked, False, path)
        assert (lenient, warned) == (strict, None), candidate
