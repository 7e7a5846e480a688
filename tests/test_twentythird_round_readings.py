"""Added in the twenty-third round: people told apart across messages (by their place in a list, the asker and
someone else, facts said of both), terse and slangy messages (grade words for levels, "4级→3级", "lv3 req?",
"X = Y?"), and dates said loosely ("21年頭", "2020年做到而家", "中间做了半年外卖 其他时间都在做选品")."""
from __future__ import annotations

from datetime import date

from bot.answering.level_names import level_name_question
from bot.answering.people import labelled_person, named_in
from bot.answering.understanding import levels_named
from bot.eligibility.profile import parse_profile, taught_school
from bot.language import mandarin_words, to_simplified, without_typos
from tests.test_answer_plan import ask

DAY = date(2026, 11, 30)


def facts(text: str):
    return parse_profile(mandarin_words(without_typos(to_simplified(text))), today=lambda: DAY)


# --- dates said loosely ------------------------------------------------------------------------------------------

def test_a_two_digit_year_with_the_start_of_the_year_is_a_date_not_years():
    profile = facts("五級證21年頭考嘅")
    assert profile.certificate_level == 5 and profile.years_since_certificate != 21.0
    assert profile.certificate_age is not None and 5 < profile.certificate_age < 6


def test_a_corrected_two_digit_year_replaces_the_first():
    profile = facts("五級證21年頭考嘅... 唔係 係22年頭")
    assert profile.certificate_age is not None and 4 < profile.certificate_age < 5


def test_work_from_a_year_until_now_is_work_since_that_year():
    profile = facts("我 2020年做到而家 直播")
    assert profile.years_total is not None and 5.9 <= profile.years_total <= 6  # (the month not said: the fewest)


def test_other_work_in_the_middle_with_the_rest_of_the_time_on_this_work_is_a_break():
    profile = facts("四级证22年12月拿的 中间换过工作 做了半年外卖 其他时间都在做选品")
    assert profile.years_total is None
    # (December 2022 to the end of November 2026, less the half year)
    assert profile.years_since_certificate is not None and round(profile.years_since_certificate, 2) == round(3 + 11 / 12 - 0.5, 2)


def test_a_figure_of_a_rule_is_no_fact_of_the_asker():
    assert facts("does that let me skip the 1 year work requirement for level 5?").years_total is None


def test_no_work_since_is_not_work_since():
    assert not facts("she worked until Sept 2023, then went back to study, no work since.").worked_since_certificate


def test_a_school_someone_would_like_to_teach_at_is_neither_their_school_nor_where_they_teach():
    assert taught_school(mandarin_words("我想去职校教直播")) is None
    assert not facts("我想去职校教直播").education


# --- levels said by grade words, arrows and abbreviations ---------------------------------------------------------

def test_gao_ji_alone_taken_or_asked_is_level_3():
    assert levels_named("啥时候能考高级") == (3,)
    assert levels_named("高级职称怎么评") == ()
    assert levels_named("有没有办法快点拿高级一点的证") == ()


def test_a_level_reached_from_another_asks_the_second(advisor):
    answer, _ = ask(advisor, "4级→3级 几年")
    assert "三级/高级工" in answer.text.splitlines()[0] and not answer.refused


def test_a_level_asked_with_an_abbreviation_gets_its_conditions(advisor):
    answer, _ = ask(advisor, "lv3 req?")
    assert answer.text.startswith("To apply for Level 3")


def test_two_names_asked_to_be_one_level():
    same = level_name_question("初级证=五级?")
    assert same is not None and same.same is not None and same.levels == (5, 5)
    apart = level_name_question("高级证 是不是就是高级技师")
    assert apart is not None and apart.levels == (3, 1)
    assert level_name_question("那告诉我，二级技师是不是三级证满1年就能考？") is None  # a rule asked about


def test_two_names_of_one_level_are_confirmed_and_two_levels_told_apart(advisor):
    answer, conversation = ask(advisor, "高级证 是不是就是高级技师")
    assert answer.text.startswith("不是：高级证是三级/高级工，高级技师是一级/高级技师")
    assert conversation.profile is None or conversation.profile.certificate_level is None  # nothing held
    answer, _ = ask(advisor, "level 3 = senior?", "and 4?")
    assert answer.text.startswith("Level 4 is Intermediate Worker")


# --- people told apart across messages ------------------------------------------------------------------------------

