"""The reply to "which level can I take?" / "how do I get to level 1?": the highest level open now with
its clause, the next level and exactly what it needs (with a date where the person gave years), the
newer generic conditions beside the template, and who decides."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot import clock
from bot.eligibility.engine import CANNOT_TELL, ELIGIBLE, NOT_YET, ConditionResult
from bot.eligibility.overview import Overview, alternative_conditions, alternative_open, overview
from bot.eligibility.profile import months_later
from bot.eligibility.render import CORE_FIELDS, YEAR_FIELDS, _earliest, _join, _Writer, speaks_to
from bot.eligibility.rules import RuleSet
from bot.texts import Templates
from bot.types import Source



def render_overview(view: Overview, rules: RuleSet, lang_code: str, templates: Templates,
                    route_to_top: bool = False, today: date | None = None,
                    assumed: tuple[str, ...] = (), destination: int | None = None,
                    age: int | None = None) -> tuple[str, list[Source]]:
    """`destination`: the level a route question names ("由五級考到三級要幾耐"), else the track's top;
    `age`: the asker's, when said, to tell the age at that date."""
    w = _Writer(rules, lang_code, templates, assumed)
    today = today or clock.today()
    lines = [w.facts(view.profile)]
    sources: list[Source] = []
    if not view.decisions:  # the track's top level is held already
        higher = w.other_tracks(view.top_level - 1) if view.top_level > 1 else ""  # "平台管理员三级，想考到一级"
        held = view.profile.certificate_level
        if held is not None and 0 < held < view.top_level:
            # "他二级…" then "他的二级是平台管理员的": no such level in that job type; the certificate is to be checked
            return _join(lines + [w.t("overview_held_not_in_track", held=w.level(held), level=w.level(view.top_level)),
                                  higher and w.t("overview_other_tracks_higher", tracks=higher)]), [w.levels_source()]
        return _join(lines + [w.t("overview_at_top_held", level=w.level(view.top_level)),
                              higher and w.t("overview_other_tracks_higher", tracks=higher)]), [w.levels_source()]
    lowest = view.decisions[max(view.decisions)]
    if view.highest_open is None and lowest.status == CANNOT_TELL:
        known = []
        for result in lowest.results:  # what the known facts already say: "8 months: 4 more to go"
            if result.gaps and not result.unknown_fields and speaks_to(result, view.profile):
                known += w.route(result)
                when = _earliest(result, today)
                if when:
                    known.append(w.dated(when, view.profile, result))
        if known:  # the plain answer first: not yet on what was said, and when; then what would open it
            lines += [w.t("overview_lowest_not_yet", level=w.level(lowest.target_level)), *known,
                      *w.conditionals(lowest.undecided, view.profile, w.level(lowest.target_level))]
        elif view.profile.has_personal_facts:  # something said, nothing decided yet: what would open it, one question
            lines += w.conditionals(lowest.undecided, view.profile, w.level(lowest.target_level))
            core = [field for field in lowest.missing_fields if field in CORE_FIELDS]
            if core:
                lines.append(w.t("ask_one", question=w.t(f"question_{core[0]}")))
        else:
            lines.insert(0, w.t("overview_need_facts"))
            lines += w.questions(lowest.missing_fields)
        opened = alternative_open(view.profile, rules, age)
        if opened is not None:  # "大专应届, 3 months": a newer condition may open a level the template does not
            lines.append(w.t("overview_alternative_opens", level=w.level(opened[0]), id=opened[1]["id"]))
        elif 5 in view.decisions and age is None:  # no work yet: the newer level-5 condition turns on an age not said
            lines.append(newer_level5_if_16(w, rules))
        if route_to_top:
            lines += _ladder(w, view, rules, first=view.next_level, last=destination)
            eta_line = _eta_line(w, view, rules, today, destination, age)
            if eta_line:  # "最快得多少年": the answer first
                lines.insert(0, eta_line)
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
        newer = alternative_open(view.profile, rules, age)
        if newer is not None and newer[0] == 5:  # "16, no work yet": the newer level-5 condition may open it
            lines.append(w.t("overview_alternative_opens", level=w.level(5), id=newer[1]["id"]))
        elif 5 in view.decisions and age is None:
            lines.append(newer_level5_if_16(w, rules))
    if view.next_level is None:
        lines.append(w.t("overview_at_top", level=w.level(view.top_level)))
    else:
        lines += _next_level_lines(w, view, today)
        sources += [w.source(c) for c in view.next_decision.deciding][:2]
        alternatives = [_alternative(w, a) for a in alternative_conditions(rules.path).get(view.next_level) or []
                        if _may_concern(a, view.profile)]
        alternatives = [a for a in alternatives if a]
        if alternatives:
            texts = w.t("alternative_separator").join(f"({n}) {a}" for n, a in enumerate(alternatives, start=1))
            lines.append(w.t("overview_alternative", level=w.level(view.next_level), texts=texts))
        opened = alternative_open(view.profile, rules, age)
        if opened is not None and opened[0] < (view.highest_open or 6):
            lines.append(w.t("overview_alternative_opens", level=w.level(opened[0]), id=opened[1]["id"]))
    if route_to_top:
        ladder = _ladder(w, view, rules, last=destination)
        eta_line = _eta_line(w, view, rules, today, destination, age)
        if eta_line:  # "要几耐先到顶": the answer first, the steps after
            lines.insert(0, eta_line)
        lines += ladder
    deciding = [c for d in view.decisions.values() for c in d.deciding if d.target_level in (view.highest_open, view.next_level)]
    if any(not c.confirmed for c in deciding):
        lines.append(w.t("overview_caveat"))
    return _join(lines), sources


