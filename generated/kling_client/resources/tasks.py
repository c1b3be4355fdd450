"""``client.tasks``: One query surface for every task of the account, whatever route created it.

Generated from spec/ by kling-codegen: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any

from .._http import HttpCore
from .._parsing import mapping, require_models
from ..models import CurrentTask, CurrentTaskCursorPage
from ..params import TaskFilterParam


class TasksResource:
    """``client.tasks``: One query surface for every task of the account, whatever route created
    it.

    Methods: get, list.
    """

    def __init__(self, core: HttpCore) -> None:
        self._core = core

    def get(
        self,
        *,
        task_ids: str | None = None,
        external_task_ids: str | None = None,
        timeout: float | None = None,
    ) -> builtins.list[CurrentTask]:
        """Read up to 20 tasks by task_ids or by external_task_ids (exactly one of the two).

        Answers the tasks of the account among the ids given, in the current shape, whatever
        route created them (legacy /v1 tasks included). Unknown ids are left out: an answer can
        be `data: []`.

        Sends ``GET /tasks``; the answer holds the result.

        Args:
            task_ids: Comma-separated task ids (at most 20 ids counted with external_task_ids). At
                least 1 characters; matches ^[^,]+(,[^,]+)*$.
            external_task_ids: Comma-separated external ids (your options.external_task_id values).
                At least 1 characters; matches ^[^,]+(,[^,]+)*$.
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
        """
        data = self._core.call(
            "GET",
            "/tasks",
            operation_id="getTasksByIds",
            params={
                "task_ids": task_ids,
                "external_task_ids": external_task_ids,
            },
            retry="always",
            timeout=timeout,
        )
        return require_models(data, CurrentTask.from_dict)

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
        )
        return CurrentTaskCursorPage.from_dict(mapping(data))
