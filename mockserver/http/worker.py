"""The gunicorn worker of ``kling-mock serve``: gunicorn's threaded worker, except that a request
gunicorn refuses before the app sees it (a request line or header over its limits, a malformed
request line or header, a bad chunk) is answered in the Kling envelope instead of an HTML page.

Such a request is the client's fault: 400 with business code 1200, as the app answers a request it
cannot read. Anything else gunicorn fails on is 500/5000. Either way the connection is closed, as
gunicorn does, since the rest of the stream cannot be trusted.
"""

from __future__ import annotations

import json
import logging
import os
import selectors
import socket
import ssl
import time
import uuid
from functools import partial
from typing import Any

from gunicorn import http, util
from gunicorn import sock as gunicorn_sock
from gunicorn.http.errors import InvalidResponseHeader, InvalidResponseHeaderName, ParseException
from gunicorn.workers.gthread import ThreadWorker

from mockserver.observers.journal import loggable
from mockserver.security import slow_clients

log = logging.getLogger("kling_mock")
REASONS = {400: "Bad Request", 408: "Request Timeout", 500: "Internal Server Error"}
SERVER_FAULTS = (InvalidResponseHeader, InvalidResponseHeaderName)


def envelope_answer(status: int, code: int, message: str) -> bytes:
    """A complete HTTP/1.1 answer carrying the Kling error envelope."""
    body = json.dumps(
        {"code": code, "message": message, "request_id": str(uuid.uuid4())},
        ensure_ascii=True,
    ).encode("ascii")
    head = (
        f"HTTP/1.1 {status} {REASONS[status]}\r\n"
        "Connection: close\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


def refusal(exc: BaseException) -> tuple[int, int, str]:
    """Status, business code and message for what gunicorn raised."""
    if isinstance(exc, TimeoutError):
        return 408, 1200, "the request did not arrive in time"
    if isinstance(exc, ParseException) and not isinstance(exc, SERVER_FAULTS):
        reason = " ".join(str(exc).split())[:200] or type(exc).__name__
        return 400, 1200, f"the request cannot be read ({type(exc).__name__}: {reason})"
    return 500, 5000, "internal error"


class EnvelopeWorker(ThreadWorker):  # type: ignore[misc]
    """gunicorn's gthread worker answering its own refusals in the Kling envelope, doing the TLS
    handshake and reading each request's head (and a small body) in its event loop first
    (``security.slow_clients``)."""

    def init_process(self) -> None:
        self.prereads: dict[Any, slow_clients.PreRead] = {}
        self.handshaking: set[Any] = set()
        self.tls = gunicorn_sock.ssl_context(self.cfg) if self.cfg.is_ssl else None
        super().init_process()

    def enqueue_req(self, conn: Any) -> None:
        """Hand the connection to a thread once its request has arrived (over TLS: once the
        handshake is done too)."""
        buffered = conn.parser is not None and conn.parser.unreader.buf.getvalue()
        if buffered or conn in self.prereads:
            super().enqueue_req(conn)
            return
        self.prereads[conn] = slow_clients.PreRead()
        conn.sock.setblocking(False)
        if self.tls is not None and not isinstance(conn.sock, ssl.SSLSocket):
            conn.sock = self.tls.wrap_socket(
                conn.sock,
                server_side=True,
                suppress_ragged_eofs=self.cfg.suppress_ragged_eofs,
                do_handshake_on_connect=False,
            )
            self.handshaking.add(conn)
            self.poller.register(conn.sock, selectors.EVENT_READ, partial(self._handshake, conn))
            return
        self.poller.register(conn.sock, selectors.EVENT_READ, partial(self._arrived, conn))
        if isinstance(conn.sock, ssl.SSLSocket) and conn.sock.pending():
            self._arrived(conn, conn.sock)  # decrypted bytes wait in the TLS layer, unpolled

    def _handshake(self, conn: Any, _sock: Any) -> None:
        """One step of the TLS handshake; once done, the request is read as over plain HTTP."""
        try:
            conn.sock.do_handshake()
        except ssl.SSLWantReadError:
            self.poller.modify(conn.sock, selectors.EVENT_READ, partial(self._handshake, conn))
            return
        except ssl.SSLWantWriteError:
            self.poller.modify(conn.sock, selectors.EVENT_WRITE, partial(self._handshake, conn))
            return
        except OSError as exc:  # not TLS, or the client gave up: nothing to answer
            log.debug("TLS handshake failed: %s", exc)
            self._drop(conn)
            return
        self.handshaking.discard(conn)
        conn.initialized = True  # what TConn.init does after its own (blocking) handshake
        conn.parser = http.get_parser(self.cfg, conn.sock, conn.client)
        self.poller.modify(conn.sock, selectors.EVENT_READ, partial(self._arrived, conn))
        self._arrived(conn, conn.sock)

    def _arrived(self, conn: Any, _sock: Any) -> None:
        pending = self.prereads[conn]
        while True:
            try:
                data = conn.sock.recv(65536)
            except (BlockingIOError, ssl.SSLWantReadError, ssl.SSLWantWriteError):
                return
            except OSError:
                data = b""
            if not data:  # the client went away (or stopped sending): what came is no request
                cut = envelope_answer(400, 1200, pending.cut_short()) if pending.data else None
                self._drop(conn, cut)
                return
            pending.data += data
            if pending.ready():
                self.poller.unregister(conn.sock)
                conn.data_ready = True
                super().enqueue_req(conn)
                return
            if not (isinstance(conn.sock, ssl.SSLSocket) and conn.sock.pending()):
                return

    def _drop(self, conn: Any, answer: bytes | None = None) -> None:
        self.prereads.pop(conn, None)
        if conn in self.handshaking:  # nothing can be said to a client without a session
            self.handshaking.discard(conn)
            answer = None
        try:
            self.poller.unregister(conn.sock)
        except (KeyError, ValueError, OSError):
            pass
        if answer is not None:
            try:
                conn.sock.send(answer)
            except OSError:
                pass
        self.nr_conns -= 1
        conn.close()

    def murder_pending(self) -> None:
        """Also close the requests that did not arrive in time, with a 408."""
        super().murder_pending()
        now = time.monotonic()
        # A snapshot (dict.copy holds the GIL throughout): the threads' handle() pops from
        # prereads while this loop runs, and iterating the live dict then raised and killed
        # the worker with every connection it held.
        late = [(c, p) for c, p in self.prereads.copy().items() if p.expired(now)]
        for conn, pending in late:
            if pending.ready():
                continue
            log.warning("refused before the app: a request that did not arrive in time")
            self._drop(conn, envelope_answer(408, 1200, "the request did not arrive in time"))

    def handle(self, conn: Any) -> Any:
        """The pre-read bytes go to the parser first; what is left is read with deadlines."""
        pending = self.prereads.pop(conn, None)
        if pending is not None:
            conn.sock.setblocking(True)
            conn.init()
            unreader = conn.parser.unreader
            unreader.buf.seek(0, os.SEEK_END)
            unreader.buf.write(bytes(pending.data))
            deadline = pending.started + slow_clients.BODY_TIMEOUT_S
            unreader.sock = slow_clients.DeadlineSocket(conn.sock, deadline)
        elif conn.parser is not None:  # the next request of a kept-alive connection
            deadline = time.monotonic() + slow_clients.BODY_TIMEOUT_S
            conn.parser.unreader.sock = slow_clients.DeadlineSocket(conn.sock, deadline)
        return super().handle(conn)

    def handle_error(self, req: Any, client: socket.socket, addr: Any, exc: BaseException) -> None:
        status, code, message = refusal(exc)
        if status == 500:
            log.exception("gunicorn failed on a request", exc_info=exc)
        else:
            log.warning("refused before the app: %s", loggable(message))
        try:
            util.write_nonblock(client, envelope_answer(status, code, message))
        except OSError:
            log.debug("could not send the refusal")
