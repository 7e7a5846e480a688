"""Readings and replies added after reading the twelfth round's tuning conversations (sets AK and AL, judged
before they were read): a level said not held, "等够四年" as no work, a level held said with the date it was
obtained, a level planned, "last May", a correction that names the level taken back, work in a relative's live
room as the asker's own, "当了1年零3个月", "8 months now", a leave said as 产假, "之前…都做过" added, a year
before its months and a whole year as stretches, months of one year counted through the last, "on and off" no
break, "intermediate-skills" no level, an apprenticeship's end asked about, a preparatory-technician
certificate asked about, another occupation's certificate with its level, two people on one line in English;
and the replies: a follow-up question of its own read beside the last message, and its own topic kept."""
from __future__ import annotations

import pytest

from bot.eligibility.profile import straight_level
from bot.eligibility.timeline import work_timeline
from bot.language import to_simplified
from tests.test_answer_plan import ask
from tests.test_ninth_round_readings import TODAY, months, read


# --- the parser -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lacks, held", [
    ("没有四级证", 4, None),
    ("no L4 cert", 4, None),
    ("没有二级证书", 2, None),
    ("没有五级证", None, 0),  # not even the lowest: none at all
    ("我有五级证，没有四级证", None, 5),  # the one held stands
    ("can i go straight to level 4 w/o the level 5 cert?", None, None),  # a question, not a fact
])
def test_a_level_said_not_held(text, lacks, held):
    profile = read(text)
    assert profile.lacks_level == lacks and profile.certificate_level == held


@pytest.mark.parametrize("text", ["係咪一定要等夠四年先考得一級？", "还要等满两年", "再干够两年就可以"])
def test_years_to_wait_are_no_years_of_work(text):
    assert read(text).years_total is None and read(text).years_since_certificate is None


@pytest.mark.parametrize("text, held, target", [
    ("我三级直播销售员，2021年底拿的", 3, None),
    ("四级，去年考的", 4, None),
    ("我2021年开始做直播 今年想考的是四级", None, 4),  # planned, not held
    ("我考的是四级", 4, None),
])
def test_a_level_with_the_date_it_was_obtained_is_held_and_a_planned_one_is_not(text, held, target):
    profile = read(text)
    assert profile.certificate_level == held and (target is None or profile.target_level == target)


def test_last_may_is_last_years_may():
    assert months(read("I got 互联网营销师 五级 last May").certificate_age) == 18  # May 2025 to November 2026


@pytest.mark.parametrize("text, years", [("当了1年零3个月", 1.25), ("当助播当了一年", 1.0)])
def test_dang_le_with_a_duration_is_work(text, years):
    assert read(text).years_total == years


def test_dang_le_before_another_trade_is_no_work_said():
    assert read("先当了两年老师").years_total is None


@pytest.mark.parametrize("text", ["中间休了产假半年", "中间休了半年产假", "took 6 months of maternity leave"])
def test_a_leave_is_a_break(text):
    assert read(text).break_years == 0.5


def test_intermediate_skills_is_no_level():
    profile = read("Our school is an assessed secondary vocational school with an intermediate-skills training goal.")
    assert profile.certificate_level is None and profile.studying_at  # "our school is": a school attended (13th round)


@pytest.mark.parametrize("text, expected", [
    ("请问学徒期满可以报五级吗？我们是企业新型学徒制", None),  # asked about: neither finished nor said unfinished
    ("我们公司有一批学徒，学徒期一年，明年三月期满", False),
    ("学徒合同是25年9月到26年9月，9月底期满了，公司给开了期满证明", True),
])
def test_an_apprenticeships_end_asked_said_to_come_or_reached(text, expected):
    assert read(text).apprenticeship is expected


def test_a_preparatory_technician_certificate_asked_about_is_not_held():
    assert read("预备技师证书在什么情况下能用来报二级？").preparatory_technician is None
    assert read("我有预备技师证书").preparatory_technician is True


# --- the timeline ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("messages, total", [
    (["I streamed Mar–Aug 2024, then Feb–Jul 2025, and again since Apr 2026"], 6 + 6 + 7),
    (["Been a livestream host on and off: 2019 jan-dec, 2021 whole year, and from Feb 2024 till now"], 12 + 12 + 33),
])
def test_stretches_in_english_add_up(messages, total):
    assert work_timeline([to_simplified(m).lower() for m in messages], TODAY).months == total


# --- conversations --------------------------------------------------------------------------------------

def test_no_certificate_of_the_level_below_answers_without_asking_for_one(advisor):
    answer, _ = ask(advisor, "我是技工学校高级工班毕业的，电商专业", "没有四级证", "能报三级吗")
    assert "每条路线都要先持有四级" in answer.text and "告诉我：你是否持有" not in answer.text


def test_work_in_a_relatives_live_room_is_the_askers_own(advisor):
    _, conversation = ask(advisor, "我今年16岁，初中刚毕业，在亲戚的直播间帮忙半年了", "能考五级吗")
    assert conversation.profile.years_total == 0.5


def test_a_bare_duration_with_now_answers_how_long(advisor):
    answer, conversation = ask(advisor, "i sell on xiaohongshu live", "8 months now", "level 5?")
    assert months(conversation.profile.years_total) == 8 and "Level 5" in answer.text and "inverted" not in answer.text


