"""The mock's clock: real time scaled by a speed factor, or frozen and advanced by hand.

Its state (an anchor pair, the speed, frozen or not) lives in the store, so every worker process
reads the same mock time. ``now = anchor_mock + (real_now - anchor_real) * speed``; freezing pins
``now`` to the anchor. Every change re-anchors at the current mock time, so time never jumps back.
Mock time never passes ``bounds.MAX_MOCK_MS``; a stored clock that cannot be used (written by an
older version or by hand) is replaced by a fresh one when the mock starts.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass
from typing import Any

from mockserver.core.bounds import MAX_ADVANCE_MS, MAX_MOCK_MS, MAX_SPEED, within
from mockserver.core.store import Store
from mockserver.storage.settings import ClockRow

log = logging.getLogger("kling_mock")


class ClockError(ValueError):
    """A clock change outside the bounds; the message names the value and the bound."""


def real_ms() -> int:
    return time.time_ns() // 1_000_000


def check_speed(speed: Any, what: str = "speed") -> float:
    """A speed as a float, or ClockError when it is not a number in 0..MAX_SPEED."""
    if isinstance(speed, bool) or not isinstance(speed, int | float):
        raise ClockError(f"{what} must be a number from 0 to {MAX_SPEED:g}")
    if not within(float(speed), 0.0, MAX_SPEED):
        raise ClockError(f"{what} must be a number from 0 to {MAX_SPEED:g} (got {speed!r})")
    return float(speed)


def usable(row: ClockRow) -> bool:
    """Whether a stored clock row can be computed with (types, a finite speed, times in range)."""
    numbers = (row.anchor_real_ms, row.anchor_mock_ms)
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
        return False
    speed = row.speed
    return (
        isinstance(speed, int | float)
        and math.isfinite(speed)
        and within(speed, 0.0, MAX_SPEED)
        and all(within(n, 0, MAX_MOCK_MS) for n in numbers)
    )


@dataclass
class Clock:
    store: Store

    def ensure(self, speed: float, frozen: bool) -> None:
        """Create the clock state unless the store already has a usable one (restarts keep their
        clock; one that cannot be used is replaced, with a warning)."""
        stored = self.store.clock_state.load()
        if stored is not None and not usable(stored):
            log.warning("the stored mock clock cannot be used (%r): starting a fresh one", stored)
            self.restart(speed, frozen)
            return
        now = real_ms()
        self.store.clock_state.save(ClockRow(now, now, speed, frozen), only_if_missing=True)

    def restart(self, speed: float, frozen: bool) -> dict[str, Any]:
        """Back to real time now at this speed (``POST /__mock/reset {"clock": true}``)."""
        now = real_ms()
        row = ClockRow(now, now, speed, frozen)
        self.store.clock_state.save(row)
        return self.describe(row)

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
            return min(state.anchor_mock_ms, MAX_MOCK_MS)
        elapsed = max(real - state.anchor_real_ms, 0) * state.speed
        return min(state.anchor_mock_ms + int(min(elapsed, MAX_MOCK_MS)), MAX_MOCK_MS)

    def now_ms(self) -> int:
        return self._at(self._state(), real_ms())

    def update(
        self,
        *,
        frozen: bool | None = None,
        advance_ms: int = 0,
        speed: float | None = None,
    ) -> dict[str, Any]:
        """Re-anchor at the current mock time, apply the changes, and describe the result.

        Raises ClockError (nothing changed) for a speed or an advance outside the bounds.
        """
        if speed is not None:
            speed = check_speed(speed)
        if not within(advance_ms, 0, MAX_ADVANCE_MS):
            raise ClockError(f"advance_ms must be from 0 to {MAX_ADVANCE_MS} (one year)")
        state = self._state()
        real = real_ms()
        now = self._at(state, real)
        if now + advance_ms > MAX_MOCK_MS:
            raise ClockError(
                f"advance_ms {advance_ms} would move the clock past 9999-12-31 "
                f"(at most {MAX_MOCK_MS - now} more)"
            )
        new = ClockRow(
            anchor_real_ms=real,
            anchor_mock_ms=now + advance_ms,
            speed=state.speed if speed is None else speed,
            frozen=state.frozen if frozen is None else frozen,
        )
        self.store.clock_state.save(new)
        return self.describe(new)

    def describe(self, state: ClockRow | None = None) -> dict[str, Any]:
        state = state or self._state()
        return {"now_ms": self._at(state, real_ms()), "speed": state.speed, "frozen": state.frozen}
