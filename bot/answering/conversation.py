"""What the advisor remembers about one asker between questions (terminal chat or a Telegram chat)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Conversation:
    """Per-asker memory: the eligibility profile given so far and the last intent.

    `profile` is a `bot.eligibility.profile.Profile` (kept as Any here to avoid an import cycle).
    `language` is None until the asker picks one (/lang); then replies use it.
    """

    profile: Any = None
    last_intent: str | None = None
    language: str | None = None
    history: list[tuple[str, str]] = field(default_factory=list)  # (question, answer), last few only

    def remember(self, question: str, answer: str, keep: int = 6) -> None:
        self.history.append((question, answer))
        del self.history[:-keep]
