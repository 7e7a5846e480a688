"""The index a running advisor reads: whichever collection the pointer names, followed as it moves.

An ingest (`advisor ingest` in another process, or /reload in this one) writes a new collection and
flips the pointer; it keeps the previous collection until the next flip (see `VectorStore.activate`),
so a reader still holding it keeps answering. `LiveIndex.current()` looks at the pointer at most
once every `recheck_s` and, when it moved, opens the new collection, checks it (bot.index.health)
and switches. Only one thread switches at a time; the others keep answering from the reader they
have, so a switch never makes a question wait or fail.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from bot.index import health
from bot.index.vectorstore import IndexUnavailable, VectorStore
from bot.settings import Settings

log = logging.getLogger(__name__)

RECHECK_S = 1.0  # an ingest takes seconds, so a flip is noticed long before the next one drops anything
RETRY_BROKEN_S = 60.0  # a new index that could not be opened is tried again after this (a check costs a child)


class LiveIndex:
    """A reader (`open_reader(collection)`, e.g. a Retriever) of the active collection, kept current."""

    def __init__(self, store: VectorStore, open_reader: Callable[[Any], Any], settings: Settings,
                 recheck_s: float = RECHECK_S, model: str | None = None):
        self._store = store
        self._model = model  # the embedder's name: vectors of another model cannot be compared
        self._open_reader = open_reader
        self._settings = settings
        self._recheck_s = recheck_s
        self._switch_lock = threading.Lock()
        self._last_problem = ""
        self._broken: tuple[str, float] = ("", 0.0)  # (collection, when to try it again)
        active = store.active()
        if active is None:
            raise IndexUnavailable("no index has been built yet: run `advisor ingest`")
        self.name = active.name
        self._reader = self._open(active.name, active.model)
        self._checked = time.monotonic()

    def current(self) -> Any:
        """The reader of the active index, switching first if an ingest flipped the pointer."""
        if time.monotonic() - self._checked >= self._recheck_s and self._switch_lock.acquire(blocking=False):
            try:
                self._checked = time.monotonic()
                self._follow_pointer(skip_broken=True)
                self._last_problem = ""
            except Exception as exc:  # keep answering from the index in hand; say so once per problem
                problem = f"{exc.__class__.__name__}: {exc}"
                if problem != self._last_problem:
                    log.warning("still answering from %s: the new index cannot be used (%s)", self.name, problem)
                    self._last_problem = problem
            finally:
                self._switch_lock.release()
        return self._reader

    def refresh(self) -> Any:
        """Switch to the active index now (after /reload's ingest); a broken new index raises."""
        with self._switch_lock:
            self._checked = time.monotonic()
            self._follow_pointer()
        return self._reader

    def _follow_pointer(self, skip_broken: bool = False) -> None:
        active = self._store.active()
        if active is None or active.name == self.name:
            return
        if skip_broken and self._broken[0] == active.name and time.monotonic() < self._broken[1]:
            return
        try:
            reader = self._open(active.name, active.model)
        except IndexUnavailable:
            self._broken = (active.name, time.monotonic() + RETRY_BROKEN_S)
            raise
        self.name, self._reader = active.name, reader
        log.info("switched to index %s", active.name)

    def _open(self, name: str, model: str = "") -> Any:
        from chromadb.errors import NotFoundError

        if self._model and model and model != self._model:
            raise IndexUnavailable(f"the index {name} was built with the embedding model {model!r}, but "
                                   f"{self._model!r} is configured (EMBEDDING_MODEL): run `advisor ingest` to rebuild it")

        try:
            collection = self._store.open(name)
        except NotFoundError as exc:
            raise IndexUnavailable(
                f"the active index {name} is missing from the store (deleted?): run `advisor ingest` to rebuild it"
            ) from exc
        except Exception as exc:
            raise self._store.unavailable(exc) from exc
        reason = health.problem(self._settings, name)
        if reason is not None:
            raise IndexUnavailable(f"the active index {name} is damaged: {reason}; run `advisor ingest` to repair it")
        try:
            return self._open_reader(collection)
        except Exception as exc:
            raise self._store.unavailable(exc) from exc
