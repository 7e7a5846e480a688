"""/teach (admins): a question, then the trainer's answer, a preview, and Save or Cancel.

The question comes from the message /teach replies to (a user's question in a group, one forwarded
to the bot, or the quoted part of a message), from the text after /teach, or from a ✏️ button of
/unanswered. The preview shows how the answer will be stored and cited, and the confirmed passages
of the standard closest to the question, so that a contradiction is seen before students see it.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
import time
import warnings

from telegram import ForceReply, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler, filters
from telegram.warnings import PTBUserWarning

from bot.answering.conversation import Conversation
from bot.knowledge.trainer_faq import TrainerFaq, new_entry
from bot.language import Lang, detect
from bot.telegram import unanswered
from bot.telegram.formatting import truncate
from bot.telegram.handlers.questions import text_message
from bot.telegram.infra.admission import strip_mention
from bot.telegram.knowledge_updates import updates_of
from bot.telegram.replies import reply
from bot.telegram.services import BotContext, BotServices

log = logging.getLogger(__name__)

ANSWER, CONFIRM = range(2)
END = ConversationHandler.END
STALE_AFTER_S = 30 * 60  # a teach left alone this long no longer captures typed text
PASSAGES = 2


def trainer_faq(services: BotServices) -> TrainerFaq:
    return TrainerFaq(services.settings.trainer_faq_path)


# -- where the question comes from ------------------------------------------------------------------
def question_of(message: Message, bot_id: int, bot_username: str) -> str | None:
    """The question a /teach message points at; "" when it points at one of the bot's own messages."""
    if message.quote is not None and message.quote.text:
        return message.quote.text.strip()
    parts = (message.text or "").split(maxsplit=1)
    if len(parts) == 2 and parts[1].strip():
        return parts[1].strip()
    replied = message.reply_to_message
    if replied is None:
        return None
    if replied.from_user is not None and replied.from_user.id == bot_id and replied.forward_origin is None:
        return ""
    text = (replied.text or replied.caption or "").strip()
    return strip_mention(text, bot_username) if text else None


def listed_question_id(message: Message, bot_id: int) -> int | None:
    """The stored question a /teach reply to the /unanswered list points at: `/teach 2`, or /teach
    quoting part of a line of the list."""
    replied = message.reply_to_message
    if replied is None or replied.from_user is None or replied.from_user.id != bot_id or replied.reply_markup is None:
        return None
    ids = [int(b.callback_data.rsplit(":", 1)[1]) for row in replied.reply_markup.inline_keyboard for b in row
           if isinstance(b.callback_data, str) and b.callback_data.startswith("teach:q:")]
    parts = (message.text or "").split(maxsplit=1)
    number = int(parts[1]) if len(parts) == 2 and parts[1].strip().isdigit() else None
    if number is None and message.quote is not None and message.quote.text.strip():
        line = next((x for x in (replied.text or "").splitlines() if message.quote.text.strip() in x), "")
        found = re.match(r"\s*(\d+)\.", line)
        number = int(found.group(1)) if found else None
    return ids[number - 1] if number is not None and 1 <= number <= len(ids) else None


async def start_teach(update: Update, context: BotContext) -> int:
    """/teach as a reply to a question (or to the /unanswered list), or /teach <question>."""
    services = context.services
    lang = services.ui_lang(update)
    listed = listed_question_id(update.message, context.bot.id)
    if listed is not None and (question := unanswered.question_text(services.store, listed)):
        return await _ask_for_answer(update, context, question, listed)
    question = question_of(update.message, context.bot.id, context.bot.username)
    if not question:
        key = "teach_usage" if question is None else "teach_not_question"
        await reply(update, context, services.ui.html(lang, key))
        return END
    return await _ask_for_answer(update, context, question, None)


async def start_from_unanswered(update: Update, context: BotContext) -> int:
    """A ✏️ button under /unanswered."""
    query = update.callback_query
    services = context.services
    question = None
    if services.is_admin(update.effective_user):
        question = unanswered.question_text(services.store, int(query.data.rsplit(":", 1)[1]))
    if question is None:
        await query.answer(services.ui.plain(services.ui_lang(update), "button_expired"))
        return END
    await query.answer()
    return await _ask_for_answer(update, context, question, int(query.data.rsplit(":", 1)[1]))


