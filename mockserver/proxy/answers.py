"""An upstream answer judged against spec/ with openapi-core's response validator.

The same translation as the request side (``mockserver.validation.checker.schema_violations``)
names each problem by field and rule (``data.task_status`` / ``enum``), so a drift entry reads like
a refused request. Built once per spec; the validator keeps no state between answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from openapi_core.datatypes import RequestParameters
from openapi_core.templating.media_types.exceptions import MediaTypeNotFound
from openapi_core.templating.responses.exceptions import ResponseNotFound
from openapi_core.validation.response.exceptions import InvalidData, MissingData
from openapi_core.validation.response.validators import V31ResponseValidator
from openapi_core.validation.schemas.exceptions import InvalidSchemaValue
from werkzeug.datastructures import Headers, ImmutableMultiDict

from mockserver.core.spec_index import Operation
from mockserver.validation.checker import schema_violations
from mockserver.validation.openapi_adapter import (
    OFFICIAL_HOST,
    OpenAPIRequest,
    RequestJudge,
    official_path,
)
from spec.engine.rules import Violation


@dataclass(frozen=True)
class Answer:
    """An answer as openapi-core reads it."""

    status_code: int
    content_type: str
    headers: Mapping[str, str]
    data: bytes


def _violations(error: Exception, status: int) -> list[Violation]:
    cause = error.__cause__
    if isinstance(error, InvalidData) and isinstance(cause, InvalidSchemaValue):
        found: list[Violation] = []
        for schema_error in cause.schema_errors:
            found.extend(schema_violations(schema_error))
        return found
    if isinstance(error, ResponseNotFound):
        return [Violation("", "status", f"HTTP {status} is not documented for this operation")]
    if isinstance(error, MediaTypeNotFound):
        return [Violation("", "content-type", f"the content type is not documented: {error}")]
    if isinstance(error, MissingData):
        return [Violation("", "body", "the answer has no body")]
    if isinstance(error, InvalidData):
        return [Violation("", "body", f"the body cannot be read: {cause or error}")]
    return [Violation("", "answer", str(error))]


class AnswerChecker:
    """Judges answers of the spec's operations (built once per spec)."""

    def __init__(self, judge: RequestJudge) -> None:
        self.validator = V31ResponseValidator(judge.openapi.spec)

    def violations(
        self, operation: Operation, method: str, path: str, answer: Answer
    ) -> list[Violation]:
        """Every way ``answer`` differs from what the spec documents for the operation."""
        request = OpenAPIRequest(
            host_url=OFFICIAL_HOST,
            path=official_path(path),
            path_pattern=operation.path,
            method=method.lower(),
            body=None,
            content_type="application/json",
            parameters=RequestParameters(query=ImmutableMultiDict(), header=Headers()),
        )
        found: list[Violation] = []
        for error in self.validator.iter_errors(request, answer):
            found.extend(_violations(error, answer.status_code))
        unique: dict[tuple[str, str, str], Violation] = {}  # (a rule's ``expected`` may be a list)
        for violation in found:
            unique.setdefault((violation.field, violation.rule, violation.message), violation)
        return list(unique.values())


def as_answer(status: int, headers: Mapping[str, Any], content: bytes) -> Answer:
    lowered = {str(k).lower(): str(v) for k, v in headers.items()}
    return Answer(status, lowered.get("content-type", ""), lowered, content)
