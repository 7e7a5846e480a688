"""A claim about what a level's application needs other than years (a diploma enough or required, any major, a lower level first, an apprenticeship, the training): checked against the clauses of the rules file."""
from __future__ import annotations

import re
from dataclasses import dataclass

import bot.eligibility.vocabulary as vocab
from bot.eligibility.overview import alternative_conditions
from bot.eligibility.rules import Condition, RuleSet

# Read on a message in Mandarin words, Simplified script, lower case.
_LEVEL = r"(?:[一二三四五1-5]\s*级|\blevel\s*[1-5]\b|\bl[1-5]\b|初级工|中级工|高级工|高级技师|技师)"
_SCHOOLS = {  # what the claim names -> the diplomas of the rules file it can mean
    "本科": ("junior_college_or_above_relevant", "higher_vocational_or_college_relevant", "higher_vocational_or_college_assessed_relevant",
             "vocational_or_college_any_relevant"),
    "大专": ("junior_college_or_above_relevant", "higher_vocational_or_college_relevant", "higher_vocational_or_college_assessed_relevant",
             "vocational_or_college_any_relevant", "higher_vocational_assessed_advanced_relevant"),
    "中专": ("secondary_vocational_assessed_intermediate_relevant", "technical_school_relevant", "vocational_or_college_any_relevant"),
    "技校": ("technical_school_relevant", "technical_school_senior_worker_class_or_above_relevant", "vocational_or_college_any_relevant"),
}
_SCHOOL_WORDS = {"本科": r"本科|bachelor|\buni(?:versity)?\b", "大专": r"大专|专科|高职|\bdazhuan\b|junior[\s-]college|associate",
                 "中专": r"中专|中职|职高|职业学校|\bzhongzhuan\b|secondary\s+vocational|vocational\s+school", "技校": r"技校|技工学校|技工院校|technical\s+school"}
_ANY_SCHOOL = "|".join(_SCHOOL_WORDS.values()) + r"|学历|毕业|degree|diploma|graduat"
# Which kind of claim, in the order they are tried
_ANY_MAJOR = re.compile(r"任何专业|什么专业都|啥专业都|乜专业都|不限专业|专业不限|不管(?:什么|啥)?专业|不对口(?:的)?(?:专业)?也|不相关(?:的)?专业也|专业不对口也"
                        r"|\bany\s+(?:major|subject|degree|diploma|大专|本科|中专)\b|\beven\s+(?:in\s+)?(?:accounting|finance|nursing|law|english|history|an?\s+unrelated|unrelated)"
                        r"|\b(?:major|subject)\s+(?:doesn'?t|does\s+not)\s+matter|\bunrelated\s+(?:major|degree)s?\s+(?:count|are\s+fine|ok)", re.I)
_NO_SCHOOL = re.compile(r"(?:没有?|冇|无|不要|不需要|唔使|不用|不看)\s*(?:任何)?学历|学历不限|学历都?(?:可以|得|冇问题|没问题)|小学(?:学历)?(?:都|也)|初中(?:学历)?(?:都|也)"
                        r"|\b(?:no|without\s+(?:a|any)?)\s*(?:degree|diploma|education|schooling)\b|\beducation\s+(?:doesn'?t|does\s+not)\s+matter", re.I)
_SCHOOL_REQUIRED = re.compile(rf"(?:要|需要|必须|须|得|一定要)\s*(?:有)?\s*(?:{_ANY_SCHOOL})|(?:要|需要|必须|须|一定要)[^，,。？?]{{1,8}}?(?:{_ANY_SCHOOL})\s*(?:或|及)?以上|(?:{_ANY_SCHOOL})[^，,。？?]{{0,4}}(?:以上)?(?:才能|才可以|才得|起步|是门槛|是硬性)"
                              rf"|\b(?:must\s+have|need(?:s)?\s+(?:a|an)|require(?:s|d)?\s+(?:a|an)?)\s*(?:{_ANY_SCHOOL})|(?:{_ANY_SCHOOL})[^.?!]{{0,12}}\b(?:required|is\s+a\s+must|minimum)\b", re.I)
