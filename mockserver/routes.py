"""API routes, registered from the spec: one generic view per operation kind, two URL forms each.

A view injects the configured faults, authenticates, counts the request against the account's
rate limit, validates (openapi-core, then x-kling rules) and hands the request to the handler of
its kind. Adding an operation to spec/ adds its routes here with no code change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Flask, Response, request

from . import sync, tasks, traffic
from .auth import authenticate
from .spec_index import Kind, Operation
from .state import MockState, state_of

Handler = Callable[[MockState, Operation, str, Any, dict[str, Any]], Response]


def _create(
    state: MockState, op: Operation, owner: str, body: Any, args: dict[str, Any]
) -> Response:
    return tasks.create_task(state, op, owner, body)


def _get(state: MockState, op: Operation, owner: str, body: Any, args: dict[str, Any]) -> Response:
    key = str(next(iter(args.values()), ""))
    return tasks.get_task(state, op, owner, key)


def _list(state: MockState, op: Operation, owner: str, body: Any, args: dict[str, Any]) -> Response:
    return tasks.list_tasks(state, op, owner)


def _sync(state: MockState, op: Operation, owner: str, body: Any, args: dict[str, Any]) -> Response:
    return sync.answer(state, op, owner, body)


HANDLERS: dict[Kind, Handler] = {
    Kind.CREATE: _create,
    Kind.GET: _get,
    Kind.LIST: _list,
    Kind.SYNC: _sync,
}


def _view(state: MockState, op: Operation) -> Callable[..., Response]:
    handler = HANDLERS[op.kind]

    def view(**path_args: Any) -> Response:
        traffic.inject_faults(state)
        owner = authenticate(state.settings)
        traffic.count_request(state, owner)
        body = state.checker.check(op, request, path_args)
        return handler(state, op, owner, body, path_args)

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
