"""Billing ledgers (x-kling-sync ``ledger``): the account's deductions, newest first, cursor-paged.

A deduction is a task's charge once it counts (the legacy design bills on success): a usage row
that has ended, not failed and took units. Every charge the mock makes comes off a resource pack,
so the unit ledger lists them and the cash ledger (``charge_type: cash``) stays empty. Where the
request and the answer keep the cursor, page size, window, items, count and next cursor is the
operation's ``paging`` block; the cursor is opaque (URL-safe Base64 of the query and the last
row's position) and carries the whole query, as the pages say it overrides every other field.
A cursor the ledger did not give out reads as the end of the list (an empty last page): the pages
document no error for it, and a cursor is valid by the request schema whatever it holds.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from mockserver.core.call import Call
from mockserver.core.spec_index import Operation
from mockserver.core.state import MockState
from mockserver.domain.handled import Handled
from mockserver.domain.results import ResultContext, child_id, result_context, seconds
from mockserver.domain.synthesize import merged
from mockserver.storage.contract import Conn
from spec.extensions import Paging, Window

#: What every usage row of the mock is charged as: units off a resource pack.
USAGE_CHARGE_TYPE = "unit"


def pack_name(pack: str) -> str:
    """The name of the mock's resource pack of one kind (as /account/costs lists it)."""
    return f"kling-mock {pack} pack"


@dataclass(frozen=True)
class Query:
    """One ledger query: the window, the page size, the filters and where the last page ended."""

    start: int
    end: int
    limit: int
    filters: tuple[tuple[str, tuple[str, ...]], ...]
    after: tuple[int, int] | None = None

    @classmethod
    def of(cls, body: Mapping[str, Any], paging: Paging) -> Query:
        cursor = body.get(paging.cursor)
        if isinstance(cursor, str) and cursor:
            return cls.decode(cursor)
        filters = tuple(
            (str(f.get("key")), tuple(str(v) for v in f.get("values") or ()))
            for f in body.get("filters") or ()
            if isinstance(f, Mapping)
        )
        window = paging.window or Window("start_time", "end_time")
        return cls(
            start=int(body.get(window.start) or 0),
            end=int(body.get(window.end) or 0),
            limit=int(body.get(paging.limit) or 500),
            filters=filters,
        )

    def encode(self, after: tuple[int, int]) -> str:
        state = {
            "start": self.start,
            "end": self.end,
            "limit": self.limit,
            "filters": [[key, list(values)] for key, values in self.filters],
            "after": list(after),
        }
        return base64.urlsafe_b64encode(json.dumps(state).encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, cursor: str) -> Query:
        """The query a cursor carries; one that is not ours is an empty window past the end."""
        try:
            raw = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
            return cls(
                start=int(raw["start"]),
                end=int(raw["end"]),
                limit=int(raw["limit"]),
                filters=tuple((str(k), tuple(str(v) for v in vs)) for k, vs in raw["filters"]),
                after=(int(raw["after"][0]), int(raw["after"][1])),
            )
        except (ValueError, KeyError, TypeError, IndexError, binascii.Error):
            return cls(start=0, end=-1, limit=1, filters=())


@dataclass(frozen=True)
class Deduction:
    task_id: str
    operation_id: str
    body: dict[str, Any]
    pack: str
    units: float
    done_at: int
    seq: int


def _deductions(conn: Conn, owner: str, now: int, query: Query) -> list[Deduction]:
    """The owner's charged usage rows inside the window, newest first."""
    rows = conn.execute(
        "SELECT u.task_id, t.operation_id, t.body, u.pack, u.units, u.done_at, t.seq "
        "FROM usage u JOIN tasks t ON t.task_id = u.task_id "
        "WHERE u.owner = ? AND u.failed = 0 AND u.units > 0 AND u.done_at <= ? "
        "AND u.done_at BETWEEN ? AND ? ORDER BY u.done_at DESC, t.seq DESC",
        (owner, now, query.start, query.end),
    ).fetchall()
    return [
        Deduction(task_id, op, json.loads(body), pack, float(amount), int(done), int(seq))
        for task_id, op, body, pack, amount, done, seq in rows
    ]


