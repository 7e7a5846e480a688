"""Added in the sixty-seventh round: English speakers and mixed language, and what-ifs, changed facts and next steps.

- What one message says: "去年刚拿了四级" is dated by its year, not "just now"; three summers of two months each are six
  months; "started there Aug last year" after a workplace named; "except got 3 months I stopped when I gave birth" is a
  break; "no diploma or degree" lacks both; a programme's length ("e-commerce program, 3 years") is no work; a space
  after a pass ends its clause ("假如三级下个月考过了 二级…"); "技师和高级技师最早啥时候能考" asks both; a course that
  "promises level 3" or a link to buy one holds none; "进这行" starts the work; "joined a company as a host on 7 Dec
  2020"; "graduated 2023 … while still a final-year student" is graduated; a paper found to be a training certificate
  ("原来我嗰张系…结业证 唔系五级证") is no certificate; "播嗰四年" pointed back is not four more years; "last year,
  around August" is August of last year; pinyin for the occupation's words.
- Questions read as asked: a bare "is it legit?" two messages after a claim; how to write a certificate for a CV; what
  comes after a level, for the asker; a plan to a level; a level "after that"; the case under the newer conditions;
  "does anything change" after graduating; whether level 1 training is compulsory; the break that "kills" the years;
  a belief that level 1 is the beginner one, told before; which of two occupations; what a job type does and how high
  it goes; tipping; the studio's tax; a level already held supposed "考完…之后".
- Whose facts: "I run a small tea shop" is who the asker is; "She's been hosting" is the wife just named, not a new
  person; a coordinator's school is the students'; a manager who is a foreigner makes no one abroad.
"""
from __future__ import annotations

import pytest

from bot.eligibility.profile import NO_CERTIFICATE, parse_profile
from bot.language import mandarin_words
from tests.test_answer_plan import ask
from tests.test_sixty_fifth_round_readings import answered_with, words


# --- what one message says (the tests' fixed day, 2026-11-30) ------------------------------------------------------

def test_just_obtained_in_a_year_gone_by_is_dated_by_the_year():
    told = parse_profile(words("去年刚拿了选品员四级 三级能报了吗"))
    assert told.years_since_certificate is None and 0.9 < told.certificate_age <= 1.0
    assert parse_profile(words("上个月刚拿了四级")).years_since_certificate == 0.0


def test_stints_each_the_same_length_are_summed():
    assert parse_profile(words("过去三个暑假都去东莞亲戚的直播公司打工，每次大概两个月")).years_total == 0.5


def test_a_start_there_after_the_workplace_is_named():
    assert parse_profile("started there Aug last year, before that never do live selling one").years_total_from_date
    assert parse_profile("started there as a student in 2024").years_total is None


def test_months_stopped_for_a_birth_are_a_break():
    told = parse_profile("continue streaming until now, except got 3 months I stopped when I gave birth last yr")
    assert told.break_years == 0.25 and told.years_total is None


def test_the_second_of_two_papers_lacked():
    assert parse_profile("oh ya i only got SPM (secondary school) lah, no diploma or degree").education == []
    assert parse_profile("no cert but i have a degree").education == ["junior_college_or_above_relevant"]


def test_a_programmes_length_is_no_work():
    assert parse_profile("studying in a 高职 in Urumqi, e-commerce program, 3 years, this is my final year").years_total is None
    assert parse_profile("I did live selling for 3 years, then a course").years_total == 3


def test_a_space_after_a_pass_ends_its_clause():
    told = parse_profile(words("假如三级下个月考过了 二级要等到几时"))
    assert told.certificate_level is None and told.target_level == 2
    assert parse_profile(words("三级考过了 二级要等多久")).certificate_level == 3


def test_two_levels_asked_when_are_both_asked():
    assert parse_profile(words("想规划一下 往上走的话 技师和高级技师最早啥时候能考")).certificate_level is None
    assert parse_profile(words("二级和一级最早啥时候能考")).certificate_level is None


def test_a_level_promised_or_for_sale_is_not_held():
    assert parse_profile("there's a course for 5800 yuan that promises level 3 certificate in 3 months. worth it?").certificate_level is None
    assert parse_profile("Provide a purchase link for a level 3 internet marketer certificate for my brother.").certificate_level is None
    assert parse_profile("i got level 3 last year").certificate_level == 3


