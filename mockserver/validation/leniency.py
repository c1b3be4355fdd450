"""The strictness policy on the mock: lenient like Kling by default, strict on request.

Before a body is validated, ``spec.engine.leniency.normalise`` applies the spec's policy
(``components.x-kling-strictness``): what Kling ignores is dropped, what it coerces is converted,
and every change becomes a warning. The journal records the warnings and the mode, and the answer
carries them in ``X-Mock-Warnings``; the body itself stays exactly Kling's envelope.

The mode: ``KLING_STRICT`` (``--strict``) for the whole mock, ``X-Mock-Strict: true|false`` for one
request (so one test suite can try both modes against one server). Strict applies nothing: the
checks refuse every deviation with 1201 as they always did.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mockserver.core import request_bounds as bounded
from mockserver.core.call import Call
from mockserver.core.errors import KlingError
from spec.engine.leniency import Deviation, normalise, policy_of

STRICT_HEADER = "X-Mock-Strict"
WARNINGS_HEADER = "X-Mock-Warnings"
MAX_SHOWN = 5
_FLAGS = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}

__all__ = [
    "Deviation",
    "ignored_query",
    "journal_fields",
    "relax",
    "strict_mode",
    "warnings_header",
]


def strict_mode(call: Call, configured: bool) -> bool:
    """This request's mode: its X-Mock-Strict header, else the mock's KLING_STRICT."""
    raw = call.headers.get(STRICT_HEADER.lower())
    if raw is None:
        return configured
    flag = _FLAGS.get(raw.strip().lower())
    if flag is None:
        raise KlingError(1201, f"{STRICT_HEADER} must be true or false")
    return flag


def relax(
    bundle: Mapping[str, Any],
    schema: Mapping[str, Any] | None,
    strict: bool,
    body: Any,
    path_args: Mapping[str, Any] | None = None,
) -> tuple[Any, list[Deviation]]:
    """The parsed body as Kling reads it in this mode, and each change made to it (``path_args``:
    the request's path parameters, for a model chosen in the path)."""
    if schema is None or not isinstance(body, dict):
        return body, []
    policy = policy_of(bundle)
    relaxed, deviations = normalise(body, schema, policy, strict=strict, path=path_args)
    if not deviations:
        return body, []
    return relaxed, list(deviations)


def ignored_query(bundle: Mapping[str, Any], strict: bool, unknown: list[str]) -> list[Deviation]:
    """Unknown query parameters get the verdict of unknown body fields (``unknown_field`` of the
    policy): in lenient mode, one warning each when Kling ignores them; none in strict mode."""
    verdict = (policy_of(bundle).get("unknown_field") or {}).get("kling", "refuse")
    if strict or verdict != "ignore":
        return []
    return [
        Deviation(name, "unknown_field", f"ignored {name} (unknown query parameter)")
        for name in unknown
    ]


def journal_fields(
    mode: str | None, warnings: list[Deviation], configured_strict: bool
) -> dict[str, Any]:
    """What a journal entry records about leniency: the mode (the configured one when the request
    never reached validation) and each warning."""
    kept, omitted = bounded.first_warnings(warnings)
    fields: dict[str, Any] = {
        "mode": mode or ("strict" if configured_strict else "lenient"),
        "warnings": [{"field": d.field, "kind": d.kind, "message": d.message} for d in kept],
    }
    if omitted:
        fields["warnings_omitted"] = omitted
    return fields


def warnings_header(deviations: list[Deviation]) -> str | None:
    """``X-Mock-Warnings``: the first few warnings, ``; ``-separated, ASCII only."""
    if not deviations:
        return None
    shown = [_ascii(d.message) for d in deviations[:MAX_SHOWN]]
    if len(deviations) > MAX_SHOWN:
        shown.append(f"(+{len(deviations) - MAX_SHOWN} more)")
    return "; ".join(shown)


def _ascii(text: str) -> str:
    """Field names come from the caller: control and non-ASCII characters escaped."""
    return text.encode("unicode_escape").decode("ascii")
