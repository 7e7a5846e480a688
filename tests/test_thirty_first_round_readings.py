"""Added in the thirty-first round: a fact corrected in a later message replaces the one said before it — a date
("啊错了是2022年7月", "sorry it's Sept 2022 not 2023", "oops cert date is actually 2022-12-05", "唔係兩年前，係三年前"),
a job type ("it's 平台管理员 not video creator", "平台管理员是我同事"), a school ("佢唔係技工學校，係讀普通高中"), a year
of study ("she's in 2nd year not final"); two certificates told at once are both held; a level asked "够了吗" is not
held; a stretch at another company adds to the years; "到底哪天" after a document's date asks that date; "is that
enough?" after a statement is read with it."""
from __future__ import annotations

import pytest

from bot.answering.understanding import age_stated
from bot.language import without_typos
from tests.test_answer_plan import ask
from tests.test_twentyninth_round_readings import facts, words  # the message's facts, on the tests' day (2026-11-30)


# --- a fact corrected in a later message ----------------------------------------------------------------------------

def test_a_date_corrected_with_cuo_le_replaces_the_certificates_date(advisor):
    _, conversation = ask(advisor, "我是平台管里员 四级证 2021年7月拿的 一直在干", "啊错了是2022年7月 记串了")
    assert conversation.profile.certificate_age == pytest.approx(4 + 4 / 12)
    assert conversation.profile.years_since_certificate == pytest.approx(4 + 4 / 12)
    assert conversation.profile.job_type == "platform_administrator"  # (管里员: a voice-input slip)


def test_work_counted_from_the_certificates_date_follows_the_date_corrected(advisor):
    _, conversation = ask(advisor, "I have 三级 live selling since Sept 2023 and a bachelor's in marketing",
                          "does the degree shorten the wait for 二级?",
                          "sorry it's Sept 2022 not 2023. and yes been live selling all along")
    profile = conversation.profile
    assert profile.years_since_certificate == pytest.approx(4 + 2 / 12)
    assert profile.years_total == pytest.approx(4 + 2 / 12)


def test_an_iso_date_corrected_is_read_to_the_day(advisor):
    answer, conversation = ask(advisor, "learner got 五级 on 2022-11-28, so today is exactly 4 yrs",
                               "no gaps, worked the whole time",
                               "oops cert date is actually 2022-12-05. can he apply 四级 today?")
    assert conversation.profile.certificate_day == (2022, 12, 5)
    assert "cannot apply for Level 4" in answer.text
    assert "12/2026" in answer.text and "1/2027" not in answer.text  # the month the four years are reached


def test_a_day_later_in_the_month_than_todays_is_said_to_the_day(advisor):
    answer, _ = ask(advisor, "learner got 五级 on 2022-11-28, worked the whole time since",
                    "oops cert date is actually 2022-12-31. can he apply 四级 today?")
    assert "31 Dec 2026" in answer.text  # not "about 1/2027", the month after, as counted to the month


def test_the_time_since_a_certificate_said_again_replaces_the_first(advisor):
    answer, conversation = ask(advisor, "我做咗四年直播，兩年前攞咗五級", "唔係兩年前，係三年前，2023年12月初攞")
    assert conversation.profile.years_since_certificate == pytest.approx(2 + 11 / 12)
    assert conversation.profile.years_total == 4


def test_a_whole_year_off_in_cantonese_comes_out_of_the_years_since(advisor):
    _, conversation = ask(advisor, "我有視頻創推員三級，2022年6月攞", "之後中間有成年冇做，去咗讀書，其他時間都係做視頻")
    profile = conversation.profile
    assert profile.years_since_certificate == pytest.approx(profile.certificate_age - 1)


