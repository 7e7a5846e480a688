""""Which level can I take?" and "how do I get to the top?": every level of the job type evaluated,
the highest open now, the next one and exactly what it needs, and the newer generic conditions
(`unconfirmed_alternative` in the rules file) beside the 2021 template where they differ."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from bot.eligibility.engine import CANNOT_TELL, ELIGIBLE, Decision, evaluate
from bot.eligibility.profile import Profile
from bot.eligibility.rules import RuleSet


@dataclass(frozen=True)
class Overview:
    profile: Profile
    decisions: dict[int, Decision]  # level -> decision, for the levels the job type offers
    highest_open: int | None  # the highest level open now (None: not even level 5 can be decided)
    next_level: int | None  # the level above it (None when the track ends there)
    top_level: int  # the track's highest level (3 for platform administrators, else 1)

    @property
    def next_decision(self) -> Decision | None:
        return self.decisions.get(self.next_level) if self.next_level is not None else None



def overview(profile: Profile, rules: RuleSet) -> Overview:
    levels = rules.job_type(profile.job_type).levels if profile.job_type else tuple(sorted(rules.levels, reverse=True))
    held = profile.certificate_level or 0
    if held:  # a level already held is no question: look at the levels above it
        above = tuple(level for level in levels if level < held)
        if not above:  # the track's top level is held already
            return Overview(profile, {}, None, None, min(levels))
        levels = above
    decisions = {}
    for level in sorted(levels, reverse=True):  # 5, 4, … upwards
        asked = Profile(**{**profile.__dict__, "target_level": level})
        decisions[level] = evaluate(asked, rules)
    open_levels = [level for level, d in decisions.items() if d.status == ELIGIBLE]
    highest = min(open_levels) if open_levels else None
    top = min(levels)
    next_level = None
    if highest is None:
        next_level = max(levels)
    elif highest > top:
        next_level = highest - 1
    return Overview(profile, decisions, highest, next_level, top)


@lru_cache(maxsize=4)
def alternative_conditions(rules_path: Path) -> dict[int, list[dict]]:
    """The newer generic conditions some evaluation bodies publish, per level (texts only: they are not
    verified for this occupation, so they are quoted, never decided on)."""
    data = yaml.safe_load(Path(rules_path).read_text(encoding="utf-8")) or {}
    out: dict[int, list[dict]] = {}
    for ruleset in data.get("alternative_rulesets") or []:
        for level, entry in (ruleset.get("levels") or {}).items():
            out.setdefault(int(level), []).extend(entry.get("conditions") or [])
    return out


def newer_after_certificate(level: int, held: int, rules: RuleSet) -> list[dict]:
    """The newer generic conditions of `level` that ask only for years after a level-`held` certificate (not
    a diploma or a professional title beside it): the counterparts of the template's "certificate + N years"."""
    return [a for a in alternative_conditions(rules.path).get(level) or []
            if a.get("required_certificate_level") == held and a.get("min_years_after_certificate")
            and not a.get("education") and not a.get("professional_title_required")]


def alternative_open(profile: Profile, rules: RuleSet, age: int | None = None) -> tuple[int, dict] | None:
    """The highest level a newer generic condition would open on the years and certificate the person
    gave (never on a diploma, title or age, which it does not check): (level, condition), or None. It is
    said as "may", beside the template's answer, since the evaluation body decides which set applies."""
    levels = rules.job_type(profile.job_type).levels if profile.job_type else tuple(rules.levels)
    held = profile.certificate_level or 0
    for level in sorted(levels):  # 1 (highest) first
        if held and level >= held:
            continue
        for condition in alternative_conditions(rules.path).get(level) or []:
            if _simple_condition_met(condition, profile, age):
                return level, condition
    return None


# Which diplomas the parser reads satisfy a newer condition's school wording: the two broad wordings,
# and a senior-worker class said as such; "经评估论证" needs what a chat message cannot show.
_ALTERNATIVE_SCHOOLS = {
    "vocational_or_college_any_relevant": {"technical_school_relevant", "secondary_vocational_assessed_intermediate_relevant",
                                           "senior_technical_school_or_technician_college", "technician_college",
                                           "junior_college_or_above_relevant"},
    "higher_vocational_or_college_relevant": {"junior_college_or_above_relevant"},
    "technical_school_senior_worker_class_or_above_relevant": {"technical_school_senior_worker_class_or_above_relevant"},
}


