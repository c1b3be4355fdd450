"""Tolerant parsing of server data into models.

Answers are read, never judged: unknown fields go to a model's ``extra``, unknown enum values are
kept as the strings they are, and a value of the wrong shape becomes None instead of an exception.
A poll must never crash because the server learned something new.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

T = TypeVar("T")


def mapping(value: Any) -> Mapping[str, Any]:
    """The value when it is a JSON object, else an empty one."""
    return value if isinstance(value, Mapping) else {}


def read(data: Mapping[str, Any], key: str) -> Any:
    """The value of a field as the server sent it (None when absent); never checked."""
    return data.get(key)


def parse_model(value: Any, factory: Callable[[Mapping[str, Any]], T]) -> T | None:
    """``factory(value)`` for a JSON object, None for anything else."""
    return factory(value) if isinstance(value, Mapping) else None


def parse_models(value: Any, factory: Callable[[Mapping[str, Any]], T]) -> list[T] | None:
    """Each JSON object of a JSON array parsed by ``factory``; None when it is no array."""
    if not isinstance(value, list):
        return None
    return [factory(item) for item in value if isinstance(item, Mapping)]


def require_model(value: Any, factory: Callable[[Mapping[str, Any]], T]) -> T:
    """``factory`` applied to the value, or to an empty object when the value is no object."""
    return factory(mapping(value))


def require_models(value: Any, factory: Callable[[Mapping[str, Any]], T]) -> list[T]:
    """Like ``parse_models`` but an empty list when the value is no array."""
    return parse_models(value, factory) or []


def extra(data: Mapping[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """The fields of ``data`` the model does not declare."""
    return {key: value for key, value in data.items() if key not in known}
