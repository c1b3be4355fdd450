"""``kling-mock serve --replay DIR``: answer from a recording what it holds, simulate the rest.

Matching rule. A request matches a recorded interaction when both have
  * the same operation (the spec's operationId, whichever URL form was used),
  * the same query arguments, and
  * the same body once both are read the way a recording keeps them (``redact.scrub``: inline
    media compared by its SHA-256) and the fields that change from run to run are left out
    (``callback_url`` and ``external_task_id``, wherever they sit).
The first recorded interaction that matches answers (status, kept headers, body). Credentials
are not compared: a recording holds none.

A recorded task keeps its lifecycle. When a create is answered from the recording, the mock clock
at that moment becomes the task's start. A read of the task (any path argument or query value
equal to its id, so ``GET /tasks?task_ids=`` too) gets the last recorded read whose offset from
the recorded create has passed, so statuses change at the recorded offsets of mock time
(advance the clock to move on).
A simulated task never takes an id the recording names (``MockState.reserved_task_ids``): the
mock's ids come from its seed, so a recording made against a mock with the same seed would
otherwise have its ids drawn again for other requests.
A task read before its create was replayed starts at its first recorded read. Everything else
(no match, an unknown task id) is simulated as if there were no recording.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flask import Flask

from mockserver.core.call import Call
from mockserver.core.spec_index import Kind, SpecIndex
from mockserver.core.state import MockState, state_of
from mockserver.domain.task_answers import id_of
from mockserver.pipeline.envelope import Answer
from mockserver.pipeline.exchange import Exchange
from spec.designs import Design

from .recording import Interaction, body_of, load

VOLATILE_FIELDS = frozenset({"callback_url", "external_task_id"})
REPLAYED_HEADER = "X-Mock-Replayed"  # on every answer taken from the recording: its operation
STARTED_SETTING = "replay-started:"  # + task id -> mock ms at which its replay started


def without_volatile(value: Any) -> Any:
    """A body with the run-to-run fields left out, at any depth."""
    if isinstance(value, Mapping):
        return {k: without_volatile(v) for k, v in value.items() if k not in VOLATILE_FIELDS}
    if isinstance(value, list):
        return [without_volatile(item) for item in value]
    return value


def match_key(operation: str, query: Mapping[str, str], body: Any) -> str:
    """What two requests must share to be answered alike (see the module's matching rule)."""
    return json.dumps(
        [operation, dict(sorted(query.items())), without_volatile(body)], sort_keys=True
    )


def task_id_of(body: Any, design: Design) -> str | None:
    """The one task an answer in ``design``'s words is about: ``data`` itself or the only task of
    a ``data`` array (``GET /tasks?task_ids=...``)."""
    data = body.get("data") if isinstance(body, Mapping) else None
    if isinstance(data, list):
        return id_of(data[0], design) if len(data) == 1 else None
    return id_of(data, design)


def task_ids_in(body: Any, design: Design) -> set[str]:
    """Every task id an answer names: ``data`` itself or each task of a ``data`` array."""
    data = body.get("data") if isinstance(body, Mapping) else None
    found = {id_of(task, design) for task in (data if isinstance(data, list) else [data])}
    return {task_id for task_id in found if task_id}


@dataclass
class Lifecycle:
    """The recorded reads of one task, as offsets from its recorded create."""

    created_offset_ms: int | None = None
    reads: list[tuple[int, Interaction]] = field(default_factory=list)

    def answer_at(self, elapsed_ms: int) -> Interaction:
        """The last read recorded within ``elapsed_ms`` of the create (else the first read)."""
        chosen = self.reads[0][1]
        for offset, read in self.reads:
            if offset <= elapsed_ms:
                chosen = read
        return chosen


@dataclass
class Recording:
    """A recording directory, indexed for matching."""

    answers: dict[str, Interaction] = field(default_factory=dict)
    tasks: dict[str, Lifecycle] = field(default_factory=dict)
    ids: set[str] = field(default_factory=set)
    """Every task id any recorded answer names: a simulated task never takes one."""

    @classmethod
    def load(cls, directory: Path, index: SpecIndex) -> Recording:
        made = cls()
        for item in load(directory):
            op = index.operations.get(item.operation)
            kind = op.kind if op is not None else None
            design = index.design_of(item.operation)
            made.ids |= task_ids_in(item.response_body, design)
            task_id = task_id_of(item.response_body, design)
            if kind is Kind.GET and task_id is not None:
                lifecycle = made.tasks.setdefault(task_id, Lifecycle())
                lifecycle.reads.append((item.offset_ms, item))
                continue
            made.answers.setdefault(match_key(item.operation, item.query, item.request_body), item)
            if kind is Kind.CREATE and task_id is not None:
                made.tasks.setdefault(task_id, Lifecycle()).created_offset_ms = item.offset_ms
        for lifecycle in made.tasks.values():
            start = lifecycle.created_offset_ms
            if start is None and lifecycle.reads:
                start = lifecycle.reads[0][0]
            lifecycle.reads = [(offset - (start or 0), read) for offset, read in lifecycle.reads]
        return made


def respond(item: Interaction) -> Answer:
    """The recorded answer (its body as recorded, its kept headers)."""
    body = item.response_body
    code = body.get("code") if isinstance(body, Mapping) else None
    content = body if isinstance(body, str) else json.dumps(body, separators=(",", ":"))
    return Answer(
        item.status,
        code if isinstance(code, int) else None,
        raw=content.encode(),
        headers={**item.response_headers, REPLAYED_HEADER: item.operation},
        mimetype="text/html",  # as Flask sends a body of no stated type; a recorded header wins
    )


def _read_task(state: MockState, recording: Recording, kind: Kind, call: Call) -> Answer | None:
    if kind is not Kind.GET:
        return None
    asked = [str(v) for v in call.path_args.values()]
    asked += [part for value in call.args.values() for part in value.split(",")]
    for value in asked:
        lifecycle = recording.tasks.get(value)
        if lifecycle is None or not lifecycle.reads:
            continue
        setting = STARTED_SETTING + str(value)
        now = state.clock.now_ms()
        started = state.store.settings.get(setting)
        if started is None:
            started = now - lifecycle.reads[0][0]
            state.store.settings.put(setting, started)
        return respond(lifecycle.answer_at(now - int(started)))
    return None


def replayed(state: MockState, recording: Recording, ex: Exchange) -> Answer | None:
    """The recorded answer of this request, or None to simulate it."""
    op, call = ex.operation, ex.call
    if op is None:
        return None
    from_task = _read_task(state, recording, op.kind, call)
    if from_task is not None:
        return from_task
    body = body_of(call.raw, call.content_type)
    item = recording.answers.get(match_key(op.operation_id, dict(call.args), body))
    if item is None:
        return None
    task_id = task_id_of(item.response_body, state.index.design(op.design))
    if op.kind is Kind.CREATE and task_id in recording.tasks:
        state.store.settings.put(STARTED_SETTING + str(task_id), state.clock.now_ms())
    return respond(item)


def install(app: Flask, directory: Path) -> Callable[[MockState, Exchange], Answer | None]:
    """The front that answers from the recording in ``directory`` before the mock simulates
    anything (for ``mockserver.http.edge``)."""
    state = state_of(app)
    recording = Recording.load(directory, state.index)
    state.reserved_task_ids = frozenset(recording.ids)

    def front(state: MockState, ex: Exchange) -> Answer | None:
        return replayed(state, recording, ex)

    return front


__all__ = ["REPLAYED_HEADER", "Recording", "install", "match_key"]
