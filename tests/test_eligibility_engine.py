"""The decision procedure of knowledge/rules/eligibility.yaml, and loading that file safely.

Boundaries are tested at every clause with years: N-1 fails, N (inclusive, （含）) and N+1 pass.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.eligibility import (
    CANNOT_TELL,
    ELIGIBLE,
    NEED_TARGET,
    NO_CERTIFICATE,
    NOT_OFFERED,
    NOT_YET,
    Profile,
    RulesError,
    evaluate,
    load_rules,
)

RULES_PATH = Path(__file__).resolve().parents[1] / "knowledge" / "rules" / "eligibility.yaml"
NO_RELEVANT_DIPLOMA = ["senior_high_school"]  # education known, meets no education clause
STREAMER = "live_streaming_salesperson"


@pytest.fixture(scope="module")
def rules():
    return load_rules(RULES_PATH)


def decide(rules, target, job_type=STREAMER, **facts):
    return evaluate(Profile(target_level=target, job_type=job_type, **facts), rules)


def result_of(decision, condition_id):
    return next(r for r in decision.results if r.condition.id == condition_id)


# --- the rules file -------------------------------------------------------------------------------

def test_real_rules_file_loads_every_level_and_job_type(rules):
    assert sorted(rules.levels) == [1, 2, 3, 4, 5]
    assert [c.id for c in rules.levels[1]] == ["L1-A", "L1-B"]
    assert rules.job_type("platform_administrator").levels == (5, 4, 3)
    assert rules.job_type("product_selector").aliases == ("商品选品员",)
    assert rules.training_hours[1] == 72
    l1a = rules.levels[1][0]
    assert (l1a.status, l1a.required_certificate_level, l1a.min_years_after_certificate) == ("confirmed", 2, 3)
    assert l1a.requires_formal_training is True
    assert rules.levels[3][2].education.any_of == ("junior_college_or_above_relevant",)
    assert rules.levels[4][2].education.includes_final_year_students is True


def test_bad_yaml_raises_rules_error_with_file_and_line(tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_text("schema_version: 1\nlevels:\n  5: [unclosed\n  4: {}\n", encoding="utf-8")
    with pytest.raises(RulesError) as error:
        load_rules(path)
    message = str(error.value)
    assert str(path) in message
    assert "line 4" in message and "invalid YAML" in message


def _broken_copy(tmp_path, old, new):
    text = RULES_PATH.read_text(encoding="utf-8")
    assert old in text, "the fixture edit must apply to the real file"
    path = tmp_path / "eligibility.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path, text[: text.index(old)].count("\n") + 1


def test_missing_key_names_level_condition_key_and_line(tmp_path):
    path, line = _broken_copy(tmp_path, "      - id: L3-A\n        status: unconfirmed_template\n", "      - id: L3-A\n")
    with pytest.raises(RulesError) as error:
        load_rules(path)
    message = str(error.value)
    assert "levels -> 3 -> condition L3-A" in message and "missing key 'status'" in message
    assert f"line {line}:" in message


def test_misspelt_requirement_is_refused_not_ignored(tmp_path):
    path, _ = _broken_copy(tmp_path, "        min_years_after_certificate: 4\n        min_years_total_experience: null\n"
                           "        requires_formal_training: false\n        requires_apprenticeship_completed: false\n"
                           "        requires_preparatory_technician_certificate: false\n        education: null\n"
                           "        text_zh: 取得本职业或相关职业五级",
                           "        min_years_after_certificate: 4\n        min_years_total_experience: null\n"
                           "        min_year_total_experience: 3\n"
                           "        requires_formal_training: false\n        requires_apprenticeship_completed: false\n"
                           "        requires_preparatory_technician_certificate: false\n        education: null\n"
                           "        text_zh: 取得本职业或相关职业五级")
    with pytest.raises(RulesError, match=r"L4-A: unknown key\(s\) \['min_year_total_experience'\]"):
        load_rules(path)


@pytest.mark.parametrize("old, new, expected", [
    ("  - id: L1-B\n        status: confirmed", "  - id: L1-B\n        status: probably", r"L1-B: status 'probably'"),
    ("required_certificate_level: 2\n        min_years_after_certificate: 4",
     "required_certificate_level: 7\n        min_years_after_certificate: 4", r"unknown level 7"),
    ("min_years_after_certificate: 4\n        min_years_total_experience: null\n        requires_formal_training: false\n"
     "        requires_apprenticeship_completed: false\n        requires_preparatory_technician_certificate: false\n"
     "        education: null\n        text_zh: 取得本职业或相关职业二级",
     "min_years_after_certificate: -4\n        min_years_total_experience: null\n        requires_formal_training: false\n"
     "        requires_apprenticeship_completed: false\n        requires_preparatory_technician_certificate: false\n"
     "        education: null\n        text_zh: 取得本职业或相关职业二级", r"non-negative number"),
    ("any_of: [junior_college_or_above_relevant]", "any_of: [junior_college]", r"unknown education code 'junior_college'"),
    ("    applies_to_job_types: [product_selector, live_streaming_salesperson, video_creator_promoter]\n"
     "    text_status: retrieved",
     "    applies_to_job_types: [product_selector, live_streaming_salesperson, video_creator_promoter, platform_administrator]\n"
     "    text_status: retrieved", r"levels -> 1: applies_to_job_types .* disagrees"),
    ("requires_apprenticeship_completed: true", "requires_apprenticeship_completed: false", r"L5-B: the condition requires nothing"),
    ("  1: 72\n", "", r"reference_training_hours: missing key 1"),
])
def test_malformed_rules_are_refused(tmp_path, old, new, expected):
    path, _ = _broken_copy(tmp_path, old, new)
    with pytest.raises(RulesError, match=expected):
        load_rules(path)


def test_missing_file_raises_rules_error(tmp_path):
    with pytest.raises(RulesError, match="cannot read"):
        load_rules(tmp_path / "nope.yaml")


# --- boundaries at every clause with years ----------------------------------------------------------

@pytest.mark.parametrize("training", [True, False])
@pytest.mark.parametrize("years, eligible_with_training, eligible_without", [(2, False, False), (3, True, False), (4, True, True)])
def test_level1_route_a_three_years_with_training(rules, training, years, eligible_with_training, eligible_without):
    d = decide(rules, 1, certificate_level=2, years_since_certificate=years, formal_training=training)
    expected = eligible_with_training if training else eligible_without
    assert d.status == (ELIGIBLE if expected else NOT_YET)
    assert result_of(d, "L1-A").outcome == ("met" if training and years >= 3 else "failed")
    if d.eligible:
        # the route without training is named when it is met too (the training need not be taken)
        assert d.met.id == ("L1-A" if training and years < 4 else "L1-B")
        assert d.confirmed is True


@pytest.mark.parametrize("years, status", [(3, NOT_YET), (4, ELIGIBLE), (5, ELIGIBLE)])
def test_level1_route_b_four_years(rules, years, status):
    d = decide(rules, 1, certificate_level=2, years_since_certificate=years, formal_training=False)
    assert d.status == status
    assert result_of(d, "L1-B").outcome == ("met" if years >= 4 else "failed")


def test_just_under_a_whole_year_is_not_enough(rules):
    d = decide(rules, 1, certificate_level=2, years_since_certificate=3.99, formal_training=False)
    assert d.status == NOT_YET
    assert result_of(d, "L1-B").gaps[0].shortfall == pytest.approx(0.01)


@pytest.mark.parametrize("years, status", [(3, NOT_YET), (4, ELIGIBLE), (5, ELIGIBLE)])
def test_level4_route_a_level5_certificate_and_four_years(rules, years, status):
    d = decide(rules, 4, certificate_level=5, years_since_certificate=years, years_total=years, education=NO_RELEVANT_DIPLOMA)
    assert d.status == status
    assert result_of(d, "L4-A").outcome == ("met" if years >= 4 else "failed")


@pytest.mark.parametrize("years, status", [(5, NOT_YET), (6, ELIGIBLE), (7, ELIGIBLE)])
def test_level4_route_b_six_years_without_certificate(rules, years, status):
    d = decide(rules, 4, certificate_level=NO_CERTIFICATE, years_total=years, education=NO_RELEVANT_DIPLOMA)
    assert d.status == status
    if d.eligible:
        assert d.met.id == "L4-B"
    else:
        assert result_of(d, "L4-B").gaps[0].shortfall == 1


@pytest.mark.parametrize("facts", [
    {"education": ["technical_school_relevant"]},
    {"final_year_student_of": ["secondary_vocational_assessed_intermediate_relevant"]},
])
def test_level4_route_c_diploma_or_final_year_student(rules, facts):
    d = decide(rules, 4, certificate_level=NO_CERTIFICATE, years_total=0, **facts)
    assert d.status == ELIGIBLE and d.met.id == "L4-C"


@pytest.mark.parametrize("years, status", [(4, NOT_YET), (5, ELIGIBLE), (6, ELIGIBLE)])
def test_level3_route_a_level4_certificate_and_five_years(rules, years, status):
    d = decide(rules, 3, certificate_level=4, years_since_certificate=years, years_total=years, education=NO_RELEVANT_DIPLOMA)
    assert d.status == status
    assert result_of(d, "L3-A").outcome == ("met" if years >= 5 else "failed")


@pytest.mark.parametrize("years, status", [(1, NOT_YET), (2, ELIGIBLE), (3, ELIGIBLE)])
def test_level3_route_c_degree_and_two_years_after_level4(rules, years, status):
    d = decide(rules, 3, certificate_level=4, years_since_certificate=years, education=["junior_college_or_above_relevant"])
    assert d.status == status
    if d.eligible:
        assert d.met.id == "L3-C"


def test_level3_route_b_technician_college_final_year_student_with_level4(rules):
    d = decide(rules, 3, certificate_level=4, final_year_student_of=["senior_technical_school_or_technician_college"])
    assert d.status == ELIGIBLE and d.met.id == "L3-B"
    without_certificate = decide(rules, 3, certificate_level=5, years_since_certificate=9, years_total=9,
                                 final_year_student_of=["senior_technical_school_or_technician_college"])
    assert without_certificate.status == NOT_YET


def test_level3_route_c_does_not_take_final_year_students(rules):
    d = decide(rules, 3, certificate_level=4, years_since_certificate=3, final_year_student_of=["junior_college_or_above_relevant"])
    assert d.status == NOT_YET
    assert result_of(d, "L3-C").gaps[0].field == "education"


@pytest.mark.parametrize("years, status", [(3, NOT_YET), (4, ELIGIBLE), (5, ELIGIBLE)])
def test_level2_route_a_level3_certificate_and_four_years(rules, years, status):
    d = decide(rules, 2, certificate_level=3, years_since_certificate=years, years_total=years,
               education=NO_RELEVANT_DIPLOMA, preparatory_technician=False)
    assert d.status == status
    assert result_of(d, "L2-A").outcome == ("met" if years >= 4 else "failed")


@pytest.mark.parametrize("years, status", [(2, NOT_YET), (3, ELIGIBLE), (4, ELIGIBLE)])
def test_level2_route_b1_technician_college_graduate_three_years(rules, years, status):
    d = decide(rules, 2, certificate_level=3, years_total=years,
               education=["senior_technical_school_or_technician_college"], preparatory_technician=False)
    assert d.status == status
    assert result_of(d, "L2-B1").outcome == ("met" if years >= 3 else "failed")


@pytest.mark.parametrize("years, status", [(1, NOT_YET), (2, ELIGIBLE), (3, ELIGIBLE)])
def test_level2_route_b2_preparatory_technician_two_years(rules, years, status):
    d = decide(rules, 2, certificate_level=NO_CERTIFICATE, years_total=years, preparatory_technician=True,
               education=["technician_college", "senior_technical_school_or_technician_college"])
    assert d.status == status
    if d.eligible:
        assert d.met.id == "L2-B2"


@pytest.mark.parametrize("years, status", [(0, NOT_YET), (1, ELIGIBLE), (2, ELIGIBLE)])
def test_level5_route_a_one_year(rules, years, status):
    d = decide(rules, 5, years_total=years, apprenticeship=False)
    assert d.status == status
    if d.eligible:
        assert d.met.id == "L5-A" and d.confirmed is False


def test_level5_route_b_apprenticeship(rules):
    d = decide(rules, 5, apprenticeship=True)
    assert d.status == ELIGIBLE and d.met.id == "L5-B"


# --- certificates ---------------------------------------------------------------------------------

@pytest.mark.parametrize("target, held, years", [(2, 1, 4), (3, 2, 5), (4, 3, 4), (1, 1, 4)])
def test_a_higher_certificate_than_required_counts(rules, target, held, years):
    d = decide(rules, target, certificate_level=held, years_since_certificate=years)
    assert d.status == ELIGIBLE


def test_a_lower_certificate_fails_with_the_level_needed(rules):
    d = decide(rules, 1, certificate_level=3, years_since_certificate=10, formal_training=True)
    assert d.status == NOT_YET
    gap = result_of(d, "L1-B").gaps[0]
    assert (gap.field, gap.required, gap.actual) == ("certificate_level", 2, 3)
    # Years after a level-3 certificate are not years after the level-2 one the clause asks for.
    assert result_of(d, "L1-B").gaps[1].field == "years_since_certificate"


def test_no_certificate_is_a_known_fact_not_a_question(rules):
    d = decide(rules, 1, certificate_level=NO_CERTIFICATE)
    assert d.status == NOT_YET
    assert d.missing_fields == ()
    assert all(r.gaps[0].field == "certificate_level" for r in d.results)


def test_unknown_certificate_is_asked_for(rules):
    d = decide(rules, 1)
    assert d.status == CANNOT_TELL
    assert d.missing_fields == ("certificate_level", "years_since_certificate", "formal_training")


# --- unknown facts: ask exactly what would change the answer --------------------------------------

def test_certificate_held_but_years_since_it_unknown_asks_exactly_that(rules):
    d = decide(rules, 1, certificate_level=2, formal_training=True)
    assert d.status == CANNOT_TELL
    assert d.missing_fields == ("years_since_certificate",)


def test_years_worked_in_total_are_not_assumed_to_be_after_the_certificate(rules):
    d = decide(rules, 1, certificate_level=2, years_total=5, formal_training=False)
    assert d.status == CANNOT_TELL
    assert d.missing_fields == ("years_since_certificate",)


def test_years_since_certificate_cannot_exceed_years_in_total(rules):
    d = decide(rules, 1, certificate_level=2, years_total=2, formal_training=True)
    assert d.status == NOT_YET
    gap = result_of(d, "L1-A").gaps[0]
    assert gap.at_least and gap.shortfall == 1


def test_years_since_certificate_count_towards_the_total(rules):
    d = decide(rules, 2, certificate_level=3, years_since_certificate=3,
               education=["senior_technical_school_or_technician_college"])
    assert d.status == ELIGIBLE and d.met.id == "L2-B1"


def test_training_unknown_decides_level1_with_three_years(rules):
    d = decide(rules, 1, certificate_level=2, years_since_certificate=3)
    assert d.status == CANNOT_TELL
    assert d.missing_fields == ("formal_training",)
    assert [r.condition.id for r in d.undecided] == ["L1-A"]


def test_training_unknown_does_not_matter_with_four_years(rules):
    assert decide(rules, 1, certificate_level=2, years_since_certificate=4).status == ELIGIBLE


def test_training_for_another_level_does_not_count(rules):
    d = decide(rules, 1, certificate_level=2, years_since_certificate=3, formal_training=True, formal_training_level=2)
    assert d.status == NOT_YET
    assert result_of(d, "L1-A").gaps[0].field == "formal_training"


def test_education_unknown_keeps_a_diploma_route_open(rules):
    d = decide(rules, 4, certificate_level=NO_CERTIFICATE, years_total=1)
    assert d.status == CANNOT_TELL
    assert d.missing_fields == ("education",)


def test_apprenticeship_unknown_keeps_level5_open_below_one_year(rules):
    d = decide(rules, 5, years_total=0.5)
    assert d.status == CANNOT_TELL
    assert d.missing_fields == ("apprenticeship",)


def test_level4_holder_with_three_years_asks_for_years_since_and_diploma(rules):
    d = decide(rules, 3, certificate_level=4, years_total=3)
    assert d.status == CANNOT_TELL
    assert d.missing_fields == ("years_since_certificate", "education")
    assert result_of(d, "L3-A").outcome == "failed"


# --- not yet: the closest routes --------------------------------------------------------------------

def test_not_yet_lists_both_level1_routes_with_their_exact_gaps(rules):
    d = decide(rules, 1, certificate_level=2, years_since_certificate=3, formal_training=False)
    assert d.status == NOT_YET
    assert {r.condition.id for r in d.closest} == {"L1-A", "L1-B"}
    assert result_of(d, "L1-A").gaps[0].field == "formal_training"
    years_gap = result_of(d, "L1-B").gaps[0]
    assert (years_gap.field, years_gap.shortfall) == ("years_since_certificate", 1)


def test_closest_route_is_the_one_with_fewest_unmet_requirements(rules):
    d = decide(rules, 4, certificate_level=NO_CERTIFICATE, years_total=2, education=NO_RELEVANT_DIPLOMA)
    assert d.status == NOT_YET
    assert [r.condition.id for r in d.closest] == ["L4-B", "L4-C"]
    assert result_of(d, "L4-B").gaps[0].shortfall == 4


# --- job types and targets --------------------------------------------------------------------------

ELIGIBLE_FACTS = {
    5: {"years_total": 1},
    4: {"certificate_level": 5, "years_since_certificate": 4},
    3: {"certificate_level": 4, "years_since_certificate": 5},
    2: {"certificate_level": 3, "years_since_certificate": 4},
    1: {"certificate_level": 2, "years_since_certificate": 4},
}


@pytest.mark.parametrize("job_type", ["product_selector", "live_streaming_salesperson", "video_creator_promoter",
                                      "platform_administrator"])
@pytest.mark.parametrize("target", [5, 4, 3, 2, 1])
def test_every_job_type_at_every_level(rules, job_type, target):
    d = decide(rules, target, job_type=job_type, **ELIGIBLE_FACTS[target])
    if job_type == "platform_administrator" and target in (2, 1):
        assert d.status == NOT_OFFERED and d.confirmed
        assert d.missing_fields == ()
    else:
        assert d.status == ELIGIBLE
        assert d.job_types_without_level == ()


@pytest.mark.parametrize("target, without", [(1, ("platform_administrator",)), (2, ("platform_administrator",)), (3, ())])
def test_unknown_job_type_is_not_asked_but_noted(rules, target, without):
    d = decide(rules, target, job_type=None, **ELIGIBLE_FACTS[target])
    assert d.status == ELIGIBLE
    assert "job_type" not in d.missing_fields
    assert d.job_types_without_level == without


@pytest.mark.parametrize("target", [None, 0, 6])
def test_missing_or_impossible_target_asks_for_the_level(rules, target):
    d = decide(rules, target, certificate_level=2, years_since_certificate=9)
    assert d.status == NEED_TARGET
    assert d.missing_fields == ("target_level",)


def test_every_condition_is_reachable_and_each_requirement_matters(rules):
    """Build, for every clause, the profile that meets exactly it; then break each requirement."""
    for level, conditions in rules.levels.items():
        for c in conditions:
            facts = dict(certificate_level=c.required_certificate_level or NO_CERTIFICATE,
                         years_since_certificate=c.min_years_after_certificate or 0,
                         years_total=max(c.min_years_total_experience or 0, c.min_years_after_certificate or 0),
                         formal_training=c.requires_formal_training, apprenticeship=c.requires_apprenticeship_completed,
                         preparatory_technician=c.requires_preparatory_technician_certificate,
                         education=list(c.education.any_of) if c.education else NO_RELEVANT_DIPLOMA)
            profile = Profile(target_level=level, **facts)
            d = evaluate(profile, rules)
            assert d.status == ELIGIBLE and result_of(d, c.id).outcome == "met", c.id
            broken = []
            if c.min_years_after_certificate:
                broken.append(replace(profile, years_since_certificate=c.min_years_after_certificate - 1))
            if c.min_years_total_experience:
                broken.append(replace(profile, years_total=c.min_years_total_experience - 1,
                                      years_since_certificate=min(facts["years_since_certificate"],
                                                                  c.min_years_total_experience - 1)))
            if c.required_certificate_level:
                broken.append(replace(profile, certificate_level=min(c.required_certificate_level + 1, 5)
                                      if c.required_certificate_level < 5 else NO_CERTIFICATE))
            for flag in ("formal_training", "apprenticeship", "preparatory_technician"):
                if facts[flag]:
                    broken.append(replace(profile, **{flag: False}))
            if c.education:
                broken.append(replace(profile, education=NO_RELEVANT_DIPLOMA))
            for profile_short in broken:
                assert result_of(evaluate(profile_short, rules), c.id).outcome == "failed", (c.id, profile_short)


def test_a_date_bound_rules_out_routes_needing_more_years(rules):
    from bot.eligibility.profile import Profile

    decision = evaluate(Profile(certificate_level=4, target_level=3, years_since_at_most=2), rules)
    by_id = {r.condition.id: r for r in decision.results}
    assert by_id["L3-A"].outcome == "failed" and by_id["L3-A"].gaps[0].from_date
    assert decision.status == "cannot_tell"  # L3-C (2 years + 大专) may still hold
