"""The queries every task family shares: get, get_by_external_id, wait, list and iter.

Every asynchronous family reads its tasks the same way, through a single-task route and a list
route. Each generated family resource subclasses ``TaskQueries`` and names those two routes in a
``TaskRoutes``; the logic lives here once rather than once per family.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ._http import HttpCore
from ._paging import iterate_pages, single
from ._parsing import mapping, require_models
from ._waiting import DEFAULT_POLL_INTERVAL, DEFAULT_WAIT_TIMEOUT, TaskLike, wait_for

TaskT = TypeVar("TaskT", bound=TaskLike)


@dataclass(frozen=True)
class TaskRoutes:
    """Where one family's tasks are read."""

    get_path: str  #: the single-task route, with a ``{task_id}`` slot
    get_operation: str
    list_path: str  #: the list route (it also answers ``?external_task_id=``)
    list_operation: str
    page_size: int = 30  #: the server's default page size
    last_page: int = 1000  #: the highest ``pageNum`` the list route accepts
    create_operation: str | None = None  #: the create whose tasks these routes read


class TaskQueries(Generic[TaskT]):
    """Reading one family's tasks: by id, by your own id, waiting for one, and listing them."""

    def __init__(
        self, core: HttpCore, routes: TaskRoutes, parse: Callable[[Mapping[str, Any]], TaskT]
    ) -> None:
        self._core = core
        self._routes = routes
        self._parse = parse
        if routes.create_operation is not None:
            core.find_created_with(routes.create_operation, self._stored)

    def get(self, task_id: str, *, timeout: float | None = None) -> TaskT:
        """The task as it stands now.

        Args:
            task_id: The task_id the create call returned; the API also takes your
                external_task_id in this position.
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).

        Raises:
            NotFoundError: No task of this kind carries that id.
        """
        data = self._core.call(
            "GET",
            self._routes.get_path,
            operation_id=self._routes.get_operation,
            path_params={"task_id": task_id},
            retry="always",
            timeout=timeout,
        )
        return self._parse(mapping(data))

    def get_by_external_id(self, external_task_id: str, *, timeout: float | None = None) -> TaskT:
        """The task created with this ``external_task_id`` (your own id), via the list route.

        Args:
            external_task_id: The id you (or the client, for you) sent with the create call.
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).

        Raises:
            NotFoundError: No task of this kind carries that id.
        """
        return self._parse(self._stored(external_task_id, timeout=timeout))

    def _stored(self, external_task_id: str, *, timeout: float | None = None) -> Mapping[str, Any]:
        """The task's raw data as the list route answers it for ``external_task_id``."""
        data = self._core.call(
            "GET",
            self._routes.list_path,
            operation_id=self._routes.list_operation,
            params={"external_task_id": external_task_id},
            retry="always",
            timeout=timeout,
        )
        rows = data if isinstance(data, list) else []
        return single([row for row in rows if isinstance(row, Mapping)], external_task_id)

    def wait(
        self,
        task_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        request_timeout: float | None = None,
    ) -> TaskT:
        """Poll the task until it has finished and return it.

        Args:
            task_id: The task_id the create call returned.
            timeout: Seconds to wait for the task to finish before ``WaitTimeoutError``.
            poll_interval: Seconds between two polls.
            request_timeout: Seconds to wait for each HTTP answer (default: the client's).

        Raises:
            TaskFailedError: The task ended with ``task_status == "failed"``.
            WaitTimeoutError: The task was still running after ``timeout`` seconds.
        """
        return self._finish(
            self.get(task_id, timeout=request_timeout),
            timeout=timeout,
            poll_interval=poll_interval,
            request_timeout=request_timeout,
        )

    def _finish(
        self, task: TaskT, *, timeout: float, poll_interval: float, request_timeout: float | None
    ) -> TaskT:
        """Poll a task already in hand until it finishes (``wait`` and ``create_and_wait``)."""
        return wait_for(
            task,
            lambda task_id: self.get(task_id, timeout=request_timeout),
            timeout=timeout,
            poll_interval=poll_interval,
            sleep=self._core.sleep,
        )

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
    ) -> builtins.list[TaskT]:
        """One page of this family's tasks, newest first.

        Args:
            page_num: Page number, from 1 (server default 1).
            page_size: Tasks per page (server default 30).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
        """
        data = self._core.call(
            "GET",
            self._routes.list_path,
            operation_id=self._routes.list_operation,
            params={"pageNum": page_num, "pageSize": page_size},
            retry="always",
            timeout=timeout,
        )
        return require_models(data, self._parse)

    def iter(
        self, *, page_size: int | None = None, timeout: float | None = None
    ) -> Iterator[TaskT]:
        """Every task of this family, newest first, fetching page after page as needed.

        Args:
            page_size: Tasks per page (server default 30).
            timeout: Seconds to wait for each page (default: the client's ``timeout``).
        """
        size = page_size or self._routes.page_size
        return iterate_pages(
            lambda page: self.list(page_num=page, page_size=size, timeout=timeout),
            page_size=size,
            last_page=self._routes.last_page,
        )
