"""Added in the fifty-seventh round: people told in turns of their own and then asked about together ("我太太…做了三年"
then "我自己…一年半。我們兩個都沒有任何證照" then "那我們兩個分別可以考哪個工種、幾級？"): each one's case, under the
word the asker used for them, with what was said of both given to both; a classmate "跟我同一個科系" with what differs;
a clause said of a couple before each one's own; each person's job type when several people's work was told before
and one of them is named again. Also: someone else's work told with its start is no off-topic message; who asks and
what for is noted, not declined; "can she go straight for … level 2" is her case; a season said as a start; the hours
of the levels named after another entry; "之後一路都…冇轉過行" and a start that runs through a certificate's date are
work since it; an apprenticeship named then finished; "小A 入职…" opens a person's part."""
from __future__ import annotations

from bot.answering.people import said_of_us_both, split_people
from bot.eligibility.profile import NO_CERTIFICATE
from bot.language import mandarin_words, to_simplified, without_typos
from tests.test_answer_plan import ask


def people(text: str) -> dict[str, object]:
    return dict(split_people(mandarin_words(without_typos(to_simplified(text)))))


# --- what one message says ------------------------------------------------------------------------------------------

def test_what_the_asker_says_of_them_both():
    both = said_of_us_both("我自己是拍短影音幫廠商推商品的，大概一年半。我們兩個都沒有任何證照")
    assert both is not None and both.certificate_level == NO_CERTIFICATE and both.years_total is None
    assert said_of_us_both("我自己做了一年半，没有证") is None  # (nothing said of the two)


def test_a_clause_said_of_a_couple_before_each_ones_own():
    told = people("我跟我对象都是技校最后一年 我学电子商务 他学汽修")
    assert set(told) == {"我", "对象"}
    assert told["我"].final_year and told["我"].major_relevant
    assert told["对象"].final_year and not told["对象"].major_relevant  # (auto repair is his, not hers)


# --- in a conversation ------------------------------------------------------------------------------------------------

def test_two_people_told_in_turns_of_their_own_are_each_answered(advisor):
    answer, _ = ask(advisor, "我太太在義烏做選品，做了三年了", "我自己是拍短影音幫廠商推商品的，大概一年半。我們兩個都沒有任何證照",
                    "那我們兩個分別可以考哪個工種、幾級？")
    mine, theirs = answer.text.split("【太太】")  # (named as the asker named her, not "TA")
    assert "累計工作1.5年" in mine and "累計工作3年" not in mine
    assert "累計工作3年" in theirs and "沒有職業技能等級證書" in theirs  # (the "neither of us has one" is hers too)


def test_when_each_can_go_up_a_level_is_asked_for_both(advisor):
    answer, _ = ask(advisor, "我老公喺大灣區做直播，佢有三級直播銷售員證，2022年8月攞嘅，之後都冇停過", "我就冇證，做咗兩年選品",
                    "我哋兩個最快幾時可以再升一級？")
    assert "【老公】" in answer.text
    mine, his = answer.text.split("【老公】")
    assert "累計工作2年" in mine and "現在可以申報：五級" in mine
    assert "現在可以申報：二級" in his


def test_a_classmate_of_the_same_major_with_a_certificate(advisor):
    answer, _ = ask(advisor, "我是福州一所高職的應屆生，讀行銷相關科系，明年六月畢業", "我同學跟我同一個科系，不過她已經有四級證了",
                    "我們兩個誰可以直接報三級？")
    mine, hers = answer.text.split("【同學】")
    told = next(line for line in mine.splitlines() if line.startswith("按你提供的情況"))
    assert "持有四級" not in told and "高職" in told
    assert "可以申報三級" in hers and "L3-B" in hers


def test_each_ones_job_type_when_one_of_them_is_named_again(advisor):
    answer, _ = ask(advisor, "我们公司准备给运营组报互联网营销师 三个人", "一个管后台数据和账号 一个负责剪短视频发视频 还有一个负责挑品跟厂家谈价",
                    "他们仨分别对应哪个工种？后台那个能一直考到一级吗")
    lead = answer.text.splitlines()[0]
    assert all(job in lead for job in ("平台管理员", "视频创推员", "选品员"))
    assert "只设五级、四级、三级" in answer.text


def test_a_live_rooms_back_office_is_work_with_its_start():
    from bot.eligibility.profile import parse_profile
    said = parse_profile("我是去年5月开始帮他弄后台的 上架 回评论 看数据这些 一直干到现在")
    assert said.years_total is not None and said.years_total_from_date  # (from last May, not asked again)


