"""Deciding an application: the rules file's `decision_procedure`, applied exactly.

Each condition of the target level is an alternative; a condition is met when every requirement it
sets holds. A requirement whose fact is unknown is "unknown", never assumed: the decision is then
`cannot_tell` and names the facts to ask for. Only when every route has failed on known facts is the
answer `not_yet`, with the closest route(s) and exactly what is missing.
"""
from __future__ import annotations

from dataclasses import dataclass

from bot.eligibility.profile import NO_CERTIFICATE, Profile
from bot.eligibility.rules import Condition, RuleSet

ELIGIBLE, NOT_YET, CANNOT_TELL, NOT_OFFERED, NEED_TARGET = "eligible", "not_yet", "cannot_tell", "not_offered", "need_target"
MET, FAILED, UNKNOWN = "met", "failed", "unknown"
# The order in which missing facts are asked for: the certificate first, since later questions refer to it.
FIELD_ORDER = ("target_level", "certificate_level", "years_since_certificate", "years_total", "formal_training",
               "apprenticeship", "education", "preparatory_technician")


@dataclass(frozen=True)
class Check:
    """One requirement of a condition against the profile.

    `required` is the clause's value (a level, years, True, or education codes); `actual` what the
    profile says. `shortfall` is the years still needed; with `at_least` it is a lower bound (years since
    the certificate unknown but capped by the years worked in total).
    """

    field: str
    outcome: str
    required: object
    actual: object = None
    shortfall: float | None = None
    at_least: bool = False
    from_date: bool = False  # the bound comes from the certificate's date, not from the years worked


@dataclass(frozen=True)
class ConditionResult:
    condition: Condition
    outcome: str
    checks: tuple[Check, ...]

    @property
    def gaps(self) -> tuple[Check, ...]:
        return tuple(check for check in self.checks if check.outcome == FAILED)

    @property
    def unknown_fields(self) -> tuple[str, ...]:
        return tuple(check.field for check in self.checks if check.outcome == UNKNOWN)


@dataclass(frozen=True)
class Decision:
    status: str
    target_level: int | None
    job_type: str | None
    profile: Profile
    met: Condition | None = None
    confirmed: bool = False  # every clause the answer rests on is confirmed text of the standard
    results: tuple[ConditionResult, ...] = ()
    missing_fields: tuple[str, ...] = ()
    job_types_without_level: tuple[str, ...] = ()  # job type unknown: tracks that lack the target level

    @property
    def eligible(self) -> bool:
        return self.status == ELIGIBLE

    @property
    def closest(self) -> tuple[ConditionResult, ...]:
        """For `not_yet`: the failed routes needing the least (several when tied)."""
        return _closest(self.results)

    @property
    def undecided(self) -> tuple[ConditionResult, ...]:
        return tuple(r for r in self.results if r.outcome == UNKNOWN)

    @property
    def deciding(self) -> tuple[Condition, ...]:
        """The clauses the answer rests on: the met one, the open ones, or the closest failed ones."""
        if self.met is not None:
            return (self.met,)
        if self.status == CANNOT_TELL:
            return tuple(r.condition for r in self.undecided)
        return tuple(r.condition for r in self.closest)


def evaluate(profile: Profile, rules: RuleSet) -> Decision:
    """The decision for `profile.target_level` under `rules` (see the module docstring)."""
    target, job = profile.target_level, profile.job_type
    if target is None or target not in rules.levels:
        return Decision(NEED_TARGET, None, job, profile, missing_fields=("target_level",))
    if job is not None and target not in rules.job_type(job).levels:
        return Decision(NOT_OFFERED, target, job, profile, confirmed=True)
    # Job type only matters where some track lacks the level; then answer for the others and say so.
    without = () if job is not None else tuple(j.code for j in rules.job_types_without(target))
    results = tuple(evaluate_condition(condition, profile, target) for condition in rules.levels[target])
    met = [r.condition for r in results if r.outcome == MET]
    common = dict(target_level=target, job_type=job, profile=profile, results=results, job_types_without_level=without)
    if met:
        # confirmed text first, then a route without training (training may only be supposed: "还是得先上培训班？")
        best = min(met, key=lambda c: (not c.confirmed, c.requires_formal_training))
        return Decision(ELIGIBLE, met=best, confirmed=best.confirmed, **common)
    undecided = [r for r in results if r.outcome == UNKNOWN]
    if undecided:
        asked = {field for r in undecided for field in r.unknown_fields}
        missing = tuple(field for field in FIELD_ORDER if field in asked)
        confirmed = all(r.condition.confirmed for r in undecided)
        return Decision(CANNOT_TELL, missing_fields=missing, confirmed=confirmed, **common)
    confirmed = all(r.condition.confirmed for r in _closest(results))
    return Decision(NOT_YET, confirmed=confirmed, **common)


def _closest(results: tuple[ConditionResult, ...]) -> tuple[ConditionResult, ...]:
    failed = [r for r in results if r.outcome == FAILED]
    if not failed:
        return ()
    # Routes whose every requirement is known first (a route that also turns on an unsaid diploma is no
    # nearer for someone who never mentioned school), then fewest unmet requirements; years and training
    # are not comparable, so ties are all shown (in clause order).
    best = min((bool(r.unknown_fields), len(r.gaps)) for r in failed)
    return tuple(r for r in failed if (bool(r.unknown_fields), len(r.gaps)) == best)


