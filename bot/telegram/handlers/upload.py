"""Documents sent to the bot: an admin's .pdf/.docx/.md/.txt/.yaml joins knowledge/uploads/ and the index.

The file is downloaded (getFile), checked completely outside knowledge/, then written under
uploads/ and ingested; the reply names the file, its passages and the time taken. A malformed file
is answered with the line, page or entry that is wrong and nothing is kept; when the ingest fails
the previous file (if any) is put back and the serving index stays as it was. Anyone else's files,
and other kinds of file, get a friendly reply.
"""
from __future__ import annotations

import asyncio
import logging
import re
from pathlib import Path

from telegram import Update
from telegram.error import TelegramError

from bot.knowledge import KnowledgeFileError
from bot.knowledge import uploads
from bot.telegram.formatting import truncate
from bot.telegram.handlers.questions import non_text
from bot.telegram.knowledge_updates import updates_of
from bot.telegram.replies import reply
from bot.telegram.services import BotContext, BotServices

log = logging.getLogger(__name__)

_WHERE = re.compile(r"^(line|page|entry) (\d+)$")
MB = 1024 * 1024


async def document(update: Update, context: BotContext) -> None:
    """A file sent to the bot."""
    services = context.services
    if not services.is_admin(update.effective_user):
        await non_text(update, context)
        return
    lang = services.ui_lang(update)
    sent = update.message.document
    name = uploads.safe_name(sent.file_name or "document")
    limit = services.settings.upload_max_bytes
    if Path(name).suffix.lower() not in uploads.UPLOADABLE:
        await reply(update, context, services.ui.html(lang, "upload_unsupported", name=name))
        return
    if (sent.file_size or 0) > limit:
        await reply(update, context, services.ui.html(lang, "upload_too_large", name=name,
                                                      size=f"{sent.file_size / MB:.1f}", limit=f"{limit / MB:g}"))
        return
    await reply(update, context, services.ui.html(lang, "upload_received", name=name))
    try:
        data = bytes(await (await sent.get_file()).download_as_bytearray())
    except TelegramError as exc:
        log.warning("download of %s failed: %s", name, exc)
        await reply(update, context, services.ui.html(lang, "upload_download_failed", name=name, error=truncate(str(exc), 200)))
        return
    if len(data) > limit:
        await reply(update, context, services.ui.html(lang, "upload_too_large", name=name,
                                                      size=f"{len(data) / MB:.1f}", limit=f"{limit / MB:g}"))
        return
    await _add(update, context, services, lang, name, data)


async def _add(update: Update, context: BotContext, services: BotServices, lang, name: str, data: bytes) -> None:
    settings = services.settings
    try:
        chunks = await asyncio.to_thread(uploads.check, data, name, settings.knowledge_dir)
    except KnowledgeFileError as exc:
        log.info("upload %s refused: %s", name, exc)
        await reply(update, context, services.ui.html(lang, "upload_malformed", name=name, where=_where(services, lang, exc),
                                                      problem=truncate(exc.problem, 300)))
        return
    try:
        applied = await updates_of(context.application).apply(lambda: uploads.place(data, name, settings.uploads_dir),
                                                              undo=uploads.undo)
    except Exception as exc:
        log.exception("indexing the upload %s failed", name)
        error = truncate(str(exc.problem) if isinstance(exc, KnowledgeFileError) else f"{exc.__class__.__name__}: {exc}", 200)
        await reply(update, context, services.ui.html(lang, "upload_failed", name=name, error=error))
        return
    placed = applied.result
    path = placed.path.relative_to(settings.knowledge_dir).as_posix()
    key = "upload_done" if placed.previous is None else "upload_replaced"
    services.store.bump("documents_uploaded")
    log.info("upload %s: %d passages, %.1f s", path, chunks, applied.seconds)
    await reply(update, context, services.ui.html(lang, key, path=path, chunks=chunks, seconds=f"{applied.seconds:.1f}"))


def _where(services: BotServices, lang, error: KnowledgeFileError) -> str:
    """" (line 3)" / "（第 3 页）": the place in the file, in the admin's language."""
    found = _WHERE.match(error.where or "")
    if not found:
        return ""
    return services.ui.plain(lang, f"upload_where_{found.group(1)}", number=found.group(2))
