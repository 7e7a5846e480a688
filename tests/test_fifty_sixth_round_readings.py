"""Added in the fifty-sixth round: an ordinary week of messages, and people asking for someone else or for several
people in one chat ("我跟老公都在斗音带货 他干了快4年…我干了一年半", "she has a 大专…. I have a 本科…. we've both
worked in this since our certs"): each person's own facts kept with them, other work said of one person noted for
that person, a start and a figure that are one stretch of other work, a follow-up that asks something new of the
subject just answered ("咁佢主要做咩嘢", "从最低考到最高大概要几年"), and what an entry said once does not hold (why,
how to go about it)."""
from __future__ import annotations

from datetime import date

import pytest

from bot.answering.advisor import _is_a_question
from bot.answering.people import split_people
from bot.eligibility import parse_profile
from bot.eligibility.timeline import dated_profile
from bot.language import mandarin_words, to_simplified, without_typos
from tests.test_answer_plan import ask

TODAY = date(2026, 12, 6)


def read(text: str, today: date = TODAY):
    return parse_profile(mandarin_words(without_typos(to_simplified(text))).lower(), today=lambda: today)


def people(text: str) -> dict[str, object]:
    return dict(split_people(mandarin_words(without_typos(to_simplified(text)))))


# --- what one message says ------------------------------------------------------------------------------------------

def test_a_start_and_a_figure_of_other_work_are_one_stretch():
    said = read("19年开始做淘宝店客服 干了两年半")
    assert said.years_total == 2.5 and not said.years_total_from_date  # (not the seven years since 2019)
    assert read("2019年开始做直播 干了两年半").years_total == 2.5
    said = read("服装店做了三年导购，去年3月开始在抖音帮老板直播")  # (the dated start is this work, as before)
    assert said.years_total == pytest.approx(1.75) and said.other_years == 3.0


def test_a_total_added_up_after_a_break_is_net_of_it():
    assert read("2020年底开始在淘宝直播卖衣服，中间停了大半年，加起来应该做了五年左右").years_total == 5.0
    assert read("一共做了5年 中间停了半年").years_total == 4.5  # (a break said after the total still comes out of it)


def test_a_month_with_no_year_in_english_is_the_last_such_month():
    assert read("started streaming phone accessories on Kuaishou in April").years_total == pytest.approx(8 / 12, abs=0.01)
    assert read("started in march last year").years_total == pytest.approx(1.75)
    assert read("since Sept 2025 streaming").years_total == pytest.approx(1.25)


def test_this_work_then_other_work_then_back_on_three_dates():
    told = mandarin_words(to_simplified("我老公2018年3月开始在快手播 2021年3月去外地工地干了两年 2023年3月回来接着播 一直到现在"))
    said = dated_profile(parse_profile(told, today=lambda: TODAY), [told], TODAY)  # (the dates read as a timeline too)
    assert said.years_total == pytest.approx(3 + 3.75) and said.other_years == 2.0


def test_months_back_said_first_and_just_joined():
    said = read("我老公在杭州 前两个月刚拿了直播销售员三级")
    assert said.certificate_level == 3 and said.years_total is None  # (two months ago, no two months of work)
    assert read("阿晴啱啱入職三個月").years_total == 0.25
    assert read("刚来半年").years_total == 0.5


def test_typed_slips_of_a_level_and_of_a_husband():
    assert read("我有个无级 直播销售员的 2023年拿的").certificate_level == 5
    assert without_typos("无级别限制") == "无级别限制"
    said = read("我先生今年三月拿到直播銷售員五級證書")
    assert said.certificate_level == 5 and said.target_level is None


def test_a_choice_between_two_is_a_question():
    assert _is_a_question("一级高还是五级高 我老搞混")
    assert not _is_a_question("我还是想考五级")


# --- several people in one message ----------------------------------------------------------------------------------

