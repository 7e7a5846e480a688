"""Added in the thirty-sixth round: the parts of a message no source answers (a fee, an exam date, a pass rate, a
refund) named after the answer to the rest, never in place of the asker's case; a term of the last question taken back
("我想问的是视频创推员 不是平台管理员"); "用中文再讲一次 我要转发给她" as the last answer again, in Chinese; a rule heard
("人哋話要攞咗五級4年先可以考四級", "听说本科有四级两年就能报三级") whose figures are not the asker's; "exactly 6 yrs as of
last month"; people labelled "阿B / 阿C / 阿D"; what is open now beside each person's "not yet"; hearsay from classmates
("同学都这么说") not someone else's case; majors said before the school ("护理大专") and "non-related majors"; "havent
done any training" as none done; years before a certificate and since it added up; a stretch of study between dates not
counted as work; "應該報五級定四級" as the asker's case; the hours asked with no level named, of the level in hand."""
from __future__ import annotations

from datetime import date

import pytest

from bot.answering.parts_not_held import message_parts, topics_not_held
from bot.answering.people import split_people
from bot.answering.routing import route
from bot.answering.swapped_term import swapped_question
from bot.answering.understanding import _third_party, without_claimed_rules
from bot.eligibility import parse_profile
from bot.language import EN, ZH, asked_script, mandarin_words, to_simplified
from tests.test_answer_plan import ask

TODAY = date(2026, 12, 4)


def _words(text: str) -> str:
    return mandarin_words(to_simplified(text))


def read(text: str):
    return parse_profile(_words(text).lower(), today=lambda: TODAY)


def _topics(text: str) -> list[str]:
    return topics_not_held(_words(text), lambda part: route(part).not_covered, lambda part: "吗" in part or "?" in part
                           or "多" in part or "几" in part or "不" in part or "how" in part.lower())[0]


# --- parts no source answers ------------------------------------------------------------------------------------------

def test_a_chat_message_is_split_into_its_questions():
    assert message_parts(_words("能直接报四级吗 考过率高不高 多久出成绩")) == ["能直接报四级吗", "考过率高不高", "多久出成绩"]
    assert message_parts("so 五级 ok? how many training hrs, can training be online, how much") == \
        ["so 五级 ok", "how many training hrs", "can training be online", "how much"]


@pytest.mark.parametrize("message, topics", [
    ("能直接报四级吗 考过率高不高 多久出成绩", ["pass_rate", "results"]),
    ("兩個可唔可以報三級？報名費幾多？", ["fee"]),
    ("怎么确认这个机构能发互联网营销师证 不能发的话能退钱吗", ["refund"]),
    ("so 五级 ok? how many training hrs, how much", ["fee"]),
])
def test_the_parts_no_source_holds_are_named(message, topics):
    assert _topics(message) == topics


@pytest.mark.parametrize("message", [
    "互联网营销师这个职业是哪天正式发布的？我看到6月28号",  # a document's date, not an exam's
    "薇娅那个案子具体是多少钱？课上要讲",  # a fine, not a fee
    "考过了能拿补贴吗 大概多少钱",  # a subsidy's amount
    "能报几级",  # one part: its answer is the whole of it
])
def test_no_part_is_named_where_none_is_an_exams_fee_or_date(message):
    assert _topics(message) == []


def test_the_fee_beside_two_peoples_case_is_named_after_both(advisor):
    answer, _ = ask(advisor, "我哋機構幫學員報名", "學員A：選品員四級 2021年10月攞 之後一直做選品；學員B：冇證 做咗7年直播",
                    "兩個可唔可以報三級？報名費幾多？")
    assert "【學員A】" in answer.text and "【學員B】" in answer.text
    assert "考試或培訓費用" in answer.text and answer.via == "eligibility"
    # (學員B, not yet at level 3, is told level 4 is open now on the 7 years)
    assert "現在可以申報的是：四級/中級工" in answer.text.split("【學員B】")[1]


def test_pass_rate_and_results_beside_a_case_are_said_not_held(advisor):
    answer, _ = ask(advisor, "主播干了6年整 今年11月刚好满6年 没证", "能直接报四级吗 考过率高不高 多久出成绩")
    assert answer.text.startswith("可以申报四级/中级工")
    assert "考试通过率、考试多久出成绩，知识库里没有可靠信息" in answer.text


def test_a_fee_not_asked_about_is_not_named(advisor):
    answer, _ = ask(advisor, "我係做視頻創推員嘅，2020年12月開始，期間冇停過", "舊年（2025年）3月攞咗五級",
                    "即係我而家應該考四級定係再等？我唔想白交報名費")
    assert "考試或培訓費用" not in answer.text


# --- a term taken back, a language asked for -------------------------------------------------------------------------

def test_a_term_of_the_last_question_taken_back_is_swapped():
    asks = lambda text: True
    assert swapped_question("不好意思 我想问的是视频创推员 不是平台管理员", "平台管理员最高能考到二级对吧", asks) == "视频创推员最高能考到二级对吧"
    assert swapped_question("sorry I meant level 1, not level 2", "can i apply level 2 with 5 yrs?", asks) == "can i apply level 1 with 5 yrs?"
    assert swapped_question("不是八个月，是十四个月", "中间做了八个月文员", lambda text: False) is None  # a fact: the parser's
    assert swapped_question("我想问的是视频创推员 不是平台管理员", "选品员做什么的", asks) is None  # nothing to swap


def test_the_job_type_taken_back_gets_its_own_answer(advisor):
    answer, _ = ask(advisor, "平台管理员最高能考到二级对吧", "不好意思 我想问的是视频创推员 不是平台管理员")
    assert answer.text.startswith("视频创推员") and "五个等级" in answer.text


