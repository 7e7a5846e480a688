"""`advisor ingest`: knowledge/ -> chunks -> embeddings -> a new Chroma collection -> pointer flip.

Incremental: chunk ids are content hashes, so a chunk whose text did not change keeps its id and its
vector is copied from the serving collection instead of being embedded again; chunks of deleted
files simply are not copied. When nothing changed at all, nothing is written.
Atomic: every file is parsed before the store is touched (a malformed file aborts with its name and
line or page), and the new collection becomes visible only by the final pointer flip.
Self-healing: the serving collection is checked (bot.index.health) before anything of it is kept or
reused; a damaged one is dropped and everything is embedded again. `rebuild=True` does the same on
the operator's request.
"""
from __future__ import annotations

import hashlib
import json
import logging
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bot.knowledge.chunking import Chunk, chunk_document
from bot.knowledge import KnowledgeFileError
from bot.knowledge.loaders import discover, file_hash, load_document, load_manifest
from bot.index.embeddings import make_embedder
from bot.settings import Settings
from bot.index import health
from bot.index.vectorstore import ActiveIndex, VectorStore, read_all

log = logging.getLogger(__name__)

WRITE_BATCH = 1000  # chunks added to Chroma at once (also capped by the store's own maximum)
EMBED_BATCH = 64  # texts per call of the embedding model


@dataclass
class IngestReport:
    files: int = 0
    chunks: int = 0
    embedded: int = 0
    reused: int = 0
    seconds: float = 0.0
    changed: bool = False
    collection: str = ""
    dropped: list[str] = field(default_factory=list)
    repaired: str = ""  # why the serving collection was replaced instead of reused

    def summary(self) -> str:
        state = "index updated" if self.changed else "index unchanged"
        if self.repaired:
            state = f"index rebuilt ({self.repaired})"
        return (
            f"{state}: {self.files} files, {self.chunks} chunks "
            f"({self.embedded} embedded, {self.reused} reused) in {self.seconds:.1f} s"
        )


def collect_chunks(knowledge_dir: Path, max_file_mb: float | None = None) -> tuple[int, list[Chunk]]:
    """Parse every knowledge file; raises KnowledgeFileError on the first malformed or oversized one."""
    if not knowledge_dir.is_dir():
        raise KnowledgeFileError(knowledge_dir, "knowledge folder not found")
    manifest = load_manifest(knowledge_dir)
    files = discover(knowledge_dir)
    if max_file_mb is not None:
        _refuse_oversized(files, max_file_mb)
    chunks: list[Chunk] = []
    seen: set[str] = set()
    faq_files: dict[str, Path] = {}
    for path in files:
        document = load_document(path, knowledge_dir, manifest)
        _refuse_duplicate_faq_ids(document, path, faq_files)
        for chunk in chunk_document(document):
            if chunk.id not in seen:
                seen.add(chunk.id)
                chunks.append(chunk)
    return len(files), chunks


def _refuse_duplicate_faq_ids(document, path: Path, faq_files: dict[str, Path]) -> None:
    """A FAQ id names one answer: the same id in two files would make either win at random."""
    for entry in document.faq:
        other = faq_files.setdefault(entry.id, path)
        if other != path:
            raise KnowledgeFileError(path, f"FAQ id {entry.id!r} is already used in {other}; FAQ ids must be "
                                           "unique across files: rename one of them")


def _refuse_oversized(files: list[Path], max_file_mb: float) -> None:
    """Checked before anything is parsed, so a huge file costs nothing but this line."""
    for path in files:
        size_mb = path.stat().st_size / 1e6
        if size_mb > max_file_mb:
            raise KnowledgeFileError(path, f"{size_mb:.1f} MB is over the per-file limit of {max_file_mb:g} MB "
                                           "(MAX_KNOWLEDGE_FILE_MB); split the file or raise the limit")


def ingest(settings: Settings, progress: bool | None = None, embedder=None, store: VectorStore | None = None,
           rebuild: bool = False) -> IngestReport:
    started = time.perf_counter()
    report = IngestReport()
    embedder = embedder or make_embedder(settings.embedding_model, settings.embedding_threads, cache_dir=settings.cache_dir)
    model_name = getattr(embedder, "name", settings.embedding_model)
    if store is None:
        store = VectorStore.from_settings(settings, embedder)
    active = _usable_active(store, settings, rebuild, report)

    sources = sources_fingerprint(settings.knowledge_dir, model_name)
    if active is not None and active.sources == sources:
        # Same files, same chunking code, same model as the serving index: nothing to parse.
        report.files = len(discover(settings.knowledge_dir))
        report.chunks = report.reused = store.open(active.name).count()
        report.collection = active.name
        report.dropped = store.drop_stale({active.name})
        report.seconds = time.perf_counter() - started
        return report

    report.files, chunks = collect_chunks(settings.knowledge_dir, settings.max_knowledge_file_mb)
    report.chunks = len(chunks)

    keep = {active.name} if active else set()
    fingerprint = _fingerprint(chunks)
    if active is not None and active.model == model_name and active.fingerprint == fingerprint:
        store.activate(active.name, model_name, fingerprint, sources)  # remember the files' state
        report.dropped = store.drop_stale(keep)
        report.collection = active.name
        report.reused = len(chunks)
        report.seconds = time.perf_counter() - started
        return report

    previous = _previous_vectors(store, active, model_name)
    collection = store.new_collection()
    try:
        _embed_and_write(collection, chunks, previous, embedder, report, progress,
                         batch=max(1, min(WRITE_BATCH, store.client.get_max_batch_size())))
        if collection.count() != len(chunks):
            raise RuntimeError(f"index incomplete: {collection.count()} of {len(chunks)} chunks written")
    except BaseException:
        store.client.delete_collection(collection.name)
        raise
    store.activate(collection.name, model_name, fingerprint, sources)
    health.remember_healthy(settings, collection.name)  # just written and counted by us
    report.changed = True
    report.collection = collection.name
    report.dropped = store.drop_stale({collection.name})
    report.seconds = time.perf_counter() - started
    return report


