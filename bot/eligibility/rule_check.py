"""A rule of application stated to be checked (a quiz item, a slide, a note, a blank to fill): held against the rules, with the clause that decides it."""
from __future__ import annotations

import re
from dataclasses import dataclass

import bot.eligibility.vocabulary as vocab
from bot.eligibility.overview import alternative_conditions
from bot.eligibility.rules import Condition, RuleSet

# Read on a message in Mandarin words, Simplified script.
_N = r"(\d+(?:\.\d+)?|[一二两三四五六七八九十])"
_BLANK = r"(?:_{2,}|＿{2,}|﹍{2,}|（\s*）|\(\s*\)|\?{2,}|？{2,}|x{2,}|…+)"
# The level applied for: "可申报三级", "报考三级", "三级/高级工申报条件", "Level 3 needs", "to apply for level 3"
_TARGET = re.compile(r"(?:申报|报考|报|考|申请|升到?|升)\s*(?P<a>[一二三四五1-5])\s*级"
                     r"|(?P<b>[一二三四五1-5])\s*级(?:/\S{2,4}?)?(?:的)?\s*(?:申报条件|条件|要求|需要|须|需|要)"
                     r"|\b(?:apply\s+for|sit|take|for|reach)\s+(?:the\s+)?level\s*(?P<c>[1-5])\b|\blevel\s*(?P<d>[1-5])\s+(?:needs|requires|requirements?|conditions?)\b"
                     r"|\bl(?P<e>[1-5])\s+(?:needs|requires)\b|(?P<f>[一二三四五])\s*级\s+(?:needs|requires)\b"
                     r"|\b(?:apply\s+for|sit|take|reach)\s+(?P<g>[一二三四五])\s*级", re.I)
# The certificate the route starts from: "取得四级证书后", "持四级证书", "四级后", "after level 4"
_HELD = re.compile(r"(?:取得|获得|持有?|拿(?:到|了)?)\s*(?:本职业或相关职业)?\s*(?P<a>[一二三四五1-5])\s*级"
                   r"|(?P<b>[一二三四五1-5])\s*级(?:/\S{2,4}?)?\s*(?:证书?|证)?\s*(?:后|以后|之后)"
                   r"|\bafter\s+(?:(?:a|the|getting|obtaining|holding)\s+)?(?:level|l)\s*(?P<c>[1-5])\b"
                   r"|\b(?:level|l)\s*(?P<d>[1-5])\s+(?:cert(?:ificate)?\s+)?(?:plus|\+)|\bafter\s+(?P<e>[一二三四五])\s*级"
                   # ("learner has 技师 cert (选品员) + 3 yrs work after it": the level a learner holds, the route's start)
                   r"|\b(?:has|holds|holding|with)\s+(?:a\s+|an\s+|the\s+)?(?:(?:level|l)\s*(?P<f>[1-5])\b|(?P<g>[一二三四五])\s*级)", re.I)
_NO_CERTIFICATE = re.compile(r"无证|不持证|没有(?:任何)?证|唔使证|冇证|没证|无需证|不使证|不需要证|不用证|without\s+(?:any\s+)?(?:a\s+)?cert|no\s+cert", re.I)
_YEARS = re.compile(rf"(?:满|够|累计|工作|experience\s+of\s+)?\s*(?P<n>{_N}|{_BLANK})\s*(?:年|years?|yrs?)", re.I)
_TRAINING = re.compile(r"培训|training|(?:\bfinish\w*|\bcomplet\w*|完成|上完|读完)[^.,;，。；]{0,24}(?:\bcourse\b|课程)", re.I)
# The levels' names, as the digits the patterns read ("技师 cert" is a level-2 certificate)
_LEVEL_NAMES = ((re.compile(r"高级技师"), "一级"), (re.compile(r"(?<!预备)技师(?!学院)"), "二级"), (re.compile(r"高级工(?!班)"), "三级"),
                (re.compile(r"中级工"), "四级"), (re.compile(r"初级工"), "五级"))
_UNTRAINED = re.compile(r"(?:\bwithout|\bno|不经过?|无需|不用|没有|不参加|不上|唔使|唔需要)\s*(?:the\s+|any\s+)?(?:formal\s+)?(?:正规)?(?:培训|training)", re.I)
_PREPARATORY = re.compile(r"预备技师|preparatory\s+technician", re.I)
_SCHOOL = re.compile(r"毕业|学历|大专|本科|专科|中专|中职|高职|技工|技师学院|学校|degree|diploma|graduat|college|school", re.I)
_NOT_ASKED = re.compile(r"不是|不属于|不符合|不正确|错误的|\bnot\b|\bincorrect\b|\bwrong\b", re.I)
# The asker's own answer: "我标的√", "I marked false", "我选C", "我填的5", "两个空我填 4 同 72", "i wrote 120/104/…"
_MARKED = re.compile(r"(?:我|答案)(?:标|写|填|选|拣|揀|答|给|打)(?:的|了|咗)?(?:是)?\s*['\"“‘]?(?P<v>[√×✓✗✔✘对错]|[A-Da-d](?![A-Za-z])|true|false|[\d/、,，\s同和跟]+(?:\s*[\d]+)?)"
                     r"|\bi\s+(?:marked|wrote|put|chose|picked|answered|ticked)\s+(?:it\s+)?(?:as\s+)?['\"‘“]?(?P<w>true|false|[A-D]\b|[\d/ ,]+)", re.I)


