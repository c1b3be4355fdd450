"""One SQLite database: per-thread connections, BEGIN IMMEDIATE with a fast lock retry, close.

A file database (WAL mode) lets every worker process see the same rows; each thread of each
process opens its own connection, and a background thread checkpoints the WAL
(``storage.checkpoints``). ``:memory:`` keeps one connection behind a lock, for tests. Rarely
written rows are cached by their readers against a change number (``storage.generation``).
The handle knows no table: repositories install their schema and name the tables a reset empties.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any

from .checkpoints import Checkpointer
from .contract import SQLITE, Conn, Database, reset_floor
from .generation import Generation
from .health import StorageHealth, check_file, identity

log = logging.getLogger("kling_mock")
WRITE_WAIT_S = 30
#: After a checkpoint SQLite truncates the WAL file down to this size (it would otherwise keep the
#: largest size it ever reached: 50-67 MB after a long fill).
WAL_SIZE_LIMIT = 8 * 1024 * 1024


#: The change number of the last reset (one row, never emptied by it).
RESET_MARK = (
    "CREATE TABLE IF NOT EXISTS reset_mark"
    " (id INTEGER PRIMARY KEY CHECK (id = 1), generation INTEGER NOT NULL);"
)


class DatabaseClosed(sqlite3.ProgrammingError):
    """The database was closed; nothing may open it again (it would re-create deleted files)."""


__all__ = ["Database", "DatabaseClosed", "SqliteDatabase"]


class SqliteDatabase:
    """Connections to one SQLite file (or one in-memory database) and its registered tables."""

    dialect = SQLITE

    def __init__(self, path: str) -> None:
        self.path = path
        self.memory = path == ":memory:"
        self.closed = False
        self._local = threading.local()
        self._lock = threading.RLock()
        self._shared: sqlite3.Connection | None = None
        self._tables: list[str] = []
        self._schemas: list[str] = []
        self._epoch = 0  # moved on a storage fault: every thread opens its connection again
        self.health = StorageHealth(path)
        self._generation = Generation(path)
        self._checkpoints = Checkpointer(self._open, path + "-wal", WAL_SIZE_LIMIT)
        if not self.memory:
            Path(path).parent.mkdir(parents=True, exist_ok=True)

    def install(self, schema: str, tables: tuple[str, ...]) -> None:
        """Create a repository's tables (idempotent); ``tables`` are emptied by ``reset``."""
        with self._use() as conn:
            conn.executescript(RESET_MARK + schema)
        if schema not in self._schemas:
            self._schemas.append(schema)
        self._tables.extend(name for name in tables if name not in self._tables)

    # ------------------------------------------------------------------ connections
    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self.path, timeout=WRITE_WAIT_S, isolation_level=None, check_same_thread=not self.memory
        )
        if not self.memory:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute(f"PRAGMA journal_size_limit={WAL_SIZE_LIMIT}")
            conn.execute("PRAGMA wal_autocheckpoint=0")  # see storage.checkpoints
        return conn

    def _connection(self) -> sqlite3.Connection:
        if self.closed:
            raise DatabaseClosed(f"the database {self.path} is closed")
        if self.memory:
            if self._shared is None:
                self._shared = self._open()
            return self._shared
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        mine = getattr(self._local, "pid", None) == os.getpid()
        if conn is None or not mine or self._local.epoch != self._epoch:
            if conn is not None and mine:
                conn.close()
            self._local.conn = None
            conn = self._reopen()
            self._local.conn, self._local.pid = conn, os.getpid()
        return conn

    def _reopen(self) -> sqlite3.Connection:
        """A connection to the file at the path, made again (with its tables) if it is gone."""
        epoch = self._epoch
        parent = Path(self.path).parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise sqlite3.OperationalError(f"cannot create {parent}: {exc}") from None
        conn = self._open()
        if epoch:  # after a fault the file may be a new, empty one
            for schema in self._schemas:
                conn.executescript(RESET_MARK + schema)
        self._local.epoch, self._local.identity = epoch, identity(self.path)
        return conn

    def _fault(self, exc: BaseException) -> None:
        """A storage fault: recorded, and every connection (and the change number's file) is
        opened again on its next use."""
        if self.health.failed(exc):
            self.reconnect()

    def reconnect(self) -> None:
        """Open every thread's connection (and the change number's file) again on next use."""
        self._epoch += 1
        self._generation.reopen()

    @staticmethod
    def _rollback(conn: sqlite3.Connection) -> None:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # no transaction left to roll back

    @staticmethod
    def _begin_write(conn: sqlite3.Connection) -> None:
        """Take the write lock, retrying with sub-millisecond sleeps while another holds it.

        SQLite's own busy handler sleeps 1, 2, 5, 10 ms... between tries, far longer than our
        write transactions last; several workers writing at once would mostly be asleep.
        """
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            deadline = time.monotonic() + WRITE_WAIT_S
            attempt = 0
            while True:
                try:
                    conn.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc) or time.monotonic() > deadline:
                        raise
                    attempt += 1
                    time.sleep(min(0.00005 * attempt, 0.002))
        finally:
            conn.execute(f"PRAGMA busy_timeout = {WRITE_WAIT_S * 1000:.0f}")

    @contextmanager
    def _use(self, write: bool = False) -> Iterator[sqlite3.Connection]:
        guard: AbstractContextManager[Any] = self._lock if self.memory else nullcontext()
        with guard:
            try:
                conn = self._connection()
                if write:
                    self._begin_write(conn)
            except sqlite3.Error as exc:
                self._fault(exc)
                raise
            if not write:
                yield conn
                return
            try:
                yield conn
                if not self.memory:
                    check_file(self.path, self._local.identity)
                conn.execute("COMMIT")
            except BaseException as exc:
                self._rollback(conn)
                self._fault(exc)
                raise
            self.health.ok()
            if not self.memory:
                self._checkpoints.wrote()

    def probe(self) -> str | None:
        """Why a write cannot be stored now, or None: one small write is tried, and tried again
        on a fresh connection before the answer is that it cannot."""
        for attempt in range(2):
            try:
                with self._use(write=True) as conn:
                    conn.execute(
                        "CREATE TABLE IF NOT EXISTS storage_probe"
                        " (id INTEGER PRIMARY KEY, at INTEGER)"
                    )
                    conn.execute(
                        "INSERT INTO storage_probe VALUES (1, ?)"
                        " ON CONFLICT(id) DO UPDATE SET at = excluded.at",
                        (time.time_ns(),),
                    )
                return None
            except sqlite3.Error as exc:
                if attempt:
                    return self.health.problem or f"{type(exc).__name__}: {exc}"
                self.reconnect()
        return None

    def reading(self) -> AbstractContextManager[sqlite3.Connection]:
        """A connection for reads (this thread's own; the shared one under a lock in memory)."""
        return self._use()

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """A BEGIN IMMEDIATE transaction: one writer across every process at a time."""
        return self._use(write=True)

    def reset(self) -> None:
        """Empty every registered table in one transaction, and mark the change number after it:
        what any process buffered before the reset (``stamp``) is older than the mark, and its
        batch writer drops it (``reset_floor``) instead of writing it back."""
        with self._use(write=True) as conn:
            for table in self._tables:
                conn.execute(f"DELETE FROM {table}")
            conn.execute(
                "INSERT INTO reset_mark VALUES (1, ?)"
                " ON CONFLICT(id) DO UPDATE SET generation = excluded.generation",
                (self._generation.current() + 1,),
            )
        self.changed()

    def reclaim(self) -> None:
        """Give the space of deleted rows back to the file system (after a reset): VACUUM, then
        an emptied WAL. Best effort: another worker reading at that moment makes it wait."""
        try:
            with self._use() as conn:
                conn.execute("VACUUM")
                for _ in range(0 if self.memory else 40):  # a reader may hold the WAL a moment
                    if not conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]:
                        break
                    time.sleep(0.025)
        except sqlite3.OperationalError as exc:
            log.warning("the space of the reset rows was not reclaimed: %s", exc)

    def stamp(self) -> int:
        """The change number to tag a buffered row with (0 once the database is closed)."""
        return 0 if self.closed else self._generation.current()

    @staticmethod
    def reset_floor(conn: Conn) -> int:
        """``contract.reset_floor`` (kept for callers that name the class)."""
        return reset_floor(conn)

    def begin_request(self) -> None:
        """Nothing to do: ``generation`` reads the change number's file (a microsecond)."""

    # ------------------------------------------------------------------ shared settings
    def generation(self) -> int:
        """The change number of the rarely written rows (``mockserver.storage.generation``):
        a reader that kept them at this number may use its copy."""
        if self.closed:
            raise DatabaseClosed(f"the database {self.path} is closed")
        return self._generation.current()

    def changed(self) -> None:
        """Say that rarely written rows changed; call once their transaction committed."""
        if not self.closed:
            self._generation.bump()

    def close(self) -> None:
        """Close this thread's connection (the shared one in memory); later use raises."""
        self._checkpoints.stop()
        with self._lock:
            self.closed = True
            conn = self._shared if self.memory else getattr(self._local, "conn", None)
            if conn is not None:
                conn.close()
            self._shared = None
            self._local = threading.local()
            self._generation.close()
