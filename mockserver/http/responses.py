"""Answers written as Flask responses: the one place a pipeline ``Answer`` becomes bytes."""

from __future__ import annotations

import json
from typing import Any

from flask import Response

from mockserver.pipeline.envelope import Answer


def respond(answer: Answer) -> Response:
    """The answer as sent: its body rendered once, its status and headers."""
    response = Response(answer.body(), status=answer.status, mimetype=answer.mimetype)
    for name, value in answer.headers.items():
        response.headers[name] = value
    return response


def json_response(payload: Any, status: int = 200) -> Response:
    """A JSON document (the admin API's answers, outside the Kling envelope)."""
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False)
    return Response(body, status=status, mimetype="application/json")
