"""An account is reached only with its own credential; what the mock shows is no credential."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from mockserver.core.config import ConfigError
from tests.security.attacks import GENERATIONS, bearer, judged, owners, unsigned_jwt


def create(client: FlaskClient, headers: dict[str, str]) -> str:
    answer = client.post(GENERATIONS, json={"prompt": "p"}, headers=headers)
    assert answer.status_code == 200, answer.json
    task_id: str = answer.json["data"]["task_id"]
    return task_id


def reaches(client: FlaskClient, headers: dict[str, str], task_id: str) -> bool:
    """Whether these credentials read, list or delete-see the task."""
    read = client.get(f"{GENERATIONS}/{task_id}", headers=headers)
    judged("forged identities", read.status_code, read.data)
    listed = client.get(GENERATIONS, headers=headers)
    judged("forged identities", listed.status_code, listed.data)
    costs = client.get("/account/costs", headers=headers)
    judged("forged identities", costs.status_code, costs.data)
    found: list[Any] = (listed.json or {}).get("data") or []
    return read.status_code == 200 or any(task.get("task_id") == task_id for task in found)


def forgeries(shown: str, credential: str) -> list[dict[str, str]]:
    """Every credential an outsider can make from what the admin API shows."""
    bare = shown.partition(":")[2]
    return [
        bearer(unsigned_jwt(shown)),
        bearer(unsigned_jwt(bare)),
        bearer(unsigned_jwt(f"key:{bare}")),
        bearer(unsigned_jwt(credential)),
        bearer(shown),
        bearer(bare),
    ]


@pytest.mark.parametrize("config", [{}, {"KLING_API_KEYS": "victim-key, other-key"}])
def test_no_token_made_from_a_shown_key_account_reaches_it(
    make_app: Callable[..., Flask], config: dict[str, Any]
) -> None:
    client = make_app(**config).test_client()
    task_id = create(client, bearer("victim-key"))
    (shown,) = owners(client)
    assert "victim-key" not in shown
    for headers in forgeries(shown, "victim-key"):
        assert not reaches(client, headers, task_id), headers


def test_no_token_made_from_a_shown_open_mode_jwt_account_reaches_it(
    make_app: Callable[..., Flask],
) -> None:
    client = make_app().test_client()
    task_id = create(client, bearer(unsigned_jwt("victim-access-key")))
    (shown,) = owners(client)
    assert "victim-access-key" not in shown
    for headers in forgeries(shown, "someone-else"):
        assert not reaches(client, headers, task_id), headers
    assert reaches(client, bearer(unsigned_jwt("victim-access-key", "any-secret" * 4)), task_id)


def test_a_jwt_never_reaches_a_key_account_of_the_same_value(
    make_app: Callable[..., Flask],
) -> None:
    client = make_app(KLING_API_KEYS="shared-value").test_client()
    task_id = create(client, bearer("shared-value"))
    assert not reaches(client, bearer(unsigned_jwt("shared-value")), task_id)


def test_with_only_gateway_keys_a_jwt_account_does_not_show_the_key(
    make_app: Callable[..., Flask],
) -> None:
    client = make_app(KLING_API_KEYS="raw-gateway-secret").test_client()
    create(client, bearer(unsigned_jwt("raw-gateway-secret")))
    (shown,) = owners(client)
    assert "raw-gateway-secret" not in shown
    usage = client.get("/__mock/usage").get_data(as_text=True)
    assert "raw-gateway-secret" not in usage


def test_a_verified_access_key_keeps_its_name_and_needs_its_secret(
    make_app: Callable[..., Flask],
) -> None:
    import jwt as pyjwt

    from mockserver.security.jwt_auth import make_token

    client = make_app(KLING_ACCESS_KEYS={"ak-team": "sk-team-" * 4}).test_client()
    task_id = create(client, bearer(make_token("ak-team", "sk-team-" * 4)))
    assert owners(client) == ["ak-team"]
    assert not reaches(client, bearer(unsigned_jwt("ak-team")), task_id)
    assert pyjwt  # the forger's library is the same as the client's


@pytest.mark.parametrize(
    "config",
    [
        {"KLING_API_KEYS": {"gw": "key:0123456789abcdef"}},
        {"KLING_API_KEYS": {"gw": "ak:0123456789abcdef"}},
        {"KLING_ACCESS_KEYS": {"key:0123456789abcdef": "s" * 32}},
        {"KLING_API_KEYS": {"gw": "team"}, "KLING_ACCESS_KEYS": {"team": "s" * 32}},
    ],
)
def test_configured_names_cannot_take_another_credentials_account(
    make_app: Callable[..., Flask], config: dict[str, Any]
) -> None:
    with pytest.raises(ConfigError, match=r"account|AccessKey"):
        make_app(**config)
