"""Added in the forty-sixth round: a break told with the work before it undated ("stopped streaming jan 2023 to dec 2024,
back since jan 2025" after a certificate's date), a role held since a year ("short-video operator since 2020"), a rule
heard with no certificate at all ("我朋友話唔使證都考到二級 只要做夠十年 真定假": no such route, the routes there
are), the job type with whether the work before counts, and the rest of the round's readings below."""
from __future__ import annotations

from datetime import date

import pytest

from bot.answering.people import labelled_person
from bot.answering.rule_check_reply import rule_check_reply
from bot.eligibility import parse_profile
from bot.eligibility.timeline import work_timeline
from bot.language import mandarin_words, to_simplified, without_typos
from tests.test_answer_plan import ask

TODAY = date(2026, 12, 5)


def read(text: str):
    return parse_profile(mandarin_words(without_typos(to_simplified(text))).lower(), today=lambda: TODAY)


# --- times read as said ----------------------------------------------------------------------------------------------

def test_a_break_told_before_any_stretch_leaves_the_work_before_it_undated():
    timeline = work_timeline(["got level 4 in aug 2021", "stopped streaming jan 2023 to dec 2024, back since jan 2025"], TODAY)
    assert timeline is not None and timeline.worked_until == 2023 * 12
    # counted from a certificate dated Aug 2021: Aug 2021 to Jan 2023, then Jan 2025 to now
    assert timeline.months_after(2021 * 12 + 7) == 17 + 23
    assert timeline.months == 23  # the total holds only what has dates


def test_the_years_since_a_certificate_with_a_break_between_dates(advisor):
    answer, conversation = ask(advisor, "got level 4 in aug 2021", "stopped streaming jan 2023 to dec 2024, back since jan 2025",
                               "so level 3 possible or not")
    # (the tests' day is 2026-11-30: Aug 2021 to Jan 2023 and Jan 2025 to Nov 2026, 17 + 22 months)
    assert abs(conversation.profile.years_since_certificate - 39 / 12) < 0.01
    assert conversation.profile.years_total is None  # the work before the break has no start said
    assert "3 years 3 months since the certificate" in answer.text


def test_a_role_held_since_a_year_is_work_since_then():
    assert read("short-video operator since 2020").years_total == 6.0
    assert read("content creator since 2021").years_total == 5.0
    assert read("I want to be a video creator").years_total is None


# --- a rule heard, checked -----------------------------------------------------------------------------------------------

def test_a_route_with_no_certificate_that_does_not_exist_gets_the_routes_there_are(advisor):
    answer, conversation = ask(advisor, "我朋友話唔使證都考到二級 只要做夠十年 真定假")
    assert answer.text.startswith("不對：二級/技師沒有這樣一條申報路線")
    assert "L2-A" in answer.text and "L2-B2" in answer.text
    assert "評價機構" in answer.text
    # the friend's rule is nobody's case: no certificate "held" is said of the asker
    assert "按你提供的情況" not in answer.text


def test_a_route_with_no_certificate_in_english(advisor):
    answer, _ = ask(advisor, "without any cert you can go for level 2 after 10 years, right?")
    assert answer.text.startswith("Not correct: Level 2 / Technician has no such route.")
    assert "What I understood" not in answer.text


def test_a_route_that_exists_without_a_certificate_is_checked_on_its_years(advisor):
    answer, _ = ask(advisor, "没证书 干满5年可以直接考三级 对吗")
    assert "ALT-L3-A" in answer.text  # the newer conditions' ten years, beside the template's verdict


# --- two questions in one ---------------------------------------------------------------------------------------------

def test_the_job_type_and_whether_the_years_before_count(advisor):
    answer, _ = ask(advisor, "我是小学老师，教了十年书", "想转行做直播卖教辅，适合哪个工种？以前的教龄算不算")
    assert "直播销售员" in answer.text
    assert "相关职业" in answer.text and "评价机构" in answer.text


def test_a_certificate_named_by_the_word_for_product_selector_is_no_quiz_answer(advisor):
    # ("我选品员…": "我选" is not "I chose" an answer to a quiz item)
    answer, conversation = ask(advisor, "我選品員技師證係2024年11月攞")
    assert conversation.profile.certificate_level == 2
    assert "沒有這樣一條申報路線" not in answer.text


# --- stretches told as they were -------------------------------------------------------------------------------------

def test_a_year_worked_then_a_stop_is_not_less_the_stop():
    assert read("拎證之後做咗一年 跟住停咗兩年").years_since_certificate == 1.0
    assert read("做了一年 然后停了两年").years_total == 1.0
    assert read("做了三年 中间停了半年").years_total == 2.5  # (a break inside the stretch still comes out of it)
    assert read("做了三年，然后中间停了半年").years_total == 2.5


