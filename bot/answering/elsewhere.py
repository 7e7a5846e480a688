"""Where to ask instead: questions outside this advisor that have an obvious place to go (an account
appeal, a loan, a visa, a business licence, tax outside the mainland, software), read from
knowledge/understanding/elsewhere.yaml."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Elsewhere:
    topic: str
    cues: re.Pattern
    zh: str
    en: str
    unless: re.Pattern | None = None  # words that make the message one this advisor answers after all
    # said as it is, not as "outside what I cover: …" (someone in distress is answered with care first)
    whole: bool = False

    def place(self, lang_code: str) -> str:
        return self.en if lang_code == "en" else self.zh


def load_elsewhere(folder) -> tuple[Elsewhere, ...]:
    """The entries of elsewhere.yaml (none when the file is absent)."""
    path = Path(folder) / "elsewhere.yaml"
    if not path.exists():
        return ()
    return tuple(Elsewhere(str(e["topic"]), re.compile(str(e["cues"]), re.I), str(e["zh"]), str(e["en"]),
                           re.compile(str(e["unless"]), re.I) if e.get("unless") else None, bool(e.get("whole")))
                 for e in yaml.safe_load(path.read_text(encoding="utf-8")) or [])


def elsewhere_for(question: str, entries: tuple[Elsewhere, ...]) -> Elsewhere | None:
    """The entry whose cues the message (Simplified Chinese) matches, or None."""
    text = question.lower()
    return next((entry for entry in entries
                 if entry.cues.search(text) and not (entry.unless and entry.unless.search(text))), None)
