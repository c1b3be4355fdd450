"""A number that every process on one database sees change when the rarely written rows change.

The run-time settings (the fault plan, quirk marks) and the clock row are read by nearly every
request and written only through the admin API. Reading them from SQLite each time cost three to
five queries per request, and under load each query is also a point where the thread gives up the
GIL and waits to get it back. Instead, readers keep the rows they last read together with this
number, and read SQLite again only when the number has moved.

The number lives in a small file beside the database (``<db>-generation``), mapped into memory by
every process: reading it is a memory read, with no system call and no lock. A writer bumps it
after its transaction has committed, under an exclusive ``flock`` so that two writers in two
processes never both write the same next value. Readers read the number before the rows, so the
worst a race can do is make one reader read the rows once more. ``:memory:`` databases live in one
process and keep the number in memory.

Only writes through ``Settings``, ``ClockState`` and ``Database.reset`` bump it: a row changed by
hand in the SQLite shell is seen after the next change made through the mock.
"""

from __future__ import annotations

import fcntl
import mmap
import os
import struct
import threading

_NUMBER = struct.Struct("<Q")


class Generation:
    """The change number of one database's shared settings."""

    def __init__(self, db_path: str) -> None:
        self.path = None if db_path == ":memory:" else db_path + "-generation"
        self._local = 0
        self._lock = threading.Lock()
        self._map: mmap.mmap | None = None
        self._fd = -1
        self._pid = -1

    def _mapped(self) -> mmap.mmap:
        """This process's mapping of the file (made on first use, again after a fork)."""
        if self._map is None or self._pid != os.getpid():
            assert self.path is not None
            if self._map is not None:  # inherited over a fork: flock needs a file of our own
                self._map.close()
                os.close(self._fd)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            if os.fstat(fd).st_size < _NUMBER.size:
                os.ftruncate(fd, _NUMBER.size)
            self._map, self._fd, self._pid = mmap.mmap(fd, _NUMBER.size), fd, os.getpid()
        return self._map

    def current(self) -> int:
        """The number now; it changes after every committed change of the shared rows."""
        if self.path is None:
            return self._local
        return int(_NUMBER.unpack_from(self._mapped())[0])

    def bump(self) -> None:
        """Say that the shared rows changed (call after the write's transaction committed)."""
        with self._lock:
            if self.path is None:
                self._local += 1
                return
            mapped = self._mapped()
            fcntl.flock(self._fd, fcntl.LOCK_EX)
            try:
                _NUMBER.pack_into(mapped, 0, (_NUMBER.unpack_from(mapped)[0] + 1) % 2**64)
            finally:
                fcntl.flock(self._fd, fcntl.LOCK_UN)

    def close(self) -> None:
        """Unmap the file (this process); a later use maps it again."""
        with self._lock:
            if self._map is not None and self._pid == os.getpid():
                self._map.close()
                os.close(self._fd)
            self._map, self._fd, self._pid = None, -1, -1