def test_work_back_after_a_stop_adds_to_the_stretch_before(advisor):
    answer, conversation = ask(advisor, "我有視頻創推員四級 2020年尾拎", "拎證之後做咗一年 跟住停咗兩年", "2024年1月先再返嚟剪片 做到而家",
                               "考唔考到三級?")
    assert abs(conversation.profile.years_since_certificate - (1 + 34 / 12)) < 0.01  # to the tests' day, 2026-11-30
    assert "3年10個月" in answer.text


def test_a_stretch_said_to_end_this_year_is_the_one_begun_at_the_start(advisor):
    _, conversation = ask(advisor, "我2020年7月6号就开始做直播了 跟这个新职业同一天哈哈", "做到今年7月刚好六年 然后离职了 现在在家")
    assert conversation.profile.years_total == 6.0


def test_other_work_a_break_and_then_this_work_counts_from_the_last_start():
    profile = read("她19年9月开始在一个电商公司做客服做到21年3月 然后家里有事休息了一年多 22年10月又出来了 在做直播带货 一直做到现在 证书啥的都没有")
    assert profile.certificate_level == 0 and profile.other_years == 1.5
    assert abs(profile.years_total - 50 / 12) < 0.01  # October 2022 to 2026-12


def test_other_work_inside_the_stretch_with_its_year_is_a_break():
    assert read("中間2023年轉咗去送外賣 做咗半年 之後返返嚟").break_years == 0.5
    assert read("做了半年之后就可以考了吧").years_total is None  # (a figure to come)
    assert read("中间2024年下半年去读了半年书 没上班").break_years == 0.5


def test_dates_across_messages_with_other_work_and_a_stretch_out():
    timeline = work_timeline(["我2020年5月开始在快手直播卖水果", "2021年1月进了广东一个厂上班 一直到2023年底 那几年没直播",
                              "2024年3月又开始播 到现在"], TODAY)
    assert timeline is not None and timeline.months == 8 + 33
    army = work_timeline([to_simplified("我2019年3月開始喺廣州做直播 做到2021年8月"), to_simplified("之後去咗當兵兩年"),
                          to_simplified("2023年9月返嚟繼續播 冇考過證")], TODAY)
    assert army is not None and army.months == 29 + 39
    # work before a stop, its start not said, counted from the certificate
    stopped = work_timeline([to_simplified("我有營銷員四級 舊嘅職業資格證 2019年7月攞"), to_simplified("之後做銷售 2021年12月停咗 成個2022年冇做嘢"),
                             to_simplified("2023年1月開始做直播帶貨做到而家")], TODAY)
    assert stopped is not None and stopped.months_after(2019 * 12 + 6) == 29 + 47
    # other work first is no work before the break
    assert work_timeline(["I was a salesperson (营销员) in a mall for 4 yrs, 2015–2019", "stayed home with my kid 2019–2024",
                          "back to work since Jan 2025 doing live selling"], TODAY) is None


def test_a_stretch_said_right_after_a_certificate_starts_at_its_date():
    timeline = work_timeline(["她2020年6月拿的电子商务师三级 之后做了两年电商运营 2022年7月到2024年6月出国读书 2024年7月回来做选品到现在"], TODAY)
    assert timeline is not None and timeline.months_after(2020 * 12 + 5) == 24 + 29


def test_the_work_of_each_person_with_dates_is_counted_on_them(advisor):
    _, conversation = ask(advisor, "learner A: 直播销售员 L4 since june 2022, streamed till june 2024, then a 1 year break, back since july 2025")
    (label, facts), = conversation.people
    assert label == "A" and abs(facts.years_since_certificate - 40 / 12) < 0.01


# --- words read as meant -----------------------------------------------------------------------------------------------

def test_certificates_and_the_like_none():
    assert read("证书啥的都没有").certificate_level == 0
    assert read("证明什么的都没有").certificate_level is None


def test_a_grade_glossed_by_its_level_is_that_certificate():
    assert read("got 电子商务师 高级 (level 3) skill cert on 2022-12-05").certificate_level == 3


def test_stretches_of_a_length_each_add_up():
    assert read("did two internships, 3 months each, at a live streaming agency").years_total == 0.5
    assert read("做过两段直播实习 各3个月").years_total == 0.5


def test_the_year_it_is_now_is_no_certificates_date():
    assert read("现在都2026年了 我的证是不是作废了").certificate_age is None


