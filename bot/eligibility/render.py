"""Turning a Decision (or a level's conditions) into a short reply in Chinese or English.

The first line is always the verdict. Then the clause it rests on, quoted in the asker's language,
what was understood from the message (so that a misreading can be corrected), what exactly is
missing, and a caveat whenever the clause is not confirmed text of the 2021 standard. All sentences
come from `prompts/<lang>/eligibility.yaml`; names and clause texts from the rules file.
"""
from __future__ import annotations

from datetime import date

from bot import clock
from bot.eligibility.engine import CANNOT_TELL, ELIGIBLE, MET, NEED_TARGET, NOT_OFFERED, NOT_YET, UNKNOWN, Check, ConditionResult, Decision
from bot.eligibility.profile import JUST_UNDER, NO_CERTIFICATE, Profile, months_later
from bot.eligibility.rules import Condition, RuleSet
from bot.types import Source
from bot.texts import Templates

PURPOSE = "eligibility"
YEAR_FIELDS = ("years_since_certificate", "years_total")
# Facts anyone asking can give at once, and most routes turn on; a missing one is asked back (one question).
CORE_FIELDS = ("certificate_level", "years_since_certificate", "years_total")
# A school read as several codes (it satisfies clauses worded for each) is named by its own name only.
IMPLIED_SCHOOLS = {
    "technician_college": ("senior_technical_school_or_technician_college", "technical_school_relevant",
                           "technical_school_senior_worker_class_or_above_relevant"),
    "senior_technical_school_or_technician_college": ("technical_school_relevant", "technical_school_senior_worker_class_or_above_relevant"),
    "technical_school_senior_worker_class_or_above_relevant": ("technical_school_relevant",),
    "higher_vocational_assessed_advanced_relevant": ("junior_college_or_above_relevant", "secondary_vocational_assessed_intermediate_relevant"),
}
# Schooling that is no vocational diploma: the standard's basic level (junior middle school) and senior high school.
GENERAL_SCHOOLING = {"primary_school", "junior_middle_unfinished", "junior_middle_school", "senior_high_school"}
# Facts of routes through school: a diploma, and the preparatory-technician certificate technician colleges give.
SCHOOL_FIELDS = {"education", "preparatory_technician"}


