"""Added in the fiftieth round: dates said the way people say them (a two-digit year one joined in, a holiday in a
year said relative to today, a school holiday dated from the year at college now, "since her second year, around Oct
2024", a graduation and the start beside it, time back home in the middle), a certificate's date taken back (in the
same message, in the next, or the lower level's year said beside it), no experience before a dated start; several
people told in a list and "who of them can apply"; the wording of a trainer's own advert checked claim by claim; the
four job types and the five levels side by side; a bare "really?" after an entry."""
from __future__ import annotations

from datetime import date

import pytest

from bot.answering.people import split_people
from bot.eligibility import parse_profile
from bot.language import mandarin_words, to_simplified, without_typos
from tests.test_answer_plan import ask

TODAY = date(2026, 12, 5)


def read(text: str):
    return parse_profile(mandarin_words(without_typos(to_simplified(text))).lower(), today=lambda: TODAY)


# --- dates as people say them ---------------------------------------------------------------------------------------

def test_a_two_digit_year_one_joined_in_is_a_date_not_years_of_work():
    joined = read("小李是22年应届进来的 大专电商专业 一直做选品")
    assert 3.9 <= joined.years_total <= 5  # since 2022, not 22 years
    assert joined.graduated and not joined.final_year  # a graduate of 2022, no final-year student now
    back = read("我18年到20年在一家公司做网店客服和直播 20年疫情那年公司倒了 后来我回老家带孩子 一直到今年3月才重新开始播")
    assert back.years_total < 3  # two years then and the months since March, not twenty


@pytest.mark.parametrize("said, low, high", [
    ("我是前年国庆后开始做抖音带货的 一直做到现在 全职", 2.0, 2.3),  # October 2024
    ("been streaming since last chinese new year", 0.7, 0.9),  # February 2026
    ("我大三暑假开始在一家MCN做视频剪辑 现在大四了", 0.3, 0.5),  # July 2026, the summer before the final year
    ("she's done live selling part-time since her second year, around Oct 2024", 2.0, 2.3),
    ("佢今年7月啱啱畢業 開始做直播", 0.3, 0.5),
    ("從2023年農曆年後開始做的，中間回台灣半年", 3.2, 3.5),  # February 2023, less the half year back home
    ("小刘 去年7月入职做主播 之前没经验", 1.3, 1.5),  # no experience before the start, not none at all
])
def test_a_start_said_the_way_people_say_it_is_dated(said, low, high):
    assert low <= read(said).years_total <= high


def test_a_holiday_of_a_year_at_college_is_left_unread_without_the_year_now():
    assert read("大三暑假开始做直播").years_total is None


# --- a certificate's date taken back --------------------------------------------------------------------------------

def test_a_certificate_date_taken_back_in_the_next_message_moves_the_years_since_it(advisor):
    _, conversation = ask(advisor, "我2020年開始做營銷員 有營銷員四級證 2021年攞嘅", "唔係 證係2022年先攞 2021年係考試")
    assert 3.8 <= conversation.profile.certificate_age <= 4.1
    assert conversation.profile.years_since_certificate <= conversation.profile.certificate_age


def test_the_years_since_a_certificate_never_outrun_its_corrected_date():
    profile = read("我做平台管理員 四級證 2021年9月? 唔係 係2022年9月攞")
    assert 4.1 <= profile.years_since_certificate <= 4.3  # from September 2022, not 2021


def test_the_lower_levels_year_beside_the_higher_one_is_no_second_date_of_it(advisor):
    assert read("wait no, my L4 was 2022, 2021 was L5").certificate_age == 4.0
    _, conversation = ask(advisor, "Got my 选品员 L4 in 2021", "wait no, my L4 was 2022, 2021 was L5")
    assert conversation.profile.certificate_level == 4 and 3.8 <= conversation.profile.certificate_age <= 4.1  # (the tests' day is in November)


def test_two_levels_exams_asked_together_hold_neither():
    assert read("另外想问：二级和一级考试是不是多了个答辩").certificate_level is None
    assert read("我五级和四级都有 想考三级").certificate_level == 4


# --- several people -------------------------------------------------------------------------------------------------

