"""The mock the pages' examples talk to: served on a free loopback port, its clock frozen, so a
``sleep`` in a page or a pause of the client moves mock time instead of waiting."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import requests
from werkzeug.serving import make_server

from mockserver import create_app


@dataclass(frozen=True)
class Served:
    base_url: str
    state: Path  # the folder of its SQLite file (a page's `.kling-mock/`)

    def fresh(self) -> None:
        """Forget every task and fault plan; the clock back to frozen at real time now."""
        answer = requests.post(f"{self.base_url}/__mock/reset", json={"clock": True}, timeout=10)
        answer.raise_for_status()

    def advance(self, seconds: float) -> None:
        answer = requests.post(
            f"{self.base_url}/__mock/clock", json={"advance_ms": seconds * 1000}, timeout=10
        )
        answer.raise_for_status()


@contextmanager
def served(folder: Path) -> Iterator[Served]:
    state = folder / ".kling-mock"
    state.mkdir(parents=True, exist_ok=True)
    app = create_app(
        {
            "KLING_DB": str(state / "state.sqlite3"),
            "KLING_CLOCK_FROZEN": True,
            "KLING_LOG_REQUESTS": False,
        }
    )
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one line per request otherwise
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Served(f"http://127.0.0.1:{server.server_port}", state)
    finally:
        server.shutdown()
        thread.join()
