"""``kling-codegen diff``: every change between two bundled specs, classified (see catalogue.py).

Operations are matched by method and path (an operation whose operationId moved to another path
is a rename); inside each, parameters, the request body, every response and the operation's
``x-kling-*`` settings are compared on their compiled schemas, so ``$ref`` and ``allOf`` are
resolved the way the mock and the client see them. Words (descriptions, examples, notes,
provenance) are compared on the raw documents and reported as documentation.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from codegen.speclife import schemadiff
from codegen.speclife.changes import Change, Report
from spec import Document, iter_operations, resolve
from spec.compile import compile_schema, parameter_schemas, request_schema
from spec.engine.leniency import policy_of
from spec.renames import RENAMED_FAMILIES, FamilyRename, renamed, renamed_families

#: Keys whose values are words for people: a change in them is documentation.
DOC_KEYS = frozenset(
    {"description", "summary", "title", "example", "examples", "externalDocs", "note"}
    | {"x-kling-source", "x-kling-disagreement"}
)
_JSON = "application/json"
_Key = tuple[str, str]


def diff_bundles(old: Document, new: Document) -> Report:
    """The classified changes from ``old`` to ``new`` (two bundles from the loader)."""
    report = Report(
        str(old["info"].get("version", "")),
        str(new["info"].get("version", "")),
        strictness=policy_of(new),
    )
    before = {(method, path): op for path, method, op in iter_operations(old)}
    after = {(method, path): op for path, method, op in iter_operations(new)}
    moved = _renames(before, after)
    aliases = renamed_families(new)
    for key, operation in before.items():
        if key in after:
            _operation(report, old, new, key, operation, after[key], aliases)
        elif key in moved:
            target = moved[key]
            emit = report.emitter(_name(key), _family(operation), "")
            emit("path-renamed", "", f"now {_name(target)}")
            _operation(report, old, new, target, operation, after[target], aliases)
        else:
            report.emitter(_name(key), _family(operation), "")("operation-removed", "", "removed")
    for key, operation in after.items():
        if key not in before and key not in moved.values():
            report.emitter(_name(key), _family(operation), "")("operation-added", "", "new")
    _aliases_removed(report, renamed_families(old), aliases)
    _words(report, old, new)
    return report


def _name(key: _Key) -> str:
    return f"{key[0].upper()} {key[1]}"


def _family(operation: Mapping[str, Any]) -> str:
    return str(operation.get("x-kling-family") or operation.get("tags", ["other"])[0])


def _renames(before: dict[_Key, Any], after: dict[_Key, Any]) -> dict[_Key, _Key]:
    gone = {op.get("operationId"): key for key, op in before.items() if key not in after}
    new = {op.get("operationId"): key for key, op in after.items() if key not in before}
    return {gone[op_id]: new[op_id] for op_id in gone.keys() & new.keys() if op_id}


def _operation(
    report: Report,
    old: Document,
    new: Document,
    key: _Key,
    before: Any,
    after: Any,
    aliases: dict[str, FamilyRename],
) -> None:
    name, family = _name(key), _family(after)
    _parameters(report, old, new, name, family, before, after)
    emit = report.emitter(name, family, "request body")
    body_before, body_after = request_schema(old, before), request_schema(new, after)
    if body_before is None and body_after is not None:
        emit("request-body-added", "", "a body is now sent")
    elif body_before is not None and body_after is None:
        emit("request-body-removed", "", "no body is taken any more")
    elif body_before is not None and body_after is not None:
        schemadiff.compare(body_before, body_after, "request", emit)
    _responses(report, old, new, name, family, before, after)
    _settings(report.emitter(name, family, ""), before, after, aliases)


def _parameters(
    report: Report, old: Document, new: Document, name: str, family: str, before: Any, after: Any
) -> None:
    params_before, params_after = parameter_schemas(old, before), parameter_schemas(new, after)
    for param, schema in params_before.items():
        emit = report.emitter(name, family, f"parameter {param}")
        if param not in params_after:
            emit("parameter-removed", "", "removed")
            continue
        schemadiff.compare(schema, params_after[param], "request", emit)
        was, now = schema["x-kling-required"], params_after[param]["x-kling-required"]
        if was != now:
            emit("parameter-became-required" if now else "parameter-became-optional", "", "")
    for param, schema in params_after.items():
        if param not in params_before:
            emit = report.emitter(name, family, f"parameter {param}")
            required = schema["x-kling-required"]
            emit("parameter-added-required" if required else "parameter-added", "", "new")


def response_schemas(bundle: Document, operation: Any) -> dict[str, dict[str, Any]]:
    """Status -> compiled ``application/json`` schema of each declared response ({} if none)."""
    found: dict[str, dict[str, Any]] = {}
    for status, raw in (operation.get("responses") or {}).items():
        response = resolve(bundle, raw)
        content = response.get("content") or {}
        media = next((v for k, v in content.items() if str(k).split(";")[0] == _JSON), None)
        schema = media.get("schema") if isinstance(media, Mapping) else None
        found[str(status)] = compile_schema(bundle, schema) if schema is not None else {}
    return found


def _responses(
    report: Report, old: Document, new: Document, name: str, family: str, before: Any, after: Any
) -> None:
    schemas_before, schemas_after = response_schemas(old, before), response_schemas(new, after)
    for status, schema in schemas_before.items():
        emit = report.emitter(name, family, f"response {status}")
        if status in schemas_after:
            schemadiff.compare(schema, schemas_after[status], "response", emit)
        elif status.startswith("2"):
            emit("response-success-removed", "", "status no longer answered")
        else:
            emit("response-error-removed", "", "status no longer declared")
    for status in schemas_after.keys() - schemas_before.keys():
        report.emitter(name, family, f"response {status}")("response-status-added", "", "declared")


#: Operation settings: the check a change of each raises.
_SETTINGS = {
    "x-kling-family": "client-name-changed",
    "x-kling-method": "client-name-changed",
    "x-kling-query": "query-changed",
    "x-kling-sync": "sync-changed",
}
_TASK_KIND_KEYS = ("result", "immediate")


def _settings(
    emit: Any,
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    aliases: dict[str, FamilyRename],
) -> None:
    for key, check in _SETTINGS.items():
        if before.get(key) != after.get(key):
            was, now = before.get(key), after.get(key)
            message = f"{key} {_dump(was)} -> {_dump(now)}"
            if key == "x-kling-family" and renamed(str(was), aliases) == now:
                check = "family-renamed-with-alias"
                message += f" (client.{str(was).split('.')[0]} kept as a deprecated alias)"
            emit(check, "", message)
    task_before, task_after = before.get("x-kling-task"), after.get("x-kling-task")
    if task_before == task_after:
        return
    if not isinstance(task_before, Mapping) or not isinstance(task_after, Mapping):
        emit("task-kind-changed", "", f"x-kling-task {_dump(task_before)} -> {_dump(task_after)}")
        return
    for key in sorted(set(task_before) | set(task_after)):
        was, now = task_before.get(key), task_after.get(key)
        if was != now:
            check = "task-kind-changed" if key in _TASK_KIND_KEYS else "task-setting-changed"
            emit(check, "", f"x-kling-task.{key} {_dump(was)} -> {_dump(now)}")


def _aliases_removed(
    report: Report, before: dict[str, FamilyRename], after: dict[str, FamilyRename]
) -> None:
    """A deprecated old name the new spec no longer keeps: code still using it breaks."""
    for old, rename in before.items():
        if old not in after:
            where = f"/components/{RENAMED_FAMILIES}/{old}"
            emit = report.emitter("", rename.now, where)
            emit("family-alias-removed", "", f"client.{old} is gone (use client.{rename.now})")


def _dump(value: Any) -> str:
    return "(none)" if value is None else json.dumps(value, sort_keys=True, ensure_ascii=False)


# ----------------------------------------------------------------------------- documentation


def _words(report: Report, old: Document, new: Document) -> None:
    """Documentation changes, one per JSON pointer, filed under their operation when inside one."""
    families = {(m, p): _family(op) for p, m, op in iter_operations(new)}
    for pointer, was, now in _word_changes(old, new, ""):
        parts = [p.replace("~1", "/") for p in pointer.split("/")[1:]]
        operation, family, where = "", "", pointer
        if len(parts) >= 3 and parts[0] == "paths" and (parts[2], parts[1]) in families:
            operation = _name((parts[2], parts[1]))
            family = families[(parts[2], parts[1])]
            where = "/" + "/".join(p.replace("/", "~1") for p in parts[3:])
        message = "added" if was is None else "removed" if now is None else "reworded"
        report.add(Change("documentation-changed", operation, family, where, "", message))


def _word_changes(old: Any, new: Any, pointer: str) -> Iterator[tuple[str, Any, Any]]:
    if isinstance(old, Mapping) and isinstance(new, Mapping):
        for key in [*old, *(k for k in new if k not in old)]:
            here = f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"
            if key in DOC_KEYS:
                if old.get(key) != new.get(key):
                    yield here, old.get(key), new.get(key)
            elif key in old and key in new:
                yield from _word_changes(old[key], new[key], here)
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for index, (a, b) in enumerate(zip(old, new, strict=True)):
            yield from _word_changes(a, b, f"{pointer}/{index}")
