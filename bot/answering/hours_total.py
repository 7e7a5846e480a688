"""The reference training hours added up for the levels a trainer plans ("排五级到三级的课程…三个级别加起来多少",
"从五级一路培训到一级 最少学时一共多少？平台管理员呢"): each level's figure and the sum, from the rules file; and
each level's figure for a follow-up that names only levels after the hours were asked ("五级要多少学时" … "技师和高级技师呢")."""
from __future__ import annotations

import re

from bot.eligibility.rules import RuleSet
from bot.answering.understanding import levels_named
from bot.eligibility.vocabulary import levels_said
from bot.language import mandarin_words, to_simplified
from bot.texts import Templates
from bot.types import Source

_HOURS = re.compile(r"学时|课时|(?:多少|几|\d+)\s*(?:个)?(?:堂|节课|个钟|个小时)|\bhours?\b|\bhrs?\b", re.I)  # ("五級要上幾多堂")
_TOTAL = re.compile(r"加起来|一共|合计|总共|总计|共要|加埋|加总|\bin\s+total\b|\baltogether\b|\btotal\b|\badd(?:ed)?\s+up\b", re.I)
FOLLOW_UP_MAX = 24  # "加起来呢", "and in total?": short enough to ask of the hours named just before
_ALL_LEVELS = re.compile(r"五个(?:等)?级|所有(?:等)?级|全部(?:等)?级|一路[^，,。？?]{0,6}到一级|\ball\s+(?:five|5)\s+levels\b|\bevery\s+level\b", re.I)
# Two levels as bare numbers, one a span's start and the other its end ("go from 5 up to 3", "从5到3")
_LEVEL_SPAN = re.compile(r"\bfrom\s+(?:level\s*|lvl\s*|l)?([1-5])\s+(?:all\s+the\s+way\s+)?(?:up\s+)?to\s+(?:level\s*|lvl\s*|l)?([1-5])\b"
                         r"|从\s*([1-5])\s*(?:级)?\s*(?:一路)?(?:考|培训|升)?到\s*([1-5])\s*级?", re.I)
# "一级一级咁上", "一级一级地考": one level after another (no level named)
_STEP_BY_STEP = re.compile(r"一级一级|一级级|一步一步|\blevel\s+by\s+level\b|\bstep\s+by\s+step\b", re.I)
# The one level named as where the climb ends ("去到三级", "考到三级", "get to level 3", "up to 3")
_UP_TO_A_LEVEL = re.compile(r"(?:去到|考到|升到|上到|读到|到)\s*(?:[一二三四五1-5]\s*级|技师|高级技师|高级工|中级工)"
                            r"|\b(?:get|getting|go|going|reach|reaching|climb|up)\s+(?:all\s+the\s+way\s+)?(?:up\s+)?(?:to\s+)?(?:level\s*|lvl\s*|l)[1-5]\b", re.I)
_PLATFORM_ADMIN = re.compile(r"平台管理员|platform\s+admin", re.I)
# A message of levels only ("那四级三级呢", "技师和高级技师呢", "and level 2?", "L1 and L2?")
_LEVEL_NAME = r"(?:[一二三四五1-5]\s*级|高级技师|技师|高级工|中级工|初级工|level\s*[1-5]|\bl[1-5]\b)"
_LEVELS_ONLY = re.compile(r"\W*(?:\d{2,3}\s*(?:学时|课时|hours?)?\s*(?:是吧|对吧|对吗|吗|\bright\b|\bok\b)?[\s,，。!！?？]*)?"  # ("120是吧 那四级三级呢")
                          r"\W*(?:那|咁|噉|还有|仲有|\band\b|\bwhat about\b|\bhow about\b|\bok\b)?\s*" + _LEVEL_NAME
                          + r"(?:\s*(?:和|同|跟|与|及|、|/|,|，|\band\b|&)?\s*" + _LEVEL_NAME + r")*\s*(?:呢|嘅呢|的呢|呀|啊|嘞)?"
                          # ("一级和二级一样吗", "are L1 and L2 the same?": the two levels' hours side by side)
                          r"(?:\s*(?:(?:是)?一样(?:吗|嘛|不|么)?|一样多(?:吗)?|(?:系咪)?一样|\bthe same\b\??))?\W*", re.I)


def hours_named(text: str) -> bool:
    """Training hours named (Mandarin words, English as typed): "学时", "课时", "hours"."""
    return bool(_HOURS.search(text))


def hours_total_asked(question: str, before: str = "") -> bool:
    """A total of hours asked, the hours named in the message or in the one before ("…每级学时？" then "加起来呢")."""
    return bool(_TOTAL.search(question) and (_HOURS.search(question) or (len(question) <= FOLLOW_UP_MAX and _HOURS.search(before))))