def test_a_person_opened_by_their_place_in_a_list():
    label, profile = labelled_person("第二个 大专 会计专业 四级证2023年12月拿的 后来一直做直播")
    assert label == "第二位" and profile.certificate_level == 4
    label, _ = labelled_person("#1 Zhou: 技工学校 grad in 市场营销 2024, no cert")
    assert label == "Zhou (No. 1)"
    label, _ = labelled_person("Anchor 3: no certs, 11 yrs experience.")
    assert label == "Anchor 3"
    label, _ = labelled_person("Student A: 大专 in 电子商务, got 四级 in Jan 2024")
    assert label == "A"


def test_a_person_named_by_their_place_in_the_question():
    people = [("阿So", facts("冇證，做咗三年")), ("阿Ben", facts("有四級"))]
    assert named_in("第二個可唔可以考三級", people) == ["阿Ben"]
    assert named_in("最后那个能报什么", people) == ["阿Ben"]
    assert named_in("the one I mentioned first — 四级 possible?", people) == ["阿So"]


def test_the_second_of_two_students_gets_their_own_case(advisor):
    answer, _ = ask(advisor, "我是培训老师 班上有几个学员情况比较特殊 帮我看看",
                    "第一个 技师学院毕业 有四级证 是今年的应届生",
                    "第二个 大专 会计专业 四级证2023年12月拿的 后来一直做直播",
                    "第二个能报三级吗")
    assert answer.text.startswith("【第二位】")
    assert "在读应届" not in answer.text and "技师学院（" not in answer.text  # the first student's school is not theirs


def test_a_spouse_told_of_after_the_asker_keeps_their_own_facts(advisor):
    answer, _ = ask(advisor, "我有五級直播銷售員 2024年拿的", "他沒有證 但他之前在義烏做了七年的電商客服跟直播", "那他可以直接考四級嗎")
    assert "L4-B" in answer.text and "五級/初級工證書" not in answer.text.split("按你說的")[-1]


def test_the_asker_after_someone_else_starts_afresh_and_the_other_comes_back(advisor):
    answer, conversation = ask(advisor, "幫我太太問 她在福州做了四年多的直播帶貨 沒有證", "我自己是做平台後台的 有三級平台管理員",
                               "她可以考哪一級")
    assert "累計工作4年" in answer.text and "三級/高級工證書" not in answer.text
    assert conversation.own_case is not None and conversation.own_case[0].certificate_level == 3


def test_the_asker_after_a_sister_at_school_is_not_given_her_school(advisor):
    answer, _ = ask(advisor, "我妹妹在杭州念高職的電子商務 明年畢業", "那我呢？我大學讀企管 畢業後在台灣做了三年的網拍")
    assert "高職" not in answer.text and "累計工作3年" in answer.text


def test_what_both_got_is_each_ones(advisor):
    answer, _ = ask(advisor, "My twin sister and I both got 四级 选品员 on the same day, 15 Mar 2022.",
                    "I've worked every month since. She worked with me until Sept 2023, then went back to full-time study, "
                    "no work since. She has a 本科 in 市场营销.", "Can SHE apply for 三级?")
    assert answer.text.startswith("[She]") and "Level 4 / Intermediate Worker certificate" in answer.text
    assert "Yes, they may apply" not in answer.text  # her years since are not all work


# --- a request declined, and more of it ------------------------------------------------------------------------------

def test_more_of_an_off_topic_request_is_declined_again(advisor):
    answer, _ = ask(advisor, "帮我写个卖面膜的直播话术", "三分钟的")
    assert answer.refused and "考试" not in answer.text
    answer, _ = ask(advisor, "抖音怎么快速涨粉", "谢谢")
    assert not answer.refused


def test_a_lost_certificate_asked_about_twice_is_not_the_next_level(advisor):
    answer, _ = ask(advisor, "個仔張四級證唔見咗", "點算好？可唔可以補？")
    assert "補辦" in answer.text and "三級/高級工" not in answer.text


def test_a_short_question_about_it_after_an_answer_stays_in_the_conversation(advisor):
    answer, _ = ask(advisor, "what does a 视频创推员 do exactly", "is it just tiktok editing")
    assert not answer.refused and "Video Creator" in answer.text


# --- a case told across messages, asked about in a few words -----------------------------------------------------

