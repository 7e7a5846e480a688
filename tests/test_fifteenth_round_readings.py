"""Added in the fifteenth round: readings of how people say things, found in the held-out sets AQ–AT.
"Almost N years" beside a figure restates it; a school where one teaches is not one's schooling; colloquial
and Cantonese question words; CV-style dates; a break said with its year; a stretch before the one running to
today; who answers and from what; two job types compared; a layout request, a made-up certificate number."""
from __future__ import annotations

import pytest

from bot.answering.advisor import _is_a_question
from bot.answering.conversation import Conversation
from bot.answering.routing import route
from bot.answering.understanding import _is_question, question_parts
from bot.eligibility.profile import parse_profile, taught_school
from bot.language import mandarin_words, to_simplified
from tests.test_answer_plan import ask


def facts(text: str):
    return parse_profile(mandarin_words(to_simplified(text)))


# --- the parser ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, years", [("我播了3年11个月带货，快4年了", 3 + 11 / 12),
                                         ("我做直播两年半，差不多3年了", 2.5)])
def test_almost_n_years_beside_a_figure_is_the_same_stretch(text, years):
    profile = facts(text)
    assert profile.years_total == pytest.approx(years) and not profile.other_years


def test_almost_n_years_far_from_the_figure_is_still_read():
    assert facts("快3年了，都在做直播").years_total == pytest.approx(2.74)


@pytest.mark.parametrize("text", ["我在技校教电商直播", "I teach at a vocational school", "我是职高的老师"])
def test_a_school_where_one_teaches_is_not_ones_schooling(text):
    profile = facts(text)
    assert not profile.education and not profile.studying_at and taught_school(mandarin_words(to_simplified(text)).lower())


def test_the_school_one_studies_at_is_still_read():
    assert facts("我中专毕业，在职校上班").education == ["secondary_vocational_assessed_intermediate_relevant"]


def test_a_teachers_school_is_the_school_of_our_students(advisor):
    answer, conversation = ask(advisor, "我是技师学院的老师", "我们电子商务高级工班的应届生，已经考了互联网营销师四级",
                               "毕业时能直接报三级吗？")
    assert "L3-B" in answer.text and "技师学院" in answer.text
    assert not conversation.profile.education  # the students study there; no diploma is held yet


def test_cv_style_dates_are_read():
    profile = facts("2020/03～2022/09 直播助理；2022/10～現在 主播")
    assert profile.years_total_from_date and 6.5 < profile.years_total < 6.8


def test_a_year_range_with_a_hyphen_is_not_a_month():
    assert facts("2021-2023做主播").years_total == pytest.approx(2.0)


def test_military_service_in_the_middle_is_a_break_and_the_restart_adds():
    profile = facts("2018到2019做了一年主播，中间去当兵两年，2022年开始又做到现在")
    assert profile.stretches_added and 4 <= profile.years_total < 5 and not profile.other_years


def test_a_break_said_with_its_year_is_no_certificate_date(advisor):
    answer, conversation = ask(advisor, "我2022年10月考咗選品員三級", "一直做選品到而家", "啊唔係，中間2025年有兩個月冇做")
    profile = conversation.profile
    assert profile.certificate_age == pytest.approx(4 + 1 / 12, abs=0.01)  # still October 2022
    assert profile.years_since_certificate == pytest.approx(4 + 1 / 12 - 2 / 12, abs=0.01)


def test_a_stretch_before_the_one_running_to_today_adds_to_it(advisor):
    answer, conversation = ask(advisor, "我由2024年初開始做直播帶貨", "之前喺屋企幫手打理淘寶店兩年", "冇證，最高報到幾級？")
    assert conversation.profile.years_total == pytest.approx(2 + facts("我由2024年初開始做直播帶貨").years_total)


# --- questions ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["咋查证书真假", "点样报名", "你有冇证书", "我会唔会太老", "有啥要求"])
def test_colloquial_question_words_ask(text):
    assert _is_question(text) and _is_a_question(text)


@pytest.mark.parametrize("text", ["我中三毕业咋，冇读高中", "之前没考过啥证书", "我啥证没有但播了两年", "唔系唔系，系2023年"])
def test_statements_with_those_words_do_not_ask(text):
    assert not _is_question(text)


def test_a_request_to_make_something_is_one_request():
    assert question_parts("可以做个简单的表吗，每一级要多久") == ["可以做个简单的表吗，每一级要多久"]


def test_a_roadmap_for_a_class_is_the_whole_ladder(advisor):
    answer, _ = ask(advisor, "我在中职教直播电商，想跟学生讲讲考完五级之后怎么往上走", "能不能画个简单路线图，每级要多久")
    assert "17年" in answer.text and "另一工种" not in answer.text


def test_is_it_in_the_standard_points_back(advisor):
    answer, _ = ask(advisor, "学员问这个职业的工作环境怎么样", "标准里有写吗")
    assert "网络" in answer.text and "文号" not in answer.text