def evaluate_condition(condition: Condition, profile: Profile, target: int) -> ConditionResult:
    checks = []
    if condition.required_certificate_level is not None:
        checks.append(_certificate(condition.required_certificate_level, profile))
    if condition.min_years_after_certificate is not None:
        checks.append(_years_since_certificate(condition, profile))
    if condition.min_years_total_experience is not None:
        checks.append(_years_total(condition.min_years_total_experience, profile))
    if condition.requires_formal_training:
        checks.append(_training(profile, target))
    if condition.requires_apprenticeship_completed:
        checks.append(_yes("apprenticeship", profile.apprenticeship))
    if condition.requires_preparatory_technician_certificate:
        checks.append(_yes("preparatory_technician", profile.preparatory_technician))
    if condition.education is not None:
        checks.append(_education(condition, profile))
    outcomes = {check.outcome for check in checks}
    outcome = FAILED if FAILED in outcomes else UNKNOWN if UNKNOWN in outcomes else MET
    return ConditionResult(condition, outcome, tuple(checks))


def _certificate(required: int, profile: Profile) -> Check:
    held = profile.certificate_level
    if held is None and _lacks(profile, required):
        return Check("certificate_level", FAILED, required, None)  # "没有四级证" asked about level 3
    if held is None:
        return Check("certificate_level", UNKNOWN, required)
    # Level 1 is the highest: a level "at least as high" is numerically lower or equal.
    ok = held != NO_CERTIFICATE and held <= required
    return Check("certificate_level", MET if ok else FAILED, required, held)


def _years_since_certificate(condition: Condition, profile: Profile) -> Check:
    required = condition.min_years_after_certificate
    held = profile.certificate_level
    if held == NO_CERTIFICATE or (held is not None and held > condition.required_certificate_level) \
            or (held is None and _lacks(profile, condition.required_certificate_level)):
        # Years only count after the required certificate, which the person does not hold yet.
        return Check("years_since_certificate", FAILED, required, None, required)
    since = profile.years_since_certificate
    total = profile.years_total
    if since is not None and total is not None and total < since:
        # "证书拿了4年，实际累计干了3年": work since the certificate cannot exceed all work.
        since = total
    month_unknown = profile.certificate_age is None or profile.years_since_at_most is None \
        or profile.years_since_at_most - profile.certificate_age > 0.01
    if since is not None and profile.years_since_from_date and profile.years_since_at_most is not None and month_unknown \
            and since < required <= min(profile.years_since_at_most, total if total is not None else required):
        # "2021年拿的" with five years needed: met unless it came in December, so the month decides (a date said
        # with its month, less a break, is counted as it is: "2021年3月15号考的五级" then two years at home)
        return Check("years_since_certificate", UNKNOWN, required)
    if since is not None:
        return _years_check("years_since_certificate", required, since)
    bound = profile.years_since_at_most
    if total is not None and total < required and (bound is None or total <= bound):
        # Years since a certificate cannot exceed the years worked in total.
        return Check("years_since_certificate", FAILED, required, None, required - total, at_least=True)
    if bound is not None and bound < required:
        # "上年攞嘅": a certificate from last year has at most two years behind it.
        return Check("years_since_certificate", FAILED, required, None, required - bound, at_least=True, from_date=True)
    return Check("years_since_certificate", UNKNOWN, required)


def _lacks(profile: Profile, required: int) -> bool:
    """The level needed is one said not held, or above it ("没有四级证": no level 4, 3, 2 or 1)."""
    # (a profile pickled before the field existed reads the class default, None)
    return profile.lacks_level is not None and profile.lacks_level >= required


def _years_total(required: float, profile: Profile) -> Check:
    if profile.years_total is not None:
        return _years_check("years_total", required, profile.years_total)
    since = profile.years_since_certificate
    if since is not None and profile.certificate_level != NO_CERTIFICATE and since >= required:
        # Work since the certificate is part of the total, so the total is at least that.
        return Check("years_total", MET, required, since)
    return Check("years_total", UNKNOWN, required)


def _years_check(field: str, required: float, actual: float) -> Check:
    # Years are inclusive (（含）): exactly N years satisfies "N years or more".
    if actual >= required:
        return Check(field, MET, required, actual)
    return Check(field, FAILED, required, actual, required - actual)


def _training(profile: Profile, target: int) -> Check:
    """Formal training counts only for the target level (training for another level is not it)."""
    done, level = profile.formal_training, profile.formal_training_level
    if done is None:
        return Check("formal_training", UNKNOWN, True)
    ok = done and level in (None, target)
    return Check("formal_training", MET if ok else FAILED, True, level if done else False)


def _yes(field: str, value: bool | None) -> Check:
    if value is None:
        return Check(field, UNKNOWN, True)
    return Check(field, MET if value else FAILED, True, value)


def _education(condition: Condition, profile: Profile) -> Check:
    wanted = condition.education
    held = set(profile.education)
    if wanted.includes_final_year_students:
        held |= set(profile.final_year_student_of)
    if held and profile.major_relevant is False:
        # "中专计算机专业": the clauses want this or a related major
        return Check("education", FAILED, wanted.any_of, tuple(sorted(held)))
    if held & set(wanted.any_of):
        return Check("education", MET, wanted.any_of, tuple(sorted(held)))
    if not profile.education and not profile.final_year_student_of:
        return Check("education", UNKNOWN, wanted.any_of)
    return Check("education", FAILED, wanted.any_of, tuple(sorted(held)))
