"""Added in the fifty-second round: people putting a reading right or pushing back ("我問係可唔可以報 唔係問要咩材料",
"no i meant level 3 not 4", "my teacher says we have to pass level 5 first tho", "so who's right", "is that from the
official standard?"), dates told as people tell them (a start and a stop, months off between two dates with one year,
a whole year away at other work, "中旬"), several people asked different things, a question beside one for elsewhere,
and the rules of live selling in date order."""
from __future__ import annotations

from datetime import date

import pytest

from bot.eligibility import parse_profile
from bot.eligibility.profile import NO_CERTIFICATE
from bot.language import mandarin_words, to_simplified, without_typos
from tests.test_answer_plan import ask

TODAY = date(2026, 12, 5)


def read(text: str):
    return parse_profile(mandarin_words(without_typos(to_simplified(text))).lower(), today=lambda: TODAY)


# --- dates and stretches ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("said", ["started around june 2019, stopped around dec 2022", "2019年6月开始 2022年12月停了",
                                  "i did live selling, started june 2019, stopped dec 2022"])
def test_a_start_and_a_stop_are_one_closed_stretch(said):
    assert read(said).years_total == pytest.approx(3.5)  # not June 2019 to today


def test_a_start_and_a_stop_of_other_work_are_other_work():
    said = read("我在工厂上班 2019年6月开始 2022年12月辞职了")
    assert said.years_total is None and said.other_years == pytest.approx(3.5)


@pytest.mark.parametrize("said, months", [
    ("wait i forgot, i took Feb to Jul 2024 off to go back to the States", 6),
    ("I was off from Feb to Jul 2024", 6),
    ("我2024年2月到7月没做", 6),
    ("哦不对 歇的是8个月 2024年3月到10月", 8),
])
def test_months_off_between_two_dates_with_one_year_said(said, months):
    assert read(said).break_years == pytest.approx(months / 12)


@pytest.mark.parametrize("said", ["他这几年一直在做视频 不过2023年有一整年去送外卖了", "2023年整年都在送外卖"])
def test_a_whole_year_away_at_other_work_is_a_break(said):
    assert read(said).break_years == 1.0


def test_a_part_of_the_month_is_a_day_so_a_year_is_not_rounded_up():
    assert read("差不多一年吧 去年12月中旬入职的").years_total < 1.0


def test_switched_or_got_into_the_work_last_year_is_its_start():
    assert read("I switched to live selling last year").years_total == 1.0
    said = read("I did customer service for 3 years then switched to live selling last year")
    assert said.years_total == 1.0 and said.other_years == 3.0
    assert read("moved to Hangzhou last year").years_total is None  # a move is no start of work


def test_a_level_the_answer_named_is_no_certificate():
    said = read("我冇任何證書 你頭先話四級 點解唔可以直接考三級")
    assert said.certificate_level in (None, NO_CERTIFICATE) and said.target_level == 3


def test_a_level_held_then_the_question_with_no_comma_between():
    said = read("我2024年1月開始做直播 2025年3月攞咗五級 幾時可以考四級")
    assert said.certificate_level == 5 and said.target_level == 4


def test_no_certificate_said_with_what():
    assert read("2024年5月进的 啥证没有").certificate_level == NO_CERTIFICATE


def test_a_claim_a_training_class_made_is_no_start_of_work():
    assert read("但係個培訓班話持證月薪高3000至5000 仲話2023年起好多地方新入行都要持證上崗 係咪真㗎").years_total is None


# --- conversations ---------------------------------------------------------------------------------------------------

def test_what_was_meant_replaces_the_reading_it_puts_right(advisor):
    answer, _ = ask(advisor, "我係澳門人 喺珠海一間MCN做選品做咗兩年半 可唔可以考證", "我問係可唔可以報 唔係問要咩材料")
    assert answer.intent == "eligibility" and "五級/初級工" in answer.text and "材料" not in answer.text


def test_and_level_4_after_the_case_is_that_level_for_the_asker(advisor):
    answer, _ = ask(advisor, "我係澳門人 喺珠海一間MCN做選品做咗兩年半 可唔可以考證", "我問係可唔可以報 唔係問要咩材料", "咁四級呢？")
    assert answer.intent == "eligibility" and "四級/中級工" in answer.text and "工作要求" not in answer.text


def test_i_meant_the_level_asked_not_the_one_held(advisor):
    _, conversation = ask(advisor, "can i apply for level 4 选品员? i have level 4 直播销售员 since june 2023, full-time since then, "
                                   "and a 中专 diploma in e-commerce", "no i meant level 3 not 4. 选品员 level 3")
    assert conversation.profile.certificate_level == 4


def test_which_month_after_the_case_gives_the_month(advisor):
    answer, _ = ask(advisor, "有个学员2022年1月拿了视频创推员三级 想报二级 够了吗", "他这几年一直在做视频 不过2023年有一整年去送外卖了",
                    "那他具体哪个月能报")
    assert answer.intent == "eligibility" and "二级/技师" in answer.text and "2027年1月" in answer.text


def test_can_she_register_for_a_session_is_her_case(advisor):
    answer, _ = ask(advisor, "training centre in Guangzhou here. learner got level 4 直播销售员 in Nov 2024, she has a 大专 in "
                             "e-commerce. when can she do level 3?", "so yes or no — can she register for our Jan 2027 session?")
    assert answer.intent == "eligibility" and "Level 3" in answer.text