def _item_schema(state: MockState, op: Operation, paging: Paging) -> dict[str, Any]:
    """The schema of one listed item, found along the ``items`` path of the 200 answer."""
    node = merged(state.index.bundle, state.index.response_schema(op) or {})
    node = merged(state.index.bundle, node.get("properties", {}).get("data", {}))
    for step in paging.items.split("."):
        node = merged(state.index.bundle, node.get("properties", {}).get(step, {}))
    return merged(state.index.bundle, node.get("items", {}))


def _row(state: MockState, call: Call, item: Mapping[str, Any], found: Deduction) -> dict[str, Any]:
    """One deduction in the item schema's words (fields the schema does not have are left out)."""
    create = state.index.operations.get(found.operation_id)
    ctx: ResultContext = result_context(
        state, found.operation_id, found.body, found.task_id, call.host_url
    )
    fields = item.get("properties", {})
    product_types = merged(state.index.bundle, fields.get("product_type", {})).get("enum") or []
    product_type = next((t for t in product_types if t.replace("-", "_") == found.pack), None)
    row: dict[str, Any] = {
        "task_id": found.task_id,
        "api_key_name": call.owner,
        "product_function": str(create.raw.get("summary", "")) if create else "",
        "deduction_time": str(found.done_at),
        "deduction_amount": found.units,
        "package_id": child_id(f"pack:{call.owner}", found.pack),
        "product_type": product_type,
    }
    if isinstance(found.body.get("model_name"), str):
        row["model_name"] = found.body["model_name"]
    resolution = ctx.field("resolution_field")
    resolutions = merged(state.index.bundle, fields.get("resolution", {})).get("enum") or []
    resolution = dict(ctx.task.resolution_values).get(str(resolution), resolution)
    if resolution in resolutions:
        row["resolution"] = resolution
    if ctx.task.duration_field:
        row["duration"] = seconds(ctx.duration)
    return {key: value for key, value in row.items() if key in fields and value is not None}


def _matches(row: Mapping[str, Any], pack: str, query: Query) -> bool:
    """Every filter keeps the row (package_name: the name /account/costs gives the pack)."""
    names = {"package_name": pack_name(pack)}
    for key, values in query.filters:
        value = names.get(key, row.get(key))
        if value is None or str(value) not in values:
            return False
    return True


def _put(data: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    node = data
    for step in parents:
        node = node.setdefault(step, {})
    node[last] = value


def _page(rows: list[tuple[Deduction, dict[str, Any]]], query: Query) -> Iterator[Any]:
    after = query.after
    for found, row in rows:
        if after is None or (found.done_at, found.seq) < after:
            yield found, row


def answer(state: MockState, op: Operation, call: Call) -> Handled:
    paging = op.sync.paging or Paging(style="cursor")
    query = Query.of(call.body if isinstance(call.body, Mapping) else {}, paging)
    item = _item_schema(state, op, paging)
    found: list[tuple[Deduction, dict[str, Any]]] = []
    if op.sync.charge_type in (None, USAGE_CHARGE_TYPE):
        with state.store.db.reading() as conn:
            deductions = _deductions(conn, call.owner, state.now(call), query)
        for deduction in deductions:
            row = _row(state, call, item, deduction)
            if _matches(row, deduction.pack, query):
                found.append((deduction, row))
    remaining = list(_page(found, query))
    page, more = remaining[: query.limit], len(remaining) > query.limit
    data: dict[str, Any] = {}
    _put(data, paging.items, [row for _, row in page])
    if paging.count:
        _put(data, paging.count, len(page))
    if paging.more:
        _put(data, paging.more, more)
    if more and paging.next:
        last = page[-1][0]
        _put(data, paging.next, query.encode((last.done_at, last.seq)))
    return Handled.of(data)
