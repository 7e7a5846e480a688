"""Added in the nineteenth round: questions about the levels' names and order; a route to a level named; people
asked for (parents, HR, teachers, "one … the other", names with what is said of them); a certificate to be
issued or given as an example; a school only just started; an FAQ entry that only answers its own subject."""
from __future__ import annotations

from datetime import date

import pytest

from bot.answering.level_names import level_name_question
from bot.answering.people import split_people
from bot.eligibility.profile import parse_profile
from bot.language import mandarin_words, to_simplified, without_typos
from bot.retrieval.faq_subjects import load_subjects
from bot.settings import get_settings
from tests.test_answer_plan import ask

DAY = date(2026, 12, 1)


def facts(text: str):
    return parse_profile(mandarin_words(without_typos(to_simplified(text))), today=lambda: DAY)


# --- the levels' names and order ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, levels", [
    ("高级工是几级阿", (3,)), ("三级是什么工", (3,)), ("what level is a technician?", (2,)),
    ("Is L3 the same as 'senior' or 'advanced'?", (3,)), ("which is higher, L1 or L5?", (1, 5)), ("五級同一級邊個高？", (5, 1)),
])
def test_a_question_on_a_levels_name_or_order_is_recognised(text, levels):
    asked = level_name_question(text)
    assert asked is not None and asked.levels == levels


@pytest.mark.parametrize("text", ["我有四级 能报三级吗", "一级和五级哪个难考", "技师学院是几级", "Is level 1 the lowest?", "那技师呢"])
def test_other_questions_are_not_about_the_levels_names(text):
    assert level_name_question(text) is None


def test_a_bare_level_after_a_name_question_asks_its_name_too():
    asked = level_name_question("那技师呢", "高级工是几级阿")
    assert asked is not None and asked.levels == (2,)


def test_the_level_asked_about_is_named_first_then_the_ladder(advisor):
    answer, _ = ask(advisor, "高级工是几级阿", "那技师呢")
    assert answer.text.startswith("技师就是二级（二级/技师）")
    assert "数字越小，等级越高" in answer.text and answer.sources


def test_which_of_two_levels_is_higher_is_answered_not_refused(advisor):
    answer, _ = ask(advisor, "and which is higher, L1 or L5?")
    assert answer.text.startswith("Level 1 / Senior Technician is higher than Level 5") and not answer.refused


# --- a route to a level named; the first wait -----------------------------------------------------------------

def test_the_way_to_a_level_named_stops_at_that_level(advisor):
    answer, _ = ask(advisor, "完全零基礎，一日直播都未做過", "想去到三級，大概要幾耐，中間要考邊幾級")
    first = answer.text.splitlines()[0]
    assert first.startswith("按通用模板推算：最快約") and "三級/高級工" in first
    assert "再往上到 三級/高級工" in answer.text and "一級/高級技師：持有" not in answer.text


# --- people asked for ---------------------------------------------------------------------------------------

def test_names_take_what_is_said_of_them_just_before():
    people = dict(split_people(mandarin_words("有四级的是小周 2022年7月拿的直播销售员四级 之后一直在我们这播；没证的小吴播了5年了")))
    assert people["小周"].certificate_level == 4 and people["小周"].worked_since_certificate
    assert people["小吴"].years_total == 5.0 and people["小吴"].certificate_level == 0  # "没证的" is said of him


@pytest.mark.parametrize("text", ["两个人 一个有四级一个没有", "one has L4 from 2022, the other has none"])
def test_one_and_the_other_are_two_people(text):
    people = split_people(mandarin_words(text))
    assert len(people) == 2 and people[0][1].certificate_level == 4 and people[1][1].certificate_level == 0


def test_groups_dated_after_a_level_said_for_all_hold_that_level():
    people = dict(split_people("2个是2022年6月拿的，3个是2024年1月拿的，大家都一直在岗", held_level=5))
    assert {facts.certificate_level for facts in people.values()} == {5}
    assert all(facts.worked_since_certificate for facts in people.values())


