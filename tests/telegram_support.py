"""Helpers shared by the tests/test_telegram_*.py files: settings, a running bot, advisor wrappers."""
from __future__ import annotations

import random
import threading
import time
from contextlib import asynccontextmanager
from pathlib import Path

from pydantic import SecretStr

from bot.language import cjk_ratio
from bot.telegram import build_application, polling
from tests.fake_bot_api import FakeBotAPI

TOKEN = "987654321:AAE-secret-test-token_abcdefghijklmn"
ADMIN = 4242


def bot_settings(base, state_path: Path, **overrides):
    """The session's test settings with a token, an admin and a state file of this test's own."""
    values = {"telegram_bot_token": SecretStr(TOKEN), "state_path": state_path, "admin_ids": [ADMIN]}
    values.update(overrides)
    return base.model_copy(update=values)


@asynccontextmanager
async def running(settings, advisor, api: FakeBotAPI | None = None, **build_kwargs):
    """A fake Bot API (new unless given) and the real Application polling it; yields (api, application)."""
    if api is None:
        async with FakeBotAPI(token=TOKEN) as fresh:
            async with running(settings, advisor, fresh, **build_kwargs) as pair:
                yield pair
        return
    application = build_application(settings, advisor, base_url=api.base_url, **build_kwargs)
    async with polling(application):
        yield api, application


def store_of(application):
    return application.bot_data["services"].store


def mostly_chinese(text: str) -> bool:
    return cjk_ratio(text) > 0.5


class WrappedAdvisor:
    """The real advisor with programmable trouble: raise on the next N answers, or answer slowly."""

    def __init__(self, real, *, fail_with: BaseException | None = None, failures: int = 0,
                 jitter: float = 0.0, text: str | None = None, echo: bool = False):
        self.real = real
        self.fail_with = fail_with
        self.failures = failures
        self.jitter = jitter
        self.text = text
        self.echo = echo
        self.calls = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()

    def answer(self, question, conversation=None):
        with self._lock:
            self.calls += 1
            fail = self.failures > 0
            self.failures -= 1 if fail else 0
        if fail:
            raise self.fail_with
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.jitter:
                time.sleep(random.uniform(0, self.jitter))
            answer = self.real.answer(question, conversation)
        finally:
            with self._lock:
                self.in_flight -= 1
        if self.text is not None:
            answer.text = self.text
        if self.echo:
            answer.text = f"echo: {question}"
        return answer

    def __getattr__(self, name):
        return getattr(self.real, name)
