"""Admin-only commands: /stats and /reload (settings.admin_ids).

For anyone else they answer exactly like an unknown command, so nothing hints that they exist.
"""
from __future__ import annotations

import functools
import logging
import time

from telegram import Update

from bot.telegram.formatting import truncate
from bot.telegram.handlers.commands import unknown_command
from bot.telegram.knowledge_updates import run_ingest, updates_of  # noqa: F401 (run_ingest: public name)
from bot.telegram.replies import reply
from bot.telegram.services import BotContext, BotServices

log = logging.getLogger(__name__)


def admin_only(command):
    """Run `command(update, context, services, lang)` for admins; anyone else gets exactly the
    unknown-command reply, so nothing hints that the command exists."""

    @functools.wraps(command)
    async def guarded(update: Update, context: BotContext) -> None:
        services = context.services
        if not services.is_admin(update.effective_user):
            await unknown_command(update, context)
            return
        await command(update, context, services, services.ui_lang(update))

    return guarded


@admin_only
async def stats(update: Update, context: BotContext, services: BotServices, lang) -> None:
    """Users, questions, refusals, feedback, and the recent questions the bot could not answer."""
    numbers = services.store.stats(recent=10)
    counters = numbers.counters
    lines = [services.ui.html(
        lang, "stats", users=numbers.users, questions=numbers.questions, answered=numbers.answered,
        refused=numbers.refused, unanswered=numbers.unanswered, up=numbers.feedback_up, down=numbers.feedback_down,
        rate_limited=counters.get("rate_limited", 0), checks=counters.get("checks_completed", 0),
        errors=counters.get("errors", 0),
    ), ""]
    if numbers.recent_unanswered:
        lines.append(services.ui.html(lang, "stats_recent"))
        for ts, outcome, question in numbers.recent_unanswered:
            when = time.strftime("%m-%d %H:%M", time.localtime(ts))
            lines.append(services.ui.html(lang, "stats_recent_item", when=when, outcome=outcome,
                                          question=truncate(question, 120)))
    else:
        lines.append(services.ui.html(lang, "stats_recent_none"))
    await reply(update, context, "\n".join(lines))


@admin_only
async def reload_command(update: Update, context: BotContext, services: BotServices, lang) -> None:
    """Re-ingest knowledge/ in a worker thread, then swap the advisor's index; answering never stops."""
    if services.reloading:
        await reply(update, context, services.ui.html(lang, "reload_busy"))
        return
    services.reloading = True
    await reply(update, context, services.ui.html(lang, "reload_started"))
    # A task of its own, so this chat's next messages are not queued behind the re-indexing.
    context.application.create_task(_reload(services, context, update.effective_chat.id, lang),
                                    name="reload-knowledge")


async def _reload(services: BotServices, context: BotContext, chat_id: int, lang) -> None:
    try:
        # Through the shared queue of knowledge changes, so a /teach or an upload never races it.
        report = (await updates_of(context.application).apply(lambda: None)).report
    except Exception as exc:
        log.exception("reload failed")
        text = services.ui.html(lang, "reload_failed", error=f"{exc.__class__.__name__}: {truncate(str(exc), 200)}")
    else:
        log.info("reload done: %s files, %s chunks in %.1f s", report.files, report.chunks, report.seconds)
        text = services.ui.html(lang, "reload_done", files=report.files, chunks=report.chunks,
                                seconds=f"{report.seconds:.1f}")
    finally:
        services.reloading = False
    await context.bot.send_message(chat_id, text)

