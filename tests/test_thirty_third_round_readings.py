"""Added in the thirty-third round: people told in messages of their own without a label ("学员张姐 45岁…" then
"另一个学员小刘…", "阿欣做咗4年直播…" then "阿Ken就啱啱入行半年…", "老公做咗7年" then "細佬做咗2年…"); claims about a
level's conditions other than years, checked ("大专毕业可以直接报三级对吧 我一直这么说的", "I tell learners any 大专
counts", "our sales team says you MUST hold 五级 first", a claim then "我这样回答对不对"); narrow details asked by their
own words (recognition abroad, an exam online, which kind of certificate, which of two sets of conditions, an
unrelated major); another place's own rules; the earliest date of a level two or more steps up; a school planned, a
break for a child, a start date said "疫情那会"."""
from __future__ import annotations

import pytest

from bot.answering.people import introduced_person, names_someone_else, person_named_first
from bot.eligibility import Profile, parse_profile
from bot.eligibility.condition_claims import check_condition_claim, parse_condition_claim
from bot.eligibility.rules import load_rules
from bot.language import mandarin_words, to_simplified
from tests.test_answer_plan import ask
from tests.test_eligibility_engine import RULES_PATH


@pytest.fixture(scope="module")
def rules():
    return load_rules(RULES_PATH)


def _words(text: str) -> str:
    return mandarin_words(to_simplified(text)).lower()


# --- people told in messages of their own ---------------------------------------------------------------------------

def test_a_learner_by_role_and_name_is_kept_apart_from_the_next_one(advisor):
    answer, _ = ask(advisor, "学员张姐 45岁 初中毕业 在村里帮合作社直播卖货3年", "另一个学员小刘 22岁 本科 刚入行", "张姐学历够吗 能报几级")
    assert "张姐" in answer.text and "累计工作3年" in answer.text
    assert "大专或以上" not in answer.text  # (the bachelor's is 小刘's)


def test_a_name_asked_about_is_never_someone_elses_case(advisor):
    answer, _ = ask(advisor, "我有个学员叫王姐 做了五年直播 没证", "还有一个学员小周 四级证书2023年拿的", "王姐能报几级")
    assert "王姐" in answer.text and "累计工作5年" in answer.text and "小周" not in answer.text


def test_a_name_not_among_the_people_described_is_someone_else():
    people = [("小周", Profile(certificate_level=4))]
    assert names_someone_else("王姐能报几级", people)
    assert not names_someone_else("小周能报几级", people)
    assert not names_someone_else("老师说能报几级", people)


@pytest.mark.parametrize("message, label", [
    ("我哋MCN有兩個主播，阿欣做咗4年直播，2022年考咗五級", "阿欣"),
    ("另一位剪輯師小林，2023年考了視頻創推員五級", "小林"),
    ("我家老大在技师学院读电商", "老大"),
    ("細佬做咗2年，啱啱考咗五級", "细佬"),
    ("another trainee 小刘 just graduated from 本科", "小刘"),
    ("还有个00后妹子 中专电商毕业 做视频剪辑两年了 有五级", "妹子"),
    ("我做了三年直播", "我"),
])
def test_the_person_a_message_is_about_is_the_first_one_it_names(message, label):
    assert person_named_first(message) == label


def test_a_message_about_nobody_named_introduces_no_one():
    assert introduced_person("做了三年直播 没证") is None
    assert introduced_person("我做了三年直播 没证") is None  # (the asker)


def test_a_second_person_told_in_a_message_of_their_own_keeps_the_first_ones_facts(advisor):
    answer, _ = ask(advisor, "我哋MCN有兩個主播，阿欣做咗4年直播，2022年考咗五級", "阿Ken就啱啱入行半年，大學讀傳理", "阿欣而家可唔可以報四級？")
    assert "阿欣" in answer.text and "可以申報四級" in answer.text and "6個月" not in answer.text


def test_two_relatives_told_one_after_the_other_are_kept_apart(advisor):
    answer, _ = ask(advisor, "我老公同佢細佬一齊喺東莞做直播帶貨", "老公做咗7年，冇證", "細佬做咗2年，啱啱考咗五級", "我老公可唔可以直接考三級？")
    assert "累計工作7年" in answer.text and "持有五級" not in answer.text


