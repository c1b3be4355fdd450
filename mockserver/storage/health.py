"""Whether the state on disk can be written, and why not: faults degrade the mock, never crash it.

A file system that turns read-only or full, a state folder deleted under a running mock, a file
cut short: each shows up as a ``sqlite3.Error`` on some write. The database records it here
(``StorageHealth.failed``), which logs one line the first time, makes every connection open again
(so a folder that comes back is used), and lets ``/__mock/health`` say why it is not 200; the
request that met it is answered 503/5000 (``mockserver.http.degraded``), so no write is ever
acknowledged that was not stored. The next write that commits clears it, with one line more.

A deleted or replaced database file is the one fault SQLite does not report (it keeps writing to
the unlinked file); ``check_file`` compares the file at the path with the one each connection
opened, before every commit.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time

log = logging.getLogger("kling_mock")
#: Errors that say the storage itself failed (not a constraint, not a busy lock).
_STORAGE_WORDS = (
    "readonly",
    "read-only",
    "disk is full",
    "disk i/o",
    "malformed",
    "not a database",
    "unable to open",
    "no such table",
    "deleted or replaced",
    "cannot create",
)
Identity = tuple[int, int]


class StorageFault(sqlite3.OperationalError):
    """The storage failed in a way SQLite does not report itself (a deleted file)."""


def identity(path: str) -> Identity | None:
    """Which file is at ``path`` now (device, inode), None when there is none."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def check_file(path: str, opened: Identity | None) -> None:
    """StorageFault when the file at ``path`` is not the one a connection opened."""
    if opened is not None and identity(path) != opened:
        raise StorageFault(f"the database file {path} was deleted or replaced")


def is_storage_fault(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, StorageFault) or (
        isinstance(exc, sqlite3.Error)
        and not isinstance(exc, sqlite3.IntegrityError)
        and any(word in text for word in _STORAGE_WORDS)
    )


class StorageHealth:
    """This process's view of the storage: None when fine, else the reason and since when."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problem: str | None = None
        self.since = 0.0
        self._lock = threading.Lock()

    def failed(self, exc: BaseException) -> bool:
        """Record a storage fault (one log line when it starts); False for other errors."""
        if not is_storage_fault(exc):
            return False
        reason = f"{type(exc).__name__}: {exc}"
        with self._lock:
            if self.problem is None:
                log.error(
                    "storage %s failed (%s); writes answer 503 until it recovers", self.path, reason
                )
                self.since = time.time()
            self.problem = reason
        return True

    def ok(self) -> None:
        """A write committed: the storage works (one log line when it recovers)."""
        if self.problem is None:
            return
        with self._lock:
            if self.problem is not None:
                log.warning("storage %s recovered after %s", self.path, self.problem)
                self.problem = None
