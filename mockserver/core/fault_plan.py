"""Fault injection: added latency, a share of requests answered with an error, failing tasks.

A fault plan comes from the config file (``KLING_FAULTS``), can be replaced at run time through
the admin API (it is kept in the store, so every worker process applies the same plan), and can
be narrowed for one request with the ``X-Mock-Fault`` header. Each draw uses a RNG seeded by the
mock's seed and the number of the request among those the faults have seen, so a run with the
same seed and the same request order fails the same requests.

Plan keys (all optional):
  latency_ms        a number, or [low, high] for a uniform draw in that range
  errors            {"500": share, "503": share, "504": share, "429": share} (an HTTP status of
                    the four above, or any business code such as 5001 or 1303) -> share of requests
  task_failure_rate share of created tasks that end ``failed`` after processing
  paths             glob patterns of request paths the plan applies to (default: every API path)
  retry_after_s     {"429": 2, "503": 30}: send ``Retry-After: <seconds>`` with that injected
                    error (429 and 503 answers only). Off by default: Kling documents no
                    Retry-After (its advice is exponential backoff from 1 s), so the mock sends
                    one only when asked, to exercise a client's Retry-After handling.
  quirks            {"data_array": share, ...}: the real API's quirks (``mockserver.faults.quirks``
                    lists them with their sources), each drawn with its share per request (per
                    task for the quirks of a task)
  asset_ttl_s       result URLs answer 403 this many seconds (mock time) after the task finished
Header: ``X-Mock-Fault: error=503, latency=200`` (or ``latency=100-300``, ``task=fail``,
``retry_after=5``, ``quirk=data_array``; ``quirk=`` may repeat).
"""

from __future__ import annotations

import fnmatch
import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mockserver.core.bounds import MAX_FAULT_PATH_CHARS, MAX_FAULT_PATHS, MAX_RETRY_AFTER_S
from mockserver.core.errors import STATUS_OF_CODE, KlingError, meaning

HEADER = "X-Mock-Fault"
HTTP_ALIASES = {500: 5000, 503: 5001, 504: 5002, 429: 1302}
MAX_LATENCY_MS = 60_000
KEYS = (
    "latency_ms",
    "errors",
    "task_failure_rate",
    "paths",
    "retry_after_s",
    "quirks",
    "asset_ttl_s",
)
#: The real API's quirks the mock can play (see ``mockserver.faults.quirks`` for what each does).
QUIRKS = (
    "data_array",
    "signature_invalid",
    "failed_succeed",
    "unknown_status",
    "never_finishes",
    "asset_expired",
    "callbacks_late",
    "callbacks_duplicated",
    "callbacks_out_of_order",
)
MAX_ASSET_TTL_S = 86_400 * 31
RETRY_AFTER_STATUSES = (429, 503)


class FaultConfigError(ValueError):
    """A fault plan that cannot be applied; the message says which key and why."""


