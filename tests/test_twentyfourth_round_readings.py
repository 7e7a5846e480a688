"""Added in the twenty-fourth round: stretches of work on different platforms ("抖音带货两年 快手一年"),
claims people heard or were sold and ask about, and careers changed and dates planned."""
from __future__ import annotations

from datetime import date

from bot.eligibility.profile import Profile, parse_profile
from bot.language import mandarin_words, to_simplified, without_typos
from tests.test_answer_plan import ask

DAY = date(2026, 11, 30)


def facts(text: str):
    return parse_profile(mandarin_words(without_typos(to_simplified(text))), today=lambda: DAY)


# --- stretches on different platforms -----------------------------------------------------------------------------

def test_stretches_on_different_platforms_add_up():
    for said in ("抖音带货两年 快手一年", "I did 2 years on Taobao live and 1 year on Douyin", "淘寶直播兩年，抖音一年"):
        profile = facts(said)
        assert profile.years_total == 3.0 and profile.platforms_added, said


def test_the_same_platform_twice_or_at_the_same_time_is_not_added():
    assert facts("抖音两年 抖音一年").years_total is None
    assert facts("在抖音做了2年主播，同时在快手做了1年").years_total == 2.0


def test_a_break_said_after_platform_stretches_lay_between_them():
    merged = facts("抖音带货两年 快手一年").merge(facts("不连续的 中间歇了半年"))
    assert merged.years_total == 3.0


def test_an_old_profile_without_the_platform_field_reads_its_default():
    old = Profile(years_total=2.0)
    del old.__dict__["platforms_added"]  # as unpickled from a conversation stored before the field existed
    assert old.platforms_added is None


def test_the_reply_says_the_platforms_were_added_and_how_to_correct_it(advisor):
    answer, _ = ask(advisor, "抖音带货两年 快手一年", "不连续的 中间歇了半年", "够考四级不")
    assert "几个平台的时间加起来，累计工作3年" in answer.text and "按最长的一段算" in answer.text
    assert answer.text.startswith("按你说的情况，暂时还不能申报四级")


# --- a later month asked about ------------------------------------------------------------------------------------

def test_the_month_asked_about_is_read_and_other_events_dates_are_not():
    from bot.answering.asked_when import asked_when
    today = date(2026, 12, 2)
    said = {"明年7月能报四级了吧？": (2027, 7), "他们明年能报四级吗": (2027, 12), "27年3月可以报三级吗": (2027, 3),
            "2027年下半年能考二级吗": (2027, 12), "Can I apply for level 3 in summer 2027?": (2027, 8),
            "could he go for level 2 by the end of next year?": (2027, 12),
            # another event's date, this year as of now, or no date
            "明年毕业能直接报四级不": None, "如果我明年考到五级，几时可以考四级": None, "今年能考吗": None,
            "After I graduate in June 2027, can I take level 4?": None, "I got my cert in June 2022, can I apply now?": None}
    for question, expected in said.items():
        assert asked_when(mandarin_words(to_simplified(question)), today) == expected, question


def test_a_level_that_opens_before_the_month_asked_is_a_yes_by_then(advisor):
    answer, _ = ask(advisor, "我是视频创推员五级 23年7月拿的", "拿证后一直在做短视频剪辑和投流", "明年7月能报四级了吧？")
    first = answer.text.splitlines()[0]
    assert first.startswith("问的是2027年7月") and "到2027年7月就可以申报四级" in first


def test_only_the_training_route_opening_by_then_is_said_with_the_training(advisor):
    answer, _ = ask(advisor, "我2024年1月拿的二级证，一直在做直播，明年3月能报一级吗")
    first = answer.text.splitlines()[0]
    assert first.startswith("问的是2027年3月：不培训的话到那时还不满足") and "L1-A" in first
    assert answer.text.count("72标准学时") == 1  # the training note is not said twice


def test_a_month_only_the_newer_conditions_reach_says_who_decides(advisor):
    answer, _ = ask(advisor, "I got level 5 in Sept 2024 and have streamed since, can I do level 4 next year?")
    first = answer.text.splitlines()[0]
    assert first.startswith("By the end of 2027: not under the usual template") and "ALT-L4" in first
    assert "evaluation body" in first


# --- claims heard and doubted ---------------------------------------------------------------------------------------

def test_a_doubt_is_read_with_the_claim_reported_before_it():
    from bot.answering.claims import claims_doubted
    history = [("刷到一个博主说：从现在开始没证不能直播了", "…"), ("我天天在抖音卖货，没考过证", "…")]
    assert claims_doubted("是真的吗，我是不是得赶紧去考", history) == ["刷到一个博主说：从现在开始没证不能直播了"]
    # a doubt with its own claim, a question about the asker's own case, or no claim before: nothing to read it with
    assert claims_doubted("同学说要等5年，是真的吗", history) == []
    assert claims_doubted("真的吗？我现在能报吗？", history) == []
    assert claims_doubted("是真的吗", [("我天天在抖音卖货", "…")]) == []


