"""Which way to a level is faster, when the asker asks it ("先考五級定係直接等夠年資考四級？邊個快啲", "which is faster:
get 五级 first or wait until I have 6 years?"): the two routes dated side by side, and which is earlier."""
from __future__ import annotations

import re
from datetime import date

from bot.eligibility.profile import Profile
from bot.eligibility.vocabulary import levels_said
from bot.eligibility.render import plain_number, source_section_key
from bot.eligibility.route_compare import Route, RouteDates, compare_routes
from bot.eligibility.rules import RuleSet
from bot.texts import Templates
from bot.types import Source

_LEVEL = r"(?:[一二三四五1-5]\s*级|\blevel\s*[1-5]\b|\bl[1-5]\b|\blv\.?\s*[1-5]\b)"
# The two routes set against each other and "which is faster" asked.
_FASTER = re.compile(r"快(?:啲|点|一点|些|d)|[哪边][个条种样][^。？?]{0,6}(?:快|早)|(?:比较|更|较)(?:快|早)|\b(?:faster|quicker|sooner)\b", re.I)
_CERTIFICATE_FIRST = re.compile(rf"(?:先|去|要)?(?:考|拿|攞|get|take|do)(?:了|咗|个|個|到)?\s*{_LEVEL}|{_LEVEL}\s*(?:先|first)|{_LEVEL}\s*(?:证|cert)", re.I)
_WAITING = re.compile(r"等|年资|年限|年份|满\s*[0-9一二两三四五六七八九十]+\s*年|\bwait|\byears?\b|\bexperience\b", re.I)
# Which of the two is better, asked of a plan ("而家考五級好 定係等多兩年直接考四級？"): which comes first, the same
_BETTER = re.compile(r"好\s*(?:啲|些|点|一点)?\s*(?:定係|定系|定是|还是|還是)|(?:定係|定系|还是|還是)[^。？?]{0,24}(?:好|划算|抵)(?:啲|些|点)?\s*[？?]?\s*$", re.I)


def routes_asked(question: str) -> tuple[int, int] | None:
    """(level, the level below it) when `question` (Mandarin words, English as typed) asks which of the two routes
    to the level is faster; None otherwise. With two levels named the higher is the one aimed at ("考五级…还是等年资考
    四级"); with one, it is the certificate to get first ("先考五級 還是等滿六年")."""
    if not (_FASTER.search(question) or _BETTER.search(question)) or not _CERTIFICATE_FIRST.search(question) \
            or not _WAITING.search(question):
        return None
    named = sorted(levels_said(question))
    if not named or named[-1] - named[0] > 1:
        return None
    if len(named) == 2:
        return named[0], named[1]
    step = named[0]
    return (step - 1, step) if step > 1 else None


def routes_compared_reply(profile: Profile | None, question: str, lang_code: str, rules: RuleSet, templates: Templates,
                          today: date) -> tuple[str, list[Source]] | None:
    """The two routes dated and which is earlier, with the template's clauses as sources; None when not asked or the
    years to date them were not given."""
    asked = routes_asked(question)
    if asked is None or profile is None:
        return None
    comparison = compare_routes(profile, asked[0], rules, today)
    if comparison is None:
        return None
    w = lambda key, **values: templates.text(lang_code, "eligibility", key, **values)  # noqa: E731
    lang = "en" if lang_code == "en" else "zh"
    level, step = rules.level_name(comparison.level, lang), rules.level_name(comparison.step, lang)
    now = today.year * 12 + today.month - 1
    step_when = w("routes_step_now", step=step) if comparison.step_month <= now else \
        w("routes_step_from", step=step, **_date(comparison.step_month))
    lines = [w("routes_intro", level=level)]
    lines += _set_lines(comparison.template, step, step_when, w, now)
    verdict = _verdict(comparison.template, step, level, w, "routes_", now)
    if verdict:
        lines.append(verdict)
    newer = _set_lines(comparison.newer, step, step_when, w, now)
    if newer:
        lines.append(w("routes_newer_intro"))
        lines += newer
        newer_verdict = _verdict(comparison.newer, step, level, w, "routes_newer_", now)
        if newer_verdict:
            lines.append(newer_verdict)
    lines.append(w("routes_caveat"))
    ids = {route.id for route in (comparison.template.by_years, comparison.template.via_certificate) if route is not None}
    sources = [Source(title=rules.standard_name(lang), source=c.sources[0], section=w(source_section_key(c), id=c.id))
               for c in rules.levels.get(comparison.level, ()) if c.id in ids and c.sources]
    return "\n".join(lines), sources


def _set_lines(dates: RouteDates, step: str, step_when: str, w, now: int) -> list[str]:
    lines = []
    if dates.by_years is not None:
        key = "routes_by_years_now" if dates.by_years.month <= now else "routes_by_years"
        lines.append(w(key, years=plain_number(dates.by_years.years), id=dates.by_years.id, when=_when(dates.by_years, w)))
    if dates.via_certificate is not None:
        lines.append(w("routes_via_certificate", step=step, step_when=step_when, years=plain_number(dates.via_certificate.years),
                       id=dates.via_certificate.id, when=_when(dates.via_certificate, w)))
    return lines


def _verdict(dates: RouteDates, step: str, level: str, w, prefix: str, now: int) -> str | None:
    faster = dates.faster
    if faster == "years" and dates.by_years.month <= now:
        return w(prefix + "years_now", step=step, level=level)  # (no waiting at all: the years are there)
    if faster is None:
        no_years = dates.by_years is None and dates.via_certificate is not None and prefix == "routes_"
        return w("routes_no_years_route", level=level, step=step) if no_years else None
    return w(prefix + {"years": "years_faster", "certificate": "certificate_faster", "same": "same"}[faster], step=step)


def _when(route: Route, w) -> str:
    return w("routes_when", **_date(route.month))


def _date(month: int) -> dict:
    return {"year": month // 12, "month": month % 12 + 1}