def test_people_listed_with_ages_and_no_work_are_each_kept():
    people = split_people(to_simplified("阿詩 16歲 中三畢業 未做過嘢\n阿Ken 25歲 做咗兩年淘寶客服\n阿玲 40歲 街市賣菜 冇做過網上"))
    assert [label for label, _ in people] == ["阿诗", "阿Ken", "阿玲"]
    assert [facts.years_total for _, facts in people] == [0.0, 2.0, 0.0]


def test_a_level_dated_in_a_persons_line_is_the_one_held():
    assert read("营销员 level 4 (职业技能等级证书) Apr 2021, field sales since").certificate_level == 4
    assert read("想考四级 2022年毕业").certificate_level is None  # a level wanted beside a date is still wanted


def test_who_of_them_can_apply_gets_each_persons_case_for_the_level_asked_before(advisor):
    answer, _ = ask(advisor, "我有三個學員想報三級選品員",
                    "阿May：2020年6月攞四級（營銷員舊職業資格證），一直做銷售；阿Ken：2024年攞四級互聯網營銷師，大專電商畢業，之後一直做選品；阿玲：冇證，做咗11年電商",
                    "邊個夠？")
    assert answer.intent == "eligibility"
    assert "【阿May】" in answer.text and "【阿Ken】" in answer.text and "【阿玲】" in answer.text
    assert "三級/高級工" in answer.text and "四級/中級工：按國家" not in answer.text  # level 3 decided, not the levels held


# --- the wording of one's own material ------------------------------------------------------------------------------

def test_advert_wording_is_checked_claim_by_claim(advisor):
    answer, _ = ask(advisor, "我哋機構想出張海報", "宣傳寫「國家認證 全國通用 終身有效」有冇問題㗎？")
    lines = answer.text.splitlines()
    assert len(lines) == 4 and all(claim in answer.text for claim in ("國家認證", "全國通用", "終身有效"))
    assert "容易誤導" in lines[1] and "沒有官方依據" in lines[3]
    assert answer.sources  # each verdict rests on an entry, cited
    again, _ = ask(advisor, "我哋機構想出張海報", "宣傳寫「國家認證 全國通用 終身有效」有冇問題㗎？", "主要係直播銷售員嘅證")
    assert again.text.startswith("這些說法不分工種") and "終身有效" in again.text


def test_a_claim_that_streaming_needs_the_certificate_is_called_wrong(advisor):
    answer, _ = ask(advisor, "Quick one about our course brochure",
                    "we wrote 'The Internet Marketer certificate is officially required to livestream in China.' is it OK to say that?")
    assert "Wrong" in answer.text and "not illegal" in answer.text


def test_wording_asked_to_be_written_is_not_checked(advisor):
    answer, _ = ask(advisor, "帮我写一句招生广告：国家认证 终身有效 可以吗")
    assert not answer.text.startswith("按资料库逐条看")


# --- side by side ---------------------------------------------------------------------------------------------------

def test_the_four_job_types_side_by_side(advisor):
    answer, _ = ask(advisor, "帮我列个表：四个工种分别叫什么 各自干啥 最高能考到几级")
    lines = answer.text.splitlines()
    assert len(lines) == 5 and lines[3].startswith("· 平台管理员") and "最高到三级/高级工" in lines[3]
    assert "不是标准原文" in lines[4]


def test_the_five_levels_side_by_side_with_their_hours(advisor):
    answer, _ = ask(advisor, "need a quick table for a flyer", "level | name | training hours. all 5 levels")
    lines = answer.text.splitlines()
    assert [line.split(":")[-1].split()[2] for line in lines[:5]] == ["120", "104", "88", "72", "72"]
    assert "五级/初级工" in lines[0]


def test_a_bare_really_after_an_entry_is_that_entry_again(advisor):
    answer, _ = ask(advisor, "培訓機構話張證三年後要續期 要再交錢上繼續教育", "真係咁？")
    assert not answer.refused and "官方" in answer.text


