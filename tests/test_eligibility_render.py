"""Replies built from decisions: verdict first, the clause cited, the gap, and the caveat when unconfirmed."""
from __future__ import annotations

import string
from pathlib import Path

import pytest
import yaml

from bot.eligibility import (
    NO_CERTIFICATE,
    Profile,
    evaluate,
    load_rules,
    parse_profile,
    render_decision,
    render_question,
    render_requirements,
)
from bot.types import Source
from bot.texts import Templates

ROOT = Path(__file__).resolve().parents[1]
CAVEAT_ZH = "该条件沿用国家职业技能标准的通用模板，未见本标准原文，请向组织认定的评价机构确认"
CAVEAT_EN = "This condition follows the usual template of national standards"


@pytest.fixture(scope="module")
def rules():
    return load_rules(ROOT / "knowledge" / "rules" / "eligibility.yaml")


@pytest.fixture(scope="module")
def templates():
    return Templates(ROOT / "prompts")


def reply(rules, templates, lang, text=None, **facts):
    profile = parse_profile(text) if text is not None else Profile(**facts)
    decision = evaluate(profile, rules)
    body, sources = render_decision(decision, rules, lang, templates)
    return decision, body, sources


# --- eligible -----------------------------------------------------------------------------------------

def test_eligible_confirmed_zh_cites_the_clause_without_caveat(rules, templates):
    decision, body, sources = reply(rules, templates, "zh", "我有二级证书5年了，可以报一级吗？")
    first = body.splitlines()[0]
    assert first == "可以申报一级/高级技师。"
    assert "不可以" not in body and "暂不符合" not in body and "不符合" not in body
    assert "L1-B" in body and rules.levels[1][1].text_zh in body
    # what was understood, so a misreading can be corrected: five years held, the work in them supposed and said so
    assert "证书拿了5年" in body and "算作这期间一直在本职业或相关岗位工作" in body and "取得证书后工作5年" not in body
    assert CAVEAT_ZH not in body
    assert "平台管理员" in body  # job type unknown: level 1 does not exist for platform administrators
    assert sources == [Source(title="互联网营销师国家职业技能标准（2021年版）",
                              source="http://m.socomic.net/guoji/2021/1203/120368690.html", section="1.9.1 申报条件 / L1-B")]


def test_eligible_confirmed_en(rules, templates):
    _, body, sources = reply(rules, templates, "en", "I got my level-2 certificate 4 years ago, can I apply for level 1?")
    assert body.startswith("Yes, you may apply for Level 1 / Senior Technician.")
    assert rules.levels[1][1].text_en in body
    assert CAVEAT_EN not in body and "not eligible" not in body.lower()
    assert sources[0].title == "National Occupational Skill Standard for Internet Marketer (2021 edition)"
    assert sources[0].section == "1.9.1 Application conditions / L1-B"


def test_eligible_under_template_has_the_caveat_zh(rules, templates):
    decision, body, sources = reply(rules, templates, "zh", "我工作一年了没有证书，能申报五级吗？")
    assert decision.met.id == "L5-A" and not decision.confirmed
    assert body.splitlines()[0].startswith("可以申报五级/初级工")
    assert "符合" in body.splitlines()[0]
    assert "不可以" not in body
    assert CAVEAT_ZH in body
    assert "L5-A" in body and "待确认" in body
    # (the template a page reproduces, named as such: not this standard's own text)
    assert sources[0].section == "1.9.1 申报条件（通用模板，非本标准原文）/ L5-A"


def test_eligible_under_template_has_the_caveat_en(rules, templates):
    _, body, _ = reply(rules, templates, "en", target_level=3, certificate_level=4, years_since_certificate=5)
    assert body.startswith("Yes, you may apply for Level 3 / Senior Worker")
    assert CAVEAT_EN in body and "Level 3 / Senior Worker was not retrieved" in body


def test_eligible_through_a_diploma_says_the_major_must_be_relevant(rules, templates):
    _, body, _ = reply(rules, templates, "zh", target_level=3, certificate_level=4, years_since_certificate=2,
                       education=["junior_college_or_above_relevant"])
    assert "L3-C" in body
    # the major was not said: the verdict itself is conditional on it
    assert body.splitlines()[0] == templates.text("zh", "eligibility", "verdict_eligible_if_major", level="三级/高级工")
    _, said, _ = reply(rules, templates, "zh", target_level=3, certificate_level=4, years_since_certificate=2,
                       education=["junior_college_or_above_relevant"], major_relevant=True)
    assert said.startswith("可以申报三级") and templates.text("zh", "eligibility", "note_relevant_major") in said.splitlines()


def test_a_diploma_in_another_major_opens_no_school_route(rules, templates):
    decision, _, _ = reply(rules, templates, "zh", target_level=4, education=["secondary_vocational_assessed_intermediate_relevant"],
                           major_relevant=False)
    assert decision.status != "eligible"


