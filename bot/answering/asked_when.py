"""The later month an eligibility question asks about ("明年7月能报四级了吧", "can I sit level 3 in summer 2027?")."""
from __future__ import annotations

import re
from datetime import date

import bot.eligibility.vocabulary as vocab

_MONTH_NUMBER = r"(?P<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?"
# A part of a year, as the last month it can mean: "年底" the year's end, "上半年" June, "summer" August.
_PART_ZH = {"年初": 3, "初": 3, "上半年": 6, "年中": 7, "下半年": 12, "年底": 12, "年尾": 12, "底": 12,
            "春天": 5, "夏天": 8, "秋天": 11}
_PART_EN = {"early": 3, "spring": 5, "mid": 7, "middle of": 7, "summer": 8, "autumn": 11, "fall": 11, "late": 12,
            "end of": 12, "the end of": 12}
_MONTHS_EN = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_PARTS_ZH = "|".join(sorted(_PART_ZH, key=len, reverse=True))
_YEAR_ZH = r"(?P<which>明年|后年|今年|(?P<number>20\d\d|(?<!\d)2[6-9])\s*年)"
_WHEN_ZH = re.compile(_YEAR_ZH + r"\s*(?:的)?\s*(?:" + _MONTH_NUMBER + r"|(?P<part>" + _PARTS_ZH + r"))?"
                      r"|(?P<end>年底|年尾)")
# The date is said of applying: an apply verb follows in the same clause, with no other event between
# ("明年毕业…", "明年考到五级…" are other events: a graduation, a certificate supposed).
_APPLY_AFTER_ZH = re.compile(r"[^，,。；;!！?？]{0,6}?(?:报|考|申报|申请|报名|报考)(?!到|完|过|出|下来了)")
_OTHER_EVENT_ZH = re.compile(r"毕业|拿到|拿证|考到|考完|考过|考出|入职|辞职|开始|退休|结业|读完|满\d|满[一二两三四五六七八九十]")
_YEAR_EN = r"(?P<year>20\d\d)"
_WHEN_EN = re.compile(
    r"\b(?:(?P<part>early|mid|middle\s+of|late|(?:the\s+)?end\s+of|spring|summer|autumn|fall)\s+(?:of\s+)?(?:" + _YEAR_EN + r"|(?P<next>next\s+year|this\s+year))"
    r"|next\s+(?P<season>spring|summer|autumn|fall|year)|next\s+(?P<nmonth>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"|(?P<mname>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<myear>20\d\d)"
    r"|(?:in|by|before|around)\s+(?P<bare>20\d\d))\b", re.I)
_APPLY_EN = re.compile(r"\b(?:apply|sit|take|register|go\s+for|qualify|be\s+eligible|enrol+|do|try|attempt)\b", re.I)
_ASKS_EN = re.compile(r"\b(?:can|could|will|would|am|is|are)\s+(?:i|he|she|they|we|my|our)\b|\?\s*$", re.I)
_OTHER_EVENT_EN = re.compile(r"\b(?:graduat\w*|get|got|pass|passed|finish\w*|obtain\w*|complet\w*|start\w*|quit)\b[^,.;?]{0,20}$"
                             # ("if I take the 72-hour training next year, when can I apply?": the training's date)
                             r"|\b(?:training|course|class|classes|programme|program|degree|diploma)\b[^,.;?]{0,12}$", re.I)


# Waiting until the date is applying then ("如果等到明年三月呢", "if I wait until next March?"), and so is a date
# asked about alone after the case ("那明年三月呢", "and by June 2027?")
_WAIT_BEFORE_ZH = re.compile(r"(?:等到|等|到时候?|到了)\s*$")
_ONLY_THE_DATE_ZH = re.compile(r"\s*(?:的话|再说|再报|再考)?\s*(?:呢|吧|啊|得不得|行不行|可不可以|可以吗|行吗|够不够|够吗)?\s*[?？]?\s*$")
_WAIT_EN = re.compile(r"\b(?:wait|hold\s+off|hang\s+on)\s+(?:until|till|til|for)\b|^\W*(?:and|so|ok|what\s+about|how\s+about)?\s*(?:by|in|at)?\s*$", re.I)
_ONLY_THE_DATE_EN = re.compile(r"\s*(?:then|instead)?\s*[?？]?\s*$", re.I)


def asked_when(question: str, today: date) -> tuple[int, int] | None:
    """(year, month) of the latest month a question about applying names, when it lies ahead of `today`;
    None when it names none, or the date is of another event ("明年毕业能考四级吗": the graduation's).
    `question` is the message in Mandarin words (and English as typed)."""
    for match in _WHEN_ZH.finditer(question):
        after = _APPLY_AFTER_ZH.match(question, match.end())
        waits = _WAIT_BEFORE_ZH.search(question[:match.start()]) or _ONLY_THE_DATE_ZH.match(question, match.end())
        if (after is None and not waits) or (after is not None and _OTHER_EVENT_ZH.search(after.group(0))):
            continue
        when = _zh_month(match, today)
        if when is not None and _ahead(when, today):
            return when
    for match in _WHEN_EN.finditer(question):
        sentence = re.split(r"[.?!]\s", question[:match.start()])[-1]
        rest = question[match.end():]
        waits = _WAIT_EN.search(sentence) or _ONLY_THE_DATE_EN.match(rest)
        if not waits and (not (_APPLY_EN.search(sentence) or _APPLY_EN.match(rest.lstrip(" ,"))) or not _ASKS_EN.search(sentence + question[match.start():])):
            continue
        if _OTHER_EVENT_EN.search(sentence):
            continue  # "after I graduate in June 2027, can I…": the date is the graduation's
        when = _en_month(match, today)
        if when is not None and _ahead(when, today):
            return when
    return None


def _zh_month(match: re.Match, today: date) -> tuple[int, int] | None:
    if match.group("end"):
        return today.year, 12
    which = match.group("which")
    year = today.year + 1 if which == "明年" else today.year + 2 if which == "后年" else today.year if which == "今年" \
        else int(match.group("number")) if len(match.group("number")) == 4 else 2000 + int(match.group("number"))
    if match.group("month"):
        return year, int(vocab.number(match.group("month")))
    if match.group("part"):
        return year, _PART_ZH[match.group("part")]
    return (year, 12) if year > today.year else None  # ("今年能考吗": this year, as of now)


def _en_month(match: re.Match, today: date) -> tuple[int, int] | None:
    if match.group("mname"):
        return int(match.group("myear")), _MONTHS_EN.index(match.group("mname").lower()[:3]) + 1
    if match.group("bare"):
        year = int(match.group("bare"))
        return (year, 12) if year > today.year else None
    if match.group("nmonth"):
        month = _MONTHS_EN.index(match.group("nmonth").lower()[:3]) + 1
        return (today.year + 1 if month <= today.month else today.year), month
    if match.group("season"):
        season = match.group("season").lower()
        if season == "year":
            return today.year + 1, 12
        year = today.year + 1 if _PART_EN[season] <= today.month else today.year
        return year, _PART_EN[season]
    part = re.sub(r"\s+", " ", match.group("part").lower())
    year = int(match.group("year")) if match.group("year") else today.year + ("next" in match.group("next").lower())
    return year, _PART_EN[part]


def _ahead(when: tuple[int, int], today: date) -> bool:
    return when > (today.year, today.month)
