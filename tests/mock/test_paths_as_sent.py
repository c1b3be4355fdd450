"""Paths and query strings as real clients send them: a doubled slash is the single-slash route
(never a 308 HTML redirect); an unknown query parameter is ignored as an unknown body field is."""

from __future__ import annotations

import pytest
from mockapi import MockAPI

TRY_ON = "/v1/images/kolors-virtual-try-on"
TRY_ON_BODY = {
    "model_name": "kolors-virtual-try-on-v1-5",
    "human_image": "https://assets.example.com/person.png",
    "cloth_image": "https://assets.example.com/shirt.png",
}


@pytest.mark.parametrize("prefix", ["", "/kling"])
def test_a_doubled_slash_before_the_id_reads_the_task(api: MockAPI, prefix: str) -> None:
    created = api.create(TRY_ON, TRY_ON_BODY)
    answer = api.session.get(
        f"http://127.0.0.1:4010{prefix}{TRY_ON}//{created['task_id']}",
        headers=api.headers(None, None),
        allow_redirects=False,
    )
    assert answer.status_code == 200
    assert answer.headers["Content-Type"] == "application/json"
    assert answer.json()["data"]["task_id"] == created["task_id"]


def test_a_doubled_slash_inside_the_path_is_served_too(api: MockAPI) -> None:
    answer = api.session.post(
        "http://127.0.0.1:4010/v1/images//kolors-virtual-try-on",
        json=TRY_ON_BODY,
        headers=api.headers(None, None),
        allow_redirects=False,
    )
    assert (answer.status_code, answer.json()["code"]) == (200, 0)


def test_an_unknown_query_parameter_is_ignored_with_a_warning(api: MockAPI) -> None:
    answer = api.get(TRY_ON, params={"pageNum": 1, "lang": "en"})
    assert (answer.status_code, answer.json()["code"]) == (200, 0)
    assert answer.headers["X-Mock-Warnings"] == "ignored lang (unknown query parameter)"


def test_in_strict_mode_an_unknown_query_parameter_is_refused(api: MockAPI) -> None:
    answer = api.get(TRY_ON, params={"lang": "en"}, headers={"X-Mock-Strict": "true"})
    assert (answer.status_code, answer.json()["code"]) == (400, 1201)
    assert answer.json()["message"] == "lang is not a known field"
