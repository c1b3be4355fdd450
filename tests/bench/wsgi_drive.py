"""Requests driven straight through a WSGI app in this process: no sockets, no server.

``tests.bench.profile`` times the mock's parts with it; ``tests.bench.instructions`` runs it as a
script under callgrind (``python tests/bench/wsgi_drive.py N``) in any checkout, so it imports
nothing of this checkout's tests but ``tests.bench.mock.bare_app`` (which every checkout with a
bench has): the checkout measured is the one first on ``PYTHONPATH``. As a script it drives N
creates, then N gets, through the mock, then through bare Flask, and calls ``os.sched_yield``
between the four runs: a C function nothing else here calls, at which callgrind is told to dump
its counts, so each run's instructions land in a file of their own.
"""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

CREATE_PATH = "/v1/images/generations"
CREATE_BODY = {"prompt": "a paper boat at sunrise", "n": 1}
AUTHORIZATION = "Bearer bench-key"
#: The runs of the script, in the order their counts are dumped.
RUNS = ("mock create", "mock get", "bare create", "bare get")
HERE = Path(__file__).resolve().parent


def environ(method: str, path: str, body: bytes = b"") -> dict[str, Any]:
    """The WSGI environ gunicorn builds for such a request."""
    return {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "RAW_URI": path,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": "127.0.0.1:8000",
        "HTTP_AUTHORIZATION": AUTHORIZATION,
        "CONTENT_TYPE": "application/json",
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }


def send(app: Any, method: str, path: str, body: bytes = b"") -> bytes:
    """One request through a WSGI callable; its body (a non-200 answer raises)."""
    status: list[str] = []

    def start_response(line: str, headers: Any, exc_info: Any = None) -> Any:
        status.append(line)

    chunks = app(environ(method, path, body), start_response)
    sent = b"".join(chunks)
    getattr(chunks, "close", lambda: None)()
    if not status[0].startswith("200"):
        raise RuntimeError(f"{method} {path} -> {status[0]}: {sent[:200]!r}")
    return sent


def loads(app: Any) -> dict[str, Callable[[], bytes]]:
    """One request of each load: a create, a get of one task (made now)."""
    body = json.dumps(CREATE_BODY).encode()
    task_id = json.loads(send(app, "POST", CREATE_PATH, body))["data"]["task_id"]
    return {
        "create": lambda: send(app, "POST", CREATE_PATH, body),
        "get": lambda: send(app, "GET", f"{CREATE_PATH}/{task_id}"),
    }


def mock_app(folder: str) -> Any:
    """The mock as ``serve --quiet`` runs it: a file database; its batch writer's thread waits
    (the caller flushes, so the observers' work is counted where it asks)."""
    from mockserver import create_app

    app = create_app({"KLING_DB": f"{folder}/state.sqlite3", "KLING_LOG_REQUESTS": False})
    app.extensions["kling_mock"].store.writer.interval_s = 3600.0
    return app


def flusher(app: Any) -> Callable[[], None]:
    """What writes the observers' batch (nothing for an app that has none)."""
    state = app.extensions.get("kling_mock")
    return state.store.writer.flush if state is not None else lambda: None


def main() -> None:
    from tests.bench.mock import bare_app

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    with tempfile.TemporaryDirectory(prefix="kling-drive-") as folder:
        for app in (mock_app(folder), bare_app()):
            flush = flusher(app)
            for request in loads(app).values():
                for _ in range(50):  # warm: caches, connections, the tables' first pages
                    request()
                flush()
                os.sched_yield()  # callgrind dumps the counts so far
                for number in range(count):
                    request()
                    if number % 50 == 49:
                        flush()
                flush()
                os.sched_yield()


if __name__ == "__main__":
    # run by path: this folder is first on sys.path, where its mock.py and profile.py would
    # shadow modules of the same names; the checkout measured comes from PYTHONPATH
    sys.path = [entry for entry in sys.path if Path(entry or ".").resolve() != HERE]
    main()
