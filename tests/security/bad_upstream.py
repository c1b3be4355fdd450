"""A loopback upstream that misbehaves on purpose, one way per path."""

from __future__ import annotations

import functools
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

DEEP = b"[" * 5_000 + b"]" * 5_000


@functools.cache
def bomb(megabytes: int = 256) -> bytes:
    """A gzip stream of ``megabytes`` MB of zeros, about 250 KB on the wire (made piecewise)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: with the gzip header
    zeros = b"\0" * (1024 * 1024)
    return b"".join([*(packer.compress(zeros) for _ in range(megabytes)), packer.flush()])


class QuietServer(ThreadingHTTPServer):
    """A connection the proxy cuts (its time is up) is the point of the test, not an error."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet (socketserver would print the reset's traceback)."""


class BadUpstream:
    """``/hang`` never answers, ``/slow-head`` sends its headers a byte every 0.5 s, ``/trickle``
    its body, ``/huge`` 300 MB, ``/bomb`` a
    gzip bomb, ``/deep`` JSON nested 5,000 deep, anything else a small Kling answer."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.hung = 0  # requests /hang has received (and holds)
        self._counted = threading.Condition()

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_any(handler) -> None:
                length = int(handler.headers.get("Content-Length") or 0)
                handler.rfile.read(length)
                path = handler.path.split("?")[0]
                kind = path.rsplit("/", 1)[-1]
                if "hang" in path:
                    with self._counted:
                        self.hung += 1
                        self._counted.notify_all()
                    self.release.wait(60)
                    return
                if "slow-head" in path:  # the status line, then a header a byte at a time
                    handler.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                    for _ in range(1000):
                        if self.release.wait(0.5):
                            return
                        handler.wfile.write(b"a")
                        handler.wfile.flush()
                    return
                handler.send_response(200)
                handler.send_header("Content-Type", "application/json")
                if "trickle" in path:
                    handler.send_header("Content-Length", "1000")
                    handler.end_headers()
                    for _ in range(1000):
                        if self.release.wait(0.5):
                            return
                        handler.wfile.write(b" ")
                        handler.wfile.flush()
                    return
                if "huge" in path:
                    handler.send_header("Content-Length", str(300 * 1024 * 1024))
                    handler.end_headers()
                    piece = b" " * (1024 * 1024)
                    try:
                        for _ in range(300):
                            handler.wfile.write(piece)
                    except OSError:
                        pass
                    return
                ok = b'{"code":0,"message":"SUCCEED"}'
                body = bomb() if kind == "bomb" else DEEP if kind == "deep" else ok
                if "bomb" in path:
                    handler.send_header("Content-Encoding", "gzip")
                handler.send_header("Content-Length", str(len(body)))
                handler.end_headers()
                handler.wfile.write(body)

            do_GET = do_POST = do_any

            def log_message(handler, format: str, *args: Any) -> None:
                """Quiet."""

        self.server = QuietServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()

    def await_hung(self, count: int, timeout: float = 30.0) -> None:
        """Until /hang has received ``count`` requests in all (bounded)."""
        with self._counted:
            assert self._counted.wait_for(lambda: self.hung >= count, timeout), self.hung

    def close(self) -> None:
        self.release.set()
        time.sleep(0.05)
        self.server.shutdown()
        self.server.server_close()
