"""Added in the twenty-sixth round: facts given the way people answer a bot (a bare "两年", "L5", "march", "Since
March 2020, full-time.", "no cert" a message apart from the work), who is asked for ("asking for my son", "員工A …"),
a correction of the level, an apprenticeship served, a hypothetical on one's own facts ("如果把导购也算上", "如果我明年
三月拿到五级证"), the words of English and pinyin askers ("entry level", "tier 3", "wu ji"), and where they are from."""
from __future__ import annotations

from datetime import date

import pytest

from bot.answering.people import labelled_person, split_people
from bot.answering.understanding import levels_named
from bot.eligibility.profile import parse_profile
from bot.language import mandarin_words, to_simplified
from tests.test_answer_plan import ask

DAY = date(2026, 11, 30)


def facts(text: str):
    return parse_profile(mandarin_words(to_simplified(text)), today=lambda: DAY)


# --- facts a message apart from the work they are about ----------------------------------------------------------

def test_a_statement_of_ones_own_work_in_the_field_is_noted_not_refused(advisor):
    for said in ("I sell ginseng on TikTok live.", "I do live selling on Douyin",
                 "I do short-video ads for a skincare brand in Shenzhen: scripting, shooting, editing."):
        answer, conversation = ask(advisor, said)
        assert not answer.refused and conversation.last_act == "statement", said


def test_english_bare_durations_after_the_work_are_its_years(advisor):
    _, conversation = ask(advisor, "I sell ginseng on TikTok live.", "Been 4 years, no certs.")
    assert conversation.profile.years_total == 4 and conversation.profile.certificate_level == 0
    _, conversation = ask(advisor, "I'm the 场控 in a Douyin live room, never on camera", "Two and a half years now, no certificate.")
    assert conversation.profile.years_total == 2.5


def test_a_start_said_alone_dates_the_work_said_before(advisor):
    answer, conversation = ask(advisor, "I sell on Douyin live.", "Since March 2020, full-time.", "can I jump straight to Level 4?")
    assert round(conversation.profile.years_total * 12) == 80  # March 2020 to November 2026
    assert answer.text.startswith("Yes, you may apply for Level 4")
    assert facts("I've done this since Sept 2020, full time.").years_total is not None
    assert facts("full-time student for 2 years").years_total is None


def test_role_here_then_facts_one_message_each_and_a_corrected_figure(advisor):
    answer, conversation = ask(advisor, "product selector here", "no cert", "five years", "oops sorry six years not five",
                               "can I skip level 5?")
    assert conversation.profile.job_type == "product_selector" and conversation.profile.years_total == 6
    assert answer.text.startswith("Yes, you may apply for Level 4")


def test_a_bare_level_answers_the_ask_for_a_certificate_and_a_bare_date_dates_it(advisor):
    answer, conversation = ask(advisor, "我是視頻創推員", "五級", "2024年1月", "什麼時候可以考四級")
    profile = conversation.profile
    assert profile.certificate_level == 5 and round(profile.certificate_age * 12) == 34
    assert "2028年1月" in answer.text
    _, conversation = ask(advisor, "I'm a product selector", "L5")
    assert conversation.profile.certificate_level == 5 and conversation.last_act == "statement"
    # a level alone after the asker said they hold none is a level asked about, not one held
    _, conversation = ask(advisor, "我做了三年直播 没证", "五级")
    assert conversation.profile.certificate_level == 0


def test_a_month_alone_after_the_certificates_year_is_its_month(advisor):
    _, conversation = ask(advisor, "yes, level 5 since 2023", "march")
    assert round(conversation.profile.certificate_age * 12) == 44  # March 2023 to November 2026


def test_the_date_of_the_certificate_told_of_just_before(advisor):
    answer, conversation = ask(advisor, "我在杭州做直播主 兩年", "有五級證照", "去年三月考到的", "那四級要等多久")
    assert round(conversation.profile.certificate_age * 12) == 20 and "2029年3月" in answer.text


def test_the_level_taken_back_is_not_the_level_held(advisor):
    _, conversation = ask(advisor, "I'm a platform admin at an e-com company", "level 4 since mid 2022",
                          "wait I meant the level 5 cert, not level 4")
    assert conversation.profile.certificate_level == 5


# --- who is asked for -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("turns", [
    ("帮我儿子问的", "他19岁 在义乌直播公司做学徒 签了一年", "十月份满的", "他能报初级吗"),
    ("asking for my son", "he's 19, did a 1-year apprenticeship at a live commerce studio in Yiwu", "finished in October",
     "can he sit the entry level?"),
])
def test_asking_for_someone_then_their_apprenticeship_opens_level_5(advisor, turns):
    first, _ = ask(advisor, turns[0])
    assert not first.refused
    answer, conversation = ask(advisor, *turns)
    assert conversation.profile.apprenticeship is True and conversation.third_party
    assert "L5-B" in answer.text and not answer.text.startswith(("还需要", "I need"))