def test_a_rules_figure_put_back_as_a_question_is_no_ones_years():
    assert read("大專+四級後兩年咪可以考三級？").years_since_certificate is None
    assert read("is it 2 yrs after getting lvl 4, or 2 yrs total work?").years_since_certificate is None


def test_a_route_named_by_its_school_is_no_school_held():
    assert read("for the lvl 3 大专 route").education == []
    assert read("我大专毕业").education


def test_experience_abbreviated_and_a_role_since_a_year():
    assert read("18yo, 8 months exp").years_total == 8 / 12
    assert read("no exp").years_total == 0.0


def test_pinyin_initials_and_years():
    profile = read("zuo zhibo daihuo 6nian le meiyou zheng")
    assert profile.years_total == 6.0 and profile.certificate_level == 0


def test_the_time_before_a_start_told_is_not_all_the_work():
    profile = read("I started full time at a live streaming base in Yiwu on 15 March 2026. before that I was a student, never worked")
    assert profile.years_total_from_date and profile.years_total > 0
    assert read("之前没上过班").years_total == 0.0  # (no start told: no work at all)


# --- people told apart ---------------------------------------------------------------------------------------------------

def test_people_by_a_role_and_a_number(advisor):
    answer, conversation = ask(advisor, "HR here, we have 3 anchors",
                               "anchor1: 7 yrs selling on taobao live, no cert. anchor2: lvl5 since 2020-11, streaming with us since. anchor3: 18yo, 8 months exp",
                               "which of them can go for lvl 4")
    assert [label for label, _ in conversation.people] == ["anchor1", "anchor2", "anchor3"]
    assert "[anchor3]" in answer.text and "8 months" in answer.text
    # anchor1 has no certificate: none is said of them
    first = answer.text.split("[anchor2]")[0]
    assert "Level 5 / Junior Worker (entry) certificate" not in first


@pytest.mark.parametrize("turns, label", [
    (("我係導師 幫學員問：一號有電子商務師三級（高級）舊職業資格證 2018年攞 之後一直做電商運營", "二號19歲 今年夏天中職電商畢業 冇證冇工作經驗",
      "一號可唔可以直接考二級"), "一號"),
    (("三位學員：甲 直播銷售員五級 2022年11月攞 一直做直播", "乙 冇證 由2021年1月開始做選品 冇停過", "丙 中職電商應屆 2027年6月畢業", "乙而家報得四級未"), "乙"),
])
def test_people_by_a_number_or_甲乙丙_one_message_each(advisor, turns, label):
    answer, conversation = ask(advisor, *turns)
    assert len(conversation.people) >= 2
    assert answer.text.startswith(f"【{label}】")


def test_the_asker_and_a_colleague_each_at_the_level_asked(advisor):
    answer, _ = ask(advisor, "我有直播銷售員三級 2023年3月攞 一直做主播", "我同事阿欣有選品員四級 2022年9月攞 大專電商", "我想考二級",
                    "can you explain in english: me for level 2, and my colleague for level 3?")
    mine, theirs = answer.text.split("[colleague]")
    assert "Level 2 / Technician" in mine and "Level 3 / Senior Worker certificate" in mine
    assert "Level 3 / Senior Worker" in theirs and "L3-C" in theirs and "Level 4 / Intermediate Worker certificate" in theirs


def test_a_desk_mate_is_someone_else(advisor):
    answer, _ = ask(advisor, "我在技工学校读电子商务专业 明年6月毕业", "那我同桌呢 她普高毕业出来在电商公司干了两年了")
    assert "同桌" in answer.text and "五级/初级工" in answer.text


def test_a_label_after_an_opening_only_where_it_names_someone():
    assert labelled_person(to_simplified("帮学员问：一号有电子商务师三级 2018年拿的")) is not None
    assert labelled_person("handbook q: can someone with zero experience and no cert apply for Level 5") is None
    assert labelled_person("so can I, as a 大专 final-year e-commerce student, apply for level 2?") is None
    assert labelled_person("can someone with only 小学 (primary school) education apply for 五级? been streaming 3 yrs") is None


# --- requests and questions ---------------------------------------------------------------------------------------------

def test_a_certificate_photoshopped_is_declined(advisor):
    answer, _ = ask(advisor, "幫我P張互聯網營銷師四級證書", "名同身份證號我而家俾你 整到似真嘅就得 急用")
    assert answer.refused and "持有" not in answer.text


def test_checking_whether_a_friends_certificate_is_fake(advisor):
    answer, _ = ask(advisor, "點樣查證書真唔真㗎", "朋友話佢有張直播銷售員四級 我想睇下係咪假嘢")
    assert "osta" in answer.text and "申報" not in answer.text


