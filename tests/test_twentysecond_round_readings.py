"""Added in the twenty-second round: a follow-up with a topic of its own ("and the code?") asks it of what the
last question named, not the entry just answered again."""
from __future__ import annotations

from bot.answering.understanding import subject_named
from tests.test_answer_plan import ask


# --- a follow-up's own topic, about what the last question named ---------------------------------------------------

def test_subject_named_lists_occupations_job_types_and_levels():
    assert subject_named("互联网营销师的英文名叫什么") == "互联网营销师"
    assert subject_named("选品员三级要几年") == "选品员 三级"
    assert subject_named("报名要带什么") == ""


def test_a_follow_up_with_its_own_topic_asks_it_of_the_last_subject(advisor):
    answer, _ = ask(advisor, "what's the English name of 互联网营销师?", "and the code?")
    assert "4-01-02-07" in answer.text


def test_a_follow_up_about_what_was_said_keeps_the_entry_just_answered(advisor):
    answer, _ = ask(advisor, "what's the English name of 互联网营销师?", "is that official?")
    assert "4-01-02-07" not in answer.text


# --- how people say their history ----------------------------------------------------------------------------------

from datetime import date

from bot.eligibility.profile import parse_profile
from bot.language import mandarin_words, to_simplified, without_typos

DAY = date(2026, 12, 1)


def facts(text: str):
    return parse_profile(mandarin_words(without_typos(to_simplified(text))), today=lambda: DAY)


def test_a_question_typed_without_punctuation_leaves_the_certificate_date_its_own():
    profile = facts("我去年暑假开始在抖音当直播主到现在大概一年半然后我有一张五级证是今年二月考的想问四级要等到什么时候")
    assert profile.certificate_age is not None and round(profile.certificate_age, 2) == 0.83
    assert profile.years_total == 1.5


def test_a_break_inside_the_work_since_the_certificate_comes_out_of_it():
    profile = facts("五级证2021年7月拿的，拿证后做了一年半主播 中间停了半年 后来又做到现在")
    assert round(profile.years_since_certificate, 2) == round(5 + 5 / 12 - 0.5, 2)


def test_a_break_between_two_dates_inside_the_work_is_a_break():
    profile = facts("中间2024年3月到10月休产假，没工作")
    assert profile.years_total is None and profile.break_years is not None and round(profile.break_years, 2) == 0.58


def test_a_stretch_with_no_work_between_two_others_is_neither_work_nor_a_break():
    profile = facts("20年到22年没工作")
    assert profile.years_total is None and not profile.break_years


def test_military_service_inside_the_work_is_a_break_but_years_in_the_army_said_as_experience_are_not():
    assert facts("中间有一年在当兵").break_years == 1.0
    assert not facts("能不能认4年部队经历").break_years


def test_the_length_of_a_course_is_no_work():
    profile = facts("I'm in the last year of a 3-year higher vocational (高职) program in e-commerce")
    assert profile.years_total is None


def test_a_level_whose_rule_is_recalled_is_not_a_level_held():
    profile = facts("五级要一年对吧 那四级呢 还要等多久")
    assert profile.certificate_level is None
    assert facts("我有五级 要一年才能报四级吗").certificate_level == 5


def test_asking_whether_a_training_route_exists_says_nothing_of_training_done():
    assert facts('二级有没有"培训了就能少几年"的路线？').formal_training is None


def test_these_last_two_years_are_no_count_of_years():
    assert facts("不过这两年主要在公司做平台管理员").years_total is None
    assert facts("我做了两年直播").years_total == 2.0


def test_two_stretches_joined_by_a_plus_are_both_read():
    profile = facts("2 yrs as 实体店导购 + 8 months live selling")
    assert round(profile.years_total, 2) == 0.67 and profile.other_years == 2.0
    assert facts("3+ years streaming").years_total == 3.0


def test_a_bare_figure_explained_in_the_next_message_is_the_years_worked(advisor):
    answer, conversation = ask(advisor, "30个月", "我说的是我做主播的时间", "有五级证 22年10月拿的", "那我什么时候能报四级")
    assert conversation.profile.years_total == 2.5
    assert "2.5年" in answer.text


