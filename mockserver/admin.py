"""The admin API under /__mock/: health, reset, the clock, every task, the request journal,
callback deliveries, the fault plan, coverage, and each account's usage of its limits.

No authentication: it is a developer's control panel on a loopback mock. Answers are plain JSON
(not the Kling envelope) so they are never mistaken for API answers.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, request

from . import coverage, limits
from .envelope import json_response
from .faults import FaultConfigError, FaultPlan
from .lifecycle import Plan, status_at
from .spec_index import Kind
from .state import FAULTS_SETTING, current_state

bp = Blueprint("kling_admin", __name__, url_prefix="/__mock")


def _bad(message: str) -> Response:
    return json_response({"error": message}, status=400)


@bp.get("/health")
def health() -> Response:
    state = current_state()
    counts = {kind.value: sum(1 for _ in state.index.of_kind(kind)) for kind in Kind}
    return json_response(
        {
            "status": "ok",
            "operations": len(state.index.operations),
            "by_kind": counts,
            "db": state.settings.db,
            "seed": state.settings.seed,
            "clock": state.clock.describe(),
        }
    )


@bp.post("/reset")
def reset() -> Response:
    current_state().reset()
    return json_response({"status": "reset"})


@bp.route("/clock", methods=["GET", "POST"])
def clock() -> Response:
    state = current_state()
    if request.method == "GET":
        return json_response(state.clock.describe())
    payload = request.get_json(silent=True)
    if not isinstance(payload, dict):
        return _bad('send a JSON object: {"freeze": true} | {"advance_ms": N} | {"speed": x}')
    freeze = payload.get("freeze")
    advance = payload.get("advance_ms", 0)
    speed = payload.get("speed")
    if freeze is not None and not isinstance(freeze, bool):
        return _bad("freeze must be true or false")
    if isinstance(advance, bool) or not isinstance(advance, int | float) or advance < 0:
        return _bad("advance_ms must be a number >= 0")
    if speed is not None and (
        isinstance(speed, bool) or not isinstance(speed, int | float) or speed < 0
    ):
        return _bad("speed must be a number >= 0")
    described = state.clock.update(
        frozen=freeze, advance_ms=int(advance), speed=None if speed is None else float(speed)
    )
    if state.dispatcher is not None and state.dispatcher.has_open():
        described["callbacks_sent"] = state.dispatcher.pump(max_seconds=10.0, drain=True)
    return json_response(described)


@bp.get("/tasks")
def tasks() -> Response:
    state = current_state()
    now = state.clock.now_ms()
    limit = request.args.get("limit", 200, type=int) or 200
    listed: list[dict[str, Any]] = []
    for record in state.store.tasks.recent(request.args.get("owner"), limit=limit):
        status, updated_at = status_at(Plan.from_json(record.plan), record.created_at, now)
        listed.append(
            {
                "task_id": record.task_id,
                "operation_id": record.operation_id,
                "owner": record.owner,
                "external_task_id": record.external_task_id,
                "task_status": status,
                "created_at": record.created_at,
                "updated_at": updated_at,
                "plan": record.plan,
            }
        )
    return json_response({"now_ms": now, "tasks": listed})


@bp.get("/journal")
def journal() -> Response:
    state = current_state()
    limit = request.args.get("limit", 50, type=int) or 50
    return json_response({"entries": state.store.journal.recent(limit)})


@bp.get("/callbacks")
def callbacks() -> Response:
    """Every callback delivery (newest first) with its attempts; ?task_id= narrows it."""
    state = current_state()
    limit = request.args.get("limit", 200, type=int) or 200
    task_id = request.args.get("task_id") or None
    found = (
        state.dispatcher.queue.deliveries(task_id, limit) if state.dispatcher is not None else []
    )
    return json_response({"deliveries": found})


@bp.route("/faults", methods=["GET", "POST", "PUT", "DELETE"])
def faults() -> Response:
    """The active fault plan; POST/PUT replaces it for every worker, DELETE restores the config."""
    state = current_state()
    if request.method in ("POST", "PUT"):
        try:
            plan = FaultPlan.from_mapping(request.get_json(silent=True))
        except FaultConfigError as exc:
            return _bad(str(exc))
        state.store.settings.put(FAULTS_SETTING, plan.to_json())
    elif request.method == "DELETE":
        state.store.settings.put(FAULTS_SETTING, None)
    stored = state.store.settings.get(FAULTS_SETTING) is not None
    return json_response(
        {"source": "admin" if stored else "config", "plan": state.fault_plan().to_json()}
    )


@bp.get("/coverage")
def coverage_report() -> Response:
    """Which operations and business codes the traffic exercised (and which it did not)."""
    state = current_state()
    operations = [
        coverage.OperationInfo(op.operation_id, op.method, op.path)
        for op in state.index.operations.values()
    ]
    return json_response(coverage.report(state.store.coverage.counts(), operations))


@bp.get("/usage")
def usage() -> Response:
    """Per account and pack: slots held now, units used, and the configured limits."""
    state = current_state()
    now = state.clock.now_ms()
    wanted = request.args.get("owner")
    with state.store.db.reading() as conn:
        owners = [wanted] if wanted else limits.owners(conn)
        accounts = {}
        for owner in owners:
            quota = state.settings.limits.of(owner)
            used = limits.pack_usage(conn, owner, now)
            packs = sorted(set(used) | set(quota.concurrency) | set(quota.balance))
            accounts[owner] = {
                pack: {
                    "slots_held": used.get(pack, (0, 0.0))[0],
                    "slot_limit": quota.concurrency.get(pack),
                    "units_used": used.get(pack, (0, 0.0))[1],
                    "balance": quota.balance.get(pack),
                }
                for pack in packs
            }
    return json_response({"now_ms": now, "accounts": accounts})
