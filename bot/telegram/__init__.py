"""The Telegram front-end: handlers, keyboards, formatting and state only; answering lives in bot.answering.advisor.

Entry points: `run_bot(settings, webhook=False)` (blocking) and `build_application(settings, advisor)`.
"""
from bot.telegram.app import ConfigurationError, build_application, polling, run_bot

__all__ = ["ConfigurationError", "build_application", "polling", "run_bot"]
