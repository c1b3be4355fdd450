"""Test helpers: a loopback callback receiver and a tiny SQLite adapter."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    at_real_ms: int = field(default_factory=lambda: time.time_ns() // 1_000_000)

    @property
    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Receiver:
    """An HTTP server on 127.0.0.1:<free port> that records every POST.

    ``statuses`` are answered in turn (the last one repeats), so a test can make the first
    attempts fail and a later one succeed. The first ``held`` POSTs are recorded but not answered
    until the receiver closes: a receiver that hangs, so the sender waits on its lease.
    """

    statuses: list[int] = field(default_factory=lambda: [200])
    received: list[Received] = field(default_factory=list)
    held: int = 0

    def __post_init__(self) -> None:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                with owner._lock:
                    owner.received.append(
                        Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                    )
                    count = len(owner.received)
                    status = owner.statuses[min(count, len(owner.statuses)) - 1]
                if count <= owner.held:
                    owner._closing.wait()
                    return
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet."""

        self._lock = threading.Lock()
        self._closing = threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}/hook"

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Received]:
        """The first ``count`` deliveries, waiting (bounded) for them to arrive."""
        deadline = time.monotonic() + timeout
        while len(self.received) < count and time.monotonic() < deadline:
            time.sleep(0.01)
        return list(self.received[:count])

    def close(self) -> None:
        self._closing.set()
        self.server.shutdown()
        self.server.server_close()
