"""Connections to PostgreSQL that read the storage contract's SQL and raise its errors.

A write transaction runs in psycopg's pipeline mode: a statement is sent without waiting for the
one before, and the mock waits for the server only where it reads a result and at the commit. A
create is two round trips (BEGIN with the task number; the rows with the COMMIT) instead of five.
A statement the server refuses raises where a later result is read or at the commit; a caller
that must tell one refusal from the others reads that statement's result at once
(``Tasks.insert`` with an external id).

Values always travel as bound parameters, never inside the statement's text: PostgreSQL logs the
text of a statement it refuses, and a client that sends an external id twice must not put the
task's body or callback address into the server's log. (Binding on the client, psycopg's
``ClientCursor``, would send a transaction as one text in fewer driver calls: 0.26 ms of CPU for a
create's transaction against 0.6 ms pipelined, measured; the log is why it is not used.)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import psycopg
import psycopg_pool

from .contract import POSTGRESQL
from .health import StorageFault


@lru_cache(maxsize=512)
def placeholders(sql: str) -> str:
    """The statement with psycopg's ``%s`` for each ``?`` (the texts hold no literal ``?``)."""
    return sql.replace("%", "%%").replace("?", "%s")


@contextmanager
def translated() -> Iterator[None]:
    """psycopg's errors as the DB-API errors of ``sqlite3`` every caller already handles."""
    try:
        yield
    except psycopg.errors.IntegrityError as exc:
        raise sqlite3.IntegrityError(str(exc).strip()) from exc
    except (psycopg.OperationalError, psycopg.InterfaceError, psycopg_pool.PoolTimeout) as exc:
        raise StorageFault(f"the database is unavailable: {str(exc).strip()}") from exc


class PgConn:
    """A psycopg connection that reads the storage contract's SQL (``?`` placeholders)."""

    dialect = POSTGRESQL

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.raw = conn

    def execute(self, sql: str, parameters: Any = (), /) -> PgCursor:
        with translated():
            return PgCursor(self.raw.execute(placeholders(sql), parameters))

    def executemany(self, sql: str, parameters: Any, /) -> Any:
        rows = list(parameters)
        with translated():
            cursor = self.raw.cursor()
            if rows:
                cursor.executemany(placeholders(sql), rows)
            return cursor


class PgCursor:
    """A psycopg cursor whose reads raise the DB-API errors of ``sqlite3`` too: in a pipeline a
    refused statement raises where a result is read."""

    def __init__(self, cursor: psycopg.Cursor[Any]) -> None:
        self.raw = cursor

    def fetchone(self) -> Any:
        with translated():
            return self.raw.fetchone()

    def fetchall(self) -> list[Any]:
        with translated():
            return self.raw.fetchall()

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())
