"""A fresh in-process mock and the generated client wired to it, pausing in mock time."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

GENERATED = Path(__file__).resolve().parents[2] / "generated"
if str(GENERATED) not in sys.path:
    sys.path.insert(0, str(GENERATED))

from kling_client import KlingClient  # noqa: E402

from mockserver.core.state import state_of  # noqa: E402
from mockserver.testing import InProcessMock, KlingMock  # noqa: E402

ACCESS_KEY, SECRET_KEY = "ak-quirks", "sk-quirks-0123456789abcdef"


@pytest.fixture
def mock() -> Iterator[KlingMock]:
    made = KlingMock.start(config={"KLING_ACCESS_KEYS": {ACCESS_KEY: SECRET_KEY}})
    yield made
    state = state_of(made.app)
    if state.dispatcher is not None:
        state.dispatcher.stop()
    state.store.close()
    made.close()


def client_of(
    mock: InProcessMock,
    api_key: str | None = "quirk-test-key",
    access_key: str | None = None,
    secret_key: str | None = None,
) -> KlingClient:
    """The generated client into ``mock``, its pauses spent in mock time."""
    client = KlingClient(
        api_key=None if access_key else api_key,
        access_key=access_key,
        secret_key=secret_key,
        base_url=mock.base_url,
        session=mock.session,
        max_retries=2,
    )
    client._core.sleep = mock.sleep
    return client


@pytest.fixture
def client(mock: InProcessMock) -> KlingClient:
    return client_of(mock)
