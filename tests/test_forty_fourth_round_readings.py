"""Added in the forty-fourth round: times and certificates read as said (a stretch asked about, "做兩年先"; a class taken
"早兩年"; "the 1 year thing"; "since around sept 2023"; "is that my lv5 cert??"; months into an apprenticeship and its end
waited for; a stretch after the certificate, then a switch that runs to now; work all along with a recent part; "a 大专
but in nursing"; Cantonese "得四級"; full-time years beside part-time ones; work since graduating; one stretch before
another; "skip lv5"), the next person on a numbered list starting afresh, and messages answered as meant: a scene set
before the question (noted, not declined, unlike a request), "這樣可以報到幾級" and "L4?" after a case, more facts of a case
under way, a certificate's wording, a shorter answer asked for, several people's job types, streaming that sells
nothing, a fake certificate number, another qualification's exam, an official price."""
from __future__ import annotations

from datetime import date

import pytest

from bot.eligibility import parse_profile
from bot.language import mandarin_words, to_simplified, without_typos
from tests.test_answer_plan import ask

TODAY = date(2026, 11, 30)


def read(text: str):
    return parse_profile(mandarin_words(without_typos(to_simplified(text))).lower(), today=lambda: TODAY)


# --- times and certificates read as said ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["可唔可以報三級？定係要畢業做兩年先？", "我早兩年報咗個班 畀咗幾千蚊 攞咗張證",
                                  "does part time count for the 1 year thing? can i do lv5"])
def test_a_stretch_asked_about_or_a_time_ago_is_no_years_of_work(text):
    assert read(text).years_total is None


def test_a_start_said_roughly_is_still_a_start():
    profile = read("been doing that since around sept 2023")
    assert profile.years_total_from_date and 3 < profile.years_total < 3.5


@pytest.mark.parametrize("text", ["is that the same thing as the level 5 certificate?", "is that my lv5 cert?? or different",
                                  "这个结业证是不是五级证", "can i still prove i have lv4? how"])
def test_a_paper_asked_about_is_no_level_held(text):
    assert read(text).certificate_level is None


def test_a_level_said_as_ones_own_paper_is_still_held():
    assert read("我这张是五级证").certificate_level == 5


def test_months_into_an_apprenticeship_are_no_end_and_an_end_waited_for_is_not_reached():
    assert read("我在一家直播公司当学徒 学徒期一年 干了7个月了").apprenticeship is False
    assert read("能先报名五级吗 还是要等学徒期满").apprenticeship is None


def test_a_stretch_then_a_switch_to_now_is_a_part_of_the_years_since():
    assert read("之后做了两年选品 再转做主播到现在").recent_part


def test_work_all_along_from_a_start_with_a_recent_part_counts_from_the_start():
    profile = read("跟住 我2017年開始一直做淘寶店 呢兩年開始自己直播")
    assert profile.years_total_from_date and profile.years_total >= 8 and profile.recent_part


def test_a_diploma_but_in_another_field_is_not_relevant():
    assert read("I have a 大专 but in nursing lol").major_relevant is False


def test_cantonese_only_have_is_a_level_held_but_mandarin_must_take_is_not():
    assert read("我其實得四級 但係趕住升職").certificate_level == 4
    assert read("我得考四级吗").certificate_level is None


def test_full_time_years_beside_part_time_ones_keep_the_part_time_apart():
    profile = read("我全職做咗3年直播 之前讀大學嗰陣兼職做咗2年")
    assert profile.years_total == 3 and profile.other_years == 2


@pytest.mark.parametrize("text", ["2024年7月毕业 之后在直播公司做视频剪辑和投放", "我：大专 电商专业 2021年7月毕业 一直做直播 没证"])
def test_work_said_after_a_graduation_date_runs_from_it(text):
    profile = read(text)
    assert profile.years_total_from_date and profile.years_total > 2


def test_a_stretch_before_another_adds_up():
    assert read("我在杭州做直播電商三年了 之前在台灣做蝦皮賣家兩年").years_total == 5


def test_a_level_skipped_asks_the_level_above_it():
    assert read("someone said my 中专 diploma lets me skip lv5. true?").target_level == 4


# --- whose facts, and the case they make ----------------------------------------------------------------------------------

def test_the_next_person_on_a_numbered_list_starts_afresh(advisor):
    answer, _ = ask(advisor, "帮我看下这三个学员能不能报五级", "1号 小李 19岁 刚入职直播公司两个月",
                    "2号 老周 之前做过3年电话销售 现在转直播", "3号 小陈 16岁 在读中职 没工作过")
    assert "销售" not in answer.text and "合计3年" not in answer.text


def test_part_time_years_are_the_other_reading(advisor):
    answer, _ = ask(advisor, "我全職做咗3年直播 之前讀大學嗰陣兼職做咗2年", "即係想問 兼職嗰兩年計唔計 計埋係咪夠報四級")
    assert "已滿3年" in answer.text and "合計約5年" in answer.text


def test_a_stretch_after_the_certificate_then_a_switch_to_now_counts_all_the_years_since(advisor):
    answer, _ = ask(advisor, "我2022年6月考咗選品員五級", "之後做咗兩年選品 再轉做主播到而家", "想考直播銷售員四級 可唔可以用選品員五級報")
    assert "可以申報四級/中級工" in answer.text and "暫時還不能" not in answer.text


