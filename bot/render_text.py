"""An answer as plain text for a terminal: the reply, then its sources."""
from __future__ import annotations

from bot.language import ZH_HANT, localize
from bot.models import Answer
from bot.templates import Templates


def render_sources(answer: Answer, templates: Templates) -> str:
    if not answer.sources:
        return ""
    heading = templates.text(answer.language, "answers", "sources_heading")
    if answer.script == "hant":
        heading = localize(heading, ZH_HANT)
    lines = [heading]
    for source in answer.sources:
        section = f" › {source.section}" if source.section else ""
        origin = f" ({source.source})" if source.source else ""
        lines.append(f"- {source.title}{section}{origin}")
    return "\n".join(lines)


def render_answer(answer: Answer, templates: Templates) -> str:
    sources = render_sources(answer, templates)
    return f"{answer.text}\n\n{sources}" if sources else answer.text