def _share(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise FaultConfigError(f"{what} must be a number between 0 and 1")
    return float(value)


def business_code(key: Any) -> int:
    """An HTTP status among the four aliases, or a known business code, as a business code."""
    try:
        number = int(str(key).strip())
    except ValueError as exc:
        raise FaultConfigError(f"unknown error {key!r}: use 500, 503, 504, 429 or a code") from exc
    number = HTTP_ALIASES.get(number, number)
    if number not in STATUS_OF_CODE:
        raise FaultConfigError(f"unknown error {key!r}: use 500, 503, 504, 429 or a code")
    return number


def _latency(value: Any) -> tuple[int, int] | None:
    if value is None:
        return None
    if isinstance(value, str) and "-" in value.strip("-"):
        low_text, _, high_text = value.partition("-")
        value = [low_text, high_text]
    parts = list(value) if isinstance(value, list | tuple) else [value, value]
    try:
        low, high = (int(float(str(part))) for part in parts)
    except (TypeError, ValueError, OverflowError) as exc:
        raise FaultConfigError("latency_ms must be a number or [low, high]") from exc
    if len(parts) != 2 or not 0 <= low <= high <= MAX_LATENCY_MS:
        raise FaultConfigError(f"latency_ms must be within 0..{MAX_LATENCY_MS} and low <= high")
    return low, high


def retry_after_seconds(code: int, value: Any) -> int:
    """Whole seconds of Retry-After for an injected error whose status is 429 or 503."""
    if STATUS_OF_CODE[code] not in RETRY_AFTER_STATUSES:
        raise FaultConfigError(f"Retry-After is sent with 429 and 503 answers only, not {code}")
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_RETRY_AFTER_S:
        raise FaultConfigError(f"retry_after_s must be whole seconds from 0 to {MAX_RETRY_AFTER_S}")
    return value


def _paths(raw: Any) -> tuple[str, ...]:
    paths = () if raw is None else raw
    if not isinstance(paths, list | tuple) or not all(isinstance(p, str) for p in paths):
        raise FaultConfigError("paths must be a list of glob patterns")
    if len(paths) > MAX_FAULT_PATHS or any(len(p) > MAX_FAULT_PATH_CHARS for p in paths):
        raise FaultConfigError(
            f"paths takes at most {MAX_FAULT_PATHS} patterns of {MAX_FAULT_PATH_CHARS} characters"
        )
    return tuple(paths)


def quirk_name(name: Any) -> str:
    text = str(name).strip().lower()
    if text not in QUIRKS:
        raise FaultConfigError(f"unknown quirk {name!r}: use one of {', '.join(QUIRKS)}")
    return text


def _quirks(raw: Any) -> dict[str, float]:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise FaultConfigError('quirks must map a quirk to a share, e.g. {"data_array": 0.1}')
    return {quirk_name(k): _share(v, f"quirks.{k}") for k, v in raw.items()}


def _ttl(raw: Any) -> int | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int) or not 0 <= raw <= MAX_ASSET_TTL_S:
        raise FaultConfigError(f"asset_ttl_s must be whole seconds from 0 to {MAX_ASSET_TTL_S}")
    return raw


@dataclass(frozen=True)
class FaultPlan:
    latency_ms: tuple[int, int] | None = None
    errors: Mapping[int, float] = field(default_factory=dict)
    task_failure_rate: float | None = None
    paths: tuple[str, ...] = ()
    retry_after_s: Mapping[int, int] = field(default_factory=dict)
    quirks: Mapping[str, float] = field(default_factory=dict)
    asset_ttl_s: int | None = None

    @classmethod
    def from_mapping(cls, raw: Any) -> FaultPlan:
        if raw is None:
            return cls()
        if not isinstance(raw, Mapping):
            raise FaultConfigError("a fault plan is an object with " + ", ".join(KEYS))
        unknown = sorted(set(raw) - set(KEYS))
        if unknown:
            raise FaultConfigError(f"unknown fault keys: {', '.join(unknown)}")
        errors_raw = raw.get("errors") or {}
        if not isinstance(errors_raw, Mapping):
            raise FaultConfigError('errors must map a status to a share, e.g. {"503": 0.1}')
        errors = {business_code(k): _share(v, f"errors.{k}") for k, v in errors_raw.items()}
        if sum(errors.values()) > 1 + 1e-9:
            raise FaultConfigError("the error shares add up to more than 1")
        rate = raw.get("task_failure_rate")
        retry_raw = raw.get("retry_after_s") or {}
        if not isinstance(retry_raw, Mapping):
            raise FaultConfigError('retry_after_s must map a status to seconds, e.g. {"429": 2}')
        retry_after = {business_code(k): v for k, v in retry_raw.items()}
        return cls(
            latency_ms=_latency(raw.get("latency_ms")),
            errors=errors,
            task_failure_rate=None if rate is None else _share(rate, "task_failure_rate"),
            paths=_paths(raw.get("paths")),
            retry_after_s={code: retry_after_seconds(code, v) for code, v in retry_after.items()},
            quirks=_quirks(raw.get("quirks")),
            asset_ttl_s=_ttl(raw.get("asset_ttl_s")),
        )

    @property
    def active(self) -> bool:
        return bool(
            self.latency_ms
            or self.errors
            or self.task_failure_rate
            or self.quirks
            or self.asset_ttl_s is not None
        )

    def applies_to(self, path: str) -> bool:
        return not self.paths or any(fnmatch.fnmatchcase(path, pattern) for pattern in self.paths)

    def to_json(self) -> dict[str, Any]:
        """The plan as the admin API shows it (``quirks`` and ``asset_ttl_s`` only when set)."""
        return {
            "latency_ms": list(self.latency_ms) if self.latency_ms else None,
            "errors": {str(code): share for code, share in self.errors.items()},
            "task_failure_rate": self.task_failure_rate,
            "paths": list(self.paths),
            "retry_after_s": {str(code): seconds for code, seconds in self.retry_after_s.items()},
            **({"quirks": dict(self.quirks)} if self.quirks else {}),
            **({"asset_ttl_s": self.asset_ttl_s} if self.asset_ttl_s is not None else {}),
        }


