"""Added in the sixty-second round: answers taken apart, two questions at once, and other work beside this work.

- A level someone else named is nobody's certificate ("老师说的是四级 不是要先有五级吗"); "一个女鞋直播间" is a live
  room, not a woman; a middle school taught at, beside "kids' books", is no schooling of the asker's; "读完大专" is a
  school finished, not training supposed done; "'学徒期满'是什么意思" asks, it says no apprenticeship; "the 6-year one"
  is a rule, not years worked.
- Work beside work is counted once: "for the past 2 years I also do Douyin lives in the evenings" lies inside the day
  job's years, and "2 yrs x 2 jobs = 4 years right?" is a doubling put forward, not years said.
- Stretches told apart add up, other work left beside them: a stretch said before a start dated to today ("之前在台湾
  做直播三年，前年搬到厦门…到现在"), a return after factory work ("后来进厂干了两年半" then "22年底又回来做直播"), a
  switch after other work since a certificate ("之后一直在商场做导购" then "24年开始转做直播带货"), customer service at
  a Taobao shop dated between two other stretches.
- Hiring a host is not being one. "别给我说一堆条件" is a wish for a short answer, not an attack on the rules.
- A follow-up on one part of the answer gets that part: what the newer conditions are and why there are two sets, what
  "经评估论证" means; an exam question beside the case gets the exam's entry; the main work said before "sometimes"
  names the job type; a computing or animation major is for the evaluation body to weigh, not ruled out.
"""
from __future__ import annotations

import pytest

from bot.eligibility.profile import parse_profile
from bot.eligibility.timeline import work_timeline
from bot.language import mandarin_words, to_simplified
from tests.test_answer_plan import ask


def words(text: str) -> str:
    return mandarin_words(to_simplified(text))


# --- what one message says (the tests' fixed day, 2026-11-30) ------------------------------------------------------

def test_a_level_someone_else_named_is_not_held():
    told = parse_profile(words("学校说可以考互联网营销师 但是老师说的是四级 不是要先有五级吗"))
    assert told.certificate_level is None and told.target_level == 4
    assert parse_profile(words("學校話係四級")).certificate_level is None
    # (a level said as one's own stays held)
    assert parse_profile(words("我有四级")).certificate_level == 4


def test_words_that_ask_or_name_a_rule_say_nothing_of_the_person():
    assert parse_profile(words("我想考个五级。上面说的那个'学徒期满'是什么意思？我这种算不算学徒？")).apprenticeship is None
    assert parse_profile("ok, so 四级 first. she's got 7 yrs so the 6-year one works? and then how long until 三级?").years_total == 7
    assert parse_profile("so that's like almost 2 yrs x 2 jobs = 4 years right? enough for level 4?").years_total is None


def test_a_stretch_before_a_start_dated_to_today_adds_to_it():
    # three years, then December 2024 (a year alone counts from its end) to 30 November 2026
    told = parse_profile(words("之前在台湾做直播三年，前年搬到厦门，在一家淘宝店当主播到现在"))
    assert told.years_total == pytest.approx(3 + 1 + 11 / 12, abs=0.01) and told.stretches_added
    assert parse_profile(words("之前在台湾做直播三年，2024年开始在厦门做主播到现在")).years_total == pytest.approx(3 + 1 + 11 / 12, abs=0.01)
    # (other work before the start stays beside it)
    other = parse_profile(words("之前做过3年导购，2024年开始做主播到现在"))
    assert other.years_total == pytest.approx(1 + 11 / 12, abs=0.01) and other.other_years == 3


def test_customer_service_at_a_taobao_shop_is_other_work_in_the_dates():
    assert work_timeline(["17年到20年在超市当收银", "20年到22年在一家淘宝店做客服", "22年底开始自己做直播带货 一直到现在"],
                         __import__("datetime").date(2026, 11, 30)) is None


def test_a_computing_or_animation_major_is_for_the_body_to_weigh():
    assert parse_profile(words("我是技工学校计算机动画制作专业毕业的")).major_relevant is None
    assert parse_profile(words("大专读的计算机应用技术")).major_relevant is None
    assert parse_profile(words("大专读的汽修")).major_relevant is False


# --- across a conversation -----------------------------------------------------------------------------------------

def test_evening_work_beside_a_day_job_is_counted_once(advisor):
    answer, conversation = ask(advisor, "I work 9 to 5 as a salesperson at a car dealership, 4 years now",
                               "and for the past 2 years I also do Douyin lives in the evenings selling car accessories",
                               "so is that 6 years total for level 4? 4+2")
    assert conversation.profile.years_total == 4
    assert "not added up" in answer.text and "not 6 years" in answer.text
    assert "cannot apply for Level 4" in answer.text


