"""Reading an asker's facts from free text (Simplified Chinese or English), and remembering them."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from bot.eligibility import CANNOT_TELL, ELIGIBLE, NO_CERTIFICATE, Profile, evaluate, load_rules, parse_profile
from bot.eligibility import vocabulary
from bot.language import to_simplified

RULES_PATH = Path(__file__).resolve().parents[1] / "knowledge" / "rules" / "eligibility.yaml"


def in_2026():
    """A fixed "today" for dated certificates ("拿证是2021年")."""
    return date(2026, 6, 15)


def facts(text, **kwargs):
    """The fields parse_profile set (unset ones left out; where the years came from, and the bound a
    certificate's date puts on them, are tested apart)."""
    profile = parse_profile(text, **kwargs)
    return {name: value for name, value in vars(profile).items()
            if value not in (None, [], ()) and name not in ("years_since_from_date", "years_since_at_most", "certificate_age",
                                                            "worked_since_certificate", "years_total_from_date",
                                                            "years_since_held", "training_hours")}


# --- the phrasings of the brief, read exactly ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # worked N years next to a certificate is work in total, not years since the certificate
    ("我有四级证书，干了三年", {"certificate_level": 4, "years_total": 3}),
    ("二级证书拿了3年，没参加培训", {"certificate_level": 2, "years_since_certificate": 3, "formal_training": False}),
    ("I got my level-2 certificate 3 years ago, no formal training",
     {"certificate_level": 2, "years_since_certificate": 3, "formal_training": False}),
    ("I have no certificate and one year of live-selling", {"certificate_level": NO_CERTIFICATE, "years_total": 1}),
    ("我有二级证书5年了，可以报一级吗？", {"certificate_level": 2, "years_since_certificate": 5, "target_level": 1}),
    ("I got level 2 one year ago. Can I apply for level 1 now?",
     {"certificate_level": 2, "years_since_certificate": 1, "target_level": 1}),
    ("我工作一年了没有证书，能申报五级吗？", {"years_total": 1, "certificate_level": NO_CERTIFICATE, "target_level": 5}),
    ("持有技师证书四年", {"certificate_level": 2, "years_since_certificate": 4}),
    ("高级工证书", {"certificate_level": 3}),
    ("I hold a level-4 certificate and have worked 3 years, may I apply for level 3?",
     {"certificate_level": 4, "years_total": 3, "target_level": 3}),
])
def test_brief_examples(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", ["我有四级证书，干了三年", "I hold a level-4 certificate and have worked 3 years"])
def test_worked_years_are_never_assumed_to_be_since_the_certificate(text):
    assert parse_profile(text).years_since_certificate is None


@pytest.mark.parametrize("text, since", [
    ("我有四级证书，拿证后干了三年", 3),
    ("取得四级证书后累计工作5年", 5),
    ("考完技师以后做了4年", 4),
    ("3年前拿的二级证书", 3),
    ("I have a level 4 certificate and have worked 3 years since getting it", 3),
    ("I've had my level-3 certificate for 4 years", 4),
    ("After getting level 4, I worked two years", 2),
])
def test_years_tied_to_the_certificate_are_years_since_it(text, since):
    profile = parse_profile(text)
    assert profile.years_since_certificate == since
    assert profile.years_total is None


def test_since_and_total_in_one_message():
    profile = parse_profile("我拿证后干了3年，总共干了6年")
    assert (profile.years_since_certificate, profile.years_total) == (3, 6)


# --- numbers ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, years", [
    ("干了一年", 1), ("工作了两年", 2), ("干了三年", 3), ("做了四年直播", 4), ("工作五年", 5), ("从业六年", 6),
    ("干了七年", 7), ("工作八年", 8), ("干了九年", 9), ("工作十年", 10), ("工作了十二年", 12), ("从事电商二十年", 20),
    ("干了半年", 0.5), ("工作了1.5年", 1.5), ("干了一年半", 1.5), ("干了两年半", 2.5),
    ("干了三年多", 3), ("工作3年以上", 3), ("工作了18个月", 1.5), ("做主播6个月", 0.5),
    ("I have worked 6 months", 0.5), ("18 months of live streaming", 1.5), ("worked for a year and a half", 1.5),
    ("two years of experience", 2), ("over 3 years of work", 3), ("3+ years in e-commerce", 3), ("half a year of selling", 0.5),
])
def test_years_of_work_in_chinese_and_english_numbers(text, years):
    assert parse_profile(text).years_total == pytest.approx(years)


@pytest.mark.parametrize("text", ["at most 3 years of work", "maybe 3 years of work", "最多干了3年"])
def test_vague_durations_stay_unknown_so_the_engine_asks(text):
    profile = parse_profile(text)
    assert profile.years_total is None and profile.years_since_certificate is None


@pytest.mark.parametrize("text, years", [
    # "about N" is the asker's best figure: N
    ("工作3年左右", 3), ("about 3 years of work", 3), ("around 3 years of streaming", 3), ("approximately 3 years of work", 3),
    ("worked 3 years or so", 3), ("工作了大概3年", 3), ("干了三年多", 3), ("over 3 years of work", 3), ("3+ years in e-commerce", 3),
])
def test_approximate_durations_count_as_said(text, years):
    assert parse_profile(text).years_total == pytest.approx(years)


@pytest.mark.parametrize("text, said", [
    ("快三年了，一直做直播", 3), ("almost two years of streaming", 2), ("nearly 3 years of work", 3),
    ("干了差不多快3年", 3), ("做直播快十年了", 10),
    # "差不多3年" is said loosely: just under 3 passes a 2-year rule and never a 3-year one
    ("干了差不多3年", 3), ("差不多干了3年", 3),
])
def test_almost_n_is_known_to_be_below_n(text, said):
    years = parse_profile(text).years_total
    assert said - 1 < years < said


