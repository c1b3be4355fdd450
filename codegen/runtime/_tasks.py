"""The queries every task family shares: get, get_by_external_id, wait, list and iteration.

Every asynchronous family of the legacy design reads its tasks the same way, through a
single-task route and a list route. Each generated family resource subclasses ``TaskQueries``
(blocking) or ``AsyncTaskQueries`` (asyncio) and names those two routes in a ``TaskRoutes``. What
each query sends is built once, in ``TaskRoutes``; the two classes only send it and await (or not).

The current design reads every task through one batch route (``GET /tasks?task_ids=a,b``):
``TaskBatch`` / ``AsyncTaskBatch`` send it (``client.tasks.get``), wait on one task through it
(``client.tasks.wait``) and finish what a model-in-the-path create started (``create_and_wait``).
``BatchRoute`` holds what the spec says of that route: its id parameters, separator and limits.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._errors import InvalidRequestError, NotFoundError
from ._http import HttpCore, last_request_id
from ._paging import async_iterate_pages, iterate_pages, single
from ._parsing import mapping, require_models, stamp
from ._waiting import (
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    Cancel,
    Progress,
    TaskWords,
    async_wait_for,
    wait_for,
)

if TYPE_CHECKING:
    from ._async_http import AsyncHttpCore

TaskT = TypeVar("TaskT")
Options = Mapping[str, Any]


@dataclass(frozen=True)
class TaskRoutes:
    """Where one family's tasks are read, and the call each query makes."""

    get_path: str  #: the single-task route, with a ``{task_id}`` slot
    get_operation: str
    list_path: str  #: the list route (it also answers ``?external_task_id=``)
    list_operation: str
    words: TaskWords  #: the design the routes answer in
    page_size: int = 30  #: the server's default page size
    last_page: int = 1000  #: the highest ``pageNum`` the list route accepts
    create_operation: str | None = None  #: the create whose tasks these routes read

    def get(self, task_id: str, options: Options) -> dict[str, Any]:
        """The ``core.call`` arguments that read one task."""
        return {
            "method": "GET",
            "path": self.get_path,
            "operation_id": self.get_operation,
            "path_params": {"task_id": task_id},
            "retry": "always",
            **options,
        }

    def by_external_id(self, external_task_id: str, options: Options) -> dict[str, Any]:
        """The ``core.call`` arguments that look a task up by the caller's own id."""
        return self.page({"external_task_id": external_task_id}, options)

    def page(self, params: Mapping[str, Any], options: Options) -> dict[str, Any]:
        """The ``core.call`` arguments that read one page of the list route."""
        return {
            "method": "GET",
            "path": self.list_path,
            "operation_id": self.list_operation,
            "params": params,
            "retry": "always",
            **options,
        }


def found(data: Any, external_task_id: str, words: TaskWords) -> Mapping[str, Any]:
    """The one task a lookup by ``external_task_id`` answered (raw data)."""
    rows = data if isinstance(data, list) else []
    listed = [row for row in rows if isinstance(row, Mapping)]
    return single(listed, external_task_id, words.external_id)


def call_options(
    timeout: float | None, extra_headers: Mapping[str, str] | None, extra_query: Options | None
) -> dict[str, Any]:
    return {"timeout": timeout, "extra_headers": extra_headers, "extra_query": extra_query}


class _Queries(Generic[TaskT]):
    def __init__(self, routes: TaskRoutes, parse: Callable[[Mapping[str, Any]], TaskT]) -> None:
        self._routes = routes
        self._parse_data = parse

    def _parse(self, data: Any) -> TaskT:
        return stamp(self._parse_data(mapping(data)), last_request_id())

    def _parse_page(self, data: Any) -> builtins.list[TaskT]:
        return require_models(data, self._parse)


