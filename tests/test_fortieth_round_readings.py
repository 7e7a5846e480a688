"""Added in the fortieth round: facts read as said ("中间23年她离职了8个月" a year and a break, not 22 years; "另外还做了半年
助播" added; "实际播了也就5年左右" the time worked; "之後都在做直播" since the certificate; "我大學讀市場營銷" a degree;
"graduated from a 高级技工学校 in june 2021, been doing selection since"; "Jo - 19, started last month"), facts not
invented ("must be 18 and have 中专 to enroll" a requirement, "会不会卡大专" a fear, "which university…" a school asked
about, "一个月才五千出头" pay, "only after 2 yrs of work?" a time asked about, "if 3 is out" a level), each person's
facts kept apart ("我同学有三级 我有五级", "she did a 6 month internship…, I've never worked", "Lily - …| Omar - …",
"那我呢 我给她打下手…"), and questions answered as asked: which level is the top, the highest level open once the
one asked is out, "咁佢哋夠未", "那按四年算 我啥时候能报", "咁都考得？", which level and what schooling together, a
short answer for several people, "ok back. and level 2?", "can u give it in chinese too", a doubt about "the rule",
an entry the classifier clearly prefers though short of sure."""
from __future__ import annotations

from datetime import date

import pytest

from bot.answering.brevity import cut_eligibility
from bot.answering.claims import claims_doubted
from bot.answering.policy import Evidence, Reply, decide
from bot.answering.routing import Routing
from bot.answering.understanding import _other_work
from bot.eligibility import parse_profile
from bot.language import ZH, asked_script, mandarin_words, to_simplified, without_typos
from tests.test_answer_plan import ask

TODAY = date(2026, 12, 4)


def read(text: str):
    return parse_profile(mandarin_words(to_simplified(text)).lower(), today=lambda: TODAY)


# --- facts read as said ------------------------------------------------------------------------------------------------

def test_a_short_year_before_a_pronoun_is_a_date_and_the_break_comes_out(advisor):
    assert read("哦中间23年她离职了8个月去开奶茶店 后来又回来了").years_total is None
    answer, _ = ask(advisor, "我是公司HR 帮同事问一下", "她2021年9月拿的互联网营销师五级 直播销售员 之后一直在我们公司做直播",
                    "哦中间23年她离职了8个月去开奶茶店 后来又回来了", "她想报四级 年限够不够")
    assert answer.text.startswith("可以申报四级") and "扣除中间没做的时间" in answer.text and "22年" not in answer.text


@pytest.mark.parametrize("text, years", [("我做了两年直播 另外还做了半年助播", 2.5), ("做了2年直播 还做了半年助播", 2.5),
                                         ("i streamed for 2 years and did 6 months as an assistant", 2.5)])
def test_another_stretch_of_this_work_adds_up(text, years):
    profile = read(text)
    assert profile.years_total == years and profile.platforms_added


def test_the_time_actually_worked_is_not_cut_again_by_the_break():
    assert read("等下 算错了 中间有两年去厂里上班了 实际播了也就5年左右").years_total == 5.0
    assert _other_work("中间有两年去厂里上班了 实际播了也就5年左右") is None


def test_a_correction_to_the_time_worked_is_the_figure_judged(advisor):
    answer, conversation = ask(advisor, "没有任何证书", "做直播带货快7年了 最早快手 后来转抖音",
                               "等下 算错了 中间有两年去厂里上班了 实际播了也就5年左右", "那四级能直接考吗")
    assert conversation.profile.years_total == 5.0
    assert "暂时还不能申报四级" in answer.text and "厂里" not in answer.text


def test_work_since_said_with_dou_is_work_since_the_certificate(advisor):
    assert read("之後都在做直播").worked_since_certificate
    answer, _ = ask(advisor, "我的五級是2022年11月30號拿的", "之後都在做直播", "今天剛好滿四年了吧？可以報四級了嗎")
    assert answer.text.startswith("可以申報四級") and "告訴我：" not in answer.text


def test_a_major_read_at_university_is_a_degree():
    profile = read("我大學讀市場營銷 2023年畢業")
    assert profile.education == ["junior_college_or_above_relevant"] and profile.major_relevant
    assert read("大学读紧大三").education == []


def test_work_since_a_graduation_dated_after_the_school_counts_from_it(advisor):
    answer, _ = ask(advisor, "selector here, L3 since feb 2024", "graduated from a 高级技工学校 in june 2021, been doing selection since",
                    "technician level possible?")
    assert answer.text.startswith("Yes, you may apply for Level 2") and "L2-B1" in answer.text


@pytest.mark.parametrize("text, years", [("上个月开始做直播", 0.0833), ("i only started streaming last month", 0.0833),
                                         ("19, started last month", 0.0833), ("started last week", 0.0)])
def test_work_begun_last_month_is_a_month_at_most(text, years):
    assert read(text).years_total == years


