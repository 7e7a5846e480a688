"""Per-user sliding-window rate limit for incoming messages.

A user may send `limit` messages in any `window` seconds. Past that, messages are dropped and the
user gets one friendly notice per window, not one per dropped message (which would itself spam).
"""
from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    notify: bool = False  # send the "slow down" notice now
    retry_in: float = 0.0  # seconds until the window has room again


class SlidingWindowLimiter:
    """Counts accepted messages per key over the last `window` seconds."""

    def __init__(self, limit: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic,
                 max_keys: int = 50_000):
        self.limit = limit
        self.window = window
        self._clock = clock
        self._max_keys = max_keys
        self._hits: dict[Hashable, deque[float]] = {}
        self._notified_until: dict[Hashable, float] = {}

    def hit(self, key: Hashable) -> Verdict:
        """Record one message from `key` and say whether it may be handled."""
        if self.limit <= 0:
            return Verdict(True)
        now = self._clock()
        hits = self._hits.get(key)
        if hits is None:
            if len(self._hits) >= self._max_keys:
                self._prune(now)
            hits = self._hits[key] = deque()
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) < self.limit:
            hits.append(now)
            return Verdict(True)
        free_at = hits[0] + self.window
        notify = self._notified_until.get(key, 0.0) <= now
        if notify:
            self._notified_until[key] = free_at
        return Verdict(False, notify=notify, retry_in=max(free_at - now, 0.0))

    def _prune(self, now: float) -> None:
        cutoff = now - self.window
        for key in [k for k, hits in self._hits.items() if not hits or hits[-1] <= cutoff]:
            del self._hits[key]
            self._notified_until.pop(key, None)
