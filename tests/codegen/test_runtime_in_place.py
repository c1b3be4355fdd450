"""The client runtime is importable and checked where it is written (codegen/runtime): its words
for a task and its error table come in as data, so it needs nothing rendered to run."""

from __future__ import annotations

from dataclasses import dataclass

from codegen.build import words_of
from codegen.runtime._errors import (
    APIConnectionError,
    ErrorTable,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from codegen.runtime._waiting import TaskWords
from spec.designs import FAILED, designs_of
from spec.documents import load_bundle
from spec.errors import error_codes


@dataclass
class CurrentLike:
    id: str
    status: str
    message: str


def words(design: str) -> TaskWords:
    found = words_of(designs_of(load_bundle())[design])
    return TaskWords(**{name: getattr(found, name) for name in found.NAMES})


def test_a_tasks_failure_is_worded_in_its_own_designs_fields() -> None:
    current = words("current")
    task = CurrentLike("77", current.failed, "the model refused")
    error = current.failure(task)
    assert str(error) == "task 77 failed: the model refused (status=200)"
    assert not current.running(task)


def test_a_status_word_the_design_does_not_finish_on_keeps_the_task_running() -> None:
    legacy = words("legacy")
    assert legacy.running(CurrentLike("1", FAILED, ""))  # "failed" is no legacy task_status field
    assert legacy.id_of(CurrentLike("1", "x", "")) == "?"


def test_without_an_error_table_the_status_decides_and_the_class_retries() -> None:
    bare = ErrorTable()
    error = bare.api_error(status=429, code=1304, message="m", request_id=None)
    assert type(error) is RateLimitError and bare.retryable(error)


def test_the_specs_error_table_overrides_the_status_and_the_retry() -> None:
    codes = error_codes(load_bundle())
    table = ErrorTable(
        by_code={code: entry.error_class for code, entry in codes.items()},
        retried=frozenset(code for code, entry in codes.items() if entry.retry),
    )
    refused = table.api_error(status=429, code=1304, message="m", request_id=None)
    assert type(refused) is PermissionDeniedError and not table.retryable(refused)
    fault = table.api_error(status=503, code=5001, message="m", request_id=None)
    assert type(fault) is ServerError and table.retryable(fault)
    assert table.retryable(APIConnectionError("lost"))
