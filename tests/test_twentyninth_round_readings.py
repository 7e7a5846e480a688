"""Added in the twenty-ninth round: rules cited, quoted or set as a quiz are nobody's facts ("按“五级证书后累计4年”
那条，我还差多久？", "证3年有效", quiz options); a rule set out to be checked gets a verdict ("判断题 … 我标的√",
"fill in: Level 3 needs __ years after Level 4", a multiple-choice item); the asker's own answer given after the
item is read with it; a date said with its month, less a break, is counted as it is; "咋查真假" is a question of
its own, not a doubt of what was said before."""
from __future__ import annotations

from datetime import date

import pytest

from bot.answering.answer_check import checks_an_answer, with_what_was_checked
from bot.answering.cited_rules import without_cited_rules
from bot.answering.claims import claims_doubted
from bot.eligibility.engine import FAILED, UNKNOWN, evaluate_condition
from bot.eligibility.profile import Profile, parse_profile
from bot.eligibility.rule_check import RuleClaim, check, marked_answer, options, parse_claim
from bot.language import mandarin_words, to_simplified
from tests.test_answer_plan import ask

DAY = date(2026, 11, 30)  # the tests' day (tests/conftest.py)


def words(text: str) -> str:
    return mandarin_words(to_simplified(text))


def facts(text: str):
    return parse_profile(without_cited_rules(words(text)), today=lambda: DAY)


# --- rules cited, quoted or set as a quiz -------------------------------------------------------------------------

@pytest.mark.parametrize("said", [
    "想报四级，按“五级证书后累计4年”那条，我还差多久？",
    "现在想报直播销售员三级，按四级证书后满5年算，还差几天？",
    "如果兼職唔計，我幾時先夠五級後4年？",
    "I wrote: 'Level 4 without any certificate = 5 years of work in the occupation'",
    "培訓機構話我嘅直播銷售員證3年有效，到期要交錢繼續教育續證",
    "題目：取得四級/中級工證書後，累計從事本職業或相關職業工作滿5年（含），可申報三級/高級工。 我標的√",
])
def test_the_years_of_a_rule_cited_are_not_the_askers(said):
    profile = facts(said)
    assert profile.years_since_certificate is None and profile.years_total is None, said


def test_quiz_options_are_no_certificate_held():
    said = "「以下邊項唔係一級申報條件？A. 取得二級證書後累計工作滿4年 B. 取得二級證書後累計工作滿3年 C. 取得三級證書後累計工作滿6年」"
    profile = facts(said)
    assert profile.certificate_level is None and profile.years_since_certificate is None


def test_the_askers_own_years_beside_an_apostrophe_are_kept():
    profile = facts("I've worked 5 years and I got level 4 in 2020, it's been a while")
    assert profile.years_total == 5 and profile.certificate_level == 4


def test_what_a_cited_rule_leaves_is_the_level_wanted():
    assert "三级" in without_cited_rules(words("现在想报直播销售员三级，按四级证书后满5年算，还差几天？"))


# --- a rule set out to be checked -----------------------------------------------------------------------------------

def test_a_rule_of_years_is_parsed_with_its_levels():
    assert parse_claim(words("取得四级/中级工证书后，累计从事本职业或相关职业工作满5年（含），可申报三级/高级工")) == RuleClaim(3, 4, 5.0, False, False)
    assert parse_claim(words("fill in the blank: 'Level 3 needs __ years after Level 4.'")) == RuleClaim(3, 4, None, False, False)
    assert parse_claim(words("Level 4 without any certificate = 5 years of work in the occupation")) == RuleClaim(4, None, 5.0, False, False)


def test_a_school_route_or_several_routes_are_left_to_the_full_answer():
    assert parse_claim(words("申报三级/高级工须具备大专及以上学历")) is None
    assert parse_claim(words("四级申报条件：①累计工作满5年；②取得五级证书后满3年")) is None


def test_the_verdict_follows_the_rules(advisor):
    rules = advisor.rules
    right = check(RuleClaim(3, 4, 5.0, False, False), rules)
    assert right.holds_template is not None and right.holds_template.id == "L3-A"
    assert right.newer is not None and right.newer["id"] == "ALT-L3-B"
    wrong = check(RuleClaim(4, None, 5.0, False, False), rules)
    assert wrong.holds_template is None and wrong.template.id == "L4-B"
    none = check(RuleClaim(1, 3, 6.0, False, False), rules)
    assert none.template is None


def test_the_askers_answer_and_the_options_are_read():
    assert marked_answer(words("我答案写的5 对不对")) == "5"
    assert marked_answer(words("我揀C 啱嘛")).upper() == "C"
    assert marked_answer("I marked false. right?").lower() == "false"
    assert [letter for letter, _ in options("A. 取得二级证书后满4年 B. 满3年并经培训 C. 取得三级证书后满6年")] == ["A", "B", "C"]