# --- facts not invented ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["the training center said you must be 18 and have 中专 to enroll", "他这学历能考吗 会不会卡大专",
                                  "which university in china has the best live commerce major?", "哪个大学的直播电商专业好"])
def test_a_school_required_feared_or_asked_about_is_not_held(text):
    assert read(text).education == []


@pytest.mark.parametrize("text", ["我现在一个月才五千出头 在县城播", "我是个人在播 一个月也就几千",
                                  "is level 3 possible right now or only after 2 yrs of work?"])
def test_pay_by_the_month_and_a_time_asked_about_are_no_years_of_work(text):
    assert read(text).years_total is None


def test_a_level_ruled_out_is_no_figure_supposed(advisor):
    answer, conversation = ask(advisor, "we run a training centre. prospective student: 8 yrs as a taobao shop owner, no certs",
                               "he wants 选品员 level 3", "and if 3 is out, what can he do")
    assert conversation.profile.years_total == 8.0
    assert "3 years of relevant work" not in answer.text and "Level 4 / Intermediate Worker" in answer.text


# --- each person's facts apart ---------------------------------------------------------------------------------------

def test_a_classmates_level_is_not_the_askers_and_the_top_level_is_named(advisor):
    answer, _ = ask(advisor, "我同学有三级 我有五级", "她说她比我高两级", "可是五比三大啊 到底几级最高")
    assert answer.text.startswith("一级最高")


def test_back_to_me_while_helping_her_is_the_askers_case(advisor):
    answer, _ = ask(advisor, "我老婆在我们县城做直播 卖土特产", "2020年开始播的 一直做到现在 没考过证", "她想考中级 你看行不",
                    "那我呢 我给她打下手 管选货发货 也干了三年了")
    assert answer.text.startswith("按你提供的情况：累计工作3年") and "她的" not in answer.text


def test_two_people_told_after_a_first_sentence_are_kept_apart(advisor):
    answer, _ = ask(advisor, "3rd year uni student here, marketing bachelor",
                    "me and my classmate both want the 互联网营销师 cert. she did a 6 month internship at an MCN last year, I've never worked",
                    "what level can each of us go for right now")
    mine, _, hers = answer.text.partition("[she]")
    assert mine.startswith("[You]") and "0 years" in mine and "6 months" in hers


def test_a_roster_with_dashes_gets_each_person_even_when_short_is_asked(advisor):
    answer, _ = ask(advisor, "need a sanity check on our host roster",
                    "Lily - no cert, streaming since 2023 | Omar - 选品员 L5 from 2021, been selecting since 2020 | Jo - 19, started last month",
                    "who's ready for what? keep it short pls")
    assert all(f"[{name}]" in answer.text for name in ("Lily", "Omar", "Jo"))
    assert "What I understood about them (Omar)" not in answer.text  # (cut person by person)


def test_a_reply_for_several_people_is_cut_under_each_heading():
    text = ("[A]\nWhat I understood about them (A): 3 years.\nThey can apply now for: Level 5 / Junior Worker (entry) (clause L5-A: …)\n"
            "The conditions for levels 5–2 follow the usual national template; this standard's own text was not seen.\n\n"
            "[B]\nWhat I understood about them (B): 6 years.\nThey can apply now for: Level 4 / Intermediate Worker (clause L4-B: …)")
    cut = cut_eligibility(text)
    assert cut.count("What I understood") == 0 and "[A]" in cut and "[B]" in cut and "Level 4" in cut


# --- questions answered as asked -------------------------------------------------------------------------------------

def test_enough_yet_of_a_group_weighs_their_case(advisor):
    answer, _ = ask(advisor, "我係HR 想幫公司啲主播報四級", "佢哋大部分有五級 2023年考嘅", "佢哋係2022年入職 入職之後先考五級", "咁佢哋夠未")
    assert "L4-A" in answer.text and "哪種更好" not in answer.text


def test_when_after_a_rule_weighed_is_the_level_talked_of(advisor):
    answer, _ = ask(advisor, "五级23年1月拿的", "之后一直在播 卖家居用品", "有人说三年就能报四级 有人说四年 到底哪个", "那按四年算 我啥时候能报")
    assert "四级" in answer.text and "2027年1月" in answer.text and "一级/高级技师" not in answer.text


def test_can_i_still_after_no_work_weighs_the_school_route(advisor):
    answer, _ = ask(advisor, "我喺廣州讀中專 電子商務 今年最後一年", "想問下互聯網營銷師四級", "我冇返過工喎 得學校安排嘅實習", "咁都考得？")
    assert "四級/中級工" in answer.text.split("\n")[1] and "L4-C" in answer.text and "基本文化程度" not in answer.text


