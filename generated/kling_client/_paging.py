"""Walking every page of a list route.

The list routes answer a bare array per page with no total, so the walk stops at the first page
that holds fewer items than were asked for (or at the highest page number the route accepts).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

from ._errors import NotFoundError

T = TypeVar("T")


def iterate_pages(
    fetch: Callable[[int], list[T]], *, page_size: int, last_page: int = 1000
) -> Iterator[T]:
    """Yield the items of pages 1, 2, ... fetched by ``fetch(page_num)``."""
    for page_num in range(1, last_page + 1):
        page = fetch(page_num)
        yield from page
        if len(page) < page_size:
            return


def single(items: list[T], external_task_id: str) -> T:
    """The one task a lookup by ``external_task_id`` found; NotFoundError when there is none."""
    if not items:
        raise NotFoundError(
            f"no task with external_task_id {external_task_id!r}", code=1203, status=200
        )
    return items[0]
