"""Changes to knowledge/ made from Telegram (/teach, /forget, uploads, /reload), one at a time.

Each change edits the files, re-ingests (incremental: only new chunks are embedded) and switches
the advisor to the new index; questions keep being answered from the old index meanwhile. Changes
run one after another, so two admins teaching at once never race on the files or on the index
pointer: the second ingest starts from the files the first one left.
"""
from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from telegram.ext import Application

T = TypeVar("T")
KEY = "knowledge_updates"


@dataclass
class Applied(Generic[T]):
    result: T  # what the change returned
    report: Any  # bot.index.ingest.IngestReport
    seconds: float  # change + ingest + advisor switch


class KnowledgeUpdates:
    def __init__(self, services):
        self.services = services
        self._lock = asyncio.Lock()

    @property
    def busy(self) -> bool:
        return self._lock.locked()

    async def apply(self, change: Callable[[], T], undo: Callable[[T], None] | None = None) -> Applied[T]:
        """Run `change` (a blocking file edit), ingest and reload the advisor, in worker threads.

        When the ingest or the reload fails, `undo(result)` runs (if given) and the error propagates;
        the index that was serving stays in use.
        """
        async with self._lock:
            started = time.perf_counter()
            result = await asyncio.to_thread(change)
            try:
                report = await asyncio.to_thread(run_ingest, self.services)
                await asyncio.to_thread(self.services.advisor.reload)
            except BaseException:
                if undo is not None:
                    await asyncio.to_thread(undo, result)
                raise
            return Applied(result, report, time.perf_counter() - started)


def updates_of(application: Application) -> KnowledgeUpdates:
    """The application's one KnowledgeUpdates (created on first use)."""
    updates = application.bot_data.get(KEY)
    if updates is None:
        updates = application.bot_data[KEY] = KnowledgeUpdates(application.bot_data["services"])
    return updates


def run_ingest(services):
    """bot.index.ingest.ingest, reusing the advisor's embedder and vector store when it has them."""
    from bot.index.ingest import ingest

    advisor = services.advisor
    return ingest(services.settings, progress=False, embedder=getattr(advisor, "embedder", None),
                  store=getattr(advisor, "store", None))
