"""/levels: the four job types and five levels as text, plus the career-ladder picture."""
from __future__ import annotations

import asyncio

from telegram import Update
from telegram.constants import ChatAction

from bot.language import Lang, localize
from bot.telegram.replies import open_rules_command, reply, send_action
from bot.telegram.services import BotContext, BotServices

LADDER_KEY = "ladder"  # bot_data key of the LadderRenderer


def levels_text(services: BotServices, lang: Lang) -> str:
    rules, ui = services.rules, services.ui

    def name(text: str) -> str:
        return localize(text, lang)

    lines = [ui.html(lang, "levels_title"), "", ui.html(lang, "levels_jobs")]
    for job in rules.job_types:
        lines.append(ui.html(lang, "levels_job_line", job=name(job.name(lang.code)),
                             lowest=name(rules.level_name(max(job.levels), lang.code)),
                             highest=name(rules.level_name(min(job.levels), lang.code))))
    lines += ["", ui.html(lang, "levels_levels")]
    for level in sorted(rules.level_names, reverse=True):
        lines.append(ui.html(lang, "levels_level_line", level=name(rules.level_name(level, lang.code)),
                             hours=rules.training_hours.get(level, "?")))
    lines += ["", ui.html(lang, "levels_outro")]
    return "\n".join(lines)


async def levels(update: Update, context: BotContext) -> None:
    """Send the job types and levels, then the ladder picture in the user's language."""
    opened = await open_rules_command(update, context)
    if opened is None:
        return
    services, lang = opened
    await reply(update, context, levels_text(services, lang))
    await send_action(context, update.effective_chat.id, ChatAction.UPLOAD_PHOTO)
    png = await asyncio.to_thread(context.application.bot_data[LADDER_KEY].png, lang)
    await context.bot.send_photo(update.effective_chat.id, png, caption=services.ui.html(lang, "ladder_caption"),
                                 filename="career-ladder.png")
