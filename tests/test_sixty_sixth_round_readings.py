"""Added in the sixty-sixth round: untidy work histories, and people checking what they heard or were sold.

- Work histories read as told: a relative named as the reason for a break is no one else's case ("…5 months off last
  year when my dad was sick"); a season dates a stretch ("summer 2020 to end of 2022"); time taken off or spent off sick
  comes out of the years; a break at home in another place ("返咗香港屋企冇做"); a stretch at another place said
  before ("之前喺十三行檔口…做咗三年") is added; a return ("she restarted in march 2025", "去年3月来的") is a start;
  "23年做咗8個月" is a year, not 23 years; a stop then a return with a certificate inside it adds both stretches; a
  break told as its own stretch before an earlier one ("再之前…") takes nothing out; a break before the certificate's
  year is not taken from the years since it; "until 2021, then started…" dates the new work; "快要满两年半" is
  almost that long; a stretch "in between" is a part of the years since a date.
- Facts not given, fixed: "start with level 1" and "until I could hold level 3" hold no level; a school named as a
  requirement ("中专及以上学历", "until she's 18 and has 中专") is nobody's schooling; what an agency "says" is no one's
  years; a rule's start ("required for all streamers since 2023") is nobody's work; a sum asked whether it may be
  made ("能不能加起来算四年多") is no years.
- Questions read as asked: claims someone told the asker, checked one by one ("is that legit?"); "which bits are
  wrong?" of a brochure; "唔考都得？"; a certificate's use back in Taiwan; the exam on the Taobao app; 18 and 中专
  together; which of two job types is more useful; a question two messages back answered for the age told after it;
  another occupation's certificate used to apply; "skip ahead to 二级"; the highest level someone "could sit right now";
  a Taiwanese "…系毕业" degree and a Hong Kong higher diploma; teacher registration; how to sign up for a level the job
  type lacks; whether an association's certificate counts; "真要等一年吗"; an apprenticeship that "ended this october".
"""
from __future__ import annotations

import pytest

from bot.eligibility.profile import parse_profile
from tests.test_answer_plan import ask
from tests.test_sixty_fifth_round_readings import answered_with, words


# --- what one message says (the tests' fixed day, 2026-11-30) ------------------------------------------------------

def test_a_season_dates_a_stretch():
    told = parse_profile("summer 2020 to end of 2022 I made short videos for a tea brand")
    assert told.years_total == pytest.approx(29 / 12, abs=0.01)  # (July 2020 to December 2022)


def test_time_taken_off_or_off_sick_comes_out_of_the_years():
    told = parse_profile("been doing short video content for brands since summer 2020, but i took most of 2023 off, like 10 months")
    assert told.years_total == pytest.approx(75 / 12 - 10 / 12, abs=0.01)  # (from August 2020, "summer" read as its end)
    assert parse_profile("took 2023 off (about 8 months) then came back").years_total is None


def test_a_break_at_home_in_another_place():
    told = parse_profile(words("之後一路做，不過2024年有半年返咗香港屋企冇做"))
    assert told.break_years == 0.5 and told.years_total is None


def test_a_return_or_a_joining_is_a_start():
    assert parse_profile("she restarted in march 2025").years_total == pytest.approx(20 / 12, abs=0.01)
    assert parse_profile(words("有个小姑娘做选品，去年3月来的")).years_total == pytest.approx(20 / 12, abs=0.01)
    assert parse_profile(words("2023年来的消息说")).years_total is None


def test_a_short_year_before_months_worked_in_it_is_a_year():
    assert parse_profile(words("我斷斷續續做直播 23年做咗8個月 停咗 25年初又做咗10個月 而家冇做緊")).years_total == 1.5
    assert parse_profile(words("做了23年了")).years_total == 23


def test_a_break_told_as_its_own_stretch_takes_nothing_out():
    assert parse_profile(words("之前在家带孩子两年没上班，再之前在商场做了三年售货员")).years_total == 3
    assert parse_profile(words("做了三年 中间在家带孩子半年")).years_total == 2.5