def test_what_is_said_of_both_in_the_question_is_each_ones(advisor):
    answer, _ = ask(advisor, "我老公在快手带货做了3年了 一般晚上播", "我是去年5月开始帮他弄后台的 上架 回评论 看数据这些 一直干到现在",
                    "我们俩都没证 分别能考几级啊")
    mine, his = answer.text.split("【老公】")
    assert "没有职业技能等级证书" in mine and "没有职业技能等级证书" in his
    assert "累计工作约1" in mine and "累计工作3年" in his


def test_someone_elses_work_told_with_its_start_is_not_off_topic(advisor):
    answer, conversation = ask(advisor, "帮我男朋友问的 他在抖音带货 2022年1月开始做的 一直没停")
    assert not answer.refused and conversation.profile is not None and conversation.profile.years_total is not None
    answer, _ = ask(advisor, "帮我男朋友问的 他在抖音带货 2022年1月开始做的 一直没停", "他没考过任何证", "他想直接考四级 可以吗")
    assert "多少年" not in answer.text  # (his years are not asked again)


def test_who_asks_and_what_for_is_noted_not_declined(advisor):
    for said in ("您好，我在廈門一間MCN做人資，想幫公司主播規劃考互聯網營銷師", "我们MCN想给几个主播报互联网营销师 帮忙看下"):
        answer, conversation = ask(advisor, said)
        assert not answer.refused, said
        assert "直播銷售員" not in answer.text and "直播销售员" not in answer.text  # (the anchors' work is not the asker's)


def test_can_she_apply_for_a_level_is_her_case(advisor):
    answer, _ = ask(advisor, "one of our learners holds a 营销员 (marketing staff) level 3 certificate from 2019",
                    "she's been doing live sales full time ever since",
                    "can she go straight for internet marketer level 2, live-streaming salesperson?")
    assert answer.intent == "eligibility" and "Level 2 / Technician" in answer.text and "L2-A" in answer.text
    answer, _ = ask(advisor, "my team lead has done Shopee live sales in Thailand for 3 years, no certificates",
                    "could she apply for level 4 live-streaming salesperson?")
    assert "they cannot apply for Level 4" in answer.text  # (hers, not the asker's: "they", not "you")


def test_a_season_said_in_english_dates_the_start():
    from datetime import date
    from bot.eligibility.profile import parse_profile
    said = parse_profile("started streaming makeup on Douyin this summer", today=lambda: date(2026, 12, 6))
    assert said.years_total is not None and 0.3 < said.years_total < 0.5
    assert parse_profile("i'll start this summer", today=lambda: date(2026, 3, 1)).years_total is None  # (a plan)
    assert parse_profile("been streaming since last summer", today=lambda: date(2026, 12, 6)).years_total is None  # (left to ask)


def test_the_hours_of_the_levels_named_after_another_entry(advisor):
    answer, _ = ask(advisor, "which is higher, level 1 or level 5?", "ok fixed it. and how many training hours for level 2 vs level 1?")
    assert "72 standard training hours" in answer.text
    answer, _ = ask(advisor, "五级要培训多少学时", "那三级呢 是不是级别越高学时越多")
    assert answer.text.startswith("三级/高级工的培训参考学时不少于88标准学时")


def test_worked_all_along_in_cantonese_and_a_start_through_the_certificate(advisor):
    answer, _ = ask(advisor, "我係做平台管理員嘅", "四級 2021年10月攞", "之後一路都喺MCN做後台 冇轉過行", "三級得未")
    assert "現在可以申報：三級" in answer.text
    answer, _ = ask(advisor, "I'm in HR at a cross-border e-commerce firm in Yiwu. One of our product selectors has been with us since March 2020.",
                    "She got level 5 选品员 in May 2021 and level 4 in June 2025.", "Which level can she apply for now?")
    assert "is not said yet" not in answer.text and "since the certificate, worked out from the year you gave" in answer.text


def test_each_learner_in_a_batch_with_an_apprenticeship_and_a_short_name(advisor):
    answer, _ = ask(advisor, "Learner 1: 19, finished junior middle school only, worked 14 months editing short videos. "
                             "Learner 2: apprenticeship with a video studio, finished last month, no other work.", "Both aiming for level 5. OK?")
    assert "[Learner 2]" in answer.text and "L5-B" in answer.text.split("[Learner 2]")[1]
    answer, _ = ask(advisor, "小A 入职一年零两个月 没证；小B 2022年9月拿的五级直播销售员 之后一直在我们这播", "他们分别能报到几级")
    assert "【小A】" in answer.text and "【小B】" in answer.text
