"""The Kling response envelope: ``{code, message, request_id, data}`` for success and failure alike.

The business code of every answer is remembered on ``g`` so the request log and the journal can
report it without parsing the body back.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from flask import Response, g

SUCCESS_MESSAGE = "SUCCEED"


def request_id() -> str:
    """The id of the current request (made on first use, one per request)."""
    rid: str | None = g.get("kling_request_id")
    if rid is None:
        rid = str(uuid.uuid4())
        g.kling_request_id = rid
    return rid


def json_response(payload: Any, status: int = 200) -> Response:
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False)
    return Response(body, status=status, mimetype="application/json")


def success(data: Any) -> Response:
    """A 200 answer carrying ``data`` under business code 0."""
    g.kling_code = 0
    return json_response(
        {"code": 0, "message": SUCCESS_MESSAGE, "request_id": request_id(), "data": data}
    )


def failure(status: int, code: int, message: str) -> Response:
    """An error answer; ``data`` is left out, as the API does."""
    g.kling_code = code
    g.kling_message = message
    return json_response(
        {"code": code, "message": message, "request_id": request_id()}, status=status
    )
