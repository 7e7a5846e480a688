"""Inline mode: "@bot question" typed in any chat (a trainer in a class group, for example).

Up to three results, each a message with the advisor's answer and its sources, in the language of
the query. Empty or too-short queries, rate-limited users and an unavailable index get a hint
above the (empty) result list instead. Each query is answered with a fresh `Conversation`: no
profile is used or stored, and the query itself is not recorded.
"""
from __future__ import annotations

import hashlib
import logging
import re

from telegram import InlineQueryResultArticle, InlineQueryResultsButton, InputTextMessageContent, Update
from telegram.constants import ParseMode

from bot.answering.conversation import Conversation
from bot.index.vectorstore import IndexUnavailable
from bot.language import Lang
from bot.telegram.formatting import MESSAGE_LIMIT, escape, format_sources, tg_len, truncate
from bot.telegram.services import CHOICES, BotContext, BotServices
from bot.types import Answer

log = logging.getLogger(__name__)

CACHE_TIME_S = 10  # short: a taught answer should reach inline results almost at once
MIN_HAN, MIN_LATIN = 2, 4  # a query shorter than this (Chinese characters / Latin letters) gets the hint
LONG_ANSWER_CHARS = 400  # answers longer than this also get a "short answer" result ...
SHORT_ANSWER_CHARS = 250  # ... of whole sentences up to about this length
_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_SENTENCE_END = re.compile(r"(?<=[。！？!?])|(?<=\.)\s")


async def answer_inline_query(update: Update, context: BotContext) -> None:
    """Answer an inline query with the advisor's answer (or a hint)."""
    query = update.inline_query
    services = context.services
    user = query.from_user
    ui_lang = services.user_lang(user)
    text = " ".join(query.query.split())
    if too_short(text):
        await _hint(query, services.ui.plain(ui_lang, "inline_hint"))
        return
    verdict = services.limiter.hit(user.id) if services.limiter is not None else None
    if verdict is not None and not verdict.allowed:
        services.store.bump("rate_limited")
        seconds = max(int(verdict.retry_in + 0.999), 1)
        await _hint(query, services.ui.plain(ui_lang, "inline_rate_limited", seconds=seconds))
        return
    conversation = Conversation()
    choice = services.store.language(user.id)  # only decides the script of ambiguous text
    conversation.language = choice if choice in CHOICES else None
    try:
        answer = await services.answer(text, conversation)
    except IndexUnavailable as exc:
        log.warning("inline query while the index is unavailable: %s", exc)
        await _hint(query, services.ui.plain(ui_lang, "inline_unavailable"))
        return
    services.store.bump("inline_answers")
    await query.answer(results(services, text, answer), cache_time=CACHE_TIME_S, is_personal=True,
                       button=InlineQueryResultsButton(services.ui.plain(ui_lang, "inline_hint"), start_parameter="inline"))


def too_short(text: str) -> bool:
    return len(_HAN.findall(text)) < MIN_HAN and len(_LATIN.findall(text)) < MIN_LATIN


def results(services: BotServices, question: str, answer: Answer) -> list[InlineQueryResultArticle]:
    """The full answer with sources; for a long answer also its first sentences with sources."""
    lang = Lang(answer.language, answer.script == "hant")
    footer = format_sources(answer.sources, services.ui.plain(lang, "sources_heading"))
    key = hashlib.sha256(f"{question}\x1f{answer.text}".encode()).hexdigest()[:16]
    title = services.ui.plain(lang, "inline_refused_title" if answer.refused else "inline_answer_title")
    found = [_article(f"a{key}", title, question, answer.text, footer)]
    short = first_sentences(answer.text, SHORT_ANSWER_CHARS)
    if not answer.refused and len(answer.text) > LONG_ANSWER_CHARS and short != answer.text.strip():
        found.append(_article(f"s{key}", services.ui.plain(lang, "inline_short_title"), question, short, footer))
    return found[:3]


def first_sentences(text: str, limit: int) -> str:
    """Whole sentences from the start, at least one, up to about `limit` characters."""
    text = text.strip()
    out = ""
    for sentence in (s for s in _SENTENCE_END.split(text) if s and s.strip()):
        if out and len(out) + len(sentence) > limit:
            break
        out += sentence if not out or sentence[:1].isspace() or _HAN.match(sentence[:1]) else " " + sentence
    return out.strip() or truncate(text, limit)


def _article(result_id: str, title: str, question: str, body: str, footer: str) -> InlineQueryResultArticle:
    head = f"❓ <b>{escape(truncate(question, 200))}</b>\n\n"
    room = MESSAGE_LIMIT - tg_len(question[:200]) - tg_len(footer) - 20
    message = head + escape(body if tg_len(body) <= room else body[: max(room - 1, 0)] + "…")
    if footer:
        message += "\n\n" + footer
    return InlineQueryResultArticle(result_id, title, InputTextMessageContent(message, parse_mode=ParseMode.HTML),
                                    description=truncate(body, 120))


async def _hint(query, text: str) -> None:
    await query.answer([], cache_time=0, is_personal=True,
                       button=InlineQueryResultsButton(text, start_parameter="inline"))
