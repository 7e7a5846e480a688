"""Added in the thirty-fifth round: two routes to a level compared by date when "which is faster" is asked ("先考五級
定係直接等夠年資考四級？邊個快啲"); the reference training hours added up for the levels a trainer plans; a certificate
supposed or weighed ("如果明年3月我拿到四级", "定係考咗四級先快啲") not held; "計唔計一年工作經驗" no years; "一直全職" as work
since the certificate; "got level 5 last november" held; a year only partly worked ("25年只做了半年") and a break
between two English dates ("stopped from Sept 2024 to end of Feb 2025") taken out; "毕业后一直在家没上班" no work;
"我有個friend" and "我有个朋友" about the friend; a rule claim with a level's name and a course ("技师 cert + 3 yrs +
72h 一级 course"); a story that ends in a question on dates and fees answered as that question."""
from __future__ import annotations

from datetime import date

import pytest

from bot.answering.hours_total import hours_total_reply
from bot.answering.routes_compared import routes_asked
from bot.eligibility import parse_profile
from bot.eligibility.route_compare import compare_routes
from bot.eligibility.rule_check import parse_claim
from bot.eligibility.rules import load_rules
from bot.language import mandarin_words, to_simplified, without_typos
from bot.texts import Templates
from tests.test_answer_plan import ask
from tests.test_eligibility_engine import RULES_PATH

PROMPTS = RULES_PATH.parents[2] / "prompts"
TODAY = date(2026, 12, 3)


@pytest.fixture(scope="module")
def rules():
    return load_rules(RULES_PATH)


@pytest.fixture(scope="module")
def templates():
    return Templates(PROMPTS)


def read(text: str):
    return parse_profile(mandarin_words(to_simplified(text)).lower(), today=lambda: TODAY)


def _words(text: str) -> str:
    return mandarin_words(to_simplified(text)).lower()


# --- two routes compared -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("message, asked", [
    ("佢應該而家考五級 定係直接等夠年資考四級好？邊個快啲", (4, 5)),
    ("那我到底要先考五級 還是等滿六年？哪個比較快", (4, 5)),
    ("如果唔考四級 淨係等夠年資直接報三級 要等到幾時？定係考咗四級先快啲", (3, 4)),
    ("which is faster: get 五级 first or just wait for the years to do 四级?", (4, 5)),
])
def test_which_route_is_faster_is_read_with_its_levels(message, asked):
    assert routes_asked(_words(message)) == asked


@pytest.mark.parametrize("message", ["四级最快什么时候能报", "五级要什么条件", "which job type is faster to learn?", "先考五级吧"])
def test_no_comparison_is_read_where_none_is_asked(message):
    assert routes_asked(_words(message)) is None


def test_the_routes_are_dated_from_the_years_given(rules):
    # March 2022 to December 2026 is 4 years 9 months, no certificate
    profile = read("我朋友2022年3月开始做主播 没证")
    comparison = compare_routes(profile, 4, rules, TODAY)
    now = TODAY.year * 12 + TODAY.month - 1
    assert comparison.step_month == now  # level 5 is open now (1 year of work)
    assert comparison.template.by_years.id == "L4-B" and comparison.template.via_certificate.id == "L4-A"
    assert comparison.template.faster == "years"  # 6 years in total comes before level 5 + 4 years
    assert comparison.template.via_certificate.month == now + 48
    assert comparison.newer.by_years.years == 5 and comparison.newer.via_certificate.years == 3


def test_level_3_has_no_years_only_route_in_the_template(rules):
    comparison = compare_routes(read("2020年7月开始做直播 没证"), 3, rules, TODAY)
    assert comparison.template.by_years is None and comparison.template.faster is None
    assert comparison.newer.by_years.years == 10


def test_no_dates_without_years(rules):
    assert compare_routes(read("我没证"), 4, rules, TODAY) is None


def test_the_comparison_answers_the_question(advisor):
    answer, _ = ask(advisor, "我有個friend喺深圳做主播 2022年3月開始", "佢冇證", "佢應該而家考五級 定係直接等夠年資考四級好？邊個快啲")
    assert "L4-B" in answer.text and "L4-A" in answer.text
    assert "等年限更快" in answer.text or "等年資更快" in answer.text or "等年限更快" in to_simplified(answer.text)
    assert "ALT-L4-A" in answer.text  # the newer conditions beside, said as such
    assert "部分可以" not in answer.text  # not the entry on skipping levels


# --- training hours added up -------------------------------------------------------------------------------------------

def test_the_hours_of_the_levels_planned_are_added_up(rules, templates):
    text, sources = hours_total_reply(_words("每一级最少要多少学时 三个级别加起来多少"), _words("我们要排五级到三级的课程"),
                                      "zh", rules, templates)
    assert "312" in text and "456" not in text and sources


def test_a_ladder_to_level_1_and_the_platform_administrators_track(rules, templates):
    text, _ = hours_total_reply(_words("最少学时一共多少？平台管理员呢"), _words("做宣传页要写 从五级一路培训到一级"), "zh", rules, templates)
    assert "456" in text and "312" in text


def test_no_sum_where_none_is_asked(rules, templates):
    assert hours_total_reply(_words("五级要多少学时"), "", "zh", rules, templates) is None


# --- a certificate supposed or weighed, not held -----------------------------------------------------------------------

@pytest.mark.parametrize("message", ["如果明年3月我拿到四级 那最早哪年能报二级", "定係考咗四級先快啲", "考了四级再报会不会快一点", "如果唔考四級"])
def test_a_certificate_supposed_is_not_held(message):
    assert read(message).certificate_level is None


