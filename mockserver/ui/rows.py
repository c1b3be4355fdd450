"""What the dashboard shows of a task: its status on the mock clock (named in the words of the
task's own design), the timeline its plan implies, the request as stored, and the media of its
result.

Everything comes from the same functions the API answers with (``lifecycle.status_at``,
``tasks.render_task``, the design's reader), so the page can never disagree with a poll made at
the same mock time, whatever design the task answers in.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from mockserver.core.state import MockState
from mockserver.domain.lifecycle import Plan, status_at, status_changes
from mockserver.domain.tasks import render_task
from spec.designs import FAILED, STATUSES, SUCCEEDED

from ..storage.tasks import TaskRecord

__all__ = ["STATUSES", "TaskFilter", "TaskRow", "designs", "families", "select", "utc_text"]
MEDIA_KINDS = {
    "png": "image",
    "jpg": "image",
    "jpeg": "image",
    "webp": "image",
    "mp4": "video",
    "mov": "video",
    "webm": "video",
    "mp3": "audio",
    "wav": "audio",
}
MEDIA_NOUNS = {"image": "image", "video": "video", "audio": "audio", "link": "file"}


def utc_text(ms: int) -> str:
    """A mock time as people read it: UTC, to the millisecond."""
    moment = datetime.fromtimestamp(ms / 1000, tz=UTC)
    return moment.strftime("%Y-%m-%d %H:%M:%S.") + f"{ms % 1000:03d}"


@dataclass(frozen=True)
class Step:
    status: str
    """The status reached, in the words of the task's design."""
    at_ms: int
    reached: bool

    @property
    def at(self) -> str:
        return utc_text(self.at_ms)


@dataclass(frozen=True)
class Media:
    kind: str  # image | video | audio | link
    url: str
    label: str


@dataclass(frozen=True)
class TaskRow:
    record: TaskRecord
    family: str
    design: str
    status: str
    """The canonical status (what the filter and the page's styles match)."""
    word: str
    """The status as the task's design spells it (what a poll answers)."""
    updated_at: int
    timeline: tuple[Step, ...]
    message: str
    media: tuple[Media, ...]

    @property
    def version(self) -> str:
        """Changes exactly when the row's content does (the page re-renders only such rows)."""
        return f"{self.status}:{self.updated_at}"

    @property
    def failed(self) -> bool:
        return self.status == FAILED

    @property
    def body_json(self) -> str:
        return json.dumps(self.record.body, indent=2, ensure_ascii=False, sort_keys=True)

    @property
    def created(self) -> str:
        return utc_text(self.record.created_at)


def media_in(node: Any) -> Iterator[Media]:
    """Every URL of a task result, as the player its file type calls for, labelled by what it
    is (``labelled``)."""
    found = list(_urls(node))
    yield from labelled(Media(_kind(url), url, "") for url in found)


def _urls(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for value in node.values():
            yield from _urls(value)
    elif isinstance(node, list):
        for value in node:
            yield from _urls(value)
    elif isinstance(node, str) and node.startswith(("http://", "https://")):
        yield node


def _extension(url: str) -> str:
    return urlsplit(url).path.rpartition(".")[2].lower()


def _kind(url: str) -> str:
    return MEDIA_KINDS.get(_extension(url), "link")


def labelled(found: Iterable[Media]) -> Iterator[Media]:
    """Each medium named as people say it, "audio (mp3)", "image 2 (png)", never by the field
    path it sits at in the answer (``task_result.audios[0].url_mp3`` means nothing to a
    listener): its kind, its number when the result holds several of that kind, its format."""
    items = list(found)
    totals = {kind: sum(1 for item in items if item.kind == kind) for kind in MEDIA_NOUNS}
    seen: dict[str, int] = {}
    for item in items:
        seen[item.kind] = seen.get(item.kind, 0) + 1
        number = f" {seen[item.kind]}" if totals.get(item.kind, 0) > 1 else ""
        extension = _extension(item.url)
        fmt = f" ({extension})" if item.kind != "link" and extension else ""
        yield Media(item.kind, item.url, f"{MEDIA_NOUNS[item.kind]}{number}{fmt}")


def players(found: Iterable[Media]) -> Iterator[Media]:
    """One player per kind of time-based media (the mp3 of an mp3+wav pair, the video before its
    watermarked copy); the other URLs of that kind become links (keeping their label). A page
    holds dozens of rows and every <video> or <audio> element costs the browser a media
    pipeline."""
    playing: set[str] = set()
    for item in found:
        if item.kind in ("video", "audio"):
            if item.kind in playing:
                item = Media("link", item.url, item.label)
            playing.add(item.kind)
        yield item


def task_row(state: MockState, record: TaskRecord, now: int, base_url: str) -> TaskRow:
    plan = Plan.from_json(record.plan)
    design = state.index.design_of(record.operation_id)
    status, updated_at = status_at(plan, record.created_at, now)
    changes = status_changes(plan, record.created_at)
    steps = tuple(Step(design.word(name), at, at <= now) for name, at in changes)
    media: tuple[Media, ...] = ()
    if status == SUCCEEDED:
        deleted = state.store.tasks.deleted(record.owner)
        shown = render_task(state, record, now, base_url, deleted)
        media = tuple(players(media_in(design.read(shown).results)))
    op = state.index.operations.get(record.operation_id)
    return TaskRow(
        record=record,
        family=op.family if op is not None else "",
        design=design.name,
        status=status,
        word=design.word(status),
        updated_at=updated_at,
        timeline=steps,
        message=plan.message if status == FAILED else "",
        media=media,
    )


@dataclass(frozen=True)
class TaskFilter:
    owner: str = ""
    family: str = ""
    status: str = ""
    design: str = ""

    def operations(self, state: MockState) -> list[str] | None:
        """The create operations of the family (None: every operation)."""
        if not self.family:
            return None
        return [
            op.operation_id for op in state.index.operations.values() if op.family == self.family
        ]

    def keeps(self, state: MockState, record: TaskRecord, status: str) -> bool:
        """Whether a task of this (canonical) status passes the status and design filters."""
        if self.status and status != self.status:
            return False
        return not self.design or state.index.design_of(record.operation_id).name == self.design


def designs(state: MockState) -> list[str]:
    """Every design of the spec, as the design filter offers them."""
    return sorted(state.index.designs)


def families(state: MockState) -> list[str]:
    """Families that create tasks, as the spec names them."""
    return sorted(
        {op.family for op in state.index.operations.values() if op.task.result and op.family}
    )


def select(
    state: MockState,
    records: Iterable[TaskRecord],
    wanted: TaskFilter,
    now: int,
    base_url: str,
    offset: int,
    limit: int,
) -> tuple[list[TaskRow], bool]:
    """One page of rows passing the filter, and whether more follow. The status filter is
    applied here (a status is computed from the clock, not stored), and so is the design (the
    design of the operation that made the task); results are rendered only for the rows shown."""
    shown: list[TaskRow] = []
    skipped = 0
    for record in records:
        status, _ = status_at(Plan.from_json(record.plan), record.created_at, now)
        if not wanted.keeps(state, record, status):
            continue
        if skipped < offset:
            skipped += 1
            continue
        if len(shown) == limit:
            return shown, True
        shown.append(task_row(state, record, now, base_url))
    return shown, False
