"""Readings and replies added after reading the ninth round's tuning conversations (set W): two-digit years
said with "就", a total said with "累计", a start said alone before other work, a workplace named after the start,
a certificate on sale, the years said "after that", the work since a certificate no more than all the work, a
year of other work between dated stretches, schooling still to come, the asker's own school and level; and
the replies: whether training is required, licences for health and finance content, a follow-up comparing
with the last thing named, an apprenticeship said to have ended, Cantonese "or", another person's shop."""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_answer_plan import ask
from bot.eligibility import parse_profile
from bot.eligibility.timeline import work_timeline
from bot.answering.people import split_people
from bot.language import detect, mandarin_words, to_simplified

TODAY = date(2026, 11, 30)


def read(text: str):
    return parse_profile(mandarin_words(to_simplified(text)), today=lambda: TODAY)


def months(years: float | None) -> int | None:
    return None if years is None else round(years * 12)


# --- the parser -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected_months", [
    ("我18年就开始做淘宝客服后来转直播", 95),  # 2018, from its December at least
    ("21年才开始做直播", 59),
])
def test_a_two_digit_year_before_just_or_only_is_a_date(text, expected_months):
    assert months(read(text).years_total) == expected_months


def test_a_figure_of_work_said_after_leiji_is_the_total_but_not_the_rules_figure():
    assert read("累计算下来应该7年多了吧，没有任何证书，能考几级").years_total == 7
    assert read("累计满6年要多久").years_total is None  # the condition's figure, asked about
    assert read("取得四级证书后累计工作5年").years_since_certificate == 5  # after the certificate: years since it


def test_a_start_said_alone_before_other_work_dates_the_work_said_before():
    profile = read("2024年4月開始的，之前在台灣做過3年百貨專櫃銷售")
    assert months(profile.years_total) == 31 and profile.other_years == 3


def test_a_workplace_named_after_a_start_is_work():
    assert months(read("started Oct 2020 at a jewelry studio, then switched to a home goods company in mid-2023, no gap").years_total) == 73
    assert months(read("been here since June 2021").years_total) == 65


@pytest.mark.parametrize("text", ["我在网上见到有人卖「互联网营销师高级证，包过」", "someone is selling level 3 certs online",
                                  "網上有人賣“三級證書”"])
def test_a_certificate_on_sale_is_not_held(text):
    assert read(text).certificate_level is None


def test_a_certificate_held_beside_selling_is_still_held():
    assert read("我卖货三年了，有四级证").certificate_level == 4


def test_years_said_after_that_follow_the_certificate_said_before():
    profile = read("我2021年考咗五級（視頻創推員）").merge(read("之後斷斷續續剪片做推廣，加埋大概3年半"))
    assert profile.years_since_certificate == 3.5


def test_work_since_a_certificate_is_no_more_than_all_the_work():
    profile = read("我有高级营销员证（三级），十年前考的").merge(read("最近三年在做直播，之前在做别的行业"))
    assert profile.years_since_certificate == 3 and profile.years_total == 3


def test_a_year_of_other_work_between_dated_stretches_comes_out():
    said = ["我2021年9月开始做直播", "中间去做了一年外卖骑手（2023年）", "然后2024年初回来继续播到现在"]
    timeline = work_timeline([mandarin_words(to_simplified(m)) for m in said], TODAY)
    # Sep 2021 to the year out (16 months), then from "2024年初" read as its March at the latest (32 months)
    assert timeline is not None and timeline.months == 16 + 32 and timeline.months_out == 14


def test_schooling_still_to_come_is_not_held():
    profile = read("currently in the final year of the 中职 part, moving to 大专 next Sept")
    assert profile.final_year_student_of == ["secondary_vocational_assessed_intermediate_relevant"]
    assert not profile.education


@pytest.mark.parametrize("text", ["我17岁 在职高读直播电商 二年级", "我在技校读电商"])
def test_a_school_one_studies_at_is_not_a_diploma_held(text):
    profile = read(text)
    assert profile.studying_at and not profile.education


# --- the replies ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, first", [
    ("学员问：五级是不是一定要先参加培训满120学时才能报？", "不是必须"),
    ("四级要不要先上培训班才能报", "不是必须"),
    ("Do my learners have to take a course before they can register for level 4?", "Training does not replace the years"),
])
def test_whether_training_is_required_is_answered_first(advisor, question, first):
    answer, _ = ask(advisor, question)
    assert answer.text.startswith(first) and ("L4-" in answer.text or "L5-" in answer.text)


