"""Inputs that used to end in a 500 or a traceback are answered in the envelope, or named in
one line at start-up."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from flask import Flask

from mockserver.cli.main import main
from tests.security.attacks import judged


@pytest.mark.parametrize(
    "query", ["page=99999999999999999999", "page=1e9", "page=-1", "page=" + "9" * 5000]
)
def test_a_huge_dashboard_page_number_is_a_page_not_a_500(
    make_app: Callable[..., Flask], query: str
) -> None:
    answer = make_app().test_client().get(f"/__mock/ui/tasks?{query}")
    judged("dashboard arguments", answer.status_code, answer.data)
    assert answer.status_code == 200


RECORDED = {
    "operation": "createImageGenerationTask",
    "offset_ms": 0,
    "request": {"method": "POST", "path": "/v1/images/generations", "query": {}, "body": {}},
    "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "body": {}},
}


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"response": {"status": 200, "headers": {"X-A": "a\r\nSet-Cookie: x=1"}}}, "line break"),
        ({"response": {"status": 200, "headers": {"X A": "a"}}}, "not an HTTP token"),
        ({"response": {"status": 9999, "headers": {}}}, "not an HTTP status"),
        ({"request": None}, "not a recording"),
        ({"response": {"headers": {}}}, "no 'status' field"),
        ({"offset_ms": "soon"}, "invalid literal"),
    ],
)
def test_a_recording_that_cannot_be_replayed_is_named_in_one_line_at_start_up(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: dict[str, object],
    reason: str,
) -> None:
    folder = tmp_path / "rec"
    folder.mkdir()
    (folder / "0001-good.json").write_text(json.dumps(RECORDED), encoding="utf-8")
    (folder / "0002-bad.json").write_text(json.dumps({**RECORDED, **change}), encoding="utf-8")
    args = ["serve", "--replay", str(folder), "--db", str(tmp_path / "s.sqlite3"), "--port", "4998"]
    assert main(args) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "0002-bad.json" in line and reason in line, line


def test_a_recording_that_is_not_json_is_named_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "rec"
    folder.mkdir()
    (folder / "0001-cut.json").write_text('{"operation": "x", "offset', encoding="utf-8")
    assert main(["serve", "--replay", str(folder), "--db", str(tmp_path / "s.sqlite3")]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "0001-cut.json" in line and "Traceback" not in line
