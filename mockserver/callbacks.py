"""Task callbacks: POST the bare task object to ``callback_url`` on every status change.

A task's status changes are known when it is created (they follow from its plan and the mock
clock), so creation writes one delivery row per coming change, due at the mock time of that
change. A dispatcher (a daemon thread per process, started when there is work) claims due rows
atomically in SQLite, so with several worker processes each delivery is sent once; it POSTs them
in order per task (a change waits until the one before it is delivered or given up), retries a
failing receiver with exponential backoff in real time, and records every attempt. Advancing the
clock through the admin API pumps the queue at once, so tests need not wait for the thread.

Deliveries only go to allow-listed hosts (default: loopback), so the mock never reaches the open
internet; a URL outside the list is recorded as ``blocked`` and never sent. With a secret, each
POST carries Standard-Webhooks style headers: ``webhook-id`` (stable across retries),
``webhook-timestamp`` (Unix seconds) and ``webhook-signature`` = ``v1,`` + base64 of
HMAC-SHA256(secret, "{id}.{timestamp}.{body}"). A secret starting with ``whsec_`` is base64 after
the prefix (the Standard Webhooks convention); any other secret is used as its UTF-8 bytes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import urlsplit

import requests

log = logging.getLogger("kling_mock.callbacks")

DEFAULT_HOSTS = ("127.0.0.0/8", "::1", "localhost")
USER_AGENT = "kling-mock-callbacks/1"
SCHEMA = """
CREATE TABLE IF NOT EXISTS callbacks (
    id INTEGER PRIMARY KEY,
    delivery_id TEXT NOT NULL UNIQUE,
    task_id TEXT NOT NULL,
    owner TEXT NOT NULL,
    url TEXT NOT NULL,
    base_url TEXT NOT NULL,
    task_status TEXT NOT NULL,
    step INTEGER NOT NULL,
    due_mock_ms INTEGER NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_real_ms INTEGER NOT NULL DEFAULT 0,
    lease_real_ms INTEGER NOT NULL DEFAULT 0,
    delivered_real_ms INTEGER,
    last_error TEXT
);
CREATE INDEX IF NOT EXISTS callbacks_open ON callbacks(state, due_mock_ms);
CREATE INDEX IF NOT EXISTS callbacks_by_task ON callbacks(task_id, step);
CREATE TABLE IF NOT EXISTS callback_attempts (
    id INTEGER PRIMARY KEY,
    callback_id INTEGER NOT NULL,
    attempt INTEGER NOT NULL,
    at_real_ms INTEGER NOT NULL,
    status_code INTEGER,
    error TEXT,
    elapsed_ms REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS callback_attempts_of ON callback_attempts(callback_id);
"""
TABLES = ("callbacks", "callback_attempts")
OPEN_STATES = ("pending", "sending")


def real_ms() -> int:
    return time.time_ns() // 1_000_000


class Database(Protocol):
    """The store's two ways in: a read connection and a BEGIN IMMEDIATE transaction."""

    closed: bool

    def reading(self) -> AbstractContextManager[sqlite3.Connection]: ...

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]: ...


Renderer = Callable[[str, int, str], dict[str, Any] | None]
"""(task_id, mock time, base URL) -> the task object at that time, or None if it is gone."""


# ----------------------------------------------------------------------------- allow-list
@dataclass(frozen=True)
class AllowList:
    """Hosts callbacks may reach: IP networks, and host names (``*.example.test`` for suffixes)."""

    networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]
    names: tuple[str, ...]

    @classmethod
    def parse(cls, entries: Iterable[str] | str | None) -> AllowList:
        if entries is None:
            entries = DEFAULT_HOSTS
        if isinstance(entries, str):
            entries = [part for part in entries.split(",")]
        networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        names: list[str] = []
        for entry in (str(e).strip() for e in entries):
            if not entry:
                continue
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                names.append(entry.lower().rstrip("."))
        return cls(tuple(networks), tuple(names))

    def _name_allowed(self, host: str) -> bool:
        for name in self.names:
            if name.startswith("*.") and host.endswith(name[1:]):
                return True
            if host == name:
                return True
        return False

    def refusal(self, url: str) -> str | None:
        """Why the URL may not be called, or None when it may."""
        try:
            parts = urlsplit(url)
            host = (parts.hostname or "").lower().rstrip(".")
        except ValueError:
            return "the callback_url cannot be parsed"
        if parts.scheme not in ("http", "https") or not host:
            return "the callback_url must be an http:// or https:// URL with a host"
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            if self._name_allowed(host):
                return None
            return f"host {host} is not in the callback allow-list (KLING_CALLBACK_HOSTS)"
        candidates = [address]
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            candidates.append(address.ipv4_mapped)
        if any(a in network for a in candidates for network in self.networks):
            return None
        return f"address {host} is not in the callback allow-list (KLING_CALLBACK_HOSTS)"


