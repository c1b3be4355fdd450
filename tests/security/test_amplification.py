"""One request costs the observers a bounded amount, whatever its body holds."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from flask import Flask

from mockserver.core import request_bounds as bounded
from mockserver.core.state import state_of
from tests.security.attacks import GENERATIONS, judged

KEY = {"Authorization": "Bearer k", "Content-Type": "application/json"}


def unknown_keys(count: int, width: int = 10) -> bytes:
    members = ",".join(f'"u{i:0{width}d}":0' for i in range(count))
    return ('{"prompt":"p",' + members + "}").encode()


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.iterdir())


def test_a_request_keeps_at_most_the_first_warnings_and_counts_the_rest(
    make_app: Callable[..., Flask],
) -> None:
    client = make_app().test_client()
    answer = client.post(GENERATIONS, data=unknown_keys(5_000), headers=KEY)
    assert answer.status_code == 200
    assert answer.headers["X-Mock-Warnings"].endswith(f"(+{5_000 - 5} more)")
    (entry,) = client.get("/__mock/journal?limit=1").json["entries"]
    assert len(entry["warnings"]) == bounded.MAX_WARNINGS
    assert entry["warnings_omitted"] == 5_000 - bounded.MAX_WARNINGS


def test_a_large_body_of_keys_is_kept_for_the_dashboard_as_its_digest_and_length(
    make_app: Callable[..., Flask],
) -> None:
    app = make_app()
    client = app.test_client()
    body = unknown_keys(9_000)
    answer = client.post(GENERATIONS, data=body, headers=KEY)
    rid = answer.json["request_id"]
    page = client.get(f"/__mock/ui/journal/{rid}").get_data(as_text=True)
    assert f"{len(body)} bytes in all, sha256" in page
    assert "u0000008999" not in page


@pytest.mark.parametrize(
    "body",
    [
        unknown_keys(10_001),
        json.dumps({"prompt": "p", "image_list": [{"image": "x"}] * 10_001}).encode(),
        json.dumps({"prompt": "p", "n": 1, "deep": {f"k{i}": i for i in range(20_000)}}).encode(),
    ],
    ids=["keys", "array", "nested"],
)
def test_a_body_with_more_members_than_any_kling_body_is_refused(
    make_app: Callable[..., Flask], body: bytes
) -> None:
    client = make_app().test_client()
    answer = client.post(GENERATIONS, data=body, headers=KEY)
    judged("amplification bodies", answer.status_code, answer.data)
    assert (answer.status_code, answer.json["code"]) == (400, 1200)
    assert "more than 10000 members" in answer.json["message"]


def test_an_amplification_body_leaves_the_state_file_about_as_it_was_and_reset_reclaims(
    make_app: Callable[..., Flask], tmp_path: Path
) -> None:
    app = make_app(KLING_DB=str(tmp_path / "state.sqlite3"))
    client = app.test_client()
    store = state_of(app).store
    for _ in range(20):
        client.post(GENERATIONS, json={"prompt": "p" * 2_000}, headers=KEY)
    store.writer.flush()
    before = folder_bytes(tmp_path)
    for count in (5_000, 9_999, 200_000):
        answer = client.post(GENERATIONS, data=unknown_keys(count), headers=KEY)
        judged("amplification bodies", answer.status_code, answer.data)
    store.writer.flush()
    grown = folder_bytes(tmp_path) - before
    assert grown < 1_000_000, {p.name: p.stat().st_size for p in tmp_path.iterdir()}
    database = tmp_path / "state.sqlite3"
    with sqlite3.connect(database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    filled = os.path.getsize(database)
    assert client.post("/__mock/reset").status_code == 200
    assert os.path.getsize(database) < min(filled, 200_000), (filled, os.path.getsize(database))
