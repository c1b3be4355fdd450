"""Compare two compiled schemas (``spec.compile``: references resolved, ``allOf`` merged).

A request schema is read as "what is accepted": anything that accepts less is breaking. A response
schema is read as "what the client may receive": anything the client can no longer rely on, or
must newly handle, is breaking. The ``x-kling-*`` extensions found on request nodes go to
``codegen.speclife.rulesdiff``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Literal

from codegen.speclife import rulesdiff
from codegen.speclife.changes import Emit

Side = Literal["request", "response"]
Schema = Mapping[str, Any]

LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems")
_MISSING = object()


def show(value: Any) -> str:
    """A value as JSON, the way messages quote spec values."""
    return "(none)" if value is _MISSING else json.dumps(value, ensure_ascii=False, sort_keys=True)


def child(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def compare(old: Schema, new: Schema, side: Side, emit: Emit, path: str = "") -> None:
    """Every change from ``old`` to ``new`` at ``path`` and below, classified for ``side``."""
    _types(old, new, side, emit, path)
    _enum(old, new, side, emit, path)
    if side == "request":
        _default(old, new, emit, path)
        _bounds(old, new, emit, path)
        _pattern(old, new, emit, path)
        _closed(old, new, emit, path)
        rulesdiff.compare_node(old, new, emit, path)
    _properties(old, new, side, emit, path)
    if isinstance(old.get("items"), Mapping) and isinstance(new.get("items"), Mapping):
        compare(old["items"], new["items"], side, emit, f"{path}[]")
    for keyword in ("oneOf", "anyOf"):
        for index, (before, after) in enumerate(
            zip(old.get(keyword) or [], new.get(keyword) or [], strict=False)
        ):
            compare(before, after, side, emit, f"{path}<{keyword} {index}>")


def _type_set(schema: Schema) -> set[str] | None:
    declared = schema.get("type")
    if declared is None:
        return None
    return set(declared) if isinstance(declared, list) else {declared}


def _accepts_all(wide: set[str], narrow: set[str]) -> bool:
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _types(old: Schema, new: Schema, side: Side, emit: Emit, path: str) -> None:
    before, after = _type_set(old), _type_set(new)
    if before == after:
        return
    message = f"type {show(old.get('type', _MISSING))} -> {show(new.get('type', _MISSING))}"
    if side == "response":
        emit("response-type-changed", path, message)
    elif after is None or (before is not None and _accepts_all(after, before)):
        emit("request-type-widened", path, message)
    else:
        emit("request-type-narrowed", path, message)


def _enum(old: Schema, new: Schema, side: Side, emit: Emit, path: str) -> None:
    before, after = old.get("enum"), new.get("enum")
    if before == after:
        return
    if side == "request" and before is None:
        emit("request-enum-introduced", path, f"only {show(after)} accepted now")
        return
    if side == "request" and after is None:
        emit("request-enum-dropped", path, f"no longer limited to {show(before)}")
        return
    if before is None or after is None:
        return
    error_code = side == "response" and path.split(".")[-1] == "code"
    for value in after:
        if value not in before:
            check = "error-code-added" if error_code else f"{side}-enum-value-added"
            emit(check, path, f"value {show(value)} added")
    for value in before:
        if value not in after:
            check = "error-code-removed" if error_code else f"{side}-enum-value-removed"
            emit(check, path, f"value {show(value)} removed")


def _default(old: Schema, new: Schema, emit: Emit, path: str) -> None:
    before, after = old.get("default", _MISSING), new.get("default", _MISSING)
    if before != after:
        emit("request-default-changed", path, f"default {show(before)} -> {show(after)}")


def _bounds(old: Schema, new: Schema, emit: Emit, path: str) -> None:
    for keyword in (*LOWER_BOUNDS, *UPPER_BOUNDS):
        before, after = old.get(keyword), new.get(keyword)
        if before == after:
            continue
        if before is None:
            tighter = True
        elif after is None:
            tighter = False
        else:
            tighter = after > before if keyword in LOWER_BOUNDS else after < before
        check = "request-limit-tightened" if tighter else "request-limit-loosened"
        emit(
            check,
            path,
            f"{keyword} {show(old.get(keyword, _MISSING))} -> {show(new.get(keyword, _MISSING))}",
        )


def _pattern(old: Schema, new: Schema, emit: Emit, path: str) -> None:
    before, after = old.get("pattern"), new.get("pattern")
    if before == after:
        return
    check = {None: "request-pattern-added"}.get(before, "request-pattern-changed")
    if after is None:
        check = "request-pattern-removed"
    emit(
        check,
        path,
        f"pattern {show(old.get('pattern', _MISSING))} -> {show(new.get('pattern', _MISSING))}",
    )


def _closed(old: Schema, new: Schema, emit: Emit, path: str) -> None:
    before = old.get("additionalProperties") is False
    after = new.get("additionalProperties") is False
    if before != after:
        emit(
            "request-closed" if after else "request-opened",
            path,
            "unknown fields " + ("refused" if after else "accepted"),
            "unknown_field",
        )


def _properties(old: Schema, new: Schema, side: Side, emit: Emit, path: str) -> None:
    before: Mapping[str, Any] = old.get("properties") or {}
    after: Mapping[str, Any] = new.get("properties") or {}
    required_before = set(old.get("required") or ())
    required_after = set(new.get("required") or ())
    for name in before:
        where = child(path, name)
        if name not in after:
            if side == "request":
                emit("request-field-removed", where, "field removed", "unknown_field")
            else:
                emit("response-field-removed", where, "field no longer in the answer")
            continue
        compare(before[name], after[name], side, emit, where)
        was, now = name in required_before, name in required_after
        if was == now:
            continue
        if side == "request":
            emit(
                "request-field-became-required" if now else "request-field-became-optional",
                where,
                "now " + ("required" if now else "optional"),
            )
        else:
            emit(
                "response-field-became-required" if now else "response-field-became-optional",
                where,
                "now " + ("always present" if now else "optional"),
            )
    for name in after:
        if name in before:
            continue
        where = child(path, name)
        if side == "response":
            emit("response-field-added", where, "new field in the answer")
        elif name in required_after:
            emit("request-field-added-required", where, "new required field")
        else:
            emit("request-field-added", where, "new optional field")
