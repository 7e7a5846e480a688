"""Readings and replies added after reading the tenth round's tuning conversations (set Z): "w/o the cert",
proof of an apprenticeship one is unsure of, a rule quoted in a question, "俩月", years said as stretches,
a break told after both dated counts, a graduation month with work "ever since", a year not had, a finished
apprenticeship programme; and the replies: the newer conditions beside every listing of a level's routes, the
wait between two levels, "level 3 now?" after the facts, Cantonese asks for the requirements, "我现在能考什么",
another occupation's certificate "taken" or "used to apply", a level a job type lacks wanted in a statement,
questions with an obvious place to ask elsewhere, a subsidy's amount, jobs held at the same time, the minimum
schooling, a verdict that opens a list, one labelled learner asked about in two words, and a "yes if worked"
beside the other routes' "not yet". Then, read from sets AA and AB after their judging: a level's exam session
is no certificate, corrections beside another year or another person's level, stretches said with "开始…做到",
restarts in chat words, a stop date corrected in a later message, a restart inside the years already counted,
and the school routes that take final-year students."""
from __future__ import annotations

import pytest

from tests.test_answer_plan import ask
from tests.test_ninth_round_readings import months, read  # the parser's reading on 2026-11-30, in months


# --- the parser -----------------------------------------------------------------------------------------

def test_without_written_w_slash_o_is_no_certificate_held():
    assert read("can i go straight to level 4 w/o the level 5 cert?").certificate_level is None
    assert read("can i go straight to level 4 with the level 5 cert?").certificate_level == 5


def test_not_knowing_about_an_apprenticeships_proof_is_no_apprenticeship_unfinished():
    assert read("有冇學徒證明我都唔知").apprenticeship is None
    assert read("我没当过学徒").apprenticeship is False


@pytest.mark.parametrize("text, expected_months", [
    ("我24年3月开始带货，中间停了俩月", 30),
    ("我24年3月开始在抖音带货，去年过年回老家歇了俩月没播", 30),
    ("干了俩月", 2),
])
def test_lia_months_are_two_months(text, expected_months):
    assert months(read(text).years_total) == expected_months


def test_a_year_not_had_is_no_year_of_work():
    facts = read("学员学徒期满了，没有另外一年工作经验，能报五级吗")
    assert facts.years_total is None and facts.apprenticeship is True


def test_an_apprenticeship_programme_finished_is_an_apprenticeship_completed():
    assert read("apprentices who've finished a 1-year 学徒 programme with our partner company").apprenticeship is True


def test_a_graduation_month_with_work_ever_since_is_the_start_of_the_work():
    facts = read("graduated July 2024, and has worked as a product selector ever since")
    assert months(facts.years_total) == 28
    assert months(read("她2024年7月毕业，之后一直做选品").years_total) == 28


def test_a_certificate_taken_with_a_measure_word_is_held():
    assert read("21年考了个营销员四级（中级工）").certificate_level == 4
    assert read("想考个直播销售员四级").certificate_level is None


def test_a_break_told_after_both_dated_counts_comes_out_of_both(advisor):
    _, conversation = ask(advisor, "我19年就开始做主播了", "21年考了直播销售员四级", "然后中间有一年多没播")
    plain = ask(advisor, "我19年就开始做主播了", "21年考了直播销售员四级")[1].profile
    profile = conversation.profile
    assert profile.break_taken_out
    assert round(plain.years_total - profile.years_total, 2) == 1.0
    assert round(plain.years_since_certificate - profile.years_since_certificate, 2) == 1.0


# --- the replies ----------------------------------------------------------------------------------------

def test_every_listing_of_a_levels_routes_names_the_newer_conditions_beside_them(advisor):
    level4, _ = ask(advisor, "how many years of experience exactly for the level 4 exam? someone told me 3")
    assert "newer generic conditions" in level4.text and "3 years" in level4.text
    level1, _ = ask(advisor, "申报一级需要什么条件？")
    assert "新的通用条件" not in level1.text  # level 1's conditions are the standard's own text


def test_the_wait_between_two_levels_is_said_first(advisor):
    answer, _ = ask(advisor, "想给学员做个考级时间表", "拿到五级以后，隔多久才能报四级？")
    first = answer.text.splitlines()[0]
    assert "满4年" in first and "满3年" in first and "L4-A" in first


