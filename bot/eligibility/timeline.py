"""A person's work over time from the dates they give, across their messages: stretches of this work,
the breaks and other work between them, and the months of this work up to today.

Read only where the dates show a gap ("2020年9月入行做主播" … "2022年3月到2023年9月轉咗去酒樓做樓面" …
"之後返嚟做主播做到而家"): the months of this work are the stretches before and after it. Dates said as a
year alone count the least they can (a start from the year's December, a stop from its January), so
the figure is "at least", like the other figures worked out from a date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

import bot.eligibility.vocabulary as vocab
from bot.eligibility.profile import _PART_MONTH, Profile, _full_years, _month_of, left_on_a_date, range_ends, years_back


@dataclass(frozen=True)
class Timeline:
    months: int  # months of this work, up to today
    months_out: int  # months between its stretches: breaks, or other work
    stretches: tuple[tuple[int, int], ...] = ()  # (first, last) month numbers of each stretch of this work
    # the month a break began when no start of the work before it was said ("stopped streaming jan 2023 to dec
    # 2024"): that work ran up to it from a month not said, so it is left out of `months`
    worked_until: int | None = None

    def months_after(self, month: int) -> int:
        """The months of this work from `month` (a month number, year * 12 + month - 1) on: the work since a
        certificate dated then (work up to a break, its start not said, counted from that month)."""
        before = max(self.worked_until - month, 0) if self.worked_until is not None else 0
        return before + sum(max(last - max(first, month), 0) for first, last in self.stretches)


@dataclass(frozen=True)
class _Event:
    at: int  # position in the text
    kind: str  # start | restart | stop | field | other | break | break_until | resume (back after the last stretch out, no date)
    first: int = 0  # month number (year * 12 + month - 1)
    last: int = 0  # for a stretch between two dates


# A break, or other work, said of a stretch between two dates ("2022年3月到2023年9月转去酒楼做楼面").
_BREAK = re.compile(r"停|休息|歇|当兵|服兵役|参军|入伍|没做|冇做|没播|冇播|没干|冇开工|没上班|生\s*bb|生孩子|生宝宝|生娃|怀孕|产假|带娃|带孩子|坐月子|读书|进修|"
                    r"\bbreak\b|\boff\b|maternity|\bgap\b|\bpaused?\b|\bstopped\b|\bquit\b"
                    # ("stayed home with my kid 2019–2024")
                    r"|\bstay(?:ed|ing)?\s+(?:at\s+)?home\b|\bwith\s+(?:my|the|our)\s+(?:kid|kids|baby|child|children|son|daughter)\b", re.I)
_MOVED_AWAY = re.compile(r"转(?:了|咗)?去|跳槽去|改行|跑去|\bswitched to\b|\bmoved to\b|\bwent to\b", re.I)
_START = re.compile(r"^\s*(?:年)?\s*(?:\d{1,2}\s*月)?(?:份|初|中|底|尾)?\s*(?:[0-3]?\d\s*[号日])?\s*(?:就|正式|才)?(?:开始|起|入行|入职|开播|出道|(?:一直)?(?:到现在|至今|到而家))"
                    r"|^\s*(?:年)?\s*(?:\d{1,2}\s*月)?(?:份)?\s*(?:就|才)?(?:做|干|播)"
                    r"|^\s*(?:to|till|until|up\s+to|through|[-–—~])\s*(?:now|today|present|date)\b|^\s*onwards?\b", re.I)
_START_BEFORE = re.compile(r"(?:从|自从?|由|\bsince|\bstarted(?:\s+\w+){0,8}(?:\s+in)?|\bbegan(?:\s+\w+){0,8}(?:\s+in)?|\bjoined(?:\s+\w+){0,8}(?:\s+in)?)\s*"
                           r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?$", re.I)
_RESTART = re.compile(vocab.WORK_RESTARTED, re.I)
_STOP = re.compile(r"^\s*(?:年)?\s*(?:\d{1,2}\s*月)?(?:份|初|中|底|尾)?\s*(?:就|因为)?[^，,。.;]{0,8}?(?:停|不做了|冇做|没做|离职|辞职|转行|生\s*bb|生孩子|生宝宝|怀孕)"
                   r"|^\s*(?:年)?[^，,。.;]{0,6}\b(?:stopped|quit|left|paused)\b", re.I)
_STOP_BEFORE = re.compile(r"\b(?:stopped|quit|left|paused)\b(?:\s+\w+){0,4}\s+(?:in|on|around)?\s*$"
                          # ("streamed till june 2024, then a 1 year break": the work said up to a date)
                          r"|\b(?:streamed|worked|sold|hosted|selling|streaming|working)\s+(?:till|until|up\s+to|through)\s*$", re.I)
_YEAR_OFF = re.compile(r"(\d{4})\s*年?，有一年没")
_TILL_NOW = re.compile(r"到现在|至今|到而家|做到而家|到宜家|直到现在|till now|until now|to date|up to now|to present|\bnow\b|\bstill\b", re.I)
_THEN = re.compile(vocab.THEN_SAID, re.I)


def work_timeline(messages: list[str], today: date) -> Timeline | None:
    """The months of this work on the dates said across `messages` (simplified Chinese or English, in
    order), when they show a stretch out between stretches of it; None otherwise."""
    text = _placed_months_in_a_year(_placed_first_stretch(_full_years("。".join(m.strip().lower() for m in messages))))
    if _work_duration_said(text):
        return None  # "2020 I was a 选品 assistant for a year": a stretch with no dates, which the dates cannot place
    events = _events(text, today)
    now = today.year * 12 + today.month - 1
    cursor: int | None = None
    resume_at: int | None = None  # where a stretch out ended, for "之后返嚟做到而家"
    months_out = 0
    worked_until: int | None = None
    other_first = False  # other work said before any of this work: a break after it follows no work of this kind
    spans: list[tuple[int, int]] = []  # the stretches of this work; their count and months follow from them
    for event in events:
        if event.kind in ("start", "restart"):
            if cursor is None:
                if resume_at is not None:  # back after a break, other work or a stretch of this work that ended
                    months_out += max(event.first - resume_at, 0)
                cursor = event.first
            resume_at = None
        elif event.kind == "field":
            spans.append((event.first, event.last))
            cursor, resume_at = None, event.last  # "Jan–Aug 2021 as a host, then nothing, then Mar 2023 to now"
        elif event.kind in ("other", "break"):
            if cursor is not None:
                spans.append((cursor, event.first))
                cursor = None
            elif not spans and event.kind == "break" and resume_at is None and worked_until is None and not other_first:
                worked_until = event.first  # a break before any stretch said: the work before it, start not said
            elif not spans:
                other_first = other_first or event.kind == "other"
                continue  # other work before any of this work is not a stretch out of it
            months_out += max(event.last - event.first, 0)
            resume_at = event.last
        elif event.kind == "stop" and cursor is not None:
            spans.append((cursor, event.first))
            cursor, resume_at = None, event.first
        elif event.kind == "stop" and not spans and worked_until is None and resume_at is None:
            # ("之后做销售 2021年12月停咗": the work before a stop, its start not said)
            worked_until = resume_at = event.first
        elif event.kind == "break_until" and cursor is None and resume_at is not None:
            # "worked Jan 2023–Aug 2024, maternity leave until Feb 2025": out from the stretch's end to that date
            months_out += max(event.first - resume_at, 0)
            resume_at = max(event.first, resume_at)
        elif event.kind == "resume" and cursor is None and resume_at is not None:
            cursor, resume_at = resume_at, None
    if cursor is not None:
        spans.append((cursor, now))
    months = sum(max(last - first, 0) for first, last in spans)
    if len(spans) + (worked_until is not None) < 2 or not months_out or months <= 0:
        return None
    return Timeline(months, months_out, tuple(spans), worked_until)


def dated_profile(profile: Profile, messages: list[str], today: date) -> Profile:
    """`profile` with the years of this work the dates across `messages` show, when they show a stretch out of it
    ("2020年9月入行" … "2022年3月到2023年9月轉咗去酒樓" … "之後返嚟做到而家"); as it was otherwise."""
    timeline = work_timeline(messages, today)
    if timeline is None:
        return profile
    if timeline.worked_until is not None and profile.certificate_age is None:
        return profile  # work up to a break, its start not said, and no certificate's date to count it from
    dated = {}
    certified = today.year * 12 + today.month - 1 - round(profile.certificate_age * 12) if profile.certificate_age is not None else None
    # (or a figure said of the first stretch, which the dates carry on: "2020年6月拿的电子商务师三级 之后做了两年电商运营
    # 2022年7月到2024年6月出国读书 2024年7月回来做选品到现在")
    since = timeline.months_after(certified) if certified is not None else None
    if since is not None and (profile.years_since_from_date or profile.years_since_certificate is None
                              or profile.years_since_certificate * 12 < since):
        # "22年6月拿的五级" … "22年6月到23年底在杭州播" … "24年全年去做外卖骑手" … "25年1月又回来继续播": the
        # stretches after the certificate's month are the years since it
        dated = dict(years_since_certificate=round(since / 12, 4), years_since_from_date=True)
    if timeline.worked_until is not None:
        # ("got level 4 in aug 2021" … "stopped streaming jan 2023 to dec 2024, back since jan 2025"): the years
        # since the certificate, the work before the break counted from its date; the total is not said
        return replace(profile, years_total=None, years_total_from_date=None, break_taken_out=True,
                       years_total_at_most=None, **dated)
    return replace(profile, years_total=round(timeline.months / 12, 4), years_total_from_date=True, break_taken_out=True,
                   years_total_at_most=None, **dated)


def _events(text: str, today: date) -> list[_Event]:
    # "今年6月开始", "去年3月": relative years with a month, written out as calendar years first
    text = re.sub(r"(今年|去年|上年|前年)(?=\s*(?:1[0-2]|0?[1-9])\s*月)", lambda r: f"{today.year - years_back(r.group(1))}年", text)
    text = left_on_a_date(text)
    text = re.sub(r"\bon[\s-]+(?:and|&|n)[\s-]+off\b", "intermittently", text)  # ("on and off: 2019 jan-dec, …": no break said)
    events: list[_Event] = []
    taken: list[tuple[int, int]] = []
    for m in vocab.DATE_RANGE.finditer(text):
        said = text[m.end():_clause_end(text, m.end())]
        # ("i stopped from sept 2024 to…", "took a break from …", "stopped streaming jan 2023 to dec 2024"; within its clause)
        before = re.split(r"[，,。.;；]", text[max(0, m.start() - 24):m.start()])[-1]
        said = re.split(r",\s*(?:then|and then|after that|later)\b", said)[0]  # ("Mar 2021 – Aug 2022, then I was a delivery rider": after it)
        said = re.split(r"\s(?=(?:19|20)\d{2})", said)[0]  # ("2019至2021做服装铺销售 2022至今做直播": the next date starts the next stretch)
        if re.search(r"\b(?:worked|working|streamed|streaming|hosted|hosting|sold|selling)\s*(?:from\s*)?$", text[max(0, m.start() - 24):m.start()], re.I):
            said = said.split(",")[0]  # ("she worked Jan 2023–Aug 2024, maternity leave until Feb 2025": the leave is the next clause's)
        # ("在工厂上班（跟电商无关）": the field named only to say it is not this work)
        own = re.sub(r"(?:跟|和|与|同)[^，,。]{0,6}(?:无关|没关系|没有关系|不相关)|not related to [^,.;]{0,20}|nothing to do with [^,.;]{0,20}", " ", said.split("，")[0])
        # (the work said before the dates in their sentence: "I was a salesperson (营销员) in a mall for 4 yrs, 2015–2019")
        sentence = re.split(r"[。;；!?！？]|(?<=\D)[.](?=\s|$)", text[max(0, m.start() - 80):m.start()])[-1]
        # ("did car sales at a dealership 2016-2020, 营销员 type job": what follows the dates names no work of this occupation)
        other_before = bool(re.search(vocab.OTHER_WORK, sentence)) and not re.search(vocab.FIELD_WORK, sentence) \
            and not re.search(vocab.FIELD_WORK, said)
        # (other work at a place of this trade is other work: "20年到22年在一家淘宝店做客服", customer service at a Taobao shop)
        other_role = re.search(vocab.OTHER_WORK, own) and not re.search(vocab.FIELD_ROLE_WORK, own)
        # (a break said in a later clause is not the stretch's own: "2023年3月到2024年3月做主播，之后停咗半年")
        kind = "break" if (_BREAK.search(said) and not (re.search(vocab.FIELD_WORK, own) and not _BREAK.search(own))) or _BREAK.search(before) else \
            "other" if ((re.search(vocab.OTHER_WORK, said) or _MOVED_AWAY.search(said)) and not re.search(vocab.FIELD_WORK, own)) \
            or other_role or other_before else "field"
        first, last = _range_months(m, kind == "field")
        if first is None or last <= first:
            continue
        events.append(_Event(m.start(), kind, first, last))
        taken.append((m.start(), m.end()))
    for m in _OTHER_STRETCH.finditer(text):
        # ("2021年1月进了广东一个厂上班 一直到2023年底 那几年没直播": other work between two dates said apart)
        if any(a <= m.start() < b for a, b in taken) or re.search(vocab.FIELD_WORK, m.group("work")):
            continue
        first = int(m.group("y1")) * 12 + _month_said(m.group("m1"), m.group("p1"), 1) - 1
        last = int(m.group("y2")) * 12 + _month_said(m.group("m2"), m.group("p2"), 12)
        if last > first:
            events.append(_Event(m.start(), "other", first, last))
            taken.append((m.start(), m.end()))
    for m in _YEAR_OFF.finditer(text):  # "2023年全年没播" (written "2023，有一年没" by _full_years)
        year = int(m.group(1))
        events.append(_Event(m.start(), "break", year * 12, year * 12 + 12))
        taken.append((m.start(), m.end()))
    years = [m for m in vocab.CALENDAR_YEAR.finditer(text) if not any(a <= m.start() < b for a, b in taken)]
    for i, m in enumerate(years):
        year = int(m.group("year"))
        if not 1990 <= year <= today.year:
            continue
        month = _month_of(text, m)
        # what is said of this date: up to the clause's end or the next date, and in English the words before it
        end = _clause_end(text, m.end(), stops=r"[，,]")
        if i + 1 < len(years):
            end = min(end, years[i + 1].start())
        after = text[m.end():end]
        start = max(text.rfind(mark, 0, m.start()) for mark in "，,。.;；") + 1
        before = text[max(start, years[i - 1].end() if i else 0, m.start() - 64):m.start()]
        before = re.sub(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$", "", before)
        if _BREAK_UNTIL_BEFORE.search(before):
            events.append(_Event(m.start(), "break_until", year * 12 + (month or 12) - 1))
        elif _STOP.search(after) or _STOP_BEFORE.search(before):
            events.append(_Event(m.start(), "stop", year * 12 + (month or 1) - 1))
        elif _RESTART.search(after) or _RESTART.search(before):
            events.append(_Event(m.start(), "restart", year * 12 + (month or 12) - 1))
        elif _START.search(after) or _START_BEFORE.search(before):
            events.append(_Event(m.start(), "start", year * 12 + (month or 12) - 1))
        elif month is None and _A_WHOLE_YEAR.search(clause := text[start:end]) and re.search(vocab.OTHER_WORK, clause) \
                and not re.search(vocab.FIELD_WORK, clause):
            # "中间去做了一年外卖骑手（2023年）": a year of other work, that year
            events.append(_Event(m.start(), "other", year * 12, year * 12 + 12))
    for m in _BACK_SINCE_THEN.finditer(text):  # "stopped Feb 2021 to Aug 2022 … back since then": from the stretch out's end
        events.append(_Event(m.start(), "resume"))
    for m in _THEN.finditer(text):  # "之後返嚟做主播做到而家": back after the stretch out, from its end
        said = text[m.end():_clause_end(text, m.end(), 30)]
        if _RESTART.search(said) and _TILL_NOW.search(said) and not vocab.CALENDAR_YEAR.search(said):
            events.append(_Event(m.start(), "resume"))
    events = sorted(events, key=lambda e: e.at)
    for i, event in enumerate(events[1:], 1):
        before = events[i - 1]
        if event.kind == "restart" and before.kind == "break" and event.first % 12 == 11 and before.last == event.first - 11:
            # "中間2022年成年冇做" then "2023年返嚟": back when the year off ended, not at the end of the next year
            events[i] = _Event(event.at, event.kind, before.last, event.last)
    return events


_DATE = r"(?:19|20)\d{2})\s*年\s*(?:(?P<mN>1[0-2]|0?[1-9])\s*月|(?P<pN>初|头|中|底|尾))?"
# Other work from one date to another, said apart ("2021年1月进了广东一个厂上班 一直到2023年底")
_OTHER_STRETCH = re.compile(r"(?P<y1>" + _DATE.replace("N", "1") + r"(?P<work>[^。；;]{0,24}?(?:" + vocab.OTHER_WORK + r"|厂(?:里)?(?:上班|打工|做)|进(?:了|咗)?厂)[^。；;\d]{0,12}?)"
                            r"(?:一直)?(?:做|干|上班)?(?:到|至)\s*(?P<y2>" + _DATE.replace("N", "2"))


def _month_said(month: str | None, part: str | None, default: int) -> int:
    """The month said, or the one a part of the year stands for ("年底", "年头"), else `default`."""
    return int(month) if month else {**_PART_MONTH, "头": 1}.get(part or "", default)


# Back at the work since the stretch out ended ("back since then", "back at it since then").
_BACK_SINCE_THEN = re.compile(r"\bback(?:\s+(?:at it|to it|to work|streaming|on))?\s+since\s+then\b", re.I)
# A break said with the date it ended ("maternity leave until Feb 2025", "产假休到2025年2月").
_BREAK_UNTIL_BEFORE = re.compile(r"(?:\bleave|\bbreak|\boff|\bpaused?|休息|停|歇|产假|休假|带娃)[^,.;，。；]{0,16}(?:\buntil|\btill|\bto|到|至)\s*$", re.I)
_A_WHOLE_YEAR = re.compile(r"一年|一整年|整年|全年|成年|\ba (?:whole |full )?year\b|\bthe whole year\b", re.I)
_BEFORE_A_BREAK = re.compile(r"(?:停|休息|歇|没做|冇做|没播|没干|断|off|break|gap|took|quit|stopped|paused)[^，,。.;]{0,4}$", re.I)


# The first stretch said as a start and how long it lasted ("我由2019年6月开始在直播公司做" … "头一间做了18个月"): the
# figure places it between two dates, as if they had been said.
_FIRST_STRETCH = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>1[0-2]|0?[1-9])\s*月(?:份)?\s*(?:开始|起)[^。]{0,30}。\s*"
                            r"(?:头一间|第一间|第一份|第一家|头一份|头一家|那间|那家|那份工|在那里?|喺度)?\s*"
                            r"(?P<verb>做了|做咗|干了|干咗|播了|播咗)(?P<num>\d+|[一二两三四五六七八九十]+)\s*(?P<unit>个月|年)(?![^，,。]{0,8}(?:" + vocab.OTHER_WORK + "))")


# A stretch said as a figure right after a certificate's date ("2020年6月拿的电子商务师三级 之后做了两年电商运营"): it
# starts at that date
_STRETCH_AFTER_CERTIFICATE = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>1[0-2]|0?[1-9])\s*月(?:份)?\s*(?:拿|攞|考|取得|获得)[^。，,]{0,20}?"
                                        r"(?:之后|以后|后)\s*(?:就|又)?(?P<verb>做了|做咗|干了|干咗|播了|播咗)(?P<num>\d+|[一二两三四五六七八九十]+)\s*(?P<unit>个月|年)"
                                        r"(?![^，,。]{0,8}(?:" + vocab.OTHER_WORK + "))")


def _placed_first_stretch(text: str) -> str:
    m = _FIRST_STRETCH.search(text) or _STRETCH_AFTER_CERTIFICATE.search(text)
    number = vocab.number(m.group("num")) if m else None
    if m is None or number is None:
        return text
    months = int(number) if m.group("unit") == "个月" else int(number * 12)
    start = int(m.group("year")) * 12 + int(m.group("month")) - 1
    end = start + months
    stretch = f"{start // 12}年{start % 12 + 1}月到{end // 12}年{end % 12 + 1}月在做。"  # (its own clause: what follows is not said of it)
    return text[:m.start("verb")] + stretch + text[m.end("unit"):]


# Months of work said with the year they fell in ("2019年干了8个月，2021年又干了10个月"): placed from that year's
# January, which keeps their count (where in the year they fell does not change it).
_MONTHS_IN_A_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年\s*(?:又|再|也|还|仲)?(?P<verb>做了|做咗|干了|干咗|播了|播咗)\s*"
                               r"(?P<num>1[01]|[1-9]|十一|十|[一二两三四五六七八九])\s*个?月(?![^，,。]{0,8}(?:" + vocab.OTHER_WORK + "))")


def _placed_months_in_a_year(text: str) -> str:
    def placed(m: re.Match) -> str:
        year, months = int(m.group("year")), int(vocab.number(m.group("num")) or 0)
        return f"{year}年1月到{year}年{months}月在做" if 0 < months < 12 else m.group(0)  # (a stretch's last month counts whole)
    return _MONTHS_IN_A_YEAR.sub(placed, text)


def _work_duration_said(text: str) -> bool:
    """A stretch of work said as a figure ("做了一年", "for a year"), not a break's ("停咗成两年")."""
    for pattern in (vocab.ZH_YEARS, vocab.ZH_MONTHS, vocab.EN_DURATION):
        for m in pattern.finditer(text):
            number = vocab.number(m.group("num"))
            if number is None or number >= 100:
                continue  # "2020年" is a date
            said = text[m.end():_clause_end(text, m.end(), 24, r"[，,]")]
            if re.search(vocab.OTHER_WORK, said) and not re.search(vocab.FIELD_WORK, said):
                continue  # "then 2 yrs in a bakery" between two dated stretches: the dates place it
            own = re.split(r"[，,。.;；]", text[max(0, m.start() - 16):m.start()])[-1]
            if (re.search(vocab.OTHER_WORK, own) or _BREAK.search(own)) and not re.search(vocab.FIELD_WORK, own):
                continue  # ("之后去了当兵两年": a stretch out, said before its figure)
            if not _BEFORE_A_BREAK.search(text[max(0, m.start() - 12):m.start()]) \
                    and not re.match(r"\s*(?:都|也)?(?:没|冇|未|off\b|break\b|gap\b)", text[m.end():m.end() + 8]):
                return True
    return False