@pytest.mark.parametrize("text, years", [
    # a quarter either way crosses no whole-year requirement: the figure as said
    ("差不多做了两年半", 2.5), ("干了差不多一年半", 1.5),
    # years and months side by side are one duration
    ("干了1年3个月", 1.25), ("i have done live selling for 1 year and 3 months", 1.25), ("2 years, 6 months of streaming", 2.5),
])
def test_near_a_half_year_and_years_with_months(text, years):
    assert parse_profile(text).years_total == pytest.approx(years)


@pytest.mark.parametrize("text", ["一直没考证，做了三年直播", "zero certificates, 3 years selling", "no certs, been streaming 3 yrs",
                                  "目前没有任何证照"])
def test_no_certificate_in_chat_words(text):
    assert parse_profile(text).certificate_level == 0


@pytest.mark.parametrize("text", ["干了不到3年", "干了三年不到", "我还没工作满三年", "less than a year of work", "under 2 years of work"])
def test_less_than_n_stays_unknown(text):
    # "不到3年" may be 1 year or 2.9: reading it as just under 3 would pass a 2-year rule it may not meet.
    assert parse_profile(text).years_total is None


@pytest.mark.parametrize("text", [
    "再干3年能报三级吗",           # future
    "需要工作几年？要3年吗",        # a question about the rule
    "培训了3个月",                # training, not work
    "大专读了3年",                # study, not work
    "in 2 years I will apply",
])
def test_durations_that_are_not_the_askers_work_are_ignored(text):
    profile = parse_profile(text)
    assert profile.years_total is None and profile.years_since_certificate is None


# --- levels: held vs target, names -----------------------------------------------------------------

@pytest.mark.parametrize("text, held", [
    ("我有五级证书", 5), ("持有初级工证书", 5), ("我有四级证书", 4), ("中级工证书", 4), ("拿到了三级证书", 3),
    ("高级工证书", 3), ("我是技师", 2), ("有二级证书", 2), ("持有高级技师证书", 1), ("我有一级证书", 1),
    ("I have an intermediate certificate", 4), ("I hold a senior worker certificate", 3),
    ("I'm a technician", 2), ("I hold a senior technician certificate", 1), ("I have a junior certificate", 5),
    ("got my L3 certificate", 3), ("I have level five", 5),
])
def test_certificate_levels_held(text, held):
    assert parse_profile(text).certificate_level == held


@pytest.mark.parametrize("text, target", [
    ("报一级", 1), ("申报高级技师", 1), ("考三级", 3), ("我想报考技师", 2), ("能报高级工吗", 3), ("申请中级工", 4),
    ("报考初级工需要什么条件", 5), ("apply for level 3", 3), ("Can I apply for senior technician?", 1),
    ("requirements for level 1", 1), ("can I take the technician exam", 2), ("what about level 4?", 4),
    ("senior technician", 1), ("初级工", 5), ("中级工", 4), ("一级需要什么条件", 1),
])
def test_target_levels(text, target):
    profile = parse_profile(text)
    assert profile.target_level == target
    assert profile.certificate_level is None


def test_senior_technician_is_not_read_as_technician_or_senior_worker():
    profile = parse_profile("我是技师，想报高级技师")
    assert (profile.certificate_level, profile.target_level) == (2, 1)
    profile = parse_profile("我有高级工证书，想考高级技师")
    assert (profile.certificate_level, profile.target_level) == (3, 1)


def test_bare_level_is_the_certificate_when_the_bot_asked_for_it():
    assert parse_profile("中级工", expecting="certificate_level").certificate_level == 4
    assert parse_profile("中级工", expecting="certificate_level").target_level is None


def test_bare_level_next_to_a_target_is_the_certificate():
    assert facts("中级工，想报高级工") == {"certificate_level": 4, "target_level": 3}


def test_two_different_targets_are_ambiguous():
    assert parse_profile("我能报三级还是二级？").target_level is None


def test_next_level_is_relative_to_the_certificate():
    assert parse_profile("我有四级证书，能考下一级吗").target_level == 3


@pytest.mark.parametrize("text", ["我没有二级证书", "I don't have a level-2 certificate"])
def test_not_holding_a_named_level_says_nothing_about_other_levels(text):
    assert parse_profile(text).certificate_level is None


@pytest.mark.parametrize("text", ["我没有证书", "没证", "还没有拿到任何证书", "I have no certificate", "I don't have any certificate",
                                  "without a certificate"])
def test_explicitly_no_certificate_is_distinct_from_unknown(text):
    assert parse_profile(text).certificate_level == NO_CERTIFICATE


def test_preparatory_technician_is_not_a_technician_level():
    profile = parse_profile("我有预备技师证书，技师学院毕业")
    assert profile.certificate_level is None
    assert profile.preparatory_technician is True
    assert "technician_college" in profile.education


# --- job types -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, job", [
    ("我是选品员", "product_selector"), ("商品选品员", "product_selector"), ("I am a product selector", "product_selector"),
    ("直播销售员", "live_streaming_salesperson"), ("我是主播", "live_streaming_salesperson"),
    ("带货主播想报二级", "live_streaming_salesperson"), ("live-streaming salesperson", "live_streaming_salesperson"),
    ("I'm an anchor", "live_streaming_salesperson"), ("I'm a host", "live_streaming_salesperson"),
    ("I am a streamer", "live_streaming_salesperson"),
    ("视频创推员", "video_creator_promoter"), ("video creator", "video_creator_promoter"),
    ("平台管理员", "platform_administrator"), ("I'm a platform administrator", "platform_administrator"),
    ("I work as an admin", "platform_administrator"),
])
def test_job_types(text, job):
    assert parse_profile(text).job_type == job


