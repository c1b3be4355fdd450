"""Retries: 429/5xx/connection errors, backoff with jitter, Retry-After, idempotent creates only."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import requests
from kling_client import (
    APIConnectionError,
    APITimeoutError,
    InsufficientBalanceError,
    RateLimitError,
    ServerError,
)
from kling_client import _http as kling_http
from kling_client._http import backoff_delay, parse_retry_after

from tests.client.conftest import Canned, Scripted, envelope, task

OK = Canned(200, envelope(task()))


def test_a_read_is_retried_after_a_server_error(scripted: Callable[..., Scripted]) -> None:
    run = scripted([Canned(503, envelope(code=5001, message="busy")), OK])
    assert run.client.images.generations.get("t1").task_id == "t1"
    assert len(run.adapter.requests) == 2
    assert len(run.sleeps) == 1


def test_retry_after_is_honoured(scripted: Callable[..., Scripted]) -> None:
    limited = Canned(429, envelope(code=1302, message="slow down"), headers={"Retry-After": "3"})
    run = scripted([limited, OK])
    run.client.images.generations.get("t1")
    assert run.sleeps == [3.0]


class Draws:
    """Stands in for ``random``: records each jitter range and answers a fixed share of it."""

    def __init__(self, share: float) -> None:
        self.share = share
        self.ranges: list[tuple[float, float]] = []

    def uniform(self, low: float, high: float) -> float:
        self.ranges.append((low, high))
        return low + (high - low) * self.share


@pytest.mark.parametrize("share", [1.0, 0.5])
def test_backoff_grows_exponentially_with_full_jitter(
    scripted: Callable[..., Scripted], monkeypatch: pytest.MonkeyPatch, share: float
) -> None:
    draws = Draws(share)
    monkeypatch.setattr(kling_http, "random", draws)
    failing = [Canned(500, envelope(code=5000, message="oops")) for _ in range(4)]
    run = scripted(failing, max_retries=3)
    with pytest.raises(ServerError):
        run.client.images.generations.get("t1")
    assert len(run.adapter.requests) == 4
    assert draws.ranges == [(0.0, 0.5), (0.0, 1.0), (0.0, 2.0)]  # from zero, doubling
    assert run.sleeps == [0.5 * share, 1.0 * share, 2.0 * share]


def test_backoff_delay_is_capped() -> None:
    assert all(0 <= backoff_delay(attempt) <= 8.0 for attempt in range(20))


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("2", 2.0), ("0.5", 0.5), (None, None), ("soon", None), ("-4", 0.0)],
)
def test_retry_after_values_are_read_as_seconds(header: str | None, seconds: float | None) -> None:
    assert parse_retry_after(header) == seconds


def test_an_http_date_retry_after_counts_from_now() -> None:
    delay = parse_retry_after("Thu, 01 Jan 1970 00:01:40 GMT", now=40.0)
    assert delay == pytest.approx(60.0)


def test_balance_problems_are_not_retried(scripted: Callable[..., Scripted]) -> None:
    run = scripted([Canned(429, envelope(code=1102, message="resource pack exhausted"))])
    with pytest.raises(InsufficientBalanceError):
        run.client.images.generations.get("t1")
    assert len(run.adapter.requests) == 1


def test_a_create_gets_an_external_task_id_and_is_then_retried(
    scripted: Callable[..., Scripted],
) -> None:
    run = scripted([Canned(429, envelope(code=1303, message="parallel task over limit")), OK])
    run.client.images.generations.create(prompt="a boat")
    first, second = run.adapter.bodies()
    assert first["external_task_id"].startswith("kc-")
    assert first == second


def test_a_create_without_external_task_id_is_never_retried(
    scripted: Callable[..., Scripted],
) -> None:
    run = scripted([Canned(500, envelope(code=5000, message="oops"))], auto_external_task_id=False)
    with pytest.raises(ServerError):
        run.client.images.generations.create(prompt="a boat")
    assert len(run.adapter.requests) == 1
    assert "external_task_id" not in run.adapter.bodies()[0]


def test_an_external_task_id_you_give_is_kept(scripted: Callable[..., Scripted]) -> None:
    run = scripted([OK])
    run.client.images.generations.create(prompt="a boat", external_task_id="mine-1")
    assert run.adapter.bodies()[0]["external_task_id"] == "mine-1"


def test_a_lost_connection_is_retried_then_reported(scripted: Callable[..., Scripted]) -> None:
    lost = [Canned(raise_error=requests.ConnectionError("reset")) for _ in range(3)]
    run = scripted(lost, max_retries=2)
    with pytest.raises(APIConnectionError) as caught:
        run.client.images.generations.list()
    assert len(run.adapter.requests) == 3
    assert caught.value.status is None


def test_a_timeout_is_its_own_connection_error(scripted: Callable[..., Scripted]) -> None:
    run = scripted([Canned(raise_error=requests.ReadTimeout("slow"))], max_retries=0)
    with pytest.raises(APITimeoutError):
        run.client.images.generations.get("t1", timeout=0.1)


def test_the_per_call_timeout_reaches_the_transport(scripted: Callable[..., Scripted]) -> None:
    seen: list[object] = []
    run = scripted([OK], timeout=7.0)
    original = run.adapter.send

    def spy(request: requests.PreparedRequest, **kwargs: object) -> requests.Response:
        seen.append(kwargs.get("timeout"))
        return original(request, **kwargs)

    run.adapter.send = spy  # type: ignore[method-assign]
    run.client.images.generations.get("t1", timeout=1.5)
    assert seen == [1.5]


def test_rate_limits_exhaust_into_a_rate_limit_error(scripted: Callable[..., Scripted]) -> None:
    limited = [Canned(429, envelope(code=1302, message="slow down")) for _ in range(2)]
    run = scripted(limited, max_retries=1)
    with pytest.raises(RateLimitError):
        run.client.images.generations.get("t1")