def _range_months(m: re.Match, of_work: bool) -> tuple[int | None, int]:
    """First and last month of a stretch between two dates. Years alone count the least work they can:
    whole years for this work ("2022–2024": two), the whole last year for a stretch out of it."""
    y1, m1, y2, m2 = range_ends(m)
    # months of one year said at both ends ("Mar–Aug 2024", "2021年1月到8月") are both worked: through the last
    # (across years, "2021年3月到2023年3月" is two years, as people count it)
    # a stretch out with both months said is out through its last month too ("maternity leave jul 2022 - jun 2023" is
    # twelve months off): the least work the dates allow, as with years alone
    through = 1 if m1 and m2 and (y1 == y2 or not of_work) else 0
    m1 = m1 or 1
    m2 = m2 or (m1 if of_work else 12)
    if not 1990 <= y1 <= 2100 or not 1 <= m1 <= 12 or not 1 <= m2 <= 12:
        return None, 0
    return y1 * 12 + m1 - 1, y2 * 12 + m2 - 1 + through


def _clause_end(text: str, start: int, limit: int = 40, stops: str = "") -> int:
    stop = re.search(r"[。！？!?\n;；]|(?<=\D)[.](?=\s|$)" + ("|" + stops if stops else ""), text[start:start + limit])
    return start + (stop.start() if stop else min(limit, len(text) - start))
