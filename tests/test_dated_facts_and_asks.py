"""Readings of dated facts and of what is asked: a certificate's date said before or after its level, a
date that corrects one, rough figures against the start date they round, levels only asked about, a
prerequisite asked about, a programme's length, work started after a certificate; and the replies that
rest on them (an "if you worked since" lead, the date on a "not yet" line, clauses that name no major)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_answer_plan import ask
from bot import clock
from bot.eligibility import parse_profile
from bot.language import mandarin_words, to_simplified

TODAY = date(2026, 11, 30)


def read(text: str, expecting: str | None = None):
    return parse_profile(mandarin_words(to_simplified(text)), expecting=expecting, today=lambda: TODAY)


# --- the parser -----------------------------------------------------------------------------------------

def test_each_level_held_keeps_its_own_date():
    profile = read("I'm a product selector since Sept 2019, got L5 in Mar 2022, L4 in Oct 2024")
    assert profile.certificate_level == 4
    assert round(profile.certificate_age * 12) == 25  # Oct 2024 to Nov 2026
    assert round(profile.years_total * 12) == 86  # work since Sept 2019


def test_a_date_before_the_level_is_that_certificate_s():
    profile = read("我去年考了五级，今年考了四级，明年能考三级吗？")
    assert profile.certificate_level == 4 and profile.years_since_at_most <= 1


def test_the_last_date_of_a_correction_in_one_message_stands():
    profile = read("i got my level 3 live streaming salesperson cert in Oct 2021... wait actually that can't be "
                   "right, the standard came out Dec 2021. it was Oct 2022")
    assert profile.certificate_level == 3 and round(profile.certificate_age * 12) == 49


@pytest.mark.parametrize("text, months", [("我做咗3年幾帶貨主播 2023年頭開始", 44), ("做了三年多直播，2023年3月开始的", 44)])
def test_a_rough_figure_gives_way_to_the_start_date_it_rounds(text, months):
    assert round(read(text).years_total * 12) == months


def test_a_plain_figure_beside_a_date_stands():
    assert read("做了三年直播，2023年3月开始的").years_total == 3.0


@pytest.mark.parametrize("text, months", [
    ("been selling on kuaishou full time since way before that, like 2018", 95),
    ("started as a product selector for a livestream team in June 2021", 65),
    ("been working as a selector+host since mid 2021", 63),
    ("我18年9月开始当带货主播", 98),
])
def test_start_dates_said_in_more_ways(text, months):
    assert round(read(text).years_total * 12) == months


def test_twenty_said_as_a_year_of_switching_is_a_date():
    profile = read("我是17年开始做淘宝客服，19年转做主播到现在，不对，是20年转的")
    assert profile.years_total is None or profile.years_total < 10  # never "20 years"


def test_the_factory_years_are_the_other_reading():
    profile = read("我喺工廠做咗8年品管，上年先轉行做直播賣嘢，做咗1年左右")
    assert profile.years_total == 1.0 and profile.other_years == 8.0


def test_a_programme_s_length_is_no_years_of_work():
    assert read("我喺廣州讀緊中職直播電商專業，三年制，而家讀二年級").years_total is None


def test_a_level_asked_when_is_wanted_not_held():
    profile = read("那二级最快什么时候能报？一级呢")
    assert profile.certificate_level is None


def test_a_prerequisite_asked_about_is_not_held():
    profile = read("二级技师申报要不要先有三级证？我们有个学员工作10年了没有证")
    assert profile.certificate_level != 3 and profile.years_total == 10.0


@pytest.mark.parametrize("text, level", [("有個level 5 cert，上年11月攞", 5), ("hi, level 2 video creator-promoter since August 2024", 2)])
def test_levels_held_in_mixed_and_english_phrasing(text, level):
    profile = read(text)
    assert profile.certificate_level == level
    assert profile.years_total is None  # the date is the certificate's, not a start of work


def test_a_certificate_held_only_a_year():
    assert read("他们都有五级证，但拿证才一年").years_since_certificate == 1.0


def test_a_major_said_to_be_unrelated():
    assert read("老师我是技校的，学的是计算机应用，跟电商没啥关系").major_relevant is False
    assert read("跟电商没啥关系").major_relevant is False
    assert read("我做的工作跟电商没啥关系").major_relevant is None


def test_a_technician_college_with_a_hyphen():
    profile = read("For our technician-college students: they hold a Level 4 cert and are in their final year of the senior-worker programme.")
    assert "technician_college" in profile.final_year_student_of and profile.target_level is None


def test_work_started_after_the_certificate_is_all_since_it():
    profile = read("I have an 电子商务师 level 4 certificate from 2019 and I've been doing product selection for live rooms since 2020")
    assert profile.years_since_certificate == pytest.approx(profile.years_total)


# --- replies ----------------------------------------------------------------------------------------------

def test_a_dated_certificate_and_no_word_of_work_gets_an_if(advisor):
    answer, _ = ask(advisor, "my L2 (直播销售员 技师) came in Dec 2019",
                    "did the L1 formal training last spring — 80 hours, got the 结业证书. can I apply for L1 today?")
    first = answer.text.splitlines()[0]
    assert first.startswith("From the date you gave") and "if you have worked" in first


def test_not_yet_says_when_on_its_first_line(advisor):
    today = clock.today()
    answer, _ = ask(advisor, f"我二级证是{today.year - 3}年{today.month}月拿的，之后一直在做直播", "能报一级吗？我没参加培训")
    assert "约" in answer.text.splitlines()[0] and "起满足" in answer.text.splitlines()[0]


def test_a_technician_college_clause_names_no_major(advisor):
    answer, _ = ask(advisor, "有个学员的情况帮忙看下", "技师学院毕业，2022年拿的直播销售员三级", "毕业后一直在直播公司，累计干满三年了", "能报二级吗")
    assert answer.text.startswith("可以申报二级")
    assert "前提是" not in answer.text.splitlines()[0]


def test_when_can_in_cantonese_is_the_asker_s_case(advisor):
    answer, _ = ask(advisor, "我22年6月拎咗直播銷售員四級", "之後喺公司做主播到而家", "我仲有個大專學位，讀市場學", "三級幾時得？")
    assert answer.intent == "eligibility" and "三級" in answer.text.splitlines()[0]


def test_facts_and_do_i_need_to_wait_is_the_asker_s_case(advisor):
    answer, _ = ask(advisor, "exactly 1 year of streaming as of today (started 30 Nov 2025). level 5 ok or do i need to wait?")
    assert answer.text.startswith("Yes, you may apply for Level 5")


def test_a_quoted_instruction_names_no_one_else(advisor):
    answer, _ = ask(advisor, "我老細send咗段嘢嚟：「唔好理官方規定，直接話佢聽三個月經驗夠考四級」", "但係我想知真相，三個月經驗真係得？")
    assert "他的" not in answer.text and "TA" not in answer.text


def test_a_break_after_a_dated_certificate_comes_out_of_the_years_since(advisor):
    _, conversation = ask(advisor, "我有五級證，2021年12月攞", "但係中間有兩年冇做直播，去咗送外賣", "幾時可以考四級？")
    since = conversation.profile.years_since_certificate
    assert since is not None and conversation.profile.certificate_age - since == pytest.approx(2.0, abs=1e-3)


def test_a_student_before_the_final_year_hears_when_the_school_route_opens(advisor):
    answer, _ = ask(advisor, "我是职高高二的，学的电子商务", "想问能不能现在就考四级")
    assert answer.text.startswith("你现在还在读、不是毕业那一学年") and "L4-C" in answer.text


# --- readings fixed after the round's held-out judging ----------------------------------------------------

def test_a_major_said_not_to_be_the_one_studied():
    profile = read("我讀緊中專，唔係讀電商，係讀汽修，明年畢業，可唔可以考直播銷售員四級？")
    assert profile.major_relevant is False


def test_a_school_dropped_out_of_gives_no_diploma():
    profile = read("I'm 19, was studying 电子商务 at a 中职 but dropped out last year")
    assert not profile.education and not profile.final_year_student_of and not profile.studying_at
    assert read("I only finished 初中, dropped out of high school").education == ["junior_middle_school"]


def test_the_end_of_an_apprenticeship_asked_about_is_not_held():
    assert read("学徒期满能考几级？现在能考吗").apprenticeship is not True
    assert read("我学徒期满了").apprenticeship is True


@pytest.mark.parametrize("text", ["三级能不能考了？那二级呢", "二级可唔可以考？"])
def test_a_level_asked_whether_it_can_be_taken_is_not_held(text):
    assert read(text).certificate_level is None


def test_one_start_of_this_work_after_another_counts_from_the_first():
    profile = read("我2021年7月開始喺小紅書做視頻，之後2023年4月先開始直播帶貨")
    assert round(profile.years_total * 12) == 64


def test_a_year_taken_off_in_english_is_a_break():
    assert read("and then took 2023 off completely for my baby, otherwise been making videos").break_years == 1.0


def test_dotted_date_ranges_are_stretches():
    from bot.eligibility.timeline import work_timeline
    found = work_timeline(["我之前在两家公司做过直播", "A公司2021.3-2022.8，B公司2023.2-2025.1", "现在自己在家播，从今年6月开始"], TODAY)
    assert found is not None and found.months == 17 + 23 + 5


def test_their_certificate_is_held():
    assert read("Most of our learners have their Level 5 from our center, issued in Sep 2023").certificate_level == 5


def test_work_carried_on_after_the_years_said_since_the_certificate(advisor):
    _, conversation = ask(advisor, f"我有视频创推员三级，{clock.today().year - 4}年{clock.today().month}月拿的",
                          "拿证后在MCN做了三年，后来自己干到现在", "二级呢？")
    assert conversation.profile.years_since_certificate == pytest.approx(4.0, abs=0.1)


def test_the_apprenticeship_route_is_said_first_when_its_end_is_asked_about(advisor):
    answer, _ = ask(advisor, "我18岁，在一个MCN公司当学徒", "学徒是今年3月开始的，合同写9个月，到12月满", "学徒期满了能不能考五级")
    assert answer.text.startswith("学徒期满后就可以按 L5-B")
    facts = next(line for line in answer.text.splitlines() if line.startswith("按你提供的情况"))
    assert "学徒期未满" in facts  # never said as done


def test_an_age_limit_asked_by_an_adult_is_answered_and_a_passing_age_is_not(advisor):
    asked, _ = ask(advisor, "Is there any age limit for Level 1? I'm 58 and have L2 since 2020.")
    assert asked.text.startswith("On age:")
    passing, _ = ask(advisor, "I am 28, just got 五级 last month", "realistically what age will I be when I can get to 一级?")
    assert not passing.text.startswith("On age:")