def render_decision(decision: Decision, rules: RuleSet, lang_code: str, templates: Templates,
                    assumed: tuple[str, ...] = ()) -> tuple[str, list[Source]]:
    """The reply for `decision` and the sources it cites; `assumed` names facts supposed for a "what if"
    question ("如果我先上培训呢"), shown as supposed, never as said."""
    w = _Writer(rules, lang_code, templates, assumed)
    level = w.level(decision.target_level) if decision.target_level else ""
    lines: list[str] = []
    if decision.status == ELIGIBLE:
        if decision.met.education is not None and decision.profile.major_relevant is None \
                and not _school_without_major(decision.met, decision.profile):
            # "中专毕业" without the major: the school route holds only for this or a related major
            lines.append(w.t("verdict_eligible_if_major", level=level))
        else:
            lines.append(w.t("verdict_eligible" if decision.confirmed else "verdict_eligible_unconfirmed", level=level))
        lines += [w.clause(decision.met), w.facts(decision.profile)]
        if decision.met.education is not None and decision.profile.major_relevant is not None:
            lines.append(w.t("note_relevant_major"))
    elif decision.status == NOT_YET and (needed := _certificate_every_route_needs(decision, rules)) is not None \
            and decision.profile.lacks_level is not None and decision.profile.lacks_level >= needed:
        # "没有四级证，能报三级吗": every route needs the certificate they said they lack, said plainly
        lines.append(w.t("verdict_certificate_first", level=level, needed=w.level(needed)))
        lines.append(w.facts(decision.profile))
    elif decision.status == NOT_YET:
        lines += [w.t("verdict_not_yet", level=level), w.facts(decision.profile), w.t("closest_heading")]
        soonest = earliest_route(decision)
        if soonest:  # "so am I eligible for level 1 in Dec 2026?": the date on the verdict's line
            lines[0] += w.from_about(soonest[0], decision.profile, soonest[1])
        for result in decision.closest:
            lines += w.route(result)
            when = _earliest(result, clock.today()) if not result.unknown_fields else None
            if when:
                lines.append(w.dated(when, decision.profile, result))
        if rules.alternative_sources:
            lines.append(w.t("note_alternative_rules"))
    elif decision.status == CANNOT_TELL and (needed := _certificate_every_route_needs(decision, rules)) is not None:
        # "能不能直接考一级？" with no certificate said: every route needs a lower certificate first, said plainly
        lines.append(w.t("verdict_certificate_first", level=level, needed=w.level(needed)))
        lines += w.conditionals(decision.undecided, decision.profile, level)
        lines.append(w.facts(decision.profile))
        lines.append(w.t("ask_one", question=w.t("question_certificate_level")))
    elif decision.status == CANNOT_TELL and decision.profile.has_personal_facts:
        # The person has told something: the verdict on what they said, then each open route as an
        # "if" (what would open it), not a list of questions they may have answered already.
        failed = w.failed_items(decision.results, decision.profile)
        # a route turns only on the years since (or the level of) the certificate: one number away, so not a "no"
        # (a certificate they never mentioned is not one number away: "加起来5年 能报四级吗" is a "not yet")
        held = decision.profile.certificate_level not in (None, NO_CERTIFICATE) or bool(decision.profile.holds_certificate)
        core_open = any(set(r.unknown_fields) <= ({"years_since_certificate", "certificate_level"} if held else {"years_since_certificate"})
                        for r in decision.undecided)
        if failed and core_open:  # "五级证，直播快5年": it turns on the years since the certificate, not "no"
            lines.append(w.t("verdict_depends_short", level=level, items=failed))
        else:
            lines.append(w.t("verdict_not_on_given", level=level, items=failed) if failed
                         else w.t("verdict_depends", level=level))
        soonest_route = earliest_route(decision)
        soonest = soonest_route[0] if soonest_route else None
        if soonest_route:  # "那四级要等到啥时候": when, on the figures given, on the verdict's line (before what is open now)
            lines[-1] += w.from_about(soonest, decision.profile, soonest_route[1])
        bound = _at_the_earliest(decision)
        if bound is not None and (soonest is None or bound[1] < soonest):
            # ("30个月" in all, the certificate 4 years old: the years since it are at most 30 months, so the route
            # after it opens at the earliest 18 months on, if all of them came after it)
            lines[-1] += w.t("overview_at_the_earliest", id=bound[0], year=bound[1].year, month=bound[1].month)
        lines += w.conditionals(decision.undecided, decision.profile, level)
        lines.append(w.facts(decision.profile))
        core = [field for field in decision.missing_fields if field in CORE_FIELDS]
        if core:  # one question back, the fact most routes turn on ("拿证后干了几年？")
            lines.append(w.t("ask_one", question=w.t(f"question_{core[0]}")))
    elif decision.status == CANNOT_TELL:
        failed = w.failed_items(decision.results, decision.profile)
        if failed:
            # What the facts given already decide comes first ("not on 5.5 years: 6 needed"), then
            # only what is still needed for the other routes.
            lines.append(w.t("verdict_not_on_known_facts", level=level, items=failed))
            lines += w.questions(decision.missing_fields)
            lines.append(w.facts(decision.profile))
        else:
            lines.append(w.t("verdict_cannot_tell", level=level))
            lines += w.questions(decision.missing_fields)
            lines.append(w.facts(decision.profile))
        lines.append(w.t("open_heading"))
        for result in decision.undecided:
            lines += w.route(result)
    elif decision.status == NOT_OFFERED:
        job = rules.job_type(decision.job_type)
        lines += [w.t("verdict_not_offered", job=job.name(w.lang), level=level, levels=w.levels(job.levels)),
                  w.other_tracks(decision.target_level), w.facts(decision.profile)]
        return _join(lines), [w.levels_source()]
    elif decision.status == NEED_TARGET:
        lines += [w.t("verdict_need_target"), w.facts(decision.profile)]
        return _join(lines), []
    else:
        raise ValueError(f"unknown decision status {decision.status!r}")
    if decision.job_types_without_level:
        lines.append(w.tracks_note(decision.target_level, decision.job_types_without_level, "note_tracks_without_level"))
    if any(not c.confirmed for c in decision.deciding):
        lines.append(w.t("caveat_unconfirmed", level=level))
    return _join(lines), [w.source(c) for c in decision.deciding]


