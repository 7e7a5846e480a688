"""Building and running the Telegram application.

`build_application(settings, advisor)` wires handlers, state, rate limits and retries into a
python-telegram-bot `Application`; `run_bot(settings)` runs it with long polling (or a webhook).
Tests and benchmarks use `build_application(..., base_url=fake.base_url)` with `polling(app)`.
"""
from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlparse

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.language import EN, ZH
from bot.settings import Settings
from bot.telegram.handlers import admin, commands, questions
from bot.telegram.infra.admission import admit
from bot.telegram.handlers.check_flow import build_check_handler
from bot.telegram.handlers.trainer import add_trainer_handlers
from bot.telegram.infra.delivery import DeliveryLimiter
from bot.logging_setup import install_redaction
from bot.telegram.infra.errors import on_error
from bot.telegram.handlers.ladder import LadderRenderer
from bot.telegram.handlers.levels import LADDER_KEY, levels
from bot.telegram.infra.persistence import StorePersistence
from bot.telegram.infra.processor import PerChatUpdateProcessor
from bot.telegram.infra.ratelimit import SlidingWindowLimiter
from bot.telegram.services import CONTEXT_TYPES, BotServices, UIText
from bot.telegram.infra.startup import BotApiRejectedToken, BotApiUnreachable, check_bot_api
from bot.telegram.infra.state import StateFileUnusable, Store
from bot.telegram.infra.transport import AiohttpRequest
from bot.texts import Templates

log = logging.getLogger(__name__)

MENU_COMMANDS = ("start", "help", "check", "levels", "sources", "lang", "cancel")  # admin ones stay hidden
POLL_TIMEOUT_S = 10


class ConfigurationError(RuntimeError):
    """The settings do not allow the bot to start (e.g. no TELEGRAM_BOT_TOKEN)."""


def bot_token(settings: Settings) -> str:
    secret = settings.telegram_bot_token
    token = secret.get_secret_value().strip() if secret is not None else ""
    if not token:
        raise ConfigurationError(
            "TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather, then put "
            "TELEGRAM_BOT_TOKEN=<token> in the environment or in .env and start again.")
    return token


def _load_rules(settings: Settings, advisor):
    rules = getattr(advisor, "rules", None)
    if rules is not None:
        return rules
    try:
        from bot.eligibility import load_rules

        return load_rules(settings.eligibility_rules_path)
    except Exception:  # /check and /levels say they are unavailable; answering still works
        log.exception("eligibility rules could not be loaded from %s", settings.eligibility_rules_path)
        return None


def build_application(settings: Settings, advisor, *, base_url: str | None = None,
                      overall_max_rate: float | None = None, store: Store | None = None) -> Application:
    """The bot, ready to initialise: handlers, SQLite state, per-chat ordering, flood limits, retries.

    `base_url` points at another Bot API server (".../bot"; the token is appended), e.g. a local
    telegram-bot-api or the tests' fake; default settings.telegram_api_base_url, else Telegram.
    `overall_max_rate` is the messages/s budget (Telegram allows 30; benchmarks against a loopback
    server lift it).
    """
    token = bot_token(settings)
    install_redaction([token])
    store = store or Store(settings.state_path)
    rate = overall_max_rate if overall_max_rate is not None else settings.telegram_overall_max_rate
    builder = (
        ApplicationBuilder()
        .token(token)
        .context_types(CONTEXT_TYPES)
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .rate_limiter(DeliveryLimiter(overall_max_rate=rate, max_retries=3))
        .concurrent_updates(PerChatUpdateProcessor(settings.concurrent_updates))
        .persistence(StorePersistence(store))
        .post_init(set_menus)
        .post_shutdown(release)
        .request(AiohttpRequest(pool_size=max(64, settings.concurrent_updates * 4)))
        .get_updates_request(AiohttpRequest(pool_size=1, read_timeout=5.0))
    )
    base_url = base_url or settings.telegram_api_base_url
    if base_url:
        builder = builder.base_url(base_url).base_file_url(base_url.rstrip("/").removesuffix("/bot") + "/file/bot")
    application = builder.build()
    templates = Templates(settings.prompts_dir)
    services = BotServices(settings=settings, advisor=advisor, store=store, ui=UIText(templates),
                           rules=_load_rules(settings, advisor),
                           limiter=SlidingWindowLimiter(settings.rate_limit_per_minute, 60.0))
    application.bot_data["services"] = services
    if services.rules is not None:
        application.bot_data[LADDER_KEY] = LadderRenderer(services.rules, services.ui)
    register_handlers(application)
    return application


