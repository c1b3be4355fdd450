"""Retired models and effect scenes (``components.x-kling-retired``), refused as a switch.

Sources disagree on which models Kling retired and when; the mock's ``retirement`` setting picks
which entries count (their ``basis``: ``vendor_log`` = the vendor's own update log, ``reported`` =
live observations too, ``none``), and an entry refuses only once the mock clock is past its
``since`` date, with the observed "has been discontinued" text.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from mockserver.core.config import RETIREMENT_BASES
from mockserver.core.errors import KlingError
from mockserver.core.spec_index import Operation
from mockserver.core.state import MockState
from spec.engine.models import ModelTable
from spec.engine.rules import field_values

#: ``applies_to`` naming the x-kling-models selector (body field or path parameter), not a field.
MODEL_SELECTOR = "model"
#: ``applies_to`` naming the operation itself: its values are operationIds of retired creates.
OPERATION = "operation"


def _since_ms(text: str) -> int:
    day = date.fromisoformat(text)
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp() * 1000)


def _chosen(
    state: MockState, op: Operation, body: Any, path_args: Mapping[str, Any], applies_to: str
) -> str | None:
    """The value the request gives the field a retirement group applies to (the operationId
    for a group of retired operations; for the model selector: the model it sent, in the body
    or the path, as ``ModelTable`` reads it)."""
    if applies_to == OPERATION:
        return op.operation_id
    table = ModelTable.of(state.checker.compiled.get(op.operation_id) or {})
    if applies_to == MODEL_SELECTOR and table is not None:
        return table.sent(body, path_args)
    found = field_values(body, applies_to) if isinstance(body, Mapping) else []
    return str(found[0]) if found else None


def refuse_retired(
    state: MockState, op: Operation, body: Any, path_args: Mapping[str, Any]
) -> None:
    """Raise the group's error when the request names a value retired under the setting."""
    bases = RETIREMENT_BASES[state.settings.retirement]
    if not bases:
        return
    groups = state.index.bundle.get("components", {}).get("x-kling-retired") or {}
    for group in groups.values():
        value = _chosen(state, op, body, path_args, str(group["applies_to"]))
        entry = (group.get("values") or {}).get(value) if value is not None else None
        if not isinstance(entry, Mapping) or entry.get("basis") not in bases:
            continue
        families = entry.get("families")
        if families and not any(op.family.split(".")[0] == f for f in families):
            continue
        if state.clock.now_ms() >= _since_ms(str(entry["since"])):  # read only for a named entry
            raise KlingError(int(group["code"]), str(group["message"]).format(value=value))
