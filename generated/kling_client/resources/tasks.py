"""``client.tasks``: One query surface for every task of the account, whatever route created it.

``TasksResource`` serves ``KlingClient`` and ``AsyncTasksResource`` (coroutine methods) serves
``AsyncKlingClient``: one template writes both, side by side, and both send through the same
plans of ``_http``. Generated from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Unpack

from .._http import CallOptions, HttpCore, last_request_id
from .._paging import CursorWords, async_iterate_cursor, iterate_cursor
from .._parsing import mapping, stamp
from .._raw import async_raw, raw
from .._routes import GET_TASKS_BY_IDS_ROUTE
from .._tasks import AsyncTaskBatch, Ids, TaskBatch
from ..models import CurrentTask, CurrentTaskCursorPage
from ..params import TaskFilterParam

if TYPE_CHECKING:
    from .._async_http import AsyncHttpCore

__all__ = ["TasksResource", "AsyncTasksResource"]


class TasksResource(TaskBatch[CurrentTask]):
    """``client.tasks``: One query surface for every task of the account, whatever route created
    it.

    Methods: get, list, wait, iter.
    """

    def __init__(self, core: HttpCore) -> None:
        super().__init__(
            core,
            GET_TASKS_BY_IDS_ROUTE,
            CurrentTask.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> TasksResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return TasksResourceRaw(self)

    def get(
        self,
        task_ids: Ids = None,
        *,
        external_task_ids: Ids = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> builtins.list[CurrentTask]:
        """Read up to 20 tasks by task_ids or by external_task_ids (exactly one of the two).

        Answers the tasks of the account among the ids given, in the current shape, whatever
        route created them (legacy /v1 tasks included). Unknown ids are left out: an answer can
        be `data: []`.

        Sends ``GET /tasks``. Give one id, a list of ids, or a string of ids joined by ``,``;
        ``wait`` follows one task until it finishes.

        Args:
            task_ids: Task ids joined by commas (the client also takes a list); at most 20 ids
                counted with external_task_ids. At least 1 characters; matches ^[^,]+(,[^,]+)*$.
            external_task_ids: External ids (your options.external_task_id values) joined by commas,
                or a list in the client. At least 1 characters; matches ^[^,]+(,[^,]+)*$.
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        return self._read(
            {
                "task_ids": task_ids,
                "external_task_ids": external_task_ids,
            },
            timeout=timeout,
            **call_options,
        )

    def list(
        self,
        *,
        start_time: int | str | None = None,
        end_time: int | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        filters: builtins.list[TaskFilterParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CurrentTaskCursorPage:
        """Page through the account's tasks with a cursor, optionally filtered by status or
        product type.

        Sends ``POST /tasks``; the answer holds the result.

        Args:
            start_time: Start of the window (default end_time minus 30 days); ignored with a cursor.
                >= 0; matches ^[0-9]+$.
            end_time: End of the window (default now); ignored with a cursor. >= 0; matches
                ^[0-9]+$.
            cursor: The previous answer's next_cursor; the time window is then ignored.
            limit: Tasks per page. >= 1; <= 500. Server default: 100.
            filters: Values of one key are OR'ed, different keys AND'ed.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = self._core.call(
            "POST",
            "/tasks",
            operation_id="listTasksByCursor",
            body={
                "start_time": start_time,
                "end_time": end_time,
                "cursor": cursor,
                "limit": limit,
                "filters": filters,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(CurrentTaskCursorPage.from_dict(mapping(data)), last_request_id())

    def iter(
        self,
        *,
        start_time: int | str | None = None,
        end_time: int | str | None = None,
        limit: int | None = None,
        filters: builtins.list[TaskFilterParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[CurrentTask]:
        """Every CurrentTask of ``list``, newest first, fetching page after page.

        Calls ``list`` with the arguments given and then each answer's ``next_cursor``, until
        ``has_more`` is false.

        Args:
            start_time: Start of the window (default end_time minus 30 days); ignored with a cursor.
                >= 0; matches ^[0-9]+$.
            end_time: End of the window (default now); ignored with a cursor. >= 0; matches
                ^[0-9]+$.
            limit: Tasks per page. >= 1; <= 500. Server default: 100.
            filters: Values of one key are OR'ed, different keys AND'ed.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """

        def page(cursor: str | None) -> CurrentTaskCursorPage:
            return self.list(
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                filters=filters,
                cursor=cursor,
                extra_body=extra_body,
                validate=validate,
                timeout=timeout,
                **call_options,
            )

        return iterate_cursor(
            page, CursorWords(items="result", next="next_cursor", more="has_more")
        )


class TasksResourceRaw:
    """``tasks.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: TasksResource) -> None:
        self.get = raw(resource.get)
        self.list = raw(resource.list)


class AsyncTasksResource(AsyncTaskBatch[CurrentTask]):
    """``client.tasks``: One query surface for every task of the account, whatever route created
    it.

    Methods (coroutines; iter is an async iterator): get, list, wait, iter.
    """

    def __init__(self, core: AsyncHttpCore) -> None:
        super().__init__(
            core,
            GET_TASKS_BY_IDS_ROUTE,
            CurrentTask.from_dict,
        )

    @cached_property
    def with_raw_response(self) -> AsyncTasksResourceRaw:
        """The same methods, returning a ``RawResponse`` (status, headers, request_id, parsed)."""
        return AsyncTasksResourceRaw(self)

    async def get(
        self,
        task_ids: Ids = None,
        *,
        external_task_ids: Ids = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> builtins.list[CurrentTask]:
        """Read up to 20 tasks by task_ids or by external_task_ids (exactly one of the two).

        Answers the tasks of the account among the ids given, in the current shape, whatever
        route created them (legacy /v1 tasks included). Unknown ids are left out: an answer can
        be `data: []`.

        Sends ``GET /tasks``. Give one id, a list of ids, or a string of ids joined by ``,``;
        ``wait`` follows one task until it finishes.

        Args:
            task_ids: Task ids joined by commas (the client also takes a list); at most 20 ids
                counted with external_task_ids. At least 1 characters; matches ^[^,]+(,[^,]+)*$.
            external_task_ids: External ids (your options.external_task_id values) joined by commas,
                or a list in the client. At least 1 characters; matches ^[^,]+(,[^,]+)*$.
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        return await self._read(
            {
                "task_ids": task_ids,
                "external_task_ids": external_task_ids,
            },
            timeout=timeout,
            **call_options,
        )

    async def list(
        self,
        *,
        start_time: int | str | None = None,
        end_time: int | str | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        filters: builtins.list[TaskFilterParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CurrentTaskCursorPage:
        """Page through the account's tasks with a cursor, optionally filtered by status or
        product type.

        Sends ``POST /tasks``; the answer holds the result.

        Args:
            start_time: Start of the window (default end_time minus 30 days); ignored with a cursor.
                >= 0; matches ^[0-9]+$.
            end_time: End of the window (default now); ignored with a cursor. >= 0; matches
                ^[0-9]+$.
            cursor: The previous answer's next_cursor; the time window is then ignored.
            limit: Tasks per page. >= 1; <= 500. Server default: 100.
            filters: Values of one key are OR'ed, different keys AND'ed.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """
        data = await self._core.call(
            "POST",
            "/tasks",
            operation_id="listTasksByCursor",
            body={
                "start_time": start_time,
                "end_time": end_time,
                "cursor": cursor,
                "limit": limit,
                "filters": filters,
            },
            extra_body=extra_body,
            validate=validate,
            retry="never",
            timeout=timeout,
            **call_options,
        )
        return stamp(CurrentTaskCursorPage.from_dict(mapping(data)), last_request_id())

    def iter(
        self,
        *,
        start_time: int | str | None = None,
        end_time: int | str | None = None,
        limit: int | None = None,
        filters: builtins.list[TaskFilterParam] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        validate: bool | None = None,
        timeout: float | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[CurrentTask]:
        """Every CurrentTask of ``list``, newest first, fetching page after page.

        Calls ``list`` with the arguments given and then each answer's ``next_cursor``, until
        ``has_more`` is false (an async iterator).

        Args:
            start_time: Start of the window (default end_time minus 30 days); ignored with a cursor.
                >= 0; matches ^[0-9]+$.
            end_time: End of the window (default now); ignored with a cursor. >= 0; matches
                ^[0-9]+$.
            limit: Tasks per page. >= 1; <= 500. Server default: 100.
            filters: Values of one key are OR'ed, different keys AND'ed.
            extra_body: Fields this version of the client does not know, merged into the body.
            validate: Check the body before sending it (default: the client's ``validate``).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            call_options: ``extra_headers=`` and ``extra_query=``, sent with this call only.
        """

        async def page(cursor: str | None) -> CurrentTaskCursorPage:
            return await self.list(
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                filters=filters,
                cursor=cursor,
                extra_body=extra_body,
                validate=validate,
                timeout=timeout,
                **call_options,
            )

        return async_iterate_cursor(
            page, CursorWords(items="result", next="next_cursor", more="has_more")
        )


class AsyncTasksResourceRaw:
    """``tasks.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncTasksResource) -> None:
        self.get = async_raw(resource.get)
        self.list = async_raw(resource.list)