def test_a_true_or_false_item_gets_its_verdict(advisor):
    answer, _ = ask(advisor, "老师这边在出判断题", "题目：取得四级/中级工证书后，累计从事本职业或相关职业工作满5年（含），可申报三级/高级工。 我标的√")
    assert answer.text.startswith("你的答案（√）是对的") and "L3-A" in answer.text and "ALT-L3-B" in answer.text


def test_a_wrong_figure_in_a_note_is_corrected(advisor):
    answer, _ = ask(advisor, "revising my notes for the theory part", "I wrote: 'Level 4 without any certificate = 5 years of work in the occupation'",
                    "is that right? correct it if not")
    assert "6 years" in answer.text and "L4-B" in answer.text and "ALT-L4-A" in answer.text
    assert "What I understood" not in answer.text  # (no case of the asker's is read from the note)


def test_a_blank_is_filled(advisor):
    answer, _ = ask(advisor, "fill in the blank: 'Level 3 needs __ years after Level 4.' what number do I put")
    assert answer.text.startswith("5:") and "to be confirmed" in answer.text


def test_a_multiple_choice_item_is_answered_with_the_askers_choice(advisor):
    answer, _ = ask(advisor, "出咗條選擇題 幫我睇下答案",
                    "「以下邊項唔係互聯網營銷師一級/高級技師嘅申報條件？A. 取得二級證書後累計工作滿4年 B. 取得二級證書後累計工作滿3年，並經一級正規培訓取得結業證書 C. 取得三級證書後累計工作滿6年」",
                    "我揀C 啱嘛")
    assert "C" in answer.text.splitlines()[0] and "L1-B" in answer.text and "L1-A" in answer.text
    assert not answer.refused


def test_a_trainers_quiz_announced_is_no_refusal(advisor):
    for said in ("出咗條選擇題 幫我睇下答案", "making a worksheet for my evening class", "幫我核對一條填充題"):
        answer, _ = ask(advisor, said)
        assert not answer.refused, said


# --- the asker's own answer, read with what was set out -------------------------------------------------------------

def test_an_answer_given_to_check_is_recognised():
    for said in ("i wrote 120/104/88/72/72", "我揀C 啱嘛", "兩個空我填 4 同 72，啱唔啱？", "这个√有没有问题", "你帮我改一下这句",
                 "the last group ends '严控___，服务___' — what goes in the blanks", "is that right? correct it if not"):
        assert checks_an_answer(said), said
    for said in ("我能报几级", "what goes on the certificate?", "我写了简历 要写证书吗"):
        assert not checks_an_answer(said), said


def test_the_answer_is_read_after_the_item_not_after_another_check():
    history = [("fill in: L5 __ hours", "…"), ("i wrote 120", "…")]
    assert with_what_was_checked("right?? i wrote 120", history).startswith("fill in: L5 __ hours")


def test_filled_training_hours_are_answered_not_refused(advisor):
    answer, _ = ask(advisor, "fill in the blanks pls: reference training hours L5 __, L4 __, L3 __, L2 __, L1 __", "i wrote 120/104/88/72/72")
    assert not answer.refused and "120" in answer.text and "104" in answer.text


# --- dates and breaks -----------------------------------------------------------------------------------------------

def test_a_certificate_dated_to_the_month_less_a_break_is_decided(advisor):
    rules = advisor.rules
    condition = next(c for c in rules.levels[4] if c.id == "L4-A")
    profile = Profile(certificate_level=5, years_since_certificate=3.6667, years_since_from_date=True,
                      years_since_at_most=5.6667, certificate_age=5.6667, break_taken_out=True)
    assert evaluate_condition(condition, profile, 4).outcome == FAILED
    year_only = Profile(certificate_level=5, years_since_certificate=3.5, years_since_from_date=True,
                        years_since_at_most=4.4, certificate_age=3.5)
    assert evaluate_condition(condition, year_only, 4).outcome == UNKNOWN


def test_the_years_left_after_a_break_are_given_on_the_rule_cited(advisor):
    answer, _ = ask(advisor, "我2020年1月开始做带货主播", "2021年3月15号考了直播销售员五级",
                    "2022年10月到2024年9月生孩子在家 没上班，2024年10月回来继续播到现在",
                    "想报四级，按“五级证书后累计4年”那条，我还差多久？")
    assert "2027年3月" in answer.text and "还需再满4个月" in answer.text and "取得证书后工作4年" not in answer.text
    assert "你之前说的" not in answer.text  # (the years before the break was taken out are no second figure)


def test_the_days_left_on_the_rule_cited(advisor):
    answer, _ = ask(advisor, "我手上两张证：直播销售员五级 2021年8月拿的，视频创推员四级 2022年1月10号拿的",
                    "2020年开始一直在做短视频加直播 没停过", "现在想报直播销售员三级，按四级证书后满5年算，还差几天？")
    assert "2027年1月" in answer.text and answer.text.startswith("按你说的情况，暂时还不能申报三级")