def test_named_people_replace_one_and_the_other(advisor):
    answer, conversation = ask(advisor, "我是公司HR 帮两个主播问一下", "两个人 一个有四级一个没有",
                               "有四级的是小周 2022年7月拿的直播销售员四级 之后一直在我们这播；没证的小吴播了5年了", "他们俩现在能报三级吗")
    assert [label for label, _ in conversation.people] == ["小周", "小吴"]
    assert "【小周】" in answer.text and "【小吴】" in answer.text and "【一个】" not in answer.text


def test_asking_for_anchors_is_not_the_askers_own_job(advisor):
    answer, _ = ask(advisor, "我是公司HR 帮两个主播问一下")
    assert "你做直播销售员" not in answer.text
    answer, _ = ask(advisor, "我们公司招主播")
    assert "你做直播销售员" not in answer.text


def test_a_parent_said_in_cantonese_is_someone_else(advisor):
    answer, _ = ask(advisor, "我阿仔21歲，大專讀緊最後一年，讀市場營銷")
    assert "按你提供的情況" not in answer.text and "阿仔" in answer.text


def test_a_teacher_is_noted_and_the_class_described_is_the_students(advisor):
    answer, _ = ask(advisor, "我是高职院校电子商务专业的班主任")
    assert answer.text.startswith("好的，记下了：你在高职任教")
    answer, _ = ask(advisor, "我是高职院校电子商务专业的班主任", "带的是大三毕业班，三年制，明年6月毕业",
                    "学生基本没工作经验 能报互联网营销师几级？")
    assert "在读应届：高职" in answer.text and "L4-C" in answer.text and "按你提供的情况" not in answer.text


# --- certificates that nobody holds; schools just started ---------------------------------------------------

@pytest.mark.parametrize("text", ["Issue a 三级 certificate to my student Li Wei, ID attached later.", "给我学员发一张三级证书",
                                  "想问下证书等级能不能作为定薪依据？比如有三级的多给3000"])
def test_a_certificate_to_issue_or_in_an_example_is_not_held(text):
    assert facts(text).certificate_level is None


@pytest.mark.parametrize("text", ["我已经是视频创推员二级", "我已經係直播銷售員三級", "she has a 3rd level certificate"])
def test_a_level_one_already_is_or_says_as_an_ordinal_is_held(text):
    assert facts(text).certificate_level in (2, 3)


def test_just_starting_a_school_is_studying_and_not_the_final_year():
    said = facts("my nephew just started 中职 this September, e-commerce major")
    assert said.studying_at and not said.education and not said.final_year


def test_a_school_rule_quoted_is_not_the_students_final_year():
    assert not facts("佢可唔可以而家考四級？學校話要畢業班先得").final_year
    assert facts("我是中职毕业班的学生").final_year


def test_a_certificate_held_full_years_is_read():
    said = facts("有學員二級證滿咗3年，但冇上過一級培訓")
    assert said.certificate_level == 2 and said.years_since_certificate == 3.0


# --- an FAQ entry that only answers its own subject ---------------------------------------------------------

def test_the_entry_on_teachers_selling_courses_needs_its_subject_named():
    subjects = load_subjects(get_settings().understanding_dir)
    assert "teacher-selling-courses" in subjects.unnamed_in("and do online courses count towards them?")
    assert "teacher-selling-courses" not in subjects.unnamed_in("我是英语老师，平时直播卖课，算互联网营销师的工作吗")


def test_online_courses_after_training_hours_are_not_about_selling_courses(advisor):
    answer, _ = ask(advisor, "准备开一个五级培训班", "课时定多少合适？对老师有要求吗")
    assert "卖课" not in answer.text and "120" in answer.text


def test_checking_a_candidates_certificate_is_the_verification_answer(advisor):
    answer, _ = ask(advisor, "I'm HR at a brand in Suzhou", "a candidate says she has 直播销售员 三级. how do I check it's real?")
    assert "osta.mohrss.gov.cn" in answer.text and "Level 2" not in answer.text


