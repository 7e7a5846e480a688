"""The reply to "which level can I take?" / "how do I get to level 1?": the highest level open now with
its clause, the next level and exactly what it needs (with a date where the person gave years), the
newer generic conditions beside the template, and who decides."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot.eligibility.engine import CANNOT_TELL, ELIGIBLE, NOT_YET, ConditionResult
from bot.eligibility.overview import Overview, alternative_conditions, overview
from bot.eligibility.render import _join, _Writer, speaks_to
from bot.eligibility.rules import RuleSet
from bot.texts import Templates
from bot.types import Source

YEAR_FIELDS = ("years_since_certificate", "years_total")


def render_overview(view: Overview, rules: RuleSet, lang_code: str, templates: Templates,
                    route_to_top: bool = False, today: date | None = None) -> tuple[str, list[Source]]:
    w = _Writer(rules, lang_code, templates)
    today = today or date.today()
    lines = [w.facts(view.profile)]
    sources: list[Source] = []
    if not view.decisions:  # the track's top level is held already
        return _join(lines + [w.t("overview_at_top_held", level=w.level(view.top_level))]), [w.levels_source()]
    lowest = view.decisions[max(view.decisions)]
    if view.highest_open is None and lowest.status == CANNOT_TELL:
        known = []
        for result in lowest.results:  # what the known facts already say: "8 months: 4 more to go"
            if result.gaps and not result.unknown_fields and speaks_to(result, view.profile):
                known += w.route(result)
                when = _earliest(result, today)
                if when:
                    known.append(w.t("overview_from_about", year=when.year, month=when.month))
        if known:  # the plain answer first: not yet on what was said, and when; then what else decides
            lines += [w.t("overview_lowest_not_yet", level=w.level(lowest.target_level)), *known,
                      w.t("overview_other_routes_need")]
        else:
            lines.insert(0, w.t("overview_need_facts"))
        lines += w.questions(lowest.missing_fields)
        if route_to_top:
            lines += _ladder(w, view, rules, first=view.next_level)
        return _join(lines), [w.source(c) for c in lowest.deciding]
    if view.highest_open is not None:
        decision = view.decisions[view.highest_open]
        if decision.met.education is not None and view.profile.major_relevant is None:
            # Open only through a diploma whose major was not said: what is open without it, then the
            # diploma's level on that condition.
            plain = overview(replace(view.profile, education=[], final_year_student_of=[]), rules)
            if plain.highest_open is not None:
                met = plain.decisions[plain.highest_open].met
                lines.append(w.t("overview_open_now", level=w.level(plain.highest_open), id=met.id, text=met.text(w.lang)))
            lines.append(w.t("overview_open_if_major", level=w.level(view.highest_open), id=decision.met.id,
                             text=decision.met.text(w.lang)))
        else:
            lines.append(w.t("overview_open_now", level=w.level(view.highest_open), id=decision.met.id,
                             text=decision.met.text(w.lang)))
        sources.append(w.source(decision.met))
    elif not view.profile.certificate_level:
        lines.append(w.t("overview_none_open", level=w.level(max(view.decisions))))
    if view.next_level is None:
        lines.append(w.t("overview_at_top", level=w.level(view.top_level)))
    else:
        lines += _next_level_lines(w, view, today)
        sources += [w.source(c) for c in view.next_decision.deciding][:2]
        alternatives = [_alternative(w, a) for a in alternative_conditions(rules.path).get(view.next_level) or []]
        alternatives = [a for a in alternatives if a]
        if alternatives:
            texts = w.t("or_separator").join(alternatives)
            lines.append(w.t("overview_alternative", level=w.level(view.next_level), texts=texts))
    if route_to_top:
        lines += _ladder(w, view, rules)
    deciding = [c for d in view.decisions.values() for c in d.deciding if d.target_level in (view.highest_open, view.next_level)]
    if any(not c.confirmed for c in deciding):
        lines.append(w.t("overview_caveat"))
    return _join(lines), sources


def _ladder(w: _Writer, view: Overview, rules: RuleSet, first: int | None = None) -> list[str]:
    """Above the next level (from `first` when nothing is open yet), certificate by certificate, with
    the least years it takes (template); where formal training shortens a step (level 1: 3 years and
    the training instead of 4), both, and the total counts the shorter one."""
    if view.next_level is None or view.next_level <= view.top_level:
        return []
    lines = [w.t("overview_ladder_heading", level=w.level(view.top_level))]
    ladder_years, counted_from = 0.0, None
    start = first if first is not None else view.next_level - 1
    for level in range(start, view.top_level - 1, -1):
        by_certificate = [c for c in rules.levels[level] if c.required_certificate_level == level + 1
                          and c.education is None and not c.requires_formal_training]
        with_training = [c for c in rules.levels[level] if c.required_certificate_level == level + 1
                         and c.education is None and c.requires_formal_training]
        if by_certificate:
            summary = w.summary(by_certificate[0])
            years = by_certificate[0].min_years_after_certificate or 0
            if with_training and (with_training[0].min_years_after_certificate or 0) < years:
                summary = w.t("or_separator").join([summary, w.summary(with_training[0], with_certificate=False)])
                years = with_training[0].min_years_after_certificate or 0
            lines.append(w.t("overview_ladder_step", level=w.level(level), summary=summary))
            ladder_years += years
            counted_from = counted_from or level + 1
    if ladder_years and first is None:
        lines.append(w.t("overview_ladder_total", years=w.years(ladder_years), level=w.level(view.top_level)))
    elif ladder_years:
        lines.append(w.t("overview_ladder_total_from", years=w.years(ladder_years), level=w.level(view.top_level),
                         held=w.level(counted_from)))
    return lines


def _next_level_lines(w: _Writer, view: Overview, today: date) -> list[str]:
    decision = view.next_decision
    name = w.level(view.next_level)
    if decision.status == ELIGIBLE:  # cannot happen (it would be the highest open); kept for safety
        return [w.t("overview_open_now", level=name, id=decision.met.id, text=decision.met.text(w.lang))]
    if decision.status == NOT_YET:
        lines = [w.t("overview_next_not_yet", level=name)]
        for result in decision.closest:
            lines += w.route(result)
            when = _earliest(result, today)
            if when:
                lines.append(w.t("overview_from_about", year=when.year, month=when.month))
        return lines
    # Open only through a route the person has not told about (a diploma, an apprenticeship): the work
    # routes with what they lack, then the open ones in one line.
    lines = [w.t("overview_next_depends", level=name)]
    for result in decision.results:
        if result.gaps and not result.unknown_fields and speaks_to(result, view.profile):
            lines += w.route(result)
            when = _earliest(result, today)
            if when:
                lines.append(w.t("overview_from_about", year=when.year, month=when.month))
    open_routes = [r for r in decision.results if r.unknown_fields]
    if open_routes:
        fields = sorted({f for r in open_routes for f in r.unknown_fields})
        lines.append(w.t("overview_open_routes", ids="/".join(r.condition.id for r in open_routes),
                         fields=w.t("list_separator").join(w.t(f"field_{f}") for f in fields)))
    return lines


def _alternative(w: _Writer, condition: dict) -> str:
    """A newer generic condition in words, from its fields (the rules file gives Chinese text only)."""
    parts = []
    if condition.get("required_certificate_level"):
        parts.append(w.t("summary_certificate", level=w.level(int(condition["required_certificate_level"]))))
    if condition.get("min_years_after_certificate"):
        parts.append(w.t("summary_years_since", years=w.years(condition["min_years_after_certificate"])))
    if condition.get("min_years_total_experience"):
        parts.append(w.t("summary_years_total", years=w.years(condition["min_years_total_experience"])))
    if condition.get("education"):
        parts.append(w.t("overview_alternative_diploma"))
    return w.t("summary_separator").join(parts)


def _earliest(result: ConditionResult, today: date) -> date | None:
    """Where only years are missing: about when they will have them (the person's own figures)."""
    gaps = result.gaps
    if not gaps or any(g.field not in YEAR_FIELDS or g.shortfall is None or g.at_least for g in gaps):
        return None
    months = round(max(g.shortfall for g in gaps) * 12)
    total = today.year * 12 + today.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)
