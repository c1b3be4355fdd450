"""Walking every page of a list route.

The page-number routes answer a bare array per page with no total, so the walk stops at the first
page that holds fewer items than were asked for (or at the highest page number the route
accepts). The cursor routes answer an object naming the next cursor and whether more follow; the
walk passes each page's cursor to the next call until none follows. Which fields those are is the
spec's to say (each route's paging words), given to the walk as ``CursorWords``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from ._errors import NotFoundError

T = TypeVar("T")


def iterate_pages(
    fetch: Callable[[int], list[T]], *, page_size: int, last_page: int = 1000
) -> Iterator[T]:
    """Yield the items of pages 1, 2, ... fetched by ``fetch(page_num)``."""
    for page_num in range(1, last_page + 1):
        page = fetch(page_num)
        yield from page
        if is_last(page, page_size):
            return


async def async_iterate_pages(
    fetch: Callable[[int], Awaitable[list[T]]], *, page_size: int, last_page: int = 1000
) -> AsyncIterator[T]:
    """``iterate_pages`` under asyncio: ``fetch`` is awaited, the items are yielded async."""
    for page_num in range(1, last_page + 1):
        page = await fetch(page_num)
        for item in page:
            yield item
        if is_last(page, page_size):
            return


@dataclass(frozen=True)
class CursorWords:
    """Where a cursor page keeps its items, the next cursor and the "more follow" flag."""

    items: str = "result"
    next: str = "next_cursor"
    more: str = "has_more"

    def items_of(self, page: object) -> list[Any]:
        """The page's items (an empty page may leave the field out)."""
        return list(_field(page, self.items) or [])

    def next_of(self, page: object) -> str | None:
        """The cursor of the following page, or None when this page is the last."""
        cursor = _field(page, self.next)
        more = _field(page, self.more)
        return str(cursor) if cursor and more is not False else None


def iterate_cursor(fetch: Callable[[str | None], object], words: CursorWords) -> Iterator[Any]:
    """Yield the items of every page: ``fetch(None)`` first, then ``fetch(next_cursor)`` (a
    cursor repeated by the server ends the walk rather than looping)."""
    cursor: str | None = None
    while True:
        page = fetch(cursor)
        yield from words.items_of(page)
        cursor, previous = words.next_of(page), cursor
        if cursor is None or cursor == previous:
            return


async def async_iterate_cursor(
    fetch: Callable[[str | None], Awaitable[object]], words: CursorWords
) -> AsyncIterator[Any]:
    """``iterate_cursor`` under asyncio."""
    cursor: str | None = None
    while True:
        page = await fetch(cursor)
        for item in words.items_of(page):
            yield item
        cursor, previous = words.next_of(page), cursor
        if cursor is None or cursor == previous:
            return


def is_last(page: list[T], page_size: int) -> bool:
    """A page shorter than asked for is the last one (the list routes give no total)."""
    return len(page) < page_size


def _field(value: object, name: str) -> Any:
    """A field of a model or of raw JSON data."""
    return value.get(name) if isinstance(value, Mapping) else getattr(value, name, None)


def _at(item: object, path: str) -> Any:
    """The value at a dotted field path of a model or of raw JSON data."""
    for name in path.split("."):
        item = _field(item, name)
    return item


def single(items: list[T], external_task_id: str, external_id: str) -> T:
    """The task a lookup by ``external_task_id`` found; NotFoundError when there is none.

    Prefers the item whose external id (at the dotted path ``external_id`` of the design's
    words) matches, in case a server ignores the filter and answers a plain page.
    """
    matching = [item for item in items if _at(item, external_id) == external_task_id]
    unlabelled = [item for item in items if _at(item, external_id) is None]
    found = matching or unlabelled
    if not found:
        raise NotFoundError(
            f"no task with external_task_id {external_task_id!r}", code=1203, status=200
        )
    return found[0]
