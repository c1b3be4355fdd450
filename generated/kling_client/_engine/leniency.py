"""The strictness policy applied to a request body: what Kling ignores or coerces is done first.

The policy (``components.x-kling-strictness`` in spec/common.yaml) says, per kind of deviation,
what the real API does with it: ``ignore`` (the field is dropped), ``coerce`` (the value becomes the
documented type) or ``refuse`` (left alone, so the checks answer 1201 as before). :func:`normalise`
applies it to a body before any check runs and reports every change as a :class:`Deviation`; the
mock turns them into warnings (journal, ``X-Mock-Warnings``), the client into Python warnings.

Strict mode applies nothing: every deviation reaches the checks and is refused with 1201. A body
that is valid in strict mode has no deviation, so lenient mode answers it the same.

Part of the engine: the mock imports it as ``spec.engine.leniency``, the generated client ships it
inside ``kling_client._engine``. Standard library only.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .models import ModelTable
from .values import is_number, is_present, join

__all__ = ["KINDS", "POLICY", "Deviation", "normalise", "policy_of"]

#: Where the policy lives in the bundled spec: ``components.x-kling-strictness``.
POLICY = "x-kling-strictness"

#: The kinds of deviation the policy rules on, in the order a field meets them.
KINDS = ("null_optional", "unknown_field", "model_unsupported", "numeric_form")

_INTEGER = re.compile(r"-?\d+")
_DECIMAL = re.compile(r"-?\d+(\.\d+)?")
_BOOLEANS = {"true": True, "false": False}


@dataclass(frozen=True)
class Deviation:
    """One change made to a body: where, which kind of deviation, and a short line saying it."""

    field: str
    kind: str
    message: str


def policy_of(bundle: Mapping[str, Any]) -> dict[str, Any]:
    """The spec's strictness policy (empty: every deviation is refused, as in strict mode)."""
    components = bundle.get("components")
    policy = components.get(POLICY) if isinstance(components, Mapping) else None
    return dict(policy) if isinstance(policy, Mapping) else {}


def normalise(
    body: object,
    schema: Mapping[str, Any],
    policy: Mapping[str, Any],
    *,
    strict: bool = False,
    path: Mapping[str, object] | None = None,
) -> tuple[object, list[Deviation]]:
    """``body`` as Kling reads it under ``policy``, and the deviations it carried (``path``: the
    request's path parameters, where a model is chosen in the path).

    The body is never changed in place; a body without deviations comes back as the same object.
    In strict mode nothing is applied (the checks refuse the deviations).
    """
    if strict or not isinstance(schema, Mapping):
        return body, []
    applied = frozenset(kind for kind in KINDS if _verdict(policy, kind) != "refuse")
    if not applied:
        return body, []
    found: list[Deviation] = []
    normalised = _value(body, schema, "", applied, found)
    table = ModelTable.of(schema)
    if table is not None and table.in_path and isinstance(normalised, dict):
        if "model_unsupported" in applied:
            _drop_unsupported(normalised, table, "", path or {}, found)
    return (normalised if found else body), found


def verdict(policy: Mapping[str, Any], kind: str) -> str:
    """What Kling does with a deviation of ``kind`` (``ignore``, ``coerce``; ``refuse`` when the
    policy does not say)."""
    return _verdict(policy, kind)


def _verdict(policy: Mapping[str, Any], kind: str) -> str:
    entry = policy.get(kind) if isinstance(policy, Mapping) else None
    verdict = entry.get("kling") if isinstance(entry, Mapping) else None
    return verdict if isinstance(verdict, str) else "refuse"


def _value(
    value: object,
    schema: Mapping[str, Any],
    path: str,
    applied: frozenset[str],
    found: list[Deviation],
) -> object:
    if isinstance(value, Mapping):
        return _object(value, schema, path, applied, found)
    if isinstance(value, list):
        items = schema.get("items")
        if not isinstance(items, Mapping):
            return value
        return [_value(item, items, f"{path}[{i}]", applied, found) for i, item in enumerate(value)]
    if "numeric_form" in applied:
        converted = _coerced(value, schema)
        if converted is not None:
            shown = f"{_json(value)} -> {_json(converted[0])}"
            found.append(Deviation(path, "numeric_form", f"coerced {path or 'body'} {shown}"))
            return converted[0]
    return value


