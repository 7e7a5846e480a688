"""Trainer tools (admins): /unanswered (what to teach next), /forget (remove a taught answer), and
the registration of every trainer handler: /teach, document uploads and inline mode.

For anyone who is not an admin these commands answer exactly like an unknown command, and their
buttons like an expired one: nothing reveals them, nothing changes.
"""
from __future__ import annotations

import asyncio
import logging
import time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, InlineQueryHandler, MessageHandler, filters

from bot.knowledge.trainer_faq import TaughtEntry, normalized
from bot.telegram import unanswered
from bot.telegram.formatting import truncate
from bot.telegram.handlers import inline, upload
from bot.telegram.handlers.admin import admin_only
from bot.telegram.handlers.teach import build_teach_handler, trainer_faq
from bot.telegram.knowledge_updates import updates_of
from bot.telegram.replies import reply
from bot.telegram.services import BotContext, BotServices

log = logging.getLogger(__name__)

SHOWN = 10  # groups listed by /unanswered, entries listed by /forget
BUTTONS_PER_ROW = 5


def add_trainer_handlers(application: Application) -> None:
    """Register the trainer handlers; call before the generic text, command and media handlers."""
    settings = application.bot_data["services"].settings
    application.add_handler(build_teach_handler(list(settings.admin_ids)))
    application.add_handler(CommandHandler("unanswered", unanswered_command))
    application.add_handler(CommandHandler("forget", forget_command))
    application.add_handler(CallbackQueryHandler(forget_pressed, pattern=r"^forget:[\w-]+$"))
    application.add_handler(MessageHandler(filters.Document.ALL & filters.UpdateType.MESSAGE, upload.document))
    application.add_handler(InlineQueryHandler(inline.answer_inline_query))


# -- /unanswered ------------------------------------------------------------------------------------
@admin_only
async def unanswered_command(update: Update, context: BotContext, services: BotServices, lang) -> None:
    """Groups of recent unanswered or 👎 questions with ✏️ buttons; `/unanswered csv` as a file."""
    groups = await asyncio.to_thread(_open_groups, services)
    if context.args and context.args[0].lower() == "csv":
        name = time.strftime("unanswered-%Y%m%d-%H%M.csv")
        await context.bot.send_document(update.effective_chat.id, InputFile(unanswered.to_csv(groups), filename=name),
                                        caption=services.ui.html(lang, "unanswered_csv_caption", count=len(groups)))
        return
    if not groups:
        await reply(update, context, services.ui.html(lang, "unanswered_none"))
        return
    shown = groups[:SHOWN]
    lines = [services.ui.html(lang, "unanswered_title", count=len(groups))]
    for number, group in enumerate(shown, 1):
        down = services.ui.plain(lang, "unanswered_down", count=group.thumbs_down) if group.thumbs_down else ""
        when = time.strftime("%m-%d %H:%M", time.localtime(group.last_ts))
        lines.append(services.ui.html(lang, "unanswered_item", number=number, question=truncate(group.question, 150),
                                      count=group.count, down=down, when=when))
    lines += ["", services.ui.html(lang, "unanswered_hint")]
    buttons = [InlineKeyboardButton(services.ui.plain(lang, "unanswered_button", number=n), callback_data=f"teach:q:{g.question_id}")
               for n, g in enumerate(shown, 1)]
    await reply(update, context, "\n".join(lines), reply_markup=_rows(buttons))


def _open_groups(services: BotServices) -> list[unanswered.QuestionGroup]:
    """The groups no taught answer covers yet."""
    taught = {normalized(e.question) for e in trainer_faq(services).entries()}
    groups = unanswered.group_similar(unanswered.recent(services.store))
    return [g for g in groups if not any(normalized(v) in taught for v in g.variants)]


# -- /forget ----------------------------------------------------------------------------------------
@admin_only
async def forget_command(update: Update, context: BotContext, services: BotServices, lang) -> None:
    """/forget as a reply to a taught answer (or /forget <id or question>); alone: the list with 🗑 buttons."""
    faq = trainer_faq(services)
    message = update.message
    pointer = " ".join(context.args or [])
    if not pointer and message.reply_to_message is not None:
        replied = message.reply_to_message
        pointer = (message.quote.text if message.quote is not None else "") or replied.text or replied.caption or ""
    if pointer:
        entry = await asyncio.to_thread(faq.find, pointer)
        if entry is None:
            await reply(update, context, services.ui.html(lang, "forget_not_found"))
            return
        await _forget(update, context, services, lang, entry.id)
        return
    entries = (await asyncio.to_thread(faq.entries))[::-1][:SHOWN]
    if not entries:
        await reply(update, context, services.ui.html(lang, "forget_none"))
        return
    lines = [services.ui.html(lang, "forget_title", count=len(entries))]
    lines += [services.ui.html(lang, "forget_item", number=n, question=truncate(e.question, 120), author=e.author, date=e.date)
              for n, e in enumerate(entries, 1)]
    buttons = [InlineKeyboardButton(services.ui.plain(lang, "forget_button", number=n), callback_data=f"forget:{e.id}")
               for n, e in enumerate(entries, 1)]
    await reply(update, context, "\n".join(lines), reply_markup=_rows(buttons))


async def forget_pressed(update: Update, context: BotContext) -> None:
    """A 🗑 button of /forget."""
    query = update.callback_query
    services = context.services
    lang = services.ui_lang(update)
    if not services.is_admin(update.effective_user):
        await query.answer(services.ui.plain(lang, "button_expired"))
        return
    await query.answer()
    await _forget(update, context, services, lang, query.data.split(":", 1)[1])


async def _forget(update: Update, context: BotContext, services: BotServices, lang, entry_id: str) -> None:
    faq = trainer_faq(services)
    removed: list[TaughtEntry | None] = [None]

    def remove() -> TaughtEntry | None:
        removed[0] = faq.remove(entry_id)
        return removed[0]

    try:
        applied = await updates_of(context.application).apply(remove)
    except Exception as exc:
        log.exception("forgetting %s failed", entry_id)
        if removed[0] is None:
            raise
        error = f"{exc.__class__.__name__}: {truncate(str(exc), 200)}"
        await reply(update, context, services.ui.html(lang, "forget_index_failed", question=removed[0].question, error=error))
        return
    entry = applied.result
    if entry is None:
        await reply(update, context, services.ui.html(lang, "forget_not_found"))
        return
    services.store.bump("answers_forgotten")
    await reply(update, context, services.ui.html(lang, "forget_done", question=truncate(entry.question, 120),
                                                  author=entry.author, date=entry.date, seconds=f"{applied.seconds:.1f}"))


def _rows(buttons: list[InlineKeyboardButton]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([buttons[i:i + BUTTONS_PER_ROW] for i in range(0, len(buttons), BUTTONS_PER_ROW)])
