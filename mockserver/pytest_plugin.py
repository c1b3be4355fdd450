"""pytest fixtures for projects that test their own code against the mock: ``kling_mock``,
``kling_client`` and ``kling_async_client``. Installed with kling-contract and loaded by the
``pytest11`` entry point, so a test only has to name them; no conftest code.

Each test gets its own mock (in-memory state, so no run meets an earlier run's
``external_task_id``). The clock is frozen by default and moves only when the test advances it
or when ``kling_client`` pauses (between polls, before a retry): such a pause is spent in mock
time, so ``create_and_wait`` returns at once and deterministically. Options, by precedence:

    @pytest.mark.kling_mock(frozen=False, speed=500.0, config={"KLING_FAILURE_RATE": 0.5})
    [tool.pytest.ini_options] kling_mock_frozen = false / kling_mock_speed = 500

Heavy imports (Flask, the spec) happen when a fixture is first used, not when pytest starts.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from kling_client import AsyncKlingClient, KlingClient

    from mockserver.testing import KlingMock

MARKER = "kling_mock"
OPTIONS = frozenset({"speed", "frozen", "config"})


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "kling_mock_speed", "mock time per real time of the kling_mock clock", "string", "1000"
    )
    parser.addini("kling_mock_frozen", "start the kling_mock clock frozen", "bool", True)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(speed=1000.0, frozen=True, config={{}}): options of the kling_mock fixture",
    )


def _options(request: pytest.FixtureRequest) -> dict[str, Any]:
    """The mock's options: the ini file's (or their defaults), then the closest marker's."""
    options: dict[str, Any] = {
        "speed": float(request.config.getini("kling_mock_speed")),
        "frozen": bool(request.config.getini("kling_mock_frozen")),
    }
    marker = request.node.get_closest_marker(MARKER)
    if marker is not None:
        unknown = set(marker.kwargs) - OPTIONS
        if marker.args or unknown:
            raise pytest.UsageError(
                f"@pytest.mark.{MARKER} takes only the keywords {sorted(OPTIONS)}; "
                f"got {list(marker.args) + sorted(unknown)}"
            )
        options.update(marker.kwargs)
    return options


@pytest.fixture
def kling_mock(request: pytest.FixtureRequest) -> Iterator[KlingMock]:
    """A fresh in-process Kling mock and its admin handle (advance, reset, faults, journal, ...,
    ``verify()`` and ``assert_well_behaved()`` for the check of the client's behaviour)."""
    from mockserver.testing import KlingMock

    mock = KlingMock.start(**_options(request))
    yield mock
    mock.close()


@pytest.fixture
def kling_client(kling_mock: KlingMock) -> Iterator[KlingClient]:
    """The generated client wired to ``kling_mock`` in-process; its pauses advance mock time."""
    from kling_client import KlingClient

    client = KlingClient(
        api_key="kling-mock-test", base_url=kling_mock.base_url, session=kling_mock.session
    )
    client._core.sleep = kling_mock.sleep
    yield client


@pytest.fixture
def kling_async_client(kling_mock: KlingMock) -> Iterator[AsyncKlingClient]:
    """``AsyncKlingClient`` wired to ``kling_mock`` in-process (httpx, no socket); its pauses
    advance mock time. Use it from ``async`` code (e.g. ``asyncio.run`` in the test)."""
    from kling_client import AsyncKlingClient

    client = AsyncKlingClient(
        api_key="kling-mock-test", base_url=kling_mock.base_url, http_client=kling_mock.async_http()
    )
    client._core.sleep = kling_mock.async_sleep
    yield client