def _object(
    value: Mapping[Any, Any],
    schema: Mapping[str, Any],
    path: str,
    applied: frozenset[str],
    found: list[Deviation],
) -> dict[Any, Any]:
    properties = schema.get("properties")
    properties = properties if isinstance(properties, Mapping) else {}
    required = schema.get("required")
    required = set(required) if isinstance(required, list) else set()
    extra = schema.get("additionalProperties")
    kept: dict[Any, Any] = {}
    for key, item in value.items():
        where = join(path, str(key))
        known = properties.get(key)
        if isinstance(known, Mapping):
            if item is None and "null_optional" in applied and key not in required:
                if not _fits(None, known.get("type")):
                    found.append(Deviation(where, "null_optional", f"ignored {where} (null)"))
                    continue
            kept[key] = _value(item, known, where, applied, found)
        elif key not in properties and extra is False and "unknown_field" in applied:
            found.append(Deviation(where, "unknown_field", f"ignored {where} (unknown field)"))
        elif key not in properties and isinstance(extra, Mapping):
            kept[key] = _value(item, extra, where, applied, found)
        else:
            kept[key] = item
    table = ModelTable.of(schema)
    if table is not None and not table.in_path and "model_unsupported" in applied:
        _drop_unsupported(kept, table, path, None, found)
    return kept


# ----------------------------------------------------------------------------- numeric forms


def _fits(value: object, kinds: object) -> bool:
    """Whether ``value`` has one of the JSON Schema types (no type: anything fits)."""
    if kinds is None:
        return True
    for kind in kinds if isinstance(kinds, list) else [kinds]:
        if kind == "null" and value is None:
            return True
        if kind == "boolean" and isinstance(value, bool):
            return True
        if kind == "string" and isinstance(value, str):
            return True
        if kind in ("integer", "number") and is_number(value):
            if kind == "number" or float(value).is_integer():
                return True
    return False


def _coerced(value: object, schema: Mapping[str, Any]) -> tuple[object] | None:
    """``(converted,)`` when ``value`` is the other form of a documented numeric or boolean value.

    A number becomes a string only where the schema's enum lists that string (``5`` -> ``"5"``);
    a decimal string becomes an integer or number, ``"true"``/``"false"`` a boolean. Anything
    else (and anything whose converted form is outside the enum) is left to the checks.
    """
    kinds = schema.get("type")
    if kinds is None or _fits(value, kinds):
        return None
    enum = schema.get("enum")
    for kind in kinds if isinstance(kinds, list) else [kinds]:
        converted = _convert(value, kind)
        if converted is not None and (not isinstance(enum, list) or converted[0] in enum):
            if kind != "string" or isinstance(enum, list):
                return converted
    return None


def _convert(value: object, kind: object) -> tuple[object] | None:
    if kind == "string" and is_number(value) and math.isfinite(value):
        number = float(value)
        return (str(int(number)) if number.is_integer() else repr(number),)
    if not isinstance(value, str):
        return None
    if kind == "integer" and _INTEGER.fullmatch(value):
        return (int(value),)
    if kind == "number" and _DECIMAL.fullmatch(value):
        return (int(value) if _INTEGER.fullmatch(value) else float(value),)
    if kind == "boolean" and value in _BOOLEANS:
        return (_BOOLEANS[value],)
    return None


def _json(value: object) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# ----------------------------------------------------------------------------- model support


def _drop_unsupported(
    obj: dict[Any, Any],
    table: ModelTable,
    path: str,
    path_args: Mapping[str, object] | None,
    found: list[Deviation],
) -> None:
    """Drop the present fields the chosen model does not use, nested ones too (``settings.audio``);
    a path through an array (``contents[].x``) is left to the checks, which refuse it."""
    model = table.choose(obj, path_args, path)
    if model is None:
        return
    for name in model.unsupported:
        if "[" not in name and _drop(obj, name.split(".")):
            where = join(path, name)
            message = f"ignored {where} (not supported by {model.label})"
            found.append(Deviation(where, "model_unsupported", message))


def _drop(obj: dict[Any, Any], names: list[str]) -> bool:
    """Remove the present field at a path of object keys (copying the objects on the way, so the
    caller's body is never changed); whether there was one."""
    first, rest = names[0], names[1:]
    value = obj.get(first)
    if not rest:
        if is_present(value):
            del obj[first]
            return True
        return False
    if not isinstance(value, Mapping):
        return False
    inner = dict(value)
    if _drop(inner, rest):
        obj[first] = inner
        return True
    return False
