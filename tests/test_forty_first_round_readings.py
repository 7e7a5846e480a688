"""Added in the forty-first round: levels read in their role ("现在想直接上中级 就是四级" a level asked, not held;
"level 2 video creator here", "my 三级 is 选品员", "直播銷售員四級，2022年取得" held), times read as said ("2.5y",
"24年年初", "22年攞嘅 應該係年尾", "拎咗三年", "stopped for 2, then did 2 more", "卖衣服卖了五年" other work; "还是一定
要做满一年" and "身份证上今年满35了" no fact of the asker's), schooling read as said ("我冇讀完初中", "my son is
picking a 高职", "大專…念的是會計"), the typing of chat apps ("4j?", "lv3", "考中及吗", "考那个直播的正"), an exam
passed said after the exam ("我啱啱考完五級" then "過咗"), and questions answered as asked: "can she do L3", "係咪考唔到",
"我没证 还能接着播吗", "即係要等到幾時先夠年資", "and if so what level", a follow-up whose own words pick another entry
than the one just given, an in-scope follow-up the classifier took for off-topic, a tax sum pointed elsewhere."""
from __future__ import annotations

from datetime import date

import pytest

from bot.answering.advisor import reply_language
from bot.answering.eligibility_replies import _about_them
from bot.eligibility import parse_profile
from bot.eligibility.profile import straight_level
from bot.language import EN, ZH, ZH_HANT, mandarin_words, to_simplified, without_typos
from tests.test_answer_plan import ask

TODAY = date(2026, 12, 4)


def read(text: str):
    return parse_profile(mandarin_words(without_typos(to_simplified(text))).lower(), today=lambda: TODAY)


# --- levels in their role ----------------------------------------------------------------------------------------------

def test_a_level_named_again_by_its_number_is_the_level_asked_not_one_held():
    profile = read("现在想直接上中级 就是四级 可以不")
    assert profile.certificate_level is None and profile.target_level == 4
    assert read("我是中级 就是四级").certificate_level == 4  # said of oneself, it is held
    assert straight_level("现在想直接上中级 就是四级 可以不") == 4 and straight_level("直接考技师行吗") == 2


def test_going_straight_to_a_level_after_ones_facts_is_that_level_on_the_case(advisor):
    answer, _ = ask(advisor, "在抖音带货干了两年多了 一直没去考证", "现在想直接上中级 就是四级 可以不😅")
    assert "暂时还不能申报四级" in answer.text and "持有四级" not in answer.text


@pytest.mark.parametrize("text, level", [("level 2 video creator here, cert dated June 2023", 2), ("platform admin here, level 3", 3),
                                         ("my 三级 is 选品员 but I moved into live hosting", 3), ("我的三级是选品员的", 3),
                                         ("直播銷售員四級，2022年取得", 4), ("五级的，23年6月拿的", 5)])
def test_a_level_said_as_ones_own_is_held(text, level):
    assert read(text).certificate_level == level


@pytest.mark.parametrize("text", ["my level 3 exam is next month", "想考四级，2027年拿到", "我的四级培训还没上"])
def test_a_level_to_be_taken_is_not_held(text):
    assert read(text).certificate_level is None


# --- times read as said ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, years", [("been doing zb for like 2.5y now, no cert yet", 2.5), ("18mo streaming", 1.5),
                                         ("Q: someone worked 3 yrs, stopped for 2, then did 2 more. how do we count it?", 5.0),
                                         ("streamed 2 years, then 1 more", 3.0)])
def test_english_figures_in_short_forms_and_without_their_unit(text, years):
    assert read(text).years_total == years


def test_a_year_said_twice_and_a_season_said_after_the_year_are_dates():
    assert read("24年年初又回来做主播 一直到现在").years_total_from_date
    profile = read("我有四級證 22年攞嘅 應該係年尾")
    assert profile.certificate_level == 4 and profile.years_since_at_most == profile.certificate_age == 4.0


def test_stretches_with_a_date_and_a_break_add_up_across_messages(advisor):
    answer, conversation = ask(advisor, "19年到21年在快手播了两年", "后来进厂上班了 流水线", "24年年初又回来做主播 一直到现在", "加起来够考中及吗 没考过证")
    assert 4.5 < conversation.profile.years_total < 5 and "暂时还不能申报四级" in answer.text
    assert "补考" not in answer.text