def render_requirements(
    level: int, rules: RuleSet, lang_code: str, templates: Templates, job_type: str | None = None, newer: str = ""
) -> tuple[str, list[Source]]:
    """Every route to `level` ("申报一级需要什么条件？"), with statuses and training hours; `newer`, the newer
    generic conditions in words, goes before the caveat on the template."""
    w = _Writer(rules, lang_code, templates)
    name = w.level(level)
    if job_type is not None and level not in rules.job_type(job_type).levels:
        job = rules.job_type(job_type)
        text = w.t("requirements_not_offered", job=job.name(w.lang), levels=w.levels(job.levels), level=name)
        return _join([text, w.other_tracks(level)]), [w.levels_source()]
    conditions = rules.levels[level]
    lines = [w.t("requirements_heading", level=name)]
    for n, condition in enumerate(conditions, start=1):
        lines.append(w.t("requirements_route", n=n, id=condition.id, status=w.status(condition), summary=w.summary(condition)))
    lines.append(w.t("requirements_training_hours", level=name, hours=rules.training_hours[level]))
    without = tuple(j.code for j in rules.job_types_without(level))
    if job_type is None and without:
        lines.append(w.tracks_note(level, without, "requirements_tracks_without_level"))
    lines.append(newer)
    if any(not c.confirmed for c in conditions):
        lines.append(w.t("caveat_unconfirmed", level=name))
    return _join(lines), [w.source(c) for c in conditions]


def render_question(missing_fields: tuple[str, ...] | list[str], lang_code: str, templates: Templates) -> str:
    """Ask for the facts the engine needs, one numbered question each."""
    w = _Writer(None, lang_code, templates)
    return _join([w.t("question_intro"), *w.questions(missing_fields)])


def speaks_to(result: ConditionResult, profile: Profile) -> bool:
    """A route's verdict is about this person: it needs no certificate, or they said which one they hold."""
    return result.condition.required_certificate_level is None or profile.certificate_level is not None \
        or bool(profile.holds_certificate)


def _join(lines: list[str]) -> str:
    return "\n".join(line for line in lines if line)


