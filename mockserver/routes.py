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
from .call import Call
from .spec_index import Kind, Operation
from .state import MockState, state_of

Handler = Callable[[MockState, Operation, Call], Response]

HANDLERS: dict[Kind, Handler] = {
    Kind.CREATE: tasks.create_task,
    Kind.GET: tasks.get_task,
    Kind.LIST: tasks.list_tasks,
    Kind.SYNC: sync.answer,
}


def _view(state: MockState, op: Operation) -> Callable[..., Response]:
    handler = HANDLERS[op.kind]

    def view(**path_args: Any) -> Response:
        incoming = Call.of(request, path_args)
        traffic.inject_faults(state, incoming)
        owner = authenticate(state.settings, incoming)
        traffic.count_request(state, owner)
        body = state.checker.check(op, request, path_args)
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
