"""A session recorded through the proxy replays with the upstream gone, at the recorded pace."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from mockserver import create_app
from mockserver.core.state import state_of
from mockserver.domain.lifecycle import task_id_for
from mockserver.proxy.forward import Upstream
from mockserver.proxy.replay import REPLAYED_HEADER
from mockserver.testing import IN_PROCESS_URL, InProcessMock, session_for

from .conftest import AUTH, KEY, QUIET, Proxied

IMAGE = "/v1/images/generations"


@dataclass(frozen=True)
class Design:
    """How a session creates a task and reads it, in one API design's words."""

    create: str
    body: dict[str, Any]
    read: Callable[[str], str]
    task_of: Callable[[Any], dict[str, Any]]
    status: str
    done: tuple[str, ...]
    id_key: str


LEGACY = Design(
    IMAGE,
    {"prompt": "a paper boat", "callback_url": "http://127.0.0.1:9/hook"},
    lambda task_id: f"{IMAGE}/{task_id}",
    lambda data: dict(data),
    "task_status",
    ("succeed", "failed"),
    "task_id",
)
CURRENT = Design(
    "/text-to-video/kling-3.0-turbo",
    {"prompt": "a paper boat", "options": {"external_task_id": "recorded-1"}},
    lambda task_id: f"/tasks?task_ids={task_id}",
    lambda data: dict(data[0]),
    "status",
    ("succeeded", "failed"),
    "id",
)


def record_session(
    make_proxied: Callable[..., Proxied], directory: Path, design: Design = LEGACY
) -> str:
    """Create a task through a recording proxy and read it until it finished, moving the
    upstream's clock 1 s before each read; the task's id."""
    upstream_clock = make_proxied().upstream
    target = Upstream(
        IN_PROCESS_URL,
        session=upstream_clock.session,
        record_dir=directory,
        clock_ms=lambda: int(upstream_clock.clock()["now_ms"]),
    )
    app = create_app(QUIET, upstream=target)
    proxy = InProcessMock(app, session_for(app))
    created = proxy.session.post(
        IN_PROCESS_URL + design.create, json=design.body, headers=AUTH
    ).json()
    task_id = str(created["data"][design.id_key])
    for _ in range(100):
        upstream_clock.advance(1000)
        read = proxy.session.get(IN_PROCESS_URL + design.read(task_id), headers=AUTH).json()
        if design.task_of(read["data"])[design.status] in design.done:
            break
    proxy.close()
    state_of(app).store.close()
    return task_id


def test_recordings_are_one_sorted_readable_file_per_interaction_without_credentials(
    make_proxied: Callable[..., Proxied], tmp_path: Path
) -> None:
    record_session(make_proxied, tmp_path)
    files = sorted(tmp_path.iterdir())
    assert files[0].name == "0001-createImageGenerationTask.json"
    assert all(f.name.endswith("-getImageGenerationTask.json") for f in files[1:])
    for path in files:
        text = path.read_text()
        assert KEY not in text and "Bearer" not in text
        assert json.dumps(json.loads(text), indent=2, sort_keys=True) + "\n" == text


@pytest.mark.parametrize("design", [LEGACY, CURRENT], ids=["legacy", "current"])
def test_a_recorded_session_replays_with_the_upstream_stopped(
    make_proxied: Callable[..., Proxied], tmp_path: Path, design: Design
) -> None:
    task_id = record_session(make_proxied, tmp_path, design)
    recorded = [json.loads(p.read_text()) for p in sorted(tmp_path.iterdir())]
    statuses = [design.task_of(r["response"]["body"]["data"])[design.status] for r in recorded[1:]]
    app = create_app(QUIET, replay=tmp_path)
    replay = InProcessMock(app, session_for(app))
    body = {**design.body, "callback_url": "https://elsewhere.example/other"}
    if "options" in body:
        body["options"] = {"external_task_id": "another-run"}
    created_answer = replay.session.post(
        IN_PROCESS_URL + design.create, json=body, headers={"Authorization": "Bearer any-key"}
    )
    created = created_answer.json()
    assert created["data"][design.id_key] == task_id
    assert created_answer.headers[REPLAYED_HEADER] == recorded[0]["operation"]
    seen = []
    for _ in statuses:
        replay.advance(1000)
        read = replay.session.get(IN_PROCESS_URL + design.read(task_id), headers=AUTH).json()
        seen.append(design.task_of(read["data"])[design.status])
    assert seen == statuses
    assert len(set(statuses)) > 1, "the recorded task changed status while it was read"
    assert replay.tasks() == []  # nothing was simulated