def plain_number(value: float) -> str:
    """A figure as said: "5" for 5.0, "4.5" for 4.5."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


class _Writer:
    """Template look-ups bound to one language and rule set."""

    def __init__(self, rules: RuleSet | None, lang_code: str, templates: Templates, assumed: tuple[str, ...] = ()):
        self.rules = rules
        self.assumed = assumed
        self.lang = "zh" if lang_code.startswith("zh") else "en"
        self.templates = templates

    def t(self, key: str, **values) -> str:
        return self.templates.text(self.lang, PURPOSE, key, **values)

    def level(self, level: int) -> str:
        return self.rules.level_name(level, self.lang)

    def levels(self, levels) -> str:
        return self.t("list_separator").join(self.level(n) for n in levels)

    def from_about(self, when: date, profile: Profile | None = None, result: ConditionResult | None = None) -> str:
        """"With the years you gave, from about 12/2026.", to follow a verdict on its line."""
        return (" " if self.lang == "en" else "") + self.dated(when, profile, result).strip()

    def dated(self, when: date, profile: Profile | None = None, result: ConditionResult | None = None) -> str:
        """About when a route opens: its month, or only its year where the certificate it counts from was dated
        by its year alone ("2022年拿的": some month of 2027, not December because today is in December)."""
        if _dated_by_year_only(profile, result, when):
            return self.t("overview_from_year", year=when.year)
        return self.t("overview_from_about", year=when.year, month=when.month)

    def years(self, value: float) -> str:
        return self.t("years_one") if value == 1 else self._span(value, "years")

    def more_years_rough(self, check: Check) -> str:
        """What is missing, no more exact than what was said: "快一年" is short of a year by "a little", not
        by "3 months"."""
        if not just_under(check.actual):
            return self.more_years(check.shortfall)
        whole = check.shortfall - JUST_UNDER
        return self.t("more_a_little") if whole < 1e-6 else self.t("more_years_and_a_bit", years=plain_number(whole))

    def more_years(self, value: float) -> str:
        return self.t("more_years_one") if value == 1 else self._span(value, "more_years")

    def _span(self, value: float, key: str) -> str:
        """Whole and half years as numbers; "快两年" (parsed as just under 2) as "almost 2 years"; any
        other fraction in months, never "0.0833333 years"."""
        months = round(value * 12)
        if months == 0 and value > 0:  # "做了半个月": less than a month, not "0年"
            return self.t(f"{key}_under_a_month")
        if months % 12 == 0 or (months % 12 == 6 and months > 12):
            return self.t(key, years=plain_number(months / 12))
        if just_under(value):
            return self.t(f"{key}_almost", years=plain_number((months + 3) / 12))
        if months >= 12:  # "1 year 11 months", "2 years 1 month": the language's singular where it has one
            number = ("_one_year" if months // 12 == 1 else "") + ("_one_month" if months % 12 == 1 else "")
            return self.t(f"{key}_months{number}", years=months // 12, months=months % 12)
        return self.t(f"{key}_only_months" + ("_one" if months == 1 else ""), months=months)

    def status(self, condition: Condition) -> str:
        return self.t("status_confirmed" if condition.confirmed else "status_unconfirmed")

    def clause(self, condition: Condition) -> str:
        return self.t("clause", id=condition.id, status=self.status(condition), text=condition.text(self.lang))

    def education(self, codes, separator_key: str = "list_separator") -> str:
        names = [self.rules.education_name(c, self.lang) if c in self.rules.education_names else self.t(f"edu_{c}")
                 for c in codes]
        return self.t(separator_key).join(names)

    def education_said(self, codes) -> str:
        """The kind of school in plain words ("大专", "中专/中职"): whether it is assessed and the major
        relevant is for the evaluation body, so the facts line never claims it."""
        implied = {c for code in codes for c in IMPLIED_SCHOOLS.get(code, ())}  # "技师学院" is read as three codes: say it once
        codes = [code for code in codes if code not in implied]
        return self.t("list_separator").join(dict.fromkeys(self.t(f"edu_said_{c}") for c in codes))

    def facts(self, p: Profile) -> str:
        items = []
        if p.job_type is not None:
            items.append(self.t("fact_job_type", job=self.rules.job_type(p.job_type).name(self.lang)))
        if p.certificate_level == NO_CERTIFICATE:
            items.append(self.t("fact_no_certificate"))
        elif p.certificate_level is not None:
            items.append(self.t("fact_certificate", level=self.level(p.certificate_level)))
        # a break said was taken out of the years from a date; stretches said apart were added up
        less_break = "_less_break" if p.break_taken_out else ""
        if p.years_since_certificate is not None:
            key = "fact_years_since_dated" + less_break if p.years_since_from_date \
                else "fact_years_since_held" + less_break if p.years_since_held else "fact_years_since"
            items.append(self.t(key, years=self.years(p.years_since_certificate)))
        elif p.certificate_age and p.certificate_level not in (None, NO_CERTIFICATE):
            items.append(self.t("fact_certificate_age", years=self.years(p.certificate_age)))
        if p.years_total is not None:
            key = "fact_years_total_dated" + (less_break or ("_stretches" if p.stretches_added else "")) \
                if p.years_total_from_date else "fact_years_total_lines" if p.lines_added \
                else "fact_years_total_platforms" if p.platforms_added else "fact_years_total"
            if p.years_total == 0 and p.other_years:  # ("做咗十幾年文職，想轉行做直播": none yet, not "累计工作0年")
                key = "fact_years_total_none"
            elif p.years_total == 0 and key == "fact_years_total":  # ("畢業後想去做直播", "零基础"; not "今年刚入行", dated)
                key = "fact_years_total_zero"
            items.append(self.t(key, years=self.years(p.years_total)))
        if p.formal_training and "formal_training" in self.assumed:
            items.append(self.t("fact_training_assumed"))
        elif p.formal_training:
            trained = p.formal_training_level
            items.append(self.t("fact_training_done_level", level=self.level(trained)) if trained else self.t("fact_training_done"))
        elif p.formal_training is False:
            items.append(self.t("fact_training_not"))
        if p.apprenticeship is not None:
            items.append(self.t("fact_apprenticeship_done" if p.apprenticeship else "fact_apprenticeship_not"))
        general = bool(p.education) and set(p.education) <= GENERAL_SCHOOLING
        if general:  # 初中, 高中: no school route, and no clause asks for them either
            items.append(self.t("fact_education_general", names=self.education_said(p.education)))
        # what kind of school the person said, not that it is assessed; the major as said ("学的是汽修": not related)
        major = {True: "_relevant", False: "_unrelated"}.get(p.major_relevant, "")
        if p.education and not general:
            items.append(self.t("fact_education_said" + major, names=self.education_said(p.education)))
        if p.final_year_student_of:
            items.append(self.t("fact_final_year_said" + major, names=self.education_said(p.final_year_student_of)))
        if p.preparatory_technician is not None:
            items.append(self.t("fact_preparatory" if p.preparatory_technician else "fact_no_preparatory"))
        if p.month_read and items:  # ("since last March" in December): which March was read, and how to say the other
            month, year, other = p.month_read
            items.append(self.t("fact_month_read", month=month, year=year, other=other))
        understood = self.t("understood", facts=self.t("fact_separator").join(items)) if items else ""
        # (the note is about level 5's entry; beside a certificate already held it answers nothing asked)
        entry = p.certificate_level in (None, NO_CERTIFICATE)
        return understood + ("\n" + self.t("note_basic_education") if general and entry and not p.final_year_student_of else "")

    def gap(self, check: Check, condition: Condition) -> str:
        if check.field == "certificate_level":
            if check.actual == NO_CERTIFICATE:
                return self.t("gap_certificate_none", level=self.level(check.required))
            if check.actual is None:  # a level said not held ("没有四级证"); what else is held is not said
                return self.t("gap_certificate_lacking", level=self.level(check.required))
            return self.t("gap_certificate_low", level=self.level(check.required), held=self.level(check.actual))
        if check.field == "years_since_certificate":
            level = self.level(condition.required_certificate_level)
            if check.at_least:
                total = check.required - check.shortfall
                key = "gap_years_since_dated" if check.from_date else "gap_years_since_bound"
                return self.t(key, more=self.more_years(check.shortfall),
                              required=self.years(check.required), total=self.years(total))
            if check.actual is None:
                return self.t("gap_years_since_no_certificate", level=level, required=self.years(check.required))
            return self.t("gap_years_since", level=level, more=self.more_years_rough(check),
                          required=self.years(check.required), actual=self.years(check.actual))
        if check.field == "years_total":
            return self.t("gap_years_total", more=self.more_years_rough(check),
                          required=self.years(check.required), actual=self.years(check.actual))
        if check.field == "formal_training":
            values = dict(level=self.level(condition.level), hours=self.rules.training_hours[condition.level])
            if check.actual is False:
                return self.t("gap_training", **values)
            return self.t("gap_training_other_level", trained=self.level(check.actual), **values)
        if check.field == "education":
            return self.t("gap_education", names=self.education(check.required, "or_separator"))
        return self.t(f"gap_{check.field}")

    def gaps(self, result: ConditionResult) -> str:
        return self.t("gap_separator").join(self.gap(check, result.condition) for check in result.gaps)

    def route(self, result: ConditionResult) -> list[str]:
        condition = result.condition
        lines = [self.t("route", id=condition.id, status=self.status(condition), text=condition.text(self.lang))]
        if result.gaps:
            lines.append(self.t("route_missing", gaps=self.gaps(result)))
        if result.unknown_fields:
            fields = self.t("list_separator").join(self.t(f"field_{f}") for f in result.unknown_fields)
            lines.append(self.t("route_unknown", fields=fields))
        return lines

    def conditionals(self, undecided, profile: Profile, level: str) -> list[str]:
        """The open routes as "if …" lines. Routes that turn only on a diploma are one short line when the
        person has said nothing about school (a worker asking about their years need not read them all)."""
        said_school = bool(profile.education or profile.final_year_student_of or profile.studying_at)
        school = [r for r in undecided if not said_school and set(r.unknown_fields) <= SCHOOL_FIELDS]
        other = [r for r in undecided if r not in school]
        lines = [self.t("if_heading", level=level), *[self.conditional(r) for r in other]] if other else []
        if school and profile.major_relevant is not False:
            # (not after "no cert, no relevant diploma": the diploma routes are none of theirs, asked or listed)
            lines.append(self.t("school_routes_hint", ids="/".join(r.condition.id for r in school)))
        return lines

    def conditional(self, result: ConditionResult) -> str:
        """An undecided route as what would open it: "· 如果你持有四级证书，且取得后满5年（L3-A，待确认）"."""
        condition = result.condition
        parts = [self.condition_part(check, condition) for check in result.checks if check.outcome == UNKNOWN]
        return self.t("if_route", conditions=self.t("and_separator").join(parts), id=condition.id,
                      status=self.status(condition))

    def condition_part(self, check: Check, condition: Condition) -> str:
        if check.field == "certificate_level":
            return self.t("if_certificate", level=self.level(check.required))
        if check.field == "years_since_certificate":
            return self.t("if_years_since", level=self.level(condition.required_certificate_level),
                          years=self.years(check.required))
        if check.field == "years_total":
            return self.t("if_years_total", years=self.years(check.required))
        if check.field == "formal_training":
            return self.t("if_training", level=self.level(condition.level), hours=self.rules.training_hours[condition.level])
        if check.field == "education":
            key = "if_education_final_year" if condition.education.includes_final_year_students else "if_education"
            return self.t(key, names=self.education(check.required, "or_separator"))
        return self.t(f"if_{check.field}")

    def failed_items(self, results: tuple[ConditionResult, ...], profile: Profile) -> str:
        """The routes the facts given rule out, each with what it lacks ("" when none). A route through a
        certificate the person has not mentioned is left out: "2 more years after the certificate" reads
        as if they held one."""
        # (a diploma the route needs and the person has not spoken of is named beside what the years lack:
        # "L3-C: 3 more months after the level-4 certificate" alone reads as if time were all it needs)
        items = [self.t("failed_item", id=r.condition.id, gaps=self.gaps(r) + (
                    self.t("gap_separator") + self.summary_of_the_diploma(r.condition)
                    if "education" in r.unknown_fields and r.condition.education is not None else ""))
                 for r in results if r.gaps and speaks_to(r, profile)]
        return self.t("fact_separator").join(items)

    def summary_of_the_diploma(self, c: Condition) -> str:
        key = "summary_education_final_year" if c.education.includes_final_year_students else "summary_education"
        return self.t(key, names=self.education(c.education.any_of, "or_separator"))

    def questions(self, fields) -> list[str]:
        return [self.t("question_line", n=n, question=self.t(f"question_{field}")) for n, field in enumerate(fields, start=1)]

    def summary(self, c: Condition, with_certificate: bool = True) -> str:
        """The condition in one line; without its certificate part when the line before named it."""
        parts = []
        if c.required_certificate_level is not None and with_certificate:
            parts.append(self.t("summary_certificate", level=self.level(c.required_certificate_level)))
        if c.min_years_after_certificate is not None:
            parts.append(self.t("summary_years_since", years=self.years(c.min_years_after_certificate)))
        if c.min_years_total_experience is not None:
            parts.append(self.t("summary_years_total", years=self.years(c.min_years_total_experience)))
        if c.requires_formal_training:
            parts.append(self.t("summary_training", level=self.level(c.level), hours=self.rules.training_hours[c.level]))
        if c.requires_apprenticeship_completed:
            parts.append(self.t("summary_apprenticeship"))
        if c.requires_preparatory_technician_certificate:
            parts.append(self.t("summary_preparatory_technician"))
        if c.education is not None:
            parts.append(self.summary_of_the_diploma(c))
        return self.t("summary_separator").join(parts)

    def tracks_note(self, level: int, job_codes: tuple[str, ...], key: str) -> str:
        jobs = [self.rules.job_type(code) for code in job_codes]
        offered = sorted({n for job in jobs for n in job.levels}, reverse=True)
        names = self.t("list_separator").join(job.name(self.lang) for job in jobs)
        return self.t(key, jobs=names, levels=self.levels(offered), level=self.level(level))

    def other_tracks(self, level: int) -> str:
        jobs = [job.name(self.lang) for job in self.rules.job_types if level in job.levels]
        return self.t("note_other_tracks", jobs=self.t("list_separator").join(jobs), level=self.level(level)) if jobs else ""

    def source(self, condition: Condition) -> Source:
        return Source(title=self.rules.standard_name(self.lang), source=condition.sources[0],
                      section=self.t(source_section_key(condition), id=condition.id))

    def levels_source(self) -> Source:
        return Source(title=self.rules.standard_name(self.lang), source=self.rules.standard_sources[0],
                      section=self.t("source_section_levels"))


def source_section_key(condition: Condition) -> str:
    """The source line's section: a clause of the standard, or the usual template a page reproduces for it (not this
    standard's own text, which was not retrieved for levels 5-2)."""
    return "source_section_template" if condition.status == "unconfirmed_template" else "source_section"


