"""The state schema is versioned: old databases are upgraded on start, newer ones refused."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from flask import Flask

from mockserver.cli.main import main
from mockserver.served import free_port
from mockserver.storage import migrations
from mockserver.testing import session_for
from tests.postgres_server import PostgresServer

#: Written by main's code as of the PostgreSQL issue, before the schema had versions: three
#: image tasks of acct-a (external ids ext-0..2, callbacks queued), usage, coverage, a journal.
MAIN_FILE = Path(__file__).parent / "fixtures" / "main-2026-12-07.sqlite3"
MAIN_TASKS = {"449080249234257484": "ext-0", "640610483325672780": "ext-1"}
FUTURE = "9999_from_a_newer_kling_mock"


def test_a_sqlite_file_written_by_main_is_upgraded_in_place_with_its_tasks(
    tmp_path: Path, make_app: Callable[..., Flask]
) -> None:
    path = tmp_path / "state.sqlite3"
    shutil.copy(MAIN_FILE, path)
    assert migrations.current(str(path)) is None
    app = make_app(KLING_DB=str(path), KLING_API_KEYS={"gw-a": "acct-a"})
    assert migrations.current(str(path)) == migrations.head()
    session = session_for(app)
    for task_id, external in MAIN_TASKS.items():
        answer = session.get(
            f"http://127.0.0.1/v1/images/generations/{task_id}",
            headers={"Authorization": "Bearer gw-a"},
        ).json()
        assert answer["code"] == 0
        assert answer["data"]["task_info"]["external_task_id"] == external
    again = session.post(
        "http://127.0.0.1/v1/images/generations",
        json={"prompt": "after the upgrade", "external_task_id": "ext-0"},
        headers={"Authorization": "Bearer gw-a"},
    ).json()
    assert again["code"] == 1201  # the old rows still hold the external id


def test_a_new_postgresql_database_gets_this_releases_schema(
    postgres_server: PostgresServer,
) -> None:
    url = postgres_server.fresh_database("fresh_schema")
    assert migrations.current(url) == migrations.head()


def refuse(db: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(["serve", "--db", db, "--port", str(free_port()), "--quiet"])
    lines = capsys.readouterr().err.strip().splitlines()
    return code, lines


def test_a_sqlite_file_of_a_newer_schema_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "state.sqlite3"
    shutil.copy(MAIN_FILE, path)
    migrations.upgrade(str(path))
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (FUTURE,))
    code, lines = refuse(str(path), capsys)
    assert code == 2 and len(lines) == 1
    assert FUTURE in lines[0] and "newer" in lines[0]


def test_a_postgresql_database_of_a_newer_schema_is_refused_in_one_line(
    postgres_server: PostgresServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = postgres_server.fresh_database("newer_schema")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = %s", (FUTURE,))
    code, lines = refuse(url, capsys)
    assert code == 2 and len(lines) == 1
    assert FUTURE in lines[0] and "newer" in lines[0]


def test_an_unreachable_postgresql_database_is_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, lines = refuse(f"postgresql://nobody@127.0.0.1:{free_port()}/none", capsys)
    assert code == 2 and len(lines) == 1
    assert "cannot use the database" in lines[0]
