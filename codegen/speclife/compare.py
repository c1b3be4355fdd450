"""``kling-codegen compare``: drift between our spec and the gateway's published documents.

Operations are matched by method and path (the gateway's ``/kling`` prefix dropped). For each, the
report lists fields and enum values one side has and the other lacks, defaults that differ,
requests upstream shows as valid (its examples and samples, plus one request per enum value and
bound of its fields) that our schema and rules refuse, and upstream response examples our response
schema refuses. A finding is *known* when a recorded ``x-kling-disagreement`` whose topic names
its field also pins it in ``acknowledges``: the values of an enum finding (each one), the upstream
value of a differing default, or the finding's ``pin`` (a digest of its kind, field and message)
for anything else. The rest are *new*, so a value that appears upstream after the disagreement was
written is new even though the field's disagreement is recorded.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]

from codegen.speclife import upstream
from codegen.speclife.diff import response_schemas
from spec import Document, iter_operations
from spec.compile import request_schema
from spec.engine.rules import check as rules_check


@dataclass(frozen=True)
class Drift:
    kind: str
    source: str
    operation: str
    field: str
    message: str
    known: str  # the x-kling-disagreement topic that records it, or ""
    values: tuple[Any, ...] = ()  # the upstream values an enum or default finding is about
    pin: str = ""  # what a disagreement's acknowledges names to record this finding

    def line(self) -> str:
        status = f"known ({self.known})" if self.known else "NEW"
        subject = f" `{self.field}`" if self.field else ""
        shown = "" if self.known else f"  (pin: {self.pin})"
        return f"{status:<6} [{self.kind}] {self.operation}{subject}: {self.message}{shown}"

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def compare(ours: Document, documents: Mapping[str, Document]) -> list[Drift]:
    """Every drift between ``ours`` (a bundle) and the upstream documents (source -> document)."""
    found: list[Drift] = []
    mine = {(method, path): op for path, method, op in iter_operations(ours)}
    for source, document in documents.items():
        for path, method, theirs in iter_operations(document):
            name = f"{method.upper()} {upstream.our_path(path)}"
            operation = mine.get((method, upstream.our_path(path)))
            if operation is None:
                kind, message = "operation-missing-here", "not in our spec"
                pin = pin_of(kind, name, message)
                found.append(Drift(kind, source, name, "", message, "", (), pin))
                continue
            recorded = operation.get("x-kling-disagreement") or []
            for kind, field, message, values in _operation_drift(ours, operation, document, theirs):
                drift = Drift(
                    kind, source, name, field, message, "", values, pin_of(kind, field, message)
                )
                found.append(replace(drift, known=_known(recorded, drift)))
    return found


def pin_of(kind: str, field: str, message: str) -> str:
    """The digest a disagreement's ``acknowledges`` names to record one finding."""
    return "sha256:" + hashlib.sha256(f"{kind}|{field}|{message}".encode()).hexdigest()[:12]


def _known(recorded: list[Any], drift: Drift) -> str:
    """The first disagreement whose topic names the drift's field (its last segment, as a whole
    word: not kling-image-o1) and whose ``acknowledges`` pins it (every value, or its pin)."""
    names = [part for part in re.split(r"[.\[\]]+", drift.field) if part]
    for entry in recorded:
        topic = str(entry.get("topic", ""))
        if not names or not re.search(rf"(?<![\w-]){re.escape(names[-1])}(?![\w-])", topic):
            continue
        pinned = list(entry.get("acknowledges") or [])
        if drift.values and all(value in pinned for value in drift.values):
            return topic
        if not drift.values and drift.pin in pinned:
            return topic
    return ""


#: (kind, field, message, the upstream values it is about)
_Found = tuple[str, str, str, tuple[Any, ...]]


