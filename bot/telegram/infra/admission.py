"""Which incoming messages reach the handlers at all (runs first, in handler group -1).

- In groups the bot speaks only when spoken to: a command, a message mentioning it, or a reply to
  one of its messages. Everything else in a group is ignored silently.
- Each user may send settings.rate_limit_per_minute messages a minute; past that, messages are
  dropped with one friendly notice per window.
"""
from __future__ import annotations

import logging

from telegram import Message, MessageEntity, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop

from bot.telegram.services import BotContext

log = logging.getLogger(__name__)


def addressed_to_bot(message: Message, bot_id: int, bot_username: str) -> bool:
    """True for a group message that is a command, mentions the bot, or replies to the bot."""
    if message.reply_to_message is not None and message.reply_to_message.from_user is not None:
        if message.reply_to_message.from_user.id == bot_id:
            return True
    mention = "@" + bot_username.lower()
    entities = message.parse_entities() or message.parse_caption_entities()
    for entity, value in entities.items():
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            target = value.partition("@")[2].lower()
            return not target or target == bot_username.lower()
        if entity.type == MessageEntity.MENTION and value.lower() == mention:
            return True
        if entity.type == MessageEntity.TEXT_MENTION and entity.user is not None and entity.user.id == bot_id:
            return True
    return False


def strip_mention(text: str, bot_username: str) -> str:
    """The question without the "@botname" that addressed it."""
    mention = "@" + bot_username
    lowered = text.lower()
    at = lowered.find(mention.lower())
    while at >= 0:
        text = text[:at] + text[at + len(mention):]
        lowered = text.lower()
        at = lowered.find(mention.lower())
    return " ".join(text.split())


async def admit(update: Update, context: BotContext) -> None:
    """Stop updates the bot must not answer; let the rest through to group 0."""
    message = update.message
    if message is None:
        if update.edited_message is not None:
            raise ApplicationHandlerStop  # edits of old questions are not re-answered
        return
    if message.chat.type in (ChatType.GROUP, ChatType.SUPERGROUP):
        if not addressed_to_bot(message, context.bot.id, context.bot.username):
            raise ApplicationHandlerStop
    services = context.services
    user = update.effective_user
    if services.limiter is None or user is None:
        return
    verdict = services.limiter.hit(user.id)
    if verdict.allowed:
        return
    services.store.bump("rate_limited")
    if verdict.notify:
        lang = services.ui_lang(update)
        seconds = max(int(verdict.retry_in + 0.999), 1)
        try:
            await message.reply_text(services.ui.html(lang, "rate_limited", seconds=seconds))
        except TelegramError as exc:
            log.warning("rate-limit notice to chat %s failed: %s", message.chat.id, exc)
    raise ApplicationHandlerStop
