"""Documents that trainers send to the bot: checked completely before they join knowledge/uploads/.

`check` parses a file the way ingest will (outside knowledge/, so nothing half-checked is ever
seen) and raises `KnowledgeFileError` with the line, page or entry that is wrong; `place` writes it
atomically under uploads/; `undo` puts back what was there before, when the ingest that follows fails.
"""
from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.knowledge import KnowledgeFileError
from bot.knowledge.chunking import chunk_document
from bot.knowledge.loaders import discover, load_document

UPLOADABLE = (".pdf", ".docx", ".md", ".txt", ".yaml", ".yml")
_UNSAFE = re.compile(r"[^\w.\- ()（）]+", re.UNICODE)


@dataclass
class Placed:
    path: Path
    previous: bytes | None  # the file this upload replaced, if any


def safe_name(name: str) -> str:
    """A file name that stays inside uploads/: no folders, no leading dots, no odd characters."""
    base = Path(name.replace("\\", "/")).name
    stem, suffix = os.path.splitext(base)
    stem = _UNSAFE.sub("_", stem).strip(" ._")[:80] or "document"
    return stem + suffix.lower()


def check(data: bytes, name: str, knowledge_dir: Path) -> int:
    """The number of passages the file gives; raises KnowledgeFileError when ingest would refuse it."""
    with tempfile.TemporaryDirectory(prefix="upload-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        document = load_document(path, Path(folder), {})
        if document.kind == "rules":
            raise KnowledgeFileError(name, "a YAML upload must be a FAQ file ('entries:'); the rules file is not replaced this way")
        if document.kind == "faq":
            _check_ids_unique([e.id for e in document.faq], name, knowledge_dir)
        return len(chunk_document(document))


def place(data: bytes, name: str, uploads_dir: Path) -> Placed:
    """Write the file as uploads/<name> (atomically), remembering what it replaces."""
    uploads_dir.mkdir(parents=True, exist_ok=True)
    target = uploads_dir / name
    previous = target.read_bytes() if target.exists() else None
    _atomic_write(target, data)
    return Placed(target, previous)


def undo(placed: Placed) -> None:
    if placed.previous is None:
        placed.path.unlink(missing_ok=True)
    else:
        _atomic_write(placed.path, placed.previous)


def _check_ids_unique(ids: list[str], name: str, knowledge_dir: Path) -> None:
    """FAQ ids are unique across all FAQ files (a re-upload of the same file may keep its own ids)."""
    own = knowledge_dir / "uploads" / name
    taken: dict[str, str] = {}
    for path in discover(knowledge_dir):
        if path.suffix.lower() not in (".yaml", ".yml") or path == own:
            continue
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError):
            continue  # ingest reports that file itself
        for entry in (data.get("entries") or []) if isinstance(data, dict) else []:
            if isinstance(entry, dict) and entry.get("id"):
                taken[str(entry["id"])] = path.relative_to(knowledge_dir).as_posix()
    for number, entry_id in enumerate(ids, 1):
        if entry_id in taken:
            raise KnowledgeFileError(name, f"id {entry_id!r} is already used in {taken[entry_id]}", f"entry {number}")


def _atomic_write(target: Path, data: bytes) -> None:
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
