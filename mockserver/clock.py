"""The mock's clock: real time scaled by a speed factor, or frozen and advanced by hand.

Its state (an anchor pair, the speed, frozen or not) lives in the store, so every worker process
reads the same mock time. ``now = anchor_mock + (real_now - anchor_real) * speed``; freezing pins
``now`` to the anchor. Every change re-anchors at the current mock time, so time never jumps back.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from .storage.settings import ClockRow
from .store import Store


def real_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class Clock:
    store: Store

    def ensure(self, speed: float, frozen: bool) -> None:
        """Create the clock state unless the store already has one (restarts keep their clock)."""
        now = real_ms()
        self.store.clock_state.save(ClockRow(now, now, speed, frozen), only_if_missing=True)

    def _state(self) -> ClockRow:
        state = self.store.clock_state.load()
        if state is None:
            self.ensure(1.0, False)
            state = self.store.clock_state.load()
            assert state is not None
        return state

    @staticmethod
    def _at(state: ClockRow, real: int) -> int:
        if state.frozen:
            return state.anchor_mock_ms
        return state.anchor_mock_ms + int((real - state.anchor_real_ms) * state.speed)

    def now_ms(self) -> int:
        return self._at(self._state(), real_ms())

    def update(
        self,
        *,
        frozen: bool | None = None,
        advance_ms: int = 0,
        speed: float | None = None,
    ) -> dict[str, Any]:
        """Re-anchor at the current mock time, apply the changes, and describe the result."""
        state = self._state()
        real = real_ms()
        new = ClockRow(
            anchor_real_ms=real,
            anchor_mock_ms=self._at(state, real) + max(advance_ms, 0),
            speed=state.speed if speed is None else speed,
            frozen=state.frozen if frozen is None else frozen,
        )
        self.store.clock_state.save(new)
        return self.describe(new)

    def describe(self, state: ClockRow | None = None) -> dict[str, Any]:
        state = state or self._state()
        return {"now_ms": self._at(state, real_ms()), "speed": state.speed, "frozen": state.frozen}
