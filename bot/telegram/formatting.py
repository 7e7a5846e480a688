"""Telegram message formatting: HTML parse mode with everything escaped, sources, 4096-limit splitting.

Every piece of text that did not come from our own templates passes through `escape`, so a
question full of < > & * _ never breaks a reply. Splitting works on the plain text before escaping:
Telegram's 4096 limit counts the characters the user sees (UTF-16 units), not the HTML sent.
"""
from __future__ import annotations

import html
import re
from urllib.parse import urlparse
from collections.abc import Iterable

from bot.types import MAX_SOURCES, Source

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024

_TAG = re.compile(r"<[^>]+>")
_URL = re.compile(r"https?://[^\s()<>\"'，；。、）]+")
# A URL in running text may be followed by punctuation that belongs to the sentence ("…/130081.html,
# http://…"): cut at an ASCII separator (a list of URLs) and drop what cannot end a URL.
_URL_SEPARATORS = re.compile(r"[,;]")
_URL_TRAILING = ".:!?'\"]}>*"


def escape(text: str) -> str:
    """Escape & < > for Telegram HTML (quotes are harmless outside attributes)."""
    return html.escape(str(text), quote=False)


def tg_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def visible_len(html_text: str) -> int:
    """What `html_text` counts against the limit once Telegram has parsed the tags and entities."""
    return tg_len(html.unescape(_TAG.sub("", html_text)))


def split_text(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split plain text into pieces of at most `limit`: on paragraphs, then lines, then hard."""
    text = text.strip("\n")
    if not text.strip():
        return []
    return [piece for piece in _split(text, limit, ("\n\n", "\n")) if piece.strip()]


def _split(text: str, limit: int, separators: tuple[str, ...]) -> list[str]:
    if tg_len(text) <= limit:
        return [text]
    if not separators:
        return _hard_split(text, limit)
    separator, finer = separators[0], separators[1:]
    pieces: list[str] = []
    current: str | None = None
    for part in text.split(separator):
        if tg_len(part) > limit:
            if current is not None:
                pieces.append(current)
                current = None
            pieces.extend(_split(part, limit, finer))
            continue
        candidate = part if current is None else current + separator + part
        if tg_len(candidate) <= limit:
            current = candidate
        else:
            pieces.append(current)  # type: ignore[arg-type]
            current = part
    if current is not None:
        pieces.append(current)
    return [piece.strip("\n") for piece in pieces]


def _hard_split(text: str, limit: int) -> list[str]:
    pieces, current, size = [], [], 0
    for char in text:
        width = tg_len(char)
        if size + width > limit:
            pieces.append("".join(current))
            current, size = [], 0
        current.append(char)
        size += width
    if current:
        pieces.append("".join(current))
    return pieces


def format_sources(sources: Iterable[Source], heading: str) -> str:
    """A short HTML list of distinct sources; a URL source becomes a link on the title."""
    lines: list[str] = []
    seen: set[tuple[str, str]] = set()
    for source in sources:
        key = (source.title, source.source)
        if key in seen or not (source.title or source.source):
            continue
        seen.add(key)
        lines.append("• " + _source_line(source))
        if len(lines) == MAX_SOURCES:
            break
    if not lines:
        return ""
    return f"<b>{escape(heading)}</b>\n" + "\n".join(lines)


def _source_line(source: Source) -> str:
    title = escape(source.title or source.source)
    if source.section and source.section != source.title:
        title += f" — {escape(source.section)}"
    urls = source_urls(source.source or "")
    if urls:
        first, *more = urls
        extra = "".join(f' <a href="{html.escape(url, quote=True)}">[{number}]</a>' for number, url in enumerate(more, 2))
        return f'<a href="{html.escape(first, quote=True)}">{title}</a>{extra}'
    if source.source and source.source != source.title:
        return f"{title} ({escape(truncate(source.source, 80))})"
    return title


def source_urls(text: str, limit: int = 3) -> list[str]:
    """The distinct http(s) URLs in a source field, each clean enough to be a link target."""
    urls: list[str] = []
    for match in _URL.finditer(text):
        for candidate in _URL_SEPARATORS.split(match.group(0)):
            url = candidate.rstrip(_URL_TRAILING + ".,;")
            if _is_link(url) and url not in urls:
                urls.append(url)
    return urls[:limit]


def _is_link(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme in ("http", "https") and "." in parsed.netloc


def render_messages(body: str, footer_html: str = "", limit: int = MESSAGE_LIMIT) -> list[str]:
    """Escaped `body` split to fit, with the pre-rendered HTML `footer_html` appended to the last piece.

    The footer goes into its own message when it does not fit after the body.
    """
    pieces = [escape(piece) for piece in split_text(body, limit)]
    if footer_html:
        if pieces and visible_len(pieces[-1]) + 2 + visible_len(footer_html) <= limit:
            pieces[-1] += "\n\n" + footer_html
        else:
            pieces.append(footer_html)
    return pieces


def truncate(text: str, limit: int) -> str:
    """`text` cut to `limit` characters with an ellipsis (for echoes, captions and /stats lines)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: max(limit - 1, 0)] + "…"