def test_two_job_types_are_ambiguous():
    assert parse_profile("我是主播，也做平台管理员").job_type is None


def test_parser_vocabulary_uses_the_codes_of_the_rules_file():
    rules = load_rules(RULES_PATH)
    assert {code for code, _ in vocabulary.JOB_TYPES} == {job.code for job in rules.job_types}
    known_non_qualifying = {"senior_high_school", "junior_middle_school", "junior_middle_unfinished", "primary_school"}
    for _, codes in vocabulary.EDUCATION:
        assert set(codes) <= set(rules.education_names) | known_non_qualifying


# --- training, apprenticeship, education -----------------------------------------------------------

@pytest.mark.parametrize("text, done", [
    ("参加了一级培训", True), ("有结业证书", True), ("我完成了正规培训", True), ("培训已经结业", True),
    ("completed the formal training", True), ("I finished the formal level-1 training", True),
    ("没培训", False), ("没有参加培训", False), ("没参加过一级培训", False), ("培训还没结业", False), ("正在参加培训", False),
    ("no training", False), ("I haven't done any formal training", False), ("I didn't complete the training", False),
    ("我有四级证书", None),
])
def test_formal_training(text, done):
    assert parse_profile(text).formal_training is done


def test_training_level_is_recorded_when_said_or_taken_from_the_target():
    assert parse_profile("参加了一级培训").formal_training_level == 1
    assert parse_profile("我完成了培训，想报一级").formal_training_level == 1
    assert parse_profile("completed the training").formal_training_level is None


@pytest.mark.parametrize("text, done", [
    ("学徒期满", True), ("我已经出师了", True), ("completed my apprenticeship", True),
    ("学徒期还没满", False), ("没当过学徒", False), ("I have not completed the apprenticeship", False),
])
def test_apprenticeship(text, done):
    assert parse_profile(text).apprenticeship is done


@pytest.mark.parametrize("text, education", [
    ("我大专毕业", ["junior_college_or_above_relevant"]),
    ("本科，电子商务专业", ["junior_college_or_above_relevant"]),
    ("I have a college degree in marketing", ["junior_college_or_above_relevant"]),
    ("技校毕业", ["technical_school_relevant"]),
    ("中专毕业", ["secondary_vocational_assessed_intermediate_relevant"]),
    ("高级技工学校毕业", ["senior_technical_school_or_technician_college", "technical_school_relevant"]),  # a 技工院校: the level-4 route too
    ("只读到高中", ["senior_high_school"]),
    ("我没有大专学历，高中毕业", ["senior_high_school"]),
])
def test_education_codes(text, education):
    profile = parse_profile(text)
    assert profile.education == education
    assert profile.final_year_student_of == []


def test_final_year_students_are_kept_apart_from_graduates():
    profile = parse_profile("我是技校应届毕业生")
    assert profile.final_year_student_of == ["technical_school_relevant"]
    assert profile.education == []


def test_students_not_in_their_final_year_hold_no_credential_yet():
    assert parse_profile("我大专在读，大二").education == []


# --- answers to the bot's own questions --------------------------------------------------------------

@pytest.mark.parametrize("text, expecting, field, value", [
    ("3", "years_since_certificate", "years_since_certificate", 3),
    ("3年", "years_since_certificate", "years_since_certificate", 3),
    ("三年", "years_total", "years_total", 3),
    ("没有", "certificate_level", "certificate_level", NO_CERTIFICATE),
    ("是的", "formal_training", "formal_training", True),
    ("no", "apprenticeship", "apprenticeship", False),
    ("yes", "preparatory_technician", "preparatory_technician", True),
])
def test_short_answers_fill_the_field_asked_for(text, expecting, field, value):
    assert getattr(parse_profile(text, expecting=expecting), field) == value
    assert getattr(parse_profile(text), field) is None


# --- Traditional Chinese (converted by the caller) ----------------------------------------------------

def test_traditional_chinese_after_conversion():
    profile = parse_profile(to_simplified("我有二級證書5年了，可以報一級嗎？"))
    assert (profile.certificate_level, profile.years_since_certificate, profile.target_level) == (2, 5, 1)


# --- remembering across a conversation ---------------------------------------------------------------

def test_merge_newer_facts_win_and_unknowns_keep_older_ones():
    first = parse_profile("我有二级证书5年了")
    second = parse_profile("可以报一级吗？")
    merged = first.merge(second)
    assert (merged.certificate_level, merged.years_since_certificate, merged.target_level) == (2, 5, 1)
    corrected = merged.merge(parse_profile("不对，证书拿了3年"))
    assert corrected.years_since_certificate == 3


def test_merge_a_different_certificate_forgets_years_since_the_old_one():
    merged = Profile(certificate_level=4, years_since_certificate=6).merge(Profile(certificate_level=3))
    assert merged.certificate_level == 3
    assert merged.years_since_certificate is None
    same = Profile(certificate_level=4, years_since_certificate=6).merge(Profile(certificate_level=4))
    assert same.years_since_certificate == 6


def test_merge_naming_the_level_later_keeps_the_years_since_the_certificate():
    merged = parse_profile("我拿证3年了").merge(parse_profile("是四级证书"))
    assert (merged.certificate_level, merged.years_since_certificate) == (4, 3)


def test_merge_lists_accumulate_without_duplicates():
    merged = Profile(education=["junior_college_or_above_relevant"]).merge(
        Profile(education=["technical_school_relevant", "junior_college_or_above_relevant"]))
    assert merged.education == ["junior_college_or_above_relevant", "technical_school_relevant"]


