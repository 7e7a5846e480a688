"""Logging that never shows the bot token, and the error handler that keeps the bot running."""
from __future__ import annotations

import logging
import re

from telegram import Update
from telegram.error import Forbidden, NetworkError, TelegramError
from telegram.ext import ContextTypes

log = logging.getLogger("bot.telegram")

# Anything shaped like a Bot API token, even one we were not told about (e.g. in an exception text).
_TOKEN_SHAPE = re.compile(r"\b\d{5,}:[A-Za-z0-9_-]{20,}\b")


class TokenRedactor(logging.Filter):
    """Replaces the token (and anything token-shaped) in log records with "<token>"."""

    def __init__(self, token: str | None = None):
        super().__init__()
        self.token = token or None

    def redact(self, text: str) -> str:
        if self.token:
            text = text.replace(self.token, "<token>")
        return _TOKEN_SHAPE.sub("<token>", text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = self.redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info and record.exc_info[1] is not None and not record.exc_text:
            record.exc_text = self.redact(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        return True


def install_token_redaction(token: str | None) -> TokenRedactor:
    """Redact the token on every handler of the root logger and on the loggers that see URLs.

    httpx logs each request URL (which contains the token) at INFO: it is raised to WARNING too.
    """
    redactor = TokenRedactor(token)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    targets: list[logging.Filterer] = list(logging.getLogger().handlers)
    targets += [logging.getLogger(name) for name in ("", "httpx", "httpcore", "telegram", "telegram.ext", "bot")]
    for target in targets:
        for old in [f for f in target.filters if isinstance(f, TokenRedactor)]:
            target.removeFilter(old)
        target.addFilter(redactor)
    return redactor


def describe(update: object) -> str:
    """Update id, chat id and user id, for a log line (never the message text)."""
    if not isinstance(update, Update):
        return f"non-update {type(update).__name__}"
    chat = update.effective_chat.id if update.effective_chat else None
    user = update.effective_user.id if update.effective_user else None
    return f"update {update.update_id} chat {chat} user {user}"


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
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