def test_a_break_before_the_certificates_year_is_not_taken_from_the_years_since_it():
    told = parse_profile("was sick most of 2022, like a year off. otherwise editing vids for brands the whole time. got 视频创推员 三级 in 2023")
    assert not told.break_taken_out and told.years_since_certificate == told.certificate_age


def test_work_until_a_year_then_new_work_dates_the_new_work():
    told = parse_profile("he sold insurance until 2021, then started doing live sales for a furniture factory, still there")
    assert told.years_total_from_date and 4.5 < told.years_total <= 5.92


def test_a_clause_opening_with_before_adds_a_stretch_to_the_start_told():
    told = parse_profile(words("我2024年中开始在深圳做直播主播，之前在香港做了两年网店"))
    assert told.stretches_added and told.years_total > 4


def test_almost_that_long_is_no_requirement():
    assert parse_profile(words("做直播帶貨，快要滿兩年半了")).years_total == pytest.approx(2.5 - 1 / 12, abs=0.01)
    assert parse_profile(words("四级要满两年吗")).years_total is None


def test_a_stretch_in_between_is_part_of_the_years_since_a_date():
    told = parse_profile("He finished a BA in animation in 2023 and since then makes short videos for brands — freelance mostly, "
                         "plus about a year at an agency in between")
    assert told.years_total_from_date and told.years_total > 2.5


def test_levels_not_held():
    assert parse_profile("my manager told me to 'start with level 1 since ur new' for the 互联网营销师 thing").certificate_level is None
    told = parse_profile("realistically how long until I could hold level 3? trying to plan")
    assert told.certificate_level is None and told.target_level == 3
    assert parse_profile("I hold level 3").certificate_level == 3


def test_a_school_named_as_a_requirement_is_nobodys_schooling():
    assert parse_profile(words("广告上写报名条件 中专及以上学历 年满18 我只有初中毕业 是不是没戏了")).education == ["junior_middle_school"]
    assert parse_profile("an agent told us she can't get the certificate until she's 18 and has 中专. is that right?").education == []
    assert parse_profile(words("我是中专毕业的 电商专业")).education


def test_a_rules_start_and_a_sum_asked_are_no_years():
    assert parse_profile("certificate legally required for all streamers since 2023, valid worldwide").years_total is None
    assert parse_profile("i have been streaming since 2023").years_total == pytest.approx(2.92, abs=0.01)
    assert parse_profile(words("想冲选品员三级 够了吗 两份工的年限能不能加起来算四年多")).years_total is None


def test_a_degree_from_taiwan_or_hong_kong():
    assert parse_profile(words("補充一下，我台灣的大學是企管系畢業")).education == ["junior_college_or_above_relevant"]
    assert parse_profile(words("我喺香港讀咗高級文憑（市場學），而家喺深圳做直播銷售員")).education == ["junior_college_or_above_relevant"]
    assert parse_profile(words("大四，市場行銷系，明年六月畢業")).final_year_student_of == ["junior_college_or_above_relevant"]


def test_a_certificates_date_with_the_platform_between():
    told = parse_profile(words("我是22年3月淘宝直播和阿里那场考的直播销售员四级 当时还上了新闻"))
    assert told.certificate_level == 4 and told.certificate_age == pytest.approx(4 + 8 / 12, abs=0.01)


def test_an_apprenticeship_that_ended():
    assert parse_profile("I did a 'trainee' program at an MCN, they called it 学徒, 10 months, ended this sept").apprenticeship
    assert not parse_profile("my apprenticeship ends next june").apprenticeship


# --- conversations --------------------------------------------------------------------------------------------------

def test_a_relative_named_as_the_reason_for_a_break_is_no_one_elses_case(advisor):
    answer, conversation = ask(advisor, "got my level 5 live-streaming salesperson cert in August 2022",
                               "been selling on Douyin ever since, except ~5 months off last year when my dad was sick",
                               "am I ready for level 4 yet or not")
    assert conversation.third_party is None
    assert conversation.profile.years_since_certificate == pytest.approx(4.25 - 5 / 12, abs=0.02)
    assert answer.via == "eligibility" and "Level 4" in answer.text.splitlines()[0]