def test_level_1_training_stays_optional_not_denied(advisor):
    answer, _ = ask(advisor, "一级一定要培训吗")
    assert not answer.text.startswith("不是必须：按通用模板") and "72" in answer.text


def test_a_health_product_licence_question_after_a_statement_is_answered(advisor):
    answer, _ = ask(advisor, "我想喺直播間賣保健品", "講啲功效得唔得？要唔要醫生牌？")
    assert not answer.refused and "執業資質" in answer.text


def test_a_teachers_qualification_exam_stays_out_of_scope(advisor):
    answer, _ = ask(advisor, "教师资格证怎么考？")
    assert answer.refused


def test_the_reviewer_ratio_is_answered(advisor):
    answer, _ = ask(advisor, "For our compliance module: what's the reviewer-to-live-room ratio platforms must keep?")
    assert not answer.refused and "50" in answer.text


def test_the_level_asked_beside_where_the_ladder_starts_is_decided(advisor):
    answer, _ = ask(advisor, "做咗差唔多三年直播，冇證", "有冇得考三級？定係要由五級考起？")
    first = answer.text.splitlines()[0]
    assert "三級/高級工" in first and ("暫不" in first or "不能直接" in first)


def test_a_students_own_school_and_level_get_the_final_year_route(advisor):
    answer, _ = ask(advisor, "中职学校直播电商专业，今年高二，学校说毕业能拿四级，真的吗？")
    assert answer.intent == "eligibility" and "毕业那一学年" in answer.text and "告诉我" not in answer.text


def test_a_student_asking_which_level_hears_of_the_school_route_first(advisor):
    answer, _ = ask(advisor, "我是中职二年级电商专业的，到底能考几级？")
    assert answer.text.startswith("你现在还在读、不是毕业那一学年")


def test_work_said_to_go_on_after_a_dated_certificate_counts_since_it(advisor):
    _, conversation = ask(advisor, "我攞咗二級直播銷售員，2022年12月", "之後繼續做直播，冇停")
    assert conversation.profile.worked_since_certificate and conversation.profile.years_since_certificate is not None


def test_cantonese_or_gets_a_traditional_reply():
    assert detect("剪直播切片用剪映好定Premiere好？").traditional
    assert not detect("说好定金多少").traditional


def test_part_time_work_said_before_gets_its_caveat_after_the_verdict(advisor):
    answer, _ = ask(advisor, "我有兩份工：日頭喺物流公司做文員，夜晚同朋友一齊開直播賣茶葉", "直播係2025年1月開始",
                    "到今日算唔算夠一年可以考五級？")
    first, _, rest = answer.text.partition("\n")
    assert "五級" in first and "兼職" in rest


@pytest.mark.parametrize("text", ["冇做過直播", "我们学员没做过直播", "I've never streamed before"])
def test_never_having_done_this_work_is_no_years(text):
    assert read(text).years_total == 0


def test_a_school_one_is_at_is_attended(advisor):
    assert read("I'm 15 and at a vocational school").studying_at




def test_schools_being_chosen_between_are_not_attended():
    assert not read("I'm choosing between an e-commerce 大专 and a technician college 直播 program").education
    assert not read("读大专还是读技师学院好").education


def test_a_monthly_pay_question_is_no_month_of_work():
    assert read("主播一個月一般搵幾多錢？").years_total is None


def test_foreigners_asked_about_as_a_group_hear_the_entry_whatever_was_said_before(advisor):
    answer, _ = ask(advisor, "I'm Vietnamese, been working in Nanning as a live seller for Vietnamese products for 2 years",
                    "can foreigners take the 互联网营销师 exam?")
    assert "nationality" in answer.text and "What I understood" not in answer.text


def test_a_bare_date_corrects_the_certificates_date(advisor):
    _, conversation = ask(advisor, "我2024年拿的五级", "应该是24年1月", "哦不 是23年1月，看了下证书")
    assert conversation.profile.certificate_age >= 3.8  # January 2023, not 2024 (counted from the day the test runs)


