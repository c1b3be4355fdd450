"""Storage that fails degrades the mock: reads go on, writes are 503/5000 (never acknowledged
unstored), /__mock/health says why, and the mock recovers by itself when storage comes back."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from mockserver import create_app
from mockserver.core.state import state_of
from mockserver.storage.database import Database
from tests.security.attacks import GENERATIONS, judged

KEY = {"Authorization": "Bearer k"}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "state"


@pytest.fixture
def app(make_app: Callable[..., Flask], folder: Path) -> Flask:
    return make_app(KLING_DB=str(folder / "state.sqlite3"))


def create(client: FlaskClient) -> tuple[int, int, str | None]:
    answer = client.post(GENERATIONS, json={"prompt": "p"}, headers=KEY)
    judged("storage faults", answer.status_code, answer.data, degraded=True)
    data = answer.json.get("data") or {}
    return answer.status_code, answer.json["code"], data.get("task_id")


def broken_by(
    db: Database, monkeypatch: pytest.MonkeyPatch, pragma: str
) -> Iterator[Callable[[], None]]:
    """Connections that fail their writes as a read-only or full file system makes them fail,
    until the returned function mends them."""
    opened = db._open
    broken = {"on": True}

    def open_broken() -> sqlite3.Connection:
        conn = opened()
        if broken["on"]:
            page_count = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(pragma.format(pages=page_count))
        return conn

    monkeypatch.setattr(db, "_open", open_broken)
    db.reconnect()
    yield lambda: broken.update(on=False)


@pytest.mark.parametrize(
    ("pragma", "reason"),
    [("PRAGMA query_only = ON", "readonly"), ("PRAGMA max_page_count = {pages}", "full")],
    ids=["read-only", "full"],
)
def test_a_failing_file_system_answers_writes_503_and_reads_and_recovers(
    app: Flask, monkeypatch: pytest.MonkeyPatch, pragma: str, reason: str
) -> None:
    client = app.test_client()
    status, code, kept = create(client)
    assert (status, code) == (200, 0)
    db = state_of(app).store.db
    mend = next(broken_by(db, monkeypatch, pragma))
    answers = [
        client.post(GENERATIONS, json={"prompt": f"{n} " + "p" * 2_400}, headers=KEY)
        for n in range(12)
    ]  # a full disk may still fit a row or two in the pages it has
    for answer in answers:
        judged("storage faults", answer.status_code, answer.data, degraded=True)
    refused = [a for a in answers if a.status_code != 200]
    assert refused and {(a.status_code, a.json["code"]) for a in refused} == {(503, 5000)}
    assert all(a.headers["Retry-After"] == "1" for a in refused)
    health = client.get("/__mock/health")
    assert health.status_code == 503 and reason in health.json["storage"]
    stored = [a.json["data"]["task_id"] for a in answers if a.status_code == 200]
    for task_id in [kept, *stored]:
        assert client.get(f"{GENERATIONS}/{task_id}", headers=KEY).status_code == 200
    mend()
    assert client.get("/__mock/health").status_code == 200
    assert create(client)[:2] == (200, 0)


def test_a_deleted_state_folder_never_loses_an_acknowledged_write(app: Flask, folder: Path) -> None:
    client = app.test_client()
    create(client)
    shutil.rmtree(folder)
    acknowledged = []
    for _ in range(20):
        status, code, task_id = create(client)
        assert status in (200, 503)
        if code == 0:
            acknowledged.append(task_id)
    assert len(acknowledged) >= 18, "the mock recovers by itself"
    state_of(app).store.close()
    again = create_app({"KLING_DB": str(folder / "state.sqlite3"), "KLING_LOG_REQUESTS": False})
    try:
        reader = again.test_client()
        for task_id in acknowledged:
            assert reader.get(f"{GENERATIONS}/{task_id}", headers=KEY).status_code == 200, task_id
    finally:
        state_of(again).store.close()


@pytest.mark.parametrize("size", [0, 3])
def test_a_truncated_change_number_file_does_not_take_the_mock_down(
    app: Flask, folder: Path, size: int
) -> None:
    client = app.test_client()
    client.post("/__mock/clock", json={"freeze": True})
    os.truncate(folder / "state.sqlite3-generation", size)
    assert client.get("/__mock/clock").json["frozen"] is True
    client.post("/__mock/clock", json={"freeze": False})
    assert client.get("/__mock/clock").json["frozen"] is False
    assert create(client)[:2] == (200, 0)
    assert client.get("/__mock/health").status_code == 200
