"""/check: a guided eligibility check with inline keyboards, decided by the eligibility engine.

Steps: job type -> certificate held -> years since it (skipped without one) -> total years ->
formal training -> target level -> the engine's decision, rendered by `render_decision` with its
clause and caveat. Years can also be typed ("2.5"). /cancel or the ✖ button stops at any step.
The answers so far live in `user_data["check"]`, which the persistence adapter stores, so a
restart in the middle of a check continues where it was.
"""
from __future__ import annotations

import logging
import re
import time
import warnings

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler, ConversationHandler, MessageHandler, filters
from telegram.warnings import PTBUserWarning

from bot.eligibility.render import plain_number
from bot.language import Lang, localize
from bot.telegram.formatting import format_sources, render_messages, truncate
from bot.telegram.handlers.questions import answer_question
from bot.telegram.replies import open_rules_command, reply
from bot.telegram.services import BotContext, BotServices

log = logging.getLogger(__name__)

JOB, CERTIFICATE, YEARS_SINCE, YEARS_TOTAL, TRAINING, TARGET = range(6)
END = ConversationHandler.END
YEAR_CHOICES = (0, 1, 2, 3, 4, 5, 6, 8, 10)
STALE_AFTER_S = 30 * 60  # a check left alone this long no longer captures typed text
_NUMBER = re.compile(r"^\s*(\d{1,2}(?:[.,]\d+)?)\s*(?:年|years?|yrs?)?\s*$", re.IGNORECASE)


# -- keyboards -----------------------------------------------------------------------------------
def _cancel_row(services: BotServices, lang: Lang) -> list[InlineKeyboardButton]:
    return [InlineKeyboardButton(services.ui.plain(lang, "check_cancel_button"), callback_data="chk:cancel")]


def _keyboard(services: BotServices, lang: Lang, rows: list[list[tuple[str, str]]]) -> InlineKeyboardMarkup:
    buttons = [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in rows]
    return InlineKeyboardMarkup([*buttons, _cancel_row(services, lang)])


def _short_level(services: BotServices, level: int, lang: Lang) -> str:
    return _script(services.rules.level_name(level, lang.code).split("/")[0].strip(), lang)


def _script(text: str, lang: Lang) -> str:
    return localize(text, lang)


def _step(services: BotServices, lang: Lang, state: int, draft: dict) -> tuple[str, InlineKeyboardMarkup]:
    """The question text and keyboard for `state`."""
    rules, ui = services.rules, services.ui
    if state == JOB:
        rows = [[(_script(job.name(lang.code), lang), f"chk:job:{i}")] for i, job in enumerate(rules.job_types)]
        return ui.html(lang, "check_job"), _keyboard(services, lang, rows)
    if state == CERTIFICATE:
        levels = [(_short_level(services, n, lang), f"chk:cert:{n}") for n in sorted(rules.level_names, reverse=True)]
        rows = [[(ui.plain(lang, "check_cert_none"), "chk:cert:0")], levels[:3], levels[3:]]
        return ui.html(lang, "check_cert"), _keyboard(services, lang, rows)
    if state in (YEARS_SINCE, YEARS_TOTAL):
        prefix, key = ("since", "check_since") if state == YEARS_SINCE else ("total", "check_total")
        labels = [(ui.plain(lang, "check_years_more", years=y) if y == YEAR_CHOICES[-1] else str(y), f"chk:{prefix}:{y}")
                  for y in YEAR_CHOICES]
        return ui.html(lang, key), _keyboard(services, lang, [labels[:5], labels[5:]])
    if state == TRAINING:
        rows = [[(ui.plain(lang, "check_yes"), "chk:train:1"), (ui.plain(lang, "check_no"), "chk:train:0")]]
        return ui.html(lang, "check_training"), _keyboard(services, lang, rows)
    job = rules.job_type(draft["job"])
    rows = [[(_script(rules.level_name(n, lang.code), lang), f"chk:target:{n}")] for n in sorted(job.levels, reverse=True)]
    return ui.html(lang, "check_target"), _keyboard(services, lang, rows)


# -- steps ---------------------------------------------------------------------------------------
async def start_check(update: Update, context: BotContext) -> int:
    """Begin (or restart) the check with the job-type question."""
    opened = await open_rules_command(update, context)
    if opened is None:
        return END
    services, lang = opened
    draft = {"started": time.time()}
    context.user_data["check"] = draft
    text, keyboard = _step(services, lang, JOB, draft)
    sent = await reply(update, context, text, reply_markup=keyboard)
    draft["message_id"] = sent.message_id
    return JOB