def _school_met(wanted: dict, profile: Profile) -> bool:
    if profile.major_relevant is False:
        return False
    held = set(profile.education) | (set(profile.final_year_student_of) if wanted.get("includes_final_year_students") else set())
    return any(held & _ALTERNATIVE_SCHOOLS.get(code, set()) for code in wanted.get("any_of") or [])


def _simple_condition_met(condition: dict, profile: Profile, age: int | None = None) -> bool:
    if condition.get("professional_title_required"):
        return False
    if condition.get("min_age"):  # "年满16周岁，拟从事本职业": an age said, and nothing else asked
        return age is not None and age >= int(condition["min_age"]) and not any(
            condition.get(key) for key in ("education", "required_certificate_level", "min_years_total_experience"))
    if condition.get("education"):
        if not _school_met(condition["education"], profile):
            return False
        needed_level = condition.get("required_certificate_level")
        return needed_level is None or bool(profile.certificate_level and profile.certificate_level <= int(needed_level))
    needed_total = condition.get("min_years_total_experience")
    needed_level = condition.get("required_certificate_level")
    needed_since = condition.get("min_years_after_certificate")
    if needed_total is None and needed_level is None:
        return False
    if needed_total is not None and (profile.years_total is None or profile.years_total < needed_total):
        return False
    if needed_level is not None and not (profile.certificate_level and profile.certificate_level <= int(needed_level)):
        return False
    if needed_since is not None and (profile.years_since_certificate is None or profile.years_since_certificate < needed_since):
        return False
    return True


@dataclass(frozen=True)
class NewerRoute:
    """A newer generic condition for one level, set against the facts given: `months` still needed on
    the person's own figures (0: met now), or `school`, a wording the facts cannot show ("经评估论证",
    "高级工班") that decides it."""
    condition: dict
    months: float | None
    school: str | None = None


# The narrow school wordings of the newer conditions, and the schools said that may fall under them:
# whether they do is for the evaluation body, so the reply says it as an "if".
_NARROW_SCHOOLS = {
    "technical_school_senior_worker_class_or_above_relevant": ("senior_worker_class",
                                                               {"technician_college", "senior_technical_school_or_technician_college"}),
    "higher_vocational_or_college_assessed_relevant": ("assessed", {"junior_college_or_above_relevant",
                                                                    "higher_vocational_assessed_advanced_relevant"}),
}


def newer_routes_to(level: int, profile: Profile, rules: RuleSet) -> list[NewerRoute]:
    """The newer generic conditions of `level` and how far the person is from each, soonest first. Only
    what the facts given decide: years the person gave (or a certificate's date), a certificate held, a
    diploma said; an age or a professional title is never supposed."""
    routes = []
    held = profile.certificate_level if profile.certificate_level and profile.certificate_level > 0 else None
    for condition in alternative_conditions(rules.path).get(level) or []:
        if condition.get("professional_title_required") or condition.get("min_age"):
            continue
        needed_level = condition.get("required_certificate_level")
        if needed_level is not None and not (held and held <= int(needed_level)):
            continue
        if condition.get("education"):
            if profile.major_relevant is False:
                continue
            if _school_met(condition["education"], profile):
                routes.append(NewerRoute(condition, 0.0))
                continue
            schools = set(profile.education) | set(profile.final_year_student_of)
            for code in condition["education"].get("any_of") or []:
                wording, fits = _NARROW_SCHOOLS.get(code, (None, set()))
                if wording and schools & fits:
                    routes.append(NewerRoute(condition, None, wording))
            continue
        shortfalls = []
        # years since a certificate not said, but its date: the most they can be (the earliest date)
        since = profile.years_since_certificate if profile.years_since_certificate is not None else \
            profile.years_since_at_most if profile.years_since_at_most is not None else profile.certificate_age
        if since is not None and profile.years_total is not None and profile.years_since_certificate is None:
            since = min(since, profile.years_total)  # ("30个月" in all, the certificate 4 years old: at most 30 months since)
        for key, actual in (("min_years_after_certificate", since),
                            ("min_years_total_experience", profile.years_total)):
            if condition.get(key) is None:
                continue
            if actual is None:
                break
            shortfalls.append(max(float(condition[key]) - actual, 0.0))
        else:
            if shortfalls:
                routes.append(NewerRoute(condition, max(shortfalls) * 12))
    return sorted(routes, key=lambda r: (r.months is None, r.months or 0.0))