def test_time_held_said_alone_after_the_certificate_is_the_years_since_it(advisor):
    answer, conversation = ask(advisor, "我係平台管理員 四級", "拎咗三年", "想考埋三級 得唔得")
    assert conversation.profile.years_since_certificate == 3.0 and "還需再滿2年" in answer.text
    # (after an association's certificate, no skill level: the time is work, as it was)
    _, conversation = ask(advisor, "我手上有个中国工业合作协会发的 互联网营销 专项能力证书", "拿了三年了 一直在做直播")
    assert conversation.profile.years_total == 3.0 and conversation.profile.years_since_certificate is None


def test_a_rules_figure_asked_and_an_id_cards_year_are_no_facts_of_the_asker():
    assert read("這樣能報五級嗎 還是一定要做滿一年").years_total is None
    assert read("我做满一年了").years_total == 1.0
    profile = read("身份证上今年满35了 会不会超龄")
    assert profile.certificate_age is None and profile.years_since_certificate is None
    assert read("我直播一个月到手两万五 要交多少").years_total is None


def test_selling_for_years_is_work_and_is_told_as_other_work_beside_streaming(advisor):
    assert read("之前在商场卖衣服卖了五年").years_total == 5.0 and read("一个月卖了几千").years_total is None
    answer, _ = ask(advisor, "之前在商场卖衣服卖了五年", "去年开始在快手直播卖衣服 到现在没停", "我这种算几年经验 能考四级不")
    assert "暂时还不能申报四级" in answer.text and "另外的5年（商场）如果也算" in answer.text


def test_other_work_then_this_work_adds_up_and_is_said_of_them_in_english(advisor):
    answer, _ = ask(advisor, "my dad did offline sales (营销员) for 7 yrs", "then about a year of live selling", "no certs at all btw",
                    "what lvl can he apply for")
    assert "that makes 8 years" in answer.text
    assert _about_them("Level 4 is open to you on 7 years; you hold none", "en") == "Level 4 is open to them on 7 years; they hold none"


# --- schooling as said -------------------------------------------------------------------------------------------------

def test_junior_middle_school_not_finished_is_said_so_and_is_no_bar(advisor):
    assert read("我冇讀完初中㗎").education == ["junior_middle_unfinished"]
    assert read("初中都没毕业").education == ["junior_middle_unfinished"]
    answer, _ = ask(advisor, "我冇讀完初中㗎", "做咗直播兩年", "係咪考唔到")
    assert "初中未讀完" in answer.text and "學歷不是五級的門檻" in answer.text and "現在可以申報：五級" in answer.text


def test_a_school_being_chosen_is_none_held_and_an_unrelated_major_is_said_so(advisor):
    assert read("my son is picking a 高职 rn").education == [] and read("我在选中专").education == []
    assert read("大专会计专业").major_relevant is False
    answer, _ = ask(advisor, "本人大專學歷，不過念的是會計", "直播銷售員四級，2022年取得", "之後一直在做直播，今年想報三級")
    assert "持有四級" in answer.text and "不屬於本專業或相關專業" in answer.text and "現在可以申報的是：五級" not in answer.text


# --- the typing of chat apps -------------------------------------------------------------------------------------------

def test_shorthand_levels_and_typos_are_read():
    assert "四级" in without_typos("4j?") and "一级能报吗" in without_typos("1j能报吗")
    assert read("lv3年限够没").target_level == 3
    assert "中级" in without_typos("加起来够考中及吗") and "初中及以上" in without_typos("初中及以上")
    assert "直播的证" in without_typos("她想考那个直播的正") and "正式" in without_typos("考的正式证书")


def test_shorthand_in_a_chinese_chat_keeps_the_chats_language():
    history = [("18个月经验 五级证今年6月才拿", "…")]
    assert reply_language("4j?", None, history) == ZH
    assert reply_language("L3?", None, [("我有四級證", "…")]) == ZH_HANT
    assert reply_language("what about level 3?", None, history) == EN


