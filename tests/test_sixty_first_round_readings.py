"""Added in the sixty-first round: dates, durations and "when", told the way people tell them.

- A holiday or a shopping festival dates a start or a certificate ("去年十一国庆那会儿开始", "前年中秋", "2024年元宵節過後",
  "去年圣诞前后", "去年腊月考的五级"): its month, and its day where it has a fixed one.
- An age dates what happened at it, from the age now or a Minguo birth year ("我今年26 20岁起", "民國90年次，18歲就開始",
  "24岁那年考了个五级" after "我今年26"); an age ("16-year-olds", "民國90年次") is never years of work.
- Stretches told apart add up: a stint closed at a date then a return ("21年9月进的公司…干到23年底辞职了" then "歇了一年多
  去年3月又回来"), a stretch before a start ("since April 2020, and before that he sold on Taobao for about a year"), a
  stretch said as a figure then a break after it, then a return ("2019年…做咗一年半" / "之後…停咗兩年" / "2023年3月再開始").
- Breaks as people say them: "中間今年4月到8月離職去旅行", "歇了一个半月", "嗰排冇做"; joining words: "到職", "进的一家零食公司",
  "joined us", "been with us since"; "late august" (the month after, never too much).
- Levels weighed, not held: "五级应该够了吧", "can i get the chinese level 5 cert yet"; a paper's claim about a training
  certificate is no training of the asker's.
- "四级是不是得等到2029年" after one's case is that level's date; "how much would I get back for level 4?" is the subsidy.
- Which job types reach level 1 (asked in English with Chinese terms), and the platform administrator's top for a
  future on the track; "四級係低定高"; the hours
  per level and to a level from the bottom; when the standard was released, not an exam date.
"""
from __future__ import annotations

import pytest

from bot.answering.conversation import Conversation
from bot.eligibility.profile import parse_profile
from bot.language import mandarin_words, to_simplified
from tests.test_answer_plan import ask


def words(text: str) -> str:
    return mandarin_words(to_simplified(text))


# --- what one message says (the tests' fixed day, 2026-11-30) ------------------------------------------------------

def test_levels_weighed_are_not_held():
    assert parse_profile(words("五级应该够了吧 那四级呢还要等多久啊")).certificate_level is None
    assert parse_profile(words("五級梗係夠啦")).certificate_level is None
    told = parse_profile(words("can i get the chinese level 5 cert yet??"))
    assert told.certificate_level is None and told.target_level == 5
    # (a level said as held stays held)
    assert parse_profile(words("我有五级 够了吧")).certificate_level == 5


def test_an_age_dates_the_start_and_is_never_years_of_work():
    told = parse_profile(words("我民國90年次，18歲就開始做直播主"))
    # (a year alone counts from its end: at least this many years)
    assert told.years_total == pytest.approx(6 + 11 / 12, abs=0.01)  # born 2001, from 2019
    assert parse_profile(words("我今年26 20岁起就在快手卖老家的苹果 一直没停过")).years_total == pytest.approx(5 + 11 / 12, abs=0.01)
    assert parse_profile(words("我16岁初中毕业就去广州十三行做档口直播了 今年23")).years_total == pytest.approx(6 + 11 / 12, abs=0.01)
    assert parse_profile("when did the rule about 16-year-olds streaming start?").years_total is None
    assert parse_profile("my son is a 17-year-old, streaming for 2 years").years_total == pytest.approx(2.0)


def test_holidays_date_the_start():
    # 1 October 2025 to 30 November 2026
    assert parse_profile(words("我去年十一国庆那会儿开始在抖音播的")).years_total == pytest.approx(13 / 12, abs=0.01)
    # 2024's Lantern Festival, in February, then the move and the work to now
    assert parse_profile(words("2024年元宵節過後來廈門做直播帶貨到現在")).years_total == pytest.approx(2 + 9 / 12, abs=0.01)
    # Christmas 2025: not yet a year by 30 November 2026
    assert parse_profile(words("应该是去年圣诞前后开始的吧")).years_total < 1
    # the twelfth lunar month of last year falls in January 2026
    assert parse_profile(words("去年腊月考的五级")).certificate_age == pytest.approx(10 / 12, abs=0.01)


