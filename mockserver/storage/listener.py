"""Each process's copy of the change number of a PostgreSQL database: a request reads none.

Admin changes (settings, clock, faults, quirks, limits, reset) move the database's change number
(``storage.postgres``). A process learns the new number through ``LISTEN``: a thread of its own
holds one connection, wakes at each ``NOTIFY`` (sent by the changing transaction as it commits)
and at least every ``HEARTBEAT_S``, reads the number, and only then records in
``change_listeners`` the number it holds, with the database's time.

The change itself returns only once every process seen within ``ALIVE_S`` holds its number
(``await_all``), so the next request any replica serves is under it. A process that has not
completed a heartbeat within ``TRUSTED_S`` (its listener cut off, the database restarting) does
not trust its copy: its requests read the number from the database, one query each, until the
listener is back. ``TRUSTED_S`` is shorter than ``ALIVE_S``: a process that still trusts its copy
is one an admin change still waits for.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid

import psycopg

log = logging.getLogger("kling_mock")
CHANNEL = "kling_change"
#: How often a listener reads the number and writes that it holds it, notified or not.
HEARTBEAT_S = 0.25
#: A process trusts its copy for this long after its last heartbeat.
TRUSTED_S = 1.0
#: An admin change waits for every process whose last heartbeat is this recent.
ALIVE_S = 1.5
#: ... and for no longer than this (a warning is logged: a process may serve the old number).
ACK_WAIT_S = 5.0
#: Rows of processes gone this long are deleted.
FORGET_S = 3600
_NUMBER = "SELECT number FROM change_number WHERE id = 1"


class ChangeListener:
    """One process's copy of the change number (``current``), kept by a daemon thread."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.id = ""  # named when started: a forked worker is a process of its own
        self._known = 0
        self._trusted_until = 0.0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start the thread once (in the serving process: after a fork, threads are gone)."""
        with self._lock:
            if self.running or self._stop.is_set():
                return
            self.id = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
            self._thread = threading.Thread(target=self._run, name="kling-mock-listen", daemon=True)
            self._thread.start()

    def current(self) -> int | None:
        """The number, when the copy is trusted (else None: read the database)."""
        if time.monotonic() >= self._trusted_until:
            return None
        return self._known

    def saw(self, number: int) -> None:
        """This process made the change: its own copy moves at once."""
        with self._lock:
            self._known = max(self._known, number)

    def stop(self) -> None:
        """End the thread (it notices within ``HEARTBEAT_S``); the copy is no longer trusted."""
        self._stop.set()
        self._trusted_until = 0.0

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                with psycopg.connect(self.url, autocommit=True, connect_timeout=3) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    beats = 0
                    while not self._stop.is_set():
                        self._beat(conn, forget=beats % 240 == 0)
                        beats += 1
                        for _ in conn.notifies(timeout=HEARTBEAT_S, stop_after=1):
                            pass
                    # stopped: no admin change waits for this process any more
                    conn.execute("DELETE FROM change_listeners WHERE id = %s", (self.id,))
            except psycopg.Error as exc:
                self._trusted_until = 0.0
                log.debug("the change listener lost its connection: %s", exc)
                self._stop.wait(0.2)

    def _beat(self, conn: psycopg.Connection[tuple[int, ...]], forget: bool) -> None:
        """Read the number, hold it, then say so (in that order: a process that says it holds a
        number holds it)."""
        row = conn.execute(_NUMBER).fetchone()
        self.saw(int(row[0]) if row else 0)
        conn.execute(
            "INSERT INTO change_listeners VALUES (%s, %s, now()) ON CONFLICT (id)"
            " DO UPDATE SET number = excluded.number, seen_at = excluded.seen_at",
            (self.id, self._known),
        )
        self._trusted_until = time.monotonic() + TRUSTED_S
        if forget:
            conn.execute(
                "DELETE FROM change_listeners WHERE seen_at < now() - make_interval(secs => %s)",
                (FORGET_S,),
            )


def await_all(conn: psycopg.Connection[tuple[int, ...]], number: int) -> bool:
    """Wait until every process seen lately holds ``number`` (False after ``ACK_WAIT_S``)."""
    deadline = time.monotonic() + ACK_WAIT_S
    while True:
        row = conn.execute(
            "SELECT count(*) FROM change_listeners WHERE number < %s"
            " AND seen_at > now() - make_interval(secs => %s)",
            (number, ALIVE_S),
        ).fetchone()
        if row is None or row[0] == 0:
            return True
        if time.monotonic() >= deadline:
            log.warning(
                "%d replica process(es) did not confirm change %d within %.0f s", row[0], number,
                ACK_WAIT_S,
            )  # fmt: skip
            return False
        time.sleep(0.002)
