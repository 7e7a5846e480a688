"""The optional LLM reading of a message: when an OpenAI-compatible model is configured, it fills the
act and the slots of the Request through LangChain structured output. The offline understanding stays
the fallback (no model, a timeout, malformed JSON, an unknown act) and the engines still decide: a
number the model reports is kept only when the message itself contains it."""
from __future__ import annotations

import logging
from typing import Literal

from pydantic import BaseModel, Field

from bot.answering.acts import ACTS
from bot.answering.llm import extract_numbers
from bot.eligibility.render import plain_number
from bot.settings import Settings
from bot.texts import Templates

log = logging.getLogger(__name__)

JobCode = Literal["product_selector", "live_streaming_salesperson", "video_creator_promoter", "platform_administrator"]


class MessageReading(BaseModel):
    """What the model read from one message (the structured-output schema)."""

    act: str
    asked_level: int | None = Field(default=None, ge=1, le=5)
    certificate_level: int | None = Field(default=None, ge=0, le=5)
    years_since_certificate: float | None = Field(default=None, ge=0, le=60)
    years_total: float | None = Field(default=None, ge=0, le=60)
    formal_training: bool | None = None
    job_type: JobCode | None = None


class LLMReader:
    def __init__(self, model, prompt: str):
        self.model = model  # a langchain chat model; structured output is asked of it per call
        self.prompt = prompt

    @classmethod
    def from_settings(cls, settings: Settings, templates: Templates) -> "LLMReader | None":
        if not (settings.llm_configured and settings.llm_understanding):
            return None
        from langchain_openai import ChatOpenAI  # imported late: the offline bot never needs it

        model = ChatOpenAI(base_url=settings.llm_base_url, model=settings.llm_model, api_key=settings.llm_api_key,
                           timeout=settings.llm_timeout_s, max_retries=0, temperature=0, max_tokens=300)
        return cls(model, templates.text("en", "llm_understanding"))

    def read(self, message: str, previous: str | None) -> MessageReading | None:
        """The model's reading, or None (and the offline understanding is used) on any failure."""
        try:
            structured = self.model.with_structured_output(MessageReading, method="json_mode")
            reading = structured.invoke(self.prompt.replace("{previous}", previous or "").replace("{message}", message))
        except Exception as exc:  # timeout, HTTP error, malformed JSON, schema mismatch: all fall back
            log.warning("LLM reading failed (%s); using the offline understanding", exc.__class__.__name__)
            return None
        if not isinstance(reading, MessageReading) or reading.act not in ACTS:
            log.warning("LLM reading had no known act; using the offline understanding")
            return None
        return _numbers_from_the_message(reading, message)


def _numbers_from_the_message(reading: MessageReading, message: str) -> MessageReading:
    """Drop any number the message does not contain: the model may read, never invent, a fact."""
    said = extract_numbers(message)
    values = reading.model_dump()
    for name in ("asked_level", "certificate_level", "years_since_certificate", "years_total"):
        value = values[name]
        if value is not None and value != 0 and plain_number(value) not in said:
            values[name] = None
    return MessageReading(**values)