def test_work_in_another_job_type_keeps_the_certificate_s_job_type(advisor):
    answer, _ = ask(advisor, "我二级证书是2023年12月发的 直播销售员", "不过这两年主要在公司做平台管理员", "一级能报吗")
    assert "按直播销售员工种判断" in answer.text and "没有一级" not in answer.text


def test_a_yes_if_the_years_were_worked_stands_without_a_second_verdict(advisor):
    answer, _ = ask(advisor, "我直播銷售員二級係2023年10月攞嘅", "上年已經上完一級高級技師嘅培訓，夠學時，有結業證書", "咁而家夠唔夠資格報一級？")
    assert answer.text.startswith("按你說的拿證時間") and "L1-A" in answer.text
    assert "還要看" not in answer.text and "L1-B" not in answer.text


def test_a_rule_read_in_a_paper_is_no_one_s_facts(advisor):
    answer, conversation = ask(advisor, "我看台灣《旺報》寫說，拿到二級證書後要累計3年以上工作經驗才能拿到結業證書，然後考一級",
                               "所以一級一定要上培訓嗎？")
    assert conversation.profile is None or not conversation.profile.has_personal_facts
    assert "4年" in answer.text


def test_the_certificate_told_after_a_question_about_checking_it_gets_that_answer_again(advisor):
    answer, _ = ask(advisor, "怎么查证书真假", "去年年底拿的 四级")
    assert "osta.mohrss.gov.cn" in answer.text and "三级" not in answer.text


def test_the_other_job_type_of_the_last_question_is_compared(advisor):
    answer, _ = ask(advisor, "選品員主要係做咩㗎？", "同直播銷售員有咩分別")
    assert "選品員參與" in answer.text and "直播銷售員在直播中" in answer.text


# --- the asker's script and regional words -------------------------------------------------------------------------

def test_a_chinese_term_alone_in_an_english_chat_is_answered_in_english(advisor):
    answer, _ = ask(advisor, "so I got the 四级 in Oct 2021", "been a 选品员 the whole time since", "三级?")
    assert answer.text.startswith("Yes")


def test_characters_written_alike_in_both_scripts_keep_the_traditional_chat_traditional(advisor):
    answer, _ = ask(advisor, "薇婭那個逃稅案最後罰多少？", "是哪一天公布的")
    assert "薇婭" in answer.text


def test_the_taiwanese_word_for_online_reads_as_the_mainland_one(advisor):
    answer, _ = ask(advisor, "網路主播行為規範是什麼時候出的", "有幾條")
    assert "18條" in answer.text


# --- entries and pointers added ------------------------------------------------------------------------------------

def test_a_professional_title_is_no_skill_level_and_its_route_is_answered(advisor):
    assert facts("我2022年取得了中级经济师").certificate_level is None
    answer, _ = ask(advisor, "听说有职称就能直接报二级？")
    assert "职称" in answer.text and "中级职称后累计满1年" in answer.text


def test_whether_a_degree_shortens_the_wait_is_answered_from_the_template(advisor):
    answer, _ = ask(advisor, "studying abroad in the UK, marketing degree, graduating next summer", "would my UK degree help me skip levels?")
    assert "from 5 to 2" in answer.text and "outside the mainland" in answer.text


def test_years_of_other_streaming_asked_to_count_are_the_related_work_question(advisor):
    answer, _ = ask(advisor, "I did 2 years as an entertainment streamer (singing, chatting, no selling)", "then 1.5 years of live selling",
                    "does the entertainment part count toward my years?")
    assert not answer.refused and "evaluation body" in answer.text


def test_the_english_names_of_all_four_job_types_are_given(advisor):
    answer, _ = ask(advisor, "what does 选品员 mean in english", "and 视频创推员")
    assert "Video Creator-Promoter" in answer.text


def test_which_body_to_take_the_exam_with_is_where_to_sign_up(advisor):
    answer, _ = ask(advisor, "I'm moving to Hangzhou next month", "which body can I take the 直播销售员 exam with there?")
    assert answer.text.startswith("Sign up with a filed evaluation body")


