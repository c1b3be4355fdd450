"""Task plans and the status they imply: submitted -> processing -> succeeded | failed.

A plan is fixed when the task is created (how long each phase lasts, how it ends, why it fails),
drawn from a RNG seeded by the mock's seed and the task id. The status is then a pure function
of the plan, the creation time and the mock clock, so any process answers the same.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Container
from dataclasses import dataclass
from typing import Any

from spec.designs import FAILED, FINISHED, PROCESSING, SUBMITTED, SUCCEEDED

#: How a task ends: a canonical finished status (spec.designs spells it per design).
Outcome = str
OUTCOMES: tuple[Outcome, ...] = FINISHED

POLICY_MESSAGE = "The input did not pass the content-security review; change the prompt or image."
FORCED_MESSAGE = "Generation failed (outcome forced by X-Mock-Outcome)."
RANDOM_MESSAGE = "Generation failed: the model could not render this request."
FAULT_MESSAGE = "Generation failed: internal error while processing (injected fault)."


def task_id_for(seed: int, seq: int, reserved: Container[str] = frozenset()) -> str:
    """An 18-digit decimal id, as live task ids are (2026-09-28), fixed by the seed and the
    creation order. An id in ``reserved`` (a replayed recording's) is never drawn: the next draw
    for the same ``seq`` is taken instead, so a simulated task never answers as a recorded one."""
    attempt = 0
    while True:
        salt = f"{seed}:{seq}" if attempt == 0 else f"{seed}:{seq}:{attempt}"
        digest = hashlib.blake2b(salt.encode(), digest_size=8).digest()
        drawn = str(10**17 + int.from_bytes(digest, "big") % (9 * 10**17))
        if drawn not in reserved:
            return drawn
        attempt += 1


@dataclass(frozen=True)
class Plan:
    submitted_ms: int
    processing_ms: int
    outcome: Outcome
    message: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "submitted_ms": self.submitted_ms,
            "processing_ms": self.processing_ms,
            "outcome": self.outcome,
            "message": self.message,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Plan:
        outcome: Outcome = FAILED if data.get("outcome") == FAILED else SUCCEEDED
        return cls(
            int(data["submitted_ms"]), int(data["processing_ms"]), outcome, data.get("message", "")
        )


def make_plan(
    *,
    seed: int,
    task_id: str,
    submitted_ms: int,
    processing_ms: int,
    failure_rate: float = 0.0,
    forced: Outcome | None = None,
    policy_hit: bool = False,
    immediate: bool = False,
    fault: bool = False,
) -> Plan:
    """Draw the plan of one task; forcing, the policy keyword and faults win over chance."""
    rng = random.Random(f"{seed}:{task_id}")
    submitted = round(submitted_ms * rng.uniform(0.75, 1.25))
    processing = round(processing_ms * rng.uniform(0.75, 1.25))
    unlucky = rng.random() < failure_rate
    if immediate:
        submitted = processing = 0
    if forced is not None:
        return Plan(submitted, processing, forced, FORCED_MESSAGE if forced == FAILED else "")
    if policy_hit:
        return Plan(submitted, processing, FAILED, POLICY_MESSAGE)
    if fault:
        return Plan(submitted, processing, FAILED, FAULT_MESSAGE)
    if unlucky:
        return Plan(submitted, processing, FAILED, RANDOM_MESSAGE)
    return Plan(submitted, processing, SUCCEEDED)


def done_at(plan: Plan, created_at: int) -> int:
    """The mock time the task reaches its outcome."""
    return created_at + plan.submitted_ms + plan.processing_ms


def status_at(plan: Plan, created_at: int, now: int) -> tuple[str, int]:
    """(canonical status, updated_at) at mock time ``now``; updated_at is the last transition."""
    processing_from = created_at + plan.submitted_ms
    finished = processing_from + plan.processing_ms
    if now >= finished:
        return plan.outcome, finished
    if now >= processing_from:
        return PROCESSING, processing_from
    return SUBMITTED, created_at


def status_changes(plan: Plan, created_at: int) -> list[tuple[str, int]]:
    """(status, mock time) of each change the plan implies; phases of no length are skipped.

    The same times ``status_at`` turns at, so a callback shows what a poll at that time shows.
    """
    changes: list[tuple[str, int]] = []
    if plan.submitted_ms > 0:
        changes.append((SUBMITTED, created_at))
    if plan.processing_ms > 0:
        changes.append((PROCESSING, created_at + plan.submitted_ms))
    changes.append((plan.outcome, done_at(plan, created_at)))
    return changes