def test_an_apprenticeship_term_served_is_an_apprenticeship_completed():
    assert facts("签了一年的学徒合同 上个月刚满").apprenticeship is True
    assert facts("did a 1-year apprenticeship at a live commerce studio").apprenticeship is True
    assert facts("当了一年学徒还没满").apprenticeship is not True


def test_two_people_said_side_by_side_with_a_space():
    people = split_people(mandarin_words(to_simplified("我做咗七年 佢做咗一年")))
    assert [(label, p.years_total) for label, p in people] == [("我", 7.0), ("他", 1.0)] or \
        [(label, p.years_total) for label, p in people] == [("我", 7.0), ("佢", 1.0)]


def test_staff_labelled_by_letter_one_message_each_are_kept_apart(advisor):
    assert labelled_person(to_simplified("員工A 直播三年 無證"))[1].years_total == 3
    answer, _ = ask(advisor, "公司想幫員工報考", "員工A 直播三年 無證", "員工B 選品員五級 2022年5月拿的 之後一直做選品", "B可以報幾級")
    assert "員工B" in answer.text and "累計工作3年" not in answer.text


def test_a_course_for_a_job_type_is_not_the_askers_work(advisor):
    answer, conversation = ask(advisor, "I'm launching a training course for 平台管理员.")
    assert "you work as" not in answer.text and "course" in answer.text
    answer, _ = ask(advisor, "I'm launching a training course for 平台管理员.",
                    "Can I issue my own certificates to graduates, or do they need to sit an exam with someone else?")
    assert answer.intent != "eligibility"


# --- hypotheticals on one's own facts -------------------------------------------------------------------------------

def test_other_work_supposed_to_count_leads_with_that_reading(advisor):
    answer, _ = ask(advisor, "直播做了两年", "之前在服装店当导购四年", "如果把导购也算上 能报四级吗")
    assert answer.text.splitlines()[0].startswith("下面只算了2年") and "合计6年" in answer.text.splitlines()[0]
    answer, _ = ask(advisor, "I've done live selling for 2 years", "before that I was a shop assistant for 4 years",
                    "what if I count my shop job too, can I do level 4?")
    assert answer.text.startswith("The answer below counts only the 2 years")
    assert facts("当时两年").years_total is None and facts("之後去咗當兵兩年").years_total is None


def test_a_certificate_supposed_for_a_month_next_year_is_dated_from_then(advisor):
    answer, conversation = ask(advisor, "我在快手带货三年了 没证", "如果我明年三月拿到五级证 那四级最早什么时候能报")
    assert conversation.profile.certificate_level in (None, 0)  # supposed, not held
    assert "2027年3月" in answer.text and "2031年3月" in answer.text


# --- the words English and pinyin askers bring ------------------------------------------------------------------

def test_english_words_and_pinyin_for_levels():
    assert levels_named("can he sit the entry level?") == (5,)
    assert levels_named("tier 3 cert") == (3,) and levels_named("senior technician") == (1,)
    assert levels_named("a technician college") == () and levels_named("preparatory technician") == ()
    assert facts("got my wu ji cert (live streaming sales) in Sept 2022").certificate_level == 5


def test_an_exam_fee_asked_in_english_is_not_covered(advisor):
    answer, _ = ask(advisor, "what's the exam fee?")
    assert answer.refused and "fee" in answer.text


def test_a_question_pointing_back_at_a_role_just_named_is_answered(advisor):
    answer, _ = ask(advisor, "My niece got a job offer as a platform administrator at a live-commerce company",
                    "does that role work on camera? just yes/no")
    assert not answer.refused


def test_is_she_eligible_after_her_facts_is_her_case(advisor):
    answer, _ = ask(advisor, "Our MCN wants to send a streamer who has level 3 since Jan 2023 for level 2",
                    "she's been streaming full time", "is she eligible now? one word")
    assert answer.intent == "eligibility" and not answer.refused


def test_an_asker_from_abroad_gets_the_note_on_registration_and_work_abroad(advisor):
    answer, _ = ask(advisor, "I'm a Pakistani student, just graduated this summer with a bachelor's in marketing",
                    "zero work experience", "what's the highest level I can sit for?")
    assert "outside the mainland" in answer.text


# --- found on the way -----------------------------------------------------------------------------------------------

def test_a_level_since_a_numeric_month_is_held_since_then():
    said = facts("L2 直播销售员 since 2022-09")
    assert said.certificate_level == 2 and round(said.certificate_age * 12) == 50
    assert facts("I want level 4 since 2023 is when I started").certificate_level is None