_SCHOOL_ENOUGH = re.compile(rf"(?:{_ANY_SCHOOL})[^，,。？?]{{0,10}}(?:就|便)?(?:可以|能|可)?\s*直接\s*(?:报|考|申报|申请)|(?:{_ANY_SCHOOL})[^，,。？?]{{0,8}}(?:就|便)(?:可以|能|可)\s*(?:报|考|申报)"
                            rf"|(?:{_ANY_SCHOOL})[^.?!]{{0,20}}\b(?:can\s+['\"‘“]?\s*(?:go\s+)?(?:straight|directly)|straight\s+to|directly\s+(?:apply|take|sit))\b", re.I)
_LOWER_FIRST = re.compile(rf"(?:必须|一定要|都要|要|得|需要)\s*(?:先)?\s*(?:持有?|有|拿|考|攞)?\s*(?:到)?\s*(?P<a>[一二三四五])\s*级(?:证书?)?\s*(?:先|才能|才可以|first)"
                          rf"|(?:必须|一定要|都要|要|得)\s*先\s*(?:持有?|有|拿|考|攞|过)?\s*(?P<b>[一二三四五])\s*级|(?:由|从)[^，,。？?]{{0,8}}(?P<c>[一二三四五])\s*级\s*(?:重新|开始|起)\s*(?:考|读)?"
                          rf"|\b(?:must|have\s+to|has\s+to|need\s+to)\s+(?:hold|have|get|pass|do|take)\s+(?:(?P<d>[一二三四五])\s*级|level\s*(?P<e>[1-5]))\s+first\b"
                          rf"|\bcan'?t\s+skip\s+(?:(?P<f>[一二三四五])\s*级|level\s*(?P<g>[1-5]))", re.I)
# The formal training said to be required ("formal training hours are compulsory before any level exam", "考一级必须先上我们
# 的培训 拿结业证")
_TRAINING_REQUIRED = re.compile(r"(?:必须|一定要|都要|强制|硬性)[^，,。？?]{0,10}(?:培训|上课|学时|结业证)|(?:培训|学时)[^，,。？?]{0,8}(?:是必须|必须的|强制|硬性要求|是前提|必修)"
                                r"|\b(?:compulsory|mandatory|required|must|obligatory)\b[^.?!]{0,30}\b(?:training|hours|classes|course)\b"
                                r"|\b(?:training|hours|classes|course)\b[^.?!]{0,30}\b(?:compulsory|mandatory|required|obligatory|a\s+must)\b", re.I)
# A level said to be reached from nothing ("零基础两个月考到三级", "no experience needed, L3 in 8 weeks")
_FROM_SCRATCH = re.compile(r"(?:零基础|0基础|零经验|没有?基础|冇基础|无经验|没有?经验|冇经验|小白|新手)[^。？?]{0,12}?(?:考到|拿到|考取|拿下|直接考|直接报|就能考|就可以考|考|拿|攞)"
                           r"|\b(?:from\s+scratch|zero\s+experience|no\s+experience(?:\s+needed)?|complete\s+beginners?)\b", re.I)
# The training alone said to be enough ("上完104學時課程就可以直接報四級 唔使年資", "finish our 104-hour course and apply for L4")
_TRAINING_ENOUGH = re.compile(r"(?:上完|完成|读完|学完|参加完|修完|上齐|上满)[^，,。？?]{0,12}(?:学时|课时|小时|课程|培训|课)[^。？?]{0,10}?(?:就|便|即)?\s*(?:可以|能|可)\s*(?:直接)?\s*(?:报|考|申报|攞)"
                              r"|\b(?:finish|complete|do|take)\w*\s+(?:our|the|a|an)?\s*[\w-]{0,12}\s*(?:course|training|hours|class(?:es)?)\b[^.?!]{0,24}\b(?:and|then)?\s*(?:you\s+)?(?:can\s+)?(?:directly\s+)?(?:apply|sit|take|register)\b", re.I)
