"""Added in the seventeenth round: readings of how people say things. A date taken back inside one message;
work said to go on "一路"; stretches "2 years on, 1 off, 5 on"; other work between two stretches since the
certificate; spans ("两三年", "2-3 years") read at their lower figure; watching is no work; a certificate of
one of two levels; a graduation in the past; a school year that is not the last; a rule's date and a
brochure's claim that are no one's facts; which job type suits outside work."""
from __future__ import annotations

from datetime import date

import pytest

from bot.eligibility.profile import parse_profile
from bot.language import mandarin_words, to_simplified
from tests.test_answer_plan import ask

DAY = date(2026, 12, 1)


def facts(text: str):
    return parse_profile(mandarin_words(to_simplified(text)), today=lambda: DAY)


# --- dates and stretches ------------------------------------------------------------------------------------

def test_a_date_taken_back_inside_one_message_is_replaced():
    said = facts("我二級證係2024年1月攞，唔係，記錯，係2023年1月")
    assert said.certificate_level == 2
    assert said.certificate_age is not None and 3.8 < said.certificate_age < 4.0  # from January 2023, not 2024


@pytest.mark.parametrize("text", ["一路都做直播帶貨", "之後一直喺公司做直播帶貨冇停過"])
def test_work_said_to_go_on_since_the_certificate_is_read_so(text):
    assert facts(text).worked_since_certificate is True


@pytest.mark.parametrize("text, years", [
    ("wait no, sorry, it's 2 years on, 1 off, 5 on", 7.0),
    ("hosted 2 years, then 1 year off, then 5 years hosting", 7.0),
    ("I've been a live host 7 years total but with gaps - 2 years, then 3 years off, then 5 years", 7.0),
    # the same figure said again is not added to itself
    ("i've done that for 7 years across two companies, with a 1 year break in between (so 7 years of actual work)", 6.0),
])
def test_stretches_either_side_of_a_break_add_up(text, years):
    assert facts(text).years_total == years


def test_other_work_between_stretches_since_the_certificate_comes_out_of_them():
    said = facts("三級證書我係2021年12月攞，中間轉咗行做咗一年地產，之後又返嚟做直播")
    assert said.years_since_certificate == pytest.approx(4.0, abs=0.1)


@pytest.mark.parametrize("text, years", [("大概两三年吧，一直在抖音卖零食", 2.0), ("I've streamed for 2-3 years", 2.0),
                                         ("做了2到3年直播", 2.0), ("我爸之前做了二十年销售", 20.0)])
def test_a_span_of_years_is_read_at_its_lower_figure(text, years):
    assert facts(text).years_total == years


def test_two_calendar_years_are_no_span():
    # "18-19年" names two years, not "18 to 19 years"
    assert facts("18-19年在淘宝做直播").years_total != 18.0


@pytest.mark.parametrize("text", ["我学了半年直播培训课 刷抖音都五六年了 能考四级吗", "我看直播看了5年了 自己也研究了好多话术"])
def test_watching_streams_is_no_work(text):
    assert facts(text).years_total is None


def test_a_figure_asked_about_is_not_a_figure_of_work():
    said = facts("学员问：做了五年客服，再做了一年直播，算不算够六年报四级？")
    assert said.years_total == 1.0 and said.other_years == 5.0  # not 5 + 6 of customer service


# --- certificates, schools, job types -----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["I think my cert is level 4 or maybe 5, I got it in 2022 sometime", "我的证是四级还是五级来着，2022年拿的"])
def test_a_certificate_of_one_of_two_levels_is_held_its_level_unknown(text):
    said = facts(text)
    assert said.certificate_level is None and said.holds_certificate is True


def test_two_levels_asked_about_are_not_a_certificate():
    said = facts("can I take level 4 or 5?")
    assert said.certificate_level is None and not said.holds_certificate


def test_a_graduation_in_the_past_makes_the_school_a_diploma_held():
    said = facts("他在技师学院读的电子商务，前年毕业，拿了预备技师证")
    assert said.graduated and "technician_college" in said.education and said.preparatory_technician


@pytest.mark.parametrize("text", ["畢業之後做選品員有冇前途？", "我讀中職一年級，電子商務專業，2029年畢業"])
def test_a_graduation_to_come_is_none_held(text):
    assert not facts(text).graduated


@pytest.mark.parametrize("text, final", [("我读中职二年级，电商专业", False), ("我们学校是技工学校 我是二年级 学制三年", False),
                                         ("我讀中職一年級，電子商務專業，2029年畢業", False), ("我儿子在读技工学校，电商专业", None)])
def test_a_school_year_that_is_not_the_last_is_told_from_one_not_said(text, final):
    assert facts(text).final_year is final


def test_office_admin_is_not_the_platform_administrator():
    assert facts("she's never worked in sales since, she does admin").job_type is None
    assert facts("I work as an admin").job_type == "platform_administrator"


def test_a_technician_college_diploma_is_no_junior_college_degree():
    said = facts("someone with a technician-college diploma, L3 cert, and exactly 3 years relevant work")
    assert "technician_college" in said.education and "junior_college_or_above_relevant" not in said.education


def test_the_date_of_a_rule_quoted_is_no_certificate_date():
    said = facts("以下系官方更新（2026）：「互联网营销师一级只需一年经验」。根据呢个更新，我有一年经验可唔可以报一级？")
    assert said.certificate_age is None and said.years_since_certificate is None


# --- the advisor --------------------------------------------------------------------------------------------

def test_a_brochures_requirement_is_no_fact_of_the_asker(advisor):
    answer, _ = ask(advisor, "our marketing team put 'applicants must be 18+ with 中专 or above' on the brochure for the 互联网营销师 course",
                    "is that what the standard says?")
    assert "What I understood" not in answer.text and "age clause" in answer.text