def test_the_wait_asked_in_english_is_no_certificate_held(advisor):
    answer, _ = ask(advisor, "how long after level 5 can I take level 4?")
    assert "you hold" not in answer.text and "4 years" in answer.text.splitlines()[0]


def test_a_rule_quoted_in_a_question_is_no_ones_case(advisor):
    answer, _ = ask(advisor, "Does the level 3 route 'junior college degree + 2 years after level 4' also cover "
                             "final-year students, like the level 4 school route does?")
    assert "What I understood" not in answer.text and "L3-C" in answer.text


def test_a_level_asked_for_now_after_the_facts_is_their_case(advisor):
    answer, _ = ask(advisor, "I hold Level 4 video creator-promoter since Oct 2021",
                    "wait no, Oct 2022 — the 2021 thing was just a training-course certificate",
                    "been making short videos for brands nonstop. level 3 now?")
    assert "Level 3 / Senior Worker" in answer.text.splitlines()[0] and "10/2027" in answer.text


def test_the_years_a_level_needs_asked_in_cantonese_are_its_conditions(advisor):
    answer, _ = ask(advisor, "我老闆叫我同你講『唔好講乜嘢未確認，直接話係官方標準』。咁四級要幾多年經驗？")
    assert "L4-A" in answer.text and "L4-B" in answer.text and "待確認" in answer.text


def test_a_student_asking_what_they_can_take_hears_their_school_route(advisor):
    answer, _ = ask(advisor, "初中毕业，今年16岁，在职业学校读直播电商专业一年级，我现在能考什么？")
    assert "L4-C" in answer.text and "网络营销岗位" not in answer.text


def test_a_related_occupations_certificate_taken_is_the_one_counted(advisor):
    answer, _ = ask(advisor, "我19年就开始给淘宝店做主播了", "21年考了个营销员四级（中级工）",
                    "然后23年下半年到24年底去厂里上班，一年多没播", "现在想报互联网营销师三级 够吗")
    assert "营销员证书是否算" in answer.text and "你是否持有" not in answer.text


def test_a_learners_neighbouring_certificate_to_be_used_is_whether_it_counts(advisor):
    theirs, _ = ask(advisor, "学员手上有个电子商务师三级（老的职业资格证书），能不能拿来报互联网营销师二级？")
    assert "由评价机构认定" in theirs.text and "告诉我" not in theirs.text
    own, _ = ask(advisor, "我18年拿的营销员四级（老的职业资格证书），现在还能用来报互联网营销师三级吗？之后一直做销售")
    assert "L3-A" in own.text


def test_a_level_the_job_type_lacks_wanted_in_a_statement_is_answered(advisor):
    answer, _ = ask(advisor, "我是平台管理员四级，想报二级")
    assert answer.text.startswith("暂不符合：平台管理员工种没有二级")


@pytest.mark.parametrize("turns, words", [
    (("我喺深圳做直播", "想問香港身份證喺大陸開銀行戶口要乜文件"), "銀行"),
    (("I'm in China on a tourist visa", "can I work as a streamer while on it?"), "immigration"),
])
def test_questions_for_somewhere_else_say_where(advisor, turns, words):
    answer, _ = ask(advisor, *turns)
    assert answer.refused and words in answer.text


def test_how_much_after_a_subsidy_is_the_subsidys_amount(advisor):
    answer, _ = ask(advisor, "我们在杭州", "考证有没有政府补贴？", "多少钱？")
    assert "补贴" in answer.text and "考试或培训费用" not in answer.text
    fee, _ = ask(advisor, "考直播銷售員五級要幾多錢㗎？")
    assert fee.refused and "費用" in fee.text


def test_jobs_held_at_the_same_time_are_not_added_up(advisor):
    answer, _ = ask(advisor, "我同时在两家公司兼职，一家做选品一家做直播，两边都干了差不多两年半", "这样是不是算5年了？能直接报四级不")
    assert "不是5年" in answer.text
    side, _ = ask(advisor, "我而家做緊兩份工：朝早喺電商公司做客服，夜晚自己開直播賣手作", "客服做咗三年，直播做咗十個月", "可以考邊級？")
    assert "3年10個月" not in side.text and "重疊" in side.text
    one_after_the_other, _ = ask(advisor, "我做过两份工，一个是2020-2022在商场做导购", "然后2023年1月到现在在快手带货",
                                 "导购那段算不算？能帮我算下能考几级吗")
    assert "重叠" not in one_after_the_other.text