def test_an_exam_passed_said_after_the_exam_is_the_certificate_just_obtained(advisor):
    answer, conversation = ask(advisor, "我啱啱考完五級", "上個禮拜出成績 過咗")
    assert conversation.profile.certificate_level == 5 and answer.text.startswith("恭喜")
    answer, _ = ask(advisor, "我啱啱考完五級", "上個禮拜出成績 過咗", "下一步幾時可以考四級")
    assert "暫時還不能申報四級" in answer.text and "是否持有本職業" not in answer.text


# --- questions answered as asked ---------------------------------------------------------------------------------------

def test_can_she_do_a_level_after_her_facts_is_her_case(advisor):
    answer, _ = ask(advisor, "asking for my gf", "she has a 大专 in marketing", "got L4 in oct 2024, been at a live commerce co since",
                    "can she do L3")
    assert not answer.refused and "Level 3" in answer.text and "L3-C" in answer.text


def test_when_after_a_levels_case_is_that_levels_date(advisor):
    answer, _ = ask(advisor, "我有四級證", "22年攞嘅 應該係年尾", "依家做緊平台管理員 想考三級", "即係要等到幾時先夠年資")
    assert "三級" in answer.text and "2027年12月" in answer.text and "只有三個等級" not in answer.text


def test_whether_one_can_take_it_at_all_is_the_case_and_the_plan_after_school_is_no_work(advisor):
    answer, _ = ask(advisor, "我女兒今年高三", "她說畢業後想去當帶貨主播", "她這樣能報哪一級？")
    assert "是否持有本職業" not in answer.text and "五級" in answer.text
    answer, _ = ask(advisor, "全职宝妈一枚 之前没咋上过班", "想学直播带货 考个初级证有用吗 能报名不")
    assert "累计从事本职业或相关职业工作多少年" not in answer.text and "16周岁" in answer.text


def test_streaming_on_without_the_certificate_is_the_certificate_question(advisor):
    answer, _ = ask(advisor, "刷到个视频说从2023年开始直播带货必须持证上岗", "我没证 还能接着播吗")
    assert answer.text.startswith("不需要") and "申报五级" not in answer.text


def test_which_level_after_a_question_of_fact_is_the_case_told_before(advisor):
    answer, _ = ask(advisor, "I'm Malaysian, living in Guangzhou, hosting streams for a Chinese brand for 2 years",
                    "can foreigners even take the internet marketer cert?", "and if so what level")
    assert "Level 5" in answer.text and "L5-A" in answer.text


def test_a_follow_up_whose_own_words_pick_another_entry_gets_that_entry(advisor):
    answer, _ = ask(advisor, "how long is the theory exam", "and whats the pass mark")
    assert "pass mark" in answer.text.lower() and not answer.text.startswith("My answer above")
    answer, _ = ask(advisor, "考過之後大概多久會拿到證", "是紙本還是電子的")
    assert "紙質還是電子" in answer.text


def test_an_in_scope_follow_up_read_as_off_topic_is_answered_by_its_own_entry(advisor):
    answer, _ = ask(advisor, "zhengshu拿到手了", "怎么查真假啊 编号在右下角")
    assert not answer.refused and "osta.mohrss.gov.cn" in answer.text
    answer, _ = ask(advisor, "之前在商场卖衣服卖了五年", "去年开始在快手直播卖衣服 到现在没停")
    assert not answer.refused


def test_a_tax_sum_on_ones_pay_is_pointed_elsewhere(advisor):
    answer, _ = ask(advisor, "帮我算下个税", "我直播一个月到手两万五 要交多少")
    assert "12366" in answer.text and "月薪" not in answer.text


def test_an_entry_whose_opening_points_where_the_last_reply_pointed_is_not_given_instead(advisor):
    # ("人社网能查到吗" after the association's certificate: the last reply already said where to check)
    answer, _ = ask(advisor, "证书丢了", "能在网上补吗？或者查编号")
    assert answer.text.startswith("补办办法本资料库没有收录")


@pytest.mark.parametrize("text", ["can i still stream without it?", "no cert. can she keep streaming?"])
def test_streaming_on_asked_in_english_is_the_certificate_question(advisor, text):
    answer, _ = ask(advisor, "i don't have the internet marketer cert", text)
    assert "not required" in answer.text.lower() or "no certificate is required" in answer.text.lower()