def test_a_request_the_recording_does_not_hold_is_simulated(
    make_proxied: Callable[..., Proxied], tmp_path: Path
) -> None:
    record_session(make_proxied, tmp_path)
    app = create_app(QUIET, replay=tmp_path)
    replay = InProcessMock(app, session_for(app))
    answer = replay.session.post(
        IN_PROCESS_URL + IMAGE, json={"prompt": "a different boat"}, headers=AUTH
    )
    other = answer.json()
    assert [t["task_id"] for t in replay.tasks()] == [other["data"]["task_id"]]
    assert REPLAYED_HEADER not in answer.headers


def test_a_simulated_task_never_takes_an_id_the_recording_holds(
    make_proxied: Callable[..., Proxied], tmp_path: Path
) -> None:
    """The recording was made against a mock of the same seed, so the replaying mock's first
    simulated task would otherwise be drawn with the recorded task's id."""
    recorded_id = record_session(make_proxied, tmp_path)
    app = create_app(QUIET, replay=tmp_path)
    replay = InProcessMock(app, session_for(app))
    assert task_id_for(state_of(app).settings.seed, 1) == recorded_id  # the draw would collide
    simulated = replay.session.post(
        IN_PROCESS_URL + IMAGE, json={"prompt": "a different boat"}, headers=AUTH
    ).json()["data"]["task_id"]
    assert simulated != recorded_id
    read = replay.session.get(f"{IN_PROCESS_URL}{IMAGE}/{simulated}", headers=AUTH)
    assert REPLAYED_HEADER not in read.headers
    assert read.json()["data"]["task_id"] == simulated
    recorded = replay.session.get(f"{IN_PROCESS_URL}{IMAGE}/{recorded_id}", headers=AUTH)
    assert REPLAYED_HEADER in recorded.headers


def test_inline_media_is_recorded_by_reference(
    make_proxied: Callable[..., Proxied], tmp_path: Path
) -> None:
    pair = make_proxied(record_dir=tmp_path)
    image = base64.b64encode(bytes(range(256)) * 8).decode()
    pair.post(IMAGE, {"prompt": "a boat", "image": image})
    [path] = tmp_path.iterdir()
    recorded = json.loads(path.read_text())["request"]["body"]["image"]
    assert set(recorded["$media"]) == {"sha256", "bytes"}
    assert image not in path.read_text()


def test_no_credential_reaches_the_log_or_the_recording(
    make_proxied: Callable[..., Proxied], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    token = "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJhay1zZWNyZXQifQ.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg"
    pair = make_proxied(record_dir=tmp_path)
    with caplog.at_level(logging.DEBUG):
        pair.proxy.session.post(
            IN_PROCESS_URL + IMAGE,
            json={"prompt": f"a boat {token}", "api_key": "k-123456", "n": 99},
            headers={"Authorization": f"Bearer {token}", "X-Api-Key": "k-123456"},
        )
    written = "".join(path.read_text() for path in tmp_path.iterdir())
    for secret in (token, "k-123456", "c2lnbmF0dXJl"):
        assert secret not in written
        assert secret not in caplog.text


def test_a_body_nested_too_deep_is_refused_in_replay_as_in_simulation(tmp_path: Path) -> None:
    app = create_app(QUIET, replay=tmp_path)
    deep = b"[" * 100_000 + b"]" * 100_000
    answer = session_for(app).post(
        IN_PROCESS_URL + IMAGE,
        data=deep,
        headers={**AUTH, "Content-Type": "application/json"},
    )
    assert (answer.status_code, answer.json()["code"]) == (400, 1200)