# --- not yet ------------------------------------------------------------------------------------------

def test_not_yet_zh_gives_each_closest_route_and_its_gap(rules, templates):
    _, body, sources = reply(rules, templates, "zh", "二级证书拿了3年，没参加培训，能报一级吗")
    # the verdict, with the soonest date on the figures given on the same line
    assert body.splitlines()[0].startswith("暂不符合申报一级/高级技师的条件。按你给的年限，约")
    assert "再满1年" in body
    assert "完成一级/高级技师正规培训（参考72标准学时）并取得结业证书" in body
    assert "L1-A" in body and "L1-B" in body
    assert CAVEAT_ZH not in body  # both level-1 clauses are confirmed text
    assert [s.section for s in sources] == ["1.9.1 申报条件 / L1-A", "1.9.1 申报条件 / L1-B"]


def test_not_yet_en(rules, templates):
    _, body, _ = reply(rules, templates, "en", target_level=1, certificate_level=2, years_since_certificate=3,
                       formal_training=False)
    first = body.splitlines()[0].lower()
    assert "not yet" in first and "not eligible" in first
    assert "one more year" in body
    assert "finish the formal Level 1 / Senior Technician training (72 standard hours)" in body


def test_not_yet_under_template_has_caveat_and_mentions_other_rulesets(rules, templates):
    _, body, _ = reply(rules, templates, "en", target_level=4, certificate_level=NO_CERTIFICATE, years_total=5,
                       education=["senior_high_school"])
    assert "not yet" in body.lower()
    assert "one more year" in body and "6 years needed in total, you have 5 years" in body
    assert CAVEAT_EN in body
    assert "newer generic conditions" in body


def test_not_yet_for_missing_certificate(rules, templates):
    _, body, _ = reply(rules, templates, "zh", target_level=1, certificate_level=NO_CERTIFICATE)
    assert "先取得二级/技师或更高等级的证书（你目前没有证书）" in body


def test_not_yet_for_too_low_certificate_en(rules, templates):
    _, body, _ = reply(rules, templates, "en", target_level=1, certificate_level=3, years_since_certificate=9)
    assert "a Level 2 / Technician certificate or higher (you hold Level 3 / Senior Worker)" in body


def test_partial_years_are_written_as_months_or_half_years(rules, templates):
    _, body, _ = reply(rules, templates, "zh", target_level=1, certificate_level=2, years_since_certificate=3.5,
                       formal_training=False)
    assert "再满6个月" in body and "你已满3.5年" in body and "0.5年" not in body
    _, body, _ = reply(rules, templates, "en", target_level=5, certificate_level=0, years_total=8 / 12)
    assert "8 months" in body and "0.66" not in body


# --- cannot tell --------------------------------------------------------------------------------------

def test_cannot_tell_gives_the_verdict_then_what_would_open_it_zh(rules, templates):
    decision, body, _ = reply(rules, templates, "zh", "我有四级证书，干了三年，能报三级吗")
    lines = body.splitlines()
    # what the facts given already decide comes first; the open routes follow as "if", not as questions
    assert lines[0].startswith("按你说的情况，暂时还不能申报三级/高级工（L3-A：取得证书后至少还需再满2年")
    assert lines[1] == templates.text("zh", "eligibility", "if_heading", level="三级/高级工")
    assert lines[2].startswith("· 如果取得四级/中级工证书后已累计工作满2年，并且你有大专及以上") and "L3-C" in lines[2]
    # a route through school alone is one short line for someone who has said nothing about school
    assert lines[3] == templates.text("zh", "eligibility", "school_routes_hint", ids="L3-B")
    assert templates.text("zh", "eligibility", "question_certificate_level") not in body
    assert "1. " not in body  # nothing the person may have answered is asked again
    assert CAVEAT_ZH in body


def test_cannot_tell_en(rules, templates):
    _, body, _ = reply(rules, templates, "en", target_level=1, certificate_level=2, formal_training=True)
    assert body.startswith("Whether you can apply for Level 1 / Senior Technician depends on")
    assert "- if you have worked 3 years or more since obtaining the Level 2 / Technician certificate (L1-A" in body
    assert "- if you have worked 4 years or more since obtaining the Level 2 / Technician certificate (L1-B" in body
    assert "completed formal" not in body  # training is said done: it is no condition left
    assert CAVEAT_EN not in body


def test_cannot_tell_without_any_fact_asks(rules, templates):
    _, body, _ = reply(rules, templates, "en", target_level=4)
    assert body.startswith("I need to know") and "1. Do you hold a skill-level" in body


@pytest.mark.parametrize("level, needed", [(3, "Level 4 / Intermediate Worker"), (1, "Level 2 / Technician")])
def test_a_level_every_route_of_which_needs_a_certificate_says_so_first(rules, templates, level, needed):
    _, body, _ = reply(rules, templates, "en", target_level=level)
    assert body.startswith(f"Every route to") and f"needs a {needed} certificate or higher first" in body.splitlines()[0]
    assert "Do you hold a skill-level" in body  # and asks the one fact that decides it


