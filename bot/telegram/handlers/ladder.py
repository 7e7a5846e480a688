"""The career-ladder picture for /levels: five levels, who reaches which, training hours, years.

Drawn with Pillow from the rules file (levels, job types, training hours, the certificate route's
years), labelled in the asker's language; Chinese needs a CJK font (wqy-microhei shipped by the
`paperang-p2-fonts-cjk` package, else a system CJK font). PNG bytes are cached per language/script.
"""
from __future__ import annotations

import importlib.resources
import io
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from bot.eligibility.render import plain_number
from bot.language import Lang, localize

log = logging.getLogger(__name__)

SYSTEM_CJK_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/msyh.ttc",
)
WIDTH, ROW, TOP, BOTTOM = 1400, 118, 190, 120
LEVELS = (1, 2, 3, 4, 5)  # drawn top to bottom: level 1 is the top of the ladder
STEP_COLOURS = {5: "#cfe3f7", 4: "#a9cdf0", 3: "#7fb3e6", 2: "#4f93d6", 1: "#2a6fb8"}
INK, MUTED, GOOD, TEMPLATE = "#1d2733", "#6b7785", "#1f8a4c", "#c26a00"


@dataclass(frozen=True)
class Route:
    """The certificate route into a level: years after the level below's certificate."""

    options: tuple[tuple[float, bool], ...]  # (years, formal training also required)
    confirmed: bool


def certificate_routes(rules) -> dict[int, Route]:
    """For levels 4..1: the routes that need only the certificate one level down, years and training."""
    routes: dict[int, Route] = {}
    for level, conditions in rules.levels.items():
        options = [
            (c.min_years_after_certificate, c.requires_formal_training, c.confirmed)
            for c in conditions
            if c.required_certificate_level == level + 1 and c.min_years_after_certificate is not None
            and c.education is None and not c.requires_preparatory_technician_certificate
        ]
        if options:
            routes[level] = Route(tuple(sorted((y, t) for y, t, _ in options)), all(ok for _, _, ok in options))
    return routes


@lru_cache(maxsize=1)
def font_path() -> str | None:
    """The bundled wqy-microhei font, else the first system CJK font found."""
    try:
        bundled = importlib.resources.files("paperang_p2_fonts_cjk") / "fonts" / "wqy-microhei.ttc"
        if bundled.is_file():
            return str(bundled)
    except (ModuleNotFoundError, FileNotFoundError, TypeError):
        pass
    for candidate in SYSTEM_CJK_FONTS:
        if Path(candidate).is_file():
            return candidate
    log.warning("no CJK font found: Chinese labels in the ladder picture will not render")
    return None