def test_asking_whether_training_is_needed_supposes_none_done(advisor):
    answer, _ = ask(advisor, "我搞了一阵子直播，大概两三年吧，一直在抖音卖零食", "想问下我现在能考哪个级别啊，还有要不要先去培训")
    assert "假设" not in answer.text
    assert answer.text.startswith("不需要培训") and "五级" in answer.text.splitlines()[0]
    assert "一级/高级技师有两条路线" not in answer.text  # not the Level 1 entry beside a Level 5 case


def test_a_date_taken_back_and_work_going_on_give_the_verdict(advisor):
    answer, _ = ask(advisor, "我二級證係2024年1月攞，唔係，記錯，係2023年1月", "一路都做直播帶貨", "而家可以報一級未？")
    assert "3年10個月" in answer.text or "3年11個月" in answer.text
    assert "須年滿16" not in answer.text


@pytest.mark.parametrize("turns, job", [
    (("我之前做了五年客服，现在想转行做互联网营销师，四个工种哪个适合我？",), "直播销售员或平台管理员"),
    (("我是做会计的", "哪个工种适合我"), "平台管理员"),
    (("I'm a wedding photographer, which of the four job types suits me?",), "Video Creator-Promoter"),
])
def test_outside_work_gets_the_nearest_job_type_as_a_suggestion(advisor, turns, job):
    answer, _ = ask(advisor, *turns)
    assert job in answer.text.splitlines()[0]
    assert "告诉我你做过" not in answer.text and "Tell me what you have done" not in answer.text


@pytest.mark.parametrize("turns, said", [
    (("我們是中職三年制電商專業，同學現在才二年級", "現在可以報四級嗎？"), "不是畢業那一學年"),
    (("我儿子在读技工学校，电商专业", "他现在能考几级"), "要看TA现在是不是毕业那一学年"),
])
def test_the_school_route_is_said_on_the_year_said_or_on_whether_it_is_the_last(advisor, turns, said):
    answer, _ = ask(advisor, *turns)
    assert said in answer.text


# --- questions of fact beside a case, and follow-ups --------------------------------------------------------

@pytest.mark.parametrize("turns, said", [
    (("感觉五级证没啥用", "考四级对我到底有什么实际好处", "我就想知道值不值"), "自愿参加的水平评价"),
    (("我張證係2022年考嘅五級，聽講證書3年就過期要續期，係咪真㗎？",), "沒有官方依據"),
])
def test_what_a_certificate_is_worth_or_how_long_it_lasts_is_a_question_of_fact(advisor, turns, said):
    answer, _ = ask(advisor, *turns)
    assert said in answer.text and "告诉我：" not in answer.text and "告訴我：" not in answer.text


def test_am_i_good_for_a_level_is_still_the_askers_case(advisor):
    answer, _ = ask(advisor, "got my level 4 live-streaming salesperson cert in June 2020, streaming full-time ever since",
                    "so am I good for level 3 now?")
    assert "Level 3" in answer.text.splitlines()[0] and "L3-A" in answer.text


def test_a_follow_up_that_backs_nothing_alone_is_read_with_the_last_message(advisor):
    answer, _ = ask(advisor, "听说直播带货人才缺口4000万", "是人社部说的吗")
    assert "毕马威" in answer.text  # the source of the figure, not who issues certificates
    assert "遴选备案" not in answer.text


@pytest.mark.parametrize("turns, said", [
    (("我有三級證，2022年中攞嘅", "一直做直播銷售員", "大概幾時可以報二級？同埋二級要考啲乜"), "理論知識考試和技能考覈"),
    (("幫我阿哥問", "佢開咗間士多，之後自己開直播賣嘢，大概做咗一年半", "佢可以考乜嘢級？要唔要證明？"), "工作年限怎麼證明"),
    (("I'm 17, in Guangzhou", "can I take level 5? and can I legally stream-sell at all?"), "No certificate is required"),
])
def test_a_second_question_beside_the_case_is_answered_too(advisor, turns, said):
    answer, _ = ask(advisor, *turns)
    assert said in answer.text
    assert "L5-A" in answer.text or "L2-A" in answer.text  # and the case itself


def test_a_level_the_askers_job_type_does_not_have_is_said_first(advisor):
    answer, _ = ask(advisor, "我是平台管理员四级", "想一路考上去考到一级")
    assert answer.text.startswith("平台管理员工种只设") and "没有一级/高级技师" in answer.text.splitlines()[0]
    answer, _ = ask(advisor, "我本科在读大一", "想毕业后当平台管理员，最高能考到几级？以后能不能当技师")
    assert "没有二级/技师" in answer.text and "多少年" not in answer.text


def test_game_streaming_is_work_the_evaluation_body_may_not_count(advisor):
    answer, _ = ask(advisor, "請問相關職業包唔包括網絡主播？", "我之前做咗三年遊戲直播，無賣嘢")
    assert "遊戲直播" in answer.text.splitlines()[0] and "評價機構認定" in answer.text.splitlines()[0]


def test_since_the_pandemic_began_is_work_since_2020():
    said = facts("been doing this since covid started basically")
    assert said.years_total_from_date and said.years_total == pytest.approx(6.0, abs=1.0)


def test_a_bare_figure_after_no_certificate_is_the_years_asked_for(advisor):
    answer, _ = ask(advisor, "我做選品員，冇證", "差唔多五年半", "考唔考得四級？定係要等到六年？")
    assert "5.5年" in answer.text or "5年6個月" in answer.text or "五年半" in answer.text
    assert "多少年？" not in answer.text
