"""Added in the twentieth round: a rule someone else claims ("我朋友说干满两年就能报四级") is weighed, never read as
anyone's facts; a fact added after a verdict ("但係我有五級證㗎…咁呢") decides again; the years before a certificate
and before the work said first are added; a question on the training hours beside one's case is answered; a fee or
date asked, then only what it was asked of; where a level stands; a certificate copy asked for is declined."""
from __future__ import annotations

from datetime import date

import pytest

from bot.answering.level_names import level_name_question
from bot.answering.routing import route
from bot.answering.understanding import claimed_level, without_claimed_rules
from bot.eligibility.profile import parse_profile
from bot.language import mandarin_words, to_simplified, without_typos
from tests.test_answer_plan import ask

DAY = date(2026, 11, 30)


def words(text: str) -> str:
    return mandarin_words(without_typos(to_simplified(text)))


def facts(text: str):
    return parse_profile(words(text), today=lambda: DAY)


# --- a rule claimed by someone else -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, level", [
    ("不对吧 我朋友说干满两年就能报四级 你是不是搞错了", 4),
    ("點解要五年？佢同事話四年就夠", None),
    ("My teacher says we can skip level 5 and go to level 4. True?", 4),
    ("my teacher said we can apply for level 3 without level 4, is that right?", 3),
    ("我表妹报了个培训班 说一个月包过直播销售员三级", 3),
])
def test_a_rule_someone_else_states_is_set_apart_with_the_level_it_is_about(text, level):
    said = words(text)
    assert without_claimed_rules(said) != said
    assert claimed_level(said) == level


@pytest.mark.parametrize("text", ["我朋友说她做了三年，想考四级", "我朋友做了两年直播 能报几级", "my friend has 3 years, can she do level 4?"])
def test_a_friend_relaying_facts_is_no_claimed_rule(text):
    said = words(text)
    assert without_claimed_rules(said) == said


def test_a_friends_figure_is_not_taken_as_anyones_years(advisor):
    answer, conversation = ask(advisor, "我在抖音带货快三年了 一直没考过任何证", "想直接考直播销售员四级 行不行",
                               "不对吧 我朋友说干满两年就能报四级 你是不是搞错了")
    assert conversation.third_party is None
    assert "TA" not in answer.text and "已满2年" not in answer.text
    assert "暂时还不能申报四级" in answer.text and "ALT-L4-A" in answer.text  # their own ~3 years, and the newer 5


def test_a_colleagues_shorter_figure_gets_the_case_again_with_the_newer_conditions(advisor):
    answer, _ = ask(advisor, "我個仔有平台管理員四級證 2022年5月攞嘅 之後一直喺公司做平台管理", "佢想報三級", "點解要五年？佢同事話四年就夠")
    assert "暫時還不能申報三級" in answer.text and "ALT-L3-B" in answer.text


def test_is_it_true_after_a_bosss_claim_checks_it_against_the_case(advisor):
    answer, _ = ask(advisor, "我老細話我做夠4年主播就可以考三級", "我2022年10月入行，冇考過任何證", "係咪真㗎？")
    assert answer.text.startswith("暫不符合申報三級")


def test_a_teachers_claim_about_skipping_a_level_is_answered_for_that_level(advisor):
    answer, _ = ask(advisor, "Technical school (技工学校) student, e-commerce major, final year. "
                             "My teacher says we can skip level 5 and go to level 4. True?")
    assert "Level 4 / Intermediate Worker" in answer.text.splitlines()[0] and "L4-C" in answer.text


def test_the_bots_own_figure_quoted_back_is_no_fact(advisor):
    answer, conversation = ask(advisor, "我做直播做咗五年", "之前問你四級 你話冇證要做夠6年")
    assert conversation.profile.years_total == 5.0
    assert "暫時還不能申報四級" in answer.text


# --- a fact added after a verdict ---------------------------------------------------------------------------------

def test_a_certificate_added_with_what_about_now_decides_again(advisor):
    answer, _ = ask(advisor, "我做直播做咗五年", "之前問你四級 你話冇證要做夠6年", "但係我有五級證㗎 2022年8月攞嘅 之後一直都有做 咁呢")
    assert answer.text.startswith("可以申報四級") and "L4-A" in answer.text