def test_merge_training_stays_with_the_level_it_was_said_for():
    merged = Profile(target_level=2, formal_training=True).merge(Profile(target_level=1))
    assert merged.formal_training is True and merged.formal_training_level == 2


def test_merge_does_not_modify_either_profile():
    old, new = Profile(years_total=2), Profile(years_total=3)
    old.merge(new)
    assert (old.years_total, new.years_total) == (2, 3)


@pytest.mark.parametrize("text, personal", [
    ("我有四级证书", True), ("干了三年", True), ("没参加培训", True), ("我大专毕业", True), ("学徒期满", True),
    ("I have no certificate", True),
    ("申报一级需要什么条件？", False), ("What are the requirements for level 1?", False), ("我是主播", False),
])
def test_has_personal_facts(text, personal):
    assert parse_profile(text).has_personal_facts is personal


def test_field_names_used_by_the_engine_exist_on_profile():
    from bot.eligibility.engine import FIELD_ORDER

    names = set(vars(Profile()))
    assert set(FIELD_ORDER) <= names
    assert re.fullmatch(r"[a-z_]+", "".join(FIELD_ORDER))


# --- real messages that were misread -------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("got my L2 technician cert back in 2021, been hosting live sales ever since (about 3.5 yrs now). also finished the "
     "senior technician training, 72 hrs, have the completion cert. can i go for level 1??",
     {"certificate_level": 2, "years_since_certificate": 3.5, "formal_training": True, "formal_training_level": 1,
      "target_level": 1}),
    ("Got my technician (level 2) certificate exactly four years ago this month and have done product selection full time "
     "since. Never did any extra training course. Am I elegible for L1 or do I need the training too?",
     {"certificate_level": 2, "years_since_certificate": 4, "formal_training": False, "target_level": 1,
      "job_type": "product_selector"}),
    ("我做直播带货快十年了，技师证是去年才考到的，这样可以直接报一级吗？",
     {"certificate_level": 2, "years_total": 10 - 0.26, "years_since_certificate": 1, "target_level": 1}),
    ("L3 video creator cert since 2020, 4 yrs of short video work after that. technician next?",
     {"certificate_level": 3, "years_since_certificate": 4, "target_level": 2, "job_type": "video_creator_promoter"}),
    ("I'm 19, a uni student, never had a job, but I want the entry-level cert to put on my CV. is that possible?",
     {"years_total": 0, "target_level": 5}),
    ("I have an old-style 营销员 vocational qualification certificate (intermediate, level 4) from 2015 and have been in "
     "sales / live selling ever since. Does that old cert count toward L3 internet marketer?",
     {"certificate_level": 4, "years_since_certificate": 10.5, "target_level": 3}),
    ("我有证书，想再升一级，要等多久？", {"holds_certificate": True}),
    ("I have no certificate and 6 years of live-selling, can I apply for level 4?",
     {"certificate_level": NO_CERTIFICATE, "years_total": 6, "target_level": 4}),
    ("我是平台管理员，三级证书拿了5年，能报二级吗",
     {"job_type": "platform_administrator", "certificate_level": 3, "years_since_certificate": 5, "target_level": 2}),
    ("intermediate cert for 2yrs, want senior worker", {"certificate_level": 4, "years_since_certificate": 2, "target_level": 3}),
])
def test_real_messages(text, expected):
    assert facts(text, today=in_2026) == expected


def test_real_messages_in_traditional_chinese():
    profile = parse_profile(to_simplified("我做直播帶貨快十年了，技師證是去年才考到的，這樣可以直接報一級嗎？"))
    assert (profile.certificate_level, profile.years_since_certificate, profile.target_level) == (2, 1, 1)
    assert 9 < profile.years_total < 10
    profile = parse_profile(to_simplified("我有證書，想再升一級，要等多久？"))
    assert (profile.holds_certificate, profile.certificate_level, profile.target_level) == (True, None, None)


def test_a_certificate_of_unsaid_level_is_a_fact_but_no_level_is_invented():
    profile = parse_profile("我有证书，想再升一级，要等多久？")
    assert profile.certificate_level is None and profile.target_level is None
    assert profile.has_personal_facts


@pytest.mark.parametrize("text", ["我有证书", "我已经拿到证书了", "I have a certificate", "I'm certified", "我拿证3年了"])
def test_holding_a_certificate_without_its_level(text):
    profile = parse_profile(text)
    assert profile.holds_certificate is True and profile.certificate_level is None


@pytest.mark.parametrize("text", [
    "报三级要有证书吗", "如果我有证书能报几级", "Do I need a certificate for level 4?", "If I have a cert can I apply for L3?",
    "I have a training completion certificate", "我有毕业证", "我没有证书", "I don't have a certificate", "我有四级证书",
])
def test_no_unnamed_certificate_is_read_from_questions_negations_or_named_levels(text):
    assert parse_profile(text).holds_certificate is None


def test_merge_an_unnamed_certificate_then_its_level_or_none():
    held = parse_profile("我有证书")
    assert held.merge(parse_profile("是四级证书")).certificate_level == 4
    corrected = held.merge(parse_profile("我没有证书"))
    assert (corrected.certificate_level, corrected.holds_certificate) == (NO_CERTIFICATE, None)


# --- durations: more spellings ---------------------------------------------------------------------

@pytest.mark.parametrize("text, years", [
    ("干了两年半", 2.5), ("干了1年半", 1.5), ("干了18个月", 1.5), ("worked 2yrs", 2), ("worked 2 yrs", 2), ("worked two years", 2),
])
def test_short_spellings_of_years(text, years):
    assert parse_profile(text).years_total == pytest.approx(years)


