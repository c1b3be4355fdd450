"""The storage contract: what a repository may ask of a database, whichever server holds it.

Two backends keep the mock's state: SQLite (``storage.database``, the default, one host) and
PostgreSQL (``storage.postgres``, any number of replicas). Repositories write one SQL text for
both: ``?`` placeholders, ``INSERT ... ON CONFLICT``, ``RETURNING`` (SQLite 3.35+ and PostgreSQL
read them alike); the PostgreSQL connection turns the placeholders into its own. Values always
travel as parameters, never inside the text. Table definitions are written once, in SQLite's
words, and translated for PostgreSQL (``storage.postgres.ddl``); the schema's version and its
changes are Alembic's (``storage.migrations``).

Both backends raise the DB-API errors of ``sqlite3`` (``sqlite3.IntegrityError`` for a broken
unique rule, ``sqlite3.OperationalError`` for a storage that cannot be used), so the request path
answers 503/5000 for either (``mockserver.http.degraded``) without knowing which one failed.
"""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

SQLITE = "sqlite"
POSTGRESQL = "postgresql"


class Conn(Protocol):
    """A connection inside ``Database.reading`` or ``Database.transaction``."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def executemany(self, sql: str, parameters: Any, /) -> Any: ...


class Database(Protocol):
    """One state database, its connections, its change number and its registered tables."""

    path: str
    memory: bool
    closed: bool
    dialect: str

    def install(self, schema: str, tables: tuple[str, ...]) -> None:
        """Create a repository's tables (idempotent); ``tables`` are emptied by ``reset``."""

    def reading(self) -> AbstractContextManager[Conn]:
        """A connection for reads."""

    def transaction(self) -> AbstractContextManager[Conn]:
        """A write transaction; every admission check inside it holds across processes."""

    def probe(self) -> str | None:
        """Why a write cannot be stored now, or None."""

    def reconnect(self) -> None:
        """Open every connection again on next use."""

    def reset(self) -> None:
        """Empty every registered table and mark the change number after it."""

    def reclaim(self) -> None:
        """Give the space of deleted rows back (best effort)."""

    def stamp(self) -> int:
        """The change number to tag a buffered row with."""

    def generation(self) -> int:
        """The change number of the rarely written rows (settings, clock, reset)."""

    def changed(self) -> None:
        """Say that rarely written rows changed (after their transaction committed)."""

    def begin_request(self) -> None:
        """A request starts: the change number it sees is read now (once per request)."""

    def close(self) -> None:
        """Close the connections; later use raises."""


class SchemaTooNew(RuntimeError):
    """The database was written by a newer kling-mock (its schema revision is unknown here)."""


class StorageUnavailable(sqlite3.OperationalError):
    """The database cannot be reached or opened at start."""


def reset_floor(conn: Conn) -> int:
    """The lowest stamp a buffered row may carry to be written: rows stamped before the last
    reset (by any process) belong to the state it forgot."""
    row = conn.execute("SELECT generation FROM reset_mark").fetchone()
    return int(row[0]) if row else 0


def serialize(conn: Conn, key: str) -> None:
    """Hold ``key`` until ``conn``'s transaction ends, so that the checks and writes of one account
    made under it never interleave with another process's. SQLite's BEGIN IMMEDIATE already holds
    every other writer off; PostgreSQL takes a transaction-scoped advisory lock on the key."""
    if getattr(conn, "dialect", SQLITE) == POSTGRESQL:
        conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", (key,))


def redacted(url: str) -> str:
    """A ``--db`` value as logs and answers show it: a URL without its password."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    user = f"{parts.username}:***@" if parts.username else ""
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit((parts.scheme, f"{user}{host}{port}", parts.path, parts.query, ""))


def is_postgres_url(path: str) -> bool:
    """Whether ``--db`` names a PostgreSQL database rather than a SQLite file."""
    return path.startswith(("postgresql://", "postgres://"))
