"""``make bench`` compares rows measured in alternating rounds, and merges each row's rounds."""

from __future__ import annotations

from typing import Any

import pytest

from tests.bench import mock as bench


def test_a_row_merged_from_rounds_counts_every_request_over_every_second() -> None:
    rounds = [bench.Sample([1.0] * 98 + [50.0, 50.0], 1, 2.0), bench.Sample([1.0] * 100, 0, 2.0)]
    row = bench.merged("mock", 20, rounds)
    assert (row.requests, row.errors, row.seconds) == (200, 1, 4.0)
    assert row.rate == 50.0
    assert row.p50_ms == 1.0
    assert row.p99_ms > 40.0  # the slow requests of one round are not averaged away


def test_compared_rows_alternate_round_by_round(monkeypatch: pytest.MonkeyPatch) -> None:
    taken: list[tuple[int, float, str | None]] = []

    def fake(port: int, connections: int, seconds: float, body: Any, path: Any = None) -> Any:
        taken.append((port, seconds, path))
        return bench.Sample([float(port)], 0, seconds)

    monkeypatch.setattr(bench, "sample", fake)
    rows = bench.interleaved([("mock", 1, None), ("bare", 2, "/p")], 20, 6.0, 3, {})
    assert [port for port, _, _ in taken] == [1, 2, 1, 2, 1, 2]
    assert {seconds for _, seconds, _ in taken} == {2.0}
    assert [(row.target, row.requests, row.seconds) for row in rows] == [
        ("mock", 3, 6.0),
        ("bare", 3, 6.0),
    ]