def test_going_up_from_a_certificate_told_before_is_that_case(advisor):
    answer, _ = ask(advisor, "我闺蜜在一家电商公司做平台管理员 她想考最高级别", "她现在有三级 2020年拿的", "她还能往上考吗")
    assert "三级/高级工，没有更高的等级" in answer.text and "平台管理员" in answer.text


def test_an_older_sister_is_someone_else(advisor):
    answer, _ = ask(advisor, "我姊姊在大陸念了技師學院 有預備技師證", "但是畢業後只工作一年半", "她現在可以報技師嗎")
    assert answer.text.startswith("暫不符合申報二級/技師") and "TA已滿1.5年" in answer.text


def test_facts_told_after_a_levels_conditions_are_decided_for_that_level(advisor):
    answer, _ = ask(advisor, "三级要什么条件", "我有四级 2022年拿的 一直在做直播")
    assert "三级/高级工" in answer.text.splitlines()[0] and "L3-A" in answer.text


def test_a_level_wanted_after_a_certificate_question_is_the_case_not_the_question_again(advisor):
    answer, _ = ask(advisor, "主播证咋考", "我没证 带货干了快两年了 想考四级")
    assert "四级/中级工" in answer.text.splitlines()[0] and "L5-A" in answer.text


def test_years_put_to_the_test_are_the_askers(advisor):
    answer, _ = ask(advisor, "so with 1 yr I can do level 4 right")
    assert "you cannot apply for Level 4" in answer.text and "Level 5 / Junior Worker (entry) is open now" in answer.text


def test_a_certificate_named_then_dated_is_held(advisor):
    answer, conversation = ask(advisor, "选品员四级", "22年12月拿的")
    assert conversation.profile.certificate_level == 4 and conversation.profile.job_type == "product_selector"


def test_a_university_student_in_the_final_year_is_one(advisor):
    profile = facts("我在读大四 市场营销专业")
    assert profile.final_year and "junior_college_or_above_relevant" in profile.final_year_student_of


def test_the_least_time_on_camera_is_the_job_types_off_camera(advisor):
    answer, _ = ask(advisor, "which of the 4 job types needs least camera time")
    assert answer.text.startswith("Consider the Product Selector")


def test_an_apprenticeship_supposed_after_the_case_gets_the_apprenticeship_route(advisor):
    answer, _ = ask(advisor, "what do i need for level 5 直播销售员?", "i've done about 10 months of livestreaming so far",
                    "and what if i was an apprentice at a streaming company before that?")
    assert "apprenticeship" in answer.text.splitlines()[0]


def test_whether_an_association_certificate_is_in_the_national_query(advisor):
    answer, _ = ask(advisor, "我考的那个是中国轻工业联合会和中国工业合作协会一起发的", "叫专项能力评价证书", "人社网能查到吗")
    assert answer.text.startswith("协会颁发的“专项能力评价证书”不是互联网营销师职业技能等级证书")


def test_what_going_up_would_bring_is_not_the_next_levels_conditions(advisor):
    answer, _ = ask(advisor, "我现在是直播销售员四级", "想往管理方向走 带团队", "往上考对这个有帮助吗 高级别要求什么能力")
    assert "告诉我：取得这张证书后" not in answer.text


def test_a_level_held_that_the_job_type_does_not_have_is_to_be_checked(advisor):
    answer, _ = ask(advisor, "我弟想考视频创推员一级", "他二级是2022年5月拿的 一直在做短视频", "等下 他说他的二级是平台管理员的")
    assert "没有二级/技师；请核对证书上写的等级和工种" in answer.text and "你已持有本工种的最高等级" not in answer.text


def test_what_a_relative_says_of_the_rules_is_no_fact_of_theirs(advisor):
    answer, conversation = ask(advisor, "my cousin says 互联网营销师 and 网络主播 are the same thing since 2024", "is she right?")
    assert "separate occupation since July 2024" in answer.text
    assert conversation.profile is None or not conversation.profile.has_personal_facts


def test_the_top_level_wanted_is_level_1_and_the_highest_one_can_take_is_not(advisor):
    answer, _ = ask(advisor, "我想考最高的那个 要啥")
    assert "一级/高级技师" in answer.text.splitlines()[0]
    answer, _ = ask(advisor, "14年开始开淘宝店，16年开始直播，一直没断过，也没考过证", "想考我能考的最高级别")
    assert "现在可以申报：四级/中级工" in answer.text