def test_a_doubling_put_forward_is_answered_with_the_time_itself(advisor):
    answer, conversation = ask(advisor, "daytime i'm a car salesman at a 4S shop, and at night i do 直播带货 for a snack brand, part time, since jan 2025",
                               "so that's like almost 2 yrs x 2 jobs = 4 years right? enough for level 4?")
    assert conversation.profile.years_total < 2
    assert "not added up" in answer.text and "not 4 years" in answer.text


def test_a_return_after_factory_work_adds_to_the_first_stretch(advisor):
    answer, conversation = ask(advisor, "我19年初开始在快手做主播，干了一年半", "后来进厂干了两年半",
                               "22年底又回来做直播，一直到现在，没考过证", "现在能报四级不？")
    profile = conversation.profile
    # a year and a half, then December 2022 to 30 November 2026; the factory beside it
    assert profile.years_total == pytest.approx(1.5 + 3 + 11 / 12, abs=0.05) and profile.other_years == 2.5
    assert "ALT-L4-A" in answer.text


def test_a_switch_after_other_work_since_a_certificate_keeps_the_years_since(advisor):
    answer, conversation = ask(advisor, "我21年7月考了个营销员五级", "之后一直在商场做导购", "24年开始转做直播带货 现在在一个女鞋直播间")
    assert conversation.profile.years_since_certificate == pytest.approx(5 + 4 / 12, abs=0.05)
    assert not conversation.third_party and "个女" not in answer.text
    assert "商场" in answer.text  # (whether the mall work counts is said to be the evaluation body's)


def test_a_teacher_selling_kids_books_has_no_schooling_read(advisor):
    _, conversation = ask(advisor, "I teach at a middle school and on weekends I do live sales of kids' books on WeChat Channels (视频号), been 2 years")
    assert conversation.profile.education == [] and conversation.profile.years_total == 2


def test_a_school_to_finish_is_no_training_supposed(advisor):
    answer, _ = ask(advisor, "我今年DSE考完，打算去廣州讀大專電子商務", "讀完大專可唔可以直接考高級（三級）？同埋考完張證有咩用？")
    assert "（假設）" not in answer.text and "正規培訓；" not in answer.text


def test_hiring_a_host_is_not_being_one(advisor):
    answer, _ = ask(advisor, "I run a small cosmetics brand in Guangzhou and I'm hiring a livestream host")
    assert "you work as" not in answer.text and "hiring" in answer.text


def test_asking_for_a_short_answer_is_no_injection(advisor):
    answer, _ = ask(advisor, "我直播两年了，一张证都没有", "想问问要是一路考到一级，最快要多少年？", "就按我现在的情况算，别给我说一堆条件😅")
    assert answer.intent != "injection" and not answer.refused


def test_what_the_newer_conditions_are_asked_after_the_case(advisor):
    answer, _ = ask(advisor, "在快手做女装直播快三年了，之前在服装厂流水线干过四年，我能考互联网营销师几级",
                    "你刚说的那个新的条件是啥？跟老的有啥区别，对我有用吗")
    lines = answer.text.splitlines()
    assert lines[0].startswith("因为2023年起") and any("新的通用条件" in line for line in lines[1:])


def test_what_a_word_of_the_conditions_means_is_its_entry(advisor):
    answer, _ = ask(advisor, "我是中职的 电子商务专业 现在读最后一年 明年6月毕业 听说可以直接考四级？",
                    "你说的那个经评估论证 是啥意思啊 我们学校算不算")
    assert answer.via == "faq" and "经评估论证" in answer.text and "教务处" in answer.text


def test_an_exam_question_beside_the_case_gets_the_exam_entry(advisor):
    answer, _ = ask(advisor, "我在台北做了兩年半的直播", "所以我現在可以報幾級？考試是考筆試還是要真的開直播給考官看？")
    assert "五級/初級工" in answer.text and "淘寶直播App" in answer.text


def test_the_main_work_before_sometimes_names_the_job_type(advisor):
    answer, _ = ask(advisor, "hey so i work for a small 抖音 shop selling pet stuff",
                    "mostly i pick what we sell, talk to suppliers about price & samples, and plan the order of products for the livestream. sometimes i cut short clips too",
                    "which 工种 would that be? and can that one go all the way to level 1?")
    assert "Product Selector" in answer.text.splitlines()[0]
