"""The operation-level ``x-kling-*`` blocks as typed, frozen objects.

spec/x-kling.schema.json defines the vocabulary and tests/spec checks every block against it;
these classes are how code reads a block, so a key is spelled once, here, with its default. The
schema-level blocks (x-kling-rules, -image, -media, -models) stay plain data: the schema
compiler keeps them in compiled schemas and the rules engine (spec/rules.py, shipped into the
client) reads them there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


def _text(raw: Mapping[str, Any], key: str) -> str | None:
    value = raw.get(key)
    return str(value) if value is not None else None


@dataclass(frozen=True)
class Series:
    """x-kling-task ``series``: when ``field`` equals ``equals`` the task makes a series of
    ``count_field`` outputs ("auto": a count drawn per task from ``auto_range``)."""

    field: str
    equals: Any
    count_field: str
    auto_range: tuple[int, int]

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> Series:
        when = raw.get("when") or {}
        low, high = raw["auto_range"]
        field, equals = str(when.get("field", "")), when.get("equals")
        return cls(field, equals, str(raw["count_field"]), (int(low), int(high)))


@dataclass(frozen=True)
class TaskSpec:
    """x-kling-task: what an asynchronous create makes and what it costs."""

    result: str | None = None
    count_field: str | None = None
    duration_field: str | None = None
    default_duration: float = 5
    aspect_ratio_field: str | None = None
    resolution_field: str | None = None
    slots: int | str = 1
    pack: str = "general"
    units: float | None = None
    per_second: bool = False
    parent_video: bool = False
    immediate: bool = False
    series: Series | None = None
    result_omits: tuple[str, ...] = ()
    resolution_values: tuple[tuple[str, str], ...] = ()
    audio_field: str | None = None
    watermark_field: str = "watermark_info.enabled"

    #: The keys that name a body field (their values are dotted field paths).
    FIELD_KEYS = (
        "count_field",
        "duration_field",
        "aspect_ratio_field",
        "resolution_field",
        "audio_field",
    )

    @classmethod
    def parse(cls, raw: Mapping[str, Any] | None) -> TaskSpec:
        raw = raw or {}
        slots = raw.get("slots", 1)
        series = raw.get("series")
        return cls(
            result=_text(raw, "result"),
            count_field=_text(raw, "count_field"),
            duration_field=_text(raw, "duration_field"),
            default_duration=float(raw.get("default_duration", 5)),
            aspect_ratio_field=_text(raw, "aspect_ratio_field"),
            resolution_field=_text(raw, "resolution_field"),
            slots=slots if isinstance(slots, str) else int(slots),
            pack=str(raw.get("pack", "general")),
            units=float(raw["units"]) if raw.get("units") is not None else None,
            per_second=bool(raw.get("per_second", False)),
            parent_video=bool(raw.get("parent_video", False)),
            immediate=bool(raw.get("immediate", False)),
            series=Series.parse(series) if isinstance(series, Mapping) else None,
            result_omits=tuple(str(name) for name in raw.get("result_omits") or ()),
            resolution_values=tuple(
                (str(k), str(v)) for k, v in (raw.get("resolution_values") or {}).items()
            ),
            audio_field=_text(raw, "audio_field"),
            watermark_field=str(raw.get("watermark_field") or "watermark_info.enabled"),
        )

    def field_paths(self) -> list[str]:
        """The body fields this block names (count, duration, aspect ratio, resolution, audio)."""
        found = (getattr(self, key) for key in self.FIELD_KEYS)
        return [path for path in found if path]


@dataclass(frozen=True)
class Batch:
    """x-kling-query ``batch``: ids of several tasks in one call, split from query parameters."""

    params: tuple[str, ...]
    max_total: int
    exactly_one: bool = False
    separator: str = ","
    unknown: str = "skip"
    messages: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> Batch:
        return cls(
            params=tuple(str(p) for p in raw["params"]),
            max_total=int(raw["max_total"]),
            exactly_one=bool(raw.get("exactly_one", False)),
            separator=str(raw.get("separator", ",")),
            unknown=str(raw.get("unknown", "skip")),
            messages={str(k): str(v) for k, v in (raw.get("messages") or {}).items()},
        )


@dataclass(frozen=True)
class Window:
    """paging ``window``: the time range fields and the range used when none is sent."""

    start: str
    end: str
    default_days: int = 30


@dataclass(frozen=True)
class Paging:
    """``paging`` (x-kling-query, x-kling-sync): page numbers, or an opaque cursor."""

    style: str = "page_number"
    page: str = "pageNum"
    size: str = "pageSize"
    last_page: int = 1000
    cursor: str = "cursor"
    limit: str = "limit"
    items: str = "result"
    count: str | None = None
    next: str | None = None
    more: str | None = None
    window: Window | None = None
    omit_when_empty: tuple[str, ...] = ()

    @classmethod
    def parse(cls, raw: Mapping[str, Any] | None) -> Paging:
        raw = raw or {}
        window = raw.get("window")
        return cls(
            style=str(raw.get("style", "page_number")),
            page=str(raw.get("page", "pageNum")),
            size=str(raw.get("size", "pageSize")),
            last_page=int(raw.get("last_page", 1000)),
            cursor=str(raw.get("cursor", "cursor")),
            limit=str(raw.get("limit", "limit")),
            items=str(raw.get("items", "result")),
            count=_text(raw, "count"),
            next=_text(raw, "next"),
            more=_text(raw, "more"),
            window=(
                Window(
                    str(window["start"]), str(window["end"]), int(window.get("default_days", 30))
                )
                if isinstance(window, Mapping)
                else None
            ),
            omit_when_empty=tuple(str(k) for k in raw.get("omit_when_empty") or ()),
        )


@dataclass(frozen=True)
class Filter:
    """One ``filters`` entry: what the filter key compares (``status`` or ``pack``), and how
    the values sent map onto the compared words."""

    matches: str
    values: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class QuerySpec:
    """x-kling-query: which create operation's tasks a query reads, and by what."""

    of: str = ""
    by: tuple[str, ...] = ()
    batch: Batch | None = None
    paging: Paging = field(default_factory=Paging)
    filters: Mapping[str, Filter] = field(default_factory=dict)

    @classmethod
    def parse(cls, raw: Mapping[str, Any] | None) -> QuerySpec:
        raw = raw or {}
        batch = raw.get("batch")
        filters = raw.get("filters") or {}
        return cls(
            of=str(raw.get("of", "")),
            by=tuple(str(b) for b in raw.get("by") or ()),
            batch=Batch.parse(batch) if isinstance(batch, Mapping) else None,
            paging=Paging.parse(raw.get("paging")),
            filters={
                str(key): Filter(
                    str(entry["matches"]),
                    {str(k): str(v) for k, v in (entry.get("values") or {}).items()},
                )
                for key, entry in filters.items()
                if isinstance(entry, Mapping)
            },
        )


