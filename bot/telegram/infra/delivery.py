"""Getting requests to Telegram exactly once: flood limits, 429 waits and transient-failure retries.

`DeliveryLimiter` is PTB's `AIORateLimiter` (30 messages/s overall, 20/min per group, 429 RetryAfter
waited out and retried) plus two things it lacks:
- retries with exponential backoff for 5xx answers and dropped connections, but only for failures
  where Telegram cannot have acted on the request (no answer, a 5xx, a connection that could not be
  made), never for a read timeout, so a reply is never sent twice;
- chat actions ("typing…") do not use up the message budget: Telegram's limits count messages.
"""
from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Coroutine
from typing import Any

import aiohttp
import httpx
from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)

_UNMETERED = frozenset({"sendChatAction", "answerCallbackQuery"})


def is_transient(exc: BaseException) -> bool:
    """True for failures after which Telegram has certainly not delivered the request."""
    if isinstance(exc, BadRequest):
        return False
    if isinstance(exc, TimedOut):
        # Only a timeout before the request left (no connection / no pool slot) is safe to repeat.
        return isinstance(exc.__cause__, (httpx.ConnectTimeout, httpx.PoolTimeout, aiohttp.ConnectionTimeoutError))
    return isinstance(exc, NetworkError)


class DeliveryLimiter(AIORateLimiter):
    def __init__(self, *, overall_max_rate: float = 30, group_max_rate: float = 20, max_retries: int = 3,
                 network_retries: int = 4, backoff: float = 0.25, backoff_max: float = 8.0):
        super().__init__(overall_max_rate=overall_max_rate, group_max_rate=group_max_rate, max_retries=max_retries)
        self.network_retries = network_retries
        self.backoff = backoff
        self.backoff_max = backoff_max

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        attempt = 0
        while True:
            try:
                if endpoint in _UNMETERED:
                    return await callback(*args, **kwargs)
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except NetworkError as exc:
                if not is_transient(exc) or attempt >= self.network_retries:
                    raise
                delay = min(self.backoff * 2**attempt, self.backoff_max) * random.uniform(0.75, 1.25)
                attempt += 1
                log.warning("%s failed (%s: %s); retry %d/%d in %.2f s", endpoint, exc.__class__.__name__, exc,
                            attempt, self.network_retries, delay)
                await asyncio.sleep(delay)
