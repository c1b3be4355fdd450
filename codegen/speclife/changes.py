"""A classified change between two spec versions, and the report that holds them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from codegen.speclife.catalogue import CATALOGUE, LEVELS, Check, Level, MockEffect
from spec.engine.leniency import verdict


@dataclass(frozen=True)
class Change:
    """One finding: which check, where (operation, part, field) and what, in one sentence."""

    check: str
    operation: str
    family: str
    where: str
    field: str
    message: str
    mock: MockEffect | None = None  # the catalogue's effect unless the strictness policy differs

    @property
    def rule(self) -> Check:
        return CATALOGUE[self.check]

    @property
    def mock_effect(self) -> MockEffect:
        return self.mock or self.rule.mock

    @property
    def level(self) -> Level:
        return self.rule.level

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "level": self.level, "mock": self.mock_effect}

    def line(self) -> str:
        place = " ".join(part for part in (self.operation, self.where) if part)
        subject = f" `{self.field}`" if self.field else ""
        return f"[{self.check}] {place}{subject}: {self.message}"


class Emit(Protocol):
    """What a differ calls for every finding: check id, field path, message, and the kind of
    deviation (``components.x-kling-strictness``) a request hitting the change would be."""

    def __call__(self, check: str, path: str, message: str, deviation: str = "") -> None: ...


@dataclass
class Report:
    """Every change, in the order found; the level of the whole is its most serious change."""

    old_version: str
    new_version: str
    changes: list[Change] = field(default_factory=list)
    #: The new spec's strictness policy: which deviations Kling ignores instead of refusing.
    strictness: Mapping[str, Any] = field(default_factory=dict)

    _seen: set[Change] = field(default_factory=set, repr=False, compare=False)

    def add(self, change: Change) -> None:
        """Record a change once (a shared component can raise the same finding twice)."""
        if change.check not in CATALOGUE:
            raise KeyError(f"unknown check {change.check!r}")
        if change not in self._seen:
            self._seen.add(change)
            self.changes.append(change)

    def emitter(self, operation: str, family: str, where: str) -> Emit:
        """An ``Emit`` that files findings under one operation and part."""

        def emit(check: str, path: str, message: str, deviation: str = "") -> None:
            mock = self._tolerated(check, deviation)
            self.add(Change(check, operation, family, where, path, message, mock))

        return emit

    def _tolerated(self, check: str, deviation: str) -> MockEffect | None:
        """``ignores`` when the mock would refuse, but the policy says Kling ignores this kind."""
        if not deviation or CATALOGUE[check].mock != "refuses":
            return None
        return "ignores" if verdict(self.strictness, deviation) != "refuse" else None

    @property
    def level(self) -> Level | None:
        present = {change.level for change in self.changes}
        return next((level for level in LEVELS if level in present), None)

    def of_level(self, level: Level) -> list[Change]:
        return [change for change in self.changes if change.level == level]