# Diplomas the clauses name with no major ("高级技工学校、技师学院毕业证书"): no "if your major is related".
SCHOOLS_WITHOUT_MAJOR = {"senior_technical_school_or_technician_college", "technician_college"}


def _school_without_major(condition: Condition, profile: Profile) -> bool:
    """The diploma the person holds (or is finishing) meets `condition` through a school the clause names
    without a major."""
    held = set(profile.education) | (set(profile.final_year_student_of) if condition.education.includes_final_year_students else set())
    return bool(held & set(condition.education.any_of) & SCHOOLS_WITHOUT_MAJOR)


def just_under(years) -> bool:
    """A figure said as "almost N years" (parsed as N - JUST_UNDER)."""
    return isinstance(years, (int, float)) and not isinstance(years, bool) and years > 0 and abs(years % 1 - (1 - JUST_UNDER)) < 1e-6


def _certificate_every_route_needs(decision: Decision, rules: RuleSet) -> int | None:
    """The certificate level every route to the level asked needs, when no certificate was said (level 3
    needs level 4 whatever else, level 1 needs level 2); None when some route needs none."""
    profile = decision.profile
    if decision.target_level is None or profile.certificate_level is not None or profile.holds_certificate:
        return None
    needed = [c.required_certificate_level for c in rules.levels[decision.target_level]]
    return max(needed) if needed and None not in needed else None