async def _ask_for_answer(update: Update, context: BotContext, question: str, question_id: int | None) -> int:
    services = context.services
    lang = services.ui_lang(update)
    language = detect(question).code
    context.user_data["teach"] = {"question": question, "language": language, "question_id": question_id,
                                  "started": time.time()}
    names = services.ui.data(lang, "language_names")
    text = services.ui.html(lang, "teach_ask_answer", question=question, language=names.get(language, language))
    await reply(update, context, text, reply_markup=ForceReply(selective=True))
    return ANSWER


# -- the answer and its preview ---------------------------------------------------------------------
async def receive_answer(update: Update, context: BotContext) -> int:
    """The trainer's answer (or a corrected one while the preview is open): show the preview."""
    services = context.services
    lang = services.ui_lang(update)
    draft = context.user_data.get("teach")
    if not draft or time.time() - draft.get("started", 0) > STALE_AFTER_S:
        context.user_data.pop("teach", None)  # long forgotten: this text is a question again
        await text_message(update, context)
        return END
    text = update.message.text or ""
    if update.message.chat.type != ChatType.PRIVATE:
        text = strip_mention(text, context.bot.username)
    if not text.strip():
        await reply(update, context, services.ui.html(lang, "teach_empty_answer"))
        return ANSWER
    user = update.effective_user
    draft.update(answer=text.strip(), author=user.full_name or str(user.id), date=dt.date.today().isoformat())
    await reply(update, context, await preview(services, lang, draft), reply_markup=InlineKeyboardMarkup([[
        InlineKeyboardButton(services.ui.plain(lang, "btn_teach_save"), callback_data="teach:save"),
        InlineKeyboardButton(services.ui.plain(lang, "btn_teach_cancel"), callback_data="teach:cancel"),
    ]]))
    return CONFIRM


async def preview(services: BotServices, lang: Lang, draft: dict) -> str:
    """How the entry will be stored and cited, what it replaces, what the bot answers today, and the
    closest confirmed passages of the standard."""
    entry = new_entry(draft["question"], draft["answer"], draft["language"], draft["author"], draft["date"])
    names = services.ui.data(lang, "language_names")
    lines = [services.ui.html(lang, "teach_preview", question=_clip(entry.question, 500), answer=_clip(entry.answer, 2500),
                              language=names.get(entry.language, entry.language), author=entry.author,
                              date=entry.date, citation=entry.citation(entry.language))]
    earlier = await asyncio.to_thread(trainer_faq(services).taught, entry.question)
    if earlier is not None:
        lines.append(services.ui.html(lang, "teach_replaces", author=earlier.author, date=earlier.date))
    lines += ["", *await _current_answer(services, lang, entry.question),
              *await _passages(services, lang, entry.question, entry.language), "", services.ui.html(lang, "teach_note")]
    return "\n".join(lines)


