"""Which FAQ entries a message may reach at all: an entry about one particular subject only when it is named.

The classifier and the phrasings' similarity weigh words, so "do online courses count towards the hours?"
lands on the entry about teachers selling courses on live streams, because both speak of courses. An entry
listed in `knowledge/understanding/faq_subjects.yaml` with the words of its subject is left out of the
ranking for a message that names none of them; every other entry is unaffected.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.retrieval.faq_selector import as_asked

log = logging.getLogger(__name__)

SUBJECTS_FILE = "faq_subjects.yaml"


@dataclass(frozen=True)
class Subjects:
    cues: dict[str, re.Pattern] = field(default_factory=dict)

    def unnamed_in(self, message: str) -> frozenset[str]:
        """The listed entries whose subject the message does not name."""
        if not self.cues:
            return frozenset()
        said = as_asked(message).lower()
        return frozenset(faq_id for faq_id, cue in self.cues.items() if not cue.search(said))


def load_subjects(folder: Path | None) -> Subjects:
    """faq id -> the words of its subject, from the understanding folder (none: no entry is gated)."""
    path = Path(folder) / SUBJECTS_FILE if folder else None
    if path is None or not path.exists():
        return Subjects()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    cues = {}
    for faq_id, pattern in data.items():
        try:
            cues[str(faq_id)] = re.compile(str(pattern), re.I)
        except re.error as exc:  # a bad pattern gates nothing rather than stopping the bot
            log.warning("%s: %s: invalid pattern (%s); entry not gated", path.name, faq_id, exc)
    return Subjects(cues)