def test_entering_the_line_and_joining_on_a_day_start_the_work():
    assert parse_profile(words("我是2020年7月就進這行了")).years_total == pytest.approx(6 + 4 / 12, abs=0.02)
    told = parse_profile("joined a live commerce company as a host on 7 Dec 2020 and I've been there ever since")
    assert told.years_total_from_date and 5.9 < told.years_total < 6


def test_a_final_year_in_the_past_is_graduated():
    told = parse_profile("graduated 2023 from a 大专 in 网络营销, got 直播销售员 level 4 in June 2023 while still a final-year student")
    assert told.graduated and told.education == ["junior_college_or_above_relevant"] and not told.final_year_student_of


def test_years_pointed_back_at_are_not_more_years():
    assert parse_profile(words("咁我之前播嗰四年 轉咗做平台管理員之後考級仲計唔計？")).years_total is None


def test_a_month_of_last_year_said_after_it():
    told = parse_profile("Passed the 视频创推员 level 5 last year, around August")
    assert told.certificate_age == pytest.approx(1 + 3 / 12, abs=0.01)


def test_pinyin_words():
    assert mandarin_words("wang luo zhu bo vs hu lian wang ying xiao shi") == "网络主播 vs 互联网营销师"
    assert mandarin_words("xuan pin yuan") == "选品员"


# --- conversations --------------------------------------------------------------------------------------------------

def test_a_bare_is_it_legit_checks_the_claim_two_messages_back(advisor):
    answer, _ = ask(advisor, "who actually gives out the internet marketer cert? is it the government? my agency says it's a "
                             "'national certificate from the ministry'", "they charge 3800 rmb for training + exam btw",
                    "so is it legit or not")
    assert "ministry" in answer.text and answered_with(advisor, answer, "certificate-not-from-government")


def test_how_to_write_a_certificate_on_a_cv(advisor):
    answer, _ = ask(advisor, "Hi, I'm helping my cousin translate her CV into English for a job in Singapore",
                    "she has 互联网营销师 三级/高级工 (视频创推员). how should I write it?")
    assert not answer.refused and answered_with(advisor, answer, "certificate-english-name")


def test_a_plan_to_a_level_is_the_way_there(advisor):
    answer, conversation = ask(advisor, "what even is 互联网营销师", "ok. I'm 19, finished high school, no job yet, nothing. plan me a path to level 3")
    assert conversation.last_act == "eligibility_route" and "Level 3" in answer.text.splitlines()[0]


def test_a_level_after_that_is_reached_by_way_of_the_one_before(advisor):
    answer, conversation = ask(advisor, "hi, I own a small clothing shop on Taobao. one of my staff, Xiaoli, has been doing our live "
                                        "streams since 2020 and she got her level 5 (直播销售员) in June 2022",
                               "can she apply for level 4 now?", "and level 3 after that, roughly when?")
    assert conversation.last_act == "eligibility_route" and conversation.profile.certificate_level == 5


def test_the_case_under_the_newer_conditions(advisor):
    answer, _ = ask(advisor, "我是選品員 2022年3月拿到三級 一直在同一家公司做選品", "二級現在能報嗎", "聽說有些評價機構現在改用新的條件 那樣的話呢")
    assert "ALT-L2" in answer.text and "評價機構" in answer.text


def test_level_1_training_is_not_compulsory(advisor):
    answer, _ = ask(advisor, "Senior host here, 10 yrs in the game. Got my 直播销售员 技师 (level 2) in Sept 2023",
                    "want the top one, 高级技师. some agency is selling me a 'level 1 training package', is that compulsory?")
    assert answer.text.startswith("The Level 1 training is not compulsory")


def test_a_break_does_not_reset_the_years(advisor):
    answer, _ = ask(advisor, "done live selling on and off: Mar 2019 to Feb 2021, then a break, then Sept 2022 till now.",
                    "does the break kill my years for level 4?")
    assert answered_with(advisor, answer, "years-cumulative-inclusive") and not answer.text.startswith("Yes")