def test_a_certificate_taken_is_still_held():
    assert read("我考了四级 2023年").certificate_level == 4


# --- years: said, counted, taken out -----------------------------------------------------------------------------------

def test_whether_something_counts_as_a_years_figure_is_no_years():
    assert read("實習計唔計一年工作經驗？").years_total is None


def test_full_time_all_along_is_work_since_the_certificate(advisor):
    answer, conversation = ask(advisor, "我是拍视频带货的 21年12月拿五级视频创推员", "23年6月拿了四级", "一直全职 三级最早什么时候")
    assert conversation.profile.worked_since_certificate
    assert "累计从事本职业或相关职业工作满几年" not in answer.text  # not asked again


def test_last_month_after_a_level_is_the_certificates_date():
    profile = read("got level 5 last november")
    assert profile.certificate_level == 5 and profile.certificate_age is not None


def test_a_year_only_partly_worked_is_taken_out(advisor):
    _, conversation = ask(advisor, "帮学员问个 他五级是24年1月拿的", "24年全年都在做 25年只做了半年 26年一直在做")
    profile = conversation.profile
    assert profile.break_taken_out and profile.years_since_certificate < profile.certificate_age - 0.4
    assert profile.years_total is None  # "24年" is a year, not 24 years


def test_a_break_between_two_english_dates_is_taken_out():
    profile = read("been streaming since, except I stopped from Sept 2024 to end of Feb 2025 (moved cities)")
    assert profile.break_years == pytest.approx(0.5)


def test_years_held_with_a_break_say_it_is_taken_out(advisor):
    answer, conversation = ask(advisor, "学员问的 她五级证拿了刚好满四年", "但是中间有一年去开饭店了 不是做直播的", "那还算满4年吗")
    assert conversation.profile.years_since_certificate == pytest.approx(3.0)
    assert "扣除中间没做的时间" in answer.text and "证书拿了3年" not in answer.text


@pytest.mark.parametrize("message", ["他今年7月大专毕业 电子商务专业 毕业后一直在家没上班", "毕业后一直在找工作"])
def test_no_work_since_graduating_is_no_work(message):
    profile = read(message)
    assert profile.years_total is None and not profile.worked_since_certificate


# --- whose facts -------------------------------------------------------------------------------------------------------

def test_an_english_kin_word_in_chinese_is_that_person():
    assert "朋友" in without_typos("我有个friend在深圳")
    assert without_typos("我的boyfriend做主播").startswith("我的男朋友")


def test_facts_of_a_friend_told_first_stay_theirs(advisor):
    _, conversation = ask(advisor, "我有個朋友喺深圳做主播 2022年3月開始", "佢冇證")
    assert conversation.profile is not None and conversation.profile.years_total is not None


def test_a_parent_who_nags_is_not_the_one_asked_about(advisor):
    answer, _ = ask(advisor, "我去年从湖南来的深圳 在一个直播基地做了快两年了 老板说年底要考证 然后我妈又天天催我回老家相亲 烦死了 "
                             "那个 深圳下一次考直播销售员是几号啊 报名要多少钱")
    assert "我妈的" not in answer.text
    assert answer.refused and "12333" in answer.text  # dates and fees: not in the knowledge base, where to ask


# --- a claim with a level's name and a course --------------------------------------------------------------------------

def test_a_level_named_and_a_course_are_read_in_a_claim():
    claim = parse_claim(_words("so learner has 技师 cert (选品员) + 3 yrs work after it + finishes our 72h 一级 course with 结业证书 → can apply 一级 right?"))
    assert (claim.level, claim.held, claim.years, claim.training) == (1, 2, 3.0, True)


def test_taking_a_course_is_no_training_route_claimed():
    # ("if I take their 104-hour L4 course I only need 2 years after L5": the figure is checked, not a training route)
    claim = parse_claim(_words("they say if I take their 104-hour L4 course I only need 2 years after L5 to sit L4"))
    assert claim is not None and not claim.training and claim.held == 5 and claim.years == 2.0


def test_the_asker_saying_what_they_have_starts_no_claimed_route():
    # (a learner who "has 技师 cert" is a route's start in a trainer's claim; "I have level 3" is the asker's own case)
    claim = parse_claim(_words("I have level 3 live-streaming salesperson and 6 years of streaming. Am I eligible for level 1?"))
    assert claim is None or claim.held is None


def test_a_summary_to_check_is_no_sum_of_hours(rules, templates):
    said = _words("so to sum up for my HR team: platform admin tops out at level 3, the other three job types go up to level 1. right?")
    assert hours_total_reply(said, _words("how many training hours per level?"), "en", rules, templates) is None


def test_a_break_figure_with_its_years_is_taken_out_once():
    profile = read("a student has L5 from Jan 2022, but she took 2 years off (2023-2024) to care for her mum, "
                   "rest of the time she's been a 视频创推 editor")
    assert profile.years_since_certificate is None or profile.years_since_certificate > 2.5


def test_a_stretch_out_with_both_months_is_out_through_the_last(advisor):
    # Jan 2020 to Nov 2026 less July 2022 to June 2023 (twelve months off) is 5 years 10 months: not yet six
    answer, conversation = ask(advisor, "started streaming jan 2020", "stopped for maternity leave jul 2022 - jun 2023",
                               "back since then. no cert yet. can i apply 4级?")
    assert conversation.profile.years_total < 6
    assert not answer.text.startswith("Yes")
