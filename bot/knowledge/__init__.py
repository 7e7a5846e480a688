"""The knowledge layer: reads the files of `knowledge/` (documents, FAQ, rules) into typed documents and chunks.

The shared types live here so that the loaders, the FAQ format and the rules text import them from
one place and never from each other.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class KnowledgeFileError(ValueError):
    def __init__(self, path: Path | str, problem: str, where: str = ""):
        self.path, self.problem, self.where = str(path), problem, where
        super().__init__(f"{path}{':' + where if where else ''}: {problem}")


@dataclass
class Section:
    heading: str
    text: str
    language: str = ""  # empty: the document's language


@dataclass
class FaqEntry:
    id: str
    intent: str
    questions: dict[str, list[str]]
    answers: dict[str, str]
    sources: list[dict[str, str]]
    certainty: str = "confirmed"
    # answered only where the understanding step routes to it by a slot (knowledge/understanding/slot_answers.yaml);
    # its questions are not matched and it is not searched, so it moves no other question's entry
    routed_only: bool = False


@dataclass
class SourceDocument:
    path: str  # relative to the knowledge folder, with forward slashes
    kind: str  # doc | faq | rules
    language: str  # zh | en | both
    meta: dict[str, Any]
    sections: list[Section] = field(default_factory=list)
    faq: list[FaqEntry] = field(default_factory=list)
    content_hash: str = ""

    def title(self, lang: str | None = None) -> str:
        lang = lang or self.language
        return str(
            self.meta.get(f"title_{lang}")
            or self.meta.get("title")
            or self.meta.get("title_zh")
            or self.meta.get("title_en")
            or Path(self.path).stem
        )
