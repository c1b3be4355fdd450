"""WAL checkpoints in a background thread, never inside a request.

SQLite's automatic checkpoint runs in whichever connection commits the write that takes the WAL
past 1,000 pages: that request copies the WAL into the database and syncs it, and takes several
milliseconds longer than the others (it doubled the p99 latency of a create). The database's
connections therefore turn the automatic checkpoint off, and each process runs one thread that
checkpoints at most every ``interval_s`` when that process has committed something since.

A PASSIVE checkpoint never blocks a reader or a writer, but under steady writes it rarely copies
every frame (writers append while it runs), and the WAL only starts over once one has: measured,
the file grew to 527 MB in 20 s of load. So once the WAL is over ``limit_bytes`` the PASSIVE
round is followed by a RESTART checkpoint, which holds writers back for as long as its copy takes
(requests wait in ``Database._begin_write``) and makes the next writer start the WAL over;
``journal_size_limit`` then truncates the file back to the limit. The PASSIVE round first copies
nearly every frame without holding anyone back, so the RESTART has only the last few left: a
RESTART alone held writers back 12-16 ms every 0.5 s at 600 creates/s (measured; the top of the
p99 latency at one connection), after a PASSIVE round 3-8 ms.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable

INTERVAL_S = 0.5


class Checkpointer:
    """Checkpoints one database file's WAL from a thread of each process that writes to it."""

    def __init__(
        self,
        connect: Callable[[], sqlite3.Connection],
        wal_path: str,
        limit_bytes: int,
        interval_s: float = INTERVAL_S,
    ) -> None:
        self._connect = connect
        self.wal_path = wal_path
        self.limit_bytes = limit_bytes
        self.interval_s = interval_s
        self._written = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._pid = -1

    def wrote(self) -> None:
        """A transaction committed: checkpoint within the interval (starting the thread)."""
        self._written.set()
        if self._pid == os.getpid() or self._stop.is_set():
            return
        with self._lock:  # first write of this process (the thread does not survive a fork)
            if self._pid != os.getpid() and not self._stop.is_set():
                self._thread = threading.Thread(
                    target=self._run, name="kling-mock-checkpoint", daemon=True
                )
                self._thread.start()
                self._pid = os.getpid()

    def _run(self) -> None:
        try:
            conn = self._connect()
        except sqlite3.Error:  # the storage failed; writes report it, a later write tries again
            self._pid = -1
            return
        try:
            while not self._stop.wait(self.interval_s):
                self.due(conn)
        finally:
            conn.close()

    def due(self, conn: sqlite3.Connection) -> tuple[int, int] | None:
        """If this process wrote since the last time: a PASSIVE checkpoint through ``conn``, then a
        RESTART when the WAL is over the limit; the WAL's frames and how many of them are now in
        the database (None: not due, or the database was busy; the next round tries again)."""
        if not self._written.is_set():
            return None
        self._written.clear()
        done = self._checkpoint(conn, "PASSIVE")
        if done is not None and self._wal_bytes() > self.limit_bytes:
            done = self._checkpoint(conn, "RESTART")
        return done

    def _checkpoint(self, conn: sqlite3.Connection, mode: str) -> tuple[int, int] | None:
        try:
            _, frames, copied = conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
        except sqlite3.Error:
            self._written.set()
            return None
        return int(frames), int(copied)

    def _wal_bytes(self) -> int:
        try:
            return os.stat(self.wal_path).st_size
        except OSError:
            return 0

    def stop(self) -> None:
        """End this process's thread (after the checkpoint it may be running)."""
        self._stop.set()
        with self._lock:
            thread, self._thread = self._thread, None
            ours = self._pid == os.getpid()
        if thread is not None and ours and thread is not threading.current_thread():
            thread.join()
