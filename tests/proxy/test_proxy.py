"""The proxy forwards every request unchanged and lists where upstream answers leave spec/."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
import requests
from flask import Flask, Response
from requests.adapters import BaseAdapter

from mockserver import create_app
from mockserver.cli.main import main as cli_main
from mockserver.proxy.forward import Upstream
from mockserver.testing import IN_PROCESS_URL, session_for

from .conftest import QUIET, Proxied

IMAGE = "/v1/images/generations"


def test_a_create_through_the_proxy_is_made_upstream_and_answered_unchanged(
    make_proxied: Callable[..., Proxied],
) -> None:
    pair = make_proxied()
    created = pair.post(IMAGE, {"prompt": "a paper boat"})
    assert created.status_code == 200, created.text
    task_id = created.json()["data"]["task_id"]
    assert [t["task_id"] for t in pair.upstream.tasks()] == [task_id]
    assert pair.proxy.tasks() == []
    assert pair.get(f"{IMAGE}/{task_id}").json()["data"]["task_id"] == task_id
    assert pair.drift() == []


def test_an_upstream_error_passes_through_and_is_no_drift(
    make_proxied: Callable[..., Proxied],
) -> None:
    pair = make_proxied()
    answer = pair.post(IMAGE, {"prompt": "a boat"}, **{"X-Mock-Fault": "error=503, retry_after=3"})
    assert (answer.status_code, answer.json()["code"]) == (503, 5001)
    assert answer.headers["Retry-After"] == "3"
    assert pair.drift() == []


def mutating(change: Callable[[dict[str, Any]], None]) -> Flask:
    """A mock whose successful answers get ``change`` applied to their ``data``."""
    app = create_app(QUIET)

    @app.after_request
    def _change(response: Response) -> Response:
        if response.mimetype == "application/json" and response.status_code == 200:
            body = json.loads(response.get_data())
            if isinstance(body.get("data"), dict) and "task_id" in body["data"]:
                change(body["data"])
                response.set_data(json.dumps(body))
        return response

    return app


@pytest.mark.parametrize(
    ("change", "field", "rule"),
    [
        (lambda data: data.update(task_id=12345), "data.task_id", "type"),
        (lambda data: data.pop("task_status"), "data.task_status", "required"),
        (lambda data: data.update(task_status="queueing"), "data.task_status", "enum"),
    ],
    ids=["wrong type", "missing required field", "unknown status"],
)
def test_an_answer_that_leaves_the_spec_is_drift_with_its_operation_and_field(
    make_proxied: Callable[..., Proxied],
    change: Callable[[dict[str, Any]], None],
    field: str,
    rule: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pair = make_proxied(mutating(change))
    assert pair.post(IMAGE, {"prompt": "a boat"}).status_code == 200
    assert pair.post(IMAGE, {"prompt": "a boat"}).status_code == 200
    [entry] = [e for e in pair.drift() if e["field"] == field]
    assert (entry["operation"], entry["rule"], entry["count"]) == (
        "createImageGenerationTask",
        rule,
        2,
    )
    assert entry["first_seen_ms"] <= entry["last_seen_ms"]
    assert cli_main(["drift", "--url", IN_PROCESS_URL], session=pair.proxy.session) == 1
    printed = capsys.readouterr().out
    assert "createImageGenerationTask" in printed and field in printed and rule in printed


def test_a_request_the_spec_refuses_but_upstream_accepts_is_drift(
    make_proxied: Callable[..., Proxied],
) -> None:
    real = make_proxied()
    accepted = real.post(IMAGE, {"prompt": "a boat"})
    lenient = Flask("lenient_upstream")

    @lenient.post(IMAGE)
    def _accept_everything() -> Response:
        return Response(accepted.content, status=200, mimetype="application/json")

    pair = make_proxied(lenient)
    assert pair.post(IMAGE, {"prompt": "a boat", "n": 99}).status_code == 200
    [entry] = pair.drift()
    assert (entry["operation"], entry["field"], entry["rule"]) == (
        "createImageGenerationTask",
        "n",
        "accepted-upstream",
    )


class Unreachable(BaseAdapter):
    """A transport whose every request fails to connect (an upstream that is down)."""

    def send(self, request: Any, *args: Any, **kwargs: Any) -> requests.Response:
        raise requests.ConnectionError("connection refused")

    def close(self) -> None:
        """Nothing to release."""


def test_an_upstream_that_is_down_is_a_503_in_the_kling_envelope() -> None:
    session = requests.Session()
    session.mount("http://", Unreachable())
    app = create_app(QUIET, upstream=Upstream("http://kling.example", session=session))
    answer = session_for(app).post(
        "http://proxy" + IMAGE, json={"prompt": "a boat"}, headers={"Authorization": "Bearer k"}
    )
    assert (answer.status_code, answer.json()["code"]) == (503, 5001)
    assert "did not answer" in answer.json()["message"]
