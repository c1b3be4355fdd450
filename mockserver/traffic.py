"""What happens to an API request before its handler: injected faults, then the rate limit.

Faults come first (a real gateway can time out before it looks at credentials): the active plan
(admin API, else config) draws latency and an error for the request, numbered across all workers
so a seeded run fails the same requests; an ``X-Mock-Fault`` header forces its own. The rate
limit counts the authenticated account's requests in SQLite, so it holds across workers.
"""

from __future__ import annotations

import time

from flask import g, request

from . import limits
from .callbacks import real_ms
from .faults import HEADER, Decision, FaultPlan, HeaderFaults, decide, parse_header, with_header
from .openapi_adapter import official_path
from .state import MockState

FAULT_COUNTER = "faults"


def header_faults() -> HeaderFaults | None:
    """The X-Mock-Fault header of the current request, parsed once (a bad one is 400/1201)."""
    if "kling_fault_header" not in g:
        value = request.headers.get(HEADER, "").strip()
        g.kling_fault_header = parse_header(value) if value else None
    found: HeaderFaults | None = g.kling_fault_header
    return found


def active_plan(state: MockState) -> FaultPlan | None:
    """The fault plan if it applies to this request's path (official form), else None."""
    plan = state.fault_plan()
    if plan.active and plan.applies_to(official_path(request.path)):
        return plan
    return None


def inject_faults(state: MockState) -> None:
    """Sleep and/or raise the error the faults decide for this request."""
    header = header_faults()
    plan = active_plan(state)
    drawn = plan is not None and bool(plan.latency_ms or plan.errors)
    if not drawn and header is None:
        return
    seed = state.settings.seed
    draw = state.store.next_number(FAULT_COUNTER) if drawn else 0
    decision = decide(plan, seed, draw) if plan is not None and drawn else Decision()
    if header is not None:
        decision = with_header(decision, header, seed, draw)
    if decision.delay_ms:
        time.sleep(decision.delay_ms / 1000)
    decision.raise_error()


def count_request(state: MockState, owner: str) -> None:
    """Count the request against the account's rate limit (429/1302 when over it)."""
    quota = state.settings.limits.of(owner)
    if quota.rate_limit is None:
        return
    with state.store.transaction() as conn:
        limits.count_hit(conn, quota, owner, real_ms())