async def _advance(update: Update, context: BotContext, state: int) -> int:
    """Show the question for `state`: edit the pressed message, or send a new one after typed input."""
    services = context.services
    lang = services.ui_lang(update)
    draft = context.user_data.setdefault("check", {"started": time.time()})
    if state == YEARS_SINCE and draft.get("cert", 0) == 0:
        draft["since"] = 0.0  # no certificate: nothing to count since
        state = YEARS_TOTAL
    text, keyboard = _step(services, lang, state, draft)
    query = update.callback_query
    if query is not None:
        await query.edit_message_text(text, reply_markup=keyboard)
    else:
        await _drop_keyboard(context, update.effective_chat.id, draft.get("message_id"))
        sent = await reply(update, context, text, reply_markup=keyboard)
        draft["message_id"] = sent.message_id
    return state


async def on_job(update: Update, context: BotContext) -> int:
    """Job type chosen."""
    await update.callback_query.answer()
    jobs = context.services.rules.job_types
    index = int(update.callback_query.data.rsplit(":", 1)[1])
    context.user_data.setdefault("check", {})["job"] = jobs[index].code
    return await _advance(update, context, CERTIFICATE)


async def on_certificate(update: Update, context: BotContext) -> int:
    """Certificate level chosen (0 = none)."""
    await update.callback_query.answer()
    context.user_data.setdefault("check", {})["cert"] = int(update.callback_query.data.rsplit(":", 1)[1])
    return await _advance(update, context, YEARS_SINCE)


async def on_years(update: Update, context: BotContext) -> int:
    """Years since the certificate, or total years, pressed."""
    await update.callback_query.answer()
    _, field, value = update.callback_query.data.split(":")
    context.user_data.setdefault("check", {})[field] = float(value)
    return await _advance(update, context, YEARS_TOTAL if field == "since" else TRAINING)


async def on_training(update: Update, context: BotContext) -> int:
    """Formal training yes/no."""
    await update.callback_query.answer()
    context.user_data.setdefault("check", {})["training"] = update.callback_query.data.endswith(":1")
    return await _advance(update, context, TARGET)


async def on_target(update: Update, context: BotContext) -> int:
    """Target level chosen: decide and show the result."""
    await update.callback_query.answer()
    draft = context.user_data.pop("check", {})
    draft["target"] = int(update.callback_query.data.rsplit(":", 1)[1])
    await show_decision(update, context, draft)
    return END


def _typed_years_handler(field: str, next_state: int):
    async def typed_years(update: Update, context: BotContext) -> int:
        """Years typed as a number instead of pressed."""
        if _stale(context):
            return await _abandon(update, context)
        match = _NUMBER.match(update.message.text or "")
        if match is None:
            services = context.services
            text = services.ui.html(services.ui_lang(update), "check_invalid", text=truncate(update.message.text or "", 200))
            await reply(update, context, text)
            return YEARS_SINCE if field == "since" else YEARS_TOTAL
        context.user_data.setdefault("check", {})[field] = float(match.group(1).replace(",", "."))
        return await _advance(update, context, next_state)

    return typed_years


async def use_buttons(update: Update, context: BotContext) -> int | None:
    """Text while a button answer is expected: point at the buttons (stale checks end instead)."""
    if _stale(context):
        return await _abandon(update, context)
    services = context.services
    text = services.ui.html(services.ui_lang(update), "check_use_buttons", text=truncate(update.message.text or "", 200))
    await reply(update, context, text)
    return None  # stay in the current state


async def cancel(update: Update, context: BotContext) -> int:
    """/cancel or the ✖ button."""
    services = context.services
    lang = services.ui_lang(update)
    draft = context.user_data.pop("check", {})
    text = services.ui.html(lang, "check_cancelled")
    if update.callback_query is not None:
        await update.callback_query.answer()
        await update.callback_query.edit_message_text(text)
    else:
        await _drop_keyboard(context, update.effective_chat.id, draft.get("message_id"))
        await reply(update, context, text)
    return END


def _stale(context: BotContext) -> bool:
    started = context.user_data.get("check", {}).get("started", 0)
    return time.time() - started > STALE_AFTER_S