def test_a_start_said_with_already_is_a_start():
    assert months(read("之前喺2020年頭已經開始做").years_total) == 80  # from its March at the latest


def test_a_long_english_start_before_a_stop_and_a_return_is_counted():
    said = ["started as a host at an mcn in hangzhou feb 2019", "quit aug 2021 to have my baby, came back to streaming march 2024"]
    timeline = work_timeline(said, TODAY)
    assert timeline is not None and timeline.months == 30 + 32


def test_a_change_of_job_type_does_not_bound_the_years_since_the_certificate():
    profile = read("我是视频创推员四级（2021年6月）").merge(read("最近转做选品了，2024年开始"))
    assert profile.years_since_certificate == profile.certificate_age and profile.years_total is None


def test_a_preface_is_greeted_and_the_persons_age_is_noted(advisor):
    answer, _ = ask(advisor, "Learner question for you")
    assert not answer.refused
    answer, _ = ask(advisor, "Learner question for you", "she's 15 and homeschooled", "wants the level 5 cert. possible?")
    assert "Level 5" in answer.text and "No certificate is required" not in answer.text


@pytest.mark.parametrize("question", ["考五級係咪要先讀中專？", "do I need a degree to take level 5?"])
def test_whether_a_school_comes_first_is_a_rule_question(advisor, question):
    answer, _ = ask(advisor, question)
    assert ("初中" in answer.text or "junior middle school" in answer.text) and "TA" not in answer.text


# --- from reading sets X and Y (after their judging) ------------------------------------------------------

@pytest.mark.parametrize("text", ["基本都没上过班，零经验。她们能报五级吗？还是要先干满一年？", "我记得要做满6年先考到四级，是不是要等到下个月？"])
def test_a_rules_figure_asked_about_is_no_years_of_work(text):
    assert not read(text).years_total


def test_years_of_residence_are_not_years_of_work():
    assert read("i'm russian, been living in yiwu for 5 years").years_total is None
    assert read("i have done live selling for 1 year and 3 months").years_total == 1.25


def test_a_switch_of_job_type_dated_in_english_adds_the_later_stretch():
    profile = read("i did 选品 for a 直播间 from june 2023 to dec 2024, then switched to 视频创推 in feb 2025 and still doing it")
    assert 3 < profile.years_total < 3.5


def test_training_finished_this_year_is_no_certificate_date():
    profile = read("今年刚上完一级的培训，学时够了，结业证也拿了")
    assert profile.formal_training and profile.formal_training_level == 1 and profile.certificate_age is None


def test_a_first_stretch_said_as_a_start_and_a_length_is_placed():
    said = ["我由2019年6月开始在不同的直播公司做", "头一间做咗18个月，跟住停咗半年生BB", "2021年7月到而家都在现在间公司"]
    timeline = work_timeline(said, TODAY)
    assert timeline is not None and timeline.months == 18 + 64 and timeline.months_out == 7


def test_the_latest_years_of_work_going_on_all_along_are_a_part():
    profile = read("我有电子商务师四级证，2020年考的").merge(read("之后一直做电商运营，这两年转做直播了"))
    assert profile.years_since_certificate == profile.certificate_age and profile.years_total is None


def test_what_a_certificate_says_is_no_rule_quoted(advisor):
    _, conversation = ask(advisor, "我的四级是2021年拿的", "哦不对，证书上写的是2022年3月")
    assert months(conversation.profile.certificate_age) == months(read("2022年3月拿的四级").certificate_age)


def test_the_one_learner_described_is_who_she_is(advisor):
    answer, _ = ask(advisor, "问个规则问题", "学员A：2024年3月拿的五级，之后在我们合作直播间干了一年半，又去送外卖半年，现在回来又干了8个月",
                    "她四级什么时候够？")
    assert "四级" in answer.text and "学时" not in answer.text.splitlines()[0]


def test_a_teachers_licence_asked_about_for_levels_is_in_scope(advisor):
    answer, _ = ask(advisor, "primary school teacher here with a 教师资格证", "does my teacher licence let me skip any levels?")
    assert not answer.refused