def register_handlers(application: Application) -> None:
    application.add_handler(TypeHandler(Update, admit), group=-1)
    application.add_handler(build_check_handler())
    add_trainer_handlers(application)  # /teach, /unanswered, /forget, uploads, inline mode
    application.add_handler(CommandHandler("start", commands.start))
    application.add_handler(CommandHandler("help", commands.help_command))
    application.add_handler(CommandHandler("lang", commands.lang_command))
    application.add_handler(CommandHandler("levels", levels))
    application.add_handler(CommandHandler("sources", commands.sources_command))
    application.add_handler(CommandHandler("stats", admin.stats))
    application.add_handler(CommandHandler("reload", admin.reload_command))
    application.add_handler(CallbackQueryHandler(questions.quick_question, pattern=r"^q:\d+$"))
    application.add_handler(CallbackQueryHandler(commands.language_chosen, pattern=r"^lang:"))
    application.add_handler(CallbackQueryHandler(commands.language_menu, pattern=r"^menu:lang$"))
    application.add_handler(CallbackQueryHandler(levels, pattern=r"^menu:levels$"))
    application.add_handler(CallbackQueryHandler(questions.feedback, pattern=r"^fb:\d+:-?1$"))
    application.add_handler(CallbackQueryHandler(commands.stale_button))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE,
                                           questions.text_message))
    application.add_handler(MessageHandler(filters.COMMAND, commands.unknown_command))
    application.add_handler(MessageHandler(filters.UpdateType.MESSAGE & ~filters.StatusUpdate.ALL, questions.non_text))
    application.add_error_handler(on_error)


async def set_menus(application: Application) -> None:
    """Command menus with setMyCommands: Chinese for language_code "zh", English as the default."""
    ui = application.bot_data["services"].ui
    for lang, code in ((EN, None), (ZH, "zh")):
        commands = [BotCommand(name, ui.plain(lang, f"cmd_{name}")) for name in MENU_COMMANDS]
        try:
            await application.bot.set_my_commands(commands, language_code=code)
        except Exception as exc:  # a menu is a convenience: never refuse to start over it
            log.warning("setMyCommands (%s) failed: %s", code or "default", exc)


async def release(application: Application) -> None:
    """After shutdown (state already persisted): stop the advisor threads, close the state file."""
    services = application.bot_data["services"]
    services.executor.shutdown(wait=False)
    services.store.close()


@asynccontextmanager
async def polling(application: Application, poll_timeout: float = 1.0) -> AsyncIterator[Application]:
    """Run `application` with long polling inside a running event loop (tests, benchmarks).

    Unlike `run_polling` it installs no signal handlers and leaves the loop alone; on exit it stops
    polling, finishes the updates in hand, persists state and shuts down.
    """
    await application.initialize()
    if application.post_init is not None:
        await application.post_init(application)
    await application.updater.start_polling(poll_interval=0.0, timeout=int(poll_timeout) or 1,
                                            allowed_updates=Update.ALL_TYPES)
    await application.start()
    try:
        yield application
    finally:
        if application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
        await application.shutdown()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)


def webhook_options(settings: Settings) -> dict:
    """Arguments for `run_webhook` / `Updater.start_webhook`: the local listener serves the path of
    WEBHOOK_URL, and Telegram must send WEBHOOK_SECRET (random per run when unset) in the
    X-Telegram-Bot-Api-Secret-Token header, which PTB checks on every request (403 otherwise).
    """
    if not settings.webhook_url:
        raise ConfigurationError("--webhook needs WEBHOOK_URL (the public https URL Telegram should call).")
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else secrets.token_urlsafe(32)
    return dict(listen=settings.webhook_listen, port=settings.webhook_port,
                url_path=urlparse(settings.webhook_url).path.lstrip("/"), webhook_url=settings.webhook_url,
                secret_token=secret, allowed_updates=Update.ALL_TYPES)


def run_bot(settings: Settings, webhook: bool = False) -> None:
    """Start the bot and block: long polling by default, a webhook (WEBHOOK_URL) with `webhook=True`."""
    token = bot_token(settings)
    install_redaction([token])
    options = webhook_options(settings) if webhook else None
    store = _open_state(settings)  # before the advisor: a wrong STATE_PATH fails fast
    _check_bot_api(settings, token)  # and so does a rejected token or an unreachable Bot API
    advisor = _make_advisor(settings)
    application = build_application(settings, advisor, store=store)
    _use_uvloop()
    if options is None:
        log.info("starting long polling")
        application.run_polling(allowed_updates=Update.ALL_TYPES, timeout=POLL_TIMEOUT_S)
    else:
        log.info("starting webhook on %s:%s/%s", options["listen"], options["port"], options["url_path"])
        application.run_webhook(**options)


def _check_bot_api(settings: Settings, token: str) -> None:
    try:
        username = check_bot_api(token, settings.telegram_api_base_url, settings.telegram_start_timeout_s)
    except (BotApiRejectedToken, BotApiUnreachable) as exc:
        raise ConfigurationError(str(exc)) from None
    log.info("Bot API reachable; this is @%s", username)


def _open_state(settings: Settings) -> Store:
    try:
        return Store(settings.state_path)
    except StateFileUnusable as exc:
        raise ConfigurationError(str(exc)) from exc


def _make_advisor(settings: Settings):
    """In-process Advisor, or ADVISOR_WORKERS >= 2 answering processes (one core each; ~250 MB each)."""
    workers = settings.advisor_workers
    if workers >= 2:
        from bot.answering.pool import AdvisorPool

        log.info("answering in %d worker processes", workers)
        return AdvisorPool.from_settings(settings, workers)
    from bot.answering.advisor import Advisor

    return Advisor.from_settings(settings)


def _use_uvloop() -> None:
    """uvloop (shipped with uvicorn[standard], a Chroma dependency) when installed: a faster event loop."""
    try:
        import uvloop
    except ImportError:
        return
    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