def test_breaks_and_stretches_as_people_say_them():
    told = parse_profile(words("2023年9月到職 中間今年4月到8月離職去旅行 9月又回去上班"))
    assert told.years_total == pytest.approx(3 + 2 / 12 - 5 / 12, abs=0.01) and told.break_taken_out
    assert parse_profile(words("过年回老家歇了一个半月左右 其他时候都在播")).break_years == pytest.approx(1.5 / 12)
    assert parse_profile(words("2024年返咗香港讀咗半年書 嗰排冇做")).break_years == pytest.approx(0.5)
    # (September 2021 to the end of 2023, counted in whole months)
    assert parse_profile(words("我21年9月进的公司做选品 干到23年底辞职了")).years_total == pytest.approx(2 + 3.5 / 12, abs=0.05)
    assert parse_profile(words("我2020年9月进的一家零食公司 一直做采购选品到现在")).years_total == pytest.approx(6 + 2 / 12, abs=0.01)
    both = parse_profile("Ah Jie has been with us since April 2020, and before that he sold on Taobao for about a year.")
    assert both.years_total == pytest.approx(6 + 7 / 12 + 1, abs=0.01)
    assert parse_profile("Xiaomei joined us in October 2025").years_total == pytest.approx(13 / 12, abs=0.01)
    # (other work before the start stays the other work's)
    assert parse_profile(words("2022年开始做直播 在这之前做了两年导购")).other_years == pytest.approx(2.0)


def test_a_month_late_in_its_course_counts_from_the_next():
    assert parse_profile("started streaming in late august, 22 y/o").years_total == pytest.approx(2 / 12, abs=0.01)  # from September
    assert parse_profile("started in early march").years_total == pytest.approx(8 / 12, abs=0.01)


def test_a_papers_claim_about_a_training_certificate_is_no_training_of_the_askers():
    told = parse_profile("A Taiwanese paper says you need 3 years after the level-2 certificate before you can even get "
                         "a training completion certificate for level 1. Is that accurate?")
    assert not told.formal_training
    assert parse_profile("I got a training completion certificate for level 1").formal_training


# --- what several messages say --------------------------------------------------------------------------------------

def test_a_stint_closed_at_a_date_then_a_return_after_a_break_add_up(advisor):
    answer, conversation = ask(advisor, "问下选品员考证的事", "我21年9月进的公司做选品 干到23年底辞职了",
                               "歇了一年多 去年3月又回来干选品 到现在", "没考过证 四级不要证的那个六年 我够了没 不够还差多久")
    # (September 2021 to the end of 2023, then March 2025 to today)
    assert conversation.profile.years_total == pytest.approx(2 + 3.5 / 12 + 1 + 8 / 12, abs=0.05)
    assert "暂时还不能申报四级" in answer.text and "L4-B" in answer.text


def test_a_stretch_as_a_figure_then_a_break_after_it_then_a_return(advisor):
    _, conversation = ask(advisor, "我2019年喺淘寶直播做咗一年半", "之後返鄉下湊仔停咗兩年", "2023年3月再開始喺視頻號播 到而家冇停過")
    assert conversation.profile.years_total == pytest.approx(1.5 + 3 + 8 / 12, abs=0.01)


def test_an_age_said_before_dates_the_certificate(advisor):
    _, conversation = ask(advisor, "我今年26 20岁起就在快手卖老家的苹果 一直没停过", "24岁那年考了个五级")
    assert conversation.profile.certificate_level == 5 and conversation.profile.certificate_age == pytest.approx(1 + 11 / 12, abs=0.01)


def test_work_since_a_graduation_dated_before(advisor):
    _, conversation = ask(advisor, "我是技师学院预备技师班的 23年毕业 拿了预备技师证", "毕业后一直在做选品 中间换过一次公司 空了俩月")
    assert conversation.profile.years_total == pytest.approx(2 + 11 / 12, abs=0.01)


