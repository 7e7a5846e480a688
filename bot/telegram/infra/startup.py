"""Before the bot starts: is the token accepted, and is the Bot API reachable at all?

python-telegram-bot finds out inside `run_polling`, where a rejected token ends in a 133-line
traceback (with the token in it) and an unclosed aiohttp session, and an unreachable server in a
218-line one. Here one `getMe` answers both questions: a rejected or malformed token is one clear
line; network trouble is retried with backoff, one log line per attempt, until `give_up_after_s`.
"""
from __future__ import annotations

import asyncio
import logging
import time

from telegram import Bot
from telegram.error import InvalidToken, NetworkError, TelegramError

log = logging.getLogger(__name__)

FIRST_DELAY_S = 1.0
MAX_DELAY_S = 30.0


class BotApiRejectedToken(RuntimeError):
    """The Bot API says the token is not valid (401 / 404 on getMe)."""


class BotApiUnreachable(RuntimeError):
    """The Bot API did not answer getMe within the start-up budget."""


def check_bot_api(token: str, base_url: str | None, give_up_after_s: float) -> str:
    """The bot's @username once getMe succeeds; raises BotApiRejectedToken or BotApiUnreachable."""
    return asyncio.run(_check(token, base_url, give_up_after_s))


async def _check(token: str, base_url: str | None, give_up_after_s: float) -> str:
    where = base_url or "api.telegram.org"
    deadline = time.monotonic() + give_up_after_s
    delay, attempt = FIRST_DELAY_S, 1
    while True:
        try:
            return await _get_me(token, base_url)
        except InvalidToken as exc:
            raise BotApiRejectedToken(f"the Bot API at {where} rejected TELEGRAM_BOT_TOKEN ({_reason(exc)}); "
                                      "copy the token again from @BotFather") from None
        except (NetworkError, TelegramError, OSError) as exc:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise BotApiUnreachable(
                    f"the Bot API at {where} could not be reached in {give_up_after_s:g} s ({attempt} attempts, "
                    f"last: {exc.__class__.__name__}); check the network or TELEGRAM_API_BASE_URL") from None
            wait = min(delay, remaining)
            log.warning("Bot API at %s not reachable (%s: %s); retrying in %.0f s", where,
                        exc.__class__.__name__, exc, wait)
            await asyncio.sleep(wait)
            delay, attempt = min(delay * 2, MAX_DELAY_S), attempt + 1


async def _get_me(token: str, base_url: str | None) -> str:
    bot = Bot(token, base_url=base_url) if base_url else Bot(token)
    try:
        await bot.initialize()  # getMe
        return bot.username
    finally:
        await bot.shutdown()  # closes the HTTP session on every path: no "Unclosed client session"


def _reason(exc: InvalidToken) -> str:
    """InvalidToken's text repeats the token; say only what kind of rejection it was."""
    text = str(exc)
    for word in ("Unauthorized", "Not Found", "rejected"):
        if word.lower() in text.lower():
            return word
    return exc.__class__.__name__
