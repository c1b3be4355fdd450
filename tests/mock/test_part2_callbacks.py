"""The callback dispatcher: allow-list, signatures, order, retries, single delivery, the thread."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mockserver import callbacks
from mockserver.callbacks import AllowList, CallbackSettings, Dispatcher
from mockserver.store import Store
from tests.mock.part2_support import Receiver


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Store]:
    """The mock's own store on a file, as the dispatcher gets it in a served mock."""
    store = Store(str(tmp_path / "callbacks.sqlite3"))
    yield store
    store.close()


class World:
    """A mock clock and a renderer standing in for the app."""

    def __init__(self) -> None:
        self.now = 0
        self.gone: set[str] = set()

    def render(self, task_id: str, at: int, base_url: str) -> dict[str, Any] | None:
        if task_id in self.gone:
            return None
        return {"task_id": task_id, "at": at, "base": base_url}

    def dispatcher(self, db: Store, **settings: Any) -> Dispatcher:
        config = CallbackSettings(**{"backoff_ms": 1, "timeout_s": 2.0, **settings})
        return Dispatcher(db, config, self.render, lambda: self.now)


STEPS = [("submitted", 0), ("processing", 100), ("succeed", 300)]


def enqueue(dispatcher: Dispatcher, db: Store, url: str, task_id: str = "t1") -> None:
    with db.transaction() as conn:
        dispatcher.enqueue(
            conn, task_id=task_id, owner="acct", url=url, base_url="http://m/", steps=STEPS
        )


def statuses(dispatcher: Dispatcher, task_id: str = "t1") -> list[str]:
    return [d["state"] for d in reversed(dispatcher.deliveries(task_id))]


# ----------------------------------------------------------------------------- allow-list
@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:9/x", "http://127.8.9.10/", "http://[::1]:80/", "https://localhost/"]
)
def test_the_default_allow_list_is_loopback(url: str) -> None:
    assert AllowList.parse(None).refusal(url) is None


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.1/",
        "https://example.com/hook",
        "http://127.0.0.1.nip.io/",
        "ftp://127.0.0.1/",
        "http:///nohost",
        "http://[::ffff:8.8.8.8]/",
    ],
)
def test_anything_else_is_refused_by_default(url: str) -> None:
    assert AllowList.parse(None).refusal(url)


def test_the_allow_list_takes_networks_names_and_suffixes() -> None:
    allow = AllowList.parse("10.1.0.0/16, hooks.internal, *.ci.test")
    assert allow.refusal("http://10.1.2.3/") is None
    assert allow.refusal("http://hooks.internal/") is None
    assert allow.refusal("http://a.b.ci.test/") is None
    assert allow.refusal("http://127.0.0.1/")
    assert allow.refusal("http://ci.test.evil.com/")


# ----------------------------------------------------------------------------- signatures
def test_signatures_verify_and_detect_tampering() -> None:
    body = b'{"task_id":"1"}'
    stamp = int(time.time())
    headers = {
        "webhook-id": "d-1",
        "webhook-timestamp": str(stamp),
        "webhook-signature": callbacks.signature("s3cret", "d-1", stamp, body),
    }
    assert headers["webhook-signature"].startswith("v1,")
    assert callbacks.verify_signature("s3cret", headers, body)
    assert not callbacks.verify_signature("other", headers, body)
    assert not callbacks.verify_signature("s3cret", headers, body + b" ")
    assert not callbacks.verify_signature("s3cret", headers, body, now=stamp + 3600)


def test_whsec_secrets_are_base64_keys() -> None:
    plain = callbacks.signature("key", "i", 1, b"b")
    assert callbacks.signature("whsec_a2V5", "i", 1, b"b") == plain  # base64("key")


def test_status_steps_skip_phases_of_no_length() -> None:
    assert callbacks.status_steps(1000, 500, 2000, "succeed") == [
        ("submitted", 1000),
        ("processing", 1500),
        ("succeed", 3500),
    ]
    assert callbacks.status_steps(1000, 0, 0, "succeed") == [("succeed", 1000)]


# ----------------------------------------------------------------------------- delivery
def test_only_due_changes_are_sent_in_order(db: Store, receiver: Receiver) -> None:
    world = World()
    dispatcher = world.dispatcher(db)
    enqueue(dispatcher, db, receiver.url)
    assert dispatcher.pump() == 1
    world.now = 300
    assert dispatcher.pump() == 2
    assert [r.json["at"] for r in receiver.received] == [0, 100, 300]
    assert statuses(dispatcher) == ["delivered"] * 3