def earliest_route(decision: Decision, today: date | None = None) -> tuple[date, ConditionResult] | None:
    """The soonest route the figures given decide, with about when it will be met (None: none can be dated)."""
    today = today or clock.today()
    dated = _dated_results(decision, today)
    if not dated:
        return None
    soonest = min(dated, key=lambda pair: (pair[0], pair[1].condition.id))
    # (a route kept shut only by years said loosely, "将近5年", that may open sooner than the one dated: no date is
    # the soonest, so none is named)
    for result in decision.results:
        if result.gaps and not result.unknown_fields and _earliest(result, today) is None \
                and all(g.field in YEAR_FIELDS and isinstance(g.shortfall, (int, float)) for g in result.gaps) \
                and months_later(today, max(g.shortfall for g in result.gaps) * 12) < soonest[0]:
            return None
    return soonest


def dated_routes(decision: Decision, today: date | None = None) -> list[tuple[date, str]]:
    """Each route the figures given decide, with about when it is met (today for one met already), soonest first:
    what "which route is faster" compares."""
    today = today or clock.today()
    met = [(today, r.condition.id) for r in decision.results if r.outcome == MET]
    return sorted(met + [(when, r.condition.id) for when, r in _dated_results(decision, today)])


def _dated_results(decision: Decision, today: date) -> list[tuple[date, ConditionResult]]:
    """(about when, route) for each route not met that only years keep shut, on the figures given."""
    return [(when, r) for r in decision.results if r.gaps and not r.unknown_fields and (when := _earliest(r, today))]