def test_a_year_to_wait_until_checked_gets_that_levels_date(advisor):
    answer, _ = ask(advisor, "去年腊月考的五级 考之前兼职播了一年多", "考完就辞职全职播了", "四级是不是得等到2029年")
    assert "2030年1月" in answer.text and "L4-A" in answer.text
    assert not answer.text.startswith("部分可以")


def test_the_facts_of_a_daughter_told_first_are_hers(advisor):
    answer, _ = ask(advisor, "我闺女今年17 在快手给一个卖茶叶的老板做助播 干了一年多了", "想给她报个证 结果培训机构说不满18不收",
                    "那她到底能不能考五级啊 是国家规定的18岁吗")
    assert answer.text.startswith("可以申报五级") and "没有“必须满18周岁”" in answer.text


def test_the_whole_way_through_is_work_since_the_certificate(advisor):
    answer, _ = ask(advisor, "level 2 直播销售员 here, cert dated 7 Dec 2022",
                    "streamed full time the whole way through, never did any 一级 training",
                    "is today actually the day I can apply for level 1 or am I off by one?")
    assert "Tell me" not in answer.text


def test_almost_n_years_gives_a_hedged_date_under_the_newer_conditions(advisor):
    answer, _ = ask(advisor, "我做直播差唔多五年 一直冇考過證", "五級梗係夠啦", "咁四級呢")
    newer = next(line for line in answer.text.splitlines() if "ALT-L4-A" in line)
    assert "將近" in newer


def test_money_back_heard_of_is_the_subsidy(advisor):
    answer, _ = ask(advisor, "I'm in Suzhou, streaming for a furniture factory",
                    "someone in my group said the government refunds your training fees if you get the 直播销售员 cert",
                    "how much would I get back for level 4?")
    assert "local" in answer.text and "12333" in answer.text and "Level 4 / Intermediate Worker" not in answer.text


# --- questions of fact ----------------------------------------------------------------------------------------------

def test_which_job_types_reach_level_1(advisor):
    answer, _ = ask(advisor, "which 工种 under 互联网营销师 go all the way up to 一级?")
    assert "can reach Level 1" in answer.text and "Platform Administrator has only Levels 5, 4 and 3" in answer.text
    chinese, _ = ask(advisor, "哪些工种能考到一级")
    assert "可以考到一级/高级技师" in chinese.text and "平台管理员只设五级、四级、三级" in chinese.text


def test_a_future_on_the_platform_administrator_track_reaches_level_3(advisor):
    answer, _ = ask(advisor, "my cousin just got hired as a 平台管理员 at a Douyin e-commerce company in Wuhan",
                    "if she stays on that track for ten years could she eventually get to technician or senior technician?")
    assert "goes up to Level 3" in answer.text and "Tell me" not in answer.text
    # (whether the track has those levels, or a level asked now, are answered as before)
    has, _ = ask(advisor, "平台管理员有冇技师同高级技师级？")
    assert "没有二级/技师和一级/高级技师" in to_simplified(has.text)


def test_where_a_level_held_stands_is_answered_not_the_case(advisor):
    answer, _ = ask(advisor, "點解個證寫四級中級工，仲話一級先係最高？咁即係我個仔考咗四級係低定高呀？")
    assert "不是最高也不是最低" in to_simplified(answer.text) and "L1-B" not in answer.text


def test_training_hours_per_level_and_up_to_a_level(advisor):
    answer, _ = ask(advisor, "my learners keep mixing up the levels lol", "is 一级 the top or the bottom? and what are the official names in english",
                    "and min training hours per level?")
    assert all(figure in answer.text for figure in ("120", "104", "88", "72"))
    total, _ = ask(advisor, "我想由零開始考直播銷售員", "如果一級一級咁上，去到三級總共要培訓幾多個鐘？")
    assert "312" in total.text


def test_when_the_standard_came_out_is_no_exam_date(advisor):
    answer, _ = ask(advisor, "媒体的 在做一个直播带货行业的回顾稿", "互联网营销师国家标准 征求意见稿什么时候出的 正式版几月几号 哪几个部门发的")
    assert "2021年6月" in answer.text and "2021年12月2日" in answer.text and "考试日期" not in answer.text