def test_dates_said_respectively_are_each_persons(advisor):
    people = split_people("他们开始做直播的时间分别是 23年3月、23年10月、24年2月、24年8月 还有一个是今年9月刚入行的")
    assert [label for label, _ in people] == ["第1位", "第2位", "第3位", "第4位", "第5位"]
    assert people[0][1].years_total > people[3][1].years_total > people[4][1].years_total
    answer, _ = ask(advisor, "我这边带了一个班 5个学员 都想报明年1月那场五级考试",
                    "他们开始做直播的时间分别是 23年3月、23年10月、24年2月、24年8月 还有一个是今年9月刚入行的",
                    "都没证 这几个人谁能报谁不能报")
    assert "【第1位】" in answer.text and "【第5位】" in answer.text and "暂时还不能申报五级" in answer.text


# --- a rule told to learners ----------------------------------------------------------------------------------------

def test_a_years_figure_told_without_its_certificate_is_set_right(advisor):
    answer, _ = ask(advisor, "上次有学员问三级 我跟他说要五年", "对吗 还是我说错了")
    assert answer.text.startswith("要补一句才对：5年是取得四级/中级工证书之后的年限")
    assert "ALT-L3-B" in answer.text  # the newer route counted from the same certificate, not the total years'


def test_may_i_start_at_a_level_is_that_level_asked_on_the_case_told(advisor):
    answer, _ = ask(advisor, "我2024年技工学校毕业的 专业是电子商务", "毕业后在超市当收银员 没干过电商", "现在能从四级开始吗")
    assert answer.intent == "eligibility" and "L4-C" in answer.text


# --- kept as they were ----------------------------------------------------------------------------------------------

def test_a_second_certificate_of_the_same_level_keeps_the_first_ones_date(advisor):
    _, conversation = ask(advisor, "got level 5 product selector Nov 2022", "and level 5 live-streaming salesperson Feb 2023")
    assert conversation.profile.certificate_age >= 3.9  # from November 2022, the earlier of the two (not 3.75, February 2023)


def test_who_of_them_takes_the_level_wanted_not_a_level_held(advisor):
    answer, _ = ask(advisor, "两个学员都想报三级", "甲：2021年12月拿的四级 一直在做主播 中专学历",
                    "乙：2023年6月拿的四级 2022年技师学院毕业 做了三年多选品", "帮我看看谁能报")
    assert "【甲】" in answer.text and "可以申报三级/高级工" in answer.text and "可以申报四级" not in answer.text


@pytest.mark.parametrize("asked", [
    "互联网营销师国家标准是哪年发布的 谁发的|我们课件写的是'2021年6月人社部发布' 对吗",  # a standard's release, not a certificate's issuer
    "判断题：“从事直播带货必须持有互联网营销师（直播销售员）证书，无证直播属违法。”|答案我给的× 没问题吧",  # a quiz item
    "课件里有一页写：“带货主播平均月薪11220元（人社部数据）”|这个来源写得对不对？",  # a pay figure, not pay a certificate brings
])
def test_wording_that_is_no_claim_to_check_is_answered_as_before(advisor, asked):
    answer, _ = ask(advisor, *asked.split("|"))
    assert not answer.text.startswith("按资料库逐条看")


def test_a_major_named_in_english_is_no_work(advisor):
    answer, _ = ask(advisor, "my gf has 五級 cert 2023/03 直播销售员, and a 中专 in 会计",
                    "she streamed ~2 yrs after the cert, then took about a year off for the baby, back since Sept",
                    "when can she get 四級?")
    assert '"会计" work' not in answer.text


def test_part_time_alongside_classes_is_one_job_not_two():
    from bot.answering.eligibility_replies import _CONCURRENT
    assert not _CONCURRENT.search("since september i've been doing it part-time alongside classes")
    assert _CONCURRENT.search("i stream alongside my office job")


def test_the_last_answer_asked_again_for_someone_is_that_answer(advisor):
    answer, _ = ask(advisor, "有學員問選品員日常做啲乜", "幫我寫段簡短解釋俾佢，唔好太長")
    assert not answer.refused and "選品員" in answer.text


def test_what_the_certificate_says_is_the_level_held():
    assert read("I have level 1 already i think? the cert says 五级").certificate_level == 5
    assert read("证书上写的是五级").certificate_level == 5


def test_a_level_asked_beside_a_corrected_date_is_still_asked():
    profile = read("oops cert date is actually 2022-12-05. does exactly 4 count, and can he apply 四级 today?")
    assert profile.certificate_level is None and profile.target_level == 4