async def _abandon(update: Update, context: BotContext) -> int:
    """A long-forgotten check: end it and treat the text as a question."""
    context.user_data.pop("check", None)
    await answer_question(update, context, update.message.text or "")
    return END


async def _drop_keyboard(context: BotContext, chat_id: int, message_id: int | None) -> None:
    if message_id:
        try:
            await context.bot.edit_message_reply_markup(chat_id, message_id, reply_markup=None)
        except TelegramError as exc:
            log.debug("could not remove the old check keyboard: %s", exc)


# -- the decision ----------------------------------------------------------------------------------
def build_profile(draft: dict):
    from bot.eligibility import Profile

    return Profile(job_type=draft.get("job"), target_level=draft.get("target"), certificate_level=draft.get("cert", 0),
                   years_since_certificate=draft.get("since", 0.0), years_total=draft.get("total"),
                   formal_training=draft.get("training"))


def summary(services: BotServices, lang: Lang, draft: dict) -> str:
    rules, ui = services.rules, services.ui
    none = ui.plain(lang, "check_summary_none")
    cert = draft.get("cert", 0)
    return ui.html(
        lang, "check_summary",
        job=_script(rules.job_type(draft["job"]).name(lang.code), lang),
        certificate=_script(rules.level_name(cert, lang.code), lang) if cert else none,
        since=plain_number(draft.get("since", 0)) if cert else none,
        total=plain_number(draft.get("total", 0)),
        training=ui.plain(lang, "check_yes" if draft.get("training") else "check_no"),
        target=_script(rules.level_name(draft["target"], lang.code), lang),
    )


async def show_decision(update: Update, context: BotContext, draft: dict) -> None:
    """Turn the summary into the pressed message, then send the engine's decision."""
    from bot.eligibility import evaluate, render_decision

    services = context.services
    lang = services.ui_lang(update)
    profile = build_profile(draft)
    decision = evaluate(profile, services.rules)
    text, sources = render_decision(decision, services.rules, lang.code, services.templates)
    text = _script(text, lang)
    await update.callback_query.edit_message_text(summary(services, lang, draft))
    footer = format_sources([s.localized(lang) for s in sources], services.ui.plain(lang, "sources_heading"))
    for piece in render_messages(text + "\n\n" + services.ui.plain(lang, "check_again"), footer):
        await reply(update, context, piece)
    conversation = services.sessions.get(update.effective_chat.id)
    conversation.profile, conversation.last_intent = profile, "eligibility"
    services.sessions.save(update.effective_chat.id)
    services.store.bump("checks_completed")




def build_check_handler() -> ConversationHandler:
    """The ConversationHandler for /check (persistent: states survive a restart)."""
    text = filters.TEXT & ~filters.COMMAND
    with warnings.catch_warnings():
        # per_message=False is intended: the flow follows the user, across edited and new messages.
        warnings.filterwarnings("ignore", category=PTBUserWarning, message=".*per_message.*")
        return ConversationHandler(
            entry_points=[CommandHandler("check", start_check),
                          CallbackQueryHandler(start_check, pattern=r"^menu:check$")],
            states={
                JOB: [CallbackQueryHandler(on_job, pattern=r"^chk:job:\d+$"), MessageHandler(text, use_buttons)],
                CERTIFICATE: [CallbackQueryHandler(on_certificate, pattern=r"^chk:cert:\d$"),
                              MessageHandler(text, use_buttons)],
                YEARS_SINCE: [CallbackQueryHandler(on_years, pattern=r"^chk:since:\d+$"),
                              MessageHandler(text, _typed_years_handler("since", YEARS_TOTAL))],
                YEARS_TOTAL: [CallbackQueryHandler(on_years, pattern=r"^chk:total:\d+$"),
                              MessageHandler(text, _typed_years_handler("total", TRAINING))],
                TRAINING: [CallbackQueryHandler(on_training, pattern=r"^chk:train:[01]$"),
                           MessageHandler(text, use_buttons)],
                TARGET: [CallbackQueryHandler(on_target, pattern=r"^chk:target:\d$"), MessageHandler(text, use_buttons)],
            },
            fallbacks=[CommandHandler("cancel", cancel), CallbackQueryHandler(cancel, pattern=r"^chk:cancel$")],
            name="check",
            persistent=True,
            allow_reentry=True,
        )
