"""Plain data passed between retrieval, answering, the CLI and Telegram."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Source:
    """A citation: which document, where it comes from (URL or authority), which section."""

    title: str
    source: str
    section: str = ""

    def to_dict(self) -> dict[str, str]:
        return asdict(self)

    def localized(self, lang) -> "Source":
        """Title and section in the asker's script (URLs and authorities stay as they are)."""
        from bot.language import localize

        return Source(localize(self.title, lang), self.source, localize(self.section, lang))


# A chat reply names at most this many sources: every front-end and every answer path cuts here.
MAX_SOURCES = 3


def citations(sources) -> list["Source"]:
    """Distinct sources (by title and section), in order, at most MAX_SOURCES."""
    seen, out = set(), []
    for source in sources:
        key = (source.title, source.section)
        if key not in seen and (source.title or source.source):
            seen.add(key)
            out.append(source)
    return out[:MAX_SOURCES]


@dataclass
class Hit:
    """One retrieved chunk with its fused score."""

    chunk_id: str
    text: str
    score: float
    metadata: dict[str, Any]

    @property
    def language(self) -> str:
        return self.metadata.get("language", "")

    @property
    def title(self) -> str:
        return self.metadata.get("title", "")

    @property
    def section(self) -> str:
        return self.metadata.get("section", "")

    def as_source(self) -> Source:
        return Source(
            title=self.metadata.get("title", ""),
            source=self.metadata.get("source", ""),
            section=self.metadata.get("section", ""),
        )


@dataclass
class Answer:
    question: str
    text: str
    language: str  # "zh" | "en"
    script: str  # "hans" | "hant" | "latin"
    intent: str
    refused: bool
    sources: list[Source] = field(default_factory=list)
    latency_ms: float = 0.0
    via: str = "offline"  # offline | faq | eligibility | llm | refusal
    decision: Any = None  # eligibility Decision when the engine decided
    profile: Any = None  # the conversation's profile after this question

    def to_json(self, id_: Any = None) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if id_ is not None:
            out["id"] = id_
        out.update(
            question=self.question,
            answer=self.text,
            language=self.language,
            intent=self.intent,
            refused=self.refused,
            sources=[s.to_dict() for s in self.sources],
            latency_ms=round(self.latency_ms, 2),
        )
        return out
