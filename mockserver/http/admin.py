"""The admin API under /__mock/: health, reset, the clock, every task, the request journal,
callback deliveries, the fault plan, coverage, each account's usage of its limits, and the check of
the client's behaviour (``/verify``).

No authentication: it is a developer's control panel on a loopback mock. Answers are plain JSON
(not the Kling envelope) so they are never mistaken for API answers; a refused command is answered
in the envelope like any bad API request (400/1200 for a body that is not strict JSON, 400/1201
for an unknown key or a value outside ``mockserver.core.bounds``), so nothing unusable is ever
stored.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from flask import Blueprint, Response, current_app, request

from mockserver.core import accounts
from mockserver.core.bounds import MAX_LIST_LIMIT
from mockserver.core.clock import ClockError
from mockserver.core.errors import KlingError
from mockserver.core.fault_plan import FaultConfigError, FaultPlan
from mockserver.core.spec_index import Kind
from mockserver.core.state import FAULTS_SETTING, MockState
from mockserver.domain import limits
from mockserver.domain.lifecycle import Plan, status_at
from mockserver.http import degraded
from mockserver.http.current import current_state
from mockserver.http.responses import json_response
from mockserver.observers import behaviour, coverage
from mockserver.security.auth import key_account
from mockserver.storage.contract import redacted
from mockserver.validation import strict_json

bp = Blueprint("kling_admin", __name__, url_prefix="/__mock")
CLOCK_KEYS = ("freeze", "advance_ms", "speed")
RESET_KEYS = ("clock",)


def _bad(message: str) -> KlingError:
    return KlingError(1201, message)


def _payload(keys: tuple[str, ...], usage: str) -> dict[str, Any]:
    """The command's JSON object ({} without a body); unknown keys and non-objects are refused."""
    raw = request.get_data(cache=True)
    if not raw.strip():
        return {}
    try:
        payload = strict_json.parse(raw)
    except strict_json.BodyError as exc:
        raise KlingError(1200, str(exc)) from exc
    if not isinstance(payload, dict):
        raise _bad(f"send a JSON object: {usage}")
    unknown = sorted(set(payload) - set(keys))
    if unknown:
        raise _bad(f"unknown keys: {', '.join(unknown)} (known: {', '.join(keys)})")
    return payload


def _limit(default: int) -> int:
    """``?limit=``: a whole number from 1 to MAX_LIST_LIMIT, else 400/1201."""
    text = request.args.get("limit")
    if text is None:
        return default
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= MAX_LIST_LIMIT:
        raise _bad(f"limit must be a whole number from 1 to {MAX_LIST_LIMIT} (got {text!r})")
    return int(text)


def _account(state: MockState, owner: str | None) -> str | None:
    """The account id of ``?owner=``: an account id as stored, or a gateway key mapped to its
    account (gateway keys are stored hashed, so ``owner=demo-key`` finds ``key:...``)."""
    if not owner:
        return None
    with state.store.db.reading() as conn:
        known = set(limits.owners(conn))
    known |= set(state.settings.key_accounts.values()) | set(state.settings.jwt_secrets)
    known |= set(limits.active(state).accounts)
    if owner in known or owner.startswith(accounts.RESERVED_PREFIXES):
        return owner
    return key_account(state.settings, owner)


@bp.get("/health")
def health() -> Response:
    state = current_state()
    counts = {kind.value: sum(1 for _ in state.index.of_kind(kind)) for kind in Kind}
    problem = degraded.storage_problem(state.store.db)
    return json_response(
        {
            "status": "degraded" if problem else "ok",
            **({"storage": problem} if problem else {}),
            "operations": len(state.index.operations),
            "by_kind": counts,
            "db": redacted(state.settings.db),
            "seed": state.settings.seed,
            "clock": _clock_or_none(state),
        },
        503 if problem else 200,
    )


def _clock_or_none(state: MockState) -> dict[str, Any] | None:
    try:
        return state.clock.describe()
    except sqlite3.Error:  # a broken store: health still answers, with the reason
        return None


@bp.post("/reset")
def reset() -> Response:
    """Forget the state; ``{"clock": true}`` also puts the clock back to the configured speed and
    frozenness at real time now."""
    state = current_state()
    payload = _payload(RESET_KEYS, '{"clock": true} (or no body)')
    reset_clock = payload.get("clock", False)
    if not isinstance(reset_clock, bool):
        raise _bad("clock must be true or false")
    state.reset()
    answer: dict[str, Any] = {"status": "reset"}
    if reset_clock:
        answer["clock"] = state.clock.restart(state.settings.speed, state.settings.clock_frozen)
    return json_response(answer)


