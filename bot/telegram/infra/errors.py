"""The error handler that keeps the bot running, and how an update is named in a log line."""
from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, NetworkError, TelegramError

from bot.telegram.services import BotContext

log = logging.getLogger("bot.telegram")

def describe(update: object) -> str:
    """Update id, chat id and user id, for a log line (never the message text)."""
    if not isinstance(update, Update):
        return f"non-update {type(update).__name__}"
    chat = update.effective_chat.id if update.effective_chat else None
    user = update.effective_user.id if update.effective_user else None
    return f"update {update.update_id} chat {chat} user {user}"


async def on_error(update: object, context: BotContext) -> None:
    """Log the failure with its context, tell the user something went wrong, keep running."""
    error = context.error
    if isinstance(error, NetworkError) and not isinstance(update, Update):
        log.warning("network problem while polling: %s", error)
        return
    log.error("error while handling %s: %s", describe(update), error.__class__.__name__, exc_info=error)
    services = context.application.bot_data.get("services")
    if services is not None:
        services.store.bump("errors")
    if not isinstance(update, Update) or update.effective_chat is None or isinstance(error, Forbidden):
        return
    try:
        lang = services.ui_lang(update) if services is not None else None
        text = services.ui.html(lang, "error_generic") if services is not None else "Something went wrong."
        await context.bot.send_message(update.effective_chat.id, text)
    except TelegramError as exc:
        log.warning("could not tell chat %s about the error: %s", update.effective_chat.id, exc)