def test_the_body_is_the_rendered_task_and_unsigned_without_a_secret(
    db: Store, receiver: Receiver
) -> None:
    world = World()
    dispatcher = world.dispatcher(db)
    enqueue(dispatcher, db, receiver.url)
    dispatcher.pump()
    (got,) = receiver.received
    assert got.json == {"task_id": "t1", "at": 0, "base": "http://m/"}
    assert got.headers["content-type"] == "application/json"
    assert "webhook-signature" not in got.headers


def test_with_a_secret_every_post_is_signed(db: Store, receiver: Receiver) -> None:
    world = World()
    dispatcher = world.dispatcher(db, secret="whsec_c2VjcmV0")
    enqueue(dispatcher, db, receiver.url)
    dispatcher.pump()
    (got,) = receiver.received
    assert got.headers["webhook-id"] == "t1-0"
    assert callbacks.verify_signature("whsec_c2VjcmV0", got.headers, got.body)


def test_a_failing_receiver_is_retried_with_backoff_and_order_is_kept(
    db: Store, receiver: Receiver
) -> None:
    receiver.statuses = [500, 503, 200]
    world = World()
    world.now = 300
    dispatcher = world.dispatcher(db, backoff_ms=50)
    enqueue(dispatcher, db, receiver.url)
    assert dispatcher.pump() == 1  # the first change failed; the later ones wait behind it
    (first,) = dispatcher.deliveries("t1")[-1:]
    assert first["state"] == "pending" and first["next_attempt_real_ms"] > 0
    deadline = time.monotonic() + 5
    while statuses(dispatcher) != ["delivered"] * 3 and time.monotonic() < deadline:
        dispatcher.pump()
        time.sleep(0.02)
    assert [r.json["at"] for r in receiver.received] == [0, 0, 0, 100, 300]
    attempts = dispatcher.deliveries("t1")[-1]["attempts"]
    assert [a["status_code"] for a in attempts] == [500, 503, 200]
    gaps = [b["at_real_ms"] - a["at_real_ms"] for a, b in itertools.pairwise(attempts)]
    assert gaps[0] >= 45 and gaps[1] >= 95  # 50 ms, then 100 ms


def test_after_the_last_attempt_a_change_is_given_up_and_the_next_goes(
    db: Store, receiver: Receiver
) -> None:
    receiver.statuses = [500, 500, 200]
    world = World()
    world.now = 100
    dispatcher = world.dispatcher(db, max_attempts=2, backoff_ms=1)
    enqueue(dispatcher, db, receiver.url)
    deadline = time.monotonic() + 5
    while len(receiver.received) < 3 and time.monotonic() < deadline:
        dispatcher.pump()
        time.sleep(0.005)
    assert statuses(dispatcher) == ["failed", "delivered", "pending"]


def test_a_host_outside_the_allow_list_is_blocked_and_never_sent(db: Store) -> None:
    world = World()
    world.now = 1000
    dispatcher = world.dispatcher(db)
    enqueue(dispatcher, db, "https://example.com/hook")
    assert dispatcher.pump() == 0
    (last,) = dispatcher.deliveries("t1")[:1]
    assert last["state"] == "blocked" and "allow-list" in last["last_error"]
    assert not dispatcher.has_open()


def test_a_task_that_is_gone_is_not_retried(db: Store, receiver: Receiver) -> None:
    world = World()
    world.gone.add("t1")
    dispatcher = world.dispatcher(db)
    enqueue(dispatcher, db, receiver.url)
    dispatcher.pump()
    assert statuses(dispatcher)[0] == "failed"
    assert receiver.received == []


def test_dispatchers_sharing_a_database_send_each_change_once(
    db: Store, receiver: Receiver
) -> None:
    world = World()
    world.now = 1000
    first, second = world.dispatcher(db), world.dispatcher(db)
    for n in range(20):
        enqueue(first, db, receiver.url, task_id=f"t{n}")
    workers = [threading.Thread(target=d.pump) for d in (first, second, first, second)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(20)
    ids = [(r.json["task_id"], r.json["at"]) for r in receiver.received]
    assert len(ids) == 60 and len(set(ids)) == 60


def test_the_thread_delivers_on_its_own_and_stops_when_idle(db: Store, receiver: Receiver) -> None:
    world = World()
    world.now = 1000
    dispatcher = world.dispatcher(db, poll_ms=10)
    enqueue(dispatcher, db, receiver.url)
    dispatcher.ensure_running()
    assert len(receiver.wait_for(3)) == 3
    deadline = time.monotonic() + 5
    while dispatcher._thread is not None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert dispatcher._thread is None
    dispatcher.stop()
