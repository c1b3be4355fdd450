"""The strictness policy on the mock: lenient like Kling by default, strict on request.

Before a body is validated, ``spec.leniency.normalise`` applies the spec's policy
(``components.x-kling-strictness``): what Kling ignores is dropped, what it coerces is converted,
and every change becomes a warning. The journal records the warnings and the mode, and the answer
carries them in ``X-Mock-Warnings``; the body itself stays exactly Kling's envelope.

The mode: ``KLING_STRICT`` (``--strict``) for the whole mock, ``X-Mock-Strict: true|false`` for one
request (so one test suite can try both modes against one server). Strict applies nothing: the
checks refuse every deviation with 1201 as they always did.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from flask import Request, Response, g

from mockserver.core.errors import KlingError
from spec.leniency import Deviation, normalise, policy_of

STRICT_HEADER = "X-Mock-Strict"
WARNINGS_HEADER = "X-Mock-Warnings"
MAX_SHOWN = 5
_FLAGS = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}


def strict_mode(request: Request) -> bool:
    """This request's mode: its X-Mock-Strict header, else the mock's KLING_STRICT."""
    raw = request.headers.get(STRICT_HEADER)
    if raw is None:
        from mockserver.core.state import (
            current_state,  # state imports the checker, which imports this
        )

        return current_state().settings.strict
    flag = _FLAGS.get(raw.strip().lower())
    if flag is None:
        raise KlingError(1201, f"{STRICT_HEADER} must be true or false")
    return flag


def relax(
    bundle: Mapping[str, Any],
    schema: Mapping[str, Any] | None,
    request: Request,
    raw: bytes | None,
    body: Any,
) -> tuple[bytes | None, Any]:
    """The raw and parsed body as Kling reads them in this request's mode; warnings kept in ``g``.

    The raw bytes are re-serialised only when something changed (openapi-core reads them).
    """
    strict = strict_mode(request)
    g.kling_mode = "strict" if strict else "lenient"
    if schema is None or not isinstance(body, dict):
        return raw, body
    relaxed, deviations = normalise(body, schema, policy_of(bundle), strict=strict)
    if not deviations:
        return raw, body
    g.kling_warnings = deviations
    return json.dumps(relaxed, ensure_ascii=False).encode("utf-8"), relaxed


def relax_query(bundle: Mapping[str, Any], request: Request, unknown: list[str]) -> list[str]:
    """Unknown query parameters get the verdict of unknown body fields (``unknown_field`` of
    the policy): ignored with a warning unless the mode is strict. Returns those still refused."""
    verdict = (policy_of(bundle).get("unknown_field") or {}).get("kling", "refuse")
    if not unknown or verdict != "ignore" or strict_mode(request):
        return unknown
    ignored = [
        Deviation(name, "unknown_field", f"ignored {name} (unknown query parameter)")
        for name in unknown
    ]
    g.kling_warnings = [*warnings_of_request(), *ignored]
    return []


def warnings_of_request() -> list[Deviation]:
    found: list[Deviation] = g.get("kling_warnings") or []
    return found


def journal_fields(configured_strict: bool) -> dict[str, Any]:
    """What a journal entry records about leniency: the mode (the configured one when the request
    never reached validation) and each warning."""
    return {
        "mode": g.get("kling_mode") or ("strict" if configured_strict else "lenient"),
        "warnings": [
            {"field": d.field, "kind": d.kind, "message": d.message} for d in warnings_of_request()
        ],
    }


def add_header(response: Response) -> None:
    """``X-Mock-Warnings``: the first few warnings, ``; ``-separated, ASCII only."""
    deviations = warnings_of_request()
    if not deviations:
        return
    shown = [_ascii(d.message) for d in deviations[:MAX_SHOWN]]
    if len(deviations) > MAX_SHOWN:
        shown.append(f"(+{len(deviations) - MAX_SHOWN} more)")
    response.headers[WARNINGS_HEADER] = "; ".join(shown)


def _ascii(text: str) -> str:
    """Field names come from the caller: control and non-ASCII characters escaped."""
    return text.encode("unicode_escape").decode("ascii")
