"""Callbacks: allow-list, signatures, order, retries with backoff, single delivery, the thread,
and through the app the bare task on each status change, in order, signed, allowed.

The dispatcher's clocks are injected: a test moves mock and real time by hand, never sleeps.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from mockapi import MockAPI, SpecResponses
from openapi_core.validation.schemas import oas31_schema_validators_factory

from mockserver import callbacks
from mockserver.callbacks import AllowList, CallbackSettings, DeliveryQueue, Dispatcher
from mockserver.core.store import Store
from mockserver.domain.lifecycle import Plan, status_changes
from tests.mock.receivers import Receiver

GENERATIONS = "/v1/images/generations"
TASK_MS = 10_000


@pytest.fixture
def queue(tmp_path: Path) -> Iterator[DeliveryQueue]:
    """The delivery queue on the mock's own database file, as a served mock has it."""
    store = Store(str(tmp_path / "callbacks.sqlite3"))
    yield DeliveryQueue(store.db)
    store.close()


class World:
    """Hand-moved mock and real clocks, and a renderer standing in for the app."""

    def __init__(self, now: int = 0) -> None:
        self.now = now
        self.real = 1_000_000
        self.gone: set[str] = set()

    def render(self, task_id: str, at: int, base_url: str) -> dict[str, Any] | None:
        if task_id in self.gone:
            return None
        return {"task_id": task_id, "at": at, "base": base_url}

    def dispatcher(self, queue: DeliveryQueue, **settings: Any) -> Dispatcher:
        config = CallbackSettings(**{"backoff_ms": 1, "timeout_s": 2.0, **settings})
        return Dispatcher(queue, config, self.render, lambda: self.now, now_real=lambda: self.real)


STEPS = [("submitted", 0), ("processing", 100), ("succeed", 300)]


def enqueue(dispatcher: Dispatcher, url: str, task_id: str = "t1") -> None:
    with dispatcher.queue.db.transaction() as conn:
        dispatcher.queue.enqueue(
            conn, task_id=task_id, owner="acct", url=url, base_url="http://m/", steps=STEPS
        )


def statuses(dispatcher: Dispatcher, task_id: str = "t1") -> list[str]:
    return [d["state"] for d in reversed(dispatcher.queue.deliveries(task_id))]


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


def test_status_changes_skip_phases_of_no_length() -> None:
    assert status_changes(Plan(500, 2000, "succeed"), 1000) == [
        ("submitted", 1000),
        ("processing", 1500),
        ("succeed", 3500),
    ]
    assert status_changes(Plan(0, 0, "failed"), 1000) == [("failed", 1000)]


# ----------------------------------------------------------------------------- delivery
def test_only_due_changes_are_sent_in_order(queue: DeliveryQueue, receiver: Receiver) -> None:
    world = World()
    dispatcher = world.dispatcher(queue)
    enqueue(dispatcher, receiver.url)
    assert dispatcher.pump() == 1
    world.now = 300
    assert dispatcher.pump() == 2
    assert [r.json["at"] for r in receiver.received] == [0, 100, 300]
    assert statuses(dispatcher) == ["delivered"] * 3


def test_the_body_is_the_rendered_task_and_unsigned_without_a_secret(
    queue: DeliveryQueue, receiver: Receiver
) -> None:
    world = World()
    dispatcher = world.dispatcher(queue)
    enqueue(dispatcher, receiver.url)
    dispatcher.pump()
    (got,) = receiver.received
    assert got.json == {"task_id": "t1", "at": 0, "base": "http://m/"}
    assert got.headers["content-type"] == "application/json"
    assert "webhook-signature" not in got.headers


