"""Client-side validation: the same compiled schemas and rules engine the mock uses.

A request that breaks a rule raises ``InvalidRequestError`` (code 1201) before anything is sent,
with the violation messages joined by ``"; "``: the exact message the mock would answer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ._errors import InvalidRequestError, ViolationLike

Check = Callable[[object, Mapping[str, Any]], Sequence[ViolationLike]]
Validator = Callable[[str, Mapping[str, Any]], None]

VALIDATION_CODE = 1201


def violations_error(violations: Sequence[ViolationLike]) -> InvalidRequestError:
    """The error the mock would answer for these violations."""
    message = "; ".join(v.message for v in violations)
    return InvalidRequestError(
        message, code=VALIDATION_CODE, status=None, request_id=None, violations=violations
    )


def make_validator(schemas: Mapping[str, Mapping[str, Any]], check: Check) -> Validator:
    """A function that raises for an invalid body of the named operation (unknown names pass)."""

    def validate(operation_id: str, body: Mapping[str, Any]) -> None:
        schema = schemas.get(operation_id)
        if schema is None:
            return
        found = check(dict(body), schema)
        if found:
            raise violations_error(found)

    return validate
