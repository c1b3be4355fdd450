"""Parsing server data into models, tolerant of growth and honest about types.

Answers are read, never judged for what they add: unknown fields go to a model's ``extra`` and
unknown enum values are kept as the strings they are, so a newer server never crashes a poll.
Types are checked, though: an optional field whose value has the wrong JSON type becomes None and
is reported as drift (a warning on the ``kling_client.drift`` logger), never passed through as the
declared type. A required field that is missing or of the wrong type leaves no honest value of
its declared type: the object cannot be built. Inside an answer, such an object is dropped like a
wrong-typed value (an optional one becomes None, a list item is skipped; both logged as drift);
only the answer's top-level object raises ``ResponseShapeError``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ._errors import KlingError, ResponseShapeError

if TYPE_CHECKING:
    from ._waiting import TaskWords

T = TypeVar("T")

drift_log = logging.getLogger("kling_client.drift")

#: JSON shape name (as the generator writes it) -> the Python types a decoded value may have.
SHAPES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "list": (list,),
    "dict": (dict,),
}


class Model:
    """Base of every response model: remembers the ``request_id`` of the answer it came from."""

    @property
    def request_id(self) -> str | None:
        """The ``request_id`` of the answer this object was read from (None when built by hand)."""
        value = self.__dict__.get("_request_id")
        return value if isinstance(value, str) else None


def stamp(result: T, request_id: str | None) -> T:
    """The result, remembering ``request_id`` when it is a model (models are frozen)."""
    if isinstance(result, Model):
        object.__setattr__(result, "_request_id", request_id)
    return result


def mapping(value: Any) -> Mapping[str, Any]:
    """The value when it is a JSON object, else an empty one.

    An array holding exactly one object, where an object is documented, is read as that object
    and logged as drift: Kling has answered ``data: [{...}]`` in place of ``data: {...}``.
    """
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], Mapping):
        drift_log.warning("expected an object, got an array of one object; read its item")
        return value[0]
    return value if isinstance(value, Mapping) else {}


def fits(value: Any, shape: str) -> bool:
    """Whether a decoded JSON value has the shape (a bool is no number)."""
    if isinstance(value, bool) and shape in ("int", "float"):
        return False
    return isinstance(value, SHAPES[shape])


def read(data: Mapping[str, Any], key: str, shape: str | None = None) -> Any:
    """An optional field: its value when absent (None) or of the right shape, else None + drift."""
    value = data.get(key)
    if value is None or shape is None or fits(value, shape):
        return value
    drift_log.warning("%r: expected %s, got %r; read as None", key, shape, value)
    return None


def require(data: Mapping[str, Any], key: str, shape: str | None, model: str) -> Any:
    """A required field's value; ``ResponseShapeError`` when it is missing or of the wrong shape."""
    value = data.get(key)
    if value is not None and (shape is None or fits(value, shape)):
        return value
    raise ResponseShapeError(model, key, shape, value)


def _built(value: Any, factory: Callable[[Mapping[str, Any]], T]) -> T | None:
    """``factory(value)``; None (logged as drift) when the value is no object or is unusable."""
    if not isinstance(value, Mapping):
        if value is not None:
            drift_log.warning("expected an object, got %r; dropped", value)
        return None
    try:
        return factory(value)
    except ResponseShapeError as error:
        drift_log.warning("%s; dropped", error)
        return None


def parse_model(value: Any, factory: Callable[[Mapping[str, Any]], T]) -> T | None:
    """``factory(value)`` for a usable JSON object, None for anything else."""
    return _built(value, factory)


def parse_models(value: Any, factory: Callable[[Mapping[str, Any]], T]) -> list[T] | None:
    """Each usable JSON object of a JSON array parsed by ``factory``; None when it is no array."""
    if not isinstance(value, list):
        return None
    built = (_built(item, factory) for item in value)
    return [item for item in built if item is not None]


def require_model(value: Any, factory: Callable[[Mapping[str, Any]], T]) -> T:
    """``factory`` applied to the value, or to an empty object when the value is no object."""
    return factory(mapping(value))


def require_models(value: Any, factory: Callable[[Mapping[str, Any]], T]) -> list[T]:
    """Like ``parse_models`` but an empty list when the value is no array."""
    return parse_models(value, factory) or []


def tagged(
    key: str, factories: Mapping[str, Callable[[Mapping[str, Any]], Any]]
) -> Callable[[Mapping[str, Any]], Any]:
    """A factory for a union the spec tags with a discriminator: the model its ``key`` names
    (an object with a value this version does not know is kept as it came)."""

    def build(data: Mapping[str, Any]) -> Any:
        factory = factories.get(str(data.get(key)))
        return factory(data) if factory is not None else dict(data)

    return build


def extra(data: Mapping[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """The fields of ``data`` the model does not declare."""
    return {key: value for key, value in data.items() if key not in known}


def succeeded_result(task: Any, result: T | None, words: TaskWords, model: str) -> T:
    """The result of a succeeded task; raise when it failed, runs, or succeeded without one."""
    status = words.status_of(task)
    if status == words.failed:
        raise words.failure(task)
    if status != words.succeeded:
        raise KlingError(f"task {words.id_of(task)} has not finished ({status})")
    if result is None:
        raise ResponseShapeError(model, words.results, "dict", None)
    return result
