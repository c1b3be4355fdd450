"""One task, several designs: a canonical view of a task projected into a design's words.

The mock keeps what a task is once (``TaskView``: canonical status words, the result items the
x-kling-task builder makes, the units charged) and ``project`` writes it the way a design block of
``components.x-kling-designs`` says: which field holds which role, how each status is spelled,
whether results are a ``task_result`` object or typed ``outputs[]``, and how billing reads. Every
answer and callback that shows a task goes through here, so no other module spells a design's
field names or status words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

#: The canonical statuses (the keys of every design's ``statuses``), in lifecycle order.
SUBMITTED, PROCESSING, SUCCEEDED, FAILED = "submitted", "processing", "succeeded", "failed"
FINISHED = (SUCCEEDED, FAILED)

#: How a task is paid: off a resource pack (units), or off the account's cash balance.
UNIT, CASH = "unit", "cash"

Block = Mapping[str, Any]


@dataclass(frozen=True)
class TaskView:
    """A task at one mock time, in no design's words."""

    id: str
    status: str
    message: str
    created: int
    updated: int
    external_id: str | None = None
    shows_external_id: bool = True
    """False for records no request made (official presets): no external id field at all."""
    results: Mapping[str, Any] | None = None
    """The builder's result arrays by name (``videos``, ...) once the task succeeded."""
    units: str | None = None
    """The units a succeeded task is charged (None: the operation has no price)."""
    pack: str = "general"
    charged_as: str = UNIT
    """``unit`` (off a resource pack of ``pack``) or ``cash`` (off the account's balance)."""
    info: Mapping[str, Any] = field(default_factory=dict)
    """More facts of the task's info object (``parent_video``): written next to the external id
    when the design keeps that in an object of its own."""
    echo: Mapping[str, Any] = field(default_factory=dict)
    """Request fields the answer repeats (``watermark_info``), written as they are."""


def put_path(data: dict[str, Any], path: str, value: Any) -> None:
    """Set a dotted field path, creating the objects on the way."""
    *parents, last = path.split(".")
    node = data
    for name in parents:
        node = node.setdefault(name, {})
    node[last] = value


def status_word(block: Block, canonical: str) -> str:
    """How a design spells a canonical status (other words, such as ``deleted``, are kept)."""
    words: Mapping[str, str] = block["statuses"]
    return words.get(canonical, canonical)


def canonical_status(blocks: Mapping[str, Block], word: str) -> str | None:
    """The canonical status any design spells ``word`` (None when no design uses it)."""
    for block in blocks.values():
        for canonical, spelled in block["statuses"].items():
            if spelled == word:
                return str(canonical)
    return None


def _item_in(block: Block, item: Mapping[str, Any]) -> dict[str, Any]:
    """A result item with the statuses inside it spelled in the design's words."""
    return {
        key: status_word(block, value) if key == "status" and isinstance(value, str) else value
        for key, value in item.items()
    }


def _output(view: TaskView, rule: Mapping[str, Any], item: Mapping[str, Any]) -> dict[str, Any]:
    """One typed output from a result item: its ``type``, the kept or renamed fields."""
    out: dict[str, Any] = {"type": rule["type"]}
    keep, rename = rule.get("keep"), rule.get("rename") or {}
    names = [k for k in keep if k in item] if isinstance(keep, list) else list(item)
    for name in names:
        key = rename.get(name, name)
        out[key] = str(item[name]) if key == "id" else item[name]
    if rule.get("group_id"):
        out["group_id"] = f"{view.id}-{rule['group_id']}"
    return out


def _results(view: TaskView, block: Block) -> Any:
    """``task_result`` as built, or the typed ``outputs[]`` list the design's ``outputs`` makes."""
    results = view.results or {}
    rules = block.get("outputs")
    if not isinstance(rules, Mapping):
        return {
            name: [_item_in(block, i) if isinstance(i, Mapping) else i for i in value]
            if isinstance(value, list)
            else value
            for name, value in results.items()
        }
    outputs = []
    for name, items in results.items():
        rule = rules.get(name)
        if isinstance(rule, Mapping) and isinstance(items, list):
            found = (item for item in items if isinstance(item, Mapping))
            outputs += [_output(view, rule, _item_in(block, item)) for item in found]
    return outputs


def charged_as(balance: Mapping[str, float], pack: str) -> str:
    """How an account pays for a task of ``pack``: in cash when its balance (KLING_BALANCE) has a
    ``cash`` entry and no units of that pack, else off the pack (the mock's default)."""
    return CASH if CASH in balance and pack not in balance else UNIT


def _cash(units: str, billing: Block) -> dict[str, Any] | None:
    """A cash charge of ``units`` at the design's first ``cash_per_unit`` rate (None: no rate)."""
    rates: Mapping[str, str] = billing.get("cash_per_unit") or {}
    for currency, rate in rates.items():
        try:
            price = f"{(Decimal(units) * Decimal(str(rate))).normalize():f}"
        except InvalidOperation:
            return None
        kind = billing.get("cash_type", "balance")
        return {
            "charge_type": CASH,
            "cash_type": kind,
            "amount": price,
            "currency": currency,
            "list_price": price,
        }
    return None


def _billing(view: TaskView, block: Block) -> Any:
    """What the task was charged, once finished: a unit string or a list of charges."""
    if view.units is None or view.status not in FINISHED:
        return None
    charged = view.units if view.status == SUCCEEDED else None
    billing = block.get("billing") or {}
    if billing.get("style") == "list":
        if charged is None:  # failed: the entries the design states (live: one zero charge)
            return [dict(entry) for entry in billing.get("failed") or []]
        cash = _cash(charged, billing) if view.charged_as == CASH else None
        if cash is not None:
            return [cash]
        package = (billing.get("package_types") or {}).get(view.pack, view.pack)
        return [{"charge_type": UNIT, "amount": charged, "package_type": package}]
    return charged if charged is not None else "0"


def project(view: TaskView, block: Block) -> dict[str, Any]:
    """The task object in a design's words (field order: id, status, message, external id,
    results, billing, echoed request fields, times)."""
    roles: Mapping[str, str] = block["task"]
    data: dict[str, Any] = {}
    put_path(data, roles["id"], view.id)
    put_path(data, roles["status"], status_word(block, view.status))
    if "message" in roles:
        put_path(data, roles["message"], view.message if view.status == FAILED else "")
    if "external_id" in roles and view.shows_external_id:
        where = roles["external_id"]
        put_path(data, where, view.external_id)
        if "." in where:
            for name, value in view.info.items():
                put_path(data, f"{where.rsplit('.', 1)[0]}.{name}", value)
    if "results" in roles and view.status == SUCCEEDED:
        put_path(data, roles["results"], _results(view, block))
    billing = _billing(view, block)
    if "billing" in roles and billing is not None:
        put_path(data, roles["billing"], billing)
    data.update(view.echo)
    put_path(data, roles["created"], view.created)
    put_path(data, roles["updated"], view.updated)
    return data


def restricted(task: Mapping[str, Any], schema: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of a projected task that a (resolved) object schema declares."""
    declared = schema.get("properties") or {}
    return {key: value for key, value in task.items() if key in declared}
