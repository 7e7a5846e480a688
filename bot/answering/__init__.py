"""The answering layer: understands a message in its conversation and decides the reply (engine, FAQ, extractive, optional LLM)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from bot.answering.conversation import Conversation
    from bot.types import Answer


@runtime_checkable
class AnswerService(Protocol):
    """What the front-ends need of the answering layer: `Advisor` in-process, `AdvisorPool` across
    worker processes."""

    rules: Any

    def answer(self, question: str, conversation: "Conversation | None" = None) -> "Answer": ...

    def knowledge_summary(self) -> list[dict]: ...

    def reload(self) -> None: ...
