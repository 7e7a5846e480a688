"""Sending: a reply in the right chat (threaded in groups), the typing action, inline keyboards."""
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
from bot.telegram.services import BotContext, BotServices, CHOICES
from bot.types import Answer

log = logging.getLogger(__name__)


def start_keyboard(services: BotServices, lang: Lang) -> InlineKeyboardMarkup:
    rows = [[InlineKeyboardButton(item["label"], callback_data=f"q:{i}")]
            for i, item in enumerate(services.ui.data(lang, "quick_questions"))]
    rows.append([InlineKeyboardButton(services.ui.plain(lang, "btn_check"), callback_data="menu:check"),
                 InlineKeyboardButton(services.ui.plain(lang, "btn_levels"), callback_data="menu:levels")])
    rows.append([InlineKeyboardButton(services.ui.plain(lang, "btn_lang"), callback_data="menu:lang")])
    return InlineKeyboardMarkup(rows)


def feedback_keyboard(services: BotServices, lang: Lang, question_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[
        InlineKeyboardButton(services.ui.plain(lang, "feedback_up"), callback_data=f"fb:{question_id}:1"),
        InlineKeyboardButton(services.ui.plain(lang, "feedback_down"), callback_data=f"fb:{question_id}:-1"),
    ]])


def language_keyboard(services: BotServices, lang: Lang) -> InlineKeyboardMarkup:
    names = services.ui.data(lang, "lang_names")
    return InlineKeyboardMarkup([[InlineKeyboardButton(names[c], callback_data=f"lang:{c}") for c in CHOICES]])


async def reply(update: Update, context: BotContext, text: str, **kwargs) -> Message:
    """Send `text` (HTML) to the update's chat; in groups as a reply to the user's message."""
    message = update.message
    if message is not None and message.chat.type != ChatType.PRIVATE:
        kwargs.setdefault("reply_parameters", ReplyParameters(message.message_id, allow_sending_without_reply=True))
    return await context.bot.send_message(update.effective_chat.id, text, **kwargs)


async def send_action(context: BotContext, chat_id: int, action: str = ChatAction.TYPING) -> None:
    """Show "typing…" or similar; cosmetic, so a failure is only logged."""
    try:
        await context.bot.send_chat_action(chat_id, action)
    except TelegramError as exc:  # cosmetic: never fail an answer over it
        log.debug("typing action for chat %s failed: %s", chat_id, exc)


async def open_rules_command(update: Update, context: BotContext) -> tuple[BotServices, Lang] | None:
    """The common start of /check and /levels: acknowledge a button press, and say so (returning
    None) when the eligibility rules could not be loaded."""
    services = context.services
    lang = services.ui_lang(update)
    if update.callback_query is not None:
        await update.callback_query.answer()
    if services.rules is None:
        await reply(update, context, services.ui.html(lang, "check_engine_missing"))
        return None
    return services, lang