def test_the_one_named_gets_their_level_asked_when(advisor):
    answer, _ = ask(advisor, "我們公司有位主播阿美，2020年入行，2022年考了四級（中專電商畢業直接報的）",
                    "另一位剪輯師小林，2023年考了視頻創推員五級", "小林想報四級，什麼時候可以？")
    assert "小林" in answer.text and "四級" in answer.text and "培訓參考學時" not in answer.text


# --- claims about a level's conditions other than years -------------------------------------------------------------

@pytest.mark.parametrize("statement, kind, level, holds", [
    ("我跟学员说没有学历也能考五级 对吗", "no_school", 5, True),
    ("I tell learners any 大专 counts, even accounting, right?", "any_major", 0, False),
    ("我们HR培训手册里写着 考三级要本科学历", "school_required", 3, False),
    ("our sales team says you MUST hold 五级 first to take 四级", "lower_first", 4, False),
    ("我话佢一定要由五级重新考过 先可以考三级", "lower_first", 3, True),
    ("有学徒问学徒期满了能不能直接报五级 我说必须先工作满一年", "apprenticeship_not_enough", 5, False),
    ("大专毕业可以直接报三级对吧", "school_enough", 3, None),  # (no under the template; the newer conditions differ)
    ("电商专业的学生毕业就能考四级?", "school_enough", 4, True),
])
def test_a_claim_about_a_levels_conditions_is_read_and_checked(rules, statement, kind, level, holds):
    claim = parse_condition_claim(_words(statement))
    assert claim is not None and (claim.kind, claim.level) == (kind, level)
    assert check_condition_claim(claim, rules).holds is holds


def test_a_claim_of_years_or_of_nothing_is_no_condition_claim():
    assert parse_condition_claim(_words("取得四级证书后满5年可申报三级")) is None
    assert parse_condition_claim(_words("我有大专 做了两年")) is None


def test_what_a_trainer_tells_learners_about_any_major_is_corrected(advisor):
    answer, _ = ask(advisor, "HR here, I do the FAQ for our in-house 直播 training", "I tell learners any 大专 counts, even accounting, right?")
    assert answer.text.startswith("Not correct") and "related major" in answer.text
    assert "You can apply" not in answer.text  # (the HR person is not the one applying)


def test_a_diploma_said_to_lead_straight_to_level_3_is_checked_on_both_sets(advisor):
    answer, _ = ask(advisor, "我是培训学校的老师，经常有学员问", "大专毕业可以直接报三级对吧 我一直这么说的")
    assert answer.text.startswith("按通用模板不行") and "ALT-L3-F" in answer.text and "L3-A" in answer.text


def test_a_claim_said_before_is_checked_when_asked_if_right(advisor):
    answer, _ = ask(advisor, "我是人力资源部的 负责公司学徒制项目", "有学徒问学徒期满了能不能直接报五级 我说必须先工作满一年", "我这样回答对不对")
    assert answer.text.startswith("不对") and "L5-B" in answer.text


def test_the_askers_own_case_is_not_taken_for_a_claim(advisor):
    answer, _ = ask(advisor, "我大专毕业 电子商务专业 做了两年直播", "大专毕业可以直接报三级吗")
    assert not answer.text.startswith(("不对", "对：", "按通用模板不行"))


# --- details asked by their own words, and other places' rules ------------------------------------------------------

def test_whether_years_count_from_the_exam_date_is_not_refused_as_an_exam_date(advisor):
    answer, _ = ask(advisor, "My colleague and I both passed 四级 直播销售员 in Sept 2026", "I got the cert in Oct, hers still isn't issued",
                    "for her, does the clock start from the exam date?")
    assert not answer.refused and "issue date or the exam date" in answer.text


def test_breaking_rules_is_no_lost_certificate(advisor):
    answer, _ = ask(advisor, "been doing zhibo daihuo on douyin without any cert", "do i legally need the zhengshu or am i breaking rules?")
    assert "replacement" not in answer.text


