"""Cut documents into answer-sized chunks, Chinese-aware, each with the metadata a citation needs.

Paragraphs are kept whole when they fit; longer ones are cut at sentence ends (。！？； and . ! ? ;)
and packed up to the target size. The section heading is prepended to the text that is embedded, so
a short paragraph keeps its context, but the stored text is the paragraph itself.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from bot.knowledge import SourceDocument
from bot.knowledge.tokens import tokens

TARGET_CHARS = {"zh": 220, "en": 600}
SHORT_LINE_CHARS = {"zh": 20, "en": 45}
_SENTENCE_END = re.compile(r"(?<=[。！？；!?;])|(?<=\.)\s+")


@dataclass
class Chunk:
    id: str
    text: str  # what is shown and keyword-searched
    embed_text: str  # what is embedded
    metadata: dict[str, Any]


def split_sentences(text: str) -> list[str]:
    parts = [p.strip() for p in _SENTENCE_END.split(text)]
    return [p for p in parts if p]


def _pack(paragraph: str, limit: int) -> list[str]:
    if len(paragraph) <= limit:
        return [paragraph]
    pieces, current = [], ""
    joiner = "" if re.search(r"[\u4e00-\u9fff]", paragraph) else " "
    for sentence in split_sentences(paragraph):
        start = 0
        while len(sentence) - start > limit * 2:  # a "sentence" with no punctuation at all
            # Cut by index: re-slicing the rest each time copies it, quadratic in a file's size.
            pieces.append(sentence[start : start + limit])
            start += limit
        sentence = sentence[start:]
        if current and len(current) + len(sentence) > limit:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current}{joiner}{sentence}" if current else sentence
    if current:
        pieces.append(current)
    return pieces


def _paragraphs(text: str) -> list[str]:
    blocks = re.split(r"\n\s*\n", text)
    out = []
    for block in blocks:
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        # A list stays together when short; else each item is a paragraph of its own.
        if lines and sum(len(ln) for ln in lines) > 400 and len(lines) > 1:
            out.extend(lines)
        elif lines:
            out.append(" ".join(lines) if not re.search(r"[\u4e00-\u9fff]", block) else "".join(lines))
    return out


_URL = re.compile(r"https?://\S+")


def _is_reference_list(paragraph: str) -> bool:
    """A paragraph that is mostly URLs is a reference list: kept in the file, not worth a chunk."""
    urls = sum(len(u) for u in _URL.findall(paragraph))
    return urls > 0 and urls >= 0.5 * len(paragraph)


def _attach_short_lines(paragraphs: list[str], language: str) -> list[str]:
    """A heading-like line ("(一)互联网营销师", "1. What is ...?") carries no answer on its own:
    it is kept as context of the paragraph that follows instead of becoming a chunk that merely
    echoes the question."""
    short = SHORT_LINE_CHARS.get(language, 40)
    out: list[str] = []
    pending = ""
    for paragraph in paragraphs:
        if pending:
            paragraph = f"{pending}\n{paragraph}"
            pending = ""
        if len(paragraph) < short and "\n" not in paragraph:
            pending = paragraph
            continue
        out.append(paragraph)
    if pending:
        if out:
            out[-1] = f"{out[-1]}\n{pending}"
        else:
            out.append(pending)
    return out


def _chunk_id(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def base_metadata(doc: SourceDocument, language: str) -> dict[str, Any]:
    meta = doc.meta
    return {
        "path": doc.path,
        "doc_id": str(meta.get("doc_id") or doc.path),
        "kind": doc.kind,
        "language": language,
        "title": doc.title(language),
        "title_zh": str(meta.get("title_zh") or (meta.get("title") if doc.language == "zh" else "") or ""),
        "title_en": str(meta.get("title_en") or (meta.get("title") if doc.language == "en" else "") or ""),
        "source": str(meta.get("source") or meta.get("authority") or doc.path),
        "authority": str(meta.get("authority") or ""),
        "date": str(meta.get("date") or ""),
        "reliability": str(meta.get("reliability") or "medium"),
        "file_hash": doc.content_hash,
    }


def chunk_document(doc: SourceDocument) -> list[Chunk]:
    chunks = _faq_chunks(doc) if doc.kind == "faq" else _text_chunks(doc)
    for chunk in chunks:
        # Keyword tokens are computed once here and stored with the chunk, so that starting the
        # advisor needs no word segmentation of the whole corpus.
        chunk.metadata["tokens"] = " ".join(tokens(chunk.text, chunk.metadata.get("language", "")))
    return chunks


def _text_chunks(doc: SourceDocument) -> list[Chunk]:
    chunks: list[Chunk] = []
    for position, section in enumerate(doc.sections):
        language = section.language or doc.language
        meta = {**base_metadata(doc, language), "section": section.heading, "position": position}
        context = " > ".join(x for x in (doc.title(language), section.heading) if x)
        paragraphs = [p for p in _paragraphs(section.text) if not _is_reference_list(p)]
        for paragraph in _attach_short_lines(paragraphs, language):
            for piece in _pack(paragraph, TARGET_CHARS.get(language, 400)):
                cid = _chunk_id(doc.path, language, section.heading, piece)
                chunks.append(Chunk(cid, piece, f"{context}\n{piece}", dict(meta)))
    return _dedupe(chunks)


def _faq_chunks(doc: SourceDocument) -> list[Chunk]:
    chunks: list[Chunk] = []
    for entry in doc.faq:
        for language, answer in entry.answers.items():
            questions = entry.questions.get(language) or sum(entry.questions.values(), [])
            meta = {
                **base_metadata(doc, language),
                "kind": "faq_answer",
                "section": questions[0] if questions else entry.id,
                "faq_id": entry.id,
                "intent": entry.intent,
                "certainty": entry.certainty,
                "faq_sources": _sources_text(entry.sources, language),
            }
            if entry.routed_only:
                meta["routed_only"] = True
            cid = _chunk_id(doc.path, "answer", entry.id, language, answer)
            chunks.append(Chunk(cid, answer, f"{questions[0] if questions else ''}\n{answer}", meta))
        for language, questions in ({} if entry.routed_only else entry.questions).items():
            for question in questions:
                meta = {**base_metadata(doc, language), "kind": "faq_question", "section": entry.id,
                        "faq_id": entry.id, "intent": entry.intent}
                cid = _chunk_id(doc.path, "question", entry.id, language, question)
                chunks.append(Chunk(cid, question, question, meta))
    return _dedupe(chunks)


def _sources_text(sources: list[dict[str, str]], language: str) -> str:
    """FAQ sources flattened into one metadata string (Chroma metadata must be scalar)."""
    rows = []
    for s in sources:
        title = s.get(f"title_{language}") or s.get("title") or s.get("title_zh") or s.get("title_en") or ""
        rows.append("\t".join([title, str(s.get("source", "")), str(s.get("section", ""))]))
    return "\n".join(rows)


def _dedupe(chunks: list[Chunk]) -> list[Chunk]:
    seen, out = set(), []
    for chunk in chunks:
        if chunk.id not in seen:
            seen.add(chunk.id)
            out.append(chunk)
    return out