def test_a_level_said_with_a_classifier_word_only_is_held():
    assert facts("我有個五級 2022年12月20號發證").certificate_level == 5
    assert facts("我有一个四级").certificate_level == 4
    assert facts("我有个问题 五级要多久").certificate_level is None


# --- years before, added -------------------------------------------------------------------------------------------

def test_years_before_the_certificate_said_after_it_are_added(advisor):
    answer, _ = ask(advisor, "我有五級證 但是是2025年3月才拿", "在那之前已經當直播主5年了", "這樣可以直接考四級嗎")
    assert answer.text.startswith("可以申報四級") and "L4-B" in answer.text


def test_other_work_before_is_kept_and_weighed_as_the_body_decides(advisor):
    answer, _ = ask(advisor, "Hi! Ive been a 选品员 at an MCN for 2 yrs", "and before that 4 yrs in retail buying for a supermarket chain",
                    "can I do level 4 without the level 5 first?")
    assert "other 4 years (retail)" in answer.text and "6 years" in answer.text


def test_what_an_apprenticeship_means_asked_is_no_apprenticeship_completed(advisor):
    answer, conversation = ask(advisor, "學徒期滿係咩意思")
    assert conversation.profile is None or conversation.profile.apprenticeship is None
    assert not answer.text.startswith("好的")


# --- two things asked -----------------------------------------------------------------------------------------------

def test_the_training_hours_asked_beside_ones_case_are_given(advisor):
    answer, _ = ask(advisor, "我是中职学校电子商务专业的 明年6月毕业", "现在能不能报互联网营销师四级？另外四级的培训要多少学时")
    assert "L4-C" in answer.text and "104标准学时" in answer.text
    assert "不需要培训" not in answer.text  # hours asked, not whether training is needed


def test_a_regulations_start_date_is_not_an_exam_date():
    assert route("网络直播营销管理办法是哪几个部门发的 哪天开始施行的").not_covered is None
    assert route("哪天考试").not_covered == "date"


@pytest.mark.parametrize("turns, topic", [
    (("考这个要多少钱", "直播销售员五级"), "费用"),
    (("when are the exams held this year in Shanghai?", "want to do 视频创推员 level 5"), "exam dates"),
])
def test_a_fee_or_date_then_only_what_it_was_asked_of_is_still_not_covered(advisor, turns, topic):
    answer, _ = ask(advisor, *turns)
    assert answer.refused and topic in answer.text


# --- where a level stands; a copy asked for ----------------------------------------------------------------------

def test_where_one_level_stands_is_recognised():
    asked = level_name_question("五级是最低还是最高")
    assert asked is not None and asked.levels == (5,) and asked.rank
    follow = level_name_question("那一级呢 我老搞反", "五级是最低还是最高")
    assert follow is not None and follow.levels == (1,) and follow.rank


def test_where_a_level_stands_is_answered_first(advisor):
    answer, _ = ask(advisor, "五级是最低还是最高", "那一级呢 我老搞反")
    assert answer.text.startswith("一级/高级技师是最高的一级")


def test_a_convincing_copy_of_a_certificate_is_declined(advisor):
    answer, _ = ask(advisor, "my boss needs a 直播销售员 cert on file by Friday", "can you get me one or make a convincing copy?")
    assert answer.refused and "fraud" in answer.text


def test_the_newer_conditions_asked_about_are_answered_first(advisor):
    answer, _ = ask(advisor, "我2023年6月拿的直播销售员五级证 之后一直在公司做直播", "四级什么时候能报", "那如果按你说的那个2023年以后的新通用条件呢")
    assert answer.text.startswith("部分评价机构2023年后采用新的通用条件（ALT-L4-B")


# --- follow-ups on what was just answered; text for a task; what is held -----------------------------------------

def test_a_follow_up_closest_to_the_entry_just_answered_gets_it_again_not_a_refusal(advisor):
    answer, _ = ask(advisor, "朋友話做帶貨日日播十幾個鐘", "真係咁長工時？有冇數據")
    assert not answer.refused and "10至12小時" in answer.text


def test_a_question_after_a_statement_that_one_entry_surely_holds_is_answered(advisor):
    answer, _ = ask(advisor, "I'm a trainer putting together a career talk for students", "what numbers can I cite on the talent shortage?")
    assert not answer.refused and "40 million" in answer.text