# (turns, what the reply starts with or "", what it must say, what it must not say)
REPLIES = [
    # another person's shop is where the asker works
    (["im 17", "been streaming w my mom's shop for 1 yr", "can i get lvl 5?"], "Yes, you may apply for Level 5", "", "about them"),
    # learners the asker has are the ones asked about, and training is no route to level 3
    (["Does the formal-training route exist for level 3? I have learners who got level 4 in 2024 and would do 88 hours with us."],
     "Training does not replace the years", "they cannot apply", "you cannot apply"),
    # off-camera roles named, not an eligibility check
    (["been a host 4 yrs, burnt out", "what other roles inside 互联网营销师 could I move into without being on camera?"],
     "", "Product Selector", "What I understood"),
    # someone under 16 asking to host hears the age rule
    (["I'm 15 and at a vocational school", "can I host livestream sales for our school's e-shop?"], "", "16", "Level 4"),
    # exactly N years is the inclusive rule
    (["Quick one for my FAQ sheet: if a learner has exactly 6 years, not 6 years and a day, do they meet the level 4 requirement?"],
     "Yes", "inclusive", "To apply for Level 4"),
    # a level the track lacks: what the same facts open on another job type, for the body to confirm
    (["I work as 平台管理员 for a live-commerce company, level 3 cert since 2021", "can i go for 技师 level 2 now? it's been 5 years"],
     "", "would meet L2-A", "you can apply for Level 2"),
    # a dated level 2 and no training yet: the training route that opens now if worked since
    (["I got level 2 in Sept 2023, haven't done any training. when can I apply for level 1?"],
     "If you have worked in this or a related occupation since the certificate", "L1-A", "How many years"),
    # a comparison with no first term compares the last thing named
    (["我有个证书写的是「专项职业能力证书 直播带货」", "跟互联网营销师证有啥区别"], "", "专项", "营销员（4-01-02-01）"),
    # an apprenticeship said to have ended opens level 5
    (["I'm an apprentice (学徒) at a live-commerce company", "it finished last month", "can I register for level 5 now?"],
     "", "L5-B", "How many years"),
    # whether earlier years count is the related-work entry, not the inclusive-years one
    (["有學員之前做咗三年地產經紀先轉行做直播", "佢話嗰三年都計得入年資，係咪真㗎？"], "", "評價機構", "正好滿N年也算"),
    # a 15-year-old asking to host this summer hears the age rule, either word order
    (["我今年15岁，读初三", "暑假想去做带货主播，可以吗"], "", "16", "告诉我"),
]


@pytest.mark.parametrize("turns, starts, says, lacks", REPLIES)
def test_replies_to_realistic_turns(advisor, turns, starts, says, lacks):
    answer, _ = ask(advisor, *turns)
    assert answer.text.startswith(starts) and says in answer.text and lacks not in answer.text


@pytest.mark.parametrize("text, labels", [
    ("Planning registrations for 25 learners: 10 have 1–2 yrs of livestream work and no certs; 8 got level-5 certs in 2021 "
     "and have worked in live commerce continuously since; 7 just graduated (July 2026) from a 中职 e-commerce programme.", ["10", "8", "7"]),
    ("Half the class are 高职 final-year students (e-commerce), the other half are working hosts with 2-3 years and no cert.",
     ["Half the class", "the other half"]),
    ("10个有五级证满4年了，15个干直播两年没证，还有5个是大专电商应届生", ["10个", "15个", "5个"]),
    ("我做了3年直播，有10个粉丝群", []),
])
def test_groups_of_learners_counted_are_kept_apart(text, labels):
    assert [label for label, _ in split_people(text)] == labels


def test_a_question_about_them_after_groups_is_answered_for_each_group(advisor):
    answer, _ = ask(advisor, "Our school runs a 直播销售员 class. Half the class are 高职 final-year students (e-commerce), "
                             "the other half are working hosts with 2-3 years and no cert.",
                    "For the students, can we register them for L4 as a batch before they graduate?")
    assert "[Half the class]" in answer.text and "[the other half]" in answer.text and "L4-C" in answer.text


def test_each_group_asked_again_is_answered_again_whole(advisor):
    answer, _ = ask(advisor, "I have a class of 30. About half have 1–2 years of live-commerce work, a third are fresh 中专 "
                             "graduates in 电子商务, the rest have never worked.", "Which level should each group register for?")
    assert all(f"[{label}]" in answer.text for label in ("About half", "a third", "the rest"))
    assert "does not change my answer" not in answer.text
