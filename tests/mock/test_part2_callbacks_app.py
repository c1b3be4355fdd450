"""Callbacks through the app: the bare task on each status change, in order, signed, allowed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from mockapi import MockAPI, SpecResponses
from openapi_core.validation.schemas import oas31_schema_validators_factory

from mockserver import callbacks
from tests.mock.part2_support import Receiver

GENERATIONS = "/v1/images/generations"
TASK_MS = 10_000


@pytest.fixture
def task_schema(spec_responses: SpecResponses) -> Any:
    spec = spec_responses.openapi.spec
    return oas31_schema_validators_factory.create(spec, spec / "components" / "schemas" / "Task")


def make(make_api: Callable[..., MockAPI], **config: Any) -> MockAPI:
    return make_api(KLING_CALLBACK_BACKOFF_MS=10, KLING_CALLBACK_POLL_MS=10, **config)


def test_every_status_change_is_posted_in_order_as_the_bare_task(
    make_api: Callable[..., MockAPI], receiver: Receiver, task_schema: Any
) -> None:
    api = make(make_api)
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
    api = make(make_api)
    api.create(GENERATIONS, {"prompt": "p", "callback_url": receiver.url})
    receiver.wait_for(1)
    answer = api.advance(TASK_MS)
    assert len(receiver.received) == 3
    assert answer["callbacks_sent"] <= 2


def test_a_failed_task_reports_failed(make_api: Callable[..., MockAPI], receiver: Receiver) -> None:
    api = make(make_api)
    body = {"prompt": "p", "callback_url": receiver.url}
    api.create(GENERATIONS, body, headers={"X-Mock-Outcome": "failed"})
    api.advance(TASK_MS)
    assert receiver.wait_for(3)[-1].json["task_status"] == "failed"


def test_with_a_secret_deliveries_carry_a_verifiable_signature(
    make_api: Callable[..., MockAPI], receiver: Receiver
) -> None:
    api = make(make_api, KLING_CALLBACK_SECRET="hook-secret")
    task = api.create(GENERATIONS, {"prompt": "p", "callback_url": receiver.url})
    (first,) = receiver.wait_for(1)
    assert first.headers["webhook-id"] == f"{task['task_id']}-0"
    assert first.headers["webhook-signature"].startswith("v1,")
    assert callbacks.verify_signature("hook-secret", first.headers, first.body)


def test_without_a_secret_there_are_no_signature_headers(
    make_api: Callable[..., MockAPI], receiver: Receiver
) -> None:
    api = make(make_api)
    api.create(GENERATIONS, {"prompt": "p", "callback_url": receiver.url})
    (first,) = receiver.wait_for(1)
    assert not {"webhook-id", "webhook-timestamp", "webhook-signature"} & set(first.headers)


def test_a_failing_receiver_is_retried_until_it_answers(
    make_api: Callable[..., MockAPI], receiver: Receiver
) -> None:
    receiver.statuses = [500, 502, 200]
    api = make(make_api)
    task = api.create(GENERATIONS, {"prompt": "p", "callback_url": receiver.url})
    assert len(receiver.wait_for(3)) == 3
    listed = api.get("/__mock/callbacks", params={"task_id": task["task_id"]}).json()
    delivery = next(d for d in listed["deliveries"] if d["task_status"] == "submitted")
    assert delivery["state"] == "delivered"
    assert [a["status_code"] for a in delivery["attempts"]] == [500, 502, 200]


def test_hosts_outside_the_allow_list_are_never_called(
    make_api: Callable[..., MockAPI], receiver: Receiver
) -> None:
    api = make(make_api)
    task = api.create(GENERATIONS, {"prompt": "p", "callback_url": "https://example.com/hook"})
    api.advance(TASK_MS)
    deliveries = api.get("/__mock/callbacks", params={"task_id": task["task_id"]}).json()
    states = {d["state"] for d in deliveries["deliveries"]}
    assert states == {"blocked"}
    assert all(not d["attempts"] for d in deliveries["deliveries"])


def test_the_allow_list_can_be_changed(
    make_api: Callable[..., MockAPI], receiver: Receiver
) -> None:
    api = make(make_api, KLING_CALLBACK_HOSTS=["10.0.0.0/8"])
    task = api.create(GENERATIONS, {"prompt": "p", "callback_url": receiver.url})
    api.advance(TASK_MS)
    deliveries = api.get("/__mock/callbacks", params={"task_id": task["task_id"]}).json()
    assert {d["state"] for d in deliveries["deliveries"]} == {"blocked"}
    assert receiver.received == []


def test_tasks_without_a_callback_url_queue_nothing(api: MockAPI) -> None:
    api.image_task()
    api.advance(TASK_MS)
    assert api.get("/__mock/callbacks").json()["deliveries"] == []