def _operation_drift(
    ours: Document, operation: Any, theirs_doc: Document, theirs: Any
) -> Iterator[_Found]:
    our_body = request_schema(ours, operation) or {}
    their_body = request_schema(theirs_doc, theirs) or {}
    yield from _fields(our_body, their_body, "")
    our_answer, their_answer = _answer(ours, operation), _answer(theirs_doc, theirs)
    if our_answer and their_answer:
        yield from _fields(our_answer, their_answer, "response ")
    for label, body in [*upstream.request_samples(theirs), *_generated(their_body, theirs)]:
        refused = rules_check(body, our_body, answered=False) if our_body else []
        for violation in refused:
            message = f"{label} {_short(body)}: {violation.message}"
            yield "request-refused-here", violation.field, message, ()
    for status, label, body in upstream.response_samples(theirs):
        schema = _answer(ours, operation, status)
        if not schema:
            continue
        for error in jsonschema.Draft202012Validator(schema).iter_errors(body):
            path = [str(p) for p in error.absolute_path]
            if error.validator == "required" and isinstance(error.message, str):
                path.append(error.message.split("'")[1] if "'" in error.message else "")
            field = ".".join(p for p in path if p)
            yield "response-refused-here", field, f"{status} {label}: {error.message}", ()


def _answer(bundle: Document, operation: Any, status: str = "200") -> dict[str, Any]:
    return response_schemas(bundle, operation).get(status, {})


def _flatten(schema: Mapping[str, Any], path: str = "") -> Iterator[tuple[str, Mapping[str, Any]]]:
    for name, node in (schema.get("properties") or {}).items():
        here = f"{path}.{name}" if path else str(name)
        yield here, node
        yield from _flatten(node, here)
        items = node.get("items")
        if isinstance(items, Mapping):
            yield from _flatten(items, f"{here}[]")


def _fields(ours: Mapping[str, Any], theirs: Mapping[str, Any], side: str) -> Iterator[_Found]:
    """Fields and enum values on one side only, and differing defaults. On answers, only what
    upstream has and we lack: our shared envelope documents more than any one gateway page."""
    mine, upstream_fields = dict(_flatten(ours)), dict(_flatten(theirs))
    kind = side.replace(" ", "-")
    for field in sorted(upstream_fields.keys() - mine.keys()):
        yield f"{kind}field-missing-here", field, "upstream documents it, we do not", ()
    for field in sorted(mine.keys() - upstream_fields.keys()) if not side else []:
        yield "field-missing-upstream", field, "we have it, upstream does not", ()
    for field in sorted(mine.keys() & upstream_fields.keys()):
        our, their = mine[field], upstream_fields[field]
        if isinstance(our.get("enum"), list) and isinstance(their.get("enum"), list):
            lacking = [v for v in their["enum"] if v not in our["enum"]]
            extra = [v for v in our["enum"] if v not in their["enum"]]
            if lacking:
                yield (
                    f"{kind}enum-values-missing-here",
                    field,
                    f"upstream also has {_short(lacking)}",
                    tuple(lacking),
                )
            if extra and not side:
                message = f"we also have {_short(extra)}"
                yield "enum-values-missing-upstream", field, message, tuple(extra)
        if not side and our.get("default") != their.get("default"):
            values = f"ours {_short(our.get('default'))}, upstream {_short(their.get('default'))}"
            yield "default-differs", field, values, (their.get("default"),)


def _generated(schema: Mapping[str, Any], operation: Any) -> Iterator[tuple[str, Any]]:
    """One request per enum value and bound of each top-level field, on upstream's own sample."""
    samples = [body for _, body in upstream.request_samples(operation) if isinstance(body, Mapping)]
    base = dict(samples[0]) if samples else {}
    for name, node in (schema.get("properties") or {}).items():
        values = list(node.get("enum") or [])
        values += [node[k] for k in ("minimum", "maximum") if k in node]
        for value in values:
            body = copy.deepcopy(base)
            body[name] = value
            yield f"generated request ({name}={_short(value)})", body


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= 80 else text[:77] + "..."


def read_all(paths: list[Path]) -> dict[str, Document]:
    return {path.name: upstream.read_document(path) for path in paths}
