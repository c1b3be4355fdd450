"""What the proxy takes from its upstream: bounded in time, size and nesting.

An upstream is a server the mock does not control. A request to it may take at most
``CONNECT_TIMEOUT_S`` to connect, ``READ_TIMEOUT_S`` between two reads, and the proxy's
``--timeout`` in all (checked as the answer arrives, so a trickling upstream is cut off too):
504/5002 then. Its answer is read decompressed in pieces and refused past ``MAX_ANSWER_BYTES``
(a 300 MB answer or a gzip bomb costs a few MB, not gigabytes): 502/5000. At most
``MAX_IN_FLIGHT`` requests wait for the upstream at once, so hanging answers never take every
thread: the admin API and ``/__mock/drift`` keep answering (503/5001 for a request over the
limit). Bodies are judged only when they parse within the JSON bounds
(``validation.strict_json``): an answer nested 5,000 deep is drift, not a crash.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

import requests
from requests.structures import CaseInsensitiveDict

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


def _fetch(session: requests.Session, total_s: float, **request: Any) -> Fetched:
    deadline = time.monotonic() + total_s
    read_s = min(READ_TIMEOUT_S, total_s)
    try:
        answer = session.request(
            **request, timeout=(CONNECT_TIMEOUT_S, read_s), stream=True, allow_redirects=False
        )
    except requests.Timeout as exc:
        raise UpstreamRefused(504, 5002, f"the upstream did not answer in time ({exc})") from exc
    except requests.RequestException as exc:
        raise KlingError(5001, f"the upstream did not answer: {type(exc).__name__}") from exc
    if answer.raw is None:  # an in-process upstream (tests): the answer is already in memory
        if len(answer.content) > MAX_ANSWER_BYTES:
            raise UpstreamRefused(
                502, 5000, f"the upstream's answer is over {MAX_ANSWER_BYTES} bytes"
            )
        return Fetched(answer.status_code, answer.headers, answer.content)
    watchdog = threading.Timer(max(0.0, deadline - time.monotonic()), _cut, (answer,))
    watchdog.daemon = True
    watchdog.start()
    try:
        pieces = _read(answer, deadline, total_s)
    finally:
        watchdog.cancel()
        answer.close()
    return Fetched(answer.status_code, answer.headers, b"".join(pieces))


def _cut(answer: requests.Response) -> None:
    """The total time is up: shut the connection, so a read that waits for more returns."""
    sock = getattr(getattr(answer.raw, "connection", None), "sock", None)
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def _read(answer: requests.Response, deadline: float, total_s: float) -> list[bytes]:
    """The decompressed answer in pieces, within the size cap and the deadline."""
    pieces, size = [], 0
    late = UpstreamRefused(504, 5002, f"the upstream's answer took more than {total_s:g} s")
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
