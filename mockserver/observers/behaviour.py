"""A check of the client's behaviour: what it did that a careful client of Kling does not.

Each API request leaves one row (per account, on the mock clock): its operation, when, the
answer's status, business code and ``Retry-After``, the task it read, and a digest of its body.
``GET /__mock/verify`` reads them back as findings, per account:

retry-before-retry-after  a request sent again (same operation, body and task) before the
                          ``Retry-After`` the previous answer gave had passed;
create-after-1303         a create sent within 1 s of a 1303 (concurrency limit): Kling's advice is
                          exponential backoff starting at 1 s or more (kling-api.md §12);
polling-too-fast          two answered reads of one task closer than ``?min_poll_interval_ms=``
                          (default 1000);
duplicate-create          the same create accepted twice without an ``external_task_id`` (a
                          retry that may run, and bill, a task twice).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from typing import Any, NamedTuple

from mockserver.core import accounts
from mockserver.core.spec_index import Kind
from mockserver.core.state import MockState
from mockserver.pipeline.exchange import Exchange
from mockserver.security.auth import key_account
from mockserver.security.jwt_auth import looks_like_jwt
from mockserver.storage.ring import Ring

SCHEMA = "CREATE TABLE IF NOT EXISTS behaviour (id INTEGER PRIMARY KEY, entry TEXT NOT NULL);"
TABLES = ("behaviour",)
BACKOFF_AFTER_1303_MS = 1000
DEFAULT_MIN_POLL_INTERVAL_MS = 1000
CONCURRENCY_LIMIT = 1303
EXTENSION = "kling_mock.behaviour"
MAX_ROWS = 5000  # the oldest rows go beyond this (a check of a test run, not an archive)


class Seen(NamedTuple):
    """One API request as the check remembers it (a tuple: cheap to keep on the request path)."""

    account: str
    operation: str
    kind: str
    at_ms: int
    status: int
    code: int | None
    retry_after_s: float | None
    task_id: str | None
    body_digest: str | None
    external_task_id: str | None


@dataclass(frozen=True)
class Finding:
    account: str
    rule: str
    operation: str
    at_ms: int
    detail: str


def account_of(state: MockState, authorization: str) -> str:
    """The account a credential names, without verifying it (a JWT's ``iss``, a key's
    account); ``anonymous`` when there is none."""
    token = authorization.partition(" ")[2].strip()
    if not token:
        return "anonymous"
    if looks_like_jwt(token):
        payload = token.split(".")[1]
        try:
            claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        except (binascii.Error, ValueError):
            return "anonymous"
        issuer = claims.get("iss") if isinstance(claims, dict) else None
        if not isinstance(issuer, str) or not issuer:
            return "anonymous"
        return accounts.of_jwt(issuer, verified=bool(state.settings.jwt_secrets))
    return key_account(state.settings, token)


def _digest(raw: bytes) -> str | None:
    """The body's fingerprint: a retry sends the same bytes again."""
    if not raw:
        return None
    return hashlib.sha256(raw).hexdigest()[:16]


def _at(body: Any, path: str | None) -> str | None:
    value = body
    for part in (path or "").split("."):
        value = value.get(part) if isinstance(value, dict) and part else None
    return str(value) if isinstance(value, str | int) and value != "" else None


def _retry_after(headers: dict[str, str]) -> float | None:
    try:
        return float(headers["Retry-After"])
    except (KeyError, ValueError):
        return None


def seen(state: MockState, ex: Exchange) -> Seen | None:
    """This exchange as a row, or None for what is no API operation. The account is the one the
    auth stage found; a request refused before it is put down to the account its credential
    names (unverified)."""
    op = ex.operation
    if op is None or ex.answer is None:
        return None
    call = ex.call
    external = (
        _at(ex.body, state.index.body_field(op, "external_task_id"))
        if op.kind is Kind.CREATE
        else None
    )
    return Seen(
        account=call.owner or account_of(state, call.header("Authorization")),
        operation=op.operation_id,
        kind=op.kind.value,
        at_ms=ex.clock_ms,
        status=ex.answer.status,
        code=ex.answer.code,
        retry_after_s=_retry_after(ex.answer.headers),
        task_id=str(next(iter(call.path_args.values())))
        if op.kind is Kind.GET and call.path_args
        else None,
        body_digest=_digest(call.raw),
        external_task_id=external,
    )