def test_almost_n_fails_a_requirement_of_n_and_passes_one_below():
    rules = load_rules(RULES_PATH)
    short_of_six = parse_profile("我没有证书，做直播快6年了，能报四级吗")
    assert result_of_condition(evaluate(short_of_six, rules), "L4-B") == "failed"
    assert evaluate(short_of_six, rules).status == CANNOT_TELL  # the school route is still open
    about_six = parse_profile("我没有证书，做直播6年左右，能报四级吗")
    assert evaluate(about_six, rules).status == ELIGIBLE
    assert evaluate(short_of_six.merge(Profile(target_level=5)), rules).status == ELIGIBLE


def result_of_condition(decision, condition_id):
    return next(r.outcome for r in decision.results if r.condition.id == condition_id)


@pytest.mark.parametrize("text", ["I'm 19, never had a job", "我19岁，没工作过", "I'm 19 years old, no work experience"])
def test_ages_are_not_years_of_work(text):
    assert parse_profile(text).years_total == 0


def test_age_next_to_real_years_of_work():
    assert parse_profile("I'm 19 years old and have worked 2 years").years_total == 2
    assert parse_profile("我今年25岁，干了3年直播").years_total == 3


@pytest.mark.parametrize("text", ["never had a job", "I have never worked", "no work experience", "I haven't worked yet",
                                  "没工作过", "我从来没有工作过", "零经验", "没有任何工作经验", "还没参加工作"])
def test_never_worked_is_zero_years(text):
    assert parse_profile(text).years_total == 0


@pytest.mark.parametrize("text, years", [
    ("is no experience needed for level 5?", None), ("没有经验的人能报五级吗", None), ("无经验要求吗", None),
    ("如果没有工作经验的话能报吗", None), ("现在没工作", None),  # out of work now says nothing about before
    ("没有直播经验，但做了3年电商运营", 3),
])
def test_never_worked_is_not_read_from_rule_questions_or_over_stated_years(text, years):
    assert parse_profile(text).years_total == years


# --- years since the certificate from its date -------------------------------------------------------

@pytest.mark.parametrize("text, since", [
    # a date and work said in the same message: years of work since, at least (the month is unknown: counted
    # from that year's December; today is 15 June 2026 here)
    ("拿证是2021年，之后一直做直播", 4.5), ("I got it in 2021 and kept selling on livestreams", 4.5),
    ("L3 cert since 2020, working as a host", 5.5), ("2020年拿的四级证书 一直在做电商运营", 5.5),
    ("in 2021 I got my L3, been streaming since", 4.5), ("2019年开始做直播，2021年拿到技师证", 4.5), ("技师证 2026年拿的", 0),
    # relative years, tied to obtaining the certificate
    ("今年才拿到四级证书", 0), ("去年考的三级 一直在做主播", 1), ("我前年拿到了三级证书 还在做直播", 2),
    ("I passed level 3 this year", 0), ("got my level 3 two years ago", 2),
    ("I've been selling since 2018 and got my L4 last year", 1),
])
def test_years_since_a_dated_certificate_are_a_safe_lower_bound(text, since):
    assert parse_profile(text, today=in_2026).years_since_certificate == since


@pytest.mark.parametrize("text", [
    "拿证是2021年", "I got it in 2021", "2020年拿的四级证书", "I got my L3 cert last year", "我有一张2018年考的证书",
    "I got L3 in 2021 and want to apply for L2",
])
def test_a_date_alone_says_when_not_that_the_person_worked_since(text):
    # the bot asks for the years of work since instead of assuming them
    assert parse_profile(text, today=in_2026).years_since_certificate is None


def test_the_date_is_read_against_the_injected_today():
    since = parse_profile("拿证是2021年，一直做直播", today=lambda: date(2030, 1, 2)).years_since_certificate
    assert round(since * 12) == 97  # December 2021 to January 2030


@pytest.mark.parametrize("text", [
    "I got my level 3 cert in 2030",       # in the future
    "I got my level 3 cert in 1985",       # before any certificate of this occupation
    "我2019年开始做直播，有四级证书",        # the year work started
    "I started streaming in 2019, I have an L4 cert",
    "I graduated in 2018 and hold a level 4 certificate",
    "我打算今年考三级", "I want to get my L3 this year", "this year I plan to take L3",  # plans, not dates
    "我今年25岁，有四级证书",
    "L4 in 2018 and L3 in 2021",           # two certificates, two dates: which one counts is not said
    "我没有证书，2019年开始做直播",
    "我去年开始做直播，有四级证书", "I started streaming last year and hold an L4 cert",
])
def test_years_that_do_not_date_the_certificate_are_ignored(text):
    assert parse_profile(text, today=in_2026).years_since_certificate is None


def test_an_explicit_duration_wins_over_the_date():
    profile = parse_profile("L3 video creator cert since 2020, 4 yrs of short video work after that", today=in_2026)
    assert profile.years_since_certificate == 4


def test_more_years_than_the_date_allows_are_not_trusted():
    assert parse_profile("I got my L3 in 2024 and have had the cert for 6 years", today=in_2026).years_since_certificate is None


@pytest.mark.parametrize("text, since, total", [
    ("got my L4 in 2020, been streaming ever since, 5 yrs", None, 5),   # the duration sits in its own clause
    ("got my L4 cert in 2019 and been streaming ever since (3 years)", 3, None),
    ("I got my L4 in 2020 and after that worked 3 years", 3, None),
    ("I started streaming in 2019 and have been doing it ever since, 5 years", None, 5),
    ("I graduated in 2019 and after that worked 5 years", None, 5),
])
def test_ever_since_counts_from_the_certificate_only_when_it_follows_the_certificate(text, since, total):
    profile = parse_profile(text, today=in_2026)
    if since is not None:
        assert profile.years_since_certificate == since
    assert profile.years_total == total