def test_a_doubted_claim_gets_the_entry_on_that_claim(advisor):
    answer, _ = ask(advisor, "刷到一个博主说：从现在开始没证不能直播了，抓到就封号", "我天天在抖音卖货，没考过证", "是真的吗，我是不是得赶紧去考")
    assert "没有官方依据" in answer.text and "国家职业资格目录" in answer.text
    answer, _ = ask(advisor, "my manager says the cert expires after 3 years", "I got L5 in 2023 — should I be worried?")
    assert "no official basis" in answer.text and "Level 4" not in answer.text


def test_a_figure_quoted_finds_the_entry_that_holds_it(advisor):
    from bot.retrieval.lexical import figures
    assert figures("someone said 72% of hosts switched, and pay is 11,220 a month in 2020") == {"72%", "11220"}
    answer, _ = ask(advisor, "I was a 微商 for years before streaming",
                    "someone said 72% of hosts switched careers like me. is that real and where's it from?")
    assert "72%" in answer.text and "BOSS" in answer.text


def test_a_doubt_after_a_figure_answered_is_about_that_figure_whatever_work_was_left(advisor):
    answer, _ = ask(advisor, "I read that 72% of live hosts switched from other jobs",
                    "I'm an ex-teacher thinking of switching. Any truth to that stat?")
    assert "72%" in answer.text and not answer.refused


# --- another job type asked the same way --------------------------------------------------------------------------

def test_only_another_job_type_asked_is_read_as_such():
    from bot.answering.understanding import other_job_type_asked
    assert other_job_type_asked("那选品员呢 一样吗") == "product_selector"
    assert other_job_type_asked("and for 平台管理员?") == "platform_administrator"
    assert other_job_type_asked("选品员平时做什么") is None


def test_levels_asked_then_another_job_type_says_the_conditions_are_shared(advisor):
    answer, _ = ask(advisor, "四级要什么条件", "那选品员呢 一样吗")
    assert answer.text.startswith("一样：各工种的申报条件相同（只是平台管理员只设五级至三级）")
    answer, _ = ask(advisor, "what are the level 2 requirements?", "and for 平台管理员?")
    assert answer.text.startswith("Platform Administrator has no Level 2")


def test_a_case_told_is_decided_again_for_the_job_type_asked(advisor):
    answer, conversation = ask(advisor, "我2024年6月拿的五级 直播销售员，一直在做", "什么时候能报四级", "那平台管理员呢")
    assert "按平台管理员工种判断" in answer.text and "L4-A" in answer.text
    assert conversation.profile.job_type == "platform_administrator"


def test_a_job_type_alone_at_the_start_still_asks_what_it_is(advisor):
    answer, _ = ask(advisor, "那选品员呢")
    assert "挑选商品" in answer.text


# --- careers changed: other work beside this work ------------------------------------------------------------------

def test_a_platform_named_beside_other_work_is_where_that_work_was():
    profile = facts("我在淘宝店做了3年客服，去年底转成店铺主播，做满一年了")
    assert profile.years_total == 1.0 and profile.other_years == 3.0
    profile = facts("I did 2 yrs as a 商场导购 (mall sales assistant) and then moved to live-streaming for a clothing brand, that's been exactly 1 year now")
    assert profile.years_total == 1.0 and profile.other_years == 2.0


def test_other_work_in_the_middle_then_back_is_a_break_in_the_years_since():
    profile = facts("我2023年3月攞咗五級視頻創推員，2024年中間去咗工廠做咗8個月，之後返嚟繼續拍片")
    assert profile.years_total is None and profile.break_taken_out
    # (March 2023 to the end of November 2026, less the eight months)
    assert profile.years_since_certificate is not None and round(profile.years_since_certificate, 2) == round(3 + 8 / 12 - 8 / 12, 2)


def test_a_calendar_year_off_is_a_year_out_of_the_years_from_the_start():
    profile = facts("我2020年3月开始做直播，2023年整年停了，去带孩子")
    assert profile.break_taken_out and profile.years_total is not None and 5.6 < profile.years_total < 5.8
    assert facts("2023年整年停了，去带孩子").break_years == 1.0


def test_a_level_pointed_back_at_is_compared_with_the_one_named(advisor):
    answer, _ = ask(advisor, "my cert says 互联网营销师 (四级/中级工)", "is that higher or lower than 三级?")
    assert answer.text.startswith("Level 3 / Senior Worker is higher than Level 4")