@dataclass(frozen=True)
class HeaderFaults:
    """What one request asks for in X-Mock-Fault: always-on, not drawn."""

    latency_ms: tuple[int, int] | None = None
    error: int | None = None
    fail_task: bool = False
    retry_after_s: int | None = None
    quirks: frozenset[str] = frozenset()


def parse_header(value: str) -> HeaderFaults:
    """``error=503, latency=100-300, task=fail, retry_after=5``; a bad header is a 400/1201."""
    latency: tuple[int, int] | None = None
    error: int | None = None
    fail_task = False
    retry_after: str | None = None
    seconds: int | None = None
    quirks: set[str] = set()
    try:
        for item in value.replace(";", ",").split(","):
            key, _, setting = item.strip().partition("=")
            key, setting = key.strip().lower(), setting.strip()
            if not key:
                continue
            if key == "error":
                error = business_code(setting)
            elif key in ("latency", "latency_ms"):
                latency = _latency(setting)
            elif key == "task" and setting.lower() in ("fail", "failed"):
                fail_task = True
            elif key == "fail" and not setting:
                fail_task = True
            elif key in ("retry_after", "retry-after"):
                retry_after = setting
            elif key == "quirk":
                quirks.add(quirk_name(setting))
            else:
                raise FaultConfigError(f"unknown item {item.strip()!r}")
        if retry_after is not None:
            if error is None:
                raise FaultConfigError("retry_after needs an error=429 or error=503")
            seconds = retry_after_seconds(error, retry_after)
    except FaultConfigError as exc:
        raise KlingError(
            1201,
            f"{HEADER} must look like 'error=503, latency=100-300, task=fail, quirk=data_array': "
            f"{exc}",
        ) from exc
    fail_task = fail_task or "failed_succeed" in quirks
    return HeaderFaults(latency, error, fail_task, seconds, frozenset(quirks))


@dataclass(frozen=True)
class Decision:
    """What to do to one request: wait this long, then answer with this error (or go on)."""

    delay_ms: int = 0
    error: int | None = None
    retry_after_s: int | None = None

    def raise_error(self) -> None:
        if self.error is not None:
            message = f"{meaning(self.error) or 'error'} (injected fault)"
            raise InjectedFault(self.error, message, self.retry_after_s)


class InjectedFault(KlingError):
    """An injected error answer, with ``Retry-After`` when the plan or header asks for one."""

    def __init__(self, code: int, message: str, retry_after_s: int | None = None) -> None:
        super().__init__(code, message)
        self.retry_after_s = retry_after_s

    @property
    def headers(self) -> dict[str, str]:
        if self.retry_after_s is None:
            return {}
        return {"Retry-After": str(self.retry_after_s)}


def decide(plan: FaultPlan, seed: int, draw: int) -> Decision:
    """The faults of the ``draw``-th request the plan has seen, the same for the same seed."""
    rng = random.Random(f"{seed}:fault:{draw}")
    delay = rng.randint(*plan.latency_ms) if plan.latency_ms else 0
    pick = rng.random()
    error = None
    for code, share in sorted(plan.errors.items()):
        if pick < share:
            error = code
            break
        pick -= share
    return Decision(delay, error, None if error is None else plan.retry_after_s.get(error))


def task_fails(plan: FaultPlan, seed: int, task_id: str) -> bool:
    """Whether the plan makes this task fail after processing (drawn per task id)."""
    rate = max(plan.task_failure_rate or 0.0, plan.quirks.get("failed_succeed", 0.0))
    if not rate:
        return False
    return random.Random(f"{seed}:fault-task:{task_id}").random() < rate


def with_header(decision: Decision, header: HeaderFaults, seed: int, draw: int) -> Decision:
    """The header's faults win over the drawn ones (a latency range is drawn like the plan's)."""
    rng = random.Random(f"{seed}:fault-header:{draw}")
    delay = rng.randint(*header.latency_ms) if header.latency_ms else None
    delay_ms = decision.delay_ms if delay is None else delay
    if header.error is None:
        return Decision(delay_ms, decision.error, decision.retry_after_s)
    return Decision(delay_ms, header.error, header.retry_after_s)
