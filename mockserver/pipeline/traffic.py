"""What happens to an API request before its handler: injected faults, then the rate limit.

Faults come first (a real gateway can time out before it looks at credentials): the active plan
(admin API, else config) draws latency and an error for the request, numbered across all workers
so a seeded run fails the same requests; an ``X-Mock-Fault`` header forces its own. The rate
limit counts the authenticated account's requests in SQLite, so it holds across workers.
"""

from __future__ import annotations

import time

from mockserver.core.clock import real_ms
from mockserver.core.fault_plan import Decision, FaultPlan, HeaderFaults, decide, with_header
from mockserver.core.state import MockState
from mockserver.domain import limits
from mockserver.validation.openapi_adapter import official_path

FAULT_COUNTER = "faults"


def applying(plan: FaultPlan, path: str) -> FaultPlan | None:
    """The fault plan if it applies to this path (official form), else None."""
    if plan.active and plan.applies_to(official_path(path)):
        return plan
    return None


def inject_faults(state: MockState, plan: FaultPlan | None, header: HeaderFaults | None) -> None:
    """Sleep and/or raise the error the faults decide for this request (``plan``: the plan when
    it applies to the request's path; ``header``: its X-Mock-Fault header)."""
    drawn = plan is not None and bool(plan.latency_ms or plan.errors)
    if not drawn and header is None:
        return
    seed = state.settings.seed
    draw = state.store.counters.next_number(FAULT_COUNTER) if drawn else 0
    decision = decide(plan, seed, draw) if plan is not None and drawn else Decision()
    if header is not None:
        decision = with_header(decision, header, seed, draw)
    if decision.delay_ms:
        time.sleep(decision.delay_ms / 1000)
    decision.raise_error()


def count_request(state: MockState, owner: str) -> None:
    """Count the request against the account's rate limit (429/1302 when over it)."""
    quota = limits.active(state).of(owner)
    if quota.rate_limit is None:
        return
    with state.store.db.transaction() as conn:
        limits.count_hit(conn, quota, owner, real_ms())
