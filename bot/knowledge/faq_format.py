"""The curated FAQ format: each entry has several zh and en phrasings, an answer per language, sources."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.knowledge import FaqEntry, KnowledgeFileError

def parse_faq(entries: Any, path: Path) -> list[FaqEntry]:
    if not isinstance(entries, list):
        raise KnowledgeFileError(path, "'entries' must be a list")
    parsed, seen = [], set()
    for number, raw in enumerate(entries, 1):
        where = f"entry {number}"
        if not isinstance(raw, dict):
            raise KnowledgeFileError(path, "an entry must be a mapping", where)
        entry_id = str(raw.get("id") or "").strip()
        if not entry_id:
            raise KnowledgeFileError(path, "entry has no 'id'", where)
        if entry_id in seen:
            raise KnowledgeFileError(path, f"duplicate id {entry_id!r}", where)
        seen.add(entry_id)
        questions = raw.get("questions") or {}
        answers = raw.get("answer") or {}
        if not isinstance(questions, dict) or not isinstance(answers, dict):
            raise KnowledgeFileError(path, f"{entry_id}: 'questions' and 'answer' must be mappings by language", where)
        langs = [lang for lang in ("zh", "en") if answers.get(lang)]
        if not langs:
            raise KnowledgeFileError(path, f"{entry_id}: needs an answer in zh or en", where)
        clean_q = {}
        for lang in ("zh", "en"):
            items = questions.get(lang) or []
            if isinstance(items, str):
                items = [items]
            clean_q[lang] = [str(q).strip() for q in items if str(q).strip()]
        if not any(clean_q.values()):
            raise KnowledgeFileError(path, f"{entry_id}: needs at least one question", where)
        sources = raw.get("sources") or []
        if not isinstance(sources, list):
            raise KnowledgeFileError(path, f"{entry_id}: 'sources' must be a list", where)
        parsed.append(
            FaqEntry(
                id=entry_id,
                intent=str(raw.get("intent") or "general"),
                questions=clean_q,
                answers={lang: str(answers[lang]).strip() for lang in langs},
                sources=[dict(s) for s in sources if isinstance(s, dict)],
                certainty=str(raw.get("certainty") or "confirmed"),
                routed_only=bool(raw.get("routed_only", False)),
            )
        )
    return parsed
