"""Readings and replies added after reading the eleventh round's tuning conversations (sets AE and AF): a whole
year stopped said in Cantonese, a year of other work said with "全年", a stretch ended "年底", the years since a
dated certificate when stretches are dated, a stretch "又播咗" added, customer service at Taobao as other work,
"辞职做直播到现在" as a start, a certificate's month said apart from its year, two certificates in one list, the
years after obtaining a certificate just named, one's own years said bare, a graduation within a year as the
final year, "一级一级" as step by step, a leave said with its end date, a level "issued"; and the replies: the
training asked about in Cantonese, the month that decides without asking the years again, the newer conditions
through a professional title, loans and contracts sent where to ask, and an either-or follow-up answered."""
from __future__ import annotations

from datetime import date

import pytest

from bot.eligibility.timeline import work_timeline
from bot.language import detect, to_simplified
from tests.test_answer_plan import ask
from tests.test_ninth_round_readings import TODAY, months, read


def _months_since(year: int, month: int) -> int:
    today = date.today()
    return today.year * 12 + today.month - (year * 12 + month)


# --- the parser -----------------------------------------------------------------------------------------

def test_a_whole_year_stopped_in_cantonese_is_a_year_out_and_the_next_year_starts_in_january(advisor):
    plain = ask(advisor, "我2021年3月開始喺深圳做直播帶貨", "一直做到而家")[1].profile
    profile = ask(advisor, "我2021年3月開始喺深圳做直播帶貨", "中間2023年停咗成年返鄉下", "2024年返嚟再做到而家")[1].profile
    assert profile.break_taken_out
    assert months(plain.years_total) - months(profile.years_total) == 12


def test_a_year_of_other_work_said_with_quan_nian_is_never_years_of_work():
    assert read("24年全年去做外卖骑手了").years_total is None


def test_dated_stretches_after_a_dated_certificate_are_the_years_since_it(advisor):
    profile = ask(advisor, "22年6月拿的五级", "22年6月到23年底在杭州播", "24年全年去做外卖骑手了",
                  "25年1月又回来继续播到现在 四级能报了么")[1].profile
    assert profile.certificate_level == 5
    # June 2022 to December 2023, then January 2025 to now: the rider's year is out of both figures
    assert months(profile.years_since_certificate) == months(profile.years_total) == 18 + _months_since(2025, 1)


def test_a_stretch_said_with_you_after_a_stretch_out_adds_to_the_first(advisor):
    profile = ask(advisor, "我做咗一年半直播", "之後去咗當兵兩年", "退伍返嚟又播咗八個月")[1].profile
    assert months(profile.years_total) == 26


def test_customer_service_at_taobao_is_other_work_beside_the_live_selling(advisor):
    profile = ask(advisor, "在抖音带货快两年了 从2025年1月开始的", "之前做过一年多淘宝客服")[1].profile
    assert profile.other_years == 1.0
    assert profile.years_total > 1.5  # the live selling, not the customer service


def test_quitting_to_stream_until_now_is_the_start_of_this_work():
    facts = read("毕业后在工厂干了2年，后来2023年7月辞职做直播到现在")
    assert facts.years_total == read("2023年7月开始做直播到现在").years_total
    assert facts.other_years == 2.0
    assert read("2023年7月辞职，在家带娃").years_total is None


def test_a_certificates_month_said_apart_from_its_year_dates_it():
    facts = read("今年考咗四级选品员，6月攞证")
    assert facts.certificate_level == 4 and months(facts.certificate_age) == 5


def test_every_level_in_a_list_of_certificates_held_is_held():
    facts = read("我有两个证：直播销售员五级（2022年6月）和选品员四级（2024年9月）")
    assert facts.certificate_level == 4 and months(facts.certificate_age) == 26
    assert read("我有五级，想考四级和三级").certificate_level == 5


def test_years_after_obtaining_a_certificate_just_named_are_years_since_it():
    facts = read("我们的学员持有营销员五级，取得后在门市销售三年，想转考互联网营销师四级")
    assert facts.certificate_level == 5 and facts.years_since_certificate == 3.0 and facts.years_total is None


@pytest.mark.parametrize("text, expected", [
    ("I have 5 years and 3 months btw", 63),
    ("我有5年了", 60),
    ("I have 2 kids", None),
    ("I have 3 years left at school", None),
])
def test_ones_own_years_said_bare_are_years_of_work(text, expected):
    assert months(read(text).years_total) == expected


def test_graduating_within_the_coming_year_is_the_final_year(advisor):
    profile = ask(advisor, "我讀緊技師學院高級工班", "電子商務，2027年7月畢業")[1].profile
    assert profile.final_year and profile.final_year_student_of
    later = ask(advisor, "我讀緊技師學院高級工班", "電子商務，2029年7月畢業")[1].profile
    assert not later.final_year_student_of


def test_level_by_level_is_no_level_one_and_keeps_the_script():
    facts = read("本人高中学历，电商运营做了7年，想一步到位考三级，不想从五级一级级考")
    assert facts.target_level == 3 and facts.years_total == 7.0
    assert not detect("本人高中学历，电商运营做了7年，想一步到位考三级，不想从五级一级级考").traditional
    assert "跳级" in to_simplified("不想一级一级考")


def test_a_leave_said_with_its_end_date_is_a_stretch_out():
    said = ["one learner: level 5 直播销售员 issued 15 Jan 2023; she worked Jan 2023–Aug 2024, "
            "maternity leave until Feb 2025, then back at work till now"]
    timeline = work_timeline(said, TODAY)
    assert timeline is not None and timeline.months_out == 6
    assert timeline.months == 19 + (TODAY.year * 12 + TODAY.month - (2025 * 12 + 2))
    assert read(said[0]).certificate_level == 5  # "level 5 … issued": held


# --- the replies ----------------------------------------------------------------------------------------

def test_classes_asked_about_in_cantonese_get_the_training_route_first(advisor):
    answer, _ = ask(advisor, "我有二級技師證，直播銷售員，2023年6月攞嘅", "之後一直做直播", "幾時可以考一級？要唔要上堂？")
    first = answer.text.splitlines()[0]
    assert "L1-A" in first and "培訓" in first


def test_the_month_that_decides_is_said_without_asking_the_years_since_again(advisor):
    answer, _ = ask(advisor, "hi 我喺深圳做直播帶貨", "2022年攞咗五級證 直播銷售員", "之後一直做到而家冇停過", "咁我幾時可以考四級？")
    assert answer.text.startswith("要看你是幾月拿的證")
    assert "取決於你還沒說" not in answer.text and "取得這張證書後，你累計" not in answer.text


def test_the_newer_conditions_through_a_professional_title_say_the_title(advisor):
    answer, _ = ask(advisor, "what's 预备技师 and do I need it for 二级?")
    newer = next(line for line in answer.text.splitlines() if "newer generic conditions" in line)
    assert "junior professional title" in newer and "intermediate professional title" in newer


@pytest.mark.parametrize("turns, place", [
    (["有網貸平台話有直播銷售員證可以借多啲錢，係咪真㗎？"], "銀行"),
    (["我跟MCN签了5年合同", "现在想解约，要赔钱吗"], "律师"),
])
def test_loans_and_contracts_are_sent_where_to_ask(advisor, turns, place):
    answer, _ = ask(advisor, *turns)
    assert answer.refused and place in answer.text


def test_an_either_or_follow_up_on_the_exam_is_answered_not_refused(advisor):
    answer, _ = ask(advisor, "实操考试是真的开直播吗", "还是对着电脑模拟")
    assert not answer.refused and "真实直播" in answer.text
