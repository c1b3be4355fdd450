"""Account limits: concurrency slots, resource-pack balances, request rate, content rules.

Every limit is per account and, for slots and units, per resource-pack type (image, video,
try_on, ...), as x-kling-task's ``pack`` names it. Nothing is a counter: a task's usage row is
written in the same SQLite transaction that admits it, with the mock time it ends at, and the
live count is a query (``done_at > now``). Admission holds the account (``storage.contract
.serialize``: SQLite's BEGIN IMMEDIATE, a PostgreSQL advisory lock), so several worker processes
or replicas can never admit past a limit together, and no count drifts across them.

Balance: a task reserves its units when it is submitted; a task that fails gives them back when
it fails (the API bills failed tasks 0). Rate: requests of an account in a sliding window of
real time, one row per admitted request, pruned as it goes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from mockserver.core.bounds import MAX_RATE_LIMIT, MAX_RATE_WINDOW_MS, MAX_SLOTS, MAX_UNITS, within
from mockserver.core.errors import KlingError
from mockserver.domain.results import ResultContext, units
from mockserver.storage.contract import Conn, serialize
from spec.engine.rules import field_values
from spec.operations import Kind

if TYPE_CHECKING:
    from mockserver.core.spec_index import SpecIndex
    from mockserver.core.state import MockState

CONCURRENCY_MESSAGE = "parallel task over resource pack limit"
BALANCE_MESSAGE = "resource pack exhausted: not enough units left for this task"
RATE_MESSAGE = "request rate over the limit; slow down"
CONTENT_MESSAGE = "the request did not pass the content-security review"

SCHEMA = """
CREATE TABLE IF NOT EXISTS usage (
    task_id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    pack TEXT NOT NULL,
    slots INTEGER NOT NULL,
    units REAL NOT NULL,
    done_at INTEGER NOT NULL,
    failed INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS usage_live ON usage(owner, pack, done_at);
CREATE TABLE IF NOT EXISTS hits (owner TEXT NOT NULL, at_ms INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS hits_by_owner ON hits(owner, at_ms);
"""
TABLES = ("usage", "hits")
#: The settings row of the limits set through the admin API (``/__mock/limits``).
LIMITS_SETTING = "limits"


N = TypeVar("N", int, float)


class LimitConfigError(ValueError):
    """A limit in the configuration cannot be used."""


def _whole(value: Any, what: str, low: int, high: int) -> int:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not within(value, low, high)
        or value != int(value)
    ):
        raise LimitConfigError(f"{what} must be a whole number from {low:,} to {high:,}")
    return int(value)


def _units(value: Any, what: str) -> float:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not within(value, 0, MAX_UNITS)
    ):
        raise LimitConfigError(f"{what} must be a number from 0 to {MAX_UNITS:,.0f}")
    return float(value)


def _slots(value: Any, what: str) -> int:
    return _whole(value, what, 0, MAX_SLOTS)


def _per_pack(value: Any, what: str, read: Callable[[Any, str], N]) -> dict[str, N]:
    """Pack type -> its amount as ``read`` takes it (``_slots``, ``_units``); None: no pack."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise LimitConfigError(f"{what} must map pack types to numbers, e.g. {{video = 2}}")
    return {str(pack): read(amount, f"{what}.{pack}") for pack, amount in value.items()}


@dataclass(frozen=True)
class Quota:
    """The limits of one account; an absent pack or None means unlimited."""

    concurrency: Mapping[str, int] = field(default_factory=dict)
    balance: Mapping[str, float] = field(default_factory=dict)
    rate_limit: int | None = None
    rate_window_ms: int = 1000

    @classmethod
    def from_parts(
        cls,
        concurrency: Any = None,
        balance: Any = None,
        rate_limit: Any = None,
        rate_window_ms: Any = 1000,
    ) -> Quota:
        slots = _per_pack(concurrency, "concurrency", _slots)
        rate = None if rate_limit is None else _whole(rate_limit, "rate_limit", 1, MAX_RATE_LIMIT)
        window = _whole(rate_window_ms, "rate_window_ms", 1, MAX_RATE_WINDOW_MS)
        return cls(slots, _per_pack(balance, "balance", _units), rate, window)

    def to_json(self) -> dict[str, Any]:
        """The quota as ``Limits.from_mapping`` reads it back."""
        return {
            "concurrency": dict(self.concurrency),
            "balance": dict(self.balance),
            "rate_limit": self.rate_limit,
            "rate_window_ms": self.rate_window_ms,
        }

    def merged(self, override: Mapping[str, Any]) -> Quota:
        """This quota with an account's own values on top (pack by pack)."""
        unknown = set(override) - {"concurrency", "balance", "rate_limit", "rate_window_ms"}
        if unknown:
            raise LimitConfigError(f"unknown account limit keys: {', '.join(sorted(unknown))}")
        return Quota.from_parts(
            {**self.concurrency, **_per_pack(override.get("concurrency"), "concurrency", _slots)},
            {**self.balance, **_per_pack(override.get("balance"), "balance", _units)},
            override.get("rate_limit", self.rate_limit),
            override.get("rate_window_ms", self.rate_window_ms),
        )


@dataclass(frozen=True)
class Limits:
    """The default quota and the accounts that have their own."""

    default: Quota = field(default_factory=Quota)
    accounts: Mapping[str, Quota] = field(default_factory=dict)

    @classmethod
    def from_config(
        cls,
        concurrency: Any = None,
        balance: Any = None,
        rate_limit: Any = None,
        rate_window_ms: Any = 1000,
        accounts: Any = None,
    ) -> Limits:
        default = Quota.from_parts(concurrency, balance, rate_limit, rate_window_ms)
        if accounts is not None and not isinstance(accounts, Mapping):
            raise LimitConfigError("accounts must map account ids to their limits")
        own = {}
        for account, override in (accounts or {}).items():
            if not isinstance(override, Mapping):
                raise LimitConfigError(f"the limits of account {account} must be a table")
            try:
                own[str(account)] = default.merged(override)
            except LimitConfigError as exc:
                raise LimitConfigError(f"account {account}: {exc}") from None
        return cls(default, own)

    @classmethod
    def from_mapping(cls, value: Any) -> Limits:
        """Limits as the admin API takes them: the default quota's keys (``concurrency``,
        ``balance``, ``rate_limit``, ``rate_window_ms``) and ``accounts`` with their own."""
        if not isinstance(value, Mapping):
            raise LimitConfigError("send a JSON object of limits")
        keys = {"concurrency", "balance", "rate_limit", "rate_window_ms", "accounts"}
        unknown = set(value) - keys
        if unknown:
            raise LimitConfigError(
                f"unknown keys: {', '.join(sorted(unknown))} (known: {', '.join(sorted(keys))})"
            )
        return cls.from_config(
            value.get("concurrency"),
            value.get("balance"),
            value.get("rate_limit"),
            value.get("rate_window_ms", 1000),
            value.get("accounts"),
        )

    def to_json(self) -> dict[str, Any]:
        """The limits as ``from_mapping`` reads them back (each account's whole quota)."""
        return {
            **self.default.to_json(),
            "accounts": {account: quota.to_json() for account, quota in self.accounts.items()},
        }

    def of(self, owner: str) -> Quota:
        return self.accounts.get(owner, self.default)

    @property
    def rate_limited(self) -> bool:
        quotas = [self.default, *self.accounts.values()]
        return any(quota.rate_limit is not None for quota in quotas)


def packs_of(index: SpecIndex) -> frozenset[str]:
    """The pack types a task can be charged to: those of the spec's create operations."""
    return frozenset(op.task.pack for op in index.of_kind(Kind.CREATE))


def unknown_packs(found: Limits, known: frozenset[str]) -> str | None:
    """Why ``found`` names a pack no task is charged to (a limit on it would limit nothing)."""
    named = {
        pack
        for quota in (found.default, *found.accounts.values())
        for pack in (*quota.concurrency, *quota.balance)
    }
    unknown = sorted(named - known)
    if not unknown:
        return None
    return (
        f"no operation is charged to pack {', '.join(unknown)} (packs: {', '.join(sorted(known))})"
    )


def parse_for(index: SpecIndex) -> Callable[[Any], Limits]:
    """The admin API's reader of limits: ``Limits.from_mapping``, refusing unknown packs."""
    known = packs_of(index)

    def parse(value: Any) -> Limits:
        found = Limits.from_mapping(value)
        why = unknown_packs(found, known)
        if why is not None:
            raise LimitConfigError(why)
        return found

    return parse


def active(state: MockState) -> Limits:
    """The limits set through the admin API (in force for every worker and replica), else the
    configured ones."""
    found: Limits = state.overridden(
        LIMITS_SETTING, state.settings.limits, Limits.from_mapping, LimitConfigError
    )
    return found


@dataclass(frozen=True)
class Charge:
    """What one task takes from its account while it lives: slots of a pack, and units."""

    pack: str
    slots: int
    units: float


def charge_for(ctx: ResultContext) -> Charge:
    """The charge of a task from its x-kling-task (pack, slots, units) and its request body.

    ``slots`` is a number or the body field that gives it; when that field is the count field,
    the count the result will have is used (so an omni-image series holds as many slots as it
    makes images).
    """
    task = ctx.task
    declared = task.slots
    if isinstance(declared, str):
        if declared == task.count_field:
            slots = ctx.count
        else:
            value = ctx.body.get(declared)
            slots = int(value) if isinstance(value, int | float) else 1
    else:
        slots = int(declared)
    return Charge(task.pack, max(1, slots), float(units(ctx) or 0))


def live_slots(conn: Conn, owner: str, pack: str, now: int) -> int:
    """Slots held by the owner's tasks of this pack that have not ended at mock time ``now``."""
    (held,) = conn.execute(
        "SELECT COALESCE(SUM(slots), 0) FROM usage WHERE owner = ? AND pack = ? AND done_at > ?",
        (owner, pack, now),
    ).fetchone()
    return int(held)


def used_units(conn: Conn, owner: str, pack: str, now: int) -> float:
    """Units reserved or spent: every task of the pack except those that have failed by ``now``."""
    (used,) = conn.execute(
        "SELECT COALESCE(SUM(units), 0) FROM usage WHERE owner = ? AND pack = ? "
        "AND NOT (failed = 1 AND done_at <= ?)",
        (owner, pack, now),
    ).fetchone()
    return float(used)


def admit(conn: Conn, quota: Quota, owner: str, charge: Charge, now: int) -> None:
    """Raise 1303 or 1102 when the task does not fit; call inside the creating transaction.
    The account is held (``serialize``) only when its pack has a limit to check."""
    limit = quota.concurrency.get(charge.pack)
    total = quota.balance.get(charge.pack)
    if limit is None and total is None:
        return
    serialize(conn, f"account:{owner}")
    if limit is not None and live_slots(conn, owner, charge.pack, now) + charge.slots > limit:
        raise KlingError(1303, CONCURRENCY_MESSAGE)
    if total is not None:
        remaining = total - used_units(conn, owner, charge.pack, now)
        if remaining <= 0 or charge.units > remaining + 1e-9:
            raise KlingError(1102, BALANCE_MESSAGE)


def record(
    conn: Conn,
    task_id: str,
    owner: str,
    charge: Charge,
    done_at: int,
    failed: bool,
) -> None:
    """Remember what the task holds until ``done_at`` (and whether its units come back then)."""
    conn.execute(
        "INSERT INTO usage VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(task_id) DO UPDATE SET"
        " owner = excluded.owner, pack = excluded.pack, slots = excluded.slots,"
        " units = excluded.units, done_at = excluded.done_at, failed = excluded.failed",
        (task_id, owner, charge.pack, charge.slots, charge.units, done_at, int(failed)),
    )


def count_hit(conn: Conn, quota: Quota, owner: str, real_now: int) -> None:
    """Count one request of the owner, or raise 1302 when the window is full (not counted)."""
    if quota.rate_limit is None:
        return
    start = real_now - quota.rate_window_ms
    serialize(conn, f"account:{owner}")
    conn.execute("DELETE FROM hits WHERE owner = ? AND at_ms <= ?", (owner, start))
    (seen,) = conn.execute(
        "SELECT COUNT(*) FROM hits WHERE owner = ? AND at_ms > ?", (owner, start)
    ).fetchone()
    if seen >= quota.rate_limit:
        raise KlingError(1302, RATE_MESSAGE)
    conn.execute("INSERT INTO hits VALUES (?, ?)", (owner, real_now))


def pack_usage(conn: Conn, owner: str, now: int) -> dict[str, tuple[int, float]]:
    """pack -> (live slots, units used) for every pack the owner has used."""
    rows = conn.execute(
        "SELECT pack, COALESCE(SUM(CASE WHEN done_at > ? THEN slots ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN failed = 1 AND done_at <= ? THEN 0 ELSE units END), 0) "
        "FROM usage WHERE owner = ? GROUP BY pack",
        (now, now, owner),
    ).fetchall()
    return {str(pack): (int(slots), float(units)) for pack, slots, units in rows}


def owners(conn: Conn) -> list[str]:
    """Every account that has created a task."""
    return [str(row[0]) for row in conn.execute("SELECT DISTINCT owner FROM usage ORDER BY owner")]


# ----------------------------------------------------------------------------- content rules
@dataclass(frozen=True)
class ContentRule:
    """A content-security rule: a regular expression searched in some (or all) string fields."""

    pattern: re.Pattern[str]
    fields: tuple[str, ...] = ()
    message: str = CONTENT_MESSAGE

    @classmethod
    def from_config(cls, raw: Any) -> ContentRule:
        if isinstance(raw, str):
            raw = {"pattern": raw}
        if not isinstance(raw, Mapping) or not isinstance(raw.get("pattern"), str):
            raise LimitConfigError('a content rule needs a "pattern" (a regular expression)')
        unknown = set(raw) - {"pattern", "fields", "message"}
        if unknown:
            raise LimitConfigError(f"unknown content rule keys: {', '.join(sorted(unknown))}")
        try:
            pattern = re.compile(raw["pattern"])
        except re.error as exc:
            raise LimitConfigError(f"content rule pattern {raw['pattern']!r}: {exc}") from exc
        fields = raw.get("fields") or ()
        if isinstance(fields, str) or not all(isinstance(f, str) for f in fields):
            raise LimitConfigError("content rule fields must be a list of field paths")
        return cls(pattern, tuple(fields), str(raw.get("message") or CONTENT_MESSAGE))

    def matches(self, body: Mapping[str, Any]) -> bool:
        sources = [field_values(body, name) for name in self.fields] if self.fields else [body]
        return any(self.pattern.search(text) for source in sources for text in strings_in(source))


def strings_in(node: Any) -> Iterator[str]:
    """Every string inside a JSON value (what content rules and the fail keyword look at)."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, Mapping):
        for value in node.values():
            yield from strings_in(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings_in(value)


def check_content(rules: tuple[ContentRule, ...], body: Any) -> None:
    """400/1301 naming the first rule that matches the request body."""
    if not isinstance(body, Mapping):
        return
    for rule in rules:
        if rule.matches(body):
            raise KlingError(1301, rule.message)