# --- how to check a certificate is its own question -----------------------------------------------------------------

def test_how_to_check_it_is_genuine_is_no_doubt_of_the_claim():
    history = [("他们说发的是中国工业合作协会的证", "…")]
    assert claims_doubted("咋查真假", history) == []
    assert claims_doubted("真的吗", history)


def test_how_to_check_after_an_association_certificate_gets_the_query(advisor):
    answer, _ = ask(advisor, "我在一个培训机构报了直播销售员的证 交了2980", "他们说发的是中国工业合作协会的证", "这证有用吗", "咋查真假")
    assert "osta" in answer.text and "专项能力评价证书”不是" not in answer.text


# --- a date waited for, someone "same as me but …", the language of a short English message ------------------------

def test_a_date_waited_for_is_the_month_asked():
    from bot.answering.asked_when import asked_when
    for said, when in (("如果等到明年三月呢", (2027, 3)), ("那明年三月呢", (2027, 3)), ("if I wait until next March?", (2027, 3)),
                       ("and by June 2027?", (2027, 6))):
        assert asked_when(words(said), DAY) == when, said
    assert asked_when(words("明年毕业能考四级吗"), DAY) is None
    assert asked_when(words("明年三月考到五级 几时可以考四级"), DAY) is None


def test_waiting_for_a_month_gets_that_month_answered(advisor):
    answer, _ = ask(advisor, "I have 选品员 level 5 from 2024-08. full time selector since 2022-02", "want level 4. now or later?",
                    "if I wait until next March?")
    assert answer.text.startswith("By 3/2027")


def test_a_colleague_like_me_but_for_the_school_is_decided_apart(advisor):
    answer, conversation = ask(advisor, "我讀過大專 市場營銷 2018年畢業", "2022年6月考咗直播銷售員四級 之後一直做主播", "三級可唔可以報",
                               "咁我個同事呢 佢同我一樣 不過佢係中專畢業")
    assert "同事" in answer.text and "L3-C" in answer.text and "不改變上面的結論" not in answer.text
    assert conversation.own_case is not None  # (the asker's own case is kept for "那我呢")


def test_an_english_sentence_with_two_chinese_terms_is_answered_in_english():
    from bot.language import detect
    for said in ("passed 直播销售员 五级 last month!!", "got 直播销售员 五级 cert"):
        assert detect(said).code == "en", said
    for said in ("我想考直播销售员 level 3", "hi 我有五级证 想考四级", "L4 拿了3年 能报L3吗"):
        assert detect(said).code == "zh", said


def test_years_before_a_dated_certificate_add_to_those_since():
    profile = parse_profile("我直播销售员三级 2023年5月拿 之前已经播了三年", today=lambda: DAY)
    assert profile.years_total is not None and profile.years_total > 6


def test_year_month_spans_in_english_are_read():
    profile = parse_profile("did live selling on taobao from 2019-03 to 2021-03, then office job, back to streaming since 2024-06",
                            today=lambda: DAY)
    assert profile.years_total is not None and profile.years_total >= 4.4


# --- no certificate read from a level to obtain, a level one of several has, or a claim for a CV -------------------

def test_a_level_to_obtain_or_one_that_exists_is_no_certificate_held():
    for said in ("那他最快啥时候能拿到三级", "邊個有一級"):
        assert parse_profile(words(said), today=lambda: DAY).certificate_level is None, said
    assert parse_profile(words("我去年拿到三级 最快啥时候能考二级"), today=lambda: DAY).certificate_level == 3


def test_a_certificate_not_held_put_on_a_cv_is_declined(advisor):
    from bot.answering.routing import route
    assert route(to_simplified("寫我有直播銷售員四級證 其實我未考到")).dishonest == "false_credentials"
    assert route("the answer key I wrote says eligible from 3 Dec 2026. correct?").dishonest is None
    answer, _ = ask(advisor, "幫我寫份簡歷 應徵直播運營", "寫我有直播銷售員四級證 其實我未考到")
    assert answer.refused and "持有四級" not in answer.text and "全國聯網" in answer.text


def test_an_item_with_two_routes_and_two_blanks_gets_no_single_verdict():
    said = "「一級/高級技師：取得二級/技師證書後，累計從事本職業或相關職業工作滿___年；或滿3年並經一級正規培訓達___標準學時，取得結業證書。」"
    assert parse_claim(words(said)) is None


def test_a_slides_words_are_not_the_askers_work(advisor):
    answer, _ = ask(advisor, "我第一頁PPT寫咗：「互聯網營銷師，即係帶貨主播」", "有學生話唔係咁，邊個啱？")
    assert "按你說的工作" not in answer.text and "直播銷售員" in answer.text
