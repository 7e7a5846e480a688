"""Concurrent update processing that keeps each chat's updates in order.

Different chats are handled concurrently (up to `max_concurrent_updates` at once); updates of the
same chat run one after another in arrival order, so a /check button press can never overtake the
press before it and answers arrive in the order the questions were asked.
"""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Hashable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

# PTB's own semaphore (taken before `do_process_update`) is sized so it never blocks: a chat waiting
# for its turn must not hold one of the real slots, which are counted by `_slots` below.
_QUEUE_FACTOR = 64


class _ChatLock:
    __slots__ = ("lock", "users")

    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.users = 0


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Serialises updates per chat (FIFO: asyncio.Lock wakes waiters in order); chats run in parallel."""

    def __init__(self, max_concurrent_updates: int):
        limit = max(int(max_concurrent_updates), 1)
        super().__init__(limit * _QUEUE_FACTOR)
        self.limit = limit
        self._slots = asyncio.Semaphore(limit)
        self._chats: dict[Hashable, _ChatLock] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = chat_key(update)
        if key is None:
            async with self._slots:
                await coroutine
            return
        entry = self._chats.get(key)
        if entry is None:
            entry = self._chats[key] = _ChatLock()
        entry.users += 1
        try:
            async with entry.lock:
                async with self._slots:
                    await coroutine
        finally:
            entry.users -= 1
            if entry.users == 0:
                del self._chats[key]

    @property
    def waiting_chats(self) -> int:
        """Chats with an update being handled or queued (for diagnostics)."""
        return len(self._chats)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None


def chat_key(update: object) -> Hashable | None:
    """The chat an update belongs to (its user for chat-less updates such as inline queries)."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return ("chat", update.effective_chat.id)
    if update.effective_user is not None:
        return ("user", update.effective_user.id)
    return None
