"""Compare the ``x-kling-*`` extensions of one request schema node: image and media limits,
cross-field rules (``x-kling-rules``) and per-model support (``x-kling-models``).

Every difference is read in the direction of "what is accepted": a restriction that appears, or
a limit that narrows, is a tightening (breaking; the mock refuses more); the reverse is a loosening.
Rules are matched between versions by their kind and the fields they name (a ``when`` by its
conditions), so a changed number reads as tightened or loosened instead of removed and added.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from codegen.speclife.changes import Emit

_MISSING = object()
#: Limits of x-kling-image and x-kling-media where a larger value accepts less.
_LOWER_LIMITS = ("min_side", "min_aspect_ratio", "min_seconds")
#: Limits where a larger value accepts more.
_UPPER_LIMITS = ("max_bytes", "max_side", "max_aspect_ratio", "max_seconds")
#: Flags that accept more when true, and flags that refuse more when true.
_ACCEPTING_FLAGS = {"accept_url": True, "accept_base64": False}
_REFUSING_FLAGS = {"refuse_data_prefix": True}
#: Per rule kind: the numbers that narrow it when they rise (lower) or fall (upper).
_RULE_LOWER = {"nonzero_count": ("min",), "less_than": ("min_gap",)}
_RULE_UPPER = {"max_total_items": ("max",), "nonzero_count": ("max",), "canvas_area_max": ("max",)}
#: What a rule says rather than what it refuses: a change of these is no change of the rule.
_WORDS_ONLY = ("note", "message")


def _show(value: Any) -> str:
    return "(none)" if value is _MISSING else json.dumps(value, ensure_ascii=False, sort_keys=True)


def compare_node(old: Mapping[str, Any], new: Mapping[str, Any], emit: Emit, path: str) -> None:
    """Every x-kling change on one schema node (the node's own keywords, not its children)."""
    for keyword, prefix in (("x-kling-image", "image"), ("x-kling-media", "media")):
        _limits(old.get(keyword), new.get(keyword), prefix, emit, path)
    compare_rules(
        old.get("x-kling-rules") or [], new.get("x-kling-rules") or [], emit, path, "rule"
    )
    _models(old.get("x-kling-models"), new.get("x-kling-models"), (old, new), emit, path)


# ----------------------------------------------------------------------------- image and media


def _limits(old: Any, new: Any, prefix: str, emit: Emit, path: str) -> None:
    if old == new:
        return
    tightened, loosened = f"{prefix}-limit-tightened", f"{prefix}-limit-loosened"
    if not isinstance(old, Mapping) or not isinstance(new, Mapping):
        check = tightened if new else loosened
        emit(check, path, f"x-kling-{prefix} {_show(old)} -> {_show(new)}")
        return
    for key in sorted(set(old) | set(new)):
        before, after = old.get(key, _MISSING), new.get(key, _MISSING)
        if before == after:
            continue
        message = f"x-kling-{prefix}.{key} {_show(before)} -> {_show(after)}"
        if key == "formats":
            gone = set(before if before is not _MISSING else []) - set(
                after if after is not _MISSING else []
            )
            emit(tightened if gone else loosened, path, message)
        elif key in _LOWER_LIMITS or key in _UPPER_LIMITS:
            if before is _MISSING or after is _MISSING:
                tighter = before is _MISSING
            else:
                tighter = after > before if key in _LOWER_LIMITS else after < before
            emit(tightened if tighter else loosened, path, message)
        elif key in _ACCEPTING_FLAGS or key in _REFUSING_FLAGS:
            default = {**_ACCEPTING_FLAGS, **_REFUSING_FLAGS}[key]
            was = default if before is _MISSING else before
            now = default if after is _MISSING else after
            if was == now:
                continue
            refuses_more = (not now) if key in _ACCEPTING_FLAGS else bool(now)
            emit(tightened if refuses_more else loosened, path, message)
        else:  # kind: a different sort of media altogether
            emit(tightened, path, message)


# ----------------------------------------------------------------------------- rules


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _without_words(rule: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in rule.items() if k not in _WORDS_ONLY}


def _identity(rule: Mapping[str, Any]) -> str:
    """What makes two versions of a rule "the same rule": its kind and what it talks about."""
    kind = rule.get("rule", "when")
    numbers = set(_RULE_LOWER.get(kind, ())) | set(_RULE_UPPER.get(kind, ()))
    if kind == "when":
        return _canonical({"rule": "when", "if": rule.get("if")})
    return _canonical({k: v for k, v in _without_words(rule).items() if k not in numbers})


def _describe(rule: Mapping[str, Any]) -> str:
    return _canonical(_without_words(rule))


def _paired(
    old: list[Any], new: list[Any]
) -> tuple[list[tuple[Mapping[str, Any], Mapping[str, Any]]], list[Any], list[Any]]:
    """Each rule of ``new`` with its version in ``old``: the same rule word for word first, then
    by identity in order (several rules may share one, e.g. two ``when``s on one condition).
    Returns the pairs, the old rules left (removed) and the new ones left (added)."""
    left_old = [rule for rule in old if isinstance(rule, Mapping)]
    left_new = [rule for rule in new if isinstance(rule, Mapping)]
    pairs: list[tuple[Mapping[str, Any], Mapping[str, Any]]] = []
    for same in (_describe, _identity):
        for rule in list(left_new):
            match = next((o for o in left_old if same(o) == same(rule)), None)
            if match is not None:
                pairs.append((match, rule))
                left_old.remove(match)
                left_new.remove(rule)
    return pairs, left_old, left_new


def compare_rules(old: list[Any], new: list[Any], emit: Emit, path: str, prefix: str) -> None:
    """Rules (or a model's ``when`` entries) matched by identity, then compared number by number.

    ``prefix`` picks the checks: ``rule`` (x-kling-rules) or ``model-restriction`` (x-kling-models).
    """
    added, removed = _checks(prefix)
    pairs, gone, new_rules = _paired(old, new)
    for rule in gone:
        emit(removed, path, f"rule gone: {_describe(rule)}")
    for rule in new_rules:
        emit(added, path, f"new rule: {_describe(rule)}")
    for previous, rule in pairs:
        if previous.get("message") != rule.get("message"):
            was, now = previous.get("message", _MISSING), rule.get("message", _MISSING)
            emit(
                "rule-message-changed",
                path,
                f"{_describe(rule)} refuses in other words: {_show(was)} -> {_show(now)}",
            )
        if _without_words(previous) == _without_words(rule):
            continue
        kind = rule.get("rule", "when")
        if kind == "when":
            where = f"when {_canonical(rule.get('if'))}"
            compare_consequence(
                previous.get("then") or {}, rule.get("then") or {}, emit, path, prefix, where
            )
            continue
        for number in (*_RULE_LOWER.get(kind, ()), *_RULE_UPPER.get(kind, ())):
            was, now = previous.get(number, _MISSING), rule.get(number, _MISSING)
            if was == now:
                continue
            if was is _MISSING or now is _MISSING:
                tighter = was is _MISSING
            else:
                tighter = now > was if number in _RULE_LOWER.get(kind, ()) else now < was
            emit(
                _tightened(prefix) if tighter else _loosened(prefix),
                path,
                f"{kind} {number} {_show(was)} -> {_show(now)} in {_describe(rule)}",
            )


def _checks(prefix: str) -> tuple[str, str]:
    if prefix == "rule":
        return "rule-added", "rule-removed"
    return "model-restriction-added", "model-restriction-removed"


def _tightened(prefix: str) -> str:
    return "rule-tightened" if prefix == "rule" else "model-restriction-added"


def _loosened(prefix: str) -> str:
    return "rule-loosened" if prefix == "rule" else "model-restriction-removed"


def compare_consequence(
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    emit: Emit,
    path: str,
    prefix: str,
    where: str,
) -> None:
    """What a consequence (or a model's support entry) requires, forbids and allows."""
    tighter, looser = _tightened(prefix), _loosened(prefix)
    for key in ("require", "forbid", "unsupported"):
        was, now = set(old.get(key) or ()), set(new.get(key) or ())
        gained, lost = _WORDING[key]
        # A field a model stops supporting is one Kling ignores (x-kling-strictness)
        ignored = "model_unsupported" if key == "unsupported" else ""
        for name in sorted(now - was):
            emit(tighter, path, f"{where} {gained} {name}", ignored)
        for name in sorted(was - now):
            emit(looser, path, f"{where} {lost} {name}")
    allowed_before: Mapping[str, Any] = old.get("allow") or {}
    allowed_after: Mapping[str, Any] = new.get("allow") or {}
    for name in sorted(set(allowed_before) | set(allowed_after)):
        if name not in allowed_before:
            emit(tighter, path, f"{where} allows only {_show(allowed_after[name])} for {name}")
        elif name not in allowed_after:
            emit(looser, path, f"{where} no longer limits {name}")
        else:
            for value in allowed_before[name]:
                if value not in allowed_after[name]:
                    emit(tighter, path, f"{where} no longer allows {name} = {_show(value)}")
            for value in allowed_after[name]:
                if value not in allowed_before[name]:
                    emit(looser, path, f"{where} now allows {name} = {_show(value)}")
    nested_before = [*(old.get("rules") or []), *_as_when(old.get("when"))]
    nested_after = [*(new.get("rules") or []), *_as_when(new.get("when"))]
    compare_rules(nested_before, nested_after, _prefixed(emit, where), path, prefix)


#: How a restriction list reads when a name joins it, and when it leaves.
_WORDING = {
    "require": ("now requires", "no longer requires"),
    "forbid": ("now forbids", "no longer forbids"),
    "unsupported": ("no longer supports", "now supports"),
}


def _as_when(entries: Any) -> list[dict[str, Any]]:
    return [{"rule": "when", **entry} for entry in entries or [] if isinstance(entry, Mapping)]


def _prefixed(emit: Emit, where: str) -> Emit:
    def inner(check: str, path: str, message: str, deviation: str = "") -> None:
        emit(check, path, f"{where}: {message}", deviation)

    return inner


# ----------------------------------------------------------------------------- models


def _models(
    old: Any, new: Any, nodes: tuple[Mapping[str, Any], Mapping[str, Any]], emit: Emit, path: str
) -> None:
    """Per-model support, compared only for models both versions accept: a model that arrives or
    leaves the selector's enum is reported there, and its limits change nothing that worked."""
    if old == new:
        return
    old = old if isinstance(old, Mapping) else {"field": None, "models": {}}
    new = new if isinstance(new, Mapping) else {"field": old.get("field"), "models": {}}
    if old.get("field") and new.get("field") and old["field"] != new["field"]:
        emit(
            "model-selector-changed",
            path,
            f"x-kling-models.field {_show(old['field'])} -> {_show(new['field'])}",
        )
        return
    selector = str(new.get("field") or old.get("field") or "")
    accepted_before, accepted_after = _enum_at(nodes[0], selector), _enum_at(nodes[1], selector)
    before: Mapping[str, Any] = old.get("models") or {}
    after: Mapping[str, Any] = new.get("models") or {}
    for model in sorted(set(before) | set(after)):
        if accepted_before is not None and model not in accepted_before:
            continue  # a new model: its limits restrict nothing that worked before
        if accepted_after is not None and model not in accepted_after:
            continue  # a model gone: request-enum-value-removed says so
        compare_consequence(
            before.get(model) or {}, after.get(model) or {}, emit, path, "model", f"model {model}"
        )


def _enum_at(node: Mapping[str, Any], field: str) -> list[Any] | None:
    for part in field.split(".") if field else []:
        properties = node.get("properties") or {}
        node = properties.get(part) or {}
    enum = node.get("enum") if field else None
    return list(enum) if isinstance(enum, list) else None
