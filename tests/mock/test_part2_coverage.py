"""The coverage report: every operation and every business code, with the traffic's counts."""

from __future__ import annotations

import sqlite3

from mockserver import coverage
from mockserver.coverage import OperationInfo

OPERATIONS = [
    OperationInfo("createImage", "POST", "/v1/images/generations"),
    OperationInfo("getImage", "GET", "/v1/images/generations/{task_id}"),
]


def recorded(*hits: tuple[str | None, int, int]) -> list[tuple[str, int, int, int]]:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.executescript(coverage.SCHEMA)
    for operation_id, status, code in hits:
        coverage.record(conn, operation_id, status, code)
    return coverage.counts(conn)


def test_counts_add_up_per_operation_status_and_code() -> None:
    rows = recorded(("createImage", 200, 0), ("createImage", 200, 0), ("createImage", 429, 1303))
    assert sorted(rows) == [("createImage", 200, 0, 2), ("createImage", 429, 1303, 1)]


def test_the_report_lists_untouched_operations_and_codes_too() -> None:
    data = coverage.report(recorded(("createImage", 200, 0)), OPERATIONS)
    ops = {item["operation_id"]: item for item in data["operations"]["items"]}
    assert ops["createImage"]["requests"] == 1
    assert ops["getImage"]["requests"] == 0
    assert data["operations"]["exercised"] == 1 and data["operations"]["total"] == 2
    codes = {item["code"]: item for item in data["codes"]["items"]}
    assert codes[0]["requests"] == 1
    assert codes[1303]["requests"] == 0 and codes[1303]["http_status"] == 429
    assert data["codes"]["exercised"] == 1
    assert data["codes"]["total"] == len(coverage.MEANINGS)


def test_requests_to_unknown_routes_count_for_codes_only() -> None:
    data = coverage.report(recorded((None, 404, 1203)), OPERATIONS)
    assert data["operations"]["exercised"] == 0
    assert data["unrouted_requests"] == 1
    assert {i["code"]: i["requests"] for i in data["codes"]["items"]}[1203] == 1


def test_the_text_report_has_a_row_per_operation_and_code_and_totals() -> None:
    data = coverage.report(recorded(("getImage", 404, 1203)), OPERATIONS)
    text = coverage.format_report(data)
    assert "/v1/images/generations/{task_id}" in text
    assert "operations exercised: 1/2" in text
    assert f"business codes exercised: 1/{len(coverage.MEANINGS)}" in text
    row = next(line for line in text.splitlines() if line.startswith("1203 "))
    assert row.split()[-1] == "1"


def test_the_text_report_can_show_only_what_is_missing() -> None:
    data = coverage.report(recorded(("getImage", 200, 0)), OPERATIONS)
    text = coverage.format_report(data, missing_only=True)
    assert "getImage" not in text and "createImage" in text
    assert not any(line.startswith("0 ") for line in text.splitlines())