def shut_through(decision: Decision, year: int, month: int, today: date | None = None) -> bool:
    """Every route the figures given decide still lacks years past (year, month), even counting a shortfall said
    loosely ("快两年": a little more than four years still to go) at its least: "如果明年六月再报呢" is a no,
    though no month can be named. Routes that turn on what was not said (a school, training) are left to the
    lines that ask for it; with none decided, False."""
    today = today or clock.today()
    decided = [r for r in decision.results if r.gaps and not r.unknown_fields]
    if not decided:
        return False
    for result in decided:
        shortfalls = [g.shortfall if g.shortfall is not None else g.required for g in result.gaps
                      if g.field in YEAR_FIELDS and isinstance(g.shortfall if g.shortfall is not None else g.required, (int, float))]
        if not shortfalls:
            return False
        opens = months_later(today, max(shortfalls) * 12)
        if (opens.year, opens.month) <= (year, month):
            return False
    return True


def earliest_date(decision: Decision, today: date | None = None) -> date | None:
    """About when the soonest route the figures given decide will be met (None: none can be dated)."""
    soonest = earliest_route(decision, today)
    return soonest[0] if soonest else None


def _dated_by_year_only(profile: Profile | None, result: ConditionResult | None, when: date) -> bool:
    """The route counts only years since a certificate dated by its year alone, worked all along since: its date is
    some month of a year, not the month worked out from today."""
    if profile is None or result is None or not profile.years_since_from_date or profile.certificate_day is not None:
        return False
    age, at_most, since = profile.certificate_age, profile.years_since_at_most, profile.years_since_certificate
    if age is None or at_most is None or since is None or at_most - age < 0.5 or abs(since - age) > 1e-6:
        return False
    return bool(result.gaps) and all(g.field == "years_since_certificate" for g in result.gaps)