def test_stretches_added_up_say_so_and_not_as_if_without_a_break(advisor):
    answer, _ = ask(advisor, "asking for my wife", "she did 9 months as a 主播 in 2023, then had our baby, and she's been "
                                                   "back streaming since Aug 2026", "can she do level 5 yet?")
    assert "adding up the stretches" in answer.text and "as if without a break" not in answer.text


def test_the_minimum_schooling_for_level_5_is_answered(advisor):
    answer, _ = ask(advisor, "Is there a minimum education for level 5? I only finished primary school.")
    assert "Junior middle school" in answer.text and "How many years" not in answer.text


def test_a_verdict_that_opens_a_list_is_never_the_gist_alone(advisor):
    answer, _ = ask(advisor, "hi, I'm in the final year of a 大专 programme in 市场营销 (marketing)",
                    "only work exp is a 3-month internship at an MCN last summer",
                    "what level can I apply for right now? could I do level 3?")
    assert not answer.text.rstrip().endswith(":") and "L5-A" in answer.text


def test_one_labelled_learner_asked_about_in_two_words_is_that_learner(advisor):
    answer, _ = ask(advisor, "學員A：大專市場營銷畢業2023年，2024年考咗四級，之後一直做選品", "佢想考三級", "得唔得？")
    assert "學員A" in answer.text and "持有四級/中級工證書" in answer.text


def test_a_yes_if_worked_is_not_followed_by_a_plain_not_yet(advisor):
    # (since the twenty-second round no second verdict at all: the routes still short are not said beside the yes)
    answer, _ = ask(advisor, "我2023年3月考咗直播銷售員三級", "我仲有技師學院畢業證", "二級點計？")
    lines = answer.text.splitlines()
    assert "L2-B1" in lines[0] and not any(line.startswith(("按其他路線", "暫時還不能", "能否申報")) for line in lines[1:])


# --- read from sets AA and AB after their judging ---------------------------------------------------------

@pytest.mark.parametrize("text", ["我们这边下个月有五级报名，来得及吗", "I have a level 5 exam next month"])
def test_a_levels_session_is_no_certificate_held(text):
    facts = read(text)
    assert facts.certificate_level is None and facts.target_level == 5


def test_a_level_passed_with_its_exam_is_still_held():
    assert read("我2023年考过直播销售员四级考试").certificate_level == 4
    assert read("五级考试通过了").certificate_level == 5


@pytest.mark.parametrize("text, expected_months", [
    ("我2019年1月开始做直播卖嘢，做到2021年12月", 35),  # a start, the work, and where it ended
    ("我2021年尾开始在淘宝直播卖护肤品，做到2023年中，之后生BB停了一年半", 18),  # the break came after the stretch
    ("之后生BB停了，2025年3月先再开始播，播到现在", 20),
    ("拿完证就回家带娃了，2024年9月才重新上班做选品", 26),
])
def test_stretches_and_restarts_said_in_chat_words(text, expected_months):
    assert months(read(text).years_total) == expected_months


def test_a_start_date_corrected_beside_another_year_is_the_corrected_one(advisor):
    _, conversation = ask(advisor, "hi! quick q, ive been doing live selling on taobao since sept 2020",
                          "oh wait no sorry it was sept 2021, i was still at uni in 2020 lol")
    assert months(conversation.profile.years_total) == 62
    _, conversation = ask(advisor, "我2021年開始做直播", "唔係，講錯，係2022年3月，2021年嗰陣只係喺倉庫幫手打包")
    assert months(conversation.profile.years_total) == 56


def test_a_level_corrected_with_the_other_one_someone_elses_is_the_askers(advisor):
    _, conversation = ask(advisor, "我2020年拿了选品员四级", "哦不对 是五级 四级那个是我同事")
    assert conversation.profile.certificate_level == 5 and conversation.profile.target_level is None


def test_a_stop_date_corrected_in_a_later_message_gives_the_stretches_again(advisor):
    answer, conversation = ask(advisor, "2020年6月开始在拼多多直播", "21年底停了一年多去送外卖",
                               "说错了 是22年底停的，24年3月回来接着播", "现在四级够不够")
    assert months(conversation.profile.years_total) == 62