def test_two_claims_doubted_get_an_entry_each(advisor):
    answer, _ = ask(advisor, "培训机构说2023年起多地要求持证上岗", "还说持证月薪能高三五千", "是真的吗？")
    first, second = answer.text.split("\n\n")
    assert "持证上岗" in first and "没有官方依据" in first and "涨薪" in second


def test_a_sum_paid_is_no_figure_of_a_survey():
    from bot.retrieval.lexical import figures
    assert figures("我侄子花了5000块考了个证，另一个3800元") == frozenset()
    assert figures("growing 8.8% a month, 36.84 million jobs") == {"8.8%", "36.84"}


def test_other_work_after_a_related_certificate_is_added_to_the_years_since_it(advisor):
    answer, _ = ask(advisor, "我有2018年嘅營銷員職業資格證書 四級中級", "之後做咗五年銷售 再轉做直播一年", "可唔可以用嚟報直播銷售員三級")
    last = answer.text.splitlines()[-1]
    assert "5年（銷售）" in last and "可以申報三級" in last


def test_a_months_takings_and_years_of_nothing_are_no_work():
    profile = facts("之前在电子厂做了15年质检，去年厂子倒闭了。今年4月开始在快手上卖老家的红薯粉，一个月卖个几千块")
    assert profile.other_years == 15.0 and profile.years_total is not None and 0.5 < profile.years_total < 1
    profile = facts("she did 短视频剪辑 for an MCN from 2021 to 2024, then 2 yrs nothing")
    assert profile.years_total == 3.0


def test_a_year_named_after_then_is_no_more_years_asked():
    from bot.answering.understanding import _more_years
    assert _more_years(mandarin_words("做咗兩年酒店，之後2024年3月開始轉做直播")) is None
    assert _more_years("再做一年就够吗") == 1.0


def test_the_job_type_whose_certificate_is_wanted_is_the_track_decided(advisor):
    answer, conversation = ask(advisor, "I'm 运营助理 at a live-commerce company since June 2025 — accounts, data dashboards",
                               "want the 平台管理员 cert",
                               "what's the highest level possible on that track and roughly when could I reach it if I go as fast as possible?")
    assert conversation.profile.job_type == "platform_administrator"
    assert answer.text.startswith("Worked out from the usual template: Level 3 / Senior Worker")


def test_a_level_claimed_open_for_a_case_told_is_decided_on_the_case(advisor):
    answer, _ = ask(advisor, "a friend says she can skip 五级 and go straight to 四级",
                    "she hosted TV home shopping for 7 years before moving to livestream last year", "is she right?")
    assert "Level 4 / Intermediate Worker" in answer.text.splitlines()[0] and "L4-B" in answer.text


def test_time_off_inside_a_stretch_and_hotel_work_beside_it():
    profile = facts("我讀酒店管理，做咗兩年酒店，之後2024年3月開始轉做直播賣護膚品，中間去咗旅行三個月")
    assert profile.other_years == 2.0 and profile.years_total is not None and 2.4 < profile.years_total < 2.6
    assert facts("one student did 2 yrs of live selling 2019–2021, stopped, restarted mid-2025 and has ~1.5 yrs since").years_total == 3.5


def test_a_figure_of_a_rule_claimed_is_not_the_askers_years():
    profile = facts("小红书博主说：有三级证满3年就能考技师（二级）")
    assert profile.years_since_certificate is None
    assert facts("我五级证满3年了，能考四级吗").years_since_certificate == 3.0


def test_only_a_claim_that_a_level_is_open_is_decided_on_the_case(advisor):
    from bot.answering.claims import claims_a_level_open, said_before_the_report
    assert claims_a_level_open("老师说我们可以直接考三级") and not claims_a_level_open("听说在上海考了三级可以积分落户加分")
    assert said_before_the_report("我市场营销本科应届生 学校老师说我们可以直接考三级") == "我市场营销本科应届生 学校老师"
    answer, _ = ask(advisor, "听说在上海考了互联网营销师三级可以积分落户加分", "我现在有四级，在上海做直播三年", "是真的吗？值不值得为这个去考三级")
    assert "落户" in answer.text and "L3-A" not in answer.text


def test_a_hotel_management_major_is_no_hotel_work():
    profile = facts("我以前讀酒店管理（大專）")
    assert profile.other_years is None and profile.major_relevant is False


def test_a_platform_beside_other_work_and_one_stretch_after_another_in_one_clause():
    profile = facts("I worked 4 yrs as Taobao customer service then 2.5 yrs as a live host")
    assert (profile.years_total, profile.other_years) == (2.5, 4.0)


def test_a_total_said_later_holds_the_other_work_told_before(advisor):
    answer, _ = ask(advisor, "高中学历 做过两年美妆柜姐 一年微商 然后带货直播两年", "加起来5年 能报四级吗")
    assert "你已满5年" in answer.text and "合计8年" not in answer.text and "合计约8年" not in answer.text

