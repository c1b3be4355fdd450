"""No request, valid or not, gets a 5xx or an answer outside the spec.

Hypothesis throws junk at every route of the spec (and at routes that do not exist), under both
route forms: random bytes, broken JSON, wrong content types, wrong methods, missing credentials,
and bodies over the size limit. Every answer must be a Kling envelope the spec documents, and the
mock may log no traceback (a ``Campaign`` counts them; the example count grows with the profile).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from hypothesis import given, settings
from hypothesis import strategies as st

from mockserver import create_app
from mockserver.testing import session_for
from spec.documents import load_bundle
from tests.mock.mockapi import SpecResponses

from .campaign import Campaign, examples
from .support import BASE_URL

BODY_LIMIT = 64 * 1024
CONTENT_TYPES = [
    "application/json",
    "application/json; charset=utf-8",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/xml",
    None,
]


def _routes() -> list[str]:
    paths = [re.sub(r"\{[^}]+\}", "some-task-id", p) for p in load_bundle()["paths"]]
    return [*sorted(paths), "/", "/v1", "/v2/images/generations", "/v1/images/nope", "/kling"]


junk_bodies = st.one_of(
    st.binary(max_size=512),
    st.text(max_size=256).map(str.encode),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
        ),
        max_leaves=12,
    ).map(lambda value: json.dumps(value).encode()),
    st.just(b"x" * (BODY_LIMIT + 1)),
)


def _limited_app() -> Flask:
    return create_app(
        {"KLING_DB": ":memory:", "KLING_SPEED": 1000.0, "KLING_MAX_BODY_BYTES": BODY_LIMIT}
    )


CAMPAIGN = Campaign("junk")
APP = CAMPAIGN.watch(_limited_app())
SPEC = SpecResponses(load_bundle())


@settings(max_examples=examples(400, 5))  # cheap: ~1 ms per request
@given(
    method=st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH"]),
    route=st.sampled_from(_routes()),
    prefix=st.sampled_from(["", "/kling"]),
    content_type=st.sampled_from(CONTENT_TYPES),
    body=junk_bodies,
    authorised=st.booleans(),
)
def test_no_request_gets_a_server_error_or_an_undocumented_answer(
    method: str, route: str, prefix: str, content_type: str | None, body: bytes, authorised: bool
) -> None:
    headers: dict[str, Any] = {"Authorization": "Bearer robust-key"} if authorised else {}
    if content_type is not None:
        headers["Content-Type"] = content_type
    response = session_for(APP).request(
        method, f"{BASE_URL}{prefix}{route}", data=body, headers=headers
    )
    assert response.status_code < 500, response.text
    assert response.headers["Content-Type"].startswith("application/json")
    answer = response.json()
    assert isinstance(answer["code"], int) and isinstance(answer["message"], str)
    assert answer["request_id"]
    assert SPEC.errors(response) == []
    assert CAMPAIGN.problems() == []


@pytest.fixture(scope="module", autouse=True)
def campaign_figures() -> Iterator[None]:
    yield
    CAMPAIGN.report()