def test_the_asker_after_a_sister_gets_their_own_case(advisor):
    answer, _ = ask(advisor, "我姐2023年拿了直播销售员五级 她问能不能报四级", "具体2023年2月 一直在直播公司上班",
                    "那我呢 我跟她一家公司 2024年5月进的 啥证没有")
    assert "没有职业技能等级证书" in answer.text and "五级/初级工" in answer.text and "我姐" not in answer.text


def test_a_teachers_claim_that_level_5_comes_first_is_checked_against_the_level_asked_before(advisor):
    claim, _ = ask(advisor, "can 中职 final year students apply for level 4 straight away? im doing 电子商务",
                   "my teacher says we have to pass level 5 first tho")
    assert claim.intent == "eligibility" and "L4-C" in claim.text and not claim.refused
    again, _ = ask(advisor, "can 中职 final year students apply for level 4 straight away? im doing 电子商务",
                   "my teacher says we have to pass level 5 first tho", "so who's right")
    assert "L4-C" in again.text


def test_a_doubt_of_the_answers_footing_gets_the_answer_again(advisor):
    answer, _ = ask(advisor, "im a 本科 marketing student, whats the difference between 选品员 and 视频创推员",
                    "that sounds like a summary from some website, is that from the official standard?")
    assert not answer.refused and "third-party summary" in answer.text


def test_a_doubt_naming_its_own_subject_gets_that_entry(advisor):
    answer, _ = ask(advisor, "has the 互联网营销师 standard been updated since 2021?",
                    "my teacher says there's a 2025 version from guangxi, so you're wrong?")
    assert "T/GXCECDPA 002-2025" in answer.text


def test_per_person_questions_each_get_their_own(advisor):
    answer, _ = ask(advisor, "我带两个学员 A做了两年直播没证 B有五级证 2022年拿的 一直在做", "A能考几级 B能不能考三级")
    a_part, b_part = answer.text.split("【B】")
    assert "现在可以申报：五级/初级工" in a_part and "三级/高级工的条件" not in a_part
    assert "三级/高级工" in b_part


def test_a_question_beside_one_for_elsewhere_is_answered_with_where_to_ask(advisor):
    answer, _ = ask(advisor, "can foreigners take the 直播销售员 exam at all? and does my visa even allow paid livestreaming?")
    assert not answer.refused and "evaluation body" in answer.text and "immigration" in answer.text


def test_a_statement_of_ones_work_mentioning_a_visa_is_no_visa_question(advisor):
    answer, _ = ask(advisor, "Hi, I'm Brazilian, living in Shanghai on a spouse visa. I do portuguese/chinese livestreams "
                             "selling coffee beans on Taobao")
    assert not answer.refused


def test_a_sixteenth_birthday_to_come_says_what_opens_then(advisor):
    answer, _ = ask(advisor, "my daughter is 15 and wants to livestream sell her handmade earrings on 小红书. is that allowed in china?",
                    "she turns 16 in march 2027. what changes then?")
    assert answer.text.startswith("From march 2027, at 16") and not answer.refused


def test_the_rules_of_live_selling_in_date_order(advisor):
    answer, _ = ask(advisor, "我们是做直播培训的机构 学员老问直播带货到底要守哪些规定", "麻烦按时间顺序列一下主要文件 发文单位 时间 各管什么 我要做成课件")
    text = answer.text
    assert answer.intent == "policy" and text.index("2016年") < text.index("2021年4月") < text.index("2022年6月")


def test_a_prospective_learner_is_no_question_about_prospects(advisor):
    answer, _ = ask(advisor, "a prospective learner got her Level 2 technician cert (视频创推员) in Jan 2024 and has worked as a "
                             "video team lead since. can she apply for level 1?")
    assert "KPMG" not in answer.text


def test_our_academy_is_no_academys_certificate(advisor):
    answer, _ = ask(advisor, "our academy in Wuhan wants to run a Level 1 高级技师 class for 视频创推员")
    assert "special ability certificate" not in answer.text


def test_other_work_before_a_planned_switch_is_all_other_work():
    said = read("im 34. did retail sales in a mall electronics store 2017 to 2024, then 2 yrs in a factory (unrelated). "
                "thinking of moving into live commerce")
    assert not said.years_total and said.other_years == pytest.approx(9.0)


def test_a_switch_from_other_work_dates_this_work_but_a_switch_between_job_types_does_not():
    assert read("12 years as an offline sales rep for a cosmetics brand, switched to live selling 2 years ago").years_total == 2.0
    assert read("I was a 直播销售员 for 5 years but switched to 视频创推员 work 2 years ago").years_total == 5.0
    assert read("I was in mechanical engineering at a 技工学校, switched to the e-commerce major last year").years_total is None


def test_the_other_works_years_pointed_back_at_are_not_this_work(advisor):
    _, conversation = ask(advisor, "我在超市做了8年收银 现在想转做直播 能直接考四级吗", "那我之前还在商场做过3年导购促销 这个呢",
                          "这3年加上以后做直播的时间能不能合起来算")
    assert not conversation.profile.years_total and conversation.profile.other_years == 3.0