# --- levels: abbreviations, lowest level, next level, question frames ---------------------------------

@pytest.mark.parametrize("text, held", [
    ("got my L1", 1), ("I have an L3 cert", 3), ("I hold a level-3 certificate", 3), ("lvl 3 cert holder", 3),
    ("我是L3", 3), ("我有L3证书", 3), ("我有三级视频创推员证书", 3), ("I have an L3 video creator cert", 3),
    ("certificate (intermediate, level 4)", 4),
])
def test_level_abbreviations_and_occupation_names_inside_certificate_names(text, held):
    assert parse_profile(text).certificate_level == held


@pytest.mark.parametrize("text, target", [
    ("I want the entry-level cert", 5), ("what's the lowest level I can apply for", 5), ("我想报最低一级", 5),
    ("入门级需要什么条件", 5), ("Am I elegible for L1?", 1), ("can I go for lvl 2", 2), ("I'm working towards level 3", 3),
    ("does it count toward L3?", 3),
])
def test_more_target_phrasings(text, target):
    assert parse_profile(text).target_level == target


@pytest.mark.parametrize("text, target", [
    ("L3 cert, technician next?", 2), ("我有四级证书，想再升一级", 3), ("我是L3，下一级呢", 2), ("I have level 4, next level?", 3),
])
def test_next_level_from_the_certificate(text, target):
    assert parse_profile(text).target_level == target


@pytest.mark.parametrize("text, level", [
    ("finished the senior technician training", 1), ("completed the level-1 training", 1), ("finished my L2 training", 2),
    ("完成了高级技师的正规培训", 1),
])
def test_training_named_with_its_level(text, level):
    profile = parse_profile(text)
    assert (profile.formal_training, profile.formal_training_level) == (True, level)


@pytest.mark.parametrize("text, done", [("have the completion cert", True), ("no completion cert yet", False)])
def test_completion_cert_is_the_training_completion_certificate(text, done):
    assert parse_profile(text).formal_training is done


def test_other_exams_levels_and_certificates_just_obtained():
    from bot.eligibility import parse_profile

    assert parse_profile("我英语四级 计算机二级 能考互联网营销师几级").certificate_level is None
    fresh = parse_profile("我五级证今天刚拿到 能报四级吗")
    assert fresh.certificate_level == 5 and fresh.years_since_certificate == 0.0
    assert parse_profile("i got my level 5 cert last month").years_since_certificate == 0.0


@pytest.mark.parametrize("text, level, years", [
    ("我五级证拿了刚好4年", 5, 4.0), ("五级证整整4年了", 5, 4.0), ("exactly 4 years since my level 5", 5, 4.0)])
def test_exact_years_since_a_certificate(text, level, years):
    from bot.eligibility import parse_profile

    profile = parse_profile(text.lower())
    assert (profile.certificate_level, profile.years_since_certificate) == (level, years)


def test_years_worked_out_from_a_date_say_so():
    dated = parse_profile("我五级证是2022年拿的，之后一直在做直播", today=in_2026)
    assert dated.years_since_certificate is not None and dated.years_since_from_date
    said = parse_profile("我五级证拿了3年")
    assert said.years_since_certificate == 3 and not said.years_since_from_date


@pytest.mark.parametrize("text, since, total", [
    ("我有三级证 拿了两年", 2, None),  # a space or comma between the certificate and "拿了"
    ("我有三级证，拿了两年", 2, None),
    ("我有三级证，干了两年", None, 2),  # work, not holding: total years
    ("been running my studio since then, so roughly 3 years of work after the cert", 3, None),
    ("I have 3 years of experience after the cert", 3, None),
])
def test_years_held_in_chat_word_order(text, since, total):
    profile = parse_profile(text)
    assert (profile.years_since_certificate, profile.years_total) == (since, total)


@pytest.mark.parametrize("text, done", [
    ("签了一年的学徒合同 上个月刚满期", True), ("学徒合同到期了", True), ("学徒期还没满", False),
])
def test_apprenticeship_said_as_a_contract(text, done):
    assert parse_profile(text).apprenticeship is done


@pytest.mark.parametrize("text", [
    "i'm in a 3-year e-commerce program at a technician college", "did a 3-month live-commerce course last summer",
    "上了3个月的直播培训课",
])
def test_the_length_of_a_course_is_not_work(text):
    assert parse_profile(text).years_total is None


@pytest.mark.parametrize("text, final_year", [
    ("I'm in a 3-year e-commerce program at a technician college, graduating next June", True),
    ("我在技师学院读电商 明年6月毕业", True),
    ("I'm in a 3-year e-commerce program at a technician college", False),
])
def test_students_are_not_read_as_graduates(text, final_year):
    profile = parse_profile(text.lower())
    assert profile.education == [] and bool(profile.final_year_student_of) is final_year


@pytest.mark.parametrize("text, since, total", [
    ("我二级技师证拿了四年了，但中间有一年没上班在家带孩子", 3, None),
    ("做了6年直播 中间断过一年", None, 5),
    ("been streaming for 6 years, took a year off in the middle", None, 5),
])
def test_a_break_comes_out_of_the_years(text, since, total):
    profile = parse_profile(text)
    assert (profile.years_since_certificate, profile.years_total) == (since, total)


def test_a_break_said_later_comes_out_of_the_figure_said_before():
    earlier = parse_profile("been streaming for 6 years")
    later = parse_profile("oh wait, i took about a year off in the middle when my baby was born")
    assert later.break_years == 1 and earlier.merge(later).years_total == 5