_NOT_COUNTED = re.compile(r"不能用|不能拿来|不可以用|唔可以用|唔能用|不算|唔算|不认|唔认|作废|无效|过期|\bcan'?t\s+(?:be\s+)?used?\b|\bdoesn'?t\s+count\b|\bnot\s+count|\binvalid\b", re.I)
_APPRENTICESHIP_NOT_ENOUGH = re.compile(r"学徒期满[^。？?]{0,20}(?:必须|要|得|还要|还得)\s*(?:先)?\s*(?:再)?(?:工作|做|干)满?\s*[一1]\s*年"
                                        r"|\bapprentice\w*[^.?!]{0,40}\b(?:still|must|have\s+to|need\s+to)\s+(?:also\s+)?work\s+(?:a|one|1)\s+year", re.I)


@dataclass(frozen=True)
class ConditionClaim:
    level: int
    kind: str  # training_enough, from_scratch, any_major, no_school, school_required, school_enough, lower_first, apprenticeship_not_enough, training_required
    school: str | None = None  # 本科, 大专, 中专, 技校 when the claim names one


@dataclass(frozen=True)
class ConditionVerdict:
    claim: ConditionClaim
    holds: bool | None  # None: the template and the newer conditions disagree
    routes: tuple[Condition, ...]  # the level's template routes that decide it
    newer: tuple[dict, ...]  # the newer generic routes that decide it differently


def _levels(text: str) -> list[int]:
    found = []
    for match in re.finditer(_LEVEL, text, re.I):
        level = vocab.level_of(match.group(0))
        if level is not None and level not in found:
            found.append(level)
    return found


def _school_named(text: str) -> str | None:
    return next((name for name, words in _SCHOOL_WORDS.items() if re.search(words, text, re.I)), None)


def puts_a_lower_level_first(statement: str) -> bool:
    """"we have to pass level 5 first", "必须先考五级": a lower level said to come first."""
    return _LOWER_FIRST.search(statement.lower()) is not None


def _lower_first(text: str) -> tuple[int | None, list[int]] | None:
    """(the level said to come first, the levels named above it) of a lower-level-first claim in `text` (lower case);
    None when `text` puts no level first."""
    lower = _LOWER_FIRST.search(text)
    if lower is None:
        return None
    held = vocab.level_of(next(v for v in lower.groups() if v))
    return held, [level for level in _levels(text) if held is not None and level < held]


def lower_first_without_its_level(statement: str) -> bool:
    """"my teacher says we have to pass level 5 first": a lower level said to come first, the level it comes before
    not named (it is the level asked just before)."""
    said = _lower_first(statement.lower())
    return said is not None and said[0] is not None and not said[1]


def parse_condition_claim(statement: str) -> ConditionClaim | None:
    """The claim `statement` makes about one level's conditions, other than years; None when it makes none."""
    text = statement.lower()
    levels = _levels(text)
    lower = _lower_first(text)
    if lower is not None and _NOT_COUNTED.search(text):
        return None  # ("这个证不能用来报三级 得从五级重新考": whether a certificate held counts, not the ladder)
    if lower is not None:
        held, targets = lower
        if held is not None and targets:
            return ConditionClaim(max(targets), "lower_first")
        if held == 5 and not targets:
            return None
    if _TRAINING_ENOUGH.search(text) and len(levels) == 1:
        return ConditionClaim(levels[0], "training_enough")
    if _FROM_SCRATCH.search(text) and len(levels) == 1 and levels[0] < 5:
        return ConditionClaim(levels[0], "from_scratch")
    if _APPRENTICESHIP_NOT_ENOUGH.search(text):
        return ConditionClaim(5, "apprenticeship_not_enough")
    if _TRAINING_REQUIRED.search(text):
        return ConditionClaim(levels[0] if len(levels) == 1 and not re.search(r"any\s+level|every\s+level|each\s+level|每一?级|所有等级|各级", text) else 0,
                              "training_required")
    if len(levels) > 1 and not _ANY_MAJOR.search(text):
        # "…can directly apply for 三级 without any certificate? Also same for 四级?": the claim is the first sentence's
        levels = _levels(re.split(r"[?？]", text, maxsplit=1)[0])
    if len(levels) != 1 and not _ANY_MAJOR.search(text):
        return None
    level = levels[0] if levels else None
    school = _school_named(text)
    if _ANY_MAJOR.search(text):
        return ConditionClaim(level or 0, "any_major", school)
    if level is None:
        return None
    if _NO_SCHOOL.search(text):
        return ConditionClaim(level, "no_school")
    if _SCHOOL_REQUIRED.search(text):
        return ConditionClaim(level, "school_required", school)
    if _SCHOOL_ENOUGH.search(text):
        return ConditionClaim(level, "school_enough", school)
    return None