@bp.route("/clock", methods=["GET", "POST"])
def clock() -> Response:
    state = current_state()
    if request.method == "GET":
        return json_response(state.clock.describe())
    payload = _payload(CLOCK_KEYS, '{"freeze": true} | {"advance_ms": N} | {"speed": x}')
    freeze = payload.get("freeze")
    advance = payload.get("advance_ms", 0)
    speed = payload.get("speed")
    if freeze is not None and not isinstance(freeze, bool):
        raise _bad("freeze must be true or false")
    if isinstance(advance, bool) or not isinstance(advance, int | float) or advance < 0:
        raise _bad("advance_ms must be a number >= 0")
    try:
        described = state.clock.update(frozen=freeze, advance_ms=int(advance), speed=speed)
    except ClockError as exc:
        raise _bad(str(exc)) from exc
    if state.dispatcher is not None and state.dispatcher.has_open():
        described["callbacks_sent"] = state.dispatcher.pump(max_seconds=10.0, drain=True)
    return json_response(described)


@bp.get("/tasks")
def tasks() -> Response:
    state = current_state()
    now = state.clock.now_ms()
    limit = _limit(200)
    owner = _account(state, request.args.get("owner"))
    listed: list[dict[str, Any]] = []
    for record in state.store.tasks.recent(owner, limit=limit):
        status, updated_at = status_at(Plan.from_json(record.plan), record.created_at, now)
        listed.append(
            {
                "task_id": record.task_id,
                "operation_id": record.operation_id,
                "owner": record.owner,
                "external_task_id": record.external_task_id,
                "task_status": state.index.design_of(record.operation_id).word(status),
                "created_at": record.created_at,
                "updated_at": updated_at,
                "plan": record.plan,
            }
        )
    return json_response({"now_ms": now, "tasks": listed})


@bp.get("/journal")
def journal() -> Response:
    state = current_state()
    limit = _limit(50)
    return json_response({"entries": state.store.journal.recent(limit)})


@bp.get("/callbacks")
def callbacks() -> Response:
    """Every callback delivery (newest first) with its attempts; ?task_id= narrows it."""
    state = current_state()
    limit = _limit(200)
    task_id = request.args.get("task_id") or None
    found = (
        state.dispatcher.queue.deliveries(task_id, limit) if state.dispatcher is not None else []
    )
    return json_response({"deliveries": found})


def _admin_setting(key: str, parse: Callable[[Any], Any], error: type[Exception]) -> str:
    """A setting the admin API replaces for every worker and replica (POST/PUT: the body,
    parsed and kept as ``to_json`` gives it; DELETE: the configuration's again). Returns where
    the value in force comes from: ``admin`` or ``config``."""
    state = current_state()
    if request.method in ("POST", "PUT"):
        raw = request.get_data(cache=True)
        try:
            value = parse(strict_json.parse(raw) if raw.strip() else None)
        except strict_json.BodyError as exc:
            raise KlingError(1200, str(exc)) from exc
        except error as exc:
            raise _bad(str(exc)) from exc
        state.store.settings.put(key, value.to_json())
    elif request.method == "DELETE":
        state.store.settings.put(key, None)
    return "admin" if state.store.settings.get(key) is not None else "config"


@bp.route("/faults", methods=["GET", "POST", "PUT", "DELETE"])
def faults() -> Response:
    """The active fault plan; POST/PUT replaces it for every worker, DELETE restores the config."""
    source = _admin_setting(FAULTS_SETTING, FaultPlan.from_mapping, FaultConfigError)
    return json_response({"source": source, "plan": current_state().fault_plan().to_json()})


@bp.route("/limits", methods=["GET", "POST", "PUT", "DELETE"])
def account_limits() -> Response:
    """The active account limits (concurrency, balance, rate); POST/PUT replaces them for every
    worker and replica, DELETE restores the config's."""
    parse = limits.parse_for(current_state().index)
    source = _admin_setting(limits.LIMITS_SETTING, parse, limits.LimitConfigError)
    return json_response({"source": source, "limits": limits.active(current_state()).to_json()})


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
    """Per account and pack: slots held now, units used, and the configured limits.

    ``?owner=`` takes an account id or a gateway key (answered under its account id)."""
    state = current_state()
    now = state.clock.now_ms()
    wanted = _account(state, request.args.get("owner"))
    with state.store.db.reading() as conn:
        owners = [wanted] if wanted else limits.owners(conn)
        in_force = limits.active(state)
        accounts = {}
        for owner in owners:
            quota = in_force.of(owner)
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


MAX_POLL_INTERVAL_MS = 3_600_000


@bp.get("/verify")
def verify() -> Response:
    """What the clients did that a careful client of Kling does not
    (``mockserver.observers.behaviour``), per account;
    ``?min_poll_interval_ms=`` sets the fastest acceptable polling (default 1000)."""
    text = request.args.get("min_poll_interval_ms")
    interval = behaviour.DEFAULT_MIN_POLL_INTERVAL_MS
    if text is not None:
        if not (text.isascii() and text.isdigit()) or int(text) > MAX_POLL_INTERVAL_MS:
            raise _bad(
                f"min_poll_interval_ms must be a whole number from 0 to {MAX_POLL_INTERVAL_MS}"
            )
        interval = int(text)
    return json_response(behaviour.report(current_app, interval))