def test_a_dated_certificate_bounds_the_years_since_it():
    profile = parse_profile("四级证是去年拿的", today=in_2026)
    # (at most since January of last year: 17 months before June 2026, not a whole two years)
    assert profile.years_since_certificate is None and profile.years_since_at_most == 17 / 12


@pytest.mark.parametrize("text, years", [("做了300天直播", 300 / 365), ("直播做了三百多天", 300 / 365), ("streaming for 400 days", 400 / 365)])
def test_days_of_work(text, years):
    assert parse_profile(text).years_total == pytest.approx(years)


@pytest.mark.parametrize("text", ["干满一年了吗", "算满一年了吗"])
def test_a_year_asked_about_is_not_a_year_said(text):
    assert parse_profile(text).years_total is None


@pytest.mark.parametrize("text, relevant", [
    # (a computing major may count for the platform administrator's work: the evaluation body weighs it, since the
    # sixty-second round; it is not ruled out)
    ("我是中专毕业", None), ("我中专电商专业毕业", True), ("中专计算机专业毕业", None),
    ("I have a junior college diploma in e-commerce", True),
    # the major named, not the work: an accounting or auto-repair major who now streams is not a related major
    ("我是会计专业的中专毕业生，做了一年直播", False), ("我中专学的是汽修", False), ("I study 英语 at a 大专", False),
    ("我大专电商专业应届生", True), ("中专读新闻的", None), ("my major was e-commerce, graduated from a 大专", True),
])
def test_the_major_of_a_diploma(text, relevant):
    assert parse_profile(text.lower()).major_relevant is relevant


@pytest.mark.parametrize("text, total", [
    ("毕业两年了一直在做直播卖汽车用品", 2.0), ("我毕业3年了，一直做电商客服", 3.0), ("毕业两年了", None),
])
def test_years_since_graduating_are_work_only_when_the_work_went_on_since(text, total):
    assert parse_profile(text).years_total == total


@pytest.mark.parametrize("text", ["do years as a 微商 selling through wechat moments count toward the 6-year requirement for level 4?",
                                  "满5年的条件是从哪天算", "4年那条路线要不要培训"])
def test_a_rules_figure_is_not_the_askers_years(text):
    assert parse_profile(text).years_total is None and parse_profile(text).years_since_certificate is None



@pytest.mark.parametrize("text, relevant", [
    ("我大专去年毕业的，在深圳做TikTok Shop东南亚直播", None),  # the work says nothing of the major
    ("技工学校毕业，做了两年电商客服", None), ("have a 大专 in marketing", True), ("我在技师学院读高级工班，电子商务，最后一年", True),
    ("我2016年大专毕业 专业是市场营销", True), ("Two learners in our 预备技师 class (technician college, e-commerce)", True),
])
def test_a_major_is_read_from_where_it_is_said_not_from_the_work(text, relevant):
    assert parse_profile(text.lower()).major_relevant is relevant


@pytest.mark.parametrize("text, total, other", [
    ("我中专毕业后在快手当助播一年十个月，公司说要满两年才能报名五级", 22 / 12, None),  # the company's "two years" is a rule
    ("我在香港做了3年几保险，之后2023年9月开始在深圳一间MCN做选品，一直做到现在", 38 / 12, 3.0),  # other work kept apart
    # the day counts: 1 December 2025 to 30 November 2026 is a whole year (both days worked)
    ("我今年中专毕业之前就去实习了，去年12月1号正式入职的直播公司", 1.0, None),
    ("2025年12月15日开始做直播", 11 / 12, None),  # half a month short of twelve
    ("我干了五年半了，差半年满六年", 5.5, None),  # the shortfall restates the years said
    ("由2024年3月做到而家", 32 / 12, None),  # 由 … 做到而家: from then until now
    ("22年下半年开始自己做直播，到现在", 47 / 12, None),  # "下半年" is part of a date, never 22.5 years
    ("我原本是房仲业务，做了四年，2024年中转做抖音房产直播到现在", 27 / 12, 4.0),
    ("我在广州做了外卖骑手4年，上年年尾开始兼职帮朋友的档口开视频号直播", 11 / 12, 4.0),
    ("我之前在电子厂干了5年流水线，去年夏天开始在抖音帮老板娘值播卖衣服，一直干到现在", 15 / 12, 5.0),
    ("现在又在深圳播了半年", 0.5, None),
])
def test_years_regressions_seen_on_set_n(text, total, other):
    profile = parse_profile(text, today=lambda: date(2026, 11, 30))
    assert profile.years_total == pytest.approx(total, abs=0.01) and profile.other_years == other


def test_a_school_someone_asks_whether_to_go_back_to_is_not_held():
    assert "junior_college_or_above_relevant" not in parse_profile("职高毕业在工厂打了两年螺丝 要不要回去读个大专").education


@pytest.mark.parametrize("text, expected", [
    ("话我有六年直播经验，其实我得三年", {"years_total": 3.0, "other_years": None}),
    ("做了五年 不对 是四年", {"years_total": 4.0}),
    ("got my 四级 直播销售员 in may 2021?? no wait it was may 2022", {"certificate_level": 4, "certificate_age": 4.5}),
    ("我做了3年直播，其实也没多久", {"years_total": 3.0}),
])
def test_a_figure_taken_back_within_the_message_is_the_one_after(text, expected):
    profile = parse_profile(text, today=lambda: date(2026, 11, 29))
    assert {name: getattr(profile, name) for name in expected} == pytest.approx(expected) if None not in expected.values() \
        else {name: getattr(profile, name) for name in expected} == expected


