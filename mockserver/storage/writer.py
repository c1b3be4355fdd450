"""Batched writes off the request path: one background thread per store, stoppable.

Repositories that count every request (the journal, coverage) buffer in memory and hand the
buffer over here; a batch costs one write lock instead of one per request. A batch is written
when a repository asks (its buffer is full, or a reader needs it), and at the latest ``interval_s``
after the first queued item, so other workers see it soon. ``stop`` writes what is left and ends
the thread; once the database is closed nothing is written (and no file re-created).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from typing import Protocol

from .contract import Conn, Database

FLUSH_INTERVAL_S = 0.5
Write = Callable[[Conn], None]


class Buffered(Protocol):
    def take(self) -> Write | None:
        """Hand over what is buffered as one write (None when there is nothing)."""


class BatchWriter:
    def __init__(self, db: Database, interval_s: float = FLUSH_INTERVAL_S) -> None:
        self.db = db
        self.interval_s = interval_s
        self._buffers: list[Buffered] = []
        self._sources: list[Callable[[], None]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def register(self, buffer: Buffered) -> None:
        self._buffers.append(buffer)

    def register_source(self, drain: Callable[[], None]) -> None:
        """``drain`` fills the buffers (work queued by requests and done here, off their path);
        it runs at the start of every flush."""
        self._sources.append(drain)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def queued(self) -> None:
        """Something was buffered: write it now in memory, else start the timer thread."""
        if self.db.memory:
            self.flush()
            return
        with self._lock:
            if self._thread is not None or self._stop.is_set():
                return
            self._thread = threading.Thread(
                target=self._run, name="kling-mock-journal", daemon=True
            )
            self._thread.start()

    def flush(self) -> None:
        """Write every buffer in one transaction (nothing once the database is closed)."""
        for drain in self._sources:
            drain()
        writes = [write for buffer in self._buffers if (write := buffer.take()) is not None]
        if not writes or self.db.closed:
            return
        try:
            with self.db.transaction() as conn:
                for write in writes:
                    write(conn)
        except sqlite3.Error:  # the database's health says why; observations are not kept
            return

    def _run(self) -> None:
        while not self._stop.wait(self.interval_s):
            try:
                # The observers drained here read settings: the change number is read once per
                # batch, as a request reads it once (a database server: one query, not one a row).
                self.db.begin_request()
                self.flush()
            except sqlite3.Error:
                continue

    def stop(self) -> None:
        """End the thread and write what is still buffered."""
        self._stop.set()
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join()
        self.flush()
