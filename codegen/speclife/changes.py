"""A classified change between two spec versions, and the report that holds them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from codegen.speclife.catalogue import CATALOGUE, LEVELS, Check, Level


@dataclass(frozen=True)
class Change:
    """One finding: which check, where (operation, part, field) and what, in one sentence."""

    check: str
    operation: str
    family: str
    where: str
    field: str
    message: str

    @property
    def rule(self) -> Check:
        return CATALOGUE[self.check]

    @property
    def level(self) -> Level:
        return self.rule.level

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "level": self.level, "mock": self.rule.mock}

    def line(self) -> str:
        place = " ".join(part for part in (self.operation, self.where) if part)
        subject = f" `{self.field}`" if self.field else ""
        return f"[{self.check}] {place}{subject}: {self.message}"


#: What a differ calls for every finding: check id, field path, message.
Emit = Callable[[str, str, str], None]


@dataclass
class Report:
    """Every change, in the order found; the level of the whole is its most serious change."""

    old_version: str
    new_version: str
    changes: list[Change] = field(default_factory=list)

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

        def emit(check: str, path: str, message: str) -> None:
            self.add(Change(check, operation, family, where, path, message))

        return emit

    @property
    def level(self) -> Level | None:
        present = {change.level for change in self.changes}
        return next((level for level in LEVELS if level in present), None)

    def of_level(self, level: Level) -> list[Change]:
        return [change for change in self.changes if change.level == level]