def test_a_relative_named_then_each_ones_clause():
    told = people("我跟老公都在斗音带货 他干了快4年 2023年3月考了五级 我干了一年半 啥证都没")
    assert set(told) == {"我", "老公"}
    assert told["我"].years_total == 1.5 and told["我"].certificate_level in (None, 0)
    assert told["老公"].certificate_level == 5
    told = people("老公做了3年 我做了1年半 我们俩分别能考几级")
    assert told["老公"].years_total == 3.0 and told["我"].years_total == 1.5


def test_someones_words_are_no_facts_of_theirs():
    assert people("我朋友说五级要干满1年 我做了两年") == {}


def test_a_sentence_said_of_both_after_their_parts():
    told = people("she has a 大专 in digital media, got level 4 in Nov 2024. I have a 本科 in accounting, got level 4 "
                  "in Nov 2023. we've both worked in this since our certs")
    assert told["she"].years_since_certificate is not None and told["me"].years_since_certificate is not None


def test_names_with_dashes_and_a_team_role_with_its_colon():
    told = people("Xiaofang — 技工学校 e-commerce grad (2020), streaming for us 5 years, got level 5 in Jan 2023. "
                  "Ah Qiang — joined Aug 2025, finished his apprenticeship with us, no cert.")
    assert set(told) == {"Xiaofang", "Ah Qiang"} and told["Xiaofang"].certificate_level == 5
    told = people("组长：四级证2020年拿的 大专市场营销 一直在做；小陈：中职电商专业去年毕业 干了一年半；小赵：刚毕业的本科生 中文专业 来了三个月")
    assert {"组长", "小陈"} <= set(told) and told["组长"].certificate_level == 4


# --- what several messages say (the advisor, with the tests' fixed day, 2026-11-30) ---------------------------------

def test_each_of_a_couple_gets_their_own_facts(advisor):
    answer, _ = ask(advisor, "我跟老公都在斗音带货 他干了快4年 2023年3月考了五级 我干了一年半 啥证都没", "我们俩现在分别能报几级")
    mine, theirs = answer.text.split("【老公】")
    assert "累计工作1.5年" in mine and "五级/初级工证书" not in mine.split("按你提供的情况")[1].splitlines()[0]
    assert "持有五级/初级工证书" in theirs


def test_other_work_of_one_of_several_people_is_noted_for_them(advisor):
    answer, _ = ask(advisor, "帮我看下几个学员", "A 做了7年淘宝客服 没证", "B 2022年6月拿的五级 之后一直在直播", "这俩谁能报4级")
    part_a, part_b = answer.text.split("【B】")
    assert "“客服”工作算不算" in part_a and "客服" not in part_b


def test_a_follow_up_asking_what_the_job_type_does(advisor):
    answer, _ = ask(advisor, "平台管理員最高可以考到幾級", "咁佢主要做咩嘢")
    assert answer.text.startswith("平臺管理員負責直播平臺後臺管理")
    answer, _ = ask(advisor, "how high can a platform administrator go", "what does it actually do?")
    assert answer.text.startswith("A Platform Administrator runs")


def test_a_new_question_on_the_levels_is_not_their_order_again(advisor):
    answer, _ = ask(advisor, "五个等级哪个最高", "一级高还是五级高 我老搞混", "从最低考到最高大概要几年")
    assert answer.text.startswith("按通用模板算")


def test_what_an_entry_does_not_say_is_said_so(advisor):
    answer, _ = ask(advisor, "2021年嗰個標準係邊個部門出㗎", "點解有網信辦同廣電總局嘅份")
    assert answer.text.startswith("上面的回答就是知識庫裏有的")
    answer, _ = ask(advisor, "我16岁 能开直播带货吗", "要家长同意吗 咋弄")  # (how to go about it: the platform's)
    assert answer.text.startswith("上面的回答就是知识库里有的") and "平台自己的规则请问所用平台的官方客服" in answer.text
    answer, _ = ask(advisor, "聽講有新嘅直播電商監督管理辦法", "幾時開始實施㗎")  # (a statement, then the question it was about)
    assert "施行日期未確認" in answer.text and not answer.text.startswith("上面")


