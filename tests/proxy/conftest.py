"""A proxy in front of a second in-process mock acting as the real API (no socket anywhere)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests

from mockserver import create_app
from mockserver.core.state import state_of
from mockserver.proxy.forward import Upstream
from mockserver.testing import IN_PROCESS_URL, InProcessMock, session_for

QUIET = {"KLING_DB": ":memory:", "KLING_LOG_REQUESTS": False, "KLING_CLOCK_FROZEN": True}
KEY = "upstream-secret-key-0123456789"
AUTH = {"Authorization": f"Bearer {KEY}"}


@dataclass
class Proxied:
    """The upstream mock, the proxy in front of it, and a session into the proxy."""

    upstream: InProcessMock
    proxy: InProcessMock

    def post(self, path: str, body: Any, **headers: str) -> requests.Response:
        return self.proxy.session.post(
            IN_PROCESS_URL + path, json=body, headers={**AUTH, **headers}
        )

    def get(self, path: str, **headers: str) -> requests.Response:
        return self.proxy.session.get(IN_PROCESS_URL + path, headers={**AUTH, **headers})

    def drift(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self.proxy.admin("GET", "drift")["drift"]
        return found


@pytest.fixture
def make_proxied() -> Iterator[Callable[..., Proxied]]:
    """``make_proxied(upstream_app=None, record_dir=None)``: a proxy in front of a mock (or of
    the given WSGI app); both are closed after the test."""
    made: list[InProcessMock] = []

    def make(upstream_app: Any = None, record_dir: Path | None = None) -> Proxied:
        upstream = (
            InProcessMock.start(config={"KLING_LOG_REQUESTS": False})
            if upstream_app is None
            else InProcessMock(upstream_app, session_for(upstream_app))
        )
        target = Upstream(IN_PROCESS_URL, session=upstream.session, record_dir=record_dir)
        app = create_app(QUIET, upstream=target)
        proxy = InProcessMock(app, session_for(app))
        made.extend((upstream, proxy))
        return Proxied(upstream, proxy)

    yield make
    for mock in made:
        state = state_of(mock.app) if "kling_mock" in mock.app.extensions else None
        if state is not None:
            if state.dispatcher is not None:
                state.dispatcher.stop()
            state.store.close()
        mock.close()