def _clip(text: str, limit: int) -> str:
    """Shortened for display only (line breaks kept); the stored entry keeps the whole text."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


async def _current_answer(services: BotServices, lang: Lang, question: str) -> list[str]:
    """The advisor's answer to the question as it stands (a fresh conversation: no one's profile)."""
    try:
        answer = await services.answer(question, Conversation())
    except Exception as exc:  # the preview still works without it
        log.warning("current answer unavailable for the preview: %s", exc)
        return []
    sources = "; ".join(source.title for source in answer.sources) or "—"
    return [services.ui.html(lang, "teach_current", answer=truncate(answer.text, 300), sources=sources), ""]


async def _passages(services: BotServices, lang: Lang, question: str, language: str) -> list[str]:
    from bot.retrieval.standard_passages import closest_standard_passages

    store, embedder = getattr(services.advisor, "store", None), getattr(services.advisor, "embedder", None)
    try:
        if store is None or embedder is None:
            raise LookupError("the advisor runs in worker processes")
        found = await asyncio.to_thread(closest_standard_passages, store, embedder, question, language, PASSAGES)
    except Exception as exc:  # the preview still works without them
        log.warning("standard passages unavailable: %s", exc)
        return [services.ui.html(lang, "teach_passages_unavailable")]
    if not found:
        return [services.ui.html(lang, "teach_passages_none")]
    return [services.ui.html(lang, "teach_passages")] + [
        services.ui.html(lang, "teach_passage_item", text=truncate(p.text, 300), title=p.title, section=p.section)
        for p in found]


# -- save or cancel ---------------------------------------------------------------------------------
async def save(update: Update, context: BotContext) -> int:
    """💾: write the entry to the trainer FAQ, re-index, and say when it is live."""
    query = update.callback_query
    services = context.services
    lang = services.ui_lang(update)
    draft = context.user_data.pop("teach", None)
    if not draft or "answer" not in draft or not services.is_admin(update.effective_user):
        await query.answer(services.ui.plain(lang, "button_expired"))
        return END
    await query.answer()
    await _drop_buttons(query)
    await reply(update, context, services.ui.html(lang, "teach_saving"))
    faq = trainer_faq(services)
    entry = new_entry(draft["question"], draft["answer"], draft["language"], draft["author"], draft["date"])
    try:
        applied = await updates_of(context.application).apply(lambda: faq.add(entry))
    except Exception as exc:
        log.exception("teaching %s failed", entry.id)
        error = f"{exc.__class__.__name__}: {truncate(str(exc), 200)}"
        stored = await asyncio.to_thread(faq.get, entry.id)
        key = "teach_index_failed" if stored is not None else "teach_save_failed"
        await reply(update, context, services.ui.html(lang, key, id=entry.id, error=error))
        return END
    log.info("taught %s (%s) in %.2f s", entry.id, entry.language, applied.seconds)
    services.store.bump("answers_taught")
    text = services.ui.html(lang, "teach_live", id=entry.id, seconds=f"{applied.seconds:.1f}",
                            question=truncate(entry.question, 120))
    if applied.result is not None:  # e.g. another admin taught the same question a moment ago
        text += "\n" + services.ui.html(lang, "teach_replaced", author=applied.result.author, date=applied.result.date)
    await reply(update, context, text)
    return END


async def cancel_preview(update: Update, context: BotContext) -> int:
    """✖ under the preview."""
    query = update.callback_query
    await query.answer()
    await _drop_buttons(query)
    return await cancel(update, context)


async def cancel(update: Update, context: BotContext) -> int:
    """/cancel while teaching."""
    services = context.services
    context.user_data.pop("teach", None)
    await reply(update, context, services.ui.html(services.ui_lang(update), "teach_cancelled"))
    return END


async def _drop_buttons(query) -> None:
    try:
        await query.edit_message_reply_markup(None)
    except TelegramError as exc:  # an old message: the buttons simply stay
        log.debug("could not remove the preview buttons: %s", exc)


def build_teach_handler(admin_ids: list[int]) -> ConversationHandler:
    """The ConversationHandler for /teach (persistent). Only admins can enter it: for anyone else
    /teach falls through to the unknown-command reply."""
    text = filters.TEXT & ~filters.COMMAND
    admins = filters.User(user_id=admin_ids)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=PTBUserWarning, message=".*per_message.*")
        return ConversationHandler(
            entry_points=[CommandHandler("teach", start_teach, filters=admins),
                          CallbackQueryHandler(start_from_unanswered, pattern=r"^teach:q:\d+$")],
            states={
                ANSWER: [MessageHandler(text, receive_answer)],
                CONFIRM: [CallbackQueryHandler(save, pattern=r"^teach:save$"),
                          CallbackQueryHandler(cancel_preview, pattern=r"^teach:cancel$"),
                          MessageHandler(text, receive_answer)],
            },
            fallbacks=[CommandHandler("cancel", cancel)],
            name="teach",
            persistent=True,
            allow_reentry=True,
        )