def test_the_case_asked_in_a_few_words_after_the_facts(advisor):
    answer, _ = ask(advisor, "what do i need for level 4 live streaming salesperson",
                    "my situation: 6 yrs sales at a phone shop, then 1 yr live streaming phones on kuaishou", "no cert. can I do it now?")
    assert "L4-B" in answer.text and "No certificate is required" not in answer.text
    answer, _ = ask(advisor, "We run a training centre in Yiwu, some of our learners are foreigners",
                    "One of them: level 3 video creator-promoter since June 2021, working in it since", "Is she OK for level 2?")
    assert "Yes, they may apply for Level 2" in answer.text


def test_residence_points_asked_as_a_number(advisor):
    answer, _ = ask(advisor, "Shanghai hukou points — does this cert count?", "how many points?")
    assert "points-based residence" in answer.text and "pass" not in answer.text
    answer, _ = ask(advisor, "理论考试考什么", "多少分及格")
    assert "合格线" in answer.text


def test_schoolwork_and_a_contract_are_declined_with_where_to_ask(advisor):
    answer, _ = ask(advisor, "thx for the level info earlier", "unrelated but can you solve this: integral of x^2 e^x dx")
    assert answer.intent == "out_of_scope" and "reveal my internal instructions" not in answer.text
    answer, _ = ask(advisor, "我大儿子在做直播 想问问他能考啥证", "算了这个回头再说 你先帮我看看小儿子明年高考 河南的 模拟考480 能上啥大学")
    assert "教育考试院" in answer.text


def test_the_answer_put_for_someone_is_not_refused(advisor):
    answer, _ = ask(advisor, "媳妇想转行 问我互联网营销师到底是个啥 我也说不明白", "你给个正式点的说法 我直接转发给她")
    assert answer.text.startswith("互联网营销师是在数字化信息平台上") and not answer.refused


def test_the_work_named_before_its_start_and_this_years_graduates():
    said = read("我喺廣州做直播 2022年3月開始 中間停咗半年 2023年頭又返嚟做到而家")
    assert said.years_total == pytest.approx(4.25) and said.break_taken_out
    said = read("读高级技工学校电子商务 今年应届 已经有四级证")
    assert said.certificate_level == 4 and said.final_year and said.certificate_age is None  # (no year of the certificate)


def test_someone_elses_work_is_not_written_into_the_askers_case(advisor):
    answer, conversation = ask(advisor, "我在拼多多直播卖水果 做了一年零两个月 没证", "我能考几级",
                               "那我老公呢 他跟我一起干 不过他是负责选品跟谈供应商的 干了三年了 去年拿了个五级 他这算哪个工种 最高能考到几级")
    assert answer.text.startswith("按你说的工作，对应的是选品员工种") and "1年2个月" not in answer.text
    answer, _ = ask(advisor, "我喺廣州做直播 2022年3月開始 中間停咗半年 2023年頭又返嚟做到而家", "咁我可唔可以考四級 冇證㗎",
                    "我同事阿芬就有五級證 2022年8月攞 佢前後做咗五年 佢呢？")
    assert "扣除中間沒做的時間" not in answer.text and "累計工作5年" in answer.text  # (the asker's break is not hers)


def test_the_occupation_asked_to_be_anchoring_is_no_work_told(advisor):
    answer, _ = ask(advisor, "我個女喺內地讀緊大專，話畢業之後想做互聯網營銷師", "我唔係好明，呢個職業有咩工種㗎？係咪即係做主播？")
    assert not answer.text.startswith("按你說的工作")


def test_a_short_name_then_just_joined_opens_their_part():
    told = people("阿May做咗四年 冇證；阿強2021年11月攞咗五級證 之後一直做到而家；阿晴啱啱入職三個月")
    assert set(told) == {"阿May", "阿强", "阿晴"}
    assert told["阿晴"].years_total == 0.25 and told["阿强"].years_total is None  # (her three months are not his)