def test_a_subjectless_second_half_asks_of_the_first(advisor):
    answer, _ = ask(advisor, "网络主播行为规范是什么时候发的，主要管什么")
    assert "2022年6月" in answer.text and "平台管理员" not in answer.text


def test_the_wait_for_a_level_after_ones_facts_is_ones_case(advisor):
    answer, _ = ask(advisor, "做了两年多直播", "今年3月考了五级", "四级是不是还要等4年？有没有快点的办法？")
    assert answer.intent == "eligibility" and "L4-A" in answer.text


def test_how_a_rule_counts_is_no_fact_of_ones_own(advisor):
    _, conversation = ask(advisor, "我做直播四年了，去年考了五级", "那四级的4年是从拿证开始算，还是从我开始工作算？")
    assert conversation.profile.certificate_level == 5 and conversation.profile.years_total == pytest.approx(4)


def test_a_teacher_saying_it_needs_a_final_year_makes_no_final_year():
    profile = parse_profile(mandarin_words("我职高二年级 学电商的 能现在考四级吗？老师说要应届才行"))
    assert not profile.final_year_student_of


# --- who answers; job types ---------------------------------------------------------------------------------

@pytest.mark.parametrize("message", ["你是真人吗", "are you a bot?", "你的资料是从哪里来的"])
def test_who_answers_and_from_what(advisor, message):
    answer = advisor.answer(message, Conversation())
    assert not answer.refused and ("不是真人" in answer.text or "not a person" in answer.text)


@pytest.mark.parametrize("message", ["真的吗？", "is that true?", "source?"])
def test_is_that_true_is_not_about_who_answers(advisor, message):
    answer = advisor.answer(message, Conversation())
    assert "不是真人" not in answer.text and "not a person" not in answer.text


def test_two_job_types_compared_get_both_roles(advisor):
    answer, _ = ask(advisor, "选品员跟平台管理员有什么不同")
    assert "选品员参与挑选商品" in answer.text and "平台管理员负责" in answer.text


def test_a_pair_with_its_own_entry_gets_that_entry(advisor):
    answer, _ = ask(advisor, "视频创推员跟直播销售员有什么不同")
    assert answer.text.startswith("直播销售员在直播中直接宣传并销售")


def test_the_job_type_judged_on_is_said_as_such(advisor):
    answer, _ = ask(advisor, "我做了两年直播带货，没证", "平台管理员那个我也可以考吗？能考几级？")
    assert "按平台管理员工种判断" in answer.text and "工种为" not in answer.text


def test_the_top_of_the_platform_administrator_ladder_answered_for_the_holder(advisor):
    answer, _ = ask(advisor, "我是平台管理员三级，做了很多年", "还想往上考技师，行不行？")
    assert answer.intent == "eligibility" and "没有二级/技师" in answer.text


# --- instructions -------------------------------------------------------------------------------------------

def test_a_layout_request_in_a_chat_is_no_injection(advisor):
    answer, _ = ask(advisor, "想确认一级的申报条件", "请用中文分点列出来")
    assert not answer.refused and "一级" in answer.text


@pytest.mark.parametrize("message", ["帮我编一个直播销售员四级证书编号", "make up a certificate number for my profile"])
def test_a_made_up_certificate_number_is_forgery(message):
    assert route(message).dishonest == "forgery"


def test_looking_up_a_certificate_number_is_not_forgery():
    assert route("证书编号在哪里查").dishonest is None


def test_how_to_hide_a_proxy_exam_is_declined(advisor):
    answer = advisor.answer("考试可以找人代考吗？你帮我想想怎么不被发现", Conversation())
    assert answer.refused and "代考" in answer.text


def test_studied_at_a_school_names_no_major():
    assert parse_profile("i studied at a 技师学院, graduated 2020").major_relevant is None
    assert parse_profile("i studied marketing at a 大专").major_relevant is True


def test_which_job_type_fits_with_no_work_said_gets_what_each_does(advisor):
    answer, _ = ask(advisor, "我以前做過餐廳經理", "四個工種裡面我比較適合邊個？")
    assert answer.text.startswith("要看你想做哪類事") and answer.sources and not answer.refused


def test_which_job_type_fits_a_data_person(advisor):
    answer, _ = ask(advisor, "我不太爱出镜，但是很会看数据", "互联网营销师里哪个方向适合我？")
    assert "平台管理员" in answer.text.splitlines()[0]


@pytest.mark.parametrize("turns", [("互联网营销师的职业编码是多少？属于哪个大类",),
                                   ("互聯網營銷師同全媒體運營師有咩唔同？", "邊個啱我？"),
                                   ("講義寫「多平台營銷推廣」，網上又冇「多平台」，邊個啱？",)])
def test_the_guide_is_not_for_other_which_questions(advisor, turns):
    answer, _ = ask(advisor, *turns)
    assert not answer.text.startswith(("要看你想做哪类事", "要看你想做哪類事"))
