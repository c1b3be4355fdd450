"""Over-long URLs and headers are 400/1200 in the envelope in-process too, as when served."""

from __future__ import annotations

from mockapi import MockAPI

from mockserver.core.bounds import MAX_HEADER_BYTES, MAX_URL_BYTES


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
