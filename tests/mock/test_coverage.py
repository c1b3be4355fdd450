"""Coverage: every operation of the spec and every business code, with how often the traffic hit
each, through the admin API and the CLI, and the gaps."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from mockapi import MockAPI

from mockserver.cli import main as cli
from mockserver.core.state import state_of
from mockserver.core.store import Store
from mockserver.observers import coverage
from mockserver.observers.coverage import OperationInfo
from spec.errors import codes_of
from tests.postgres_server import emptied

OPERATIONS = [
    OperationInfo("createImage", "POST", "/v1/images/generations"),
    OperationInfo("getImage", "GET", "/v1/images/generations/{task_id}"),
]


def recorded(*hits: tuple[str | None, int, int]) -> list[tuple[str, int, int, int]]:
    """The counts a store holds after these answers."""
    store = Store(":memory:")
    for operation_id, status, code in hits:
        store.coverage.add(operation_id, status, code)
    rows = store.coverage.counts()
    store.close()
    return rows


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
    assert set(codes) == {0, *codes_of()}, "success and every code of the spec's error table"
    assert data["codes"]["total"] == len(codes)
    assert codes[1303]["meaning"] == codes_of()[1303].meaning


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
    assert f"business codes exercised: 1/{data['codes']['total']}" in text
    row = next(line for line in text.splitlines() if line.startswith("1203 "))
    assert row.split()[-1] == "1"


def test_the_text_report_can_show_only_what_is_missing() -> None:
    data = coverage.report(recorded(("getImage", 200, 0)), OPERATIONS)
    text = coverage.format_report(data, missing_only=True)
    assert "getImage" not in text and "createImage" in text
    assert not any(line.startswith("0 ") for line in text.splitlines())


GENERATIONS = "/v1/images/generations"


def report(api: MockAPI) -> dict[str, Any]:
    data: dict[str, Any] = api.get("/__mock/coverage").json()
    return data


def operation(data: dict[str, Any], operation_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(
        item for item in data["operations"]["items"] if item["operation_id"] == operation_id
    )
    return found


def code_count(data: dict[str, Any], code: int) -> int:
    return int(next(i["requests"] for i in data["codes"]["items"] if i["code"] == code))


def test_traffic_marks_operations_and_codes_as_exercised(api: MockAPI) -> None:
    api.image_task()
    api.post(GENERATIONS, {"n": 2})
    api.prefix = "/kling"
    api.get(GENERATIONS)
    data = report(api)
    assert operation(data, "createImageGenerationTask")["codes"] == {"0": 1, "1201": 1}
    assert operation(data, "listImageGenerationTasks")["requests"] == 1
    assert operation(data, "getText2VideoTask")["requests"] == 0
    assert code_count(data, 1201) == 1 and code_count(data, 1303) == 0
    assert data["operations"]["exercised"] == 2
    assert data["operations"]["total"] == len(api.index.operations)


def test_auth_failures_and_unknown_routes_count_as_codes(api: MockAPI) -> None:
    api.get(GENERATIONS, key="")
    api.get("/v1/nothing-here")
    data = report(api)
    assert code_count(data, 1001) == 1
    assert code_count(data, 1203) == 1
    assert data["unrouted_requests"] == 1


def test_admin_and_asset_requests_are_not_counted(api: MockAPI) -> None:
    api.get("/__mock/health")
    data = report(api)
    assert sum(item["requests"] for item in data["codes"]["items"]) == 0


def test_reset_clears_coverage(api: MockAPI) -> None:
    api.image_task()
    api.post("/__mock/reset")
    assert report(api)["operations"]["exercised"] == 0


def test_coverage_can_be_turned_off(make_api: Callable[..., MockAPI]) -> None:
    api = make_api(KLING_COVERAGE=False)
    api.image_task()
    assert report(api)["operations"]["exercised"] == 0


def test_the_cli_prints_the_report_as_tables_from_a_database(
    make_api: Callable[..., MockAPI], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "state.sqlite3"
    api = make_api(KLING_DB=str(db))
    api.image_task()
    api.post(GENERATIONS, {"n": 2})
    state_of(api.app).store.writer.flush()  # a served mock writes its counts within 0.5 s
    assert cli.main(["coverage", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if "createImageGenerationTask" in line)
    assert row.split()[:2] == ["POST", GENERATIONS] and row.split()[-2:] == ["2", "0,1201"]
    assert f"operations exercised: 1/{len(api.index.operations)}" in out
    assert "business codes exercised: 2/" in out


def test_the_cli_can_list_only_the_gaps_or_print_json(
    make_api: Callable[..., MockAPI], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "state.sqlite3"
    api = make_api(KLING_DB=str(db))
    api.image_task()
    state_of(api.app).store.writer.flush()
    assert cli.main(["coverage", "--db", str(db), "--missing"]) == 0
    assert "createImageGenerationTask" not in capsys.readouterr().out
    assert cli.main(["coverage", "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["operations"]["exercised"] == 1


def test_the_cli_reads_the_report_from_the_database_replicas_share(
    make_api: Callable[..., MockAPI], postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    api = make_api(KLING_DB=emptied(postgres_url))
    api.image_task()
    api.post(GENERATIONS, {"n": 2})
    state_of(api.app).store.writer.flush()
    assert cli.main(["coverage", "--db", postgres_url, "--json"]) == 0
    counted = json.loads(capsys.readouterr().out)
    assert counted["operations"]["exercised"] == 1


def test_the_cli_says_in_one_line_when_a_postgresql_database_cannot_be_read(
    postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    elsewhere = postgres_url.rsplit("/", 1)[0] + "/no_such_database"
    assert cli.main(["coverage", "--db", elsewhere]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kling-mock coverage: error: ") and err.count("\n") == 1, err
    assert "cannot be read as a kling-mock database" in err
