"""Commands and menus: /start, /help, /lang, /sources, unknown commands, the language buttons."""
from __future__ import annotations

import asyncio
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, ReplyParameters, Update
from telegram.constants import ChatAction, ChatType
from telegram.error import TelegramError

from bot.index.vectorstore import IndexUnavailable
from bot.language import Lang, localize
from bot.telegram.formatting import format_sources, render_messages
from bot.telegram.infra.admission import strip_mention
from bot.telegram.replies import language_keyboard, reply, start_keyboard
from bot.telegram.services import BotContext, BotServices, CHOICES
from bot.types import Answer

log = logging.getLogger(__name__)


async def start(update: Update, context: BotContext) -> None:
    """Greet, say what the bot can do, offer common questions as buttons."""
    services = context.services
    user = update.effective_user
    services.store.touch_user(user.id, user.language_code)
    lang = services.ui_lang(update)
    text = services.ui.html(lang, "greeting", name=user.first_name or "")
    await reply(update, context, text, reply_markup=start_keyboard(services, lang))


async def help_command(update: Update, context: BotContext) -> None:
    """Explain how to use the bot (admins also see their own commands)."""
    services = context.services
    lang = services.ui_lang(update)
    text = services.ui.html(lang, "help")
    if services.is_admin(update.effective_user):
        text += "\n\n" + services.ui.html(lang, "help_admin")
    await reply(update, context, text)


async def lang_command(update: Update, context: BotContext) -> None:
    """Offer 简体中文 / 繁體中文 / English."""
    services = context.services
    lang = services.ui_lang(update)
    await reply(update, context, services.ui.html(lang, "lang_prompt"), reply_markup=language_keyboard(services, lang))


async def sources_command(update: Update, context: BotContext) -> None:
    """List the documents in the knowledge base."""
    services = context.services
    lang = services.ui_lang(update)
    try:
        documents = await asyncio.to_thread(services.advisor.knowledge_summary)
    except IndexUnavailable as exc:
        log.warning("knowledge summary unavailable: %s", exc)
        await reply(update, context, services.ui.html(lang, "unavailable"))
        return
    if not documents:
        await reply(update, context, services.ui.html(lang, "sources_empty"))
        return
    names = services.ui.data(lang, "language_names")
    lines = [services.ui.html(lang, "sources_intro", count=len(documents))]
    for doc in documents:
        title = (doc.get("title_zh") if lang.code == "zh" else doc.get("title_en")) or doc.get("title_en") \
            or doc.get("title_zh") or doc.get("source", "")
        title = localize(title, lang)
        lines.append(services.ui.html(lang, "sources_item", title=title, chunks=doc.get("chunks", 0),
                                      language=names.get(doc.get("language", ""), doc.get("language", ""))))
    for piece in _html_pieces("\n".join(lines)):
        await reply(update, context, piece)


def _html_pieces(html_text: str, limit: int = 3500) -> list[str]:
    """Split our own line-based HTML on line boundaries (lines never carry unclosed tags)."""
    pieces, current = [], ""
    for line in html_text.split("\n"):
        if current and len(current) + len(line) + 1 > limit:
            pieces.append(current)
            current = ""
        current = f"{current}\n{line}" if current else line
    return pieces + [current] if current else pieces


async def unknown_command(update: Update, context: BotContext) -> None:
    """Any command the bot does not offer (admin commands included, for non-admins)."""
    services = context.services
    await reply(update, context, services.ui.html(services.ui_lang(update), "unknown_command"))


async def language_chosen(update: Update, context: BotContext) -> None:
    """Store the /lang choice and confirm in the new language."""
    query = update.callback_query
    services = context.services
    choice = query.data.split(":", 1)[1]
    if choice not in CHOICES:
        await query.answer()
        return
    services.store.set_language(update.effective_user.id, choice)
    conversation = services.sessions.get(update.effective_chat.id)
    conversation.language = choice
    services.sessions.save(update.effective_chat.id)
    await query.answer()
    await query.edit_message_text(services.ui.html(CHOICES[choice], "lang_set"))


async def language_menu(update: Update, context: BotContext) -> None:
    """The language button under /start."""
    await update.callback_query.answer()
    await lang_command(update, context)


async def stale_button(update: Update, context: BotContext) -> None:
    """A button from an old message or an ended flow."""
    services = context.services
    await update.callback_query.answer(services.ui.plain(services.ui_lang(update), "button_expired"))