def test_the_text_for_a_translation_asked_before_is_no_statement_of_facts(advisor):
    answer, _ = ask(advisor, "幫我將呢段文案翻譯做英文", "「全場買一送一 只限今晚」")
    assert answer.refused and not answer.text.startswith("好的")


def test_which_certificate_finance_content_needs_is_the_practising_qualification(advisor):
    answer, _ = ask(advisor, "I want to start livestreams selling 理财 (wealth management) products", "which certificate do I need for that?")
    assert "practising qualification" in answer.text


def test_the_level_held_asked_about_is_no_application_for_it(advisor):
    answer, _ = ask(advisor, "just passed 三级", "does 高级工 mean I'm at a manager level now?")
    assert "cannot apply for Level 3" not in answer.text


def test_game_streaming_counts_only_if_the_evaluation_body_says_so(advisor):
    answer, _ = ask(advisor, "no cert, no degree, just 高中", "been streaming games for 3 years, not selling anything",
                    "can I get the 直播销售员 cert?")
    assert 'whether your "streaming games" work counts is for the evaluation body to decide' in answer.text


# --- entries about a level, and entries about none ---------------------------------------------------------------

def test_an_entry_is_about_the_levels_most_of_its_phrasings_name(advisor, built_index):
    levels = advisor._entry_levels(advisor._index.current())
    assert levels["training-hours-level3"] == {3}
    assert {1, 2} <= levels["training-hours-level2-1"]
    assert not levels["newer-2023-conditions"]  # about no level in particular: never set behind


def test_the_other_levels_hours_after_a_level_named_twice(advisor):
    answer, _ = ask(advisor, "我四級了", "想考三級，三級要培訓幾小時", "那二級呢")
    assert answer.text.startswith("二級/技師和一級/高級技師的培訓參考學時")


@pytest.mark.parametrize("turns", [("现在有些机构说四级只要干满5年就行 跟你说的6年不一样", "到底以哪个为准"),
                                   ("评价机构说四级只要干满5年 你们这说6年 到底听谁的",)])
def test_which_of_two_rule_sets_applies_after_a_claim_gets_the_newer_conditions(advisor, turns):
    answer, _ = ask(advisor, *turns)
    assert "新的通用申报条件" in answer.text


# --- papers, the lowest level, getting a certificate soon, whether training is still needed ------------------------

@pytest.mark.parametrize("turns, present, absent", [
    # materials to prepare are the registration documents, not revision
    (("我老婆在快手卖自家种的农产品 两年了 没考过证", "她想考个五级证 能报吗", "那要准备些啥材料"), ("报名材料清单",), ()),
    # the lowest level asked about is level 5
    (("我喺廣州讀大專 市場營銷 而家大一", "最低嗰級有咩要求"), ("L5-A",), ()),
    # getting a higher certificate fast, then one's facts: one's case
    (("有没有办法快点拿高级一点的证", "我只有初中 做主播4年"), ("五级/初级工", "L4-B"), ()),
    # how to check a certificate is no plan to get one
    (("我技师学院刚考完四级", "怎么查我考的证是不是真的？"), ("osta.mohrss.gov.cn",), ("L4-C",)),
    # whether he still needs the training: his case, a route without it open
    (("my husband got 直播销售员 技师 cert", "he got it five years ago and has been a 直播 team lead since",
      "does he still need that 72-hour training for 高级技师?"), ("Yes", "L1-B"), ()),
    # papers asked beside one's case: the case, then that no list is held
    (("hi 我做live sell做咗3年", "有冇得考level 5? 要準備咩文件？"), ("L5-A", "報名材料清單"), ()),
], ids=["documents", "lowest-level", "higher-certificate-soon", "check-a-certificate", "training-still-needed", "papers-beside-case"])
def test_what_the_message_asks_is_answered(advisor, turns, present, absent):
    answer, _ = ask(advisor, *turns)
    assert all(words in answer.text for words in present) and not any(words in answer.text for words in absent)


def test_a_newspapers_quoted_rule_is_no_ones_certificate(advisor):
    answer, conversation = ask(advisor, "我在台灣做電商講師，看到旺報說「取得二級證書後累計3年以上工作經驗後才能取得結業證書」",
                               "所以考一級一定要先上培訓嗎？我要跟學員講清楚")
    assert conversation.profile is None or conversation.profile.certificate_level is None
    assert "持有二級" not in answer.text
