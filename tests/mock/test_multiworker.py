"""Several gunicorn workers, one SQLite file: limits, journal, clock and callbacks stay consistent.

One server (2 workers, frozen clock, a TOML config) serves the module; each test uses its own
account so the tests do not see each other's tasks. Clients are threads firing at once; every
loop is bounded in count and time, and the server is always terminated.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import pytest
import requests

from mockserver.served import Served, served
from tests.mock.receivers import Receiver

T = TypeVar("T")
GENERATIONS = "/v1/images/generations"
CONFIG = """
KLING_API_KEYS = { "gw-a" = "acct-a", "gw-b" = "acct-b", "gw-c" = "acct-c", "gw-r" = "rated" }
KLING_CALLBACK_BACKOFF_MS = 20
KLING_CALLBACK_POLL_MS = 20

[KLING_CONCURRENCY]
image = 3

[KLING_ACCOUNTS.rated]
rate_limit = 5
rate_window_ms = 600000

[KLING_ACCOUNTS.acct-b]
concurrency = { image = 1000 }

[KLING_ACCOUNTS.acct-c]
concurrency = { image = 1000 }
"""


@pytest.fixture(scope="module")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("multiworker")
    config = folder / "mock.toml"
    config.write_text(CONFIG, encoding="utf-8")
    args = ("--frozen", "--quiet", "--config", str(config))
    with served(folder / "state.sqlite3", workers=2, extra_args=args) as server:
        yield server


def at_once(call: Callable[[int], T], count: int) -> list[T]:
    with ThreadPoolExecutor(min(count, 16)) as pool:
        return list(pool.map(call, range(count), timeout=60))


def post(mock: Served, key: str, body: dict[str, Any]) -> requests.Response:
    headers = {"Authorization": f"Bearer {key}"}
    return requests.post(f"{mock.base_url}{GENERATIONS}", json=body, headers=headers, timeout=30)


def admin(mock: Served, path: str, **kwargs: Any) -> Any:
    method = "POST" if "json" in kwargs else "GET"
    return requests.request(method, f"{mock.base_url}/__mock/{path}", timeout=30, **kwargs).json()


def test_the_concurrency_limit_holds_across_workers(mock: Served) -> None:
    answers = at_once(lambda n: post(mock, "gw-a", {"prompt": f"a {n}"}), 24)
    verdicts = Counter((a.status_code, a.json()["code"]) for a in answers)
    assert verdicts == {(200, 0): 3, (429, 1303): 21}
    usage = admin(mock, "usage", params={"owner": "acct-a"})["accounts"]["acct-a"]["image"]
    assert usage["slots_held"] == 3
    admin(mock, "clock", json={"advance_ms": 60_000})
    answers = at_once(lambda n: post(mock, "gw-a", {"prompt": f"b {n}"}), 12)
    assert Counter(a.status_code for a in answers) == {200: 3, 429: 9}


def test_the_rate_limit_holds_across_workers(mock: Served) -> None:
    headers = {"Authorization": "Bearer gw-r"}
    url = f"{mock.base_url}{GENERATIONS}"
    answers = at_once(lambda n: requests.get(url, headers=headers, timeout=30), 20)
    assert Counter(a.json()["code"] for a in answers) == {0: 5, 1302: 15}


def test_every_request_lands_in_the_journal_once(mock: Served) -> None:
    answers = at_once(lambda n: post(mock, "gw-b", {"prompt": f"j {n}"}), 40)
    sent = {a.json()["request_id"] for a in answers}
    assert len(sent) == 40 and {a.status_code for a in answers} == {200}
    deadline = time.monotonic() + 10
    journaled: list[str] = []
    while time.monotonic() < deadline:
        entries = admin(mock, "journal", params={"limit": 500})["entries"]
        journaled = [e["request_id"] for e in entries if e["request_id"] in sent]
        if len(journaled) >= len(sent):
            break
        time.sleep(0.2)
    assert sorted(journaled) == sorted(sent)
    tasks = admin(mock, "tasks", params={"owner": "acct-b", "limit": 500})["tasks"]
    assert len(tasks) == 40 and len({t["task_id"] for t in tasks}) == 40


def test_workers_read_the_same_clock(mock: Served) -> None:
    readings = at_once(lambda n: admin(mock, "clock")["now_ms"], 20)
    assert len(set(readings)) == 1


def test_each_callback_is_sent_once_and_in_order(mock: Served, receiver: Receiver) -> None:
    body = {"prompt": "cb", "callback_url": receiver.url}
    answers = at_once(lambda n: post(mock, "gw-c", body), 10)
    ids = {a.json()["data"]["task_id"] for a in answers}
    receiver.wait_for(10)
    admin(mock, "clock", json={"advance_ms": 60_000})
    got = receiver.wait_for(30)
    listed = admin(mock, "callbacks", params={"limit": 500})["deliveries"]
    ours = [d for d in listed if d["task_id"] in ids]
    # Delivered rows are never claimed again: one attempt each means no duplicate can follow.
    assert [(d["state"], d["attempt_count"]) for d in ours] == [("delivered", 1)] * 30
    seen = [(r.json["task_id"], r.json["task_status"]) for r in receiver.received]
    assert len(seen) == 30 and len(set(seen)) == 30
    assert {task_id for task_id, _ in seen} == ids
    for task_id in ids:
        order = [status for tid, status in seen if tid == task_id]
        assert order == ["submitted", "processing", "succeed"]
    assert len(got) == 30


def test_the_database_is_one_file(mock: Served) -> None:
    health = admin(mock, "health")
    assert Path(health["db"]).name == "state.sqlite3"