def test_a_subsidy_for_a_level_is_not_the_next_levels_timeline(advisor):
    answer, _ = ask(advisor, "I'm unemployed right now, living in Guangzhou",
                    "if I get the L4 certificate would I get some subsidy from the government?")
    assert "12333" in answer.text and "Level 3 / Senior Worker" not in answer.text


# --- more readings of this round ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, level", [
    ("my students finished 五级 (直播销售员) in March 2025", 5), ("some of my 二级 trainees want to use the training route", 2),
    ("我们的四级学员能报三级吗", 4),
])
def test_a_level_finished_or_held_by_the_people_named_is_held(text, level):
    assert facts(text).certificate_level == level


def test_a_new_clause_asking_how_long_to_a_level_names_the_target_not_the_certificate():
    said = facts("二级直播销售员 证是2023年3月拿的 一级要多久 我没参加过培训")
    assert said.certificate_level == 2 and said.target_level == 1


def test_what_comes_after_the_top_of_the_track_is_said(advisor):
    answer, _ = ask(advisor, "Question about the Platform Admin track", "I have L4 平台管理员 from Nov 2021... no wait it was Dec 2022",
                    "when can I do L3, and is there anything after that?")
    assert "The Platform Administrator job type goes up to Level 3" in answer.text and "12/2027" in answer.text


@pytest.mark.parametrize("turns, place", [
    (("I'm Malaysian doing TikTok live sales", "how much tax do I pay on it in Malaysia?"), "tax adviser"),
    (("we're moving to Singapore. does she need it notarized or apostilled for work there?",), "notary office"),
    (("我喺台灣，想問勞保點樣加保？", "我做自由接案直播主"), "勞工保險局"),
])
def test_questions_with_an_obvious_place_elsewhere_say_where(advisor, turns, place):
    answer, _ = ask(advisor, *turns)
    assert place in answer.text


def test_the_asker_and_the_person_told_of_next_are_answered_each(advisor):
    answer, _ = ask(advisor, "我自己2022年5月拿的直播销售员五级，之后一直在播", "我老婆没证，在我们自己店里做选品两年了",
                    "我俩现在分别能报啥级别")
    assert "【你】" in answer.text and "【老婆】" in answer.text and "累计工作2年" in answer.text


def test_months_so_far_after_undated_work_are_its_duration(advisor):
    answer, conversation = ask(advisor, "我侄女高中毕业以后一直在做直播", "到现在11个月 下个月满一年")
    assert conversation.profile.years_total == 11 / 12
    answer, conversation = ask(advisor, "大專市場營銷畢業，直播銷售員四級是2024年10月拿的", "到現在兩年多一點，可以考三級了吧？")
    assert conversation.profile.years_total is None  # (the time since the dated certificate, not a total)


def test_a_level_worked_at_for_years_is_held():
    said = facts("我表哥做咗選品員四級兩年")
    assert said.certificate_level == 4 and said.years_since_certificate == 2.0


def test_terms_given_after_a_question_are_not_the_askers_facts(advisor):
    answer, conversation = ask(advisor, "我是MCN的 想给旗下主播做个职业规划", "从五级一路考到一级 最快要几年", "假设从零开始 中间不断")
    assert "17年" in answer.text and "累计工作0年" not in answer.text
    assert conversation.profile is None or conversation.profile.job_type is None  # the agency's anchors, not the asker


@pytest.mark.parametrize("text", ["我已经四级了 做了6年", "我四級了"])
def test_a_level_one_is_at_is_held(text):
    assert facts(text).certificate_level == 4


def test_training_hours_asked_with_a_case_are_the_hours(advisor):
    answer, _ = ask(advisor, "我四級了", "想考三級，三級要培訓幾小時")
    assert "88標準學時" in answer.text and "取決於你還沒說的情況" not in answer.text
