"""What happens to an API request before its handler: injected faults, then the rate limit.

Faults come first (a real gateway can time out before it looks at credentials): the active plan
(admin API, else config) draws latency and an error for the request, numbered across all workers
so a seeded run fails the same requests; an ``X-Mock-Fault`` header forces its own. The rate
limit counts the authenticated account's requests in SQLite, so it holds across workers.
"""

from __future__ import annotations

import time

from flask import has_request_context, request

from mockserver.core.call import Call
from mockserver.core.clock import real_ms
from mockserver.core.fault_plan import Decision, FaultPlan, decide, with_header
from mockserver.core.state import MockState
from mockserver.domain import limits
from mockserver.validation.openapi_adapter import official_path

FAULT_COUNTER = "faults"
PLAN_OF_REQUEST = "kling_mock.fault_plan"  # a key of the request's WSGI environ


def request_plan(state: MockState) -> FaultPlan:
    """The fault plan, read from the store once per request (faults, then the create's task
    failures, ask for it), so an admin change is seen by the next request on every worker."""
    if not has_request_context():
        return state.fault_plan()
    plan: FaultPlan | None = request.environ.get(PLAN_OF_REQUEST)
    if plan is None:
        plan = request.environ[PLAN_OF_REQUEST] = state.fault_plan()
    return plan


def active_plan(state: MockState, call: Call) -> FaultPlan | None:
    """The fault plan if it applies to this call's path (official form), else None."""
    plan = request_plan(state)
    if plan.active and plan.applies_to(official_path(call.path)):
        return plan
    return None


def inject_faults(state: MockState, call: Call) -> None:
    """Sleep and/or raise the error the faults decide for this call."""
    header = call.fault_header
    plan = active_plan(state, call)
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
    quota = state.settings.limits.of(owner)
    if quota.rate_limit is None:
        return
    with state.store.db.transaction() as conn:
        limits.count_hit(conn, quota, owner, real_ms())