@pytest.mark.parametrize("turns, job_type", [
    (("learner holds video creator 三级 (视频创推员) since 2022, wants 二级",
      "scratch that, checked the cert, it's 平台管理员 三级 not video creator. same date"), "platform_administrator"),
    (("我平台管理员五级 2022年6月拿的", "不对 我是视频创推员的五级 平台管理员是我同事 我一直在做短视频"), "video_creator_promoter"),
])
def test_a_job_type_taken_back_is_replaced(advisor, turns, job_type):
    _, conversation = ask(advisor, *turns)
    assert conversation.profile.job_type == job_type


def test_a_school_corrected_replaces_the_one_said(advisor):
    _, conversation = ask(advisor, "幫細佬問，佢2024年技工學校電子商務畢業，做咗兩年直播", "唔好意思，佢唔係技工學校，係讀普通高中")
    assert conversation.profile.education == ["senior_high_school"]


def test_a_final_year_taken_back_is_a_school_attended(advisor):
    _, conversation = ask(advisor, "student in final year of 高职 e-commerce, got 四级 in June 2026 via school",
                          "sorry, she's in 2nd year not final, graduates 2028")
    assert conversation.profile.final_year_student_of == []
    assert conversation.profile.studying_at


def test_years_at_another_company_add_to_the_years_said(advisor):
    _, conversation = ask(advisor, "我们公司招了个主播 干了两年 没证", "其实他之前在别的公司干了一年半选品")
    assert conversation.profile.years_total == 3.5


# --- levels held and wanted -----------------------------------------------------------------------------------------

def test_two_certificates_told_at_once_are_held():
    assert facts("我有兩張證：直播五級同選品四級").certificate_level == 4


@pytest.mark.parametrize("said", ["哦证是2023年1月拿的 不是22年 这样四级够了吗", "想考互联网营销师 直播销售员 四季证书"])
def test_a_level_asked_or_wanted_is_not_held(said):
    profile = facts(said)
    assert profile.certificate_level is None and profile.target_level == 4, said


@pytest.mark.parametrize("typed, meant", [
    ("我是平台管里员", "平台管理员"), ("直播销收员", "直播销售员"), ("四季证书", "四级证书"), ("互联网赢销师", "互联网营销师"),
    ("my husband 做 xuanpin 3 years, want 5ji", "选品"), ("ok 5ji ok?", "五级"),
])
def test_voice_input_and_pinyin_slips_are_read(typed, meant):
    assert meant in without_typos(typed)


def test_a_year_in_digits_is_not_a_pinyin_level():
    assert without_typos("2025ji") == "2025ji"


# --- short follow-ups read with what came before ----------------------------------------------------------------------

def test_which_day_after_a_documents_date_asks_that_date(advisor):
    answer, _ = ask(advisor, "网络直播营销管理办法是哪年施行的", "我记得是2022年", "到底哪天")
    assert not answer.refused
    assert "5月25日" in answer.text


def test_which_day_of_an_exam_is_still_not_held(advisor):
    answer, _ = ask(advisor, "直播销售员五级一般什么时候考", "到底哪天")
    assert answer.refused


def test_is_that_enough_after_a_statement_is_read_with_it(advisor):
    answer, _ = ask(advisor, "my bf wants to get the 互联网营销师 cert", "but he only finished 初中 lol",
                    "is that enough or does he need 高中?")
    assert not answer.refused
    assert "junior middle school" in answer.text


def test_a_diploma_taken_back_is_not_held(advisor):
    _, conversation = ask(advisor, "我想報直播三級，有四級證（2023年3月），大專電商畢業（2019），一直做直播",
                          "唔係，我其實係讀咗兩年大專冇畢業，冇畢業證")
    assert conversation.profile.education == []


def test_a_correction_naming_no_school_keeps_the_diploma(advisor):
    _, conversation = ask(advisor, "我大专电商毕业 有四级证 2022年3月拿的", "不对 是2022年5月拿的")
    assert conversation.profile.education == ["junior_college_or_above_relevant"]


# --- the point asked, not the neighbouring entry ----------------------------------------------------------------------

