"""Bearer keys (gateway) and HS256 JWTs (official); each task is visible only to its owner."""

from __future__ import annotations

import time
from collections.abc import Callable

import jwt
from mockapi import MockAPI

GENERATIONS = "/v1/images/generations"


SECRET = "s" * 32


def token(access: str = "ak", secret: str = SECRET, **claims: int) -> str:
    now = int(time.time())
    payload = {"iss": access, "exp": now + 1800, "nbf": now - 5, **claims}
    return jwt.encode(payload, secret, algorithm="HS256")


def verdict(api: MockAPI, **kwargs: object) -> tuple[int, int]:
    response = api.post(GENERATIONS, {"prompt": "p"}, **kwargs)  # type: ignore[arg-type]
    return response.status_code, response.json()["code"]


def test_a_missing_header_is_401_1001(api: MockAPI) -> None:
    assert verdict(api, key="") == (401, 1001)


def test_a_header_that_is_not_bearer_is_401_1002(api: MockAPI) -> None:
    assert verdict(api, key="", headers={"Authorization": "Basic abc"}) == (401, 1002)


def test_any_non_empty_bearer_key_is_accepted_by_default(api: MockAPI) -> None:
    assert verdict(api, key="anything-at-all") == (200, 0)


def test_only_configured_keys_are_accepted_when_a_set_is_given(
    make_api: Callable[..., MockAPI],
) -> None:
    api = make_api(KLING_API_KEYS="alpha, beta")
    assert verdict(api, key="beta") == (200, 0)
    assert verdict(api, key="gamma") == (401, 1002)


def test_an_expired_jwt_is_401_1004(api: MockAPI) -> None:
    assert verdict(api, key=token(exp=int(time.time()) - 60)) == (401, 1004)


def test_a_jwt_not_yet_valid_is_401_1003(api: MockAPI) -> None:
    assert verdict(api, key=token(nbf=int(time.time()) + 600)) == (401, 1003)


def test_a_jwt_with_a_wrong_signature_is_401_1002_when_secrets_are_configured(
    make_api: Callable[..., MockAPI],
) -> None:
    api = make_api(KLING_JWT_SECRETS={"ak": SECRET})
    assert verdict(api, key=token()) == (200, 0)
    assert verdict(api, key=token(secret="x" * 32)) == (401, 1002)


def test_a_task_is_invisible_to_another_key(api: MockAPI) -> None:
    task = api.image_task()
    response = api.task(task["task_id"], key="someone-else")
    assert response.json()["message"] == f"Task not found by id/external id: {task['task_id']}"
    listed = api.get(GENERATIONS, key="someone-else").json()["data"]
    assert listed == []


def test_a_re_signed_jwt_with_the_same_access_key_sees_the_same_tasks(api: MockAPI) -> None:
    first = token()
    task = api.create(GENERATIONS, {"prompt": "p"}, key=first)
    later = token(exp=int(time.time()) + 900)  # signed again, as a client does before it expires
    assert later != first
    assert api.task(task["task_id"], key=later).status_code == 200
