"""The one JSON parser for request bodies (API and admin): strict where Python's json is lenient.

Python's json accepts ``NaN``, ``Infinity`` and ``1e400`` (an infinite float), lone UTF-16
surrogates such as ``"\\ud800"`` (strings that cannot be encoded, stored or logged), and nesting
until the interpreter's recursion limit (a ``RecursionError``). A Kling body is JSON as RFC 8259
defines it, so each of these is refused here with a ``BodyError`` the caller answers as 400/1200.
"""

from __future__ import annotations

import json
import math
from typing import Any

from mockserver.core.bounds import MAX_JSON_DEPTH, MAX_JSON_MEMBERS

PREFIX = "the request body is not valid JSON: "


class BodyError(ValueError):
    """The body is not strict JSON; the message says where and why, in the API's words."""


def _no_constant(name: str) -> Any:
    raise BodyError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise BodyError(f"{text} is out of the range of a JSON number")
    return value


def _where(path: str) -> str:
    return f" at {path}" if path else ""


def _check_text(text: str, path: str) -> None:
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = text[exc.start]
        raise BodyError(
            f"a lone surrogate \\u{ord(bad):04x}{_where(path)} is not text; send UTF-8"
        ) from None


def _check(value: Any) -> None:
    """Every string (keys too) encodable, nesting within MAX_JSON_DEPTH; iterative, no recursion."""
    stack: list[tuple[Any, int, str]] = [(value, 0, "")]
    while stack:
        node, depth, path = stack.pop()
        if isinstance(node, str):
            _check_text(node, path)
            continue
        if not isinstance(node, dict | list):
            continue
        if depth >= MAX_JSON_DEPTH:
            raise BodyError(f"it is nested deeper than {MAX_JSON_DEPTH} levels")
        if len(node) > MAX_JSON_MEMBERS:
            where = f" ({path})" if path else ""
            raise BodyError(f"an object or array{where} has more than {MAX_JSON_MEMBERS} members")
        if isinstance(node, dict):
            for key, item in node.items():
                _check_text(key, path)
                stack.append((item, depth + 1, f"{path}.{key}" if path else key))
        else:
            stack.extend((item, depth + 1, f"{path}[{i}]") for i, item in enumerate(node))


def parse(raw: bytes | str) -> Any:
    """The parsed body, or BodyError (not JSON, NaN/Infinity, too deep, a lone surrogate)."""
    try:
        value = json.loads(raw, parse_constant=_no_constant, parse_float=_finite)
        _check(value)
    except RecursionError:
        raise BodyError(f"{PREFIX}it is nested deeper than {MAX_JSON_DEPTH} levels") from None
    except ValueError as exc:
        raise BodyError(f"{PREFIX}{exc}") from None
    return value