def test_whether_work_abroad_counts_gets_the_entry_on_it(advisor):
    answer, _ = ask(advisor, "asking for my cousin, she's been doing tiktok live selling in Malaysia for 3 yrs",
                    "does the malaysia experience count for 互联网营销师 years?")
    assert "overseas" in answer.text or "outside the mainland" in answer.text


def test_whether_selling_ones_own_goods_counts_gets_the_entry_on_it(advisor):
    answer, _ = ask(advisor, "I sell my own handmade jewelry on 小红书, started Sept 2023",
                    "want the 视频创推员 cert. does selling my own stuff count or does it have to be for an enterprise?")
    assert "self-employed" in answer.text


def test_whether_a_break_wipes_the_years_gets_the_entry_on_cumulative_years(advisor):
    answer, _ = ask(advisor, "我2017到2019年做了两年电商客服", "然后2019-2021当兵两年",
                    "2021年9月退伍后一直做主播到现在 当兵那两年会不会让之前的年限作废")
    assert answer.text.startswith("可以累计")


def test_which_of_two_job_types_is_off_camera_gets_that_entry(advisor):
    answer, _ = ask(advisor, "互联网营销师是干嘛的", "那选品员跟直播销售员 哪个更偏幕后")
    assert "选品员" in answer.text and "证书" not in answer.text[:40]
    assert "直接卖货的是直播销售员" in answer.text


def test_the_details_to_look_a_certificate_up_are_not_the_papers_to_apply(advisor):
    answer, _ = ask(advisor, "考完之後張證全國都查到？", "要用咩資料查？")
    assert "身份證號" in answer.text


def test_a_follow_up_in_the_domains_words_is_not_refused(advisor):
    answer, _ = ask(advisor, "我個女話考咗互聯網營銷師", "佢話張證寫住直播銷售員，咁係咪另一張證？", "張證正常會寫啲咩？")
    assert not answer.refused


def test_a_level_wanted_corrected_is_not_a_certificate_held(advisor):
    answer, conversation = ask(advisor, "我喺廣州，想考直播銷售員四級", "報名費大概幾錢？", "唔係四級，係五級先，五級要幾錢？")
    assert conversation.profile.certificate_level is None
    assert answer.refused  # the fee, which the knowledge base does not hold


@pytest.mark.parametrize("said, age", [("我個女啱啱十七歲", 17), ("唔係，佢十六歲半咋", 16), ("我17岁", 17)])
def test_an_age_written_in_characters_is_read(said, age):
    assert age_stated(words(said)) == age


def test_an_age_corrected_is_the_one_the_exam_is_answered_on(advisor):
    answer, _ = ask(advisor, "我個女啱啱十七歲，想做直播賣嘢，順便考個證", "唔係唔係，講錯，佢十六歲半咋", "咁佢考唔考到五級？")
    assert "年齡" in answer.text and "16" in answer.text


def test_off_camera_said_as_context_keeps_the_ranking_answer(advisor):
    answer, _ = ask(advisor, "我播了三年 嗓子实在受不了了", "想转幕后，选品员和平台管理员哪个更有前途")
    assert answer.text.startswith("哪个工种更好找工作")


def test_a_new_question_sharing_a_word_is_not_given_the_last_entry_again(advisor):
    answer, _ = ask(advisor, "平台管理员有几级", "那直播用什么灯好")
    assert answer.refused


def test_a_levels_training_hours_are_no_certificate():
    assert facts("今年想直接報三級，四級嗰啲學時可唔可以當三級嘅88學時用？").certificate_level is None


def test_a_figure_corrected_with_the_break_that_explains_it_keeps_the_figure(advisor):
    _, conversation = ask(advisor, "我技師學院畢業，2022年，讀電子商務", "畢業嗰陣攞埋直播銷售員三級，之後做咗三年半直播",
                          "唔係，講多咗，實際係兩年半，中間休息咗一年。仲差啲咩先報到二級？")
    assert conversation.profile.certificate_level == 3  # "攞埋": obtained as well; the level asked after is no correction of it
    assert conversation.profile.years_total == 2.5
