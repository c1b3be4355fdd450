"""``KlingMock``: the in-process mock's handle (``InProcessMock``) plus the check of the client's
behaviour, as the pytest plugin's ``kling_mock`` fixture hands it out."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .testing import InProcessMock


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
