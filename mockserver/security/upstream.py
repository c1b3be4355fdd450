"""What the proxy takes from its upstream: bounded in time, size and nesting.

An upstream is a server the mock does not control. A request to it may take at most
``CONNECT_TIMEOUT_S`` to connect, ``READ_TIMEOUT_S`` between two reads, and the proxy's
``--timeout`` in all, from the request's first byte to the answer's last: a watchdog shuts the
connection's socket when the time is up, so an upstream that trickles its headers or its body a
byte at a time (each byte within the read time-out) is cut off too: 504/5002 then. Its answer is
read decompressed in pieces and refused past ``MAX_ANSWER_BYTES`` (a 300 MB answer or a gzip bomb
costs a few MB, not gigabytes): 502/5000. At most ``MAX_IN_FLIGHT`` requests wait for the upstream
at once, so hanging answers never take every thread: the admin API and ``/__mock/drift`` keep
answering (503/5001 for a request over the limit). Bodies are judged only when they parse within
the JSON bounds (``validation.strict_json``): an answer nested 5,000 deep is drift, not a crash.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from mockserver.core.errors import KlingError
from mockserver.validation import strict_json

CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 30.0
MAX_ANSWER_BYTES = 32 * 1024 * 1024
MAX_IN_FLIGHT = 6
PIECE_BYTES = 64 * 1024


class UpstreamRefused(KlingError):
    """The upstream's answer cannot be passed on (too big, too slow); the status says which."""

    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(code, message)
        self._status = status

    @property
    def status(self) -> int:
        return self._status


@dataclass(frozen=True)
class Fetched:
    status_code: int
    headers: CaseInsensitiveDict[str]
    content: bytes


_in_flight = threading.BoundedSemaphore(MAX_IN_FLIGHT)


def fetch(session: requests.Session, total_s: float, **request: Any) -> Fetched:
    """One request to the upstream, within the bounds above."""
    if not _in_flight.acquire(blocking=False):
        raise UpstreamRefused(
            503, 5001, f"{MAX_IN_FLIGHT} requests are already waiting for the upstream"
        )
    try:
        return _fetch(session, total_s, **request)
    finally:
        _in_flight.release()


class _Watch:
    """The sockets one request to the upstream has used, shut at once when its time is up."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self.fired = False

    def note(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            self._sockets.append(sock)
            if self.fired:
                _shut(sock)

    def fire(self) -> None:
        with self._lock:
            self.fired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    """Shut ``sock``, so a read or write that waits on it in another thread returns now."""
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


_watching = threading.local()  # .watch: the _Watch of the request this thread is making


def _note(sock: socket.socket | None) -> None:
    watch: _Watch | None = getattr(_watching, "watch", None)
    if watch is not None:
        watch.note(sock)


class _NotingConnection(HTTPConnection):
    """An upstream connection that tells the running request's watchdog which socket it uses:
    when it connects, and when a kept-alive one is used again."""

    def connect(self) -> None:
        super().connect()
        _note(self.sock)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _note(self.sock)
        super().request(*args, **kwargs)


class _NotingTlsConnection(HTTPSConnection):
    def connect(self) -> None:
        super().connect()
        _note(self.sock)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _note(self.sock)
        super().request(*args, **kwargs)


class _Pool(HTTPConnectionPool):
    ConnectionCls = _NotingConnection


class _TlsPool(HTTPSConnectionPool):
    ConnectionCls = _NotingTlsConnection


class WatchedAdapter(HTTPAdapter):
    """requests' adapter whose connections report their sockets to the request's watchdog."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _Pool, "https": _TlsPool}


def _watched(session: requests.Session) -> None:
    """Put ``WatchedAdapter`` in place of requests' default adapters on ``session`` (an adapter of
    another kind, such as the tests' in-process mock, has no socket and is kept)."""
    for prefix in ("http://", "https://"):
        if type(session.adapters.get(prefix)) is HTTPAdapter:
            session.mount(prefix, WatchedAdapter())


def _fetch(session: requests.Session, total_s: float, **request: Any) -> Fetched:
    deadline = time.monotonic() + total_s
    read_s = min(READ_TIMEOUT_S, total_s)
    late = UpstreamRefused(504, 5002, f"the upstream's answer took more than {total_s:g} s")
    _watched(session)
    watch = _Watch()
    watchdog = threading.Timer(total_s, watch.fire)
    watchdog.daemon = True
    watchdog.start()
    _watching.watch = watch
    try:
        try:
            answer = session.request(
                **request, timeout=(CONNECT_TIMEOUT_S, read_s), stream=True, allow_redirects=False
            )
        except requests.Timeout as exc:
            raise UpstreamRefused(
                504, 5002, f"the upstream did not answer in time ({exc})"
            ) from exc
        except requests.RequestException as exc:
            if watch.fired:
                raise late from exc
            raise KlingError(5001, f"the upstream did not answer: {type(exc).__name__}") from exc
        if answer.raw is None:  # an in-process upstream (tests): the answer is already in memory
            if len(answer.content) > MAX_ANSWER_BYTES:
                raise UpstreamRefused(
                    502, 5000, f"the upstream's answer is over {MAX_ANSWER_BYTES} bytes"
                )
            return Fetched(answer.status_code, answer.headers, answer.content)
        try:
            pieces = _read(answer, deadline, late)
        finally:
            answer.close()
    finally:
        watchdog.cancel()
        _watching.watch = None
    return Fetched(answer.status_code, answer.headers, b"".join(pieces))


def _read(answer: requests.Response, deadline: float, late: UpstreamRefused) -> list[bytes]:
    """The decompressed answer in pieces, within the size cap and the deadline (``late``)."""
    pieces, size = [], 0
    try:
        for piece in answer.iter_content(PIECE_BYTES):
            size += len(piece)
            if size > MAX_ANSWER_BYTES:
                raise UpstreamRefused(
                    502, 5000, f"the upstream's answer is over {MAX_ANSWER_BYTES} bytes"
                )
            if time.monotonic() > deadline:
                raise late
            pieces.append(piece)
    except UpstreamRefused:
        raise
    except Exception as exc:  # requests', urllib3's and the decoders' errors alike
        if time.monotonic() > deadline or "timed out" in str(exc).lower():
            raise late from exc
        raise UpstreamRefused(
            502, 5000, f"the upstream's answer cannot be read: {type(exc).__name__}"
        ) from exc
    if time.monotonic() > deadline:
        raise late
    return pieces


def json_within_bounds(content: bytes) -> str | None:
    """Why ``content`` cannot be judged as JSON (too deep, not JSON), or None when it can."""
    try:
        strict_json.parse(content)
    except strict_json.BodyError as exc:
        return str(exc)
    return None
