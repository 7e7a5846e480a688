"""Read the files of `knowledge/` into documents with metadata: md, txt, yaml (FAQ, rules), pdf, docx.

A file that cannot be read raises `KnowledgeFileError` naming the file and, where known, the line or
page, so that `advisor ingest` can say exactly what to fix and leave the serving index untouched.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import yaml

from bot.knowledge import FaqEntry, KnowledgeFileError, Section, SourceDocument
from bot.knowledge.faq_format import parse_faq
from bot.knowledge.rules_sections import rules_sections
from bot.language import detect

SUPPORTED = {".md", ".txt", ".yaml", ".yml", ".pdf", ".docx"}
# Files that describe the knowledge base rather than belong to it.
SKIPPED_NAMES = {"manifest.yaml", "README.md"}
# Folders of data that is not knowledge text: the dialogue-act training examples of the understanding step.
SKIPPED_FOLDERS = {"understanding"}


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def discover(knowledge_dir: Path) -> list[Path]:
    """Every knowledge file, in a stable order (hidden files and editor leftovers ignored)."""
    files = []
    for path in sorted(knowledge_dir.rglob("*")):
        rel = path.relative_to(knowledge_dir)
        if not path.is_file() or any(part.startswith((".", "~")) for part in rel.parts):
            continue
        if rel.parts[0] in SKIPPED_FOLDERS:
            continue
        if path.suffix.lower() in SUPPORTED and path.name not in SKIPPED_NAMES:
            files.append(path)
    return files


def load_manifest(knowledge_dir: Path) -> dict[str, dict[str, Any]]:
    path = knowledge_dir / "manifest.yaml"
    if not path.exists():
        return {}
    data = _parse_yaml(path.read_text(encoding="utf-8"), path)
    files = (data or {}).get("files") or {}
    if not isinstance(files, dict):
        raise KnowledgeFileError(path, "'files' must be a mapping of path -> metadata")
    return {str(k): dict(v or {}) for k, v in files.items()}


def load_document(path: Path, knowledge_dir: Path, manifest: dict[str, dict[str, Any]]) -> SourceDocument:
    rel = path.relative_to(knowledge_dir).as_posix()
    meta = dict(manifest.get(rel, {}))
    suffix = path.suffix.lower()
    if suffix == ".md":
        doc = _load_markdown(path, rel, meta)
    elif suffix == ".txt":
        doc = _load_text(path, rel, meta)
    elif suffix in (".yaml", ".yml"):
        doc = _load_yaml(path, rel, meta)
    elif suffix == ".pdf":
        doc = _load_pdf(path, rel, meta)
    elif suffix == ".docx":
        doc = _load_docx(path, rel, meta)
    else:  # pragma: no cover - discover() filters
        raise KnowledgeFileError(path, f"unsupported file type {suffix}")
    doc.content_hash = file_hash(path)
    if doc.kind == "doc" and not any(s.text.strip() for s in doc.sections):
        raise KnowledgeFileError(path, "no text could be extracted")
    return doc


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KnowledgeFileError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def _parse_yaml(text: str, path: Path, line_offset: int = 0) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1 + line_offset}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise KnowledgeFileError(path, f"invalid YAML: {problem}", where) from None


_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")


def _load_markdown(path: Path, rel: str, meta: dict[str, Any]) -> SourceDocument:
    text = _read_text(path)
    body = text
    match = _FRONT_MATTER.match(text)
    if match:
        front = _parse_yaml(match.group(1), path, line_offset=1)
        if front is not None and not isinstance(front, dict):
            raise KnowledgeFileError(path, "front matter must be a mapping", "line 2")
        meta = {**(front or {}), **meta}
        body = text[match.end() :]
    sections: list[Section] = []
    heading, lines = "", []
    for line in body.splitlines():
        found = _HEADING.match(line)
        if found:
            if "\n".join(lines).strip():
                sections.append(Section(heading, "\n".join(lines).strip()))
            level, title = len(found.group(1)), found.group(2).strip()
            if level == 1 and not meta.get("title"):
                meta["title"] = title
            heading, lines = (title if level > 1 else heading), []
        else:
            lines.append(line)
    if "\n".join(lines).strip():
        sections.append(Section(heading, "\n".join(lines).strip()))
    return _finish(SourceDocument(rel, "doc", "", meta, sections))


def _load_text(path: Path, rel: str, meta: dict[str, Any]) -> SourceDocument:
    return _finish(SourceDocument(rel, "doc", "", meta, [Section("", _read_text(path).strip())]))


def _finish(doc: SourceDocument) -> SourceDocument:
    language = str(doc.meta.get("language") or "").lower()
    if language not in ("zh", "en"):
        sample = " ".join(s.text for s in doc.sections)[:2000]
        language = detect(sample).code
    doc.language = language
    return doc


def _load_yaml(path: Path, rel: str, meta: dict[str, Any]) -> SourceDocument:
    data = _parse_yaml(_read_text(path), path)
    if not isinstance(data, dict):
        raise KnowledgeFileError(path, "expected a mapping at the top level", "line 1")
    if "entries" in data:
        meta = {**{k: v for k, v in data.items() if k != "entries"}, **meta}
        return SourceDocument(rel, "faq", "both", meta, faq=parse_faq(data["entries"], path))
    if "levels" in data and "job_types" in data:
        meta = {"title_zh": "申报条件（规则数据）", "title_en": "Application conditions (rules data)", **meta}
        meta.setdefault("source", ", ".join(data.get("standard", {}).get("sources", [])))
        doc = SourceDocument(rel, "rules", "both", meta, sections=rules_sections(data, path))
        return doc
    raise KnowledgeFileError(path, "unknown YAML file: expected a FAQ ('entries:') or rules ('levels:', 'job_types:')")


def _load_pdf(path: Path, rel: str, meta: dict[str, Any]) -> SourceDocument:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        pages = reader.pages
        count = len(pages)
    except (PdfReadError, OSError, ValueError, KeyError) as exc:
        raise KnowledgeFileError(path, f"unreadable PDF ({exc})") from None
    sections = []
    for number in range(count):
        try:
            text = pages[number].extract_text() or ""
        except Exception as exc:  # pypdf raises many types on damaged pages
            raise KnowledgeFileError(path, f"unreadable page ({exc})", f"page {number + 1}") from None
        if text.strip():
            sections.append(Section(f"p. {number + 1}", text.strip()))
    if not meta.get("title"):
        info = reader.metadata or {}
        meta["title"] = (info.get("/Title") if hasattr(info, "get") else None) or path.stem
    return _finish(SourceDocument(rel, "doc", "", meta, sections))


def _load_docx(path: Path, rel: str, meta: dict[str, Any]) -> SourceDocument:
    import docx

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises zipfile/KeyError/ValueError on damage
        raise KnowledgeFileError(path, f"unreadable DOCX ({exc.__class__.__name__}: {exc})") from None
    sections: list[Section] = []
    heading, lines = "", []
    for paragraph in document.paragraphs:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        text = paragraph.text.strip()
        if not text:
            continue
        if style.lower().startswith(("heading", "title")):
            if lines:
                sections.append(Section(heading, "\n".join(lines)))
            if style.lower().startswith("title") and not meta.get("title"):
                meta["title"] = text
            heading, lines = text, []
        else:
            lines.append(text)
    if lines:
        sections.append(Section(heading, "\n".join(lines)))
    return _finish(SourceDocument(rel, "doc", "", meta, sections))
