"""Credentials: gateway keys, official AccessKey/SecretKey JWTs, defaults from the environment."""

from __future__ import annotations

from collections.abc import Callable

import jwt
import pytest
from kling_client import (
    GATEWAY_BASE_URL,
    OFFICIAL_BASE_URL,
    AuthenticationError,
    KlingClient,
)
from kling_client._auth import JwtAuth

from mockserver import create_app
from mockserver.testing import session_for
from tests.client.conftest import FAST, MOCK_URL, Canned, Scripted, envelope, task

SECRET = "kling-test-secret-key-0123456789abcdef"  # HS256 wants at least 32 bytes


def test_an_api_key_is_sent_as_a_bearer_token(scripted: Callable[..., Scripted]) -> None:
    run = scripted([Canned(body=envelope(task()))], api_key="sk-123")
    run.client.images.generations.get("t1")
    assert run.adapter.requests[0].headers["Authorization"] == "Bearer sk-123"


def test_official_keys_are_signed_into_an_hs256_jwt(scripted: Callable[..., Scripted]) -> None:
    run = scripted(
        [Canned(body=envelope(task()))], api_key=None, access_key="ak", secret_key=SECRET
    )
    run.client.images.generations.get("t1")
    token = str(run.adapter.requests[0].headers["Authorization"]).removeprefix("Bearer ")
    claims = jwt.decode(token, SECRET, algorithms=["HS256"])
    assert claims["iss"] == "ak"
    assert claims["exp"] - claims["nbf"] == 1800 + 5
    assert jwt.get_unverified_header(token) == {"alg": "HS256", "typ": "JWT"}


def test_the_token_is_reused_until_shortly_before_it_expires() -> None:
    now = [1_000_000.0]
    auth = JwtAuth("ak", "sk", ttl=1800, leeway=60, clock=lambda: now[0])
    first = auth.token()
    now[0] += 1700
    assert auth.token() == first
    now[0] += 60
    assert auth.token() != first


def test_the_mock_accepts_the_clients_jwt_and_rejects_a_wrong_secret() -> None:
    app = create_app(
        {"KLING_DB": ":memory:", "KLING_SPEED": 1000.0, "KLING_JWT_SECRETS": f"ak:{SECRET}"}
    )
    good = KlingClient(
        access_key="ak", secret_key=SECRET, base_url=MOCK_URL, session=session_for(app)
    )
    assert good.images.generations.create_and_wait(prompt="a boat", **FAST).task_status == "succeed"
    bad = KlingClient(
        access_key="ak", secret_key=SECRET[::-1], base_url=MOCK_URL, session=session_for(app)
    )
    with pytest.raises(AuthenticationError) as caught:
        bad.images.generations.list()
    assert (caught.value.code, caught.value.status) == (1002, 401)


def test_an_api_key_from_the_environment_targets_the_gateway(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KLING_API_KEY", "env-key")
    assert KlingClient().base_url == GATEWAY_BASE_URL.rstrip("/")


def test_official_keys_from_the_environment_target_the_official_host(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KLING_ACCESS_KEY", "ak")
    monkeypatch.setenv("KLING_SECRET_KEY", "sk")
    assert KlingClient().base_url == OFFICIAL_BASE_URL.rstrip("/")


def test_the_base_url_comes_from_the_environment_when_not_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KLING_BASE_URL", "http://127.0.0.1:4010/")
    assert KlingClient(api_key="k").base_url == "http://127.0.0.1:4010"


def test_arguments_win_over_the_environment(
    monkeypatch: pytest.MonkeyPatch, scripted: Callable[..., Scripted]
) -> None:
    monkeypatch.setenv("KLING_API_KEY", "env-key")
    run = scripted([Canned(body=envelope(task()))], api_key="arg-key")
    run.client.images.generations.get("t1")
    assert run.adapter.requests[0].headers["Authorization"] == "Bearer arg-key"


def test_no_credentials_at_all_is_an_authentication_error() -> None:
    with pytest.raises(AuthenticationError, match="no credentials"):
        KlingClient()
