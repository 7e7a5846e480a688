"""Logging for every entry point, with secrets redacted from every record.

The Telegram token is part of every Bot API URL, and httpx logs request URLs at INFO; API keys can
appear in exception texts. A filter on the root handler replaces any configured secret with "***".
"""
from __future__ import annotations

import logging
import re

from bot.settings import Settings

# Telegram bot token format. No \b in front: in a Bot API URL the token follows "/bot" directly.
_TOKEN_SHAPE = re.compile(r"(?<!\d)\d{6,12}:[A-Za-z0-9_-]{30,}")


class RedactSecrets(logging.Filter):
    def __init__(self, secrets: list[str]):
        super().__init__()
        self.secrets = [s for s in secrets if s and len(s) >= 6]

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
    redactor = RedactSecrets(secrets_of(settings))
    for handler in root.handlers:
        handler.addFilter(redactor)
    for noisy in ("httpx", "httpcore", "chromadb", "urllib3", "jieba"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return redactor