class TaskQueries(_Queries[TaskT]):
    """Reading one family's tasks: by id, by your own id, waiting for one, and listing them."""

    def __init__(
        self, core: HttpCore, routes: TaskRoutes, parse: Callable[[Mapping[str, Any]], TaskT]
    ) -> None:
        super().__init__(routes, parse)
        self._core = core
        if routes.create_operation is not None:
            core.find_created_with(routes.create_operation, self._stored)

    def get(
        self,
        task_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Options | None = None,
    ) -> TaskT:
        """The task as it stands now.

        Args:
            task_id: The task_id the create call returned; the API also takes your
                external_task_id in this position.
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            extra_headers: Headers sent with this call only.
            extra_query: Query parameters sent with this call only.

        Raises:
            NotFoundError: No task of this kind carries that id.
        """
        options = call_options(timeout, extra_headers, extra_query)
        return self._parse(self._core.call(**self._routes.get(task_id, options)))

    def get_by_external_id(
        self,
        external_task_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Options | None = None,
    ) -> TaskT:
        """The task created with this ``external_task_id`` (your own id), via the list route.

        Args:
            external_task_id: The id you (or the client, for you) sent with the create call.
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            extra_headers: Headers sent with this call only.
            extra_query: Query parameters sent with this call only.

        Raises:
            NotFoundError: No task of this kind carries that id.
        """
        options = call_options(timeout, extra_headers, extra_query)
        return self._parse(self._stored(external_task_id, options))

    def _stored(self, external_task_id: str, options: Options | None = None) -> Mapping[str, Any]:
        """The task's raw data as the list route answers it for ``external_task_id``."""
        call = self._routes.by_external_id(external_task_id, options or {})
        return found(self._core.call(**call), external_task_id, self._routes.words)

    def wait(
        self,
        task_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        request_timeout: float | None = None,
        on_progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> TaskT:
        """Poll the task until it has finished and return it.

        The pause between polls grows from ``poll_interval`` (x1.5 a poll, at most 15 s) and
        follows the server's ``Retry-After`` when a poll's answer carries one.

        Args:
            task_id: The task_id the create call returned.
            timeout: Seconds to wait for the task to finish before ``WaitTimeoutError``.
            poll_interval: Seconds before the first poll.
            request_timeout: Seconds to wait for each HTTP answer (default: the client's).
            on_progress: Called with the task after every poll.
            cancel: An event (``threading.Event``); once set, ``WaitCancelledError``.

        Raises:
            TaskFailedError: The task failed (its message says why).
            WaitTimeoutError: The task was still running after ``timeout`` seconds.
            WaitCancelledError: ``cancel`` was set before the task finished.
        """
        return self._finish(
            self.get(task_id, timeout=request_timeout),
            timeout=timeout,
            poll_interval=poll_interval,
            request_timeout=request_timeout,
            on_progress=on_progress,
            cancel=cancel,
        )

    def _finish(self, task: TaskT, *, request_timeout: float | None, **waiting: Any) -> TaskT:
        """Poll a task already in hand until it finishes (``wait`` and ``create_and_wait``)."""
        return wait_for(
            task,
            lambda task_id: self.get(task_id, timeout=request_timeout),
            sleep=self._core.sleep,
            words=self._routes.words,
            **waiting,
        )

    def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Options | None = None,
    ) -> builtins.list[TaskT]:
        """One page of this family's tasks, newest first.

        Args:
            page_num: Page number, from 1 (server default 1).
            page_size: Tasks per page (server default 30).
            timeout: Seconds to wait for the answer (default: the client's ``timeout``).
            extra_headers: Headers sent with this call only.
            extra_query: Query parameters sent with this call only.
        """
        options = call_options(timeout, extra_headers, extra_query)
        params = {"pageNum": page_num, "pageSize": page_size}
        return self._parse_page(self._core.call(**self._routes.page(params, options)))

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