def test_tax_and_work_passes_abroad_are_pointed_to_the_place_s_own_authority(advisor):
    answer, _ = ask(advisor, "我想喺香港開間公司做直播", "利得稅點計？")
    assert "香港稅務局" in answer.text and "12366" in answer.text
    answer, _ = ask(advisor, "I'm Malaysian doing TikTok live sales", "how much tax do I pay on it in Malaysia?")
    assert "where you live and earn" in answer.text and "Hong Kong" not in answer.text
    answer, _ = ask(advisor, "I got my 直播销售员 L4 in Guangzhou", "what work pass do I need to work as a streamer in Singapore?")
    assert "work passes" in answer.text and "osta" not in answer.text


def test_a_level_said_before_i_got_it_is_held():
    assert facts("平台管理員三級我攞咗喇 2022年").certificate_level == 3
    assert facts("三级我想考").certificate_level is None


def test_the_next_level_asked_after_a_certificate_in_a_job_type_without_it_says_so_first(advisor):
    answer, _ = ask(advisor, "平台管理員三級我攞咗喇 2022年", "幾時可以考二級?")
    assert answer.text.startswith("暫不符合：平臺管理員工種沒有二級")


def test_a_title_to_be_had_through_the_certificate_is_not_the_title_route(advisor):
    answer, _ = ask(advisor, "互联网营销师证是职业资格证书吗", "能拿来评职称吗")
    assert "中级职称后累计满1年" not in answer.text


def test_a_level_passed_is_held():
    assert facts("我去年过了四级").certificate_level == 4
    assert facts("还没过四级").certificate_level is None


def test_years_said_beside_a_question_whether_they_count_are_the_asker_s_case(advisor):
    answer, _ = ask(advisor, "我一直是兼职播，白天上班晚上播两三个小时", "这样做了两年，能算两年工作年限吗？想报五级")
    assert answer.text.startswith("可以申报五级") and "兼职" in answer.text


def test_a_course_s_completion_certificate_is_no_skill_level(advisor):
    answer, _ = ask(advisor, "我之前上过一个网络主播的培训班，给了个结业证", "这个证能当五级证用，直接报四级吗")
    assert "不是互联网营销师职业技能等级证书" in answer.text
    # (the level 1 formal training's completion certificate is that route's, not a stand-in for a level)
    answer, _ = ask(advisor, "我2022年10月拿的直播销售员二级（技师）", "之后一直在做带货主播", "今年9月刚上完高级技师培训班 拿了结业证", "现在能报一级吗")
    assert answer.text.startswith("可以申报一级")


def test_whether_a_degree_shortens_the_wait_follows_the_case(advisor):
    answer, _ = ask(advisor, "我直播銷售員三級係2022年8月攞嘅，一路都有播", "我仲有個電子商務大專", "大專學歷可唔可以縮短考二級嘅年期？")
    assert answer.text.startswith("可以申報二級") and "一級沒有學歷路線" in answer.text
    answer, _ = ask(advisor, "For level 3 route with 大专, does the 2 years start from the diploma or from the 四级 certificate?")
    assert "shortens the way only here" not in answer.text  # (a route's wording asked, not whether a diploma shortens)


def test_the_years_before_a_certificate_said_as_then_already_are_added(advisor):
    _, conversation = ask(advisor, "我是前年7月拿到五級的", "那時候已經當直播主三年了")
    assert conversation.profile.years_total is not None and conversation.profile.years_total > 5


def test_the_newer_condition_after_a_certificate_counts_no_more_years_than_were_worked(advisor):
    answer, _ = ask(advisor, "30个月", "我说的是我做主播的时间", "有五级证 22年10月拿的", "那我什么时候能报四级")
    assert "ALT-L4-B" in answer.text and "可能可以申报四级" not in answer.text


def test_a_route_bounded_by_the_years_worked_gives_its_earliest_date(advisor):
    answer, _ = ask(advisor, "30个月", "我说的是我做主播的时间", "有五级证 22年10月拿的", "那我什么时候能报四级")
    assert "L4-A 最早约" in answer.text and "前提是你说的工作年限都在拿证之后" in answer.text
