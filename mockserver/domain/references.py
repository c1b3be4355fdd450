"""Ids a request names that the account must hold (``x-kling-refers`` on a field).

Live refuses an element the account does not hold (``Element id not found: 1``). Which ids exist
is the account's state, which the client cannot see, so this check is the mock's alone: it runs
on a create after validation, walking the body beside its compiled schema.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from mockserver.core.call import Call
from mockserver.core.errors import KlingError
from mockserver.core.spec_index import Operation
from mockserver.core.state import MockState
from mockserver.domain.sync import held_ids
from spec.engine.values import subschema

REFERS = "x-kling-refers"


def references(value: Any, schema: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """(id sent, its x-kling-refers) for every field of ``value`` whose schema names one."""
    refers = schema.get(REFERS)
    if isinstance(refers, Mapping) and isinstance(value, str | int) and not isinstance(value, bool):
        yield str(value), refers
    elif isinstance(value, Mapping):
        for name, item in value.items():
            declared = subschema(schema, str(name))
            if declared is not None:
                yield from references(item, declared)
    elif isinstance(value, list):
        items = schema.get("items")
        if isinstance(items, Mapping):
            for item in value:
                yield from references(item, items)


def check_references(state: MockState, op: Operation, call: Call) -> None:
    """Refuse the first id the body names that the caller's account does not hold."""
    schema = state.checker.compiled.get(op.operation_id)
    if not schema or not isinstance(call.body, Mapping):
        return
    held: dict[tuple[str, ...], set[str]] = {}
    for sent, refers in references(call.body, schema):
        targets = tuple(str(target) for target in refers.get("to") or ())
        if targets not in held:
            held[targets] = held_ids(state, call, targets)
        if sent not in held[targets]:
            message = str(refers["message"]).replace("{value}", sent)
            raise KlingError(int(refers.get("code", 1201)), message)
