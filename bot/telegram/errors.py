"""Logging that never shows the bot token, and the error handler that keeps the bot running."""
from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, NetworkError, TelegramError
from telegram.ext import ContextTypes

from bot.logging_setup import RedactSecrets

log = logging.getLogger("bot.telegram")

_installed: list[RedactSecrets] = []  # the filter this module added last, replaced on a rebuild


def install_token_redaction(token: str | None) -> RedactSecrets:
    """Redact the token on every handler of the root logger and on the loggers that see URLs.

    `bot.logging_setup.configure_logging` does this for the CLI; this covers an Application built
    by other code (tests, benchmarks, an embedding program). httpx logs each request URL, which
    contains the token, at INFO: it is raised to WARNING too.
    """
    redactor = RedactSecrets([token] if token else [])
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    targets: list[logging.Filterer] = list(logging.getLogger().handlers)
    targets += [logging.getLogger(name) for name in ("", "httpx", "httpcore", "telegram", "telegram.ext", "bot")]
    for target in targets:
        for old in _installed:
            target.removeFilter(old)
        target.addFilter(redactor)
    _installed[:] = [redactor]
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