def _early_retries(account: str, history: list[Seen]) -> Iterator[Finding]:
    last: dict[tuple[str, str | None, str | None], Seen] = {}
    for row in history:
        key = (row.operation, row.body_digest, row.task_id)
        earlier = last.get(key)
        if earlier is not None and earlier.retry_after_s is not None:
            waited = row.at_ms - earlier.at_ms
            if waited < earlier.retry_after_s * 1000:
                detail = f"sent {waited} ms after Retry-After: {earlier.retry_after_s:g}"
                yield Finding(account, "retry-before-retry-after", row.operation, row.at_ms, detail)
        last[key] = row


def _creates_after_1303(account: str, history: list[Seen]) -> Iterator[Finding]:
    refused_at: int | None = None
    for row in history:
        if row.kind == Kind.CREATE.value and refused_at is not None:
            waited = row.at_ms - refused_at
            if waited < BACKOFF_AFTER_1303_MS:
                detail = f"sent {waited} ms after a 1303"
                yield Finding(account, "create-after-1303", row.operation, row.at_ms, detail)
        if row.code == CONCURRENCY_LIMIT:
            refused_at = row.at_ms


def _fast_polls(account: str, history: list[Seen], min_interval_ms: int) -> Iterator[Finding]:
    last_read: dict[str, int] = {}
    for row in history:
        if row.kind != Kind.GET.value or row.task_id is None or row.code != 0:
            continue  # a refused read sent again is a retry (see Retry-After), not a poll
        before = last_read.get(row.task_id)
        if before is not None and row.at_ms - before < min_interval_ms:
            detail = f"task {row.task_id} read again after {row.at_ms - before} ms"
            yield Finding(account, "polling-too-fast", row.operation, row.at_ms, detail)
        last_read[row.task_id] = row.at_ms


def _duplicate_creates(account: str, history: list[Seen]) -> Iterator[Finding]:
    accepted: set[tuple[str, str | None]] = set()
    for row in history:
        if row.kind != Kind.CREATE.value or row.code != 0 or row.external_task_id is not None:
            continue
        key = (row.operation, row.body_digest)
        if key in accepted:
            detail = "the same body was accepted before, without an external_task_id"
            yield Finding(account, "duplicate-create", row.operation, row.at_ms, detail)
        accepted.add(key)


def findings(rows: Iterable[Seen], min_poll_interval_ms: int) -> list[Finding]:
    """What the rows show a careful client would not have done, per account, in time order."""
    by_account: dict[str, list[Seen]] = defaultdict(list)
    for row in rows:
        by_account[row.account].append(row)
    found: list[Finding] = []
    for account, history in by_account.items():
        history.sort(key=lambda r: r.at_ms)
        found.extend(_early_retries(account, history))
        found.extend(_creates_after_1303(account, history))
        found.extend(_fast_polls(account, history, min_poll_interval_ms))
        found.extend(_duplicate_creates(account, history))
    return sorted(found, key=lambda f: (f.account, f.at_ms))


def _as_row(seen: Seen) -> tuple[str]:
    """A row of the table, made by the writer off the request path."""
    return (json.dumps(seen),)


class Behaviour:
    """The rows, kept in the mock's store (the same for every worker; a reset forgets them),
    written in batches off the request path like the journal."""

    def __init__(self, state: MockState) -> None:
        self.db = state.store.db
        self.db.install(SCHEMA, TABLES)
        self._writer = state.store.writer
        self._ring = Ring(self._writer, "behaviour", "entry", MAX_ROWS, _as_row)

    def add(self, row: Seen, stamp: int | None = None) -> None:
        self._ring.add(row, stamp)

    def record(self, state: MockState, ex: Exchange) -> None:
        """Keep the row of a finished API exchange (requests under /__mock/ leave none)."""
        if ex.call.path.startswith("/__mock/"):
            return
        row = seen(state, ex)
        if row is not None:
            self.add(row, ex.stamp)

    def rows(self) -> list[Seen]:
        self._writer.flush()
        with self.db.reading() as conn:
            found = conn.execute("SELECT entry FROM behaviour ORDER BY id").fetchall()
        return [Seen(*json.loads(entry)) for (entry,) in found]


def of(app: Any) -> Behaviour:
    """The app's behaviour rows (made by ``mockserver.http.app``)."""
    found: Behaviour = app.extensions[EXTENSION]
    return found


def report(app: Any, min_poll_interval_ms: int) -> dict[str, Any]:
    """``GET /__mock/verify``'s answer: the findings, per account."""
    accounts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for finding in findings(of(app).rows(), min_poll_interval_ms):
        accounts[finding.account].append(asdict(finding))
    return {
        "min_poll_interval_ms": min_poll_interval_ms,
        "well_behaved": not accounts,
        "accounts": dict(accounts),
    }
