"""Talk to a mock app with no sockets: ``session_for(app)`` (requests), ``async_http_for(app)``
(httpx, for asyncio clients), ``InProcessMock`` and ``KlingMock``.

The session's transport adapter turns each prepared request into a WSGI call on the app, the way
httpx's MockTransport hands requests to a function. Clients that take a ``requests.Session`` can
then be tested against the mock in-process and fast. ``InProcessMock`` is such an app with a
handle that drives it through its admin API (``/__mock/...``), exactly as a served mock is driven;
the pytest plugin (``mockserver.pytest_plugin``) hands a ``KlingMock`` (one that can also say how
its clients behaved) to every test that asks; annotate the fixture with this module's type:

    from mockserver.testing import KlingMock

    def test_mine(kling_client: KlingClient, kling_mock: KlingMock) -> None: ...
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

import httpx
import requests
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict
from requests.utils import get_encoding_from_headers
from werkzeug.test import EnvironBuilder, run_wsgi_app

from mockserver.http.app import create_app

__all__ = [
    "AdminError",
    "ClientMisbehaved",
    "InProcessMock",
    "KlingMock",
    "WSGIAdapter",
    "async_http_for",
    "create_app",
    "session_for",
]


class WSGIAdapter(BaseAdapter):
    """A requests transport that calls a WSGI application directly."""

    def __init__(self, app: Any) -> None:
        super().__init__()
        self.app = app

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: Any = None,
        verify: Any = True,
        cert: Any = None,
        proxies: Mapping[str, str] | None = None,
    ) -> requests.Response:
        url = urlsplit(request.url or "")
        body = request.body
        data = body.encode() if isinstance(body, str) else body if body is not None else b""
        if not isinstance(data, bytes):
            data = b"".join(data)
        environ = EnvironBuilder(
            path=unquote(url.path) or "/",
            base_url=f"{url.scheme}://{url.netloc}",
            query_string=url.query,
            method=request.method or "GET",
            headers=list(request.headers.items()),
            data=data,
        ).get_environ()
        app_iter, status, headers = run_wsgi_app(self.app, environ, buffered=True)
        response = requests.Response()
        response.status_code = int(status.split(" ", 1)[0])
        response.reason = status.partition(" ")[2]
        response.headers = CaseInsensitiveDict(headers.to_wsgi_list())
        response.encoding = get_encoding_from_headers(response.headers)
        response._content = b"".join(app_iter)
        response.url = request.url or ""
        response.request = request
        response.connection = self  # type: ignore[assignment]
        return response

    def close(self) -> None:
        """Nothing to release: there is no connection."""


def session_for(app: Any) -> requests.Session:
    """A ``requests.Session`` whose http:// and https:// requests go straight into ``app``."""
    session = requests.Session()
    adapter = WSGIAdapter(app)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def async_http_for(app: Any) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` whose requests go straight into the WSGI ``app``.

    httpx's own WSGITransport serves blocking clients only; this MockTransport hands each request
    (its body already read) to it and answers with the body read in full, which an asyncio
    client can consume. The app runs in the event loop's thread, one request at a time.
    """
    wsgi = httpx.WSGITransport(app=app)

    def handle(request: httpx.Request) -> httpx.Response:
        answer = wsgi.handle_request(request)
        content = answer.read()
        return httpx.Response(answer.status_code, headers=answer.headers, content=content)

    return httpx.AsyncClient(transport=httpx.MockTransport(handle))


class AdminError(RuntimeError):
    """An admin call of the mock was refused; the message is the mock's own."""


IN_PROCESS_URL = "http://kling-mock"
"""The base URL of an in-process mock (no socket is ever opened for it)."""


@dataclass
class InProcessMock:
    """A mock app living in this process with in-memory state, and the admin calls that drive it.

    Every method is one request to ``/__mock/...``; nothing reaches into the app's internals.
    """

    app: Any
    session: requests.Session
    base_url: str = IN_PROCESS_URL

    @classmethod
    def start(
        cls, *, speed: float = 1000.0, frozen: bool = True, config: Mapping[str, Any] | None = None
    ) -> InProcessMock:
        """A fresh mock: in-memory store, the clock as asked, request logging off; ``config``
        (``KLING_*`` keys) goes last and wins."""
        settings: dict[str, Any] = {
            "KLING_DB": ":memory:",
            "KLING_SPEED": speed,
            "KLING_CLOCK_FROZEN": frozen,
            "KLING_LOG_REQUESTS": False,
            **(config or {}),
        }
        app = create_app(settings)
        return cls(app, session_for(app))

    def admin(self, method: str, route: str, **kwargs: Any) -> Any:
        """The JSON answer of ``/__mock/<route>``; AdminError when the mock refuses the call."""
        response = self.session.request(method, f"{self.base_url}/__mock/{route}", **kwargs)
        body = response.json() if response.content else None
        if not response.ok:
            reason = body.get("error") if isinstance(body, dict) else None
            raise AdminError(f"{method} /__mock/{route}: {response.status_code} {reason or body}")
        return body

    # ------------------------------------------------------------------ the clock
    def clock(self, *, frozen: bool | None = None, speed: float | None = None) -> dict[str, Any]:
        """The clock (``now_ms``, ``speed``, ``frozen``), after freezing, thawing or re-speeding."""
        if frozen is None and speed is None:
            clock: dict[str, Any] = self.admin("GET", "clock")
            return clock
        changes = {"freeze": frozen, "speed": speed}
        moved: dict[str, Any] = self.admin(
            "POST", "clock", json={k: v for k, v in changes.items() if v is not None}
        )
        return moved

    def advance(self, ms: float) -> dict[str, Any]:
        """Move mock time forward by ``ms`` milliseconds (tasks progress, callbacks are sent)."""
        moved: dict[str, Any] = self.admin("POST", "clock", json={"advance_ms": ms})
        return moved

    def sleep(self, seconds: float) -> None:
        """A client's pause spent in mock time instead of wall time: advance by ``seconds``."""
        self.advance(round(seconds * 1000))

    async def async_sleep(self, seconds: float) -> None:
        """``sleep`` for an asyncio client's pauses (mock time, no wall time)."""
        self.sleep(seconds)

    def async_http(self) -> httpx.AsyncClient:
        """An ``httpx.AsyncClient`` into this mock (for ``AsyncKlingClient(http_client=...)``)."""
        return async_http_for(self.app)

    # ------------------------------------------------------------------ state and faults
    def reset(self) -> None:
        """Forget every task, journal entry, callback delivery, count, run-time fault plan and
        run-time limits."""
        self.admin("POST", "reset")

    def faults(self, plan: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Replace the fault plan with ``plan`` (``{}``: no faults); without one, the active plan.

        Keys: ``latency_ms``, ``errors`` ({"503": 0.5, ...}), ``task_failure_rate``, ``paths``.
        """
        if plan is None:
            active: dict[str, Any] = self.admin("GET", "faults")["plan"]
            return active
        replaced: dict[str, Any] = self.admin("POST", "faults", json=dict(plan))["plan"]
        return replaced

    def limits(self, limits: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Replace the account limits with ``limits`` (``{}``: none); without them, those in force.

        Keys as in ``KLING_*`` configuration: ``concurrency`` ({"video": 1}), ``balance``,
        ``rate_limit``, ``rate_window_ms``, and ``accounts`` (an account's own values on top).
        """
        if limits is None:
            active: dict[str, Any] = self.admin("GET", "limits")["limits"]
            return active
        replaced: dict[str, Any] = self.admin("POST", "limits", json=dict(limits))["limits"]
        return replaced

    # ------------------------------------------------------------------ what happened
    def tasks(self) -> list[dict[str, Any]]:
        """Every stored task, newest first, with its status at the current mock time."""
        found: list[dict[str, Any]] = self.admin("GET", "tasks")["tasks"]
        return found

    def journal(self, limit: int = 50) -> list[dict[str, Any]]:
        """The last ``limit`` requests the mock answered, newest first."""
        entries: list[dict[str, Any]] = self.admin("GET", "journal", params={"limit": limit})[
            "entries"
        ]
        return entries

    def coverage(self) -> dict[str, Any]:
        """Which operations and business codes the traffic so far exercised, and which not."""
        report: dict[str, Any] = self.admin("GET", "coverage")
        return report

    def usage(self, owner: str | None = None) -> dict[str, Any]:
        """Per account (of one, given its id or key) and pack: ``slots_held``, ``slot_limit``,
        ``units_used``, ``balance``."""
        params = {"owner": owner} if owner else {}
        found: dict[str, Any] = self.admin("GET", "usage", params=params)["accounts"]
        return found

    def callbacks(self, task_id: str | None = None) -> list[dict[str, Any]]:
        """Callback deliveries with their attempts (newest first), of one task or of all."""
        params = {"task_id": task_id} if task_id else {}
        found: list[dict[str, Any]] = self.admin("GET", "callbacks", params=params)["deliveries"]
        return found

    def close(self) -> None:
        self.session.close()


class ClientMisbehaved(AssertionError):
    """The client did what a careful client of Kling does not; the message lists each finding."""


class KlingMock(InProcessMock):
    """An in-process mock that can also say how its clients behaved (``GET /__mock/verify``)."""

    @classmethod
    def start(
        cls, *, speed: float = 1000.0, frozen: bool = True, config: Mapping[str, Any] | None = None
    ) -> KlingMock:
        """A fresh mock, as ``InProcessMock.start`` makes it."""
        made = InProcessMock.start(speed=speed, frozen=frozen, config=config)
        return cls(made.app, made.session, made.base_url)

    def verify(self, min_poll_interval_s: float = 1.0) -> list[dict[str, Any]]:
        """Every finding of every account: ``rule`` (retry-before-retry-after,
        create-after-1303, polling-too-fast, duplicate-create), ``operation``, ``at_ms``,
        ``detail``."""
        report = self.admin(
            "GET", "verify", params={"min_poll_interval_ms": round(min_poll_interval_s * 1000)}
        )
        return [finding for found in report["accounts"].values() for finding in found]

    def assert_well_behaved(self, min_poll_interval_s: float = 1.0) -> None:
        """Raise ``ClientMisbehaved`` naming each finding, if there is any."""
        found = self.verify(min_poll_interval_s)
        if found:
            lines = [
                f"{f['rule']}: {f['operation']} at {f['at_ms']} ms: {f['detail']}" for f in found
            ]
            raise ClientMisbehaved("the client misbehaved:\n  " + "\n  ".join(lines))