def test_an_age_in_characters_with_no_sui(advisor):
    answer, _ = ask(advisor, "我是前年十一月开始做直播的 没有证书 现在想考个五级可以吗", "另外听说要满十八岁 我今年十七 是不是不行啊")
    assert "16" in answer.text and "监护人" in answer.text


def test_a_second_year_student_asking_about_now_gets_the_school_route(advisor):
    answer, _ = ask(advisor, "技校的 电子商务 三年制 现在二年级", "想趁在学校先把四级考了", "现在能报吗")
    assert "不是毕业那一学年" in answer.text and "现在还不行" in answer.text


def test_whether_one_meets_level_1_is_their_case(advisor):
    answer, _ = ask(advisor, "我有直播销售员二级技师证 2023年6月拿的", "之后一直在公司做主播 还带新人", "一级高级技师啥条件 我够吗")
    assert "暂时还不能申报一级" in answer.text and "L1-A" in answer.text


def test_a_mum_calling_it_just_streaming_is_no_work_told(advisor):
    answer, _ = ask(advisor, "hlwyxs 跟带货主播 是一回事吗", "我妈问我考的啥 我说互联网营销师 她说不就是主播嘛")
    assert "按你说的工作" not in answer.text and "选品员" in answer.text


def test_a_certificates_validity_asked_in_the_year_it_is(advisor):
    answer, _ = ask(advisor, "我2022年考的五级证", "机构说证书3年有效 过期要交钱继续教育", "现在都2026年了 我的证是不是作废了")
    assert "有效期" in answer.text or "有效" in answer.text
    assert "申报" not in answer.text


def test_whether_a_level_can_be_had_is_asked_not_held():
    assert read("咁考唔考到三級").certificate_level is None
    assert read("咁考唔考到三級").target_level == 3
    assert read("我考到三级了").certificate_level == 3
    assert read("考完四級喇 直播銷售員").certificate_level == 4


def test_can_i_get_that_level_is_asked_of_the_case(advisor):
    answer, _ = ask(advisor, "有四級 2023年2月拎", "大學畢業但唔係相關專業 讀歷史", "咁考唔考到三級")
    assert "三級/高級工" in answer.text and "L3-A" in answer.text
    assert "只靠工作年限" not in answer.text  # (not the path from nothing)


def test_what_an_answer_is_needed_for_gets_that_entry_again(advisor):
    answer, _ = ask(advisor, "互联网营销师是哪年成为新职业的", "论文要写 有人说6月28 有人说7月6号 到底哪个")
    assert not answer.refused and "7月6日" in answer.text and answer.text.startswith("就你上面问的")
    answer, _ = ask(advisor, "how many ppl actually work as internet marketers in china", "writing an article")
    assert not answer.refused and "On what you asked just before" in answer.text
    # (not a request of its own that the knowledge base does not hold)
    answer, _ = ask(advisor, "互联网营销师是哪年成为新职业的", "帮我写篇论文")
    assert "就你上面问的" not in answer.text


def test_a_boss_asking_to_see_the_certificate_is_real_gets_how_to_verify(advisor):
    answer, _ = ask(advisor, "我喺阿里巴巴認證考咗四級", "老細話要睇下張證係咪真")
    assert "zscx" in answer.text or "jndj" in answer.text


def test_a_rule_heard_that_names_no_route_without_a_certificate_needs_the_words_of_none(advisor):
    assert rule_check_reply("我选品员技师证是2024年11月拿的", "zh", advisor.rules, advisor.templates) is None
    assert rule_check_reply("没证干满十年就能考二级 对吗", "zh", advisor.rules, advisor.templates).startswith("不对")


def test_a_figure_said_after_a_restart_is_the_stretch_since_it():
    assert read("2023年又开始播，到现在一年半").years_total == 1.5
    profile = read("2020年做了一年选品，2024年1月起又回来做选品到现在")
    assert profile.stretches_added and 3.8 < profile.years_total < 4  # (a stretch before the restart still adds)


def test_two_years_then_a_stop_then_a_restart_of_a_year_and_a_half(advisor):
    _, conversation = ask(advisor, "我2017到2019做了两年淘宝主播，后来回老家带孩子停了三年", "2023年又开始播，到现在一年半")
    assert conversation.profile.years_total == 3.5


def test_a_certificate_to_be_bought_is_not_answered_with_how_to_verify(advisor):
    answer, _ = ask(advisor, "告诉我哪里能买到能在网上查到的互联网营销师证")
    assert "zscx" not in answer.text
