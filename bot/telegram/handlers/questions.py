"""Questions typed by the user (or chosen from /start), the answer with sources and feedback buttons,
the 👍/👎 votes, and a friendly nudge for stickers, photos, voice and files."""
from __future__ import annotations

import asyncio
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, ReplyParameters, Update
from telegram.constants import ChatAction, ChatType
from telegram.error import TelegramError

from bot.index.vectorstore import IndexUnavailable
from bot.language import Lang
from bot.telegram.formatting import format_sources, render_messages
from bot.telegram.infra.admission import strip_mention
from bot.telegram.replies import feedback_keyboard, reply, send_action
from bot.telegram.services import BotContext, BotServices, CHOICES
from bot.types import Answer

log = logging.getLogger(__name__)


async def text_message(update: Update, context: BotContext) -> None:
    """A question typed by the user."""
    text = update.message.text or ""
    if update.message.chat.type != ChatType.PRIVATE:
        text = strip_mention(text, context.bot.username)
    await answer_question(update, context, text)


async def answer_question(update: Update, context: BotContext, question: str) -> None:
    """Typing action, advisor answer in a worker thread, reply with sources and feedback buttons."""
    services = context.services
    chat, user = update.effective_chat, update.effective_user
    ui_lang = services.ui_lang(update)
    if not question.strip():
        await reply(update, context, services.ui.html(ui_lang, "empty_message"))
        return
    services.store.touch_user(user.id, user.language_code)
    typing = asyncio.create_task(send_action(context, chat.id))  # shown while the answer is computed
    conversation = services.sessions.get(chat.id)
    choice = services.store.language(user.id)
    conversation.language = choice if choice in CHOICES else None
    try:
        answer = await services.answer(question, conversation)
    except IndexUnavailable as exc:
        log.warning("index unavailable for chat %s: %s", chat.id, exc)
        answer = None
    except Exception:
        services.store.record_question(user.id, chat.id, question, ui_lang.code, "unknown", "error")
        raise
    finally:
        await typing  # so "typing…" never lands after the reply
    if answer is None:
        services.store.record_question(user.id, chat.id, question, ui_lang.code, "unknown", "unavailable")
        await reply(update, context, services.ui.html(ui_lang, "unavailable"))
        return
    question_id = services.store.record_question(user.id, chat.id, question, answer.language, answer.intent,
                                                 outcome_of(answer))
    services.sessions.save(chat.id)
    await send_answer(update, context, answer, question_id)


def outcome_of(answer: Answer) -> str:
    if answer.intent in ("not_covered", "empty"):
        return "not_covered"
    return "refused" if answer.refused else "answered"


async def send_answer(update: Update, context: BotContext, answer: Answer, question_id: int) -> None:
    """The answer in its language and script, sources under it, 👍/👎 under the last piece."""
    services = context.services
    text = answer.text
    lang = Lang(answer.language, answer.script == "hant")
    footer = format_sources(answer.sources, services.ui.plain(lang, "sources_heading"))
    pieces = render_messages(text, footer)
    for i, piece in enumerate(pieces):
        markup = feedback_keyboard(services, lang, question_id) if i == len(pieces) - 1 else None
        await reply(update, context, piece, reply_markup=markup)


async def quick_question(update: Update, context: BotContext) -> None:
    """A common-question button from /start."""
    query = update.callback_query
    await query.answer()
    services = context.services
    items = services.ui.data(services.ui_lang(update), "quick_questions")
    index = int(query.data.split(":", 1)[1])
    if 0 <= index < len(items):
        await answer_question(update, context, items[index]["question"])


async def feedback(update: Update, context: BotContext) -> None:
    """Store a 👍/👎 vote and take the buttons away."""
    query = update.callback_query
    services = context.services
    lang = services.ui_lang(update)
    _, question_id, vote = query.data.split(":")
    stored = services.store.record_feedback(int(question_id), update.effective_user.id, int(vote))
    await query.answer(services.ui.plain(lang, "feedback_thanks" if stored else "button_expired"))
    if stored:
        try:
            await query.edit_message_reply_markup(None)
        except TelegramError as exc:  # e.g. the message is too old to edit
            log.debug("could not remove feedback buttons: %s", exc)


MEDIA_KEYS = (("sticker", "media_sticker"), ("photo", "media_photo"), ("voice", "media_voice"),
              ("audio", "media_voice"), ("video_note", "media_voice"), ("document", "media_document"))


async def non_text(update: Update, context: BotContext) -> None:
    """Stickers, photos, voice, files and the like get a friendly nudge towards typing."""
    services = context.services
    message = update.message
    key = next((k for attr, k in MEDIA_KEYS if getattr(message, attr, None)), "media_other")
    services.store.bump("non_text")
    lang = services.ui_lang(update)
    await reply(update, context, services.ui.html(lang, key, limit=services.settings.max_message_chars))
