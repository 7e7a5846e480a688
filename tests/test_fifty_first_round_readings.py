"""Added in the fifty-first round: people changing lanes (years in another line of work said beside a stretch of this
one, a break before a restart, a closed stretch and the work after it told in two messages, a return from abroad
dated "since then"), levels named in a question that are nobody's certificate ("係咪同一樣嘢", "someone with a level 4
vs level 5", "比如没有五级直接考四级"), another profession's licence or a pension declined, which job type fits with
what the others do, the answer asked again for someone, and a school's claim that hosts need the certificate."""
from __future__ import annotations

from datetime import date

import pytest

from bot.answering.people import split_people
from bot.eligibility import parse_profile
from bot.eligibility.profile import NO_CERTIFICATE
from bot.language import mandarin_words, to_simplified, without_typos
from tests.test_answer_plan import ask

TODAY = date(2026, 12, 5)


def read(text: str):
    return parse_profile(mandarin_words(without_typos(to_simplified(text))).lower(), today=lambda: TODAY)


# --- stretches of work, breaks and other work -----------------------------------------------------------------------

def test_a_figure_and_the_dates_of_other_work_are_one_stretch_not_two():
    said = read("之前在电商公司做客服 干了两年多 2021年7月到2023年10月")
    assert said.years_total is None and said.other_years == pytest.approx(2.25)
    assert read("做了3年直播 2021年7月到2023年10月做客服").years_total == 3.0  # this work's figure stays


def test_a_break_said_before_the_restart_date_is_not_taken_out_again():
    restarted = read("我之前在淘宝店做客服 19年3月到22年6月 后来在家歇了一年多 23年9月开始给一个服装店播到现在")
    assert 3.2 <= restarted.years_total <= 3.3  # September 2023 to now, the break already before it
    assert read("2022年开始做直播 中间停了一年").years_total == pytest.approx(3.0)  # a break inside the stretch still is


def test_work_until_a_date_then_a_restart_gives_only_the_break():
    said = read("worked as host till Aug 2024, then had a baby and stopped for a year, back streaming since Sept 2025")
    assert said.years_total is None and said.break_years == 1.0


def test_a_certificate_then_work_until_a_break_and_a_restart_counts_both_stretches(advisor):
    _, conversation = ask(advisor, "got my 直播销售员 level 5 in Sept 2022",
                          "worked as host till Aug 2024, then had a baby and stopped for a year, back streaming since Sept 2025")
    assert 3.1 <= conversation.profile.years_since_certificate <= 3.4  # not the 15 months since the restart alone


def test_a_closed_stretch_and_the_work_after_a_break_add_up(advisor):
    _, conversation = ask(advisor, "我2017年到2020年喺一間電商公司做選品 做咗三年", "之後生BB 停咗差唔多五年 今年先返工 都係做選品 做咗半年")
    assert conversation.profile.years_total == pytest.approx(3.5)


@pytest.mark.parametrize("said, low, high", [
    ("moved back to Hangzhou Jan 2025, been hosting for an MCN since then", 1.8, 2.0),
    ("moved back to Hangzhou this march, working as a host for a 淘宝 shop now", 0.7, 0.8),
    ("been hosting for a taobao shop since this march", 0.7, 0.8),
])
def test_a_start_said_with_a_move_or_since_then_is_dated(said, low, high):
    assert low <= read(said).years_total <= high


def test_years_after_the_certificate_in_other_work_are_other_work():
    said = read("拿证之后做了两年电话销售 然后2023年6月开始做抖音直播带货 一直到现在")
    assert said.years_since_certificate is None and said.other_years == 2.0 and said.worked_since_certificate


@pytest.mark.parametrize("said", ["今年3月开始帮家里在抖音上卖橙子 基本天天播 部队那五年能算工作年限不？我现在能报五级吗",
                                  "我是护士 在医院做了六年 能报几级", "做了9年教书 后来转做抖音带货两年 能报几级"])
def test_another_line_of_work_is_noted_as_such(advisor, said):
    answer, _ = ask(advisor, said)
    assert answer.intent == "eligibility"
    assert "由评价机构认定" in answer.text or "for the evaluation body to decide" in answer.text


def test_a_clothing_shops_live_room_is_this_work_not_shop_work():
    assert read("后来去一个服装店直播间当助播 从去年3月到现在").other_years is None


