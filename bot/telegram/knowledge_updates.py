"""Changes to knowledge/ made from Telegram (/teach, /forget, uploads, /reload), one at a time.

Each change edits the files, re-ingests (incremental: only new chunks are embedded) and switches
the advisor to the new index; questions keep being answered from the old index meanwhile. Changes
run one after another, so two admins teaching at once never race on the files or on the index
pointer: the second ingest starts from the files the first one left.
"""
from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from telegram.ext import Application

T = TypeVar("T")
log = logging.getLogger(__name__)
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
        self._embedder = None  # for ingest when the advisor has none (worker processes): loaded once

    def _ingest(self):
        advisor = self.services.advisor
        if getattr(advisor, "embedder", None) is None and self._embedder is None:
            from bot.index.embeddings import make_embedder

            settings = self.services.settings
            self._embedder = make_embedder(settings.embedding_model, settings.embedding_threads,
                                           cache_dir=settings.cache_dir)
        return run_ingest(self.services, self._embedder)

    async def apply(self, change: Callable[[], T], undo: Callable[[T], None] | None = None) -> Applied[T]:
        """Run `change` (a blocking file edit), ingest and reload the advisor, in worker threads.

        When the ingest or the reload fails, `undo(result)` runs (if given), the index is brought back
        in line with the files (best effort: the ingest may have flipped it already), and the error
        propagates.
        """
        async with self._lock:
            started = time.perf_counter()
            result = await asyncio.to_thread(change)
            try:
                report = await asyncio.to_thread(self._ingest)
                await asyncio.to_thread(self.services.advisor.reload)
            except BaseException:
                if undo is not None:
                    await asyncio.to_thread(undo, result)
                    try:
                        await asyncio.to_thread(self._ingest)
                    except Exception as exc:  # the original error is the one to report
                        log.warning("re-indexing after undoing a change failed: %s", exc)
                raise
            return Applied(result, report, time.perf_counter() - started)


def updates_of(application: Application) -> KnowledgeUpdates:
    """The application's one KnowledgeUpdates (created on first use)."""
    updates = application.bot_data.get(KEY)
    if updates is None:
        updates = application.bot_data[KEY] = KnowledgeUpdates(application.bot_data["services"])
    return updates


def run_ingest(services, embedder=None):
    """bot.index.ingest.ingest, reusing the advisor's embedder and vector store when it has them
    (else `embedder`, else a new one)."""
    from bot.index.ingest import ingest

    advisor = services.advisor
    return ingest(services.settings, progress=False, embedder=getattr(advisor, "embedder", None) or embedder,
                  store=getattr(advisor, "store", None))
