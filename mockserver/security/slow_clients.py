"""Slow clients wait in the event loop, not in a worker thread.

gunicorn's threaded worker hands a connection to a thread as soon as its first bytes arrive, and
the thread then does the TLS handshake and reads the headers and the body blocking, with no time
limit: 16 connections that never finish their headers (or 8 that trickle a body, or 4 that stall
halfway through a ClientHello) held every thread, and the health probe timed out.
``kling-mock serve``'s worker (``mockserver.http.worker``) instead does the TLS handshake and reads
each request's head, and a body of up to ``PREREAD_BYTES``, in its event loop, without a thread,
and gives up on a request whose handshake and head have not arrived within ``HEADER_TIMEOUT_S``
(a stalled handshake is closed, a late head gets 408 in the envelope) or whose pre-read part of
the body has not within ``BODY_TIMEOUT_S`` (408). What is left of a larger body is read in the
thread through a ``DeadlineSocket``: each read waits at most ``READ_TIMEOUT_S`` and the whole
request at most ``BODY_TIMEOUT_S``. ``KLING_HEADER_TIMEOUT_S`` and ``KLING_BODY_TIMEOUT_S`` in the
environment of ``kling-mock serve`` change the two limits.
"""

from __future__ import annotations

import os
import re
import socket
import time
from dataclasses import dataclass, field
from typing import Any

HEADER_TIMEOUT_S = float(os.environ.get("KLING_HEADER_TIMEOUT_S") or 10.0)
BODY_TIMEOUT_S = float(os.environ.get("KLING_BODY_TIMEOUT_S") or 60.0)
READ_TIMEOUT_S = min(10.0, BODY_TIMEOUT_S)
PREREAD_BYTES = 1024 * 1024
#: A head longer than this without its blank line is handed on as is: gunicorn refuses it (400).
MAX_HEAD_BYTES = 64 * 1024
_LENGTH = re.compile(rb"^content-length[ \t]*:[ \t]*(\d{1,18})[ \t]*$", re.I | re.M)


@dataclass
class PreRead:
    """What has arrived of one request so far, and until when the rest may take."""

    started: float = field(default_factory=time.monotonic)
    data: bytearray = field(default_factory=bytearray)

    def wanted(self) -> int | None:
        """How many bytes make this request ready for a thread (None: the head is not in)."""
        end = self.data.find(b"\r\n\r\n")
        if end < 0:
            return len(self.data) if len(self.data) > MAX_HEAD_BYTES else None
        head = bytes(self.data[:end])
        found = _LENGTH.search(head)
        body = int(found.group(1)) if found else 0
        return end + 4 + min(body, PREREAD_BYTES)

    def cut_short(self) -> str:
        """What to say about a request whose client stopped sending before it was complete."""
        end = self.data.find(b"\r\n\r\n")
        if end < 0:
            return "the request ended before its headers did"
        found = _LENGTH.search(bytes(self.data[:end]))
        got = len(self.data) - end - 4
        expected = int(found.group(1)) if found else got
        return f"the request body ended after {got} of {expected} bytes"

    def ready(self) -> bool:
        wanted = self.wanted()
        return wanted is not None and len(self.data) >= wanted

    def expired(self, now: float) -> bool:
        limit = HEADER_TIMEOUT_S if self.wanted() is None else BODY_TIMEOUT_S
        return now - self.started > limit


class DeadlineSocket:
    """A socket whose reads each wait at most READ_TIMEOUT_S, all of them until ``deadline``."""

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        self._sock = sock
        self._deadline = deadline

    def recv(self, size: int, *flags: Any) -> bytes:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the request did not arrive in time")
        self._sock.settimeout(min(READ_TIMEOUT_S, left))
        try:
            return self._sock.recv(size, *flags)
        finally:
            self._sock.settimeout(None)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)
