"""Added in the fifty-ninth round: two things asked at once are both answered. A part on the exam or the certificate
beside a case ("also is the theory exam for 三级 computer based? and when can I take 三级"), a part the classifier leans
to clearly ("证书到底是谁发的？学员考完怎么上网查真假？"), questions run together with a clause that asks nothing ("理论要考多久
还有听说二级要答辩 答辩是啥"), the hours asked beside a route that needs no training ("我能考几级啊 要上多少课时的课"). Also:
a job type by a short name in a follow-up ("and the admin one?"), and "ok back to me — level 3 when?" read as the case;
work said to have come before the certificate is no certificate's date; a holiday of a year gone by ("大二暑假") is no year
of study now; "a technician-level training course" is training, not a certificate; "嗯 那二级一级呢" after the hours;
"考证要不要中专毕业证啊" asks whether a diploma is needed, holds none; "考咗四級之後幾耐可以考三級" supposes level 4, holds none."""
from __future__ import annotations

from bot.answering.advisor import _says_much_of
from bot.answering.job_type_pointed_at import with_job_type_nicknamed
from bot.answering.understanding import asks_own_case, asks_training_hours, clause_questions
from bot.eligibility.profile import parse_profile
from bot.language import mandarin_words, to_simplified
from tests.test_answer_plan import ask


def words(text: str) -> str:
    return mandarin_words(to_simplified(text))


# --- what one message says ------------------------------------------------------------------------------------------

def test_questions_run_together_with_a_clause_that_asks_nothing():
    assert clause_questions("理论要考多久 还有听说二级要答辩 答辩是啥") == ["理论要考多久", "还有听说二级要答辩 答辩是啥"]
    assert clause_questions("那这个证到底谁发的 怎么查真假 我怕被骗") == ["那这个证到底谁发的", "怎么查真假 我怕被骗"]
    # (an "A不A" question after a question mark)
    assert len(clause_questions("身边人都说现在带货必须持证上岗 不然违法 是真的吗？有证平台会不会多给点流量")) == 2
    # (facts, then one question: one part; English is split elsewhere)
    assert clause_questions("我是大专生 在读 能考几级") == ["我是大专生 在读 能考几级"]
    assert clause_questions("what does it do, and how long") == ["what does it do, and how long"]


def test_hours_asked_as_class_hours_to_sit():
    assert asks_training_hours(words("我能考几级啊 要上多少课时的课"))
    assert asks_training_hours(words("要考的话要上多少学时"))
    assert not asks_training_hours(words("一天要上几个小时的播"))  # (a shift, not the training)


def test_a_levels_training_course_is_no_certificate():
    told = parse_profile("She also finished a technician-level training course last month with a completion cert.")
    assert told.certificate_level is None and told.formal_training and told.formal_training_level == 2


def test_a_holiday_of_a_year_gone_by_is_no_year_of_study():
    assert parse_profile("大二暑假在一间直播公司实习过三个月").final_year is None
    assert parse_profile("我现在读大二").final_year is False


def test_a_diploma_asked_about_is_not_held():
    assert parse_profile("考证要不要中专毕业证啊").education == []
    assert parse_profile("我中专毕业").education  # (one said is held)


def test_a_level_supposed_taken_is_not_held():
    assert parse_profile(words("唔得嘅話，考咗四級之後幾耐可以考三級？")).certificate_level is None
    assert parse_profile(words("考完四级多久能考三级")).certificate_level is None
    assert parse_profile(words("我考了四级之后干了三年 能考三级吗")).certificate_level == 4  # (held, with work since)


def test_a_job_type_by_its_short_name_after_another():
    last = "what does a 选品员 actually do day to day?"
    assert with_job_type_nicknamed("and the admin one?", last) == "and the 平台管理员 one?"
    assert with_job_type_nicknamed("那管理员呢", last) == "那平台管理员呢"
    assert with_job_type_nicknamed("视频那个呢", last) == "视频创推员那个呢"
    assert with_job_type_nicknamed("and level 3?", last) == "and level 3?"  # (no short name)
    assert with_job_type_nicknamed("and the admin one?", "how long is the exam?") == "and the admin one?"  # (no job type before)
    assert with_job_type_nicknamed("视频号呢", last) == "视频号呢"  # (a platform, not the video job type)