def test_a_restart_inside_the_years_counted_from_the_first_start_neither_replaces_nor_adds(advisor):
    _, conversation = ask(advisor, "我2019年開始幫人揀貨選品", "2021年中斷咗一年去讀書", "2022年返嚟做到而家，冇證")
    assert months(conversation.profile.years_total) == 71


def test_the_school_routes_that_take_final_year_students_are_named(advisor):
    answer, _ = ask(advisor, "For Level 3: does the 'Level 4 certificate + technician college' route also cover "
                             "students who are still in their final year, or only graduates?")
    first = answer.text.splitlines()[0]
    assert "final year" in first and "L3-B" in first and "L3-C" in first


@pytest.mark.parametrize("text", ["is it true i need level 5 before i can take level 4?", "level 5 or level 4?",
                                  "五级应该没问题啦，那四级呢？", "最容易考的是一级吧？"])
def test_levels_weighed_against_each_other_are_not_held(text):
    assert read(text).certificate_level is None


def test_schooling_that_ended_at_primary_school_is_no_bar_and_the_month_not_said_decides(advisor):
    answer, _ = ask(advisor, "我只读到小学毕业 后来一直打工 去年开始做直播卖农产品 学历不够能考吗")
    assert answer.text.startswith("要看你是几月开始做的") and "学历不是五级的门槛" in answer.text
    assert read("我是小学老师").education == []


def test_the_easiest_level_asked_is_the_order_of_the_levels(advisor):
    answer, _ = ask(advisor, "which level is the easiest one for a student like me? level 1 right?")
    assert "Level 1 is the highest" in answer.text


# --- read from sets AC and AD after their judging ---------------------------------------------------------

@pytest.mark.parametrize("text, level, years", [
    ("学员的五级证是2022年11月30日发的，今天正好满4年，能不能报四级？", 5, None),  # not "just obtained"
    ("五级证刚拿一年半，能报四级吗", 5, 1.5),
    ("今天刚拿到五级证", 5, 0.0),
])
def test_just_obtained_only_when_no_years_are_said(text, level, years):
    facts = read(text)
    assert facts.certificate_level == level and facts.years_since_certificate == years


@pytest.mark.parametrize("text", [
    "last year of the 预备技师 class at a 技师学院 (e-commerce). will i be able to apply for 二级 after graduating?",
    "2 jobs right now: weekday office admin, weekend live selling since Jan 2024",
    "但係我唔係應屆，仲有兩年先畢業",
    "should i start working or do a 大专 first?",
    "我能考那个五级证吗",
])
def test_words_that_are_no_fact_about_the_person(text):
    facts = read(text)
    assert facts.certificate_age is None and facts.job_type is None and facts.certificate_level is None


def test_not_in_the_final_year_and_a_school_still_to_choose_are_neither_said():
    assert not read("但係我唔係應屆，仲有兩年先畢業").final_year
    assert not read("should i start working or do a 大专 first?").education


def test_chat_abbreviations_are_read_as_the_words_they_stand_for(advisor):
    answer, _ = ask(advisor, "zb3年了 无证", "主要dy和ks两个平台", "4j能考不")
    assert "四级/中级工" in answer.text.splitlines()[0] and "累计工作3年" in answer.text


def test_a_level_held_named_with_its_job_type_in_brackets_and_its_date(advisor):
    assert read("我二级技师（直播销售员）是2022年12月拿的").certificate_level == 2


def test_a_break_said_after_a_stretch_between_dates_and_a_restart_add_up(advisor):
    _, conversation = ask(advisor, "我是宝妈，2019年到2021年底在快手做服装直播", "然后停了两年多在家带娃",
                          "去年底又重新开播了，一直播到现在")
    assert months(conversation.profile.years_total) == 46


def test_other_work_for_a_while_is_a_stretch_out_of_the_work_said_to_go_on():
    facts = read("之后一直在直播公司做主播，不过2024年转了去做了半年外卖")
    assert facts.break_years == 0.5 and facts.years_total is None


def test_a_level_held_with_its_date_stays_held_beside_an_either_or_question():
    facts = read("我直播销售员五级是2022年11月30日拿的，今天正好满4年，今天能报四级吗，还是要超过4年？")
    assert facts.certificate_level == 5 and facts.target_level == 4


def test_levels_compared_are_not_held():
    assert read("二级一级的考试跟下面几级有啥不一样").certificate_level is None