@dataclass(frozen=True)
class RuleClaim:
    level: int
    held: int | None  # the certificate the route starts from; None: no certificate
    years: float | None  # None: a blank to fill
    training: bool
    preparatory: bool


@dataclass(frozen=True)
class Verdict:
    claim: RuleClaim
    holds_template: Condition | None  # the template (or confirmed) clause that says the same, if any
    template: Condition | None  # the clause of the same route, whatever its years
    newer: dict | None  # the newer generic condition of the same route, if any


def _number(text: str) -> float | None:
    return None if re.fullmatch(_BLANK, text.strip(), re.I) else vocab.number(text)


def _level(match: re.Match | None) -> int | None:
    if match is None:
        return None
    return int(vocab.number(next(v for v in match.groups() if v)))


def parse_claim(statement: str) -> RuleClaim | None:
    """The route a statement states ("取得四级证书后累计满5年可申报三级"), or None when it states no route of years
    (a school route, or no level named, is left to the full answer)."""
    text = statement.lower()
    for name, digits in _LEVEL_NAMES:
        text = name.sub(lambda m: digits if not re.match(r"\s*[（(/]?\s*[一二三四五1-5]\s*级", text[m.end():]) else "", text)
    if _SCHOOL.search(text) and not _PREPARATORY.search(text):
        return None
    target = _level(_TARGET.search(text))
    held_match = _HELD.search(text)
    held = None if _NO_CERTIFICATE.search(text) else _level(held_match)
    named = {int(vocab.number(m)) for m in re.findall(r"([一二三四五1-5])\s*级|\blevel\s*([1-5])\b|\bl([1-5])\b", text) for m in m if m}
    if target is None and len(named - {held}) == 1:
        target = (named - {held}).pop()  # "Level 4 without any certificate = 5 years of work": the one level named
    if target is None or held == target:
        return None
    if len(_YEARS.findall(text)) > 1:
        return None  # several routes in one statement ("①累计满5年；②五级后满3年", "满___年；或满3年并经培训"): the full answer
    years = (_YEARS.search(text[held_match.end():]) if held_match else None) or _YEARS.search(text)
    if years is None:
        return None
    trained = bool(_TRAINING.search(text)) and not _UNTRAINED.search(text)  # (not "without the training")
    return RuleClaim(target, held, _number(years.group("n")), trained, bool(_PREPARATORY.search(text)))


def said_without_certificate(statement: str) -> bool:
    """The statement says its route starts from no certificate ("唔使證都考到二級", "without any cert"), not only names none."""
    return bool(_NO_CERTIFICATE.search(statement.lower()))


def _field(condition, key: str):
    """A clause's field, whether a template clause (Condition) or a newer generic one (a dict from the rules file)."""
    return condition.get(key) if isinstance(condition, dict) else getattr(condition, key)


def _same_route(condition, claim: RuleClaim) -> bool:
    """Whether `condition` is the route `claim` states (the same certificate, training, preparatory certificate, and
    years after the certificate or in total), whatever its years."""
    newer = isinstance(condition, dict)
    training = not newer and bool(condition.requires_formal_training)
    preparatory = not newer and bool(condition.requires_preparatory_technician_certificate)
    if (_field(condition, "education") and not (preparatory and claim.preparatory)) or (newer and condition.get("professional_title_required")):
        return False
    years_field = "min_years_after_certificate" if claim.held is not None else "min_years_total_experience"
    return _field(condition, "required_certificate_level") == claim.held and training == claim.training \
        and preparatory == claim.preparatory and _field(condition, years_field) is not None


def years_of(condition) -> float | None:
    """The years a clause asks for: after its certificate, or in total when it asks for none."""
    key = "min_years_after_certificate" if _field(condition, "required_certificate_level") is not None else "min_years_total_experience"
    value = _field(condition, key)
    return float(value) if value is not None else None


def check(claim: RuleClaim, rules: RuleSet) -> Verdict:
    """The template clause and the newer generic clause of the route `claim` states, and whether its years hold."""
    template = next((c for c in rules.levels.get(claim.level, ()) if _same_route(c, claim)), None)
    newer = next((a for a in alternative_conditions(rules.path).get(claim.level) or [] if _same_route(a, claim)), None)
    holds = template if template is not None and claim.years is not None and years_of(template) == claim.years else None
    return Verdict(claim, holds, template, newer)


def marked_answer(text: str) -> str | None:
    """The answer the asker gave to check ("√", "C", "false", "5", "4 同 72"), as they wrote it."""
    match = _MARKED.search(text)
    if match is None:
        return None
    return (match.group("v") or match.group("w") or "").strip() or None


def options(text: str) -> list[tuple[str, str]]:
    """A multiple-choice item's options ("A. … B. … C. …"), letter and text."""
    found = re.findall(r"(?<![A-Za-z])([A-D])\s*[.．、)）]\s*(.*?)(?=(?<![A-Za-z])[A-D]\s*[.．、)）]|[」』”\"]|$)", text)
    return found if len(found) >= 2 else []


def asks_which_is_not(text: str) -> bool:
    return bool(_NOT_ASKED.search(text))
