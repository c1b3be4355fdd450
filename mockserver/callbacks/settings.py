"""How callbacks are sent: allow-list, secret, retry policy, timeouts, parallelism."""

from __future__ import annotations

from dataclasses import dataclass, field

from .allowlist import AllowList


@dataclass(frozen=True)
class CallbackSettings:
    allow: AllowList = field(default_factory=lambda: AllowList.parse(None))
    secret: str | None = None
    max_attempts: int = 5
    backoff_ms: int = 500
    max_backoff_ms: int = 60_000
    timeout_s: float = 5.0
    #: A claim leases each delivery of its batch for ``timeout_s`` plus this: past the lease, a
    #: delivery whose sender died (a killed replica or worker) is claimed again by another.
    lease_slack_ms: int = 5000
    poll_ms: int = 50
    parallel: int = 4
    verify: bool | str = True  # requests' verify= for https receivers (mockserver.security.tls)

    def backoff(self, attempts: int) -> int:
        """Real milliseconds to wait after the ``attempts``-th failed attempt (doubling, capped)."""
        return int(min(self.max_backoff_ms, self.backoff_ms * 2 ** max(attempts - 1, 0)))

    @property
    def lease_ms(self) -> int:
        """Real milliseconds one claimed delivery stays leased to its claimer."""
        return int(self.timeout_s * 1000) + self.lease_slack_ms
