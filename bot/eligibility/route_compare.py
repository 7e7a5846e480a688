"""Two ways to a level compared by date ("先考五级还是等满六年，哪个快？"): the route on years alone and the route
through the certificate one level below, under the 2021 template and under the newer generic conditions, from
the years the person gave and today's date.

The dates are the earliest each route allows if the person keeps working from today and each certificate comes
as soon as it may be applied for; exam and issue times add to them. They are worked out, never decided: the
reply says which set of conditions applies is the evaluation body's call.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.eligibility.engine import ELIGIBLE, evaluate
from bot.eligibility.overview import alternative_conditions
from bot.eligibility.profile import Profile
from bot.eligibility.rules import RuleSet


@dataclass(frozen=True)
class Route:
    id: str
    years: float  # years of work the route asks: in total, or after the certificate below
    month: int  # the month number (year * 12 + month - 1) it opens at the earliest


@dataclass(frozen=True)
class RouteDates:
    """One set of conditions: the years-only route and the certificate-first route to `level`."""
    by_years: Route | None
    via_certificate: Route | None

    @property
    def faster(self) -> str | None:
        """"years", "certificate", "same", or None when one of the two cannot be dated."""
        if self.by_years is None or self.via_certificate is None:
            return None
        a, b = self.by_years.month, self.via_certificate.month
        return "same" if a == b else "years" if a < b else "certificate"


@dataclass(frozen=True)
class Comparison:
    level: int
    step: int  # the certificate the second route goes through
    step_month: int  # when that certificate may be applied for at the earliest
    template: RouteDates
    newer: RouteDates


def compare_routes(profile: Profile, level: int, rules: RuleSet, today: date) -> Comparison | None:
    """The two routes to `level` dated, or None when the years are not known (the dates would be guesses) or the
    level has no such pair of routes."""
    step = level + 1
    if profile.years_total is None or step > 5 or (profile.certificate_level and profile.certificate_level <= level):
        return None
    now = today.year * 12 + today.month - 1
    worked = round(profile.years_total * 12)
    held = profile.certificate_level if profile.certificate_level and profile.certificate_level <= step else None
    since = round((profile.years_since_certificate or 0) * 12) if held else 0
    step_month = now if held else _step_opens(profile, step, rules, now, worked)
    if step_month is None:
        return None

    def by_years(condition_id: str, years: float | None) -> Route | None:
        return None if not years else Route(condition_id, years, now + max(round(years * 12) - worked, 0))

    def via_certificate(condition_id: str, years: float | None) -> Route | None:
        if not years:
            return None
        # (from a certificate held, the years since it count; from one still to get, the years start with it)
        return Route(condition_id, years, now + max(round(years * 12) - since, 0) if held else step_month + round(years * 12))

    years_only = _years_only(rules, level)
    after_step = next((c for c in _on_years(rules, level) if c.required_certificate_level == step and c.min_years_after_certificate), None)
    template = RouteDates(by_years(years_only.id, years_only.min_years_total_experience) if years_only else None,
                          via_certificate(after_step.id, after_step.min_years_after_certificate) if after_step else None)
    newer_conditions = [c for c in alternative_conditions(rules.path).get(level) or []
                        if not c.get("education") and not c.get("professional_title_required") and not c.get("min_age")]
    newer_years = next((c for c in newer_conditions if not c.get("required_certificate_level") and c.get("min_years_total_experience")), None)
    newer_step = next((c for c in newer_conditions if c.get("required_certificate_level") == step and c.get("min_years_after_certificate")), None)
    newer = RouteDates(by_years(newer_years["id"], newer_years["min_years_total_experience"]) if newer_years else None,
                       via_certificate(newer_step["id"], newer_step["min_years_after_certificate"]) if newer_step else None)
    if template.via_certificate is None and newer.via_certificate is None:
        return None
    return Comparison(level, step, step_month, template, newer)


def _step_opens(profile: Profile, step: int, rules: RuleSet, now: int, worked: int) -> int | None:
    """When the certificate below may be applied for: now if the template opens it on the facts given, else the
    month its years-only route opens (None when that cannot be said)."""
    if evaluate(Profile(**{**profile.__dict__, "target_level": step, "certificate_level": 0}), rules).status == ELIGIBLE:
        return now
    years_only = _years_only(rules, step)
    if years_only is None:
        return None
    return now + max(round(years_only.min_years_total_experience * 12) - worked, 0)


def _on_years(rules: RuleSet, level: int) -> list:
    """The template clauses of `level` that ask only for years, with or without a certificate (no diploma, training,
    apprenticeship or preparatory-technician certificate)."""
    return [c for c in rules.levels.get(level, ()) if c.education is None and not c.requires_formal_training
            and not c.requires_apprenticeship_completed and not c.requires_preparatory_technician_certificate]


def _years_only(rules: RuleSet, level: int):
    """The template clause of `level` on years of work alone (no certificate), or None."""
    return next((c for c in _on_years(rules, level) if c.required_certificate_level is None and c.min_years_total_experience), None)