def test_what_an_agency_says_is_no_ones_years(advisor):
    answer, conversation = ask(advisor, "been streaming about 5 months on kuaishou",
                               "my agency says since 2023 anyone 16+ can take level 5 with zero experience, but the exam centre "
                               "i called said i need a full year. who's right??")
    assert conversation.profile.years_total == pytest.approx(5 / 12, abs=0.01)
    assert conversation.profile.certificate_level is None and "0 years" not in answer.text


def test_stretches_told_in_pieces_add_up(advisor):
    _, conversation = ask(advisor, "我喺廣州做咗兩年幾直播賣衫", "之前喺十三行檔口睇舖賣衫做咗三年")
    assert conversation.profile.years_total == 5
    _, conversation = ask(advisor, "my wife streamed on Taobao from 2019 to 2021, then stopped when our baby came",
                          "she restarted in march 2025")
    assert conversation.profile.years_total == pytest.approx(2 + 20 / 12, abs=0.01)
    _, conversation = ask(advisor, "20年在义乌播了8个月左右 后来回老家歇了一年多", "22年5月来杭州做选品 一直到现在 24年3月考了个选品员五级")
    assert conversation.profile.years_total == pytest.approx(8 / 12 + 4.5, abs=0.01)
    assert conversation.profile.years_since_certificate == pytest.approx(32 / 12, abs=0.01)


def test_a_recent_part_of_the_years_since_a_certificate(advisor):
    answer, conversation = ask(advisor, "asking for my sister. she has an old 电子商务师 三级 certificate — the 职业资格证书 kind, from 2018",
                               "she's done e-commerce ops since, last 2 years mostly managing a livestream room's product lineup (选品)",
                               "could she skip ahead to 二级 in 互联网营销师 选品员? or does she need to start at 五级")
    assert conversation.profile.years_since_certificate > 7
    assert answer.via == "eligibility" and "Level 2" in answer.text


def test_loose_years_name_no_date_a_later_route_would(advisor):
    answer, _ = ask(advisor, "五级直播销售员证拿了两年多了", "考证之前已经干了差不多三年 考完也一直在播", "现在能冲四级吗")
    assert "暂时还不能申报四级" in answer.text and "2028年12月" not in answer.text


def test_claims_told_to_the_asker_are_checked_one_by_one(advisor):
    answer, _ = ask(advisor, "got my 互联网营销师 level 4 直播销售员 cert in 2023. now the training center texts me saying it expires "
                             "after 3 years and i must pay 1980 for 'continuing education' to renew", "is that legit? i dont wanna lose it")
    assert answer.text.startswith("Claim by claim") and answered_with(advisor, answer, "certificate-validity")
    assert "do not say it" not in answer.text  # (a claim heard, not wording to write)
    answer, _ = ask(advisor, "quick fact check for our brochure: we wrote '互联网营销师 certificate issued by the Ministry of Human "
                             "Resources and Social Security (人社部), nationally recognised, valid for life'", "which bits are wrong?")
    assert answer.text.startswith("Claim by claim") and "Wrong" in answer.text


@pytest.mark.parametrize("turns, entry", [
    (("有朋友話冇互聯網營銷師證喺大陸做直播係犯法㗎，係咪真㗎？", "我喺香港住，而家幫深圳一間公司做淘寶直播，一個禮拜播三晚", "咁即係我唔考都得？"),
     "cert-required-to-livestream"),
    (("我是台灣人，在大陸做直播帶貨兩年多", "明年想回台灣發展，如果我現在考互聯網營銷師證，回台灣有用嗎？"), "cert-recognition-outside-mainland"),
    (("taobao live host here. saw that alibaba certification runs 互联网营销师 exams??", "and would the exam be done on the taobao app? kinda nervous lol"),
     "exam-online-remote"),
    (("hi, question for my daughter", "she's 17 and wants to do live selling",
      "an agent told us she can't get the internet marketer certificate until she's 18 and has 中专. is that right?"),
     "training-advert-enrolment-terms"),
    (("我寫緊英文CV，我有張互聯網營銷師四級（視頻創推員）證書，英文應該點寫先啱？",), "certificate-english-name"),
    (("got my 直播销售员 四级 cert last year", "my company moved me to sourcing (选品) this autumn",
      "does my cert cover 选品员 too or is it only for hosting?"), "switch-job-type"),
    (("我在读大专 周末兼职直播一年多了 就只会对着镜头讲", "想以后考四级 四级都考啥内容 我得补哪些"), "theory-exam-content"),
])
def test_questions_read_as_asked(advisor, turns, entry):
    answer, _ = ask(advisor, *turns)
    assert answered_with(advisor, answer, entry)


