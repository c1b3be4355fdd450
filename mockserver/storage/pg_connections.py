"""Connections to PostgreSQL that read the storage contract's SQL, and raise its errors.

Reads run on an autocommit connection (``PgConn``). A write transaction (``Batch``) holds its
statements and sends them together, one round trip per read:

A create runs BEGIN, the task counter, the task, its usage row and COMMIT: five statements, five
round trips and five passes through the driver when each is sent alone. Here a statement is held
until the transaction reads a result (the counter's ``RETURNING``) or ends, and the held ones are
sent as one text of several statements (psycopg's ``ClientCursor``, which binds the parameters
into the text on the client, quoted by psycopg, and allows several statements a call): BEGIN with
the counter, then the rows with the COMMIT, two round trips. psycopg's own pipeline mode sends
them as separately as prepared statements and costs more time in the driver than it saves on a
local server (measured: a create's transaction took 0.6 ms of CPU in pipeline mode, 0.45 ms
statement by statement, 0.26 ms batched).

A statement the server refuses raises where the batch it travels in is sent: at the next read,
or at the commit. A caller that must tell one refusal from the others reads that statement's
result at once (``Tasks.insert`` with an external id).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import psycopg
import psycopg_pool
from psycopg import pq

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

    def execute(self, sql: str, parameters: Any = (), /) -> Any:
        with translated():
            return self.raw.execute(placeholders(sql), parameters)

    def executemany(self, sql: str, parameters: Any, /) -> Any:
        rows = list(parameters)
        with translated():
            cursor = self.raw.cursor()
            if rows:
                cursor.executemany(placeholders(sql), rows)
            return cursor


class Held:
    """The result of a held statement: sent, with the statements before it, when first read."""

    def __init__(self, batch: Batch) -> None:
        self._batch = batch
        self.rows: list[Any] | None = None

    def fetchone(self) -> Any:
        rows = self.fetchall()
        return rows[0] if rows else None

    def fetchall(self) -> list[Any]:
        if self.rows is None:
            self._batch.send()
        assert self.rows is not None
        return self.rows

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


class Batch:
    """The connection inside ``PostgresDatabase.transaction``: statements held, then sent
    together."""

    dialect = POSTGRESQL

    def __init__(self, raw: psycopg.Connection[Any]) -> None:
        self.raw = raw
        self._cursor = psycopg.ClientCursor(raw)
        self._texts: list[str] = ["BEGIN"]
        self._parameters: list[Any] = []
        self._results: list[Held | None] = [None]

    def execute(self, sql: str, parameters: Any = (), /) -> Held:
        held = Held(self)
        self._texts.append(placeholders(sql))
        self._parameters.extend(parameters)
        self._results.append(held)
        return held

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> None:
        text = placeholders(sql)
        for row in parameters:
            self._texts.append(text)
            self._parameters.extend(row)
            self._results.append(None)

    def send(self) -> None:
        """Send what is held as one text; each held result gets its rows."""
        if not self._texts:
            return
        texts, parameters, results = self._texts, self._parameters, self._results
        self._texts, self._parameters, self._results = [], [], []
        cursor = self._cursor
        with translated():
            cursor.execute("; ".join(texts), parameters)
            for index, held in enumerate(results):
                if index:
                    cursor.nextset()
                if held is not None:
                    held.rows = cursor.fetchall() if cursor.description is not None else []

    def commit(self) -> None:
        self._texts.append("COMMIT")
        self._results.append(None)
        self.send()

    def rollback(self) -> None:
        """Forget what is held; end the transaction on the server if it began there."""
        self._texts, self._parameters, self._results = [], [], []
        if self.raw.info.transaction_status != pq.TransactionStatus.IDLE:
            with translated():
                self.raw.execute("ROLLBACK")