def _schooled(condition) -> tuple[str, ...]:
    education = condition.get("education") if isinstance(condition, dict) else condition.education
    if education is None:
        return ()
    return tuple(education.get("any_of") or ()) if isinstance(education, dict) else education.any_of


def _certificate(condition) -> int | None:
    return condition.get("required_certificate_level") if isinstance(condition, dict) else condition.required_certificate_level


def _fits(condition, school: str | None) -> bool:
    codes = _schooled(condition)
    return bool(codes) and (school is None or any(code in _SCHOOLS[school] for code in codes))


def check_condition_claim(claim: ConditionClaim, rules: RuleSet) -> ConditionVerdict:
    """Whether the claim holds on the template clauses of its level (and on the newer generic ones, where they say
    otherwise), with the clauses that decide it."""
    routes = tuple(rules.levels.get(claim.level, ())) if claim.level else tuple(c for level in sorted(rules.levels) for c in rules.levels[level])
    newer = tuple(alternative_conditions(rules.path).get(claim.level) or []) if claim.level else ()
    if claim.kind == "any_major":
        deciding = tuple(c for c in routes if _schooled(c))
        holds = not any(code.endswith("_relevant") for c in deciding for code in _schooled(c)) if deciding else None
        return ConditionVerdict(claim, holds, deciding, ())
    if claim.kind == "no_school":
        deciding = tuple(c for c in routes if not _schooled(c))
        return ConditionVerdict(claim, bool(deciding), deciding or routes, ())
    if claim.kind == "school_required":
        deciding = tuple(c for c in routes if not _schooled(c))
        return ConditionVerdict(claim, not deciding, deciding or routes, ())
    if claim.kind == "school_enough":
        deciding = tuple(c for c in routes if _fits(c, claim.school) and _certificate(c) is None)
        newer_deciding = tuple(a for a in newer if _fits(a, claim.school) and _certificate(a) is None)
        if deciding:
            return ConditionVerdict(claim, True, deciding, ())
        return ConditionVerdict(claim, None if newer_deciding else False, routes, newer_deciding)
    if claim.kind == "lower_first":
        deciding = tuple(c for c in routes if _certificate(c) is None)
        return ConditionVerdict(claim, not deciding, deciding or routes, ())
    if claim.kind == "training_required":
        # (any level: the routes that use the training, beside the ones to the same level that do not)
        levels = {c.level for c in routes if c.requires_formal_training}
        deciding = tuple(c for c in routes if c.level in levels) if not claim.level else tuple(c for c in routes if not c.requires_formal_training)
        holds = all(c.requires_formal_training for c in routes)
        return ConditionVerdict(claim, holds, deciding or routes, ())
    if claim.kind == "training_enough":
        # (the training alone: a route that asks for it and for no certificate and no years)
        deciding = tuple(c for c in routes if c.requires_formal_training and _certificate(c) is None
                         and not c.min_years_total_experience and not c.min_years_after_certificate)
        return ConditionVerdict(claim, bool(deciding), deciding or routes, ())
    if claim.kind == "from_scratch":
        # (reached with nothing held: a route asking for no certificate, no years and no diploma)
        bare = lambda c: _certificate(c) is None and not _schooled(c) and not (  # noqa: E731
            c.get("min_years_total_experience") or c.get("professional_title_required") if isinstance(c, dict) else c.min_years_total_experience)
        deciding = tuple(c for c in routes if bare(c))
        newer_deciding = tuple(a for a in newer if bare(a))
        if deciding:
            return ConditionVerdict(claim, True, deciding, ())
        return ConditionVerdict(claim, None if newer_deciding else False, routes, newer_deciding)
    if claim.kind == "apprenticeship_not_enough":
        deciding = tuple(c for c in routes if c.requires_apprenticeship_completed)
        return ConditionVerdict(claim, not deciding, deciding or routes, ())
    raise ValueError(f"unknown claim kind {claim.kind}")