def test_a_date_correction_keeps_the_level_held(advisor):
    answer, conversation = ask(advisor, "我三级直播销售员，2021年底拿的", "不对，证上写的是2022年1月", "一直在带货没停过", "那二级呢？现在够了没")
    assert conversation.profile.certificate_level == 3 and "可以申报二级" in answer.text


def test_a_correction_naming_the_level_taken_back_sets_the_other(advisor):
    _, conversation = ask(advisor, "got my L4 video creator cert in 2021", "sorry, it was L5 not L4")
    assert conversation.profile.certificate_level == 5


def test_a_corrected_month_dates_the_certificate(advisor):
    answer, conversation = ask(advisor, "I got 互联网营销师 五级 last May", "Actually it was May 2024 not last May", "So when could I apply for 四级?")
    assert months(conversation.profile.certificate_age) == 30 and "5/2028" in answer.text


def test_waiting_four_years_asked_is_no_four_years_worked(advisor):
    answer, _ = ask(advisor, "我係直播銷售員二級", "2024年11月攞嘅證，之後一直做", "係咪一定要等夠四年先考得一級？定係有其他辦法")
    assert "可以申報一級" not in answer.text and "培訓" in answer.text


def test_years_said_before_that_add_to_the_dated_start(advisor):
    _, conversation = ask(advisor, "我2024年6月開始做直播", "其實之前2022年都做過半年", "有冇得報四級")
    assert months(conversation.profile.years_total) == 35  # June 2024 to November 2026, and half a year


def test_years_before_a_dated_certificate_add_to_those_since(advisor):
    answer, _ = ask(advisor, "我是视频创推员五级 2024年1月拿的", "之前还做了三年短视频剪辑", "四级能报吗")
    assert "5年10个月" in answer.text


def test_a_maternity_leave_comes_out_of_the_years(advisor):
    _, conversation = ask(advisor, "我做主播 3年了", "中间休了产假半年", "能考几级啊 没证")
    assert conversation.profile.years_total == 2.5


def test_two_people_on_one_line_in_english_are_kept_apart(advisor):
    answer, _ = ask(advisor, "me and my gf both stream", "she has 4 yrs, I have 7 yrs, no certs", "which level can each of us apply for?")
    assert "[You]" in answer.text and "[she]" in answer.text and "How many years" not in answer.text
    mine, conversation = ask(advisor, "my cousin and I both stream", "she has 4 yrs, I have 8 months", "can I take level 5 now or should I wait?")
    assert months(conversation.profile.years_total) == 8 and "4 more months" in mine.text


def test_another_occupations_certificate_with_its_level_is_named(advisor):
    answer, _ = ask(advisor, "我有網絡主播四級證", "係2024年新職業嗰個", "可唔可以當相關職業證去報互聯網營銷師三級？")
    assert "網絡主播證書是否算" in answer.text and "直播銷售員" not in answer.text


def test_a_follow_up_question_of_its_own_keeps_its_topic(advisor):
    pay, _ = ask(advisor, "我諗住轉行做帶貨主播", "平均人工大概幾多？")
    assert "11220" in pay.text
    check, _ = ask(advisor, "我同学给我看了个互联网营销师证", "我怎么查它是不是真的")
    assert "osta" in check.text and "报名" not in check.text
    tasks, _ = ask(advisor, "互联网营销师主要工作任务", "听说有8项，又有人说7项，到底几项")
    assert not tasks.refused and "7项" in tasks.text


def test_another_job_types_years_are_this_occupations(advisor):
    answer, _ = ask(advisor, "I did 选品 for Douyin shops from 2019 to 2022", "then switched to 视频创推 in 2023 till now",
                    "Level 4 视频创推员, do my selector years count?")
    assert "job types of one occupation" in answer.text


@pytest.mark.parametrize("text, level", [
    ("可唔可以跳過五級四級直接考三級？", 3),
    ("Do I need to pass 五级 first or can I start at 四级?", 4),
    ("可以直接考四級嗎？還是要先考五級", 4),
    ("能直接考互联网营销师四级吗？还是只能考五级", 4),
    ("thinking: do 直播销售员 level 4 now, or wait and go straight for level 3?", None),  # two weighed
    ("今年可唔可以報三級？仲有冇得直接報二級？", None),  # both asked
    ("can I apply for level 4 now or do I need to start at 5?", None),  # where one must start, not straight
])
def test_the_level_gone_to_straight(text, level):
    assert straight_level(to_simplified(text)) == level


def test_going_straight_to_a_level_is_answered_on_the_askers_facts(advisor):
    answer, _ = ask(advisor, "I've got 6 years of selling on live streams", "Do I need to pass 五级 first or can I start at 四级?")
    assert answer.text.startswith("Yes, you may apply for Level 4")
    level_1, _ = ask(advisor, "我做咗十幾年銷售", "有冇得直接考一級㗎？")
    assert level_1.text.startswith("申報一級/高級技師的每條路線都要先持有二級")


def test_the_age_rule_for_streaming_under_18_and_not_for_the_exam(advisor):
    cousin, _ = ask(advisor, "my 15yo cousin wants to help out on my stream as a host", "is that allowed?")
    assert not cousin.refused and "16" in cousin.text
    sixteen, _ = ask(advisor, "I'm 16", "can I do live selling on douyin legally?")
    assert "guardian" in sixteen.text
    exam, _ = ask(advisor, "我讀緊中專電子商務，今年係最後一年，17歲，想考直播銷售員，得唔得？")
    assert "四級" in exam.text
