"""When a level opens once a certificate not yet held is obtained ("如果我今年考到五级，几时可以考四级？",
"if I pass level 4 next year, what's the earliest I could sit level 3?"): each route of the level asked,
dated from that certificate, beside the routes the years already said would open sooner."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.eligibility.overview import alternative_conditions
from bot.eligibility.profile import Profile, months_later
from bot.eligibility.rules import Condition, RuleSet


@dataclass(frozen=True)
class Opening:
    when: date
    condition: Condition | None  # a route of the 2021 template, or None for a newer generic condition
    newer: dict | None = None  # the newer generic condition (its id and text), when `condition` is None
    from_certificate: bool = True  # dated from the supposed certificate, else from the years said


def openings(rules: RuleSet, held: int, target: int, obtained: date, profile: Profile, today: date) -> list[Opening]:
    """The routes to `target` a level-`held` certificate obtained on `obtained` opens, each with its date,
    earliest first; routes through a diploma are kept (the reply says they need one), training-only and
    preparatory-technician routes left out."""
    found = []
    for condition in rules.levels.get(target, ()):
        if condition.requires_preparatory_technician_certificate:
            continue
        if condition.required_certificate_level is not None and held <= condition.required_certificate_level:
            found.append(Opening(months_later(obtained, (condition.min_years_after_certificate or 0) * 12), condition))
        elif condition.required_certificate_level is None and condition.education is None \
                and condition.min_years_total_experience and profile.years_total is not None:
            wait = max(condition.min_years_total_experience - profile.years_total, 0.0)
            found.append(Opening(months_later(today, wait * 12), condition, from_certificate=False))
    for newer in alternative_conditions(rules.path).get(target) or []:
        level, years = newer.get("required_certificate_level"), newer.get("min_years_after_certificate")
        total = newer.get("min_years_total_experience")
        if newer.get("education") or newer.get("professional_title_required"):
            continue
        if level is not None and years is not None and held <= int(level):
            found.append(Opening(months_later(obtained, float(years) * 12), None, newer))
        elif level is None and total is not None and profile.years_total is not None:
            wait = max(float(total) - profile.years_total, 0.0)
            found.append(Opening(months_later(today, wait * 12), None, newer, from_certificate=False))
    return sorted(found, key=lambda o: (o.when, o.condition is None))
