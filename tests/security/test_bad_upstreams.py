"""The proxy bounds what it takes from its upstream: time, size (decompressed), nesting, and how
many requests may wait for it at once; a bad upstream never blocks the admin API."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest
import requests
from flask import Flask
from flask.testing import FlaskClient

from mockserver import create_app
from mockserver.core.state import state_of
from mockserver.proxy.forward import Upstream
from mockserver.security import upstream as bounded
from tests.security.attacks import bearer, judged
from tests.security.bad_upstream import BadUpstream, bomb

GET = "/v1/images/generations/{}"
TOTAL_S = 2.0


@pytest.fixture(scope="module")
def bad() -> Iterator[BadUpstream]:
    bomb()  # made before the proxy's clock runs
    made = BadUpstream()
    yield made
    made.close()


@pytest.fixture
def proxy(bad: BadUpstream) -> Iterator[Flask]:
    session = requests.Session()
    session.trust_env = False
    app = create_app(
        {"KLING_DB": ":memory:", "KLING_LOG_REQUESTS": False},
        upstream=Upstream(bad.url, session=session, timeout_s=TOTAL_S),
    )
    yield app
    state_of(app).store.close()


def through(client: FlaskClient, kind: str) -> tuple[int, int, float]:
    started = time.monotonic()
    answer = client.get(GET.format(kind), headers=bearer("k"))
    elapsed = time.monotonic() - started
    code = answer.json["code"] if answer.status_code >= 500 else -1  # (the deep one is not JSON)
    designed = answer.status_code in (502, 503, 504) and code in (5000, 5001, 5002)
    judged("bad upstreams", 200 if designed else answer.status_code, answer.data)
    return answer.status_code, code, elapsed


@pytest.mark.parametrize(
    ("kind", "status", "code"),
    [
        ("hang", 504, 5002),
        ("slow-head", 504, 5002),
        ("trickle", 504, 5002),
        ("huge", 502, 5000),
        ("bomb", 502, 5000),
    ],
)
def test_a_bad_answer_is_refused_within_the_proxys_bounds(
    proxy: Flask, kind: str, status: int, code: int
) -> None:
    """Cut at the proxy's total time (``--timeout``) however the answer dawdles: no answer, its
    headers a byte at a time (each byte well within the read time-out), or its body."""
    got_status, got_code, elapsed = through(proxy.test_client(), kind)
    assert (got_status, got_code) == (status, code)
    assert elapsed < TOTAL_S + 1.0


def test_an_answer_nested_deeper_than_json_allows_is_drift_not_a_crash(proxy: Flask) -> None:
    client = proxy.test_client()
    status, _, _ = through(client, "deep")
    assert status == 200
    drift = client.get("/__mock/drift").json["drift"]
    assert any("nested deeper" in entry["message"] for entry in drift), drift


def test_hanging_answers_never_block_the_admin_api_or_other_requests(
    proxy: Flask, bad: BadUpstream
) -> None:
    client: Callable[[], FlaskClient] = proxy.test_client
    hanging = [
        threading.Thread(target=through, args=(client(), "hang"), daemon=True)
        for _ in range(bounded.MAX_IN_FLIGHT)
    ]
    already = bad.hung
    for thread in hanging:
        thread.start()
    bad.await_hung(already + bounded.MAX_IN_FLIGHT)  # every slot is held by a hanging request
    started = time.monotonic()
    assert client().get("/__mock/drift").status_code == 200
    over, code, _ = through(client(), "ok")
    assert (over, code) == (503, 5001)
    assert time.monotonic() - started < 1.0
    for thread in hanging:
        thread.join(TOTAL_S + bounded.READ_TIMEOUT_S)
    assert through(client(), "ok")[0] == 200