def test_a_level_when_is_the_askers_case():
    assert asks_own_case("ok back to me — level 3 when?")
    assert asks_own_case("三级什么时候能报")
    assert not asks_own_case("what does level 3 involve?")


def test_an_english_entry_is_compared_by_its_words():
    entry = "The theory exam covers professional ethics, basic knowledge and relevant laws; the 2022 exam was computer-based."
    case = ("Yes, you may apply for Level 3 / Senior Worker: you meet the usual template of national standards. "
            "Clause L3-C (to be confirmed): Relevant junior-college-or-higher degree and two years of relevant work "
            "after obtaining a Level-4 certificate. This condition follows the usual template; confirm with the evaluation body.")
    assert not _says_much_of(case, entry)
    assert _says_much_of(case + " " + entry, entry)


# --- whole conversations -----------------------------------------------------------------------------------------------

def test_the_exam_asked_beside_the_case(advisor):
    answer, _ = ask(advisor, "ok so I finally got my 四级 live-streaming salesperson result — certificate dated 2024-11-20",
                    "background: 大专 in e-commerce, graduated 2022, been a live seller since graduating",
                    "also is the theory exam for 三级 computer based? and when can I take 三级")
    assert answer.intent == "eligibility" and "L3-C" in answer.text
    assert "computer-based" in answer.text


def test_who_issues_it_and_how_to_check_it(advisor):
    answer, _ = ask(advisor, "我们是东莞的一家培训学校，准备开互联网营销师的班", "证书到底是谁发的？学员考完怎么上网查真假？")
    assert "osta.mohrss.gov.cn" in answer.text and "备案的用人单位或社会培训评价组织" in answer.text


def test_the_hours_asked_beside_a_route_without_training(advisor):
    answer, _ = ask(advisor, "我25年3月开始在抖音播女装的 一直播到现在 之前没考过啥证", "我能考几级啊 要上多少课时的课")
    assert "L5-A" in answer.text and "120" in answer.text


def test_the_other_job_type_by_its_short_name(advisor):
    answer, _ = ask(advisor, "what does a 选品员 actually do day to day, and does it go all the way up to level 1?", "and the admin one?")
    assert not answer.refused and "Platform Administrator" in answer.text


def test_back_to_the_case_after_a_side_question(advisor):
    answer, _ = ask(advisor, "I got level 4 product selector in January 2023. bachelor's in marketing, graduated 2020, working as a buyer since 2020",
                    "side question — would that certificate be recognised if I move to Singapore?", "ok back to me — level 3 when?")
    assert answer.intent == "eligibility" and "L3-C" in answer.text


def test_work_before_the_certificate_keeps_its_date(advisor):
    answer, conversation = ask(advisor, "got my level 5 live streaming salesperson cert in Nov 2022",
                               "been streaming full time on Taobao Live since jan 2021 actually, before the cert",
                               "can i do level 3 directly or do i need 4 first")
    # (from November 2022, not January 2021: about four years, not nearly six)
    assert 3.9 < conversation.profile.certificate_age < 4.5 and conversation.profile.years_since_certificate < 4.5
    assert "L4-A" in answer.text


def test_a_last_year_student_who_interned_in_year_two(advisor):
    answer, _ = ask(advisor, "我是台生，在廈門讀高職（大專）電子商務，明年6月畢業", "大二暑假在一間直播公司實習過三個月", "我畢業前就能考四級嗎？")
    assert answer.text.startswith("可以申報四級")


def test_two_levels_after_the_hours(advisor):
    answer, _ = ask(advisor, "想按标准排课 五级 四级 三级分别要多少课时", "嗯 那二级一级呢 也一样排吗")
    assert "72" in answer.text


def test_two_levels_and_another_question_after_the_hours(advisor):
    answer, _ = ask(advisor, "我們要寫課綱 五級培訓要幾個學時", "那四級三級呢 直接列給我 另外標準有沒有規定老師要什麼資格")
    assert "培訓教師" in answer.text  # (the teachers asked about too, not only the hours)