def newer_level5_if_16(w: _Writer, rules: RuleSet, age: int | None = None) -> str:
    """The newer level-5 condition (16 and intending to work in the field), said as an "if" on the age; at the age
    said, when it is old enough ("My daughter is 16…" then "what level can she get?")."""
    condition = next(c for c in alternative_conditions(rules.path).get(5) or [] if c.get("min_age"))
    text = condition["text_en" if w.lang == "en" else "text_zh"]
    if age is not None and age >= condition["min_age"]:
        return w.t("open_level5_at_age", id=condition["id"], text=text, age=age)
    return w.t("open_level5_if_16", id=condition["id"], text=text)


def _ladder(w: _Writer, view: Overview, rules: RuleSet, first: int | None = None, last: int | None = None) -> list[str]:
    """Above the next level (from `first` when nothing is open yet) up to `last` (the level asked about;
    else the track's top), certificate by certificate, with the least years it takes (template); where formal
    training shortens a step (level 1: 3 years and the training instead of 4), both, and the total counts the
    shorter one."""
    top = last if last is not None and last >= view.top_level else view.top_level
    if view.next_level is None or view.next_level <= top:
        return []
    lines = [w.t("overview_ladder_heading", level=w.level(top))]
    ladder_years, counted_from = 0.0, None
    start = first if first is not None else view.next_level - 1
    # (the diploma the person holds or is finishing, where a route names it: "大专 in 电子商务", level 3 two years
    # after level 4, L3-C)
    diplomas = set(view.profile.education) | set(view.profile.final_year_student_of) if view.profile.major_relevant is True else set()
    for level in range(start, top - 1, -1):
        by_certificate = [c for c in rules.levels[level] if c.required_certificate_level == level + 1
                          and c.education is None and not c.requires_formal_training]
        with_training = [c for c in rules.levels[level] if c.required_certificate_level == level + 1
                         and c.education is None and c.requires_formal_training]
        with_diploma = [c for c in rules.levels[level] if c.required_certificate_level == level + 1 and c.education is not None
                        and diplomas & set(c.education.any_of) and c.min_years_after_certificate is not None]
        if by_certificate:
            summary = w.summary(by_certificate[0])
            years = by_certificate[0].min_years_after_certificate or 0
            if with_training and (with_training[0].min_years_after_certificate or 0) < years:
                summary = w.t("or_separator").join([summary, w.summary(with_training[0], with_certificate=False)])
                years = with_training[0].min_years_after_certificate or 0
            if with_diploma and (with_diploma[0].min_years_after_certificate or 0) < years:
                summary = w.t("or_separator").join([summary, w.summary(with_diploma[0])])
                years = with_diploma[0].min_years_after_certificate or 0
            lines.append(w.t("overview_ladder_step", level=w.level(level), summary=summary))
            ladder_years += years
            counted_from = counted_from or level + 1
    if ladder_years and first is None:
        lines.append(w.t("overview_ladder_total", years=w.years(ladder_years), level=w.level(top)))
    elif ladder_years:
        lines.append(w.t("overview_ladder_total_from", years=w.years(ladder_years), level=w.level(top),
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
                lines.append(w.dated(when, view.profile, result))
        return lines
    # Open only through a route the person has not told about (a diploma, an apprenticeship): the work
    # routes with what they lack, then the open ones in one line.
    lines = []
    for result in decision.results:
        if result.gaps and not result.unknown_fields and speaks_to(result, view.profile):
            lines += w.route(result)
            when = _earliest(result, today)
            if when:
                lines.append(w.dated(when, view.profile, result))
    lines = [w.t("overview_next_depends", level=name), *lines] if lines else []
    open_routes = list(decision.undecided)  # failed already on what was said: not open, whatever else is unknown
    if open_routes:  # what would open it, not a question about facts the person may have given already
        lines += w.conditionals(open_routes, view.profile, name)
    return lines


def render_newer_conditions(level: int, rules: RuleSet, lang_code: str, templates: Templates) -> str:
    """The newer generic conditions for `level`, beside its template routes ("someone told me 3 years for
    level 4": that is one of them); empty where there are none (level 1 is confirmed text)."""
    w = _Writer(rules, lang_code, templates)
    texts = [text for text in (_alternative(w, a) for a in alternative_conditions(rules.path).get(level) or []) if text]
    if not texts:
        return ""
    joined = w.t("alternative_separator").join(f"({n}) {a}" for n, a in enumerate(texts, start=1))
    return w.t("overview_alternative", level=w.level(level), texts=joined)


def _alternative(w: _Writer, condition: dict) -> str:
    """A newer generic condition in words: the rules file's Chinese text, or in English from its fields."""
    if w.lang == "zh" and condition.get("text_zh"):
        return condition["text_zh"]
    if condition.get("professional_title_required") and condition.get("text_en"):
        return condition["text_en"]  # (a professional title has no field the words below say)
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


def _may_concern(condition: dict, profile) -> bool:
    """A newer condition worth naming to this person: not one through a professional title (nobody here
    has mentioned one), nor one through a diploma when they named no school."""
    if condition.get("professional_title_required"):
        return False
    return not condition.get("education") or bool(profile.education or profile.final_year_student_of or profile.studying_at)


def _eta_line(w: _Writer, view: Overview, rules: RuleSet, today: date, destination: int | None, age: int | None) -> str:
    """"最快约2035年1月可以申报三级/高级工（那时约48岁）", or "" when it cannot be worked out."""
    level = destination if destination is not None and view.next_level is not None and view.top_level <= destination <= view.next_level \
        else view.top_level
    found = _top_eta(view, rules, today, level)
    if found is None:
        return ""
    eta, trained, untrained = found
    if trained == level and untrained is not None and (eta.year, eta.month) == (today.year, today.month) \
            and (clause := _training_clause(view, level)) is not None:
        # "L2 since June 2023, no training yet: when can I apply for senior technician?": the years are in, so the
        # training is all that stands between; the standard's own text, not the template
        return w.t("overview_top_eta_training_now", level=w.level(level), hours=rules.training_hours.get(level, ""),
                   clause=clause, year=untrained.year, month=untrained.month)
    line = w.t("overview_top_eta", level=w.level(level), year=eta.year, month=eta.month)
    if trained and untrained is not None:  # "with the training now; without it from about 9/2027"
        line += w.t("overview_eta_with_training_until", level=w.level(trained), year=untrained.year, month=untrained.month)
    elif trained:  # level 1: three years and the formal training instead of four years
        line += w.t("overview_eta_with_training", level=w.level(trained))
    if age is not None:
        line += w.t("overview_eta_age", age=age + (eta.year - today.year) - (1 if eta.month < today.month else 0))
    return line


def _training_clause(view: Overview, level: int) -> str | None:
    """The id of the route to `level` that formal training opens (its years met), when the next level is it."""
    if view.next_level != level or view.next_decision is None:
        return None
    return next((r.condition.id for r in view.next_decision.results if r.condition.requires_formal_training
                 and all(g.field == "formal_training" for g in r.gaps)), None)


def _top_eta(view: Overview, rules: RuleSet, today: date, destination: int | None = None) -> tuple[date, int | None, date | None] | None:
    """About when the track's top level can be applied for, on the person's own figures: the next level
    when its years are in (or, with a level open now, its certificate plus the years after it), then each
    certificate step of the ladder as early as allowed. Where formal training shortens a step (level 1:
    three years and the training instead of four), the shorter one, and that level is returned with the
    date so the reply says the training is counted. None when that cannot be worked out."""
    if view.next_level is None or view.next_decision is None:
        return None
    trained: int | None = None
    # (not a route that hangs on something not said: "大专 + 2 years after level 4" when no schooling was told)
    dates = [when for r in view.next_decision.results if not r.unknown_fields and (when := _earliest(r, today)) is not None]
    untrained = min(dates) if dates else None
    for r in view.next_decision.results:
        # ("L2 since Sep 2023 … is there a training route to 一级 before summer 2027?": three years are in, so
        # with the formal training it is now; the date counts the training, and the reply says so)
        # (training not said either way, or said not done yet: "haven't done any extra training" can be done next)
        if r.condition.requires_formal_training and set(r.unknown_fields) <= {"formal_training"} \
                and all(g.field in YEAR_FIELDS or g.field == "formal_training" for g in r.gaps) \
                and ("formal_training" in r.unknown_fields or any(g.field == "formal_training" for g in r.gaps)):
            years_only = [c for c in r.checks if c.field != "formal_training"]
            when = today if not any(g.field in YEAR_FIELDS for g in r.gaps) else _earliest(replace(r, checks=tuple(years_only)), today)
            if when is not None and (not dates or when < min(dates)):
                dates.append(when)
                trained = view.next_level
    if view.highest_open is not None:
        step = _shortest_step(rules, view.next_level, view.highest_open, view.profile)
        if step is not None:
            dates.append(months_later(today, step[0] * 12))
            if step[1] and months_later(today, step[0] * 12) == min(dates):
                trained = view.next_level
    if not dates:
        return None
    months = 0.0
    last = destination if destination is not None else view.top_level
    for level in range(view.next_level - 1, last - 1, -1):
        step = _shortest_step(rules, level, level + 1, view.profile)
        if step is None:
            return None
        months += step[0] * 12
        trained = level if step[1] else trained
    if trained == view.next_level and untrained is not None and last == view.next_level and untrained > min(dates):
        return min(dates), trained, untrained  # the next level is the one asked: the date without the training too
    return months_later(min(dates), months), trained, None


def _shortest_step(rules: RuleSet, level: int, held: int, profile=None) -> tuple[float, bool] | None:
    """The fewest years after a level-`held` certificate that open `level`, and whether that route needs the formal
    training: without a diploma, or with the one `profile` holds or is finishing ("大专 in 电子商务": level 3 two years
    after level 4, L3-C, not five)."""
    diplomas = set(profile.education) | set(profile.final_year_student_of) if profile is not None and profile.major_relevant is True else set()
    steps = [(c.min_years_after_certificate, c.requires_formal_training) for c in rules.levels[level]
             if c.required_certificate_level == held and c.min_years_after_certificate is not None
             and (c.education is None or diplomas & set(c.education.any_of))]
    return min(steps) if steps else None

