"""The queries that read every create (``x-kling-query.of: "*"``): a batch of ids, cursor pages.

Both answer in the words of their own operation's design, whatever design created the task, so a
task made on a legacy route reads in the current shape through ``/tasks``. What they take and
answer is the operation's ``batch`` / ``paging`` / ``filters`` blocks; nothing here names a route.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from typing import Any

from mockserver.core.call import Call
from mockserver.core.errors import KlingError
from mockserver.core.spec_index import Operation
from mockserver.core.state import MockState
from mockserver.domain.handled import Handled
from mockserver.domain.lifecycle import Plan, status_at
from mockserver.domain.tasks import shown_task
from mockserver.storage.tasks import TaskRecord
from spec.designs import Design, put_path
from spec.extensions import Batch, Paging

DAY_MS = 86_400_000
#: How many stored tasks a filtered page reads at most while looking for matches.
SCAN_LIMIT = 10_000


def _ids(call: Call, batch: Batch) -> tuple[str, list[str]]:
    """(the parameter sent, its ids), refused in the operation's own words."""
    sent = [name for name in batch.params if call.args.get(name, "").strip()]
    missing = batch.messages.get("missing", f"{' or '.join(batch.params)} is required")
    if not sent or (batch.exactly_one and len(sent) > 1):
        raise KlingError(1201, missing)
    ids = [i.strip() for name in sent for i in call.args[name].split(batch.separator) if i.strip()]
    if len(ids) > batch.max_total:
        too_many = batch.messages.get("too_many", f"at most {batch.max_total} ids")
        raise KlingError(1201, too_many)
    return sent[0], ids


def batch_tasks(state: MockState, op: Operation, call: Call) -> Handled:
    """Tasks by ids: ``batch.params`` names the task-id parameter first, then the external-id
    one; unknown ids are left out (``unknown: skip``)."""
    batch = op.query.batch
    if batch is None:
        raise KlingError(1201, "this query takes no ids")
    param, ids = _ids(call, batch)
    external = batch.params.index(param) > 0
    records = state.store.tasks.by_ids(call.owner, ids, external=external)
    now, deleted = state.now(call), state.store.tasks.deleted(call.owner)
    return Handled.many(
        [shown_task(state, r, now, call.host_url, deleted, op.design) for r in records]
    )


def encode_cursor(seq: int) -> str:
    """An opaque cursor: URL-safe Base64 of the last task's sequence number."""
    return base64.urlsafe_b64encode(f"seq:{seq}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    """The sequence number a cursor continues after; a cursor the mock never gave reads as
    the end of the list (no source documents a refusal, and the client cannot check it)."""
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        return int(text.removeprefix("seq:")) if text.startswith("seq:") else 0
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return 0


def _window(body: Mapping[str, Any], paging: Paging, now: int) -> tuple[int, int]:
    if paging.window is None:
        return 0, 2**62
    end = int(body.get(paging.window.end) or now)
    start = int(body.get(paging.window.start) or end - paging.window.default_days * DAY_MS)
    return start, end


class _Matcher:
    """Whether a task passes the body's ``filters``: values of one key OR'ed, keys AND'ed."""

    def __init__(self, state: MockState, op: Operation, body: Mapping[str, Any]) -> None:
        self.state, self.op = state, op
        self.wanted: dict[str, set[str]] = {}
        for entry in body.get("filters") or []:
            key = str(entry.get("key", ""))
            if key in op.query.filters:
                self.wanted.setdefault(key, set()).update(str(v) for v in entry.get("values") or [])

    def __call__(self, record: TaskRecord, now: int) -> bool:
        for key, values in self.wanted.items():
            rule = self.op.query.filters[key]
            if rule.matches == "status":
                status, _ = status_at(Plan.from_json(record.plan), record.created_at, now)
                asked = {self._design.canonical(v) for v in values}
                if status not in asked:
                    return False
            elif rule.matches == "pack":
                create = self.state.index.operations.get(record.operation_id)
                pack = create.task.pack if create is not None else ""
                if pack not in {rule.values.get(v, v) for v in values}:
                    return False
        return True

    @property
    def _design(self) -> Design:
        return self.state.index.design(self.op.design)


def cursor_page(state: MockState, op: Operation, call: Call) -> Handled:
    """One page of the owner's tasks of every kind, newest first, after ``cursor``."""
    paging = op.query.paging
    body: Mapping[str, Any] = call.body if isinstance(call.body, Mapping) else {}
    now = state.now(call)
    cursor = body.get(paging.cursor)
    before = decode_cursor(str(cursor)) if cursor else None
    window = (0, 2**62) if cursor else _window(body, paging, now)
    limit = int(body.get(paging.limit) or 100)
    matches = _Matcher(state, op, body)
    found: list[TaskRecord] = []
    for record in state.store.tasks.before(call.owner, before, window, SCAN_LIMIT):
        if matches(record, now):
            found.append(record)
            if len(found) > limit:
                break
    page, more = found[:limit], len(found) > limit
    deleted = state.store.tasks.deleted(call.owner)
    listed = page or paging.items not in paging.omit_when_empty

    def shape(tasks: list[dict[str, Any]]) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if listed:
            put_path(data, paging.items, tasks)
        if paging.count:
            put_path(data, paging.count, len(page))
        if page and paging.next:
            put_path(data, paging.next, encode_cursor(page[-1].seq))
        if paging.more:
            put_path(data, paging.more, more)
        return data

    shown = [shown_task(state, r, now, call.host_url, deleted, op.design) for r in page]
    return Handled.many(shown, shape)