def _usable_active(store: VectorStore, settings: Settings, rebuild: bool, report: IngestReport) -> ActiveIndex | None:
    """The serving index if it may be kept and its vectors reused; None means build everything anew.

    A damaged one is dropped at once: readers cannot use it anyway, and keeping it as the
    "previous" collection would keep its broken files."""
    active = store.active()
    if active is None:
        return None
    if rebuild:
        report.repaired = "--rebuild"
        return None
    if not _exists(store, active.name):
        report.repaired = f"the active index {active.name} was missing"
        return None
    reason = health.problem(settings, active.name)
    if reason is None:
        return active
    log.warning("the active index %s is damaged (%s); rebuilding it", active.name, reason)
    report.repaired = f"the active index {active.name} was damaged: {reason}"
    try:
        store.drop(active.name)
    except BaseException as exc:  # dropping only tidies up; the new collection replaces it regardless
        log.warning("could not drop the damaged index %s (%s)", active.name, exc)
    return None


def _exists(store: VectorStore, name: str) -> bool:
    from chromadb.errors import NotFoundError

    try:
        store.open(name)
        return True
    except NotFoundError:
        return False


# The modules whose code decides what a file becomes in the index: when they change, every file
# is read again even though no file changed.
def _pipeline_files() -> list[Path]:
    """The code and data that turn files into chunks: the whole knowledge package (a new loader module
    counts without being listed) and the segmentation dictionary."""
    bot_dir = Path(__file__).resolve().parent.parent
    return sorted((bot_dir / "knowledge").rglob("*.py")) + [bot_dir / "resources" / "jieba_userdict.txt"]


def sources_fingerprint(knowledge_dir: Path, model_name: str) -> str:
    """Every knowledge file (path and content hash), the pipeline's code and the model."""
    digest = hashlib.sha256(model_name.encode())
    for path in _pipeline_files():
        digest.update(file_hash(path).encode())
    if knowledge_dir.is_dir():
        for path in sorted(p for p in knowledge_dir.rglob("*") if p.is_file()):
            digest.update(path.relative_to(knowledge_dir).as_posix().encode())
            digest.update(file_hash(path).encode())
    return digest.hexdigest()


def _fingerprint(chunks: list[Chunk]) -> str:
    """Ids and metadata of every chunk: a changed title or source in a manifest counts as a change,
    even though the texts (and so the vectors) stayed the same."""
    digest = hashlib.sha256()
    for chunk in sorted(chunks, key=lambda c: c.id):
        digest.update(chunk.id.encode())
        digest.update(json.dumps(chunk.metadata, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()


def _previous_vectors(store: VectorStore, active: ActiveIndex | None, model_name: str) -> dict[str, np.ndarray]:
    """Vectors of the serving collection by chunk id (float32 arrays: a list of Python floats costs
    8 times the memory), to be copied instead of embedded again."""
    if active is None or active.model != model_name:
        return {}
    try:
        old = read_all(store.open(active.name), include_embeddings=True)
    except Exception as exc:  # a broken old collection only costs a full re-embed
        log.warning("could not read the serving index (%s); embedding everything", exc)
        return {}
    return {cid: np.asarray(vector, dtype=np.float32) for cid, vector in zip(old["ids"], old["embeddings"])}


def _embed_and_write(collection, chunks: list[Chunk], previous: dict, embedder, report: IngestReport,
                     progress: bool | None, batch: int) -> None:
    """Embed and add the chunks one batch at a time: memory stays flat however large the files are."""
    todo = sum(1 for chunk in chunks if chunk.id not in previous)
    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    if show and todo:
        from tqdm import tqdm

        bar = tqdm(total=todo, desc="embedding", unit="chunk", file=sys.stderr)
    for start in range(0, len(chunks), batch):
        part = chunks[start : start + batch]
        fresh = [c for c in part if c.id not in previous]
        embedded: dict[str, np.ndarray] = {}
        for offset in range(0, len(fresh), EMBED_BATCH):
            group = fresh[offset : offset + EMBED_BATCH]
            vectors = np.asarray(embedder.embed_documents([c.embed_text for c in group]), dtype=np.float32)
            embedded.update(zip((c.id for c in group), vectors))
            if bar is not None:
                bar.update(len(group))
        collection.add(
            ids=[c.id for c in part],
            documents=[c.text for c in part],
            metadatas=[c.metadata for c in part],
            embeddings=np.stack([embedded[c.id] if c.id in embedded else previous[c.id] for c in part]),
        )
        report.embedded += len(fresh)
        report.reused += len(part) - len(fresh)
    if bar is not None:
        bar.close()
