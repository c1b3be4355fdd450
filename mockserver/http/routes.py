"""API routes, registered from the spec: one generic view for every operation, two URL forms each.

The view runs the pipeline (``mockserver.pipeline.stages``) over the request's exchange and
writes its answer; what an operation does is chosen by the pipeline's handle stage from the
operation's kind. Adding an operation to spec/ adds its routes here with no code change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Flask, Response

from mockserver.core.state import MockState, state_of
from mockserver.http import edge
from mockserver.http.responses import respond
from mockserver.pipeline import stages


def _view(state: MockState) -> Callable[..., Response]:
    def view(**path_args: Any) -> Response:
        ex = stages.run(state, edge.current())
        assert ex.answer is not None
        return respond(ex.answer)

    return view


def init_app(app: Flask) -> None:
    state = state_of(app)
    view = _view(state)
    for rule, endpoint, op in state.index.routes():
        app.add_url_rule(
            rule, endpoint=endpoint, view_func=view, methods=[op.method],
            provide_automatic_options=False,
        )  # fmt: skip