# --- levels named but not held ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("said", [
    "仲有初級工 中級工嗰啲係咪同一樣嘢",
    "a student asked me if that's the same as the level 5 cert",
    "what's the practical difference between hiring someone with a level 4 vs level 5 直播销售员 certificate?",
])
def test_levels_weighed_or_equated_are_no_certificate_held(said):
    assert read(said).certificate_level is None


def test_a_level_held_beside_a_comparison_is_still_held():
    assert read("我有四级证 和五级是不是一样").certificate_level == 4


def test_skipping_levels_asked_with_examples_is_the_rule_not_a_case(advisor):
    answer, conversation = ask(advisor, "互联网营销师能不能跳级考 比如没有五级直接考四级 或者没有四级直接考三级")
    assert answer.via == "faq" and "三级/高级工的各条路径都要求先有四级证书" in answer.text
    assert "按你提供的情况" not in answer.text


def test_another_occupations_certificate_asked_to_be_the_same_gets_what_it_is(advisor):
    answer, _ = ask(advisor, "hi, I'm doing 电子商务 at a 高职, final year",
                    "my school says we'll all get 电子商务师 四级 before graduating. is that the same as the 互联网营销师 cert or do i need both??")
    assert answer.via == "faq" and "two different occupations" in answer.text
    assert "Intermediate Worker certificate" not in answer.text  # no level 4 said to be held


def test_a_request_to_generate_a_certificate_is_declined_and_holds_nothing(advisor):
    answer, conversation = ask(advisor, "pls generate a realistic 互联网营销师 四级 certificate w my name and a valid looking certificate number")
    assert answer.refused and "fraud" in answer.text
    assert conversation.profile is None or conversation.profile.certificate_level is None


def test_a_day_of_a_month_is_no_age(advisor):
    answer, _ = ask(advisor, "got my 直播销售员 level 5 in Sept 2022", "exam for level 4 is 15 March next year, am I ok?")
    assert "at 15" not in answer.text and "Level 4" in answer.text


# --- several people -------------------------------------------------------------------------------------------------

def test_people_called_by_a_role_and_letter_or_a_surname_and_title_are_kept_apart():
    people = split_people(to_simplified("主播A 入职3年半 之前没干过 无证；运营B 有四级证 2023年7月拿的 大专电商专业"))
    assert [label for label, _ in people] == ["主播A", "运营B"]
    assert people[0][1].certificate_level == NO_CERTIFICATE and people[1][1].certificate_level == 4  # ("无证": A's own)
    people = split_people("小王 19岁 刚从奶茶店辞职 还没做过直播；李姐 45 在超市干了15年收银；老陈 给本地餐馆拍探店视频剪视频 做了一年半")
    assert [label for label, _ in people] == ["小王", "李姐", "老陈"]
    assert not people[0][1].years_total  # the fifteen years are 李姐's


# --- out of scope, fits, asked again --------------------------------------------------------------------------------

@pytest.mark.parametrize("said", ["不過先問一下 護理師執照更新要準備哪些學分跟文件？快到期了", "问一下 这个退役金要不要交个税啊"])
def test_another_professions_licence_or_a_pension_is_declined(advisor, said):
    answer, _ = ask(advisor, said)
    assert answer.refused and answer.intent == "out_of_scope"


def test_which_of_the_four_job_types_fits_gives_the_nearest_and_the_others(advisor):
    answer, _ = ask(advisor, "生完二宝在家带了三年娃 之前是做商场导购的", "互联网营销师那四个工种哪个比较适合我这种情况啊")
    lines = answer.text.splitlines()
    assert "直播销售员" in lines[0] and len(lines) == 5
    assert all(any(name in line for line in lines[1:]) for name in ("直播销售员", "选品员", "视频创推员", "平台管理员"))


def test_the_answer_asked_again_for_someone_is_the_last_answer(advisor):
    first, conversation = ask(advisor, "a Korean learner asks (in English) how long anchors work per day in China")
    again = advisor.answer("can you answer her directly in English", conversation)
    assert not again.refused and again.text == first.text


def test_a_schools_claim_that_hosts_need_the_certificate_gets_the_entry_that_says_no(advisor):
    answer, _ = ask(advisor, "my college says we MUST get the 互联网营销师 cert or we can't work as live hosts after graduation")
    assert "not illegal" in answer.text


def test_exam_questions_sent_during_the_exam_are_declined(advisor):
    answer, _ = ask(advisor, "我下星期考選品員五級 理論係電腦考", "考試時我send題目俾你，你即刻回答，得唔得？")
    assert answer.refused
