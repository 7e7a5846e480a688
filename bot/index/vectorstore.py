"""Chroma access: embedded PersistentClient or a Chroma server, and the atomic "active index" pointer.

Every ingest writes a brand-new collection and, only when it is complete, flips a pointer (the
metadata of a small pointer collection) to it. A crash or a malformed file before the flip leaves
the old collection serving; leftovers are deleted by the next ingest. Readers always resolve the
pointer, so nothing half-built is ever queried. The collection a flip replaces stays until the next
flip: running readers (another process, questions in flight) still hold it until they notice the
flip (bot.index.live). Dropping a collection also deletes its vector folder, which Chroma leaves.
"""
from __future__ import annotations

import logging
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.settings import Settings

log = logging.getLogger(__name__)


class IndexUnavailable(RuntimeError):
    """The vector store cannot be reached or holds no complete index."""


@dataclass
class ActiveIndex:
    name: str
    model: str
    built_at: float
    fingerprint: str = ""
    sources: str = ""  # fingerprint of the files and the code that chunked them
    previous: str = ""  # the collection this one replaced, kept for readers that still hold it


def open_client(settings: Settings):
    """The Chroma client named by the settings; raises IndexUnavailable when a server is unreachable."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_host:
        try:
            from bot.index.chroma_http import timed_http_client

            client = timed_http_client(settings.chroma_host, settings.chroma_port, settings.chroma_connect_timeout_s,
                                       settings.chroma_request_timeout_s, chroma_settings)
            client.heartbeat()
        except Exception as exc:
            raise IndexUnavailable(
                f"Chroma server at {settings.chroma_host}:{settings.chroma_port} is unreachable ({exc.__class__.__name__})"
            ) from exc
        return client
    settings.chroma_path.mkdir(parents=True, exist_ok=True)
    try:
        return chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)
    except Exception as exc:  # e.g. a corrupt chroma.sqlite3: one clear line instead of a traceback
        raise IndexUnavailable(
            f"the index at {settings.chroma_path} cannot be opened ({exc.__class__.__name__}: {exc}); "
            "move that folder away and run `advisor ingest`"
        ) from exc


class VectorStore:
    """The collections of one deployment, addressed by a name prefix."""

    def __init__(self, client, prefix: str, embedding_function, path: Path | None = None, server: str = ""):
        self.client = client
        self.path = path  # the embedded store's folder; None for a Chroma server
        self.server = server  # "host:port" of a Chroma server, for messages
        self.prefix = prefix
        self.embedding_function = embedding_function  # never None: see ChromaEmbeddingAdapter
        self._pointer_name = f"{prefix}_pointer"

    @classmethod
    def from_settings(cls, settings: Settings, embedder) -> "VectorStore":
        from bot.index.embeddings import ChromaEmbeddingAdapter

        path = None if settings.chroma_host else settings.chroma_path
        server = f"{settings.chroma_host}:{settings.chroma_port}" if settings.chroma_host else ""
        return cls(open_client(settings), settings.collection_prefix, ChromaEmbeddingAdapter(embedder), path, server)

    # -- pointer -------------------------------------------------------------------------------
    def _pointer(self):
        return self.client.get_or_create_collection(
            self._pointer_name, embedding_function=self.embedding_function, metadata={"role": "pointer"}
        )

    def active(self) -> ActiveIndex | None:
        try:
            meta = self._pointer().metadata or {}
        except Exception as exc:
            raise self.unavailable(exc) from exc
        if not meta.get("active"):
            return None
        return ActiveIndex(str(meta["active"]), str(meta.get("model", "")), float(meta.get("built_at", 0)),
                           str(meta.get("fingerprint", "")), str(meta.get("sources", "")), str(meta.get("previous", "")))

    def activate(self, name: str, model: str, fingerprint: str = "", sources: str = "") -> None:
        """Point readers at `name`; the collection it replaces is remembered as `previous` (kept)."""
        current = self.active()
        previous = current.previous if current is not None and current.name == name else (current.name if current else "")
        self._pointer().modify(metadata={"role": "pointer", "active": name, "model": model, "built_at": time.time(),
                                         "fingerprint": fingerprint, "sources": sources, "previous": previous})

    def unavailable(self, exc: BaseException) -> IndexUnavailable:
        """The one-line error for a store that failed to answer."""
        if self.server:
            return IndexUnavailable(f"Chroma server at {self.server} is unreachable or not answering "
                                    f"({exc.__class__.__name__}); check that `chroma run` is up")
        return IndexUnavailable(f"the index at {self.path} could not be read ({exc.__class__.__name__}: {exc})")

    # -- collections ---------------------------------------------------------------------------
    def new_collection(self):
        name = f"{self.prefix}_{time.strftime('%Y%m%d%H%M%S')}_{uuid.uuid4().hex[:6]}"
        # A fresh configuration dict per call: chromadb mutates the one it is given.
        return self.client.create_collection(
            name, embedding_function=self.embedding_function, configuration={"hnsw": {"space": "cosine"}}
        )

    def open(self, name: str):
        return self.client.get_collection(name, embedding_function=self.embedding_function)

    def open_active(self):
        active = self.active()
        if active is None:
            raise IndexUnavailable("no index has been built yet: run `advisor ingest`")
        from chromadb.errors import NotFoundError

        try:
            return self.open(active.name), active
        except NotFoundError as exc:
            raise IndexUnavailable(
                f"the active index {active.name} is missing from the store (deleted?): run `advisor ingest` to rebuild it"
            ) from exc

    def drop_stale(self, keep: set[str]) -> list[str]:
        """Delete collections of this prefix other than `keep`, the active one and the one it replaced
        (crash leftovers, the collection two flips ago), and the vector folders Chroma leaves behind."""
        active = self.active()
        if active is not None:
            keep = keep | {active.name, active.previous}
        dropped = []
        for collection in self.client.list_collections():
            name = collection if isinstance(collection, str) else collection.name
            if name.startswith(self.prefix + "_") and name != self._pointer_name and name not in keep:
                self.client.delete_collection(name)
                dropped.append(name)
        self.remove_orphan_folders()
        return dropped

    def drop(self, name: str) -> None:
        """Delete one collection (e.g. a damaged one) and its vector folder."""
        self.client.delete_collection(name)
        self.remove_orphan_folders()

    def remove_orphan_folders(self) -> list[str]:
        """Delete vector folders no collection owns: Chroma's delete_collection leaves them on disk."""
        if self.path is None or not self.path.is_dir():
            return []
        from bot.index.health import vector_segment_dirs

        # Folders first, owners second: a collection created in between already has its owner row.
        folders = [p for p in self.path.iterdir() if p.is_dir() and _is_segment_id(p.name)]
        owned = set(vector_segment_dirs(self.path))
        removed = []
        for folder in folders:
            if folder.name not in owned:
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder.name)
        return removed


def _is_segment_id(name: str) -> bool:
    try:
        return str(uuid.UUID(name)) == name
    except ValueError:
        return False


def read_all(collection, include_embeddings: bool = False) -> dict[str, Any]:
    """Every record of a collection, paged (a server caps the size of one response)."""
    include = ["documents", "metadatas"] + (["embeddings"] if include_embeddings else [])
    out: dict[str, list] = {"ids": [], "documents": [], "metadatas": [], "embeddings": []}
    total, page = collection.count(), 1000
    for offset in range(0, total, page):
        batch = collection.get(include=include, limit=page, offset=offset)
        out["ids"].extend(batch["ids"])
        out["documents"].extend(batch["documents"])
        out["metadatas"].extend(batch["metadatas"])
        if include_embeddings:
            out["embeddings"].extend(list(batch["embeddings"]))
    return out