@lru_cache(maxsize=16)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = font_path()
    if path is None:
        return ImageFont.load_default(size)
    return ImageFont.truetype(path, size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    """Lines of at most `width` pixels: English breaks between words, Chinese anywhere."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        tokens = paragraph.replace("-", "- ").split(" ") if paragraph.isascii() else list(paragraph)
        joiner = " " if paragraph.isascii() else ""
        line = ""
        for token in tokens:
            glue = "" if line.endswith("-") else joiner
            candidate = f"{line}{glue}{token}" if line else token
            if draw.textlength(candidate, font=font) <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = token
        lines.append(line)
    return lines


class LadderRenderer:
    """Renders (and caches) the ladder PNG per interface language."""

    def __init__(self, rules, ui):
        self.rules = rules
        self.ui = ui
        self.routes = certificate_routes(rules)
        self._cache: dict[tuple[str, bool], bytes] = {}

    def png(self, lang: Lang) -> bytes:
        key = (lang.code, lang.traditional)
        if key not in self._cache:
            self._cache[key] = self._render(lang)
        return self._cache[key]

    def _t(self, lang: Lang, key: str, **values) -> str:
        return self.ui.plain(lang, key, **values)

    def _level_short(self, level: int, lang: Lang) -> str:
        return self.rules.level_name(level, lang.code).split("/")[0].strip()

    def _render(self, lang: Lang) -> bytes:
        jobs = self.rules.job_types
        height = TOP + ROW * len(LEVELS) + BOTTOM
        image = Image.new("RGB", (WIDTH, height), "white")
        draw = ImageDraw.Draw(image)
        draw.text((40, 28), self._t(lang, "ladder_title"), font=_font(40), fill=INK)
        draw.text((40, 84), self._t(lang, "ladder_subtitle"), font=_font(22), fill=MUTED)
        headers = ((40, "ladder_col_level"), (470, "ladder_col_hours"), (610, "ladder_col_route"))
        for x, key in headers:
            draw.text((x, TOP - 44), self._t(lang, key), font=_font(20), fill=MUTED)
        job_x0, job_w = 900, (WIDTH - 920) // len(jobs)
        for i, job in enumerate(jobs):
            for j, line in enumerate(_wrap(draw, job.name(lang.code), _font(18), job_w - 8)[:3]):
                draw.text((job_x0 + i * job_w + job_w // 2, TOP - 70 + j * 21), self._localised(line, lang),
                          font=_font(18), fill=INK, anchor="ma")
        for row, level in enumerate(LEVELS):
            self._draw_row(draw, lang, level, TOP + row * ROW, jobs, job_x0, job_w)
        footer = self._t(lang, "ladder_footer")
        for j, line in enumerate(_wrap(draw, footer, _font(18), WIDTH - 80)[:4]):
            draw.text((40, height - BOTTOM + 22 + j * 24), line, font=_font(18), fill=MUTED)
        out = io.BytesIO()
        image.save(out, format="PNG", optimize=True)
        return out.getvalue()

    def _localised(self, text: str, lang: Lang) -> str:
        return localize(text, lang)

    def _draw_row(self, draw, lang: Lang, level: int, y: int, jobs, job_x0: int, job_w: int) -> None:
        step = 6 - level  # 1 for level 5 (the bottom step) ... 5 for level 1
        bar_w = 160 + step * 52
        draw.rounded_rectangle((40, y + 10, 40 + bar_w, y + ROW - 10), radius=10, fill=STEP_COLOURS[level])
        text_fill = "white" if level <= 2 else INK
        name = self._localised(self.rules.level_name(level, lang.code), lang)
        lines = _wrap(draw, name, _font(22), bar_w - 24)[:3]
        for j, line in enumerate(lines):
            draw.text((56, y + ROW // 2 - 13 * len(lines) + j * 26), line, font=_font(22), fill=text_fill)
        hours = self.rules.training_hours.get(level)
        if hours:
            draw.text((470, y + ROW // 2 - 12), self._t(lang, "ladder_hours", hours=hours), font=_font(22), fill=INK)
        self._draw_route(draw, lang, level, 610, y)
        for i, job in enumerate(jobs):
            cx, cy = job_x0 + i * job_w + job_w // 2, y + ROW // 2
            if level in job.levels:
                draw.ellipse((cx - 17, cy - 17, cx + 17, cy + 17), fill=GOOD)
                draw.line((cx - 8, cy, cx - 2, cy + 7, cx + 9, cy - 7), fill="white", width=4)
            else:
                draw.line((cx - 14, cy, cx + 14, cy), fill="#c3c9d0", width=4)

    def _draw_route(self, draw, lang: Lang, level: int, x: int, y: int) -> None:
        route = self.routes.get(level)
        if route is None:
            draw.text((x, y + ROW // 2 - 12), self._t(lang, "ladder_entry"), font=_font(20), fill=INK)
            return
        below = self._localised(self._level_short(level + 1, lang), lang)
        options = [self._t(lang, "ladder_years_training" if training else "ladder_years", years=plain_number(years))
                   for years, training in route.options]
        text = self._t(lang, "ladder_route", level=below, options=self._t(lang, "ladder_or").join(options))
        lines = _wrap(draw, text, _font(19), 270)[:2]
        for j, line in enumerate(lines):
            draw.text((x, y + 22 + j * 24), line, font=_font(19), fill=INK)
        status_key, colour = ("ladder_confirmed", GOOD) if route.confirmed else ("ladder_template", TEMPLATE)
        draw.text((x, y + 24 + len(lines) * 24), self._t(lang, status_key), font=_font(17), fill=colour)