def test_with_a_secret_every_post_is_signed(queue: DeliveryQueue, receiver: Receiver) -> None:
    world = World()
    dispatcher = world.dispatcher(queue, secret="whsec_c2VjcmV0")
    enqueue(dispatcher, receiver.url)
    dispatcher.pump()
    (got,) = receiver.received
    assert got.headers["webhook-id"] == "t1-0"
    assert got.headers["webhook-timestamp"] == str(world.real // 1000)  # the injected real clock
    assert callbacks.verify_signature(
        "whsec_c2VjcmV0", got.headers, got.body, now=world.real / 1000
    )


def test_a_failing_receiver_is_retried_with_doubling_backoff_and_order_is_kept(
    queue: DeliveryQueue, receiver: Receiver
) -> None:
    receiver.statuses = [500, 503, 200]
    world = World(now=300)
    dispatcher = world.dispatcher(queue, backoff_ms=50)
    enqueue(dispatcher, receiver.url)
    assert dispatcher.pump() == 1  # the first change failed; the later ones wait behind it
    (first,) = dispatcher.queue.deliveries("t1")[-1:]
    assert first["state"] == "pending" and first["next_attempt_real_ms"] == world.real + 50
    for wait_ms in (50, 100):
        world.real += wait_ms - 1
        assert dispatcher.pump() == 0  # not before its backoff has passed
        world.real += 1
        assert dispatcher.pump() >= 1
    assert statuses(dispatcher) == ["delivered"] * 3
    assert [r.json["at"] for r in receiver.received] == [0, 0, 0, 100, 300]
    attempts = dispatcher.queue.deliveries("t1")[-1]["attempts"]
    assert [a["status_code"] for a in attempts] == [500, 503, 200]
    gaps = [b["at_real_ms"] - a["at_real_ms"] for a, b in itertools.pairwise(attempts)]
    assert gaps == [50, 100]


def test_after_the_last_attempt_a_change_is_given_up_and_the_next_goes(
    queue: DeliveryQueue, receiver: Receiver
) -> None:
    receiver.statuses = [500, 500, 200]
    world = World(now=100)
    dispatcher = world.dispatcher(queue, max_attempts=2, backoff_ms=1)
    enqueue(dispatcher, receiver.url)
    assert dispatcher.pump() == 1
    world.real += 1
    assert dispatcher.pump() == 2  # the second and last attempt, then the next change
    assert len(receiver.received) == 3
    assert statuses(dispatcher) == ["failed", "delivered", "pending"]


def test_a_host_outside_the_allow_list_is_blocked_and_never_sent(queue: DeliveryQueue) -> None:
    world = World(now=1000)
    dispatcher = world.dispatcher(queue)
    enqueue(dispatcher, "https://example.com/hook")
    assert dispatcher.pump() == 0
    (last,) = dispatcher.queue.deliveries("t1")[:1]
    assert last["state"] == "blocked" and "allow-list" in last["last_error"]
    assert not dispatcher.has_open()


def test_a_task_that_is_gone_is_not_retried(queue: DeliveryQueue, receiver: Receiver) -> None:
    world = World()
    world.gone.add("t1")
    dispatcher = world.dispatcher(queue)
    enqueue(dispatcher, receiver.url)
    dispatcher.pump()
    assert statuses(dispatcher)[0] == "failed"
    assert receiver.received == []


def test_dispatchers_sharing_a_database_send_each_change_once(
    queue: DeliveryQueue, receiver: Receiver
) -> None:
    world = World(now=1000)
    first, second = world.dispatcher(queue), world.dispatcher(queue)
    for n in range(20):
        enqueue(first, receiver.url, task_id=f"t{n}")
    workers = [threading.Thread(target=d.pump) for d in (first, second, first, second)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(20)
    ids = [(r.json["task_id"], r.json["at"]) for r in receiver.received]
    assert len(ids) == 60 and len(set(ids)) == 60


def test_the_thread_delivers_on_its_own_and_stops_when_idle(
    queue: DeliveryQueue, receiver: Receiver
) -> None:
    world = World(now=1000)
    dispatcher = world.dispatcher(queue, poll_ms=10)
    enqueue(dispatcher, receiver.url)
    dispatcher.ensure_running()
    thread = dispatcher._thread
    assert thread is not None
    assert len(receiver.wait_for(3)) == 3
    thread.join(5)
    assert not thread.is_alive() and dispatcher._thread is None
    dispatcher.stop()


# ----------------------------------------------------------------------------- through the app
@pytest.fixture
def task_schema(spec_responses: SpecResponses) -> Any:
    spec = spec_responses.openapi.spec
    return oas31_schema_validators_factory.create(spec, spec / "components" / "schemas" / "Task")


def make_with_callbacks(make_api: Callable[..., MockAPI], **config: Any) -> MockAPI:
    return make_api(KLING_CALLBACK_BACKOFF_MS=10, KLING_CALLBACK_POLL_MS=10, **config)


def test_every_status_change_is_posted_in_order_as_the_bare_task(
    make_api: Callable[..., MockAPI], receiver: Receiver, task_schema: Any
) -> None:
    api = make_with_callbacks(make_api)
    task = api.create(GENERATIONS, {"prompt": "p", "callback_url": receiver.url})
    receiver.wait_for(1)
    api.advance(TASK_MS)
    got = receiver.wait_for(3)
    assert [r.json["task_status"] for r in got] == ["submitted", "processing", "succeed"]
    for delivery in got:
        assert delivery.path == "/hook"
        assert "code" not in delivery.json and delivery.json["task_id"] == task["task_id"]
        task_schema.validate(delivery.json)
    final = api.task(task["task_id"]).json()["data"]
    assert got[-1].json == final
    times = [r.json["updated_at"] for r in got]
    assert times == sorted(times)


def test_advancing_the_clock_delivers_before_the_admin_call_returns(
    make_api: Callable[..., MockAPI], receiver: Receiver
) -> None:
    api = make_with_callbacks(make_api)
    api.create(GENERATIONS, {"prompt": "p", "callback_url": receiver.url})
    receiver.wait_for(1)
    answer = api.advance(TASK_MS)
    assert len(receiver.received) == 3
    assert answer["callbacks_sent"] <= 2


def test_a_failed_task_reports_failed(make_api: Callable[..., MockAPI], receiver: Receiver) -> None:
    api = make_with_callbacks(make_api)
    body = {"prompt": "p", "callback_url": receiver.url}
    api.create(GENERATIONS, body, headers={"X-Mock-Outcome": "failed"})
    api.advance(TASK_MS)
    assert receiver.wait_for(3)[-1].json["task_status"] == "failed"


def test_with_a_secret_deliveries_carry_a_verifiable_signature(
    make_api: Callable[..., MockAPI], receiver: Receiver
) -> None:
    api = make_with_callbacks(make_api, KLING_CALLBACK_SECRET="hook-secret")
    task = api.create(GENERATIONS, {"prompt": "p", "callback_url": receiver.url})
    (first,) = receiver.wait_for(1)
    assert first.headers["webhook-id"] == f"{task['task_id']}-0"
    assert first.headers["webhook-signature"].startswith("v1,")
    assert callbacks.verify_signature("hook-secret", first.headers, first.body)


def test_without_a_secret_there_are_no_signature_headers(
    make_api: Callable[..., MockAPI], receiver: Receiver
) -> None:
    api = make_with_callbacks(make_api)
    api.create(GENERATIONS, {"prompt": "p", "callback_url": receiver.url})
    (first,) = receiver.wait_for(1)
    assert not {"webhook-id", "webhook-timestamp", "webhook-signature"} & set(first.headers)


def test_a_failing_receiver_is_retried_until_it_answers(
    make_api: Callable[..., MockAPI], receiver: Receiver
) -> None:
    receiver.statuses = [500, 502, 200]
    api = make_with_callbacks(make_api)
    task = api.create(GENERATIONS, {"prompt": "p", "callback_url": receiver.url})
    assert len(receiver.wait_for(3)) == 3
    # The receiver holds the third POST before the mock has its answer: advancing the clock
    # (by nothing) returns once the deliveries in flight are settled.
    api.advance(0)
    listed = api.get("/__mock/callbacks", params={"task_id": task["task_id"]}).json()
    delivery = next(d for d in listed["deliveries"] if d["task_status"] == "submitted")
    assert delivery["state"] == "delivered"
    assert [a["status_code"] for a in delivery["attempts"]] == [500, 502, 200]


def test_hosts_outside_the_allow_list_are_refused_at_create(
    make_api: Callable[..., MockAPI], receiver: Receiver
) -> None:
    api = make_with_callbacks(make_api)
    answer = api.post(GENERATIONS, {"prompt": "p", "callback_url": "https://example.com/hook"})
    assert (answer.status_code, answer.json()["code"]) == (400, 1201)
    assert "example.com is not in the callback allow-list" in answer.json()["message"]
    assert api.get("/__mock/callbacks").json()["deliveries"] == []


def test_the_allow_list_can_be_changed(
    make_api: Callable[..., MockAPI], receiver: Receiver
) -> None:
    api = make_with_callbacks(make_api, KLING_CALLBACK_HOSTS=["10.0.0.0/8"])
    answer = api.post(GENERATIONS, {"prompt": "p", "callback_url": receiver.url})
    assert (answer.status_code, answer.json()["code"]) == (400, 1201)
    assert receiver.received == []


def test_tasks_without_a_callback_url_queue_nothing(api: MockAPI) -> None:
    api.image_task()
    api.advance(TASK_MS)
    assert api.get("/__mock/callbacks").json()["deliveries"] == []


def test_a_current_design_task_is_posted_in_its_own_shape(
    make_api: Callable[..., MockAPI], receiver: Receiver
) -> None:
    api = make_with_callbacks(make_api, KLING_CALLBACK_SECRET="hook-secret")
    body = {"prompt": "p", "options": {"callback_url": receiver.url}}
    task = api.create("/text-to-video/kling-3.0-turbo", body)
    receiver.wait_for(1)
    api.advance(TASK_MS)
    got = receiver.wait_for(3)
    assert [r.json["status"] for r in got] == ["submitted", "processing", "succeeded"]
    assert all(r.json["id"] == task["id"] and "task_status" not in r.json for r in got)
    assert got[-1].json["outputs"][0]["type"] == "video"
    assert callbacks.verify_signature("hook-secret", got[-1].headers, got[-1].body)
