"""Is the active index usable? Checked in a child process, because a damaged HNSW file crashes the
process that queries it (a segfault in Chroma's native code, which no `except` can catch).

`problem(settings, name)` returns None for a healthy collection, else one line saying what is wrong.
The check (open, count, one query) costs a child interpreter (~1.5 s), so a collection that passed
is remembered with a digest of its vector files (`cache_dir/index-health.json`): the next check of
unchanged files costs a hash (a few ms); changed or missing files are checked again. A Chroma
server is never checked this way: its crashes are not ours.

Run as `python -m bot.index.health CHROMA_PATH COLLECTION` it is the child: exit 0 when healthy, else
exit 1 with the reason on stdout.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from bot.settings import Settings

log = logging.getLogger(__name__)

CHECK_TIMEOUT_S = 120
_RECORD = "index-health.json"


def problem(settings: Settings, name: str) -> str | None:
    """None when collection `name` opens, counts and answers a query; else what is wrong."""
    if settings.chroma_host:
        return None
    digest = vector_files_digest(settings.chroma_path, name)
    if digest is not None and _remembered(settings.cache_dir) == {"collection": name, "digest": digest}:
        return None
    reason = _check_in_child(settings.chroma_path, name)
    if reason is None and digest is not None:
        remember_healthy(settings, name, digest)
    return reason


def remember_healthy(settings: Settings, name: str, digest: str | None = None) -> None:
    """Record that `name` is healthy as its files are now (an ingest that just built and counted it)."""
    digest = digest or vector_files_digest(settings.chroma_path, name)
    if digest is None or settings.chroma_host:
        return
    try:
        settings.cache_dir.mkdir(parents=True, exist_ok=True)
        path = settings.cache_dir / _RECORD
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps({"collection": name, "digest": digest}))
        temporary.replace(path)
    except OSError as exc:  # only costs a child check next time
        log.debug("could not record the index check: %s", exc)


def vector_segment_dirs(chroma_path: Path, name: str | None = None) -> dict[str, str]:
    """Folder name (a segment id) -> collection name, for the vector segments Chroma knows about."""
    database = chroma_path / "chroma.sqlite3"
    if not database.exists():
        return {}
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10)
    try:
        rows = connection.execute(
            "SELECT s.id, c.name FROM segments s JOIN collections c ON s.collection = c.id WHERE s.scope = 'VECTOR'"
        ).fetchall()
    finally:
        connection.close()
    return {segment: collection for segment, collection in rows if name is None or collection == name}


def vector_files_digest(chroma_path: Path, name: str) -> str | None:
    """A hash of the names, sizes and bytes of the collection's vector files; None when unknown."""
    try:
        segments = vector_segment_dirs(chroma_path, name)
        if not segments:
            return None
        digest = hashlib.sha256()
        for segment in sorted(segments):
            folder = chroma_path / segment
            digest.update(segment.encode())
            for path in sorted(folder.iterdir()) if folder.is_dir() else []:
                digest.update(f"{path.name}:{path.stat().st_size}".encode())
                digest.update(hashlib.sha256(path.read_bytes()).digest())
        return digest.hexdigest()
    except (OSError, sqlite3.Error) as exc:
        log.debug("vector files of %s could not be hashed: %s", name, exc)
        return None


def _remembered(cache_dir: Path) -> dict | None:
    try:
        return json.loads((cache_dir / _RECORD).read_text())
    except (OSError, ValueError):
        return None


def _check_in_child(chroma_path: Path, name: str) -> str | None:
    command = [sys.executable, "-m", "bot.index.health", str(chroma_path), name]
    env = dict(os.environ, ANONYMIZED_TELEMETRY="False")
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=CHECK_TIMEOUT_S, env=env,
                                cwd=Path(__file__).resolve().parents[2])
    except subprocess.TimeoutExpired:
        return f"checking it took over {CHECK_TIMEOUT_S} s"
    if result.returncode == 0:
        return None
    if result.returncode < 0:
        return f"opening it crashed the checking process ({_signal_name(-result.returncode)})"
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    return lines[-1] if lines else f"the check failed (exit {result.returncode})"


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def _child(chroma_path: str, name: str) -> int:
    """Open, count, fetch one stored vector and query with it: every step a damaged index fails."""
    try:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        client = chromadb.PersistentClient(path=chroma_path, settings=ChromaSettings(anonymized_telemetry=False))
        collection = client.get_collection(name)
        count = collection.count()
        if count == 0:
            print("it holds no chunks")
            return 1
        first = collection.get(limit=1, include=["embeddings"])
        collection.query(query_embeddings=[list(first["embeddings"][0])], n_results=min(3, count), include=[])
    except BaseException as exc:  # Rust panics are BaseException
        print(f"it could not be read ({exc.__class__.__name__}: {' '.join(str(exc).split())[:200]})")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1], sys.argv[2]))
