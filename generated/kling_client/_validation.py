"""Client-side validation: the same compiled schemas and rules engine the mock uses.

A request that breaks a rule raises ``InvalidRequestError`` before anything is sent, with the
distinct violation messages joined by ``"; "``: the exact message the mock would answer. Query
and path parameters are checked as one object keyed by their wire names, the body on its own.
Unless the client is strict, the body is first read the way Kling reads it (``_engine.leniency``):
what Kling ignores or coerces is checked in that form and reported as a ``DeviationWarning``.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ._errors import InvalidRequestError, ViolationLike

#: The rules engine's ``check(body, schema, path=path parameters)``.
Check = Callable[..., Sequence[ViolationLike]]
#: The engine's ``normalise(body, schema, path=path parameters)`` with the policy bound.
Normalise = Callable[..., tuple[object, Sequence[Any]]]

VALIDATION_CODE = 1201


class DeviationWarning(UserWarning):
    """The body carries something Kling ignores or coerces (the mock's ``X-Mock-Warnings``)."""


class Validator:
    """Checks parameters and bodies of the operations it has compiled schemas for."""

    def __init__(
        self,
        check: Check,
        *,
        bodies: Mapping[str, Mapping[str, Any]],
        parameters: Mapping[str, Mapping[str, Any]],
        normalise: Normalise | None = None,
    ) -> None:
        self._check = check
        self._normalise = normalise
        self._bodies = bodies
        self._parameters = parameters

    def violations(
        self,
        operation_id: str,
        *,
        parameters: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> list[ViolationLike]:
        """Every broken rule of this call (unknown operations pass)."""
        found: list[ViolationLike] = []
        schema = self._parameters.get(operation_id)
        if schema is not None and parameters is not None:
            found += self._check(dict(parameters), schema)
        schema = self._bodies.get(operation_id)
        if schema is not None and body is not None:
            checked: object = dict(body)
            deviations: Sequence[Any] = ()
            path = dict(parameters or {})
            if self._normalise is not None:
                checked, deviations = self._normalise(checked, schema, path=path)
            for deviation in deviations:
                warnings.warn(DeviationWarning(deviation.message), stacklevel=5)
            found += self._check(checked, schema, path=path)
        return found

    def validate(
        self,
        operation_id: str,
        *,
        parameters: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> None:
        """Raise ``InvalidRequestError`` when the call breaks any rule."""
        found = self.violations(operation_id, parameters=parameters, body=body)
        if found:
            raise violations_error(found)


def violations_error(violations: Sequence[ViolationLike]) -> InvalidRequestError:
    """The error the mock would answer for these violations (same message, same code)."""
    message = "; ".join(dict.fromkeys(v.message for v in violations))
    codes = {getattr(v, "code", VALIDATION_CODE) for v in violations}
    code = codes.pop() if len(codes) == 1 else VALIDATION_CODE
    return InvalidRequestError(message, code=code, violations=violations)