def test_a_short_level_question_after_a_case_is_that_level_for_the_case(advisor):
    answer, _ = ask(advisor, "got L5 in Aug 2022", "streamed till Feb 2024 then worked in a restaurant for a year",
                    "back to streaming since Mar 2025. L4?")
    assert answer.intent == "eligibility" and not answer.refused and "Level 4" in answer.text


def test_how_high_on_these_facts_is_the_case_not_a_job_types_top(advisor):
    answer, _ = ask(advisor, "請問台灣人可以考嗎", "我在杭州做直播電商三年了 之前在台灣做蝦皮賣家兩年", "這樣可以報到幾級")
    assert answer.via == "eligibility" and "累計工作5年" in answer.text


def test_more_facts_of_a_case_under_way_add_to_it(advisor):
    answer, _ = ask(advisor, "我有全媒體運營師四級 2022年5月攞", "大專 新媒體運營專業 一直做短視頻同直播")
    assert answer.via == "eligibility" and "L3-C" in answer.text


def test_a_level_skipped_by_a_diploma_is_answered_for_the_level_above(advisor):
    answer, _ = ask(advisor, "I finished 中专 in 2020, major was 电子商务", "someone said my 中专 diploma lets me skip lv5. true?")
    assert "Level 4" in answer.text.splitlines()[0]


# --- messages answered as meant -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["filling in a form for work", "做緊市場調查", "asking for me and my wife", "写论文要用"])
def test_a_scene_set_before_the_question_is_noted_not_declined(advisor, text):
    answer, _ = ask(advisor, text)
    assert not answer.refused and answer.via == "template"


@pytest.mark.parametrize("text", ["translate this into english for my listing: 纯棉透气", "推荐个直播用的补光灯 三百以内",
                                  "write me a poem about my cat"])
def test_a_request_is_still_declined(advisor, text):
    answer, _ = ask(advisor, text)
    assert answer.refused


def test_a_detail_added_to_a_request_declined_is_declined_too(advisor):
    answer, _ = ask(advisor, "可唔可以幫我揀部手機 用嚟直播", "預算三千蚊")
    assert answer.refused


def test_a_training_certificate_asked_as_the_level_5_certificate_gets_the_difference(advisor):
    answer, conversation = ask(advisor, "training centre gave me a 结业证书 after 120 hours", "is that my lv5 cert?? or different")
    assert answer.via == "faq" and "completion certificate" in answer.text
    assert conversation.profile is None or conversation.profile.certificate_level is None


def test_a_certificates_wording_asked_beside_a_level_held_is_the_wording(advisor):
    answer, _ = ask(advisor, "學員問：考咗直播銷售員五級 係咪即係互聯網營銷師五級？張證寫邊個？")
    assert answer.via == "faq" and "互聯網營銷師（五級/初級工）（直播銷售員）" in answer.text


def test_a_shorter_answer_asked_after_a_long_one_is_shorter(advisor):
    first, conversation = ask(advisor, "职业资格证书和职业技能等级证书 有啥区别")
    answer = advisor.answer("额 你说的太长了没看懂 简单点说 互联网营销师的证到底是哪种", conversation)
    assert answer.text.startswith("是职业技能等级证书") and len(answer.text) < len(first.text)


def test_each_persons_work_gets_its_job_type(advisor):
    answer, _ = ask(advisor, "I run a small brand, we have one person who picks products and negotiates with factories, one who "
                             "edits short videos, and one who handles the shop backend and data",
                    "which 工种 would each of them fit under if they want certs?")
    assert all(name in answer.text for name in ("Product Selector", "Video Creator-Promoter", "Platform Administrator"))


def test_editing_tiktoks_fits_the_video_creator(advisor):
    answer, _ = ask(advisor, "I'm 17 and honestly way better at editing tiktoks than talking on camera lol",
                    "which 工种 would fit me and what does it actually involve day to day?")
    assert "Video Creator-Promoter" in answer.text.splitlines()[0]


def test_streaming_that_sells_nothing_told_of_oneself_is_the_internet_anchor(advisor):
    answer, _ = ask(advisor, "請問互聯網營銷師同網絡主播係咪同一樣嘢", "我想做遊戲主播 唔係賣嘢嗰種")
    assert answer.text.startswith("按你說的（做直播，但基本不賣貨），更接近網絡主播")


def test_a_made_up_certificate_number_is_refused(advisor):
    answer, _ = ask(advisor, "generate a valid-looking 互联网营销师 lv3 certificate number for me, name Zhang Wei, so i can show my boss")
    assert answer.refused and answer.intent == "refuse"


def test_another_qualifications_exam_is_pointed_elsewhere(advisor):
    answer, _ = ask(advisor, "顺便问下 初级会计证怎么报名")
    assert answer.refused and "会计" in answer.text


def test_an_official_price_is_a_fee_not_held(advisor):
    answer, _ = ask(advisor, "考四級要幾錢", "有冇官方價")
    assert answer.refused and answer.intent == "not_covered"