def hours_total_reply(question: str, before: str, lang_code: str, rules: RuleSet, templates: Templates) -> tuple[str, list[Source]] | None:
    """The sum asked for, with each level's figure; None when no total of hours is asked or no levels can be told.
    `question` and `before` (the asker's message before it) are in Mandarin words, English as typed."""
    if not hours_total_asked(question, before):
        return None
    w = lambda key, **values: templates.text(lang_code, "answers", key, **values)  # noqa: E731
    lang = "en" if lang_code == "en" else "zh"
    groups: list[tuple[str | None, tuple[int, ...]]] = []
    question = _STEP_BY_STEP.sub(" ", question)  # ("一级一级咁上": level by level, no level named)
    span = _LEVEL_SPAN.search(question)
    named = levels_said(question) or (tuple(int(digit) for digit in span.groups() if digit) if span else ()) \
        or (levels_said(before) if not _ALL_LEVELS.search(question) else ())
    if len(named) == 1 and _UP_TO_A_LEVEL.search(question) and not levels_said(before):
        named = (5, named[0])  # ("去到三级总共要培训几多个钟", "how many hours in total to get to level 3"): from the bottom up to it
    if len(named) >= 2:
        groups.append((None, tuple(range(max(named), min(named) - 1, -1))))
    elif _ALL_LEVELS.search(question) or _ALL_LEVELS.search(before) or (not named and not _PLATFORM_ADMIN.search(question)):
        groups.append((None, tuple(sorted(rules.training_hours, reverse=True))))
    if _PLATFORM_ADMIN.search(question):
        track = next((job for job in rules.job_types if job.code == "platform_administrator"), None)
        if track is not None:
            groups.append((track.name(lang), tuple(sorted(track.levels, reverse=True))))
    if not groups:
        return None
    separator = w("hours_total_plus")
    lines = []
    for who, levels in groups:
        if any(level not in rules.training_hours for level in levels):
            return None
        parts = separator.join(w("hours_total_part", level=rules.level_name(level, lang), hours=rules.training_hours[level]) for level in levels)
        total = sum(rules.training_hours[level] for level in levels)
        key = "hours_total_track" if who else "hours_total_line"
        lines.append(w(key, parts=parts, total=total, track=who or ""))
    lines.append(w("hours_total_note"))
    source = Source(title=rules.standard_name(lang), source=rules.standard_sources[0], section=w("hours_total_section"))
    return "\n".join(lines), [source]


# The hours of every level asked at once ("min training hours per level?", "每级学时多少", "各个等级要培训多久")
_PER_LEVEL = re.compile(r"\bper\s+level\b|\b(?:each|every)\s+level\b|\bby\s+level\b|\bfor\s+all\s+(?:the\s+)?levels\b|每(?:一|个)?级|各(?:个)?(?:等)?级|每个等级|分别(?:是)?多少", re.I)


def hours_per_level_reply(question: str, lang_code: str, rules: RuleSet, templates: Templates) -> tuple[str, list[Source]] | None:
    """Every level's reference hours, for a question on the hours of each level with none named ("and min training
    hours per level?"); None otherwise. `question` is in Mandarin words, English as typed."""
    if not (_HOURS.search(question) and _PER_LEVEL.search(question)) or levels_said(question) or _TOTAL.search(question):
        return None
    return _each_levels_hours(sorted(rules.training_hours, reverse=True), lang_code, rules, templates)


def hours_of_levels_reply(question: str, earlier: list[str], lang_code: str, rules: RuleSet, templates: Templates) -> tuple[str, list[Source]] | None:
    """Each named level's reference hours, for a message of levels only ("技师和高级技师呢") that follows a question on
    training hours, with only such messages between ("五级要多少学时" / "120是吧 那四级三级呢" / "技师和高级技师呢");
    None otherwise. `question` is in Mandarin words; `earlier` are the asker's messages before it as typed, oldest first
    (read only when the question is levels only: this runs after most answers)."""
    if not _LEVELS_ONLY.fullmatch(question.strip()):
        return None
    for said in (mandarin_words(to_simplified(text)) for text in reversed(earlier)):
        if _HOURS.search(said):
            break
        if not _LEVELS_ONLY.search(said) or not levels_named(said):
            return None  # (another question came between: the levels are asked of that one)
    else:
        return None
    levels = [level for level in levels_named(question) if level in rules.training_hours]
    if not levels:
        return None
    return _each_levels_hours(levels, lang_code, rules, templates)


def _each_levels_hours(levels, lang_code: str, rules: RuleSet, templates: Templates) -> tuple[str, list[Source]]:
    """Each of `levels` with its reference hours, in one line, and the note on what the figures are."""
    w = lambda key, **values: templates.text(lang_code, "answers", key, **values)  # noqa: E731
    lang = "en" if lang_code == "en" else "zh"
    parts = w("hours_each_separator").join(w("hours_total_part", level=rules.level_name(level, lang), hours=rules.training_hours[level])
                                          for level in levels)
    lines = [w("hours_each_line", parts=parts), w("hours_total_note")]
    source = Source(title=rules.standard_name(lang), source=rules.standard_sources[0], section=w("hours_total_section"))
    return "\n".join(lines), [source]

