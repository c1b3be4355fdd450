"""What a handler answers before the answer is written in any design's words.

A handler that shows tasks hands back their views (``TaskView``, canonical words) and how the
answer's ``data`` is made from them once projected; the pipeline's quirks stage may still change a
view (a task that never finishes shows no result and no final charge), and only then is each view
projected (``Design.project``). Answers that show no task carry their data as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from spec.designs import Design, TaskView

Shape = Callable[[list[dict[str, Any]]], Any]


@dataclass(frozen=True)
class Shown:
    """One task an answer shows: its view, and the design it is written in."""

    view: TaskView
    design: Design


def _first(tasks: list[dict[str, Any]]) -> Any:
    return tasks[0]


@dataclass(frozen=True)
class Handled:
    """What a handler answers: the tasks it shows and the shape of its data, or the data."""

    shown: tuple[Shown, ...] = ()
    shape: Shape | None = None
    """From the projected tasks to the answer's data (None: ``data`` is the answer's data)."""
    data: Any = None

    @classmethod
    def of(cls, data: Any) -> Handled:
        """An answer that shows no task view."""
        return cls(data=data)

    @classmethod
    def one(cls, shown: Shown, shape: Shape = _first) -> Handled:
        return cls((shown,), shape)

    @classmethod
    def many(cls, shown: list[Shown], shape: Shape = list) -> Handled:
        return cls(tuple(shown), shape)

    def with_views(self, change: Callable[[TaskView], TaskView]) -> Handled:
        """The same answer with every task view changed by ``change``."""
        return replace(self, shown=tuple(replace(s, view=change(s.view)) for s in self.shown))

    def reshaped(self, change: Callable[[Any], Any]) -> Handled:
        """The same answer with its data, once made, changed by ``change``."""
        shape = self.shape
        if shape is None:
            return replace(self, data=change(self.data))
        return replace(self, shape=lambda tasks: change(shape(tasks)))

    def projected(self) -> Any:
        """The answer's data: each view projected into its design, then shaped."""
        if self.shape is None:
            return self.data
        return self.shape([s.design.project(s.view) for s in self.shown])