# ----------------------------------------------------------------------------- signatures
def _secret_bytes(secret: str) -> bytes:
    if secret.startswith("whsec_"):
        return base64.b64decode(secret.removeprefix("whsec_"))
    return secret.encode()


def signature(secret: str, delivery_id: str, timestamp: int, body: bytes) -> str:
    """``v1,<base64 HMAC-SHA256>`` over ``{id}.{timestamp}.{body}``."""
    signed = f"{delivery_id}.{timestamp}.".encode() + body
    digest = hmac.new(_secret_bytes(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def verify_signature(
    secret: str, headers: Any, body: bytes, tolerance_s: int = 300, now: float | None = None
) -> bool:
    """The receiver's side: is any v1 signature in the headers valid, and the time fresh?"""
    delivery_id = headers.get("webhook-id") or ""
    stamp = headers.get("webhook-timestamp") or ""
    if not stamp.isdigit():
        return False
    if abs((time.time() if now is None else now) - int(stamp)) > tolerance_s:
        return False
    expected = signature(secret, delivery_id, int(stamp), body)
    offered = (headers.get("webhook-signature") or "").split()
    return any(hmac.compare_digest(expected, candidate) for candidate in offered)


# ----------------------------------------------------------------------------- settings
@dataclass(frozen=True)
class CallbackSettings:
    allow: AllowList = field(default_factory=lambda: AllowList.parse(None))
    secret: str | None = None
    max_attempts: int = 5
    backoff_ms: int = 500
    max_backoff_ms: int = 60_000
    timeout_s: float = 5.0
    poll_ms: int = 50
    parallel: int = 4
    verify: bool | str = True  # requests' verify= for https receivers (mockserver.tls)

    def backoff(self, attempts: int) -> int:
        """Real milliseconds to wait after the ``attempts``-th failed attempt."""
        return int(min(self.max_backoff_ms, self.backoff_ms * 2 ** max(attempts - 1, 0)))


def status_steps(
    created_at: int, submitted_ms: int, processing_ms: int, outcome: str
) -> list[tuple[str, int]]:
    """(status, mock time) of each change a task's plan implies; phases of no length are skipped."""
    steps: list[tuple[str, int]] = []
    if submitted_ms > 0:
        steps.append(("submitted", created_at))
    if processing_ms > 0:
        steps.append(("processing", created_at + submitted_ms))
    steps.append((outcome, created_at + submitted_ms + processing_ms))
    return steps


@dataclass(frozen=True)
class Claimed:
    row_id: int
    delivery_id: str
    task_id: str
    url: str
    base_url: str
    due_mock_ms: int
    attempts: int


@dataclass(frozen=True)
class Attempt:
    """One POST of a delivery: when, the HTTP status, the error, whether retrying is pointless."""

    at: int
    code: int | None
    error: str | None
    final: bool
    ms: float


_CLAIM_COLUMNS = "id, delivery_id, task_id, url, base_url, due_mock_ms, attempts"
_DUE = (
    "FROM callbacks c WHERE (c.state = 'pending' OR (c.state = 'sending' AND c.lease_real_ms < ?))"
    " AND c.due_mock_ms <= ? AND c.next_real_ms <= ?"
    " AND NOT EXISTS (SELECT 1 FROM callbacks p WHERE p.task_id = c.task_id AND p.step < c.step"
    " AND p.state IN ('pending', 'sending'))"
)


class Dispatcher:
    """Sends due deliveries; one per app, with at most one thread per process."""

    def __init__(
        self,
        db: Database,
        settings: CallbackSettings,
        render: Renderer,
        now_mock: Callable[[], int],
    ) -> None:
        self.db = db
        self.settings = settings
        self.render = render
        self.now_mock = now_mock
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._pid = os.getpid()
        self._pool: ThreadPoolExecutor | None = None
        self._pool_pid = 0
        self._http = requests.Session()
        self._http.trust_env = False  # no proxies from the environment: loopback means loopback
        self._http.headers["User-Agent"] = USER_AGENT
        self._http.verify = settings.verify

    # ------------------------------------------------------------------ enqueue
    def enqueue(
        self,
        conn: sqlite3.Connection,
        *,
        task_id: str,
        owner: str,
        url: str,
        base_url: str,
        steps: list[tuple[str, int]],
    ) -> None:
        """Write one delivery per status change (call inside the task's creating transaction)."""
        refusal = self.settings.allow.refusal(url)
        state = "blocked" if refusal else "pending"
        if refusal:
            log.warning("callback for task %s not sent: %s", task_id, refusal)
        for step, (status, due) in enumerate(steps):
            conn.execute(
                "INSERT INTO callbacks (delivery_id, task_id, owner, url, base_url, task_status,"
                " step, due_mock_ms, state, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    f"{task_id}-{step}",
                    task_id,
                    owner,
                    url,
                    base_url,
                    status,
                    step,
                    due,
                    state,
                    refusal,
                ),
            )

    # ------------------------------------------------------------------ sending
    def _claim(self, limit: int) -> list[Claimed]:
        real, mock = real_ms(), self.now_mock()
        with self.db.reading() as conn:
            (waiting,) = conn.execute(f"SELECT COUNT(*) {_DUE}", (real, mock, real)).fetchone()
        if not waiting:
            return []
        with self.db.transaction() as conn:
            rows = conn.execute(
                f"SELECT {_CLAIM_COLUMNS} {_DUE} ORDER BY c.due_mock_ms, c.id LIMIT ?",
                (real, mock, real, limit),
            ).fetchall()
            # The batch is sent one by one: the lease covers the slowest case for all of it.
            lease = real + int(self.settings.timeout_s * 1000 * len(rows)) + 5000
            for row in rows:
                conn.execute(
                    "UPDATE callbacks SET state = 'sending', lease_real_ms = ?,"
                    " attempts = attempts + 1 WHERE id = ?",
                    (lease, row[0]),
                )
        return [Claimed(r[0], r[1], r[2], r[3], r[4], r[5], r[6] + 1) for r in rows]

    def _post(self, claimed: Claimed) -> tuple[int | None, str | None, bool]:
        """(HTTP status, error, whether retrying is pointless) of one attempt."""
        refusal = self.settings.allow.refusal(claimed.url)
        if refusal:
            return None, refusal, True
        task = self.render(claimed.task_id, claimed.due_mock_ms, claimed.base_url)
        if task is None:
            return None, "the task no longer exists", True
        body = json.dumps(task, separators=(",", ":"), ensure_ascii=False).encode()
        headers = {"Content-Type": "application/json"}
        if self.settings.secret:
            stamp = int(time.time())
            headers["webhook-id"] = claimed.delivery_id
            headers["webhook-timestamp"] = str(stamp)
            headers["webhook-signature"] = signature(
                self.settings.secret, claimed.delivery_id, stamp, body
            )
        try:
            answer = self._http.post(
                claimed.url,
                data=body,
                headers=headers,
                timeout=self.settings.timeout_s,
                allow_redirects=False,
            )
        except requests.RequestException as exc:
            return None, f"{type(exc).__name__}: {exc}"[:500], False
        if 200 <= answer.status_code < 300:
            return answer.status_code, None, False
        return answer.status_code, f"the receiver answered HTTP {answer.status_code}", False

    def _attempt(self, claimed: Claimed) -> tuple[Claimed, Attempt]:
        started = time.perf_counter()
        code, error, final = self._post(claimed)
        elapsed = (time.perf_counter() - started) * 1000
        return claimed, Attempt(real_ms(), code, error, final, elapsed)

    def _senders(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._pool is None or self._pool_pid != os.getpid():
                self._pool = ThreadPoolExecutor(
                    self.settings.parallel, thread_name_prefix="kling-mock-callback"
                )
                self._pool_pid = os.getpid()
            return self._pool

    def _settle(self, outcomes: list[tuple[Claimed, Attempt]]) -> None:
        """Record a batch of attempts and the state each leaves its delivery in (one write)."""
        rows, updates = [], []
        for claimed, attempt in outcomes:
            if attempt.error is None:
                state, next_ms = "delivered", 0
            elif attempt.final or claimed.attempts >= self.settings.max_attempts:
                state, next_ms = "failed", 0
            else:
                state, next_ms = "pending", attempt.at + self.settings.backoff(claimed.attempts)
            rows.append(
                (claimed.row_id, claimed.attempts, attempt.at, attempt.code, attempt.error,
                 round(attempt.ms, 2))
            )  # fmt: skip
            delivered = attempt.at if state == "delivered" else None
            updates.append((state, next_ms, attempt.error, delivered, claimed.row_id))
        with self.db.transaction() as conn:
            conn.executemany(
                "INSERT INTO callback_attempts (callback_id, attempt, at_real_ms, status_code,"
                " error, elapsed_ms) VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )
            conn.executemany(
                "UPDATE callbacks SET state = ?, next_real_ms = ?, last_error = ?,"
                " delivered_real_ms = ? WHERE id = ?",
                updates,
            )

    def pump(
        self, max_deliveries: int = 1000, max_seconds: float = 30.0, drain: bool = False
    ) -> int:
        """Send everything due now (and what becomes due as earlier steps land); attempts made.

        ``drain``: also wait (bounded) for due deliveries another thread or worker is sending,
        and send what they unblock, so the caller returns once every due change has landed.
        """
        sent = 0
        deadline = time.monotonic() + max_seconds
        while sent < max_deliveries and time.monotonic() < deadline:
            batch = self._claim(min(50, max_deliveries - sent))
            if not batch:
                if drain and self._in_flight():
                    time.sleep(0.005)
                    continue
                break
            if len(batch) == 1:
                outcomes = [self._attempt(batch[0])]
            else:  # one step per task in a batch, so sending them side by side keeps the order
                outcomes = list(self._senders().map(self._attempt, batch))
            self._settle(outcomes)
            sent += len(outcomes)
        return sent

    def _in_flight(self) -> bool:
        """Whether a due delivery is being sent elsewhere (its lease still running)."""
        with self.db.reading() as conn:
            row = conn.execute(
                "SELECT 1 FROM callbacks WHERE state = 'sending' AND due_mock_ms <= ?"
                " AND lease_real_ms >= ? LIMIT 1",
                (self.now_mock(), real_ms()),
            ).fetchone()
        return row is not None

    # ------------------------------------------------------------------ the thread
    def has_open(self) -> bool:
        with self.db.reading() as conn:
            row = conn.execute(
                "SELECT 1 FROM callbacks WHERE state IN ('pending', 'sending') LIMIT 1"
            ).fetchone()
        return row is not None

    def ensure_running(self) -> None:
        """Start this process's delivery thread unless it runs (after a fork it does not)."""
        with self._lock:
            alive = self._thread is not None and self._thread.is_alive()
            if alive and self._pid == os.getpid():
                self._wake.set()
                return
            self._pid = os.getpid()
            self._stop.clear()
            self._thread = threading.Thread(
                target=self._run, name="kling-mock-callbacks", daemon=True
            )
            self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
        if self._pool is not None and self._pool_pid == os.getpid():
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def _run(self) -> None:
        interval = self.settings.poll_ms / 1000
        while not self._stop.is_set() and not self.db.closed:
            try:
                self.pump()
                with self._lock:
                    if not self.has_open():
                        self._thread = None
                        return
            except Exception:  # keep delivering after a transient database error
                log.exception("callback dispatcher pass failed")
            self._wake.wait(interval)
            self._wake.clear()

    # ------------------------------------------------------------------ admin view
    def deliveries(self, task_id: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
        """Deliveries newest first, each with its attempts."""
        where, args = ("WHERE task_id = ?", (task_id,)) if task_id else ("", ())
        with self.db.reading() as conn:
            rows = conn.execute(
                "SELECT id, delivery_id, task_id, owner, url, task_status, step, due_mock_ms,"
                f" state, attempts, next_real_ms, delivered_real_ms, last_error FROM callbacks"
                f" {where} ORDER BY id DESC LIMIT ?",
                (*args, limit),
            ).fetchall()
            ids = [row[0] for row in rows]
            attempts = _attempts_of(conn, ids)
        keys = (
            "delivery_id", "task_id", "owner", "url", "task_status", "step", "due_mock_ms",
            "state", "attempt_count", "next_attempt_real_ms", "delivered_real_ms", "last_error",
        )  # fmt: skip
        return [
            {**dict(zip(keys, row[1:], strict=True)), "attempts": attempts.get(row[0], [])}
            for row in rows
        ]


def _attempts_of(conn: sqlite3.Connection, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    found: dict[int, list[dict[str, Any]]] = {}
    for chunk in _chunks(ids, 500):
        marks = ",".join("?" * len(chunk))
        for callback_id, attempt, at, code, error, ms in conn.execute(
            "SELECT callback_id, attempt, at_real_ms, status_code, error, elapsed_ms"
            f" FROM callback_attempts WHERE callback_id IN ({marks}) ORDER BY id",
            chunk,
        ):
            found.setdefault(callback_id, []).append(
                {"attempt": attempt, "at_real_ms": at, "status_code": code, "error": error,
                 "elapsed_ms": ms}
            )  # fmt: skip
    return found


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
