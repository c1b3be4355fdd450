"""Targets for the contract tests: the mock (always, in-process) and the real API (only with
``make contract`` and credentials in the environment).

The real target needs ``KLING_CONTRACT_BASE_URL`` (e.g. https://api-singapore.klingai.com or
https://api.cometapi.com/kling) and ``KLING_API_KEY``, or ``KLING_ACCESS_KEY`` and
``KLING_SECRET_KEY``. ``make test`` deselects it (``-m "not contract"``), so it never touches the
network; ``make contract`` selects only it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from kling_client import KlingClient

from mockserver import create_app
from mockserver.testing import session_for

REAL_HELP = (
    "contract tests against the real API need KLING_CONTRACT_BASE_URL and KLING_API_KEY "
    "(or KLING_ACCESS_KEY and KLING_SECRET_KEY); skipping the real target"
)


def real_client() -> KlingClient:
    base_url = os.environ.get("KLING_CONTRACT_BASE_URL")
    has_key = os.environ.get("KLING_API_KEY") or (
        os.environ.get("KLING_ACCESS_KEY") and os.environ.get("KLING_SECRET_KEY")
    )
    if not base_url or not has_key:
        pytest.skip(REAL_HELP)
    return KlingClient(base_url=base_url)


@pytest.fixture(
    params=[pytest.param("mock"), pytest.param("real", marks=pytest.mark.contract)],
)
def target(request: pytest.FixtureRequest) -> Iterator[KlingClient]:
    """A client for the mock (in-process, no sockets) or for the real API."""
    if request.param == "real":
        yield real_client()
        return
    app = create_app({"KLING_DB": ":memory:", "KLING_SPEED": 1000.0})
    yield KlingClient(
        api_key="contract-key", base_url="http://127.0.0.1:4010", session=session_for(app)
    )


@pytest.fixture
def poll_interval(target: KlingClient) -> float:
    """Poll fast against the mock, politely against the real API."""
    return 0.01 if "127.0.0.1" in target.base_url else 5.0