@pytest.mark.parametrize("text, total", [
    ("学员小王：2019年7月到2023年6月在一家公司做电商运营，之后歇了一年，2024年6月到现在在直播间做场控", 6.3334),
    ("3 yrs as 主播 on douyin (2021-2024), then a gap year, and since aug 2025 i'm on 快手", 4.25),
    ("做了两年直播，然后休息了半年，今年3月又开始播", 2.6667),
    ("I've been a Kuaishou live seller since January 2024, no certificates at all", 2.8333),
    ("started streaming on Xiaohongshu the year before last", 1.9167),
    ("我做了3年直播，2023年开始的", 3.0),  # the start dates the same three years
])
def test_a_later_start_after_a_stretch_adds_to_it(text, total):
    assert parse_profile(text.lower(), today=lambda: date(2026, 11, 29)).years_total == pytest.approx(total, abs=0.01)


def test_a_certificate_from_the_end_of_last_year_is_eleven_months_old():
    profile = parse_profile("我有全媒体运营师四级证 去年底拿的", today=lambda: date(2026, 11, 29))
    assert profile.years_since_at_most == pytest.approx(11 / 12) and profile.certificate_age == pytest.approx(11 / 12)


@pytest.mark.parametrize("text, total, other", [
    ("been there 4 yrs, before that 2 yrs as 采购 buyer at a supermarket", 4.0, 2.0),
    ("在MCN做了4年，在那之前在超市做了2年导购", 4.0, 2.0), ("been doing it 2 years", 2.0, None),
    ("one employee has 8 years in 电话销售 and 2 yrs as 直播销售员, no cert", 2.0, 8.0),
])
def test_a_stretch_of_other_work_before_this_one_is_kept_apart(text, total, other):
    profile = parse_profile(text.lower())
    assert (profile.years_total, profile.other_years) == (total, other)


def test_the_years_in_this_line_of_work_beside_other_work():
    assert parse_profile("做了一年半直播主播，之前在餐厅做了三年侍应").years_total == 1.5


@pytest.mark.parametrize("text, total", [
    ("so i was a host for 2 yrs, quit for 3 yrs, came back and been doing it again 1 yr", 3),
    ("I did 2 yrs of livestream selling, took a break for my baby, then 1.5 yrs more", 3.5),
    ("做了两年直播 休息了一年 又做了一年", 3),
])
def test_stretches_of_work_around_a_break_add_up(text, total):
    assert parse_profile(text.lower()).years_total == total


@pytest.mark.parametrize("text, level", [("我现在是直播销售员三级", 3), ("一直没考过啥证 做了7年", 0)])
def test_held_levels_and_none_in_chat_words(text, level):
    assert parse_profile(text).certificate_level == level


@pytest.mark.parametrize("text, total", [
    ("做了快七年了 前三年在广告公司做剪辑", 7 - 0.26), ("I have 6 years in sales, the last 2 in live commerce", 6),
    ("这两年开始在抖音上直播卖自家的货", 2),  # alone, the part is the figure
])
def test_a_stretch_named_as_part_of_a_longer_one(text, total):
    assert parse_profile(text.lower()).years_total == total


@pytest.mark.parametrize("text, held", [("刚收到通知 直播销售员五级过了", 5), ("五级考试通过了", 5)])
def test_a_level_passed_is_held(text, held):
    profile = parse_profile(text)
    assert profile.certificate_level == held


def test_a_final_year_said_later_makes_the_school_attended_a_final_year_route():
    attending = parse_profile("i'm in a 3-year e-commerce program at a technician college")
    later = parse_profile("graduating next june, no job experience yet")
    assert attending.education == [] and attending.studying_at and attending.major_relevant is True
    assert attending.merge(later).final_year_student_of == attending.studying_at


def test_a_profile_pickled_before_the_newer_fields_still_merges():
    """Telegram keeps conversations (with their profiles) pickled across restarts and upgrades."""
    import pickle

    old = Profile(certificate_level=3, years_total=5)
    for name in ("studying_at", "final_year", "major_relevant", "years_since_at_most", "break_years"):
        old.__dict__.pop(name, None)  # what an older version pickled
    restored = pickle.loads(pickle.dumps(old))
    merged = restored.merge(Profile(final_year=True, years_total=6))
    assert merged.years_total == 6 and merged.studying_at == [] and merged.certificate_level == 3


@pytest.mark.parametrize("text, supposed", [
    ("我有三级证，拿了五年了，想报二级", True),  # held five years: the work in them is supposed, and said so
    ("I've had my level-3 certificate for 4 years", True),
    ("三级证拿了5年，一直在做直播", False),  # the work is said
    ("拿证后干了3年", False),  # years of work since, said as such
])
def test_years_a_certificate_is_held_are_work_supposed_unless_work_is_said(text, supposed):
    profile = parse_profile(text)
    assert profile.years_since_certificate is not None
    assert profile.years_since_held is supposed


def test_years_before_the_certificate_add_to_work_said_all_along_since_its_date():
    """"五级证2021年底拿的" then "之前做过3年导购，拿证后一直直播卖货": 3 years before it plus all the years since."""
    today = lambda: date(2026, 11, 29)
    first = parse_profile("五级证2021年底拿的", today=today)
    both = first.merge(parse_profile("之前做过3年服装店导购，拿证后一直直播卖货", today=today))
    assert both.years_since_certificate == first.certificate_age
    assert both.years_total == pytest.approx(3 + first.certificate_age)
    # a total said as a total is not added to ("总共做咗十年")
    said_total = parse_profile("营销员五级证，2014年考的", today=today).merge(parse_profile("之后一直做销售同直播，总共做了十年", today=today))
    assert said_total.years_total == 10