def _at_the_earliest(decision: Decision, today: date | None = None) -> tuple[str, date] | None:
    """(route, date) for a route whose years since the certificate are only bounded by the years of work said
    ("at least 1.5 more"): the soonest it can open, if all the years said came after the certificate."""
    today = today or clock.today()
    profile = decision.profile
    if profile.years_total is None or profile.years_since_certificate is not None \
            or (profile.years_since_at_most is not None and profile.years_since_at_most <= profile.years_total):
        return None  # (bounded by the certificate's date, not by the years said: "if worked all along" says that)
    found = [(months_later(today, short * 12), r.condition.id) for r in decision.results
             if not r.unknown_fields and _bounded_by_years_said(r) and (short := _years_short(r)) is not None]
    if not found:
        return None
    when, route = min(found)
    return route, when


def _earliest(result: ConditionResult, today: date) -> date | None:
    """Where only years are missing: about when they will have them (the person's own figures, or the
    certificate's date: "at the earliest"); not a route only bounded by the years said (see _at_the_earliest)."""
    short = _years_short(result)
    if short is None or _bounded_by_years_said(result):
        return None
    return months_later(today, short * 12)


def _years_short(result: ConditionResult) -> float | None:
    """The years a route still lacks, when only years are missing and each shortfall is known ("快一年": no
    month can be worked out from it, so None)."""
    gaps = result.gaps
    if not gaps or any(g.field not in YEAR_FIELDS or g.shortfall is None or just_under(g.actual) for g in gaps):
        return None
    return max(g.shortfall for g in gaps)


def _bounded_by_years_said(result: ConditionResult) -> bool:
    """Some shortfall is only a bound from the years of work said ("at least 1.5 more"), not from a date."""
    return any(g.at_least and not g.from_date for g in result.gaps)