def test_a_negation_in_one_clause_does_not_reach_the_school_said_after_a_space():
    assert facts("没读过高中 初中毕业").education == ["junior_middle_school"]
    assert facts("I don't have a degree").education == [] and facts("没有读过大专").education == []


def test_work_in_a_role_said_with_was_counts_only_for_roles_of_work_named():
    assert facts("before that I was a shop assistant for 4 years").years_total == 4
    assert facts("was an accountant for 20 years").years_total is None  # (other work, not read as this one's years)
    assert facts("does part time count toward the 1 year for L5?").years_total is None


def test_training_supposed_after_a_certificate_is_the_next_level_on_that_supposition(advisor):
    answer, conversation = ask(advisor, "level 2 live-streaming cert, got it Oct 2023", "still streaming full time",
                               "haven't done any L1 training", "how about if I do the training next year?")
    assert conversation.last_act == "eligibility_level" and conversation.last_level == 1
    assert answer.text.startswith("With formal Level 1 / Senior Technician training")


def test_when_only_the_training_stands_between_the_reply_says_so(advisor):
    answer, _ = ask(advisor, "quick one. I hold a level 2 technician cert, video creator-promoter, issued June 2023",
                    "been making short videos full time since then, haven't done any extra training",
                    "when can I apply for senior technician?")
    first = answer.text.splitlines()[0]
    assert first.startswith("Level 1 / Senior Technician: as soon as you complete its formal training") and "6/2027" in first


def test_fees_said_not_to_be_asked_and_emigration_are_not_what_they_seem(advisor):
    answer, _ = ask(advisor, "how many years of experience do you need for each level? (not asking about fees lol)")
    assert not answer.refused
    answer, _ = ask(advisor, "how do i register as a tiktok shop seller in the US?")
    assert answer.refused


def test_a_certificates_wording_asked_beside_a_level_just_passed_is_about_the_paper(advisor):
    answer, _ = ask(advisor, "just passed L5! what exactly will be printed on the certificate? and is there an English version?")
    assert answer.intent == "certificate"


def test_the_askers_own_facts_after_someone_elses_are_their_own(advisor):
    _, conversation = ask(advisor, "我朋友做咗四年直播，佢有五級證", "我自己就啱啱開始，做咗三個月咋", "咁我可以報咩級？")
    assert conversation.profile.years_total == 0.25 and conversation.profile.certificate_level in (None, 0)
    _, conversation = ask(advisor, "我儿子在技工学校读电商 今年毕业班", "他能考四级吧", "那我呢 我开网店做了八年了 自己偶尔直播 没证")
    assert conversation.profile.years_total == 8 and not conversation.profile.final_year_student_of


def test_a_friends_video_editing_years_are_kept_beside_other_work(advisor):
    answer, conversation = ask(advisor, "幫朋友問的", "她做了三年影片剪輯，之前在餐廳做過兩年外場", "她可以考視頻創推員幾級？")
    assert conversation.profile.years_total == 3 and conversation.profile.other_years == 2
    assert "五級/初級工" in answer.text


def test_work_wished_for_is_not_said_to_be_done(advisor):
    for said in ("我想当主播", "I want to be a host"):
        answer, _ = ask(advisor, said)
        assert "你做" not in answer.text and "you work as" not in answer.text


def test_what_a_job_type_involves_and_sitting_from_afar_are_questions_of_fact(advisor):
    answer, _ = ask(advisor, "15 years as a fashion buyer for department stores in London", "wife got a job in Shanghai so we're moving",
                    "would 选品员 be a step down for me? what does it actually involve?")
    assert answer.text.startswith("A Product Selector")
    answer, _ = ask(advisor, "American here, never worked in China",
                    "I just want the internet marketer cert for my CV. can I take it remotely from the US?")
    assert answer.intent != "eligibility" or "evaluation body" in answer.text.splitlines()[0]


def test_no_experience_said_is_no_years_but_asked_is_not():
    assert facts("就是啥经验都没有 刚毕业 初中").years_total == 0
    assert facts("zero work experience").years_total == 0
    assert facts("is no experience needed for level 5?").years_total is None


def test_final_year_students_of_a_vocational_college_have_the_school_route_to_level_4(advisor):
    answer, _ = ask(advisor, "I'm a Canadian social commerce trainer, partnering with a vocational college in Chengdu",
                    "the college wants its final-year e-commerce students to sit the L4 live streaming salesperson exam straight from school, no work experience",
                    "is that allowed under the rules?")
    assert answer.text.startswith("Yes, they can apply for Level 4") and "L4-C" in answer.text
    assert "outside the mainland" not in answer.text  # (where the trainer is from is not the students')


def test_a_school_year_is_no_year_of_work():
    assert facts("hey im a year 3 BBA marketing student at a uni in hong kong").years_total is None
    assert facts("a year 2 student doing live selling for a year").years_total == 1