def test_which_of_the_two_job_types_just_named(advisor):
    answer, _ = ask(advisor, "我主要拍短视频带货 偶尔也开直播", "想考个证 不知道该报直播销售员还是视频创推员 有啥区别", "哪个对我以后更有用")
    assert not answer.refused and "直播销售员" in answer.text and "视频创推员" in answer.text


def test_a_question_two_messages_back_answered_for_the_age_told_after_it(advisor):
    answer, _ = ask(advisor, "yo is it true you gotta be 18 to do 直播带货 in china? my cousin says so and a training school ad said '年满18周岁'",
                    "im 17, turning 18 in may. my mom is fine with it", "so can i start now or nah")
    assert not answer.refused and answer.text.startswith("At 17: yes")


@pytest.mark.parametrize("turns, said", [
    (("我是培训机构的老师 有个学员手上有全媒体运营师四级证书 拿了三年了", "他一直在做新媒体运营 这个证能不能当相关职业证书 去报互联网营销师三级"),
     "三级"),
    (("Hi, writing from Vancouver about my son in Chengdu",
      "He finished a BA in animation in 2023 and since then makes short videos for brands — freelance mostly, plus about a year at an agency in between",
      "What's the highest level of this internet marketer thing he could sit right now?"), "Level 5"),
    (("我22年初考的视频创推员三级", "之后一直在做短视频带货 没停过", "最近想往上考", "培训机构说我还得再等一年才能报二级，要不先报他们的二级冲刺班", "真要等一年吗"),
     "可以申报二级"),
    (("我之前在商场卖了三年化妆品 导购", "去年双十一之后才进公司做直播 现在主要播美妆", "五级肯定能考吧 四级呢 导购那三年算不算"), "五级"),
])
def test_the_case_answered(advisor, turns, said):
    answer, _ = ask(advisor, *turns)
    assert answer.via == "eligibility" and said in answer.text


def test_how_to_sign_up_for_a_level_the_job_type_lacks(advisor):
    answer, _ = ask(advisor, "My ops guy runs our Douyin shop backend — accounts, data dashboards. He got 互联网营销师 三级 (平台管理员) in 2022",
                    "He's been doing it since 2018 or so", "Company will pay for his 二级/技师. How does he sign up?")
    assert not answer.refused and "no Level 2" in answer.text


def test_an_association_certificate_asked_whether_it_counts(advisor):
    answer, _ = ask(advisor, "我2021年喺深圳考咗個「互聯網營銷師」證，係協會發嘅，好似叫中國工業合作協會", "之後一直做直播，做咗五年",
                    "可唔可以直接報三級？個證計唔計？")
    assert "專項能力證書不是職業技能等級證書" in answer.text and "是否持有" not in answer.text


def test_teacher_registration_is_asked_elsewhere(advisor):
    answer, _ = ask(advisor, "我讀緊電商，不過屋企人想我考教師資格", "你知唔知香港嘅教師註冊點申請？要咩條件？")
    assert "教育局" in answer.text


def test_earlier_years_after_a_break_beside_another_question(advisor):
    answer, _ = ask(advisor, "之前做了两年直播带货 后来生二胎在家带了快两年", "现在想重新开始 但只能在家干 哪个工种比较适合？之前那两年还算数吗")
    assert answered_with(advisor, answer, "years-cumulative-inclusive") and "直播销售员" in answer.text