def test_which_level_and_what_schooling_get_the_case_then_the_schooling(advisor):
    answer, _ = ask(advisor, "您好，我是補習班老師，有學生在問大陸的互聯網營銷師", "他之前在蝦皮做過兩年直播賣東西", "他可以報幾級？需要什麼學歷嗎？")
    assert "五級/初級工" in answer.text and "基本文化程度" in answer.text
    assert answer.text.index("現在可以申報") < answer.text.index("基本文化程度")


def test_a_return_before_a_follow_up_is_set_aside(advisor):
    answer, _ = ask(advisor, "for our course plan: level 3 training hours?", "thx. lunch, brb", "ok back. and level 2?")
    assert "72" in answer.text and "Either of two routes" not in answer.text


def test_give_it_in_chinese_too_repeats_the_answer_in_chinese(advisor):
    assert asked_script("can u give it in chinese too, putting it on a slide")[0] is ZH
    answer, _ = ask(advisor, "teaching an ethics session tomorrow", "what's the code of conduct in the standard?",
                    "can u give it in chinese too, putting it on a slide")
    assert "遵纪守法" in answer.text


def test_expired_typed_as_guoqi_is_read_as_expired(advisor):
    assert "过期" in without_typos("我22年拿的五级 是不是快过其了")
    answer, _ = ask(advisor, "有朋友说证书有效期三到五年 到期要交钱继续教育", "我22年拿的五级 是不是快过其了")
    assert "未确认" in answer.text and "一级/高级技师" not in answer.text


def test_is_that_actually_the_rule_doubts_the_claim_before():
    history = [("im 16, in 高二", "…"), ("the training center said you must be 18 and have 中专 to enroll", "…")]
    assert claims_doubted("is that actually the rule for the level 5 exam?", history)


def test_a_vote_far_ahead_of_the_rest_lowers_the_bar():
    routing = Routing(injection=False, core=True, support=False, other_occupation=False, personal=False, not_covered=None,
                      intent="policy", dishonest=None)
    clear = Evidence(best_chunk=0.7, faq_score=0.52, faq_vote=0.49, faq_margin=0.38)
    torn = Evidence(best_chunk=0.7, faq_score=0.52, faq_vote=0.49, faq_margin=0.05)
    assert decide(routing, clear) is Reply.FAQ and decide(routing, torn) is not Reply.FAQ


# --- added after the first full replay ------------------------------------------------------------------------------

def test_an_apprenticeship_just_ended_is_completed(advisor):
    answer, _ = ask(advisor, "我在一家直播公司当学徒 签了学徒合同的", "学徒期一年 上个月刚满", "对 是直播带货这块的 跟着主播当助播",
                    "五级可以报了吧？")
    assert answer.text.startswith("可以申报五级") and "L5-B" in answer.text


def test_another_occupations_level_dated_after_a_comma_is_held_then():
    profile = read("他拿的是营销员五级，2019年的")
    assert profile.certificate_level == 5 and profile.certificate_age == 7.0


def test_work_after_the_certificate_then_its_years_meet_the_degree_route(advisor):
    answer, _ = ask(advisor, "我大學讀市場營銷 2023年畢業", "畢業嗰年考咗四級視頻創推員 之後喺廣告公司剪片", "做咗三年左右 想考三級", "仲要等幾耐")
    assert answer.text.startswith("可以申報三級") and "L3-C" in answer.text


def test_back_office_work_described_in_english_is_the_platform_administrators(advisor):
    answer, _ = ask(advisor, "my uncle runs a 直播 team for a tea company", "he doesn't stream himself, he handles accounts, analytics, scheduling",
                    "been doing it 5 yrs", "which job type fits him and what level?")
    assert "Platform Administrator job type" in answer.text and "Level 5 / Junior Worker" in answer.text


def test_a_teachers_grads_are_the_people_asked_for(advisor):
    answer, _ = ask(advisor, "I teach at a 高级技工学校, writing an FAQ for grads", "most of our e-commerce grads leave with a level 3 (高级工) cert",
                    "how many years of work before they can apply for 二级?")
    assert "about them (our e-commerce grads)" in answer.text and "you hold" not in answer.text


def test_other_work_said_unrelated_is_no_work_of_this_occupation_and_the_age_said_counts(advisor):
    answer, conversation = ask(advisor, "我初中毕业 没上高中 今年19", "在电子厂上了两年班", "跟直播没关系 就是流水线", "想转行当主播 能考证吗 能考哪级")
    assert conversation.profile.years_total == 0.0 and conversation.profile.other_years == 2.0
    assert "告诉我：你累计" not in answer.text and "如果你已年满16周岁" not in answer.text


def test_how_many_levels_is_the_ladder_not_the_askers_case(advisor):
    answer, _ = ask(advisor, "我在抖音代货快两年了 主要卖零食坚果", "最近好多人说要考直播销售员证 这玩意分几级啊")
    assert answer.text.startswith("直播销售员有五个等级")
