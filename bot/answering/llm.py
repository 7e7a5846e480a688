"""The optional LLM path: an OpenAI-compatible chat model phrases the answer from retrieved passages.

The offline answer is always computed first; the model only rewords it from the same passages.
Anything doubtful (an error, a timeout, an empty or wrong-language reply, a number that appears
nowhere in what the model was given) makes `phrase` return None, and the caller keeps the offline
answer. Wrong but fluent is worse than plain, so every check errs on the side of rejecting.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import re
import threading
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from bot.language import cjk_ratio
from bot.types import Hit
from bot.settings import Settings
from bot.texts import Templates

log = logging.getLogger(__name__)

MIN_CJK_RATIO_ZH = 0.3
MAX_CJK_RATIO_EN = 0.2

# --- The number check ------------------------------------------------------------------------
# Citation markers and list enumerators are layout, not facts: removed before extracting numbers.
_CITATION = re.compile(r"\[\^?\d+(?:\s*[-–,，、]\s*\d+)*\]|【\d+(?:\s*[-–,，、]\s*\d+)*】")
_ENUMERATOR = re.compile(r"(?m)^[ \t]*[(（]?\d{1,2}(?:[)）、]|\.(?!\d))")
_THINKING = re.compile(r"<think>.*?(?:</think>|\Z)", re.S)

_DIGITS = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万|亿)?")
_ZH_RUN = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+")
_ZH_DIGIT = {ch: n for n, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_ZH_UNIT = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG = {"万": 10**4, "亿": 10**8}
# A lone Chinese numeral is often just a word (一般, 一起, 三番五次); it counts as a number only
# before a unit of time, level, age, money or proportion, after 百分之, or when it is compound (十二).
_ZH_UNIT_AFTER = re.compile(r"(?:个)?(?:年|月|周岁|岁|周|星期|天|日|小时|学时|课时|分钟|级|元|块|%|倍)")
_EN_SMALL = "one two three four five six seven eight nine".split()
_EN_WORDS = {w: i + 1 for i, w in enumerate(_EN_SMALL)} | {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# Likewise "one of the..." is no number, "one year" is.
_EN_UNIT_AFTER = r"(?=\s+(?:full\s+|more\s+|consecutive\s+)?(?:years?|months?|weeks?|days?|hours?|levels?|yuan|rmb|percent|times)\b)"
_EN_NUMBER = re.compile(rf"\b({'|'.join(_EN_WORDS)})(?:[- ]({'|'.join(_EN_SMALL)}))?{_EN_UNIT_AFTER}", re.I)


def _canonical(value: Decimal) -> str:
    return format(value.normalize(), "f")


def zh_numeral_value(run: str) -> int:
    """二〇二四 -> 2024, 十二 -> 12, 一百零五 -> 105, 三万 -> 30000."""
    if not any(ch in _ZH_UNIT or ch in _ZH_BIG for ch in run):
        return int("".join(str(_ZH_DIGIT[ch]) for ch in run))
    total, section, digit = 0, 0, None
    for ch in run:
        if ch in _ZH_DIGIT:
            digit = _ZH_DIGIT[ch]
        elif ch in _ZH_UNIT:
            section += (1 if digit is None else digit) * _ZH_UNIT[ch]
            digit = None
        else:
            total += (section + (digit or 0)) * _ZH_BIG[ch]
            section, digit = 0, None
    return total + section + (digit or 0)


def _zh_run_is_number(text: str, match: re.Match[str]) -> bool:
    run = match.group()
    if run[0] in _ZH_BIG or (match.start() and text[match.start() - 1].isdigit()):
        return False  # 万元 in 3万元 belongs to the digits; 万一 means "in case"
    if text.endswith("百分之", 0, match.start()) or _ZH_UNIT_AFTER.match(text, match.end()):
        return True
    compound = len(run) >= 2 and any(ch in _ZH_UNIT or ch in _ZH_BIG for ch in run)
    return compound and run[0] not in "百千"  # 千万 means "by all means"


def strip_layout(text: str) -> str:
    """The text without citation markers like [1] and list enumerators like "2." or "(3)"."""
    return _ENUMERATOR.sub("", _CITATION.sub("", unicodedata.normalize("NFKC", text)))


def extract_numbers(text: str) -> set[str]:
    """Every number in `text`, normalized: "11,220" -> "11220", "1.50" -> "1.5", "三年" -> "3"."""
    text = strip_layout(text)
    found: set[str] = set()
    for m in _DIGITS.finditer(text):
        value = Decimal(m.group(1).replace(",", "") + (m.group(2) or ""))
        found.add(_canonical(value * _ZH_BIG[m.group(3)] if m.group(3) else value))
    for m in _ZH_RUN.finditer(text):
        if _zh_run_is_number(text, m):
            found.add(str(zh_numeral_value(m.group())))
    for m in _EN_NUMBER.finditer(text):
        found.add(str(_EN_WORDS[m.group(1).lower()] + (_EN_WORDS[m.group(2).lower()] if m.group(2) else 0)))
    return found


def unsupported_numbers(reply: str, allowed_text: str) -> set[str]:
    """The numbers of `reply` that `allowed_text` does not contain (after the same normalization)."""
    return extract_numbers(reply) - extract_numbers(allowed_text)


def language_problem(reply: str, lang_code: str) -> str | None:
    """Why `reply` is not in the language `lang_code`, or None when it is."""
    ratio = cjk_ratio(reply)
    if lang_code == "zh" and ratio < MIN_CJK_RATIO_ZH:
        return f"reply is not Chinese (CJK ratio {ratio:.2f} < {MIN_CJK_RATIO_ZH})"
    if lang_code != "zh" and ratio > MAX_CJK_RATIO_EN:
        return f"reply is not English (CJK ratio {ratio:.2f} > {MAX_CJK_RATIO_EN})"
    return None


def rejection_reason(reply: str, lang_code: str, allowed_text: str) -> str | None:
    """Why an LLM reply must not be shown, or None when it passes every check."""
    if not reply.strip():
        return "empty reply"
    wrong_language = language_problem(reply, lang_code)
    if wrong_language:
        return wrong_language
    invented = unsupported_numbers(reply, allowed_text)
    if invented:
        return f"reply contains numbers not in the context, question or draft: {sorted(invented)}"
    return None


# --- The phraser ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class LLMRequest:
    lang: str
    messages: list[Any]  # langchain_core messages
    allowed_text: str  # everything the model was shown: the only source its numbers may come from


class LLMPhraser:
    """Rewords an offline answer with a chat model, from the retrieved passages only."""

    def __init__(
        self,
        model: Any,
        templates: Templates,
        *,
        timeout_s: float,
        secrets: tuple[str, ...] = (),
        max_passages: int = 6,
        max_passage_chars: int = 1500,
    ):
        self.model = model  # a langchain BaseChatModel; any will do (the seam for tests)
        self.templates = templates
        self.timeout_s = timeout_s
        self._loop: asyncio.AbstractEventLoop | None = None  # started on first use
        self._loop_lock = threading.Lock()
        self.max_passages = max_passages
        self.max_passage_chars = max_passage_chars
        self._secrets = tuple(s for s in secrets if s)

    @classmethod
    def from_settings(cls, settings: Settings, templates: Templates) -> LLMPhraser | None:
        """A phraser for the configured endpoint, or None when LLM_* settings are incomplete."""
        if not settings.llm_configured:
            return None
        from langchain_openai import ChatOpenAI  # imported late: the offline bot never needs it

        model = ChatOpenAI(
            base_url=settings.llm_base_url,
            model=settings.llm_model,
            api_key=settings.llm_api_key,
            timeout=settings.llm_timeout_s,
            max_retries=0,  # a retry would double the wait; the offline answer is the retry
            temperature=0.2,
            max_tokens=settings.llm_max_tokens,
        )
        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else ""
        return cls(model, templates, timeout_s=settings.llm_timeout_s, secrets=(key,))

    def build_request(self, question: str, lang_code: str, hits: list[Hit], offline_answer: str) -> LLMRequest:
        from langchain_core.messages import HumanMessage, SystemMessage

        lang = "zh" if lang_code.startswith("zh") else "en"
        system = self.templates.text(lang, "llm_system")
        user = self.templates.text(
            lang, "llm_user", context=self.format_context(hits), draft=offline_answer.strip(), question=question.strip()
        )
        return LLMRequest(lang, [SystemMessage(content=system), HumanMessage(content=user)], system + "\n" + user)

    def format_context(self, hits: list[Hit]) -> str:
        """Numbered passages, "[n] title — section" then the text, as the prompt cites them."""
        blocks = []
        for n, hit in enumerate(hits[: self.max_passages], start=1):
            heading = " — ".join(part for part in (hit.title, hit.section) if part)
            text = hit.text.strip()[: self.max_passage_chars]
            blocks.append(f"[{n}] {heading}\n{text}" if heading else f"[{n}]\n{text}")
        return "\n\n".join(blocks)

    def phrase_with_deadline(self, question: str, lang_code: str, hits: list[Hit], offline_answer: str) -> str | None:
        """The async path has a hard overall deadline (the sync one only per-request timeouts).
        Answers run in a worker thread or the CLI, where no event loop is running. The coroutine
        runs on one long-lived loop: the chat model's async HTTP pool is bound to the loop that
        opened its connections, so a fresh `asyncio.run` per answer failed every other request
        with "Event loop is closed"."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            future = asyncio.run_coroutine_threadsafe(self.aphrase(question, lang_code, hits, offline_answer), self._event_loop())
            backstop = self.timeout_s + 5.0  # aphrase bounds itself; this only guards against a stuck loop
            try:
                return future.result(timeout=backstop)
            except concurrent.futures.TimeoutError:
                future.cancel()
                log.warning("LLM answer abandoned after %.1f s, using the offline answer", backstop)
                return None
        return self.phrase(question, lang_code, hits, offline_answer)

    def _event_loop(self) -> asyncio.AbstractEventLoop:
        with self._loop_lock:
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
                threading.Thread(target=self._loop.run_forever, name="llm-loop", daemon=True).start()
            return self._loop

    def phrase(self, question: str, lang_code: str, hits: list[Hit], offline_answer: str) -> str | None:
        """The model's answer, or None when the caller should keep `offline_answer`."""
        request = self._request_or_none(question, lang_code, hits, offline_answer)
        if request is None:
            return None
        try:
            message = self.model.invoke(request.messages)
        except Exception as exc:  # noqa: BLE001 - any failure of an optional extra means "fall back"
            return self._reject(f"request failed: {self._describe(exc)}")
        return self._accept(message, request)

    async def aphrase(self, question: str, lang_code: str, hits: list[Hit], offline_answer: str) -> str | None:
        """`phrase` for async callers, bounded as a whole by the configured timeout."""
        request = self._request_or_none(question, lang_code, hits, offline_answer)
        if request is None:
            return None
        try:
            message = await asyncio.wait_for(self.model.ainvoke(request.messages), timeout=self.timeout_s)
        except asyncio.TimeoutError:
            return self._reject(f"no reply within {self.timeout_s:g} s")
        except Exception as exc:  # noqa: BLE001 - see phrase
            return self._reject(f"request failed: {self._describe(exc)}")
        return self._accept(message, request)

    def _request_or_none(self, question: str, lang_code: str, hits: list[Hit], offline_answer: str) -> LLMRequest | None:
        if not hits:
            # With no passages there is nothing to phrase from; the offline answer says so better.
            log.info("LLM not asked: no context passages")
            return None
        return self.build_request(question, lang_code, hits, offline_answer)

    def _accept(self, message: Any, request: LLMRequest) -> str | None:
        content = getattr(message, "content", message)
        reply = _THINKING.sub("", content if isinstance(content, str) else _join_parts(content)).strip()
        finish = (getattr(message, "response_metadata", None) or {}).get("finish_reason")
        reason = "reply cut off at the token limit" if finish == "length" else None
        reason = reason or rejection_reason(reply, request.lang, request.allowed_text)
        if reason:
            log.debug("rejected LLM reply: %r", self._redact(reply[:500]))
            return self._reject(reason)
        return reply

    def _reject(self, reason: str) -> None:
        log.warning("LLM answer rejected, using the offline answer: %s", self._redact(reason))
        return None

    def _describe(self, exc: BaseException) -> str:
        return f"{type(exc).__name__}: {str(exc)[:200]}"

    def _redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text


def _join_parts(content: Any) -> str:
    """Content given as a list of parts (strings or {"type": "text", "text": ...})."""
    if not isinstance(content, list):
        return str(content or "")
    return "".join(p if isinstance(p, str) else str(p.get("text", "")) for p in content if isinstance(p, (str, dict)))
