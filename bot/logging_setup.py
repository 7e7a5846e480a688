"""Logging for every entry point, with secrets redacted from every record.

The Telegram token is part of every Bot API URL, and httpx logs request URLs at INFO; API keys can
appear in exception texts. A filter on the root handler replaces any configured secret with "***".
"""
from __future__ import annotations

import logging
import re
import sys
import threading
import traceback

from bot.settings import Settings

# Telegram bot token format. No \b in front: in a Bot API URL the token follows "/bot" directly.
_TOKEN_SHAPE = re.compile(r"(?<!\d)\d{6,12}:[A-Za-z0-9_-]{30,}")


class RedactSecrets(logging.Filter):
    def __init__(self, secrets: list[str]):
        super().__init__()
        self.secrets: list[str] = []
        self.add(secrets)

    def add(self, secrets) -> None:
        for secret in secrets:
            if secret and len(secret) >= 6 and secret not in self.secrets:
                self.secrets.append(secret)

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "***")
        return _TOKEN_SHAPE.sub("***", text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = self.redact(message)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if clean != message or record.args:
            record.msg, record.args = clean, None
        return True


def secrets_of(settings: Settings) -> list[str]:
    values = [settings.telegram_bot_token, settings.llm_api_key, settings.webhook_secret]
    return [v.get_secret_value() for v in values if v is not None]


def configure_logging(settings: Settings) -> RedactSecrets:
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(settings.log_level.upper())
    for noisy in ("chromadb", "urllib3", "jieba"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return install_redaction(secrets_of(settings))


_REDACTOR = RedactSecrets([])  # the one filter: every secret any entry point knows is added to it
_URL_LOGGERS = ("", "httpx", "httpcore", "telegram", "telegram.ext", "bot")


def install_redaction(secrets) -> RedactSecrets:
    """Redact `secrets` (and anything shaped like a bot token) on every handler of the root logger and
    on the loggers that see URLs; the one place that installs the filter, for the CLI, the bot, tests
    and benchmarks alike. httpx logs each request URL, which contains the token, at INFO: it is
    raised to WARNING."""
    _REDACTOR.add(secrets)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    targets: list[logging.Filterer] = list(logging.getLogger().handlers)
    targets += [logging.getLogger(name) for name in _URL_LOGGERS]
    for target in targets:
        if _REDACTOR not in target.filters:
            target.addFilter(_REDACTOR)
    _redact_uncaught()
    return _REDACTOR


def redact(text: str) -> str:
    """`text` with every known secret (and anything shaped like a bot token) replaced by ***."""
    return _REDACTOR.redact(text)


def _redact_uncaught() -> None:
    """An exception nobody catches is printed by sys.excepthook (or threading.excepthook), past every
    logging filter, and e.g. InvalidToken's text holds the token: print those redacted too."""
    if getattr(sys.excepthook, "_redacting", False):
        return

    def excepthook(kind, value, tb) -> None:
        sys.stderr.write(redact("".join(traceback.format_exception(kind, value, tb))))

    def thread_excepthook(args) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        text = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        sys.stderr.write(redact(f"Exception in thread {name}:\n{text}"))

    excepthook._redacting = True  # type: ignore[attr-defined]
    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
