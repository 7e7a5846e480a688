"""Chat handlers: /start, /help, /lang, /sources, questions, feedback buttons, non-text messages.

Handlers stay thin: answering is `Advisor.answer`, formatting is `formatting`, state is `state`.
"""
from __future__ import annotations

import asyncio
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, ReplyParameters, Update
from telegram.constants import ChatAction, ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.language import ZH_HANT, Lang, to_traditional
from bot.models import Answer
from bot.telegram.admission import strip_mention
from bot.telegram.formatting import format_sources, render_messages
from bot.telegram.services import CHOICES, BotServices, localize_sources, services_of
from bot.vectorstore import IndexUnavailable

log = logging.getLogger(__name__)


# -- keyboards -----------------------------------------------------------------------------------
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



async def open_rules_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> tuple[BotServices, Lang] | None:
    """The common start of /check and /levels: acknowledge a button press, and say so (returning
    None) when the eligibility rules could not be loaded."""
    services = services_of(context)
    lang = services.ui_lang(update)
    if update.callback_query is not None:
        await update.callback_query.answer()
    if services.rules is None:
        await reply(update, context, services.ui.html(lang, "check_engine_missing"))
        return None
    return services, lang

async def reply(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str, **kwargs) -> Message:
    """Send `text` (HTML) to the update's chat; in groups as a reply to the user's message."""
    message = update.message
    if message is not None and message.chat.type != ChatType.PRIVATE:
        kwargs.setdefault("reply_parameters", ReplyParameters(message.message_id, allow_sending_without_reply=True))
    return await context.bot.send_message(update.effective_chat.id, text, **kwargs)


# -- commands ------------------------------------------------------------------------------------
async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet, say what the bot can do, offer common questions as buttons."""
    services = services_of(context)
    user = update.effective_user
    services.store.touch_user(user.id, user.language_code)
    lang = services.ui_lang(update)
    text = services.ui.html(lang, "greeting", name=user.first_name or "")
    await reply(update, context, text, reply_markup=start_keyboard(services, lang))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explain how to use the bot."""
    services = services_of(context)
    await reply(update, context, services.ui.html(services.ui_lang(update), "help"))


async def lang_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer 简体中文 / 繁體中文 / English."""
    services = services_of(context)
    lang = services.ui_lang(update)
    await reply(update, context, services.ui.html(lang, "lang_prompt"), reply_markup=language_keyboard(services, lang))


async def sources_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the documents in the knowledge base."""
    services = services_of(context)
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
        title = to_traditional(title) if lang.traditional else title
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


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any command the bot does not offer (admin commands included, for non-admins)."""
    services = services_of(context)
    await reply(update, context, services.ui.html(services.ui_lang(update), "unknown_command"))


# -- questions -----------------------------------------------------------------------------------
async def text_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A question typed by the user."""
    text = update.message.text or ""
    if update.message.chat.type != ChatType.PRIVATE:
        text = strip_mention(text, context.bot.username)
    await answer_question(update, context, text)


async def answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    """Typing action, advisor answer in a worker thread, reply with sources and feedback buttons."""
    services = services_of(context)
    chat, user = update.effective_chat, update.effective_user
    ui_lang = services.ui_lang(update)
    if not question.strip():
        await reply(update, context, services.ui.html(ui_lang, "empty_message"))
        return
    limit = services.settings.max_message_chars
    if len(question) > limit:
        await reply(update, context, services.ui.html(ui_lang, "too_long", length=len(question), limit=limit))
        return
    services.store.touch_user(user.id, user.language_code)
    typing = asyncio.create_task(send_action(context, chat.id))  # shown while the answer is computed
    conversation = services.sessions.get(chat.id)
    choice = services.store.language(user.id)
    conversation.language = CHOICES[choice].code if choice in CHOICES else None
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
    await send_answer(update, context, answer, question_id, traditional=choice == "zh-hant")


def outcome_of(answer: Answer) -> str:
    if answer.intent in ("not_covered", "empty"):
        return "not_covered"
    return "refused" if answer.refused else "answered"


async def send_answer(update: Update, context: ContextTypes.DEFAULT_TYPE, answer: Answer, question_id: int,
                      traditional: bool = False) -> None:
    """The answer in its language and script, sources under it, 👍/👎 under the last piece."""
    services = services_of(context)
    text = answer.text
    lang = Lang(answer.language, answer.script == "hant")
    if traditional and lang.code == "zh" and not lang.traditional:
        lang, text = ZH_HANT, to_traditional(text)
    footer = format_sources(localize_sources(answer.sources, lang), services.ui.plain(lang, "sources_heading"))
    pieces = render_messages(text, footer)
    for i, piece in enumerate(pieces):
        markup = feedback_keyboard(services, lang, question_id) if i == len(pieces) - 1 else None
        await reply(update, context, piece, reply_markup=markup)


async def send_action(context: ContextTypes.DEFAULT_TYPE, chat_id: int, action: str = ChatAction.TYPING) -> None:
    """Show "typing…" or similar; cosmetic, so a failure is only logged."""
    try:
        await context.bot.send_chat_action(chat_id, action)
    except TelegramError as exc:  # cosmetic: never fail an answer over it
        log.debug("typing action for chat %s failed: %s", chat_id, exc)


# -- buttons -------------------------------------------------------------------------------------
async def quick_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A common-question button from /start."""
    query = update.callback_query
    await query.answer()
    services = services_of(context)
    items = services.ui.data(services.ui_lang(update), "quick_questions")
    index = int(query.data.split(":", 1)[1])
    if 0 <= index < len(items):
        await answer_question(update, context, items[index]["question"])


async def language_chosen(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Store the /lang choice and confirm in the new language."""
    query = update.callback_query
    services = services_of(context)
    choice = query.data.split(":", 1)[1]
    if choice not in CHOICES:
        await query.answer()
        return
    services.store.set_language(update.effective_user.id, choice)
    conversation = services.sessions.get(update.effective_chat.id)
    conversation.language = CHOICES[choice].code
    services.sessions.save(update.effective_chat.id)
    await query.answer()
    await query.edit_message_text(services.ui.html(CHOICES[choice], "lang_set"))


async def language_menu(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The language button under /start."""
    await update.callback_query.answer()
    await lang_command(update, context)


async def feedback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Store a 👍/👎 vote and take the buttons away."""
    query = update.callback_query
    services = services_of(context)
    lang = services.ui_lang(update)
    _, question_id, vote = query.data.split(":")
    stored = services.store.record_feedback(int(question_id), update.effective_user.id, int(vote))
    await query.answer(services.ui.plain(lang, "feedback_thanks" if stored else "button_expired"))
    if stored:
        try:
            await query.edit_message_reply_markup(None)
        except TelegramError as exc:  # e.g. the message is too old to edit
            log.debug("could not remove feedback buttons: %s", exc)


async def stale_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button from an old message or an ended flow."""
    services = services_of(context)
    await update.callback_query.answer(services.ui.plain(services.ui_lang(update), "button_expired"))


# -- everything that is not text -------------------------------------------------------------------
MEDIA_KEYS = (("sticker", "media_sticker"), ("photo", "media_photo"), ("voice", "media_voice"),
              ("audio", "media_voice"), ("video_note", "media_voice"), ("document", "media_document"))


async def non_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice, files and the like get a friendly nudge towards typing."""
    services = services_of(context)
    message = update.message
    key = next((k for attr, k in MEDIA_KEYS if getattr(message, attr, None)), "media_other")
    services.store.bump("non_text")
    lang = services.ui_lang(update)
    await reply(update, context, services.ui.html(lang, key, limit=services.settings.max_message_chars))