class AsyncTaskQueries(_Queries[TaskT]):
    """``TaskQueries`` under asyncio: the same queries, awaited; ``iter`` is an async iterator."""

    def __init__(
        self, core: AsyncHttpCore, routes: TaskRoutes, parse: Callable[[Mapping[str, Any]], TaskT]
    ) -> None:
        super().__init__(routes, parse)
        self._core = core
        if routes.create_operation is not None:
            core.find_created_with(routes.create_operation, self._stored)

    async def get(
        self,
        task_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Options | None = None,
    ) -> TaskT:
        """The task as it stands now (see ``TaskQueries.get``)."""
        options = call_options(timeout, extra_headers, extra_query)
        return self._parse(await self._core.call(**self._routes.get(task_id, options)))

    async def get_by_external_id(
        self,
        external_task_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Options | None = None,
    ) -> TaskT:
        """The task created with this ``external_task_id`` (see ``TaskQueries``)."""
        options = call_options(timeout, extra_headers, extra_query)
        return self._parse(await self._stored(external_task_id, options))

    async def _stored(
        self, external_task_id: str, options: Options | None = None
    ) -> Mapping[str, Any]:
        call = self._routes.by_external_id(external_task_id, options or {})
        return found(await self._core.call(**call), external_task_id, self._routes.words)

    async def wait(
        self,
        task_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        request_timeout: float | None = None,
        on_progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> TaskT:
        """Poll the task until it has finished (see ``TaskQueries.wait``; ``cancel`` may be an
        ``asyncio.Event``, and cancelling the awaiting task works as well)."""
        return await self._finish(
            await self.get(task_id, timeout=request_timeout),
            timeout=timeout,
            poll_interval=poll_interval,
            request_timeout=request_timeout,
            on_progress=on_progress,
            cancel=cancel,
        )

    async def _finish(self, task: TaskT, *, request_timeout: float | None, **waiting: Any) -> TaskT:
        async def poll(task_id: str) -> TaskT:
            return await self.get(task_id, timeout=request_timeout)

        return await async_wait_for(
            task, poll, sleep=self._core.sleep, words=self._routes.words, **waiting
        )

    async def list(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Options | None = None,
    ) -> builtins.list[TaskT]:
        """One page of this family's tasks, newest first (see ``TaskQueries.list``)."""
        options = call_options(timeout, extra_headers, extra_query)
        params = {"pageNum": page_num, "pageSize": page_size}
        return self._parse_page(await self._core.call(**self._routes.page(params, options)))

    def iter(
        self, *, page_size: int | None = None, timeout: float | None = None
    ) -> AsyncIterator[TaskT]:
        """Every task of this family, newest first: ``async for task in resource.iter()``."""
        size = page_size or self._routes.page_size

        async def fetch(page: int) -> builtins.list[TaskT]:
            return await self.list(page_num=page, page_size=size, timeout=timeout)

        return async_iterate_pages(fetch, page_size=size, last_page=self._routes.last_page)


# ---------------------------------------------------------------------------- batch reads
Ids = str | Sequence[str] | None
"""One id, several ids (any sequence of strings, or a string already joined), or none."""
BatchT = TypeVar("BatchT")  #: a task in a design's own shape (not bound to the legacy fields)


@dataclass(frozen=True)
class BatchRoute:
    """A route that reads several tasks by ids in one query parameter."""

    path: str
    operation: str
    params: tuple[str, ...]  #: the id parameters: the task-id one first, then the external one
    words: TaskWords  #: the design the route answers in
    separator: str = ","
    max_total: int | None = None  #: how many ids one call may carry, all parameters counted
    exactly_one: bool = False  #: one of the id parameters, not both
    messages: Mapping[str, str] = field(default_factory=dict)  #: ``missing``, ``too_many``

    def call(self, ids: Mapping[str, Ids], options: Options, check: bool = True) -> dict[str, Any]:
        """The ``core.call`` arguments that read the tasks named by ``ids`` (param -> ids);
        with ``check``, ``InvalidRequestError`` (1201, in the API's words) for ids the route
        would refuse."""
        params = {name: self.joined(value) for name, value in ids.items()}
        if check:
            self.check({name: value for name, value in params.items() if value})
        return {
            "method": "GET",
            "path": self.path,
            "operation_id": self.operation,
            "params": params,
            "retry": "always",
            **options,
        }

    def check(self, sent: Mapping[str, str]) -> None:
        """Refuse what the spec's ``batch`` block says the route refuses, before sending."""
        if not sent or (self.exactly_one and len(sent) > 1):
            missing = self.messages.get("missing", f"{' or '.join(self.params)} is required")
            raise InvalidRequestError(missing, code=1201)
        count = sum(len(value.split(self.separator)) for value in sent.values())
        if self.max_total is not None and count > self.max_total:
            too_many = self.messages.get("too_many", f"at most {self.max_total} ids")
            raise InvalidRequestError(too_many, code=1201)

    def joined(self, ids: Ids) -> str | None:
        """Ids as the query parameter carries them (``a,b``); None sends nothing."""
        if ids is None or isinstance(ids, str):
            return ids or None
        return self.separator.join(str(one) for one in ids) or None

    def one(self, task_id: str) -> dict[str, Ids]:
        """The parameters that read one task by its system id."""
        return {self.params[0]: task_id}


def the_task(tasks: builtins.list[BatchT], task_id: str, words: TaskWords) -> BatchT:
    """The task with this id among a batch answer (unknown ids are left out of it)."""
    for task in tasks:
        if words.id_of(task) == task_id:
            return task
    raise NotFoundError(f"no task with id {task_id!r}", code=1203, status=200)


class _Batch(Generic[BatchT]):
    def __init__(self, route: BatchRoute, parse: Callable[[Mapping[str, Any]], BatchT]) -> None:
        self._batch_route = route
        self._parse_task = parse

    def _tasks(self, data: Any) -> builtins.list[BatchT]:
        request_id = last_request_id()
        return require_models(data, lambda row: stamp(self._parse_task(row), request_id))


class TaskBatch(_Batch[BatchT]):
    """Reading tasks through a batch route: several at once, or one until it finishes."""

    def __init__(
        self, core: HttpCore, route: BatchRoute, parse: Callable[[Mapping[str, Any]], BatchT]
    ) -> None:
        super().__init__(route, parse)
        self._core = core

    def _read(self, ids: Mapping[str, Ids], **options: Any) -> builtins.list[BatchT]:
        """The tasks named by ``ids`` (parameter -> ids); unknown ids are left out."""
        call = self._batch_route.call(ids, options, check=self._core.validate)
        return self._tasks(self._core.call(**call))

    def _one(self, task_id: str, timeout: float | None = None) -> BatchT:
        found = self._read(self._batch_route.one(task_id), timeout=timeout)
        return the_task(found, task_id, self._batch_route.words)

    def wait(
        self,
        task_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        request_timeout: float | None = None,
        on_progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> BatchT:
        """Poll one task through the batch route until it has finished and return it.

        Args:
            task_id: The id the create call returned.
            timeout: Seconds to wait for the task to finish before ``WaitTimeoutError``.
            poll_interval: Seconds before the first poll (the pause grows x1.5 a poll, at most
                15 s, or follows the server's ``Retry-After``).
            request_timeout: Seconds to wait for each HTTP answer (default: the client's).
            on_progress: Called with the task after every poll.
            cancel: An event (``threading.Event``); once set, ``WaitCancelledError``.

        Raises:
            NotFoundError: No task of the account carries that id.
            TaskFailedError: The task ended failed (its ``message`` says why).
            WaitTimeoutError: The task was still running after ``timeout`` seconds.
            WaitCancelledError: ``cancel`` was set before the task finished.
        """
        return self._finish(
            self._one(task_id, request_timeout),
            timeout=timeout,
            poll_interval=poll_interval,
            request_timeout=request_timeout,
            on_progress=on_progress,
            cancel=cancel,
        )

    def _finish(self, task: Any, *, request_timeout: float | None, **waiting: Any) -> BatchT:
        """Poll a task in hand (a task or a create's answer) until it finishes."""
        result: BatchT = wait_for(
            task,
            lambda task_id: self._one(task_id, request_timeout),
            sleep=self._core.sleep,
            words=self._batch_route.words,
            **waiting,
        )
        return result


class AsyncTaskBatch(_Batch[BatchT]):
    """``TaskBatch`` under asyncio: the same reads, awaited."""

    def __init__(
        self, core: AsyncHttpCore, route: BatchRoute, parse: Callable[[Mapping[str, Any]], BatchT]
    ) -> None:
        super().__init__(route, parse)
        self._core = core

    async def _read(self, ids: Mapping[str, Ids], **options: Any) -> builtins.list[BatchT]:
        call = self._batch_route.call(ids, options, check=self._core.validate)
        return self._tasks(await self._core.call(**call))

    async def _one(self, task_id: str, timeout: float | None = None) -> BatchT:
        found = await self._read(self._batch_route.one(task_id), timeout=timeout)
        return the_task(found, task_id, self._batch_route.words)

    async def wait(
        self,
        task_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        request_timeout: float | None = None,
        on_progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> BatchT:
        """Poll one task until it has finished (see ``TaskBatch.wait``; ``cancel`` may be an
        ``asyncio.Event``)."""
        return await self._finish(
            await self._one(task_id, request_timeout),
            timeout=timeout,
            poll_interval=poll_interval,
            request_timeout=request_timeout,
            on_progress=on_progress,
            cancel=cancel,
        )

    async def _finish(self, task: Any, *, request_timeout: float | None, **waiting: Any) -> BatchT:
        async def poll(task_id: str) -> BatchT:
            return await self._one(task_id, request_timeout)

        result: BatchT = await async_wait_for(
            task, poll, sleep=self._core.sleep, words=self._batch_route.words, **waiting
        )
        return result
