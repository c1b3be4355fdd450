"""API routes, registered from the spec: one generic view per operation kind, two URL forms each.

A view injects the configured faults, authenticates, counts the request against the account's
rate limit, validates (openapi-core, then x-kling rules) and hands the request to the handler of
its kind. Adding an operation to spec/ adds its routes here with no code change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Flask, Response, request

from mockserver.core.call import Call
from mockserver.core.spec_index import Kind, Operation
from mockserver.core.state import MockState, state_of
from mockserver.domain import sync, task_queries, tasks
from mockserver.faults.retirement import refuse_retired
from mockserver.pipeline import traffic
from mockserver.security.auth import authenticate

Handler = Callable[[MockState, Operation, Call], Response]

HANDLERS: dict[Kind, Handler] = {
    Kind.CREATE: tasks.create_task,
    Kind.GET: tasks.get_task,
    Kind.LIST: tasks.list_tasks,
    Kind.SYNC: sync.answer,
}


def handler_of(op: Operation) -> Handler:
    """The handler of an operation's kind; a query of several ids or of cursor pages (its
    x-kling-query says ``batch`` / ``paging.style: cursor``) has its own."""
    if op.kind is Kind.GET and op.query.batch is not None:
        return task_queries.batch_tasks
    if op.kind is Kind.LIST and op.query.paging.style == "cursor":
        return task_queries.cursor_page
    return HANDLERS[op.kind]


def _view(state: MockState, op: Operation) -> Callable[..., Response]:
    handler = handler_of(op)

    def view(**path_args: Any) -> Response:
        incoming = Call.of(request, path_args)
        traffic.inject_faults(state, incoming)
        owner = authenticate(state.settings, incoming, op, state.index)
        traffic.count_request(state, owner)
        body = state.checker.check(op, request, path_args)
        refuse_retired(state, op, body, path_args)
        return handler(state, op, incoming.accepted(owner, body))

    view.__name__ = op.operation_id
    return view


def init_app(app: Flask) -> None:
    state = state_of(app)
    for rule, endpoint, op in state.index.routes():
        app.add_url_rule(
            rule,
            endpoint=endpoint,
            view_func=_view(state, op),
            methods=[op.method],
            provide_automatic_options=False,
        )