@pytest.mark.parametrize("question, words", [
    ("would Malaysian companies or govt recognise it?", "recognised outside the mainland"),
    ("can I take the 四级 exam online from here?", "remote or at-home exams"),
    ("is it a 职业资格证书 or 职业技能等级证书? an older colleague insists", "not a vocational qualification certificate"),
    ("does an unrelated major affect my application?", "relevant majors"),
])
def test_a_narrow_detail_asked_gets_its_entry(advisor, question, words):
    answer, _ = ask(advisor, question)
    assert words in answer.text


def test_which_of_two_sets_of_conditions_gets_the_entry_on_them(advisor):
    answer, _ = ask(advisor, "我们机构在整理报考条件 网上两套说法", "一套四级是累计6年 一套是累计5年", "互联网营销师到底用哪套")
    assert "新的通用申报条件" in answer.text


@pytest.mark.parametrize("question", ["马来西亚那边对主播有什么规定 要不要证", "香港要唔要報呢份收入嘅稅？", "what are the rules for live sellers in Thailand?"])
def test_another_places_own_rules_are_said_to_be_outside_the_knowledge_base(advisor, question):
    answer, _ = ask(advisor, question)
    assert "mainland" in answer.text or "内地" in answer.text or "內地" in answer.text


# --- dates and facts --------------------------------------------------------------------------------------------------

def test_the_earliest_date_of_a_level_two_steps_up_is_worked_out(advisor):
    answer, _ = ask(advisor, "我2024年3月拿的直播销售员四级", "之后一直在公司做直播 没断过", "之后最快哪年能考二级？")
    assert "2033年3月" in answer.text and "二级/技师" in answer.text.splitlines()[0]


@pytest.mark.parametrize("message", ["如果我今學期報四級，之後三級最快幾時？我打算畢業後讀埋大專",
                                     "which is earlier for me: 三级 by waiting 5 yrs, or doing a 大专 first?"])
def test_a_school_planned_is_not_a_diploma_held(message):
    assert not parse_profile(_words(message)).education


def test_a_break_for_a_child_before_a_restart_is_not_work(advisor):
    _, conversation = ask(advisor, "我2019年开始做主播 做到2021年底", "然后回老家带娃两年多 今年3月重新开始直播")
    assert 3.4 < conversation.profile.years_total < 3.8


def test_a_start_year_said_with_when_it_was_is_a_start_date():
    facts = parse_profile(_words("她2020年疫情那会开始在抖音卖农产品 到现在没停过"))
    assert facts.years_total_from_date and facts.years_total > 5.5  # (from the year's last month at least)


def test_a_claim_a_message_before_is_checked_when_a_learner_asks_about_it(advisor):
    answer, _ = ask(advisor, "我们HR培训手册里写着 考三级要本科学历", "员工问我 是不是大专 中专都不行")
    assert answer.text.startswith("不对") and "L3-A" in answer.text
    assert "中专/中职" not in answer.text  # (the schools asked about are nobody's)


def test_training_said_to_be_compulsory_is_corrected(advisor):
    answer, _ = ask(advisor, "I coordinate training at a vocational school",
                    "I've been telling students formal training hours are compulsory before any level exam, 120 hrs for 五级 etc.",
                    "is that accurate?")
    assert answer.text.startswith("Not correct") and "L1-B" in answer.text


def test_a_trainers_rule_is_checked_beside_their_schools_facts(advisor):
    answer, _ = ask(advisor, "I teach at a 技师学院, our 电商 programme has a 预备技师 track",
                    "I tell grads with the 预备技师 certificate they can apply for 二级 after 2 years of work. correct?")
    assert answer.text.startswith("Correct") and "L2-B2" in answer.text


def test_a_sales_teams_claim_then_can_people_skip_is_checked(advisor):
    answer, _ = ask(advisor, "we run 四级 classes; our sales team says you MUST hold 五级 first", "is that how the standard works or can people skip?")
    assert answer.text.startswith("Not correct") and "L4-B" in answer.text


def test_when_results_come_out_is_not_covered(advisor):
    answer, _ = ask(advisor, "my partner sat the 视频创推员 三级 exam last week in Chengdu", "how long until results come out?")
    assert answer.refused and "results" in answer.text