def test_say_it_again_in_another_language_with_a_reason_beside():
    assert asked_script("用中文再讲一次 我要转发给她") == (ZH, "我要转发给她")
    assert asked_script("can you say that in English? my manager is reading") == (EN, "my manager is reading")
    assert asked_script("用中文写简历")[0] is None  # (no request for the reply's language)


def test_the_last_answer_is_said_again_in_chinese_about_her(advisor):
    answer, _ = ask(advisor, "A learner has 平台管理员四级 since Sept 2021, been doing platform ops since", "can she do 三级 now?",
                    "用中文再讲一次 我要转发给她")
    assert answer.text.startswith("可以申报三级/高级工") and "（她的）" in answer.text and "she的" not in answer.text


# --- rules heard, figures said -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("message, figure", [
    ("人哋話要攞咗五級4年先可以考四級 係咪真？", "4年"),
    ("听说本科有四级两年就能报三级？那我明年二月？", "两年"),
])
def test_the_figures_of_a_rule_heard_are_no_facts(message, figure):
    assert figure not in without_claimed_rules(_words(message))


def test_a_rule_heard_leaves_the_certificates_date_as_said(advisor):
    answer, conversation = ask(advisor, "我老公讀大專電商讀到大二就冇讀 冇畢業證", "之後一直做直播 到而家做咗6年幾 2024年先考咗個五級",
                               "人哋話要攞咗五級4年先可以考四級 係咪真？")
    assert conversation.profile.years_since_certificate < 3 and "L4-B" in answer.text


def test_exactly_six_years_as_of_last_month_is_read(advisor):
    answer, conversation = ask(advisor, "worked in 电商 customer service then moved to live room ops", "exactly 6 yrs as of last month. no cert",
                               "does exactly 6 count for 4级 or do i need MORE than 6")
    assert conversation.profile.years_total == 6 and "Yes, you may apply for Level 4" in answer.text


# --- whose facts -------------------------------------------------------------------------------------------------------

def test_people_labelled_with_a_and_a_letter_are_told_apart():
    people = dict(split_people(_words("阿B 冇任何證 做直播帶貨做咗7年; 阿C 2023年1月攞咗四級; 阿D 本科新聞 做咗1年")))
    assert set(people) == {"阿B", "阿C", "阿D"}
    assert people["阿B"].years_total == 7 and people["阿B"].certificate_level in (None, 0)
    assert people["阿C"].certificate_level == 4 and people["阿D"].years_total == 1


def test_the_one_asked_about_gets_only_their_facts(advisor):
    answer, _ = ask(advisor, "我係MCN做HR嘅 想幫主播報互聯網營銷師 有幾個情況", "阿B 冇任何證 做直播帶貨做咗7年; 阿C 2023年1月攞咗四級; 阿D 本科新聞 做咗1年",
                    "阿B 可唔可以直接報三級？佢話做咗咁耐應該得掛")
    assert answer.text.startswith("【阿B】") and "持有四級" not in answer.text and "學歷" not in answer.text
    assert "現在可以申報的是：四級/中級工" in answer.text


def test_classmates_who_say_something_are_not_the_ones_asked_about():
    assert _third_party(_words("技校中级工班毕业是不是自动有四级证啊 同学都这么说")) is None
    assert _third_party(_words("我同学做了两年直播")) is not None


# --- schooling, training and years -------------------------------------------------------------------------------------

@pytest.mark.parametrize("message", ["他护理大专毕业，之后转行做选品，做了3年",
                                     "we hired 14 fresh 大专 grads in July 2026, all non-related majors (accounting, tourism, nursing...)"])
def test_a_major_named_as_unrelated_is_read_so(message):
    assert read(message).major_relevant is False


def test_training_not_done_typed_without_an_apostrophe():
    assert not read("havent done any training course. is that a problem?").formal_training


def test_a_year_and_a_bit_in_cantonese():
    assert read("畢業後就做直播 做咗成年幾").years_total == 1


def test_years_of_study_between_dates_are_no_work():
    profile = read("live selling Jan 2019 to mid 2020 (~1.5 yrs), then 专升本 in 电子商务 2021-2024, back to streaming since July 2024")
    assert 3.5 < profile.years_total < 4.5


def test_years_before_the_certificate_and_since_it_add_up(advisor):
    answer, conversation = ask(advisor, "been streaming on and off since 2017, about 3 yrs total before I got certified",
                               "got 五级 直播销售员 April 2023 and been full time since then",
                               "do the years before the cert count for 四级 or do I have to wait till 2027?")
    assert conversation.profile.years_total > 6 and "Yes, you may apply for Level 4" in answer.text


# --- which level, which hours ------------------------------------------------------------------------------------------

def test_which_of_two_levels_to_apply_for_is_the_askers_case(advisor):
    answer, _ = ask(advisor, "我大專新媒體 明年6月畢業", "兼職幫商家剪片拍片差唔多一年 想考視頻創推員", "應該報五級定四級？")
    assert answer.via == "eligibility" and "工作要求本資料庫沒有找到" not in answer.text


def test_hours_asked_with_no_level_are_the_next_levels(advisor):
    answer, _ = ask(advisor, "can i get the level 1 senior technician thing for live streaming", "2nd level technician, got it 2022 September",
                    "havent done any training course. is that a problem? and if I do the course how many hours")
    assert answer.text.startswith("Level 2 / Technician and Level 1 / Senior Technician: at least 72 standard training hours")
