"""Answering in worker processes, so that answers use every core instead of one.

`Advisor.answer` is CPU-bound Python: in threads the GIL serialises it, which caps a bot at one
core (~16 ms an answer here, so ~60 answers/s at best). `AdvisorPool` gives the Telegram front-end
the same interface (`answer`, `reload`, `knowledge_summary`, `rules`) backed by N processes, each
with its own Advisor opened on the same index. The conversation travels with the question and
comes back updated. `reload()` is lazy: each worker re-opens the index before its next question.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from bot.answering.conversation import Conversation
from bot.settings import Settings

log = logging.getLogger(__name__)

WARM_UP = ("互联网营销师有哪些工种？", "What is an internet marketer?")
_advisor = None  # the worker process's own Advisor
_generation = 0  # the index generation that Advisor has open


def _init_worker(settings: Settings) -> None:
    global _advisor
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from bot.answering.advisor import Advisor

    _advisor = Advisor.from_settings(settings)
    for question in WARM_UP:  # lazy parts (dictionaries, caches) load now, not on a user's question
        _advisor.answer(question)


def _answer(generation: int, question: str, conversation: Conversation | None) -> tuple[Any, Conversation | None]:
    _catch_up(generation)
    answer = _advisor.answer(question, conversation)
    return answer, conversation


def _summary(generation: int) -> list[dict]:
    _catch_up(generation)
    return _advisor.knowledge_summary()


def _ready(generation: int) -> int:
    _catch_up(generation)
    return os.getpid()


def _catch_up(generation: int) -> None:
    global _generation
    if generation != _generation:
        _advisor.reload()
        _generation = generation


class AdvisorPool:
    """The Advisor interface over `workers` processes (spawned: no state shared with this one)."""

    def __init__(self, settings: Settings, workers: int = 2, rules: Any = None):
        self.settings = settings
        self.workers = max(1, workers)
        self.rules = rules
        self._generation = 0
        self._lock = threading.Lock()
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        executor = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                       initializer=_init_worker, initargs=(self.settings,))
        # One submission per idle-less moment spawns one process: keep them busy until all are up.
        futures = [executor.submit(_ready, self._generation) for _ in range(self.workers)]
        wait(futures)
        for future in futures:
            future.result()  # an Advisor that cannot start (no index) raises here, at start-up
        return executor

    @classmethod
    def from_settings(cls, settings: Settings, workers: int | None = None) -> "AdvisorPool":
        from bot.eligibility import load_rules

        count = workers or settings.advisor_workers or os.cpu_count() or 1
        return cls(settings, count, load_rules(settings.eligibility_rules_path))

    def _submit(self, function, *args):
        try:
            return self._executor.submit(function, self._generation, *args).result()
        except BrokenProcessPool:
            with self._lock:  # a worker died (e.g. killed for memory): start a fresh pool once
                log.error("an answering process died; restarting the pool")
                self._executor.shutdown(wait=False, cancel_futures=True)
                self._executor = self._start()
            raise

    def answer(self, question: str, conversation: Conversation | None = None):
        answer, updated = self._submit(_answer, question, conversation)
        if conversation is not None and updated is not None:
            conversation.__dict__.update(updated.__dict__)  # the caller keeps its own object
        return answer

    def knowledge_summary(self) -> list[dict]:
        return self._submit(_summary)

    def reload(self) -> None:
        """Every worker re-opens the (newly ingested) index before its next question."""
        self._generation += 1
        for future in [self._executor.submit(_ready, self._generation) for _ in range(self.workers)]:
            future.result()  # surfaces an index that cannot be opened to /reload's report

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
