"""Fixtures for the generated client: the mock app, a socket-free session into it, clients.

Chain: ``mock_app`` -> ``mock_session`` (requests into the WSGI app, no sockets) -> ``client``.
``scripted`` gives a session that answers from a list of canned responses, for retry and error
tests that need answers the mock would not give.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypedDict

import pytest
import requests
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict

GENERATED = Path(__file__).resolve().parents[2] / "generated"
if str(GENERATED) not in sys.path:
    sys.path.insert(0, str(GENERATED))

from kling_client import KlingClient  # noqa: E402

from mockserver import create_app  # noqa: E402
from mockserver.testing import session_for  # noqa: E402
from tests.designs import SPEC_EXAMPLE_CALLBACKS  # noqa: E402

MOCK_URL = "http://mock"


class WaitOptions(TypedDict):
    poll_interval: float
    timeout: float


FAST: WaitOptions = {"poll_interval": 0.005, "timeout": 30.0}
"""Keyword arguments for wait/create_and_wait against the fast mock clock."""


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees credentials or a base URL from the developer's shell."""
    for name in ("KLING_API_KEY", "KLING_ACCESS_KEY", "KLING_SECRET_KEY", "KLING_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def mock_app() -> Any:
    return create_app({"KLING_DB": ":memory:", "KLING_SPEED": 1000.0, **SPEC_EXAMPLE_CALLBACKS})


@pytest.fixture
def mock_session(mock_app: Any) -> Iterator[requests.Session]:
    session = session_for(mock_app)
    yield session
    session.close()


@pytest.fixture
def client(mock_session: requests.Session) -> KlingClient:
    return KlingClient(api_key="test", base_url=MOCK_URL, session=mock_session)


@pytest.fixture
def client_factory(mock_session: requests.Session) -> Callable[..., KlingClient]:
    """A client into the mock with any constructor argument overridden."""

    def make(**overrides: Any) -> KlingClient:
        settings: dict[str, Any] = {
            "api_key": "test",
            "base_url": MOCK_URL,
            "session": mock_session,
        }
        settings.update(overrides)
        return KlingClient(**settings)

    return make


# ---------------------------------------------------------------- canned answers


@dataclass
class Canned:
    status: int = 200
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    raise_error: Exception | None = None


def envelope(data: Any = None, *, code: int = 0, message: str = "SUCCEED") -> dict[str, Any]:
    return {"code": code, "message": message, "request_id": "req-1", "data": data}


def task(task_id: str = "t1", status: str = "submitted", **extra: Any) -> dict[str, Any]:
    return {"task_id": task_id, "task_status": status, "created_at": 1, "updated_at": 2, **extra}


class ScriptedAdapter(BaseAdapter):
    """Answers each request with the next canned answer and records what was sent."""

    def __init__(self, answers: list[Canned]) -> None:
        super().__init__()
        self.answers = list(answers)
        self.requests: list[requests.PreparedRequest] = []

    def send(  # type: ignore[override]
        self, request: requests.PreparedRequest, **kwargs: Any
    ) -> requests.Response:
        self.requests.append(request)
        if not self.answers:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        answer = self.answers.pop(0)
        if answer.raise_error is not None:
            raise answer.raise_error
        response = requests.Response()
        response.status_code = answer.status
        response.headers = CaseInsensitiveDict(
            {"Content-Type": "application/json", **dict(answer.headers)}
        )
        response._content = json.dumps(answer.body).encode() if answer.body is not None else b""
        response.request = request
        response.url = request.url or ""
        return response

    def bodies(self) -> list[Any]:
        return [json.loads(r.body) if r.body else None for r in self.requests]

    def close(self) -> None:
        """Nothing to release."""


@dataclass
class Scripted:
    adapter: ScriptedAdapter
    client: KlingClient
    sleeps: list[float]


@pytest.fixture
def scripted() -> Callable[..., Scripted]:
    """A client whose session answers from ``answers``; sleeps are recorded, not slept."""

    def make(answers: list[Canned], **overrides: Any) -> Scripted:
        adapter = ScriptedAdapter(answers)
        session = requests.Session()
        session.mount("http://", adapter)
        settings: dict[str, Any] = {
            "api_key": "k",
            "base_url": "http://scripted",
            "session": session,
        }
        settings.update(overrides)
        client = KlingClient(**settings)
        sleeps: list[float] = []
        client._core.sleep = sleeps.append
        return Scripted(adapter, client, sleeps)

    return make
