"""``make bench``'s wrk rows: every target measured in alternating rounds, each row merged from
its rounds, and the ratios to bare Flask and Prism taken within one load and level."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.bench import wrk


def test_each_load_renders_to_a_script_with_every_placeholder_filled(tmp_path: Path) -> None:
    for load in wrk.SCRIPTS:
        text = wrk._script(tmp_path, load, "123").read_text()
        assert "RESULT" in text and "{path}" not in text and "{auth}" not in text


def test_rows_alternate_between_targets_round_by_round(monkeypatch: pytest.MonkeyPatch) -> None:
    taken: list[int] = []

    def fake(port: int, script: Path, connections: int, seconds: float) -> tuple[int, ...]:
        taken.append(port)
        return (100, 1_000_000, 1.0, 5.0, 0)

    monkeypatch.setattr(wrk, "wrk", fake)
    monkeypatch.setattr(wrk, "_task_id", lambda port: "1")
    ports = iter([1, 2])

    class Serving:
        def __init__(self, *args: Any) -> None:
            self.port = next(ports)

        def __enter__(self) -> int:
            return self.port

        def __exit__(self, *args: Any) -> None:
            return None

    monkeypatch.setattr(wrk, "serving", Serving)
    monkeypatch.setattr(wrk, "prism_available", lambda: "not here")
    out = list(wrk.run(6.0, 2, 4, [20], 3, ["mix"]))
    assert taken == [1, 2, 1, 2, 1, 2]
    rows = [row for row in out if isinstance(row, wrk.Row)]
    assert [row.rate for row in rows] == [100.0, 100.0]
    assert any(isinstance(line, str) and "skipped" in line for line in out)


def test_ratios_compare_rows_of_the_same_load_and_level() -> None:
    rows = []
    for target, requests in [("mock, 2 workers", 600), ("bare flask", 1000), ("prism", 200)]:
        row = wrk.Row(target, "mix", 20)
        row.add(requests, 1_000_000, 1.0, 4.0, 0)
        rows.append(row)
    other = wrk.Row("bare flask", "get", 20)
    other.add(5000, 1_000_000, 1.0, 4.0, 0)
    (line,) = wrk.ratios([*rows, other])
    assert "0.60 of bare flask" in line and "3.00x prism" in line


def test_two_checkouts_mocks_are_served_side_by_side_in_alternating_rounds(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    taken: list[int] = []
    served: list[tuple[str, Path | None]] = []
    ports = iter([1, 2, 3])

    class Serving:
        def __init__(self, target: Any, *args: Any) -> None:
            served.append((target.label, args[-1]))
            self.port = next(ports)

        def __enter__(self) -> int:
            return self.port

        def __exit__(self, *args: Any) -> None:
            return None

    def fake(port: int, script: Path, connections: int, seconds: float) -> tuple[float, ...]:
        taken.append(port)
        return (100 * port, 1_000_000, 1.0, 5.0, 0)

    monkeypatch.setattr(wrk, "wrk", fake)
    monkeypatch.setattr(wrk, "_task_id", lambda port: "1")
    monkeypatch.setattr(wrk, "serving", Serving)
    monkeypatch.setattr(wrk, "prism_available", lambda: "not here")
    after, before = tmp_path / "after", tmp_path / "before"
    out = list(wrk.run(6.0, 2, 4, [1], 2, ["create"], [after, before]))
    assert [tree for _, tree in served] == [after, before, None]
    assert taken == [1, 2, 3, 1, 2, 3]
    rows = [row for row in out if isinstance(row, wrk.Row)]
    assert [row.target for row in rows][:2] == [
        "mock (after), 2 workers",
        "mock (before), 2 workers",
    ]
    assert len(list(wrk.ratios(rows))) == 2  # one line per checkout, each against bare Flask