def test_the_beginner_belief_told_before_is_put_right(advisor):
    answer, _ = ask(advisor, "My niece in Changsha says she wants to get 'level 1 internet marketer' since it's the beginner one",
                    "She started live selling snacks on Douyin in April this year", "Is level 1 right for her, and can she apply yet?")
    assert "Level 1 / Senior Technician is the highest level" in answer.text


def test_what_a_job_type_does_and_how_high_it_goes(advisor):
    answer, _ = ask(advisor, "been hosting on Taobao Live 3 yrs, my voice is literally dying lol",
                    "thinking of moving to 平台管理员. what does that role do and how high can it go? I have L4 直播销售员 btw")
    assert answer.via == "faq" and answered_with(advisor, answer, "role-platform-administrator")


def test_tipping_is_a_question_of_the_rules(advisor):
    answer, _ = ask(advisor, "i'm 17 and started streaming on kuaishou selling phone cases, my mum signed the consent",
                    "can my friends who are 15 tip me? and are there leaderboards?")
    assert answer.via == "faq" and "tip" in answer.text


def test_a_level_already_held_is_not_supposed_again(advisor):
    answer, _ = ask(advisor, "我2023年国庆开始在小红书做短视频带货 主要负责剪视频那块", "今年6月刚拿了互联网营销师五级 视频创推员 人社那个网站能查到",
                    "考完五级之后呢 下一步怎么走 四级最早啥时候能报")
    assert "前后拿到" not in answer.text and "你已满5个月" in answer.text


def test_does_anything_change_after_graduating(advisor):
    answer, _ = ask(advisor, "hi, i'm in my final year at a 技工学校 doing e-commerce (电子商务), graduating july 2027. can i apply "
                             "for 互联网营销师 level 4 or do i need level 5 first",
                    "what if the exam date is after I graduate, like next august, does anything change?")
    assert not answer.refused and answer.via == "eligibility" and "L4-C" in answer.text


def test_a_paper_found_to_be_a_training_certificate_is_none(advisor):
    answer, conversation = ask(advisor, "我喺佛山做直播賣傢俬 做咗三年 有五級證", "想考四級",
                               "啊 等等 我睇返 原來我嗰張係培訓機構嘅結業證 唔係五級證", "咁仲考唔考到四級？")
    assert conversation.profile.certificate_level == NO_CERTIFICATE and "L4-B" in answer.text


# --- whose facts ----------------------------------------------------------------------------------------------------

def test_who_the_asker_is_is_not_their_case(advisor):
    answer, conversation = ask(advisor, "I run a small tea shop on Douyin. my employee does our live streams, she's 17 and she's been "
                                        "doing it since April", "can she get the level 5 certificate?")
    assert conversation.third_party and conversation.profile.years_total_from_date and answer.via == "eligibility"


def test_she_is_the_wife_just_named(advisor):
    answer, conversation = ask(advisor, "Hi, asking for my wife. She's a 直播销售员 技师 (level 2), got it May 2022, we live in Suzhou",
                               "She's been hosting nonstop since.", "Can she apply for 高级技师 now?")
    assert conversation.profile.certificate_level == 2 and not conversation.people
    assert "needs a Level 2 / Technician certificate" not in answer.text


def test_a_coordinators_school_is_the_students(advisor):
    answer, _ = ask(advisor, "Good afternoon. I coordinate certification for a 高职 (higher vocational) e-commerce programme in Jinhua",
                    "Our programme was assessed (评估论证) and targets advanced skills. Most students got 直播销售员 Level 4 in their second year",
                    "They are now in their final (third) year. May they sit Level 3 before graduating, or only after they get the diploma?")
    assert "L3-B" in answer.text.splitlines()[1]


def test_a_manager_who_is_a_foreigner_makes_no_one_abroad(advisor):
    answer, conversation = ask(advisor, "你好，我是做直播销售的，2022年7月拿了五级证书", "一直在淘宝直播干到现在",
                               "sorry my manager is a foreigner and he's reading over my shoulder lol, switching to english. "
                               "what's the english name of this cert, and can I apply for level 4 now?")
    assert not conversation.abroad and answered_with(advisor, answer, "certificate-english-name")
    assert "Level 4" in answer.text
