"""Callbacks late, doubled or reversed: the queue of a task's callbacks as the quirk leaves it
(the URL is an allowed loopback port nothing listens on: the queue alone is what is checked)."""

from __future__ import annotations

from typing import Any

from mockserver.testing import KlingMock

IMAGE = "/v1/images/generations"
HOOK = "http://127.0.0.1:9/kling"


def queued(mock: KlingMock, quirk: str | None) -> list[dict[str, Any]]:
    """The task's deliveries in the order they fall due."""
    headers = {"Authorization": "Bearer quirk-test-key"}
    if quirk:
        headers["X-Mock-Fault"] = f"quirk={quirk}"
    created = mock.session.post(
        mock.base_url + IMAGE, json={"prompt": "a boat", "callback_url": HOOK}, headers=headers
    ).json()
    found = mock.callbacks(created["data"]["task_id"])
    return sorted(found, key=lambda d: (d["due_mock_ms"], d["delivery_id"]))


def test_late_callbacks_fall_due_a_minute_after_their_change(mock: KlingMock) -> None:
    plain = queued(mock, None)
    late = queued(mock, "callbacks_late")
    created_gap = late[0]["due_mock_ms"] - plain[0]["due_mock_ms"]
    assert created_gap == 60_000
    assert [d["task_status"] for d in late] == [d["task_status"] for d in plain]


def test_duplicated_callbacks_send_every_change_twice(mock: KlingMock) -> None:
    statuses = [d["task_status"] for d in queued(mock, None)]
    doubled = [d["task_status"] for d in queued(mock, "callbacks_duplicated")]
    assert doubled == [status for status in statuses for _ in range(2)]


def test_out_of_order_callbacks_send_the_newest_change_first(mock: KlingMock) -> None:
    statuses = [d["task_status"] for d in queued(mock, None)]
    assert len(statuses) > 1
    assert [d["task_status"] for d in queued(mock, "callbacks_out_of_order")] == statuses[::-1]
