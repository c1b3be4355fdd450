"""Official JWT auth beside gateway keys, through the app: 1002, 1003, 1004; isolated accounts."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from mockapi import MockAPI

from mockserver.security.jwt_auth import make_token
from tests.designs import unknown_task_answer

GENERATIONS = "/v1/images/generations"
UNKNOWN_STATUS, _ = unknown_task_answer()
PAIRS = {"ak-alice": "sk-alice", "ak-bob": "sk-bob"}


@pytest.fixture
def api(make_api: Callable[..., MockAPI]) -> MockAPI:
    return make_api(KLING_ACCESS_KEYS=PAIRS, KLING_API_KEYS=["gw-carol", "gw-dave"])


def verdict(api: MockAPI, key: str) -> tuple[int, int]:
    response = api.post(GENERATIONS, {"prompt": "p"}, key=key)
    return response.status_code, response.json()["code"]


def test_a_token_signed_with_a_configured_pair_is_accepted(api: MockAPI) -> None:
    assert verdict(api, make_token("ak-alice", "sk-alice")) == (200, 0)


def test_a_token_signed_with_the_wrong_secret_is_401_1002(api: MockAPI) -> None:
    assert verdict(api, make_token("ak-alice", "sk-bob")) == (401, 1002)


def test_a_token_of_an_unknown_access_key_is_401_1002(api: MockAPI) -> None:
    assert verdict(api, make_token("ak-mallory", "sk-alice")) == (401, 1002)


def test_a_malformed_token_is_401_1002(api: MockAPI) -> None:
    assert verdict(api, "eyJhbGciOiJIUzI1NiJ9.broken.sig") == (401, 1002)


def test_a_token_not_valid_yet_is_401_1003(api: MockAPI) -> None:
    future = make_token("ak-alice", "sk-alice", now=time.time() + 600, not_before_s=0)
    assert verdict(api, future) == (401, 1003)


def test_an_expired_token_is_401_1004(api: MockAPI) -> None:
    old = make_token("ak-alice", "sk-alice", now=time.time() - 3600)
    assert verdict(api, old) == (401, 1004)


def test_small_clock_skew_is_tolerated(api: MockAPI) -> None:
    skewed = make_token("ak-alice", "sk-alice", now=time.time() + 3, not_before_s=0)
    assert verdict(api, skewed) == (200, 0)


def test_gateway_keys_keep_working_beside_jwts(api: MockAPI) -> None:
    assert verdict(api, "gw-carol") == (200, 0)
    assert verdict(api, "gw-unknown") == (401, 1002)


def test_the_account_of_a_jwt_caller_is_its_access_key(api: MockAPI) -> None:
    api.create(GENERATIONS, {"prompt": "p"}, key=make_token("ak-bob", "sk-bob"))
    (task,) = api.get("/__mock/tasks").json()["tasks"]
    assert task["owner"] == "ak-bob"


def test_accounts_are_isolated_whichever_way_they_authenticate(api: MockAPI) -> None:
    alice = make_token("ak-alice", "sk-alice")
    task = api.create(GENERATIONS, {"prompt": "p"}, key=alice)
    for other in (make_token("ak-bob", "sk-bob"), "gw-carol"):
        assert api.task(task["task_id"], key=other).status_code == UNKNOWN_STATUS
        assert api.get(GENERATIONS, key=other).json()["data"] == []
    mine = api.create(GENERATIONS, {"prompt": "p"}, key="gw-carol")
    assert api.task(mine["task_id"], key=alice).status_code == UNKNOWN_STATUS
    assert api.task(mine["task_id"], key="gw-dave").status_code == UNKNOWN_STATUS


def test_keys_mapped_to_one_account_share_its_tasks(make_api: Callable[..., MockAPI]) -> None:
    api = make_api(KLING_API_KEYS={"gw-1": "team", "gw-2": "team", "gw-3": "other"})
    task = api.create(GENERATIONS, {"prompt": "p"}, key="gw-1")
    assert api.task(task["task_id"], key="gw-2").status_code == 200
    assert api.task(task["task_id"], key="gw-3").status_code == UNKNOWN_STATUS


def test_pairs_given_as_environment_text_work_too(make_api: Callable[..., MockAPI]) -> None:
    api = make_api(KLING_ACCESS_KEYS='{"ak-env": "sk-env"}')
    assert verdict(api, make_token("ak-env", "sk-env")) == (200, 0)
    assert verdict(api, make_token("ak-env", "nope")) == (401, 1002)
