"""A number that every process on one database sees change when the rarely written rows change.

The run-time settings (the fault plan, quirk marks) and the clock row are read by nearly every
request and written only through the admin API. Reading them from SQLite each time cost three to
five queries per request, and under load each query is also a point where the thread gives up the
GIL and waits to get it back. Instead, readers keep the rows they last read together with this
number, and read SQLite again only when the number has moved.

The number lives in a small file beside the database (``<db>-generation``), read with one
``pread`` of 8 bytes (about a microsecond, no lock). A writer bumps it after its transaction has
committed, under an exclusive ``flock`` so that two writers in two processes never both write the
same next value. Readers read the number before the rows, so the worst a race can do is make one
reader read the rows once more. ``:memory:`` databases live in one process and keep the number in
memory.

It is not memory-mapped: a mapping of a file that is truncated (or on a file system that fails)
kills the process with SIGBUS on the next read. When the file cannot be read at all (deleted,
unreadable, cut short), ``current`` answers a number never answered before, so every reader goes
back to SQLite: slower, never stale, never a crash.

Only writes through ``Settings``, ``ClockState`` and ``Database.reset`` bump it: a row changed by
hand in the SQLite shell is seen after the next change made through the mock.
"""

from __future__ import annotations

import fcntl
import itertools
import logging
import os
import struct
import threading

_NUMBER = struct.Struct("<Q")
log = logging.getLogger("kling_mock")
#: Numbers no file ever holds (below zero), one per read that could not use the file.
_UNKNOWN = itertools.count(-1, -1)


class Generation:
    """The change number of one database's shared settings."""

    def __init__(self, db_path: str) -> None:
        self.path = None if db_path == ":memory:" else db_path + "-generation"
        self._local = 0
        self._lock = threading.Lock()
        self._fd = -1
        self._pid = -1

    def _file(self) -> int:
        """This process's descriptor of the file (opened on first use, again after a fork or
        after the file was replaced)."""
        if self._fd < 0 or self._pid != os.getpid():
            assert self.path is not None
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            if os.fstat(fd).st_size < _NUMBER.size:
                os.ftruncate(fd, _NUMBER.size)
            self._fd, self._pid = fd, os.getpid()
        return self._fd

    def current(self) -> int:
        """The number now; it changes after every committed change of the shared rows."""
        if self.path is None:
            return self._local
        try:
            raw = os.pread(self._file(), _NUMBER.size, 0)
        except OSError:
            self.reopen()
            return next(_UNKNOWN)
        if len(raw) < _NUMBER.size:  # cut short: made whole again on the next read
            self.reopen()
            return next(_UNKNOWN)
        return int(_NUMBER.unpack(raw)[0])

    def bump(self) -> None:
        """Say that the shared rows changed (call after the write's transaction committed)."""
        with self._lock:
            if self.path is None:
                self._local += 1
                return
            try:
                fd = self._file()
                fcntl.flock(fd, fcntl.LOCK_EX)
                try:
                    raw = os.pread(fd, _NUMBER.size, 0)
                    number = _NUMBER.unpack(raw)[0] if len(raw) == _NUMBER.size else 0
                    os.pwrite(fd, _NUMBER.pack((number + 1) % 2**64), 0)
                finally:
                    fcntl.flock(fd, fcntl.LOCK_UN)
            except OSError as exc:  # the readers then go to SQLite each time (see current)
                log.warning("the change number %s cannot be written: %s", self.path, exc)
                self._close()

    def reopen(self) -> None:
        """Use the file at the path again on the next read (it may have been replaced)."""
        with self._lock:
            self._close()

    def _close(self) -> None:
        if self._fd >= 0 and self._pid == os.getpid():
            try:
                os.close(self._fd)
            except OSError:
                pass
        self._fd, self._pid = -1, -1

    def close(self) -> None:
        """Close the file (this process); a later use opens it again."""
        with self._lock:
            self._close()