@dataclass(frozen=True)
class SyncSpec:
    """x-kling-sync: how the mock answers a synchronous call (default: synthesize).

    ``targets``: the create operations whose records the call reads (``target`` may be one
    name or a list); ``kind``: the result builder a ``store`` call makes its record with;
    ``charge_type`` and ``paging``: what a ``ledger`` lists and how it pages."""

    behaviour: str = "synthesize"
    targets: tuple[str, ...] = ()
    id_field: str = "id"
    kind: str | None = None
    charge_type: str | None = None
    paging: Paging | None = None

    @property
    def target(self) -> str | None:
        """The first (usually only) target."""
        return self.targets[0] if self.targets else None

    @classmethod
    def parse(cls, raw: Mapping[str, Any] | None) -> SyncSpec:
        raw = raw or {}
        target = raw.get("target")
        targets = target if isinstance(target, list) else [target] if target else []
        paging = raw.get("paging")
        return cls(
            behaviour=str(raw.get("behaviour", "synthesize")),
            targets=tuple(str(name) for name in targets),
            id_field=str(raw.get("id_field") or "id"),
            kind=_text(raw, "kind"),
            charge_type=_text(raw, "charge_type"),
            paging=Paging.parse(paging) if isinstance(paging, Mapping) else None,
        )
