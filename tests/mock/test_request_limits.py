"""Over-long URLs and headers are 400/1200 in the envelope in-process too, as when served."""

from __future__ import annotations

from mockapi import MockAPI

from mockserver import create_app
from mockserver.core.bounds import MAX_HEADER_BYTES, MAX_URL_BYTES
from mockserver.testing import IN_PROCESS_URL, session_for


def test_a_url_over_the_limit_is_a_400_1200(api: MockAPI) -> None:
    answer = api.get(f"/v1/images/generations/{'9' * MAX_URL_BYTES}")
    assert (answer.status_code, answer.json()["code"]) == (400, 1200)
    assert f"at most {MAX_URL_BYTES}" in answer.json()["message"]


def test_a_header_over_the_limit_is_a_400_1200(api: MockAPI) -> None:
    answer = api.get("/v1/images/generations", key="k" * MAX_HEADER_BYTES)
    assert (answer.status_code, answer.json()["code"]) == (400, 1200)
    assert "Authorization header" in answer.json()["message"]


def test_requests_within_the_limits_are_answered_as_usual(api: MockAPI) -> None:
    assert api.get("/v1/images/generations", key="k" * 100).status_code == 200


def test_a_route_that_does_not_exist_is_a_404_whatever_the_body_size() -> None:
    """Routing comes first: a body over the limit is never read where no route answers."""
    app = create_app({"KLING_DB": ":memory:", "KLING_MAX_BODY_BYTES": 1024})
    session = session_for(app)
    big = b"x" * 2048
    for method, path, code in (
        ("POST", "/v1/images/nope", 1203),
        ("GET", "/account/billing/balance", 1202),  # a route, but not for that method
    ):
        answer = session.request(method, f"{IN_PROCESS_URL}{path}", data=big)
        assert (answer.status_code, answer.json()["code"]) == (404, code)
    answer = session.post(f"{IN_PROCESS_URL}/v1/images/generations", data=big)
    assert (answer.status_code, answer.json()["code"]) == (400, 1200)
