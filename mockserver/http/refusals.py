"""A refusal in the Kling envelope with the HTTP status the situation calls for (421, 403, 415,
408, 503...), for the checks that answer before the pipeline runs."""

from __future__ import annotations

import json

from flask import Response

from mockserver.pipeline.envelope import new_request_id


def failure(status: int, code: int, message: str) -> Response:
    body = {"code": code, "message": message, "request_id": new_request_id()}
    return Response(
        json.dumps(body, separators=(",", ":"), ensure_ascii=False),
        status=status,
        mimetype="application/json",
    )
