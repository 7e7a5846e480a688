"""What the handlers share: settings, advisor, state store, UI texts, rules, and the language rules.

Language of the interface: the user's /lang choice if any, else their Telegram language_code
(zh-hant / zh-tw / zh-hk -> Traditional Chinese, other zh* -> Simplified, anything else English).
Answers follow the question's own language (the advisor detects it), with the /lang choice as
the fallback for ambiguous text.
"""
from __future__ import annotations

import asyncio
import html
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from telegram import Update, User
from telegram.ext import CallbackContext, ContextTypes, ExtBot

from bot.answering import AnswerService
from bot.answering.conversation import Conversation
from bot.language import EN, ZH, ZH_HANT, Lang, localize
from bot.types import Source
from bot.settings import Settings
from bot.telegram.infra.ratelimit import SlidingWindowLimiter
from bot.telegram.infra.state import Store
from bot.texts import Templates

PURPOSE = "telegram"
CHOICES = {"zh": ZH, "zh-hant": ZH_HANT, "en": EN}
_TRADITIONAL_TAGS = ("zh-hant", "zh-tw", "zh-hk", "zh-mo")


def lang_from_code(language_code: str | None) -> Lang:
    """Map a Telegram language_code (IETF tag) to the interface language."""
    code = (language_code or "").lower().replace("_", "-")
    if not code.startswith("zh"):
        return EN
    return ZH_HANT if code.startswith(_TRADITIONAL_TAGS) else ZH


def choice_of(lang: Lang) -> str:
    return "zh-hant" if lang.traditional else lang.code


class UIText:
    """User-visible strings from prompts/<lang>/telegram.yaml, in the asker's script."""

    def __init__(self, templates: Templates):
        self.templates = templates

    def plain(self, lang: Lang | None, key: str, **values: Any) -> str:
        """A string for buttons, captions-as-text, command menus: no HTML."""
        lang = lang or EN
        return localize(self.templates.text(lang.code, PURPOSE, key, **values), lang)

    def html(self, lang: Lang | None, key: str, **values: Any) -> str:
        """A string for HTML messages: the template may hold tags, every value is escaped."""
        escaped = {k: html.escape(str(v), quote=False) for k, v in values.items()}
        return self.plain(lang, key, **escaped)

    def data(self, lang: Lang | None, key: str) -> Any:
        lang = lang or EN
        return localize(self.templates.data(lang.code, PURPOSE)[key], lang)


class Sessions:
    """One `Conversation` per chat: cached in memory, persisted in the store after each answer."""

    def __init__(self, store: Store, capacity: int = 10_000):
        self.store = store
        self.capacity = capacity
        self._cache: OrderedDict[int, Conversation] = OrderedDict()

    def get(self, chat_id: int) -> Conversation:
        conversation = self._cache.get(chat_id)
        if conversation is None:
            conversation = self.store.load_conversation(chat_id) or Conversation()
            self._cache[chat_id] = conversation
            if len(self._cache) > self.capacity:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(chat_id)
        return conversation

    def save(self, chat_id: int) -> None:
        conversation = self._cache.get(chat_id)
        if conversation is not None:
            self.store.save_conversation(chat_id, conversation)


@dataclass
class BotServices:
    settings: Settings
    advisor: AnswerService
    store: Store
    ui: UIText
    rules: Any = None  # bot.eligibility RuleSet (None if the rules could not be loaded)
    limiter: SlidingWindowLimiter | None = None
    sessions: Sessions = field(init=False)
    executor: ThreadPoolExecutor = field(init=False)
    reloading: bool = False

    def __post_init__(self) -> None:
        self.sessions = Sessions(self.store)
        self.executor = ThreadPoolExecutor(max_workers=self.settings.advisor_threads, thread_name_prefix="advisor")

    async def answer(self, question: str, conversation: Conversation) -> Any:
        """`advisor.answer` on the advisor threads."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, self.advisor.answer, question, conversation)

    @property
    def templates(self) -> Templates:
        return self.ui.templates

    def is_admin(self, user: User | None) -> bool:
        return user is not None and user.id in set(self.settings.admin_ids)

    def user_lang(self, user: User | None) -> Lang:
        if user is None:
            return EN
        choice = self.store.language(user.id)
        return CHOICES.get(choice or "", None) or lang_from_code(user.language_code)

    def ui_lang(self, update: Update) -> Lang:
        return self.user_lang(update.effective_user)


class BotContext(CallbackContext[ExtBot, dict, dict, dict]):
    """The handlers' context: `context.services` is the application's `BotServices`."""

    @property
    def services(self) -> BotServices:
        return self.application.bot_data["services"]


CONTEXT_TYPES = ContextTypes(context=BotContext)
