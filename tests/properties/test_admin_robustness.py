"""No admin request, however malformed, gets a 5xx; a refused one changes nothing; and no setting
the admin API accepts leaves the API unable to answer.

Hypothesis sends JSON built from the admin API's own words (every key its answers use, plus the
few it only reads) with junk values of every kind (huge integers, floats, null, lists, nested
objects) to each admin route that takes a body. A refusal must be the Kling envelope and leave
what the route shows as it was; an accepted clock, limit or reset must leave a create and a list
answerable (fault plans are left out of that: breaking the API is their job).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from hypothesis import given, settings
from hypothesis import strategies as st

from mockserver import create_app
from mockserver.testing import session_for

from .campaign import Campaign, examples, outside_envelope
from .support import BASE_URL

CAMPAIGN = Campaign("admin")
APP = CAMPAIGN.watch(
    create_app({"KLING_DB": ":memory:", "KLING_CLOCK_FROZEN": True, "KLING_LOG_REQUESTS": False})
)
SESSION = session_for(APP)
KEY = {"Authorization": "Bearer admin-fuzz"}
#: Words the admin API reads but never shows in an answer (the clock's commands, pack names,
#: HTTP statuses of a fault plan).
READ_ONLY_WORDS = ("freeze", "advance_ms", "clock", "image", "video", "500", "503", "429")
#: Routes whose accepted settings must leave the API answering (faults exist to break it).
KEEPS_THE_API_ANSWERING = ("/__mock/clock", "/__mock/limits", "/__mock/reset")


def admin(method: str, route: str, body: Any = None) -> requests.Response:
    data = None if body is None else json.dumps(body)
    headers = {"Content-Type": "application/json"}
    return SESSION.request(method, f"{BASE_URL}{route}", data=data, headers=headers)


def _writable_routes() -> list[tuple[str, str]]:
    """(method, route) of every admin route that takes a JSON body, from the app's own map."""
    found = []
    for rule in APP.url_map.iter_rules():
        if not rule.rule.startswith("/__mock/") or rule.arguments:
            continue
        if rule.rule.startswith(("/__mock/ui", "/__mock/login")):
            continue
        found += [(m, rule.rule) for m in sorted(rule.methods or ()) if m in ("POST", "PUT")]
    return sorted(found)


def _keys_of(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, inner in value.items():
            yield key
            yield from _keys_of(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _keys_of(inner)


def _words() -> list[str]:
    """Every key the admin API's answers use, and the words it only reads."""
    shown: set[str] = set(READ_ONLY_WORDS)
    for _, route in _writable_routes():
        answer = admin("GET", route)
        if answer.status_code == 200:
            shown |= set(_keys_of(answer.json()))
    return sorted(shown)


WRITABLE = _writable_routes()
#: A body each route accepts, every part of which a mutation may replace with junk (a route
#: without one gets junk bodies only).
ACCEPTED = {
    "/__mock/limits": {
        "concurrency": {"video": 2},
        "balance": {"image": 10},
        "rate_limit": 5,
        "rate_window_ms": 1000,
        "accounts": {"ci": {"concurrency": {"image": 1}, "balance": {"video": 3.5},
                            "rate_limit": 2, "rate_window_ms": 60000}},
    },
    "/__mock/faults": {
        "latency_ms": 5,
        "errors": {"503": 0.25},
        "retry_after_s": {"503": 2},
        "task_failure_rate": 0.5,
        "paths": ["/v1/images/*"],
        "quirks": {"data_array": 0.5},
    },
    "/__mock/clock": {"freeze": True, "advance_ms": 1000, "speed": 2},
    "/__mock/reset": {"clock": True},
}  # fmt: skip
scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=2**53, max_value=2**80)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
)
junk = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(_words()) | st.text(max_size=4), inner, max_size=4)
    ),
    max_leaves=10,
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path of every part of a JSON value, the whole value first."""
    yield path
    items = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value)
        if isinstance(value, list)
        else ()
    )
    for key, inner in items:
        yield from _paths(inner, (*path, key))


def _replaced(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = _replaced(value[path[0]], path[1:], new)
    return copy


@st.composite
def mutated(draw: st.DrawFn, accepted: Any) -> Any:
    """``accepted`` with one to three of its parts (or itself) replaced by junk."""
    body = accepted
    for _ in range(draw(st.integers(1, 3))):
        body = _replaced(body, draw(st.sampled_from(list(_paths(body)))), draw(junk))
    return body


@st.composite
def admin_calls(draw: st.DrawFn) -> tuple[str, str, Any]:
    method, route = draw(st.sampled_from(WRITABLE))
    accepted = ACCEPTED.get(route)
    body = draw(junk if accepted is None else mutated(accepted) | junk)
    return method, route, body


def shown(route: str) -> Any:
    """What the route shows now (the clock's reading moves with real time: left out)."""
    answer = admin("GET", route)
    if answer.status_code != 200:  # a route without GET (reset)
        return None
    seen = answer.json()
    if isinstance(seen, dict):
        seen.pop("now_ms", None)
    return seen


def check_the_api_answers() -> None:
    for method, path, body in (
        ("POST", "/v1/images/generations", {"prompt": "after the admin call"}),
        ("GET", "/v1/images/generations", None),
    ):
        answer = SESSION.request(method, f"{BASE_URL}{path}", json=body, headers=KEY)
        assert answer.status_code < 500, f"{method} {path}: {answer.text}"


@settings(max_examples=examples(300, 5))  # cheap: a few in-process requests per example
@given(call=admin_calls())
def test_no_admin_body_gets_a_server_error_and_a_refused_one_changes_nothing(
    call: tuple[str, str, Any],
) -> None:
    method, route, body = call
    before = shown(route)
    try:
        answer = admin(method, route, body)
        assert answer.status_code < 500, answer.text
        if answer.status_code >= 400:
            why = outside_envelope(
                answer.status_code, answer.headers.get("Content-Type", ""), answer.content
            )
            assert why is None, why
            assert shown(route) == before
        elif route in KEEPS_THE_API_ANSWERING:
            check_the_api_answers()
        assert CAMPAIGN.server_errors == [] and CAMPAIGN.tracebacks == []
    finally:
        admin("DELETE", "/__mock/faults")
        admin("DELETE", "/__mock/limits")
        admin("POST", "/__mock/reset", {"clock": True})


@pytest.fixture(scope="module", autouse=True)
def campaign_figures() -> Iterator[None]:
    yield
    CAMPAIGN.report()