# --- not offered, need target ---------------------------------------------------------------------------

@pytest.mark.parametrize("lang, expected", [("zh", "平台管理员工种没有二级/技师"), ("en", "the Platform Administrator track has no Level 2")])
def test_platform_administrator_level2_not_offered(rules, templates, lang, expected):
    decision, body, sources = reply(rules, templates, lang, job_type="platform_administrator", target_level=2,
                                    certificate_level=3, years_since_certificate=9)
    assert decision.status == "not_offered"
    assert expected in body
    if lang == "en":
        assert "not eligible" in body.lower()
    assert sources[0].source == rules.standard_sources[0]


def test_need_target_asks_for_the_level(rules, templates):
    _, body, sources = reply(rules, templates, "zh", "我有四级证书")
    assert body.splitlines()[0] == "还需要知道：你想申报哪个等级？"
    assert "持有四级/中级工证书" in body
    assert sources == []


# --- requirements -----------------------------------------------------------------------------------

def test_requirements_level1_zh(rules, templates):
    body, sources = render_requirements(1, rules, "zh", templates)
    assert body.splitlines()[0] == "申报一级/高级技师需具备以下条件之一："
    assert "满3年（含）" in body and "满4年（含）" in body
    assert "72" in body and "已确认" in body
    assert "平台管理员" in body
    assert CAVEAT_ZH not in body
    assert [s.section for s in sources] == ["1.9.1 申报条件 / L1-A", "1.9.1 申报条件 / L1-B"]


def test_requirements_level3_en_states_unconfirmed(rules, templates):
    body, sources = render_requirements(3, rules, "en", templates)
    assert "5 years" in body and "2 years" in body and "88 standard hours" in body
    assert body.count("to be confirmed") == 3
    assert CAVEAT_EN in body
    assert "Platform Administrator" not in body
    assert len(sources) == 3


def test_requirements_for_platform_administrator_level1(rules, templates):
    body, _ = render_requirements(1, rules, "en", templates, job_type="platform_administrator")
    assert "no Level 1 / Senior Technician" in body
    assert "L1-A" not in body


def test_requirements_list_every_clause_of_every_level_in_both_languages(rules, templates):
    for level, conditions in rules.levels.items():
        for lang in ("zh", "en"):
            body, _ = render_requirements(level, rules, lang, templates)
            assert all(c.id in body for c in conditions)
            assert str(rules.training_hours[level]) in body


# --- questions and templates ----------------------------------------------------------------------------

def test_render_question_numbers_one_question_per_field(templates):
    text = render_question(("certificate_level", "years_since_certificate"), "en", templates)
    lines = text.splitlines()
    assert len(lines) == 3
    assert lines[1].startswith("1. Do you hold") and lines[2].startswith("2. Since obtaining")
    assert render_question(("education",), "zh", templates).splitlines()[1].startswith("1. 你有哪类毕业证书")


def test_zh_and_en_templates_have_the_same_keys_and_placeholders():
    zh = yaml.safe_load((ROOT / "prompts" / "zh" / "eligibility.yaml").read_text(encoding="utf-8"))
    en = yaml.safe_load((ROOT / "prompts" / "en" / "eligibility.yaml").read_text(encoding="utf-8"))
    assert zh.keys() == en.keys()

    def fields(text):
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for key in zh:
        assert fields(zh[key]) <= fields(en[key]) | {"level"} and fields(en[key]) <= fields(zh[key]) | {"level"}, key


def test_every_field_the_engine_can_ask_about_has_a_question(templates):
    from bot.eligibility.engine import FIELD_ORDER

    for lang in ("zh", "en"):
        for field in FIELD_ORDER:
            assert templates.text(lang, "eligibility", f"question_{field}")
            assert templates.text(lang, "eligibility", f"field_{field}")


def test_a_conversation_asks_then_decides(rules, templates):
    profile = parse_profile("我有二级证书，想报一级")
    decision = evaluate(profile, rules)
    assert decision.status == "cannot_tell"
    assert decision.missing_fields == ("years_since_certificate", "formal_training")
    question = render_question(decision.missing_fields, "zh", templates)
    assert "取得这张证书后" in question
    profile = profile.merge(parse_profile("4年", expecting=decision.missing_fields[0]))
    decision = evaluate(profile, rules)
    assert decision.status == "eligible" and decision.met.id == "L1-B"
    assert render_decision(decision, rules, "zh", templates)[0].startswith("可以申报一级/高级技师")


def test_nine_months_worked_out_from_dates_is_not_almost(rules, templates):
    # 2 years 9 months from a certificate's date is that, not the "almost 3 years" someone says
    _, body, _ = reply(rules, templates, "en", target_level=4, certificate_level=5, years_since_certificate=33 / 12)
    assert "2 years 9 months" in body and "almost 3" not in body
