"""Added in the thirty-fourth round: certificates and years written the way people write them down ("持证：四级
（2023.05）", "cert: 直播销售员 L4 / 2022-06", "五级 ✅ 2024年2月", "三级 here", "入行：2020.10", "22年双十一开始"), the years
before a certificate added to the time since it, a figure someone else gave checked against the rules beside the
asker's case ("they said 3 years after 三级 is enough", "我聽人講五級後三年就得"), a trainer's claims that a course alone
or "zero to 三级 in two months" is enough, a quick-reference table of levels checked row by row, and a follow-up that
a figure heard that is the newer conditions said to be so."""
from __future__ import annotations

from datetime import date

import pytest

from bot.answering.rule_check_reply import heard_figure_reply, rule_check_reply
from bot.eligibility import parse_profile
from bot.eligibility.condition_claims import check_condition_claim, parse_condition_claim
from bot.eligibility.profile import _major_relevant, straight_level
from bot.eligibility.rules import load_rules
from bot.language import mandarin_words, to_simplified
from tests.test_answer_plan import ask
from bot.texts import Templates
from tests.test_eligibility_engine import RULES_PATH

PROMPTS = RULES_PATH.parents[2] / "prompts"

TODAY = date(2026, 12, 3)


@pytest.fixture(scope="module")
def rules():
    return load_rules(RULES_PATH)


def read(text: str):
    return parse_profile(text, today=lambda: TODAY)


def _words(text: str) -> str:
    return mandarin_words(to_simplified(text)).lower()


# --- a certificate written down with its date ------------------------------------------------------------------------

@pytest.mark.parametrize("message, level", [
    ("持证：四级（2023.05）", 4),
    ("cert: 直播销售员 L4 / 2022-06", 4),
    ("五级 ✅ 2024年2月", 5),
    ("直播销售员 三级 here, cert dated 1 March 2022. can I apply 二级 now?", 3),
    ("学员情况：初级工（五级）22年4月，高级工想直接考", 5),
    ("my certs: 五级 2021-12 ❌ lost the paper", 5),
    ("持证 四级 2024.07 直播", 4),
    ("case: '四级 电子商务师 (2021.11), no degree, worked continuously since'", 4),
    ("ok so timeline: started 带货 summer 2021, L5 in 2022-08, failed the L4 practical in 2025", 5),
])
def test_a_level_written_with_its_date_is_a_certificate_held(message, level):
    assert read(message).certificate_level == level


@pytest.mark.parametrize("message", ["目标：三级", "aiming for L3", "目标证书：三级", "五级（2027.06）我打算考"])
def test_a_level_aimed_at_is_not_held(message):
    assert read(message).certificate_level is None


def test_a_level_marked_as_the_goal_beside_one_held():
    profile = read("五级 2024年2月 ✅ 四级 目标")
    assert (profile.certificate_level, profile.target_level) == (5, 4)


@pytest.mark.parametrize("message", ["初级工是五级还是一级", "高级技师系一级定系五级", "培训要几多学时先够？四级同三级呢？"])
def test_levels_asked_about_side_by_side_are_not_held(message):
    assert read(message).certificate_level is None


def test_a_year_with_a_shopping_festival_is_a_start_date_not_years():
    profile = read("从22年双十一开始做直播运营 后台那块")
    assert profile.years_total is not None and 4 < profile.years_total < 4.2
    # (618 is late in June: from the 18th, 4 years 5 whole months by 30 November 2026; since the sixty-first round)
    assert read("22年618开始播").years_total == pytest.approx(4 + 5 / 12, abs=0.01)


def test_a_start_written_as_a_label_and_its_date():
    assert read("入行：2020.10 / 五级：2022.10 / 四级：没考").years_total == pytest.approx(6 + 2 / 12, abs=0.01)


def test_almost_half_a_year_is_about_five_months():
    assert read("在一家公司实习做选品快半年了").years_total == pytest.approx(5 / 12, abs=0.01)


def test_a_gap_said_in_english_is_taken_out_not_read_as_the_work():
    profile = read("been doing 选品 since 2018 w/ one gap in 2023, ~8 months")
    assert profile.years_total is not None and profile.years_total > 7


@pytest.mark.parametrize("message", ["a programme is 3 years", "I teach at a 高职 college, our 直播电商 program is 3 years",
                                     "ok so 五级 = 1 yr work. does it have to be full-time?", "我听人讲五级后三年就得？"])
def test_a_figure_that_is_no_ones_years_of_work(message):
    profile = read(message)
    assert profile.years_total is None and profile.years_since_certificate is None


def test_no_preparatory_technician_certificate_said_in_english():
    assert read("I hold L3 since Aug 2025. graduated 技师学院 in 2022 (电商). no 预备技师 cert").preparatory_technician is False


def test_the_training_centre_is_no_training_done():
    assert read("that's not what the training centre told me, they said 3 years after 三级 is enough").formal_training is None


@pytest.mark.parametrize("text, relevant", [("大专相关专业", True), ("related major", True), ("大专不相关专业", False),
                                            ("unrelated major", False)])
def test_a_major_said_to_be_related(text, relevant):
    assert _major_relevant(text) is relevant


def test_a_school_year_that_is_not_the_last_is_no_diploma_held():
    profile = read("我女儿17岁 中职电商专业二年级")
    assert not profile.education and profile.studying_at


def test_forgot_to_say_is_no_rule_heard():
    assert read("忘了说 我大专电商毕业的 那呢?").education == ["junior_college_or_above_relevant"]


def test_studying_and_barely_working_is_no_work_since_the_certificate():
    profile = read("我一直在上学没怎么工作 三级能报吗 要等几年")
    assert not profile.worked_since_certificate and profile.years_total == 0


def test_the_level_gone_to_straight_against_another_said_before():
    assert straight_level("老师叫我们考五级 但网上话应届生可以直接考四级 边个啱？") == 4


# --- the years before a certificate and the time since it ------------------------------------------------------------

def test_years_before_and_after_the_certificate_said_apart_in_one_message():
    profile = read("拿证前做了2年 拿证后1年")
    assert (profile.years_total, profile.years_since_certificate) == (3.0, 1.0)


def test_years_before_the_certificate_said_in_a_later_message_are_added(advisor):
    answer, conversation = ask(advisor, "拿咗初級工 去年八月 直播銷售員嚟", "考之前已經做咗兩年半直播", "咁幾時可以考中級工？")
    profile = conversation.profile
    assert profile.years_total == pytest.approx(2.5 + profile.certificate_age, abs=0.01)
    assert "累計工作" in answer.text and "L4-B" in answer.text


def test_work_before_told_after_a_certificate_then_work_since(advisor):
    answer, conversation = ask(advisor, "2023年尾考咗五級 (選品員)", "之前喺電商公司做咗三年客服同選品", "考完之後一直做緊選品", "明年可唔可以考四級")
    profile = conversation.profile
    assert profile.years_total == pytest.approx(3 + profile.certificate_age, abs=0.01)
    assert "累計工作" in answer.text and "客服" in answer.text


# --- claims checked -------------------------------------------------------------------------------------------------

def test_zero_to_level_three_in_two_months_is_not_right(rules):
    claim = parse_condition_claim(_words("咁我哋想喺宣傳單寫：「零基礎兩個月考到三級」 冇問題吧"))
    assert claim is not None and (claim.level, claim.kind) == (3, "from_scratch")
    assert check_condition_claim(claim, rules).holds is False
    five = parse_condition_claim(_words("零基础也能直接考五级"))
    assert five is None or five.kind != "from_scratch"  # (level 5 is the start of the ladder: nothing below it to lack)


def test_a_course_alone_is_no_route(rules):
    claim = parse_condition_claim(_words("我哋培訓中心同學員講：上完104學時課程就可以直接報四級 唔使年資"))
    assert claim is not None and (claim.level, claim.kind) == (4, "training_enough")
    verdict = check_condition_claim(claim, rules)
    assert verdict.holds is False and {c.id for c in verdict.routes} == {"L4-A", "L4-B", "L4-C"}


def test_a_trainers_answer_quoted_and_asked_about(advisor):
    answer, _ = ask(advisor, "我是培训学校的 学员老问报考条件", "我一般这么回：'五级要满18岁 中专以上学历' 这样说对不对？")
    assert answer.text.startswith("不对") and "L5-A" in answer.text


def test_a_claim_told_to_learners_then_asked_if_fit_for_the_faq(advisor):
    answer, _ = ask(advisor, "我哋培訓中心同學員講：上完104學時課程就可以直接報四級 唔使年資", "我想放上FAQ 你覺得啱唔啱？")
    assert answer.text.startswith("不對") and "104" in answer.text


def test_a_teachers_word_doubted_beside_the_askers_own_case(advisor):
    answer, _ = ask(advisor, "我大专 电商专业 大三 明年6月毕业", "能直接报直播销售员三级吗", "可是我们老师说大专毕业就能直接考三级啊 你确定吗？")
    assert "ALT-L3-F" in answer.text and "L3-A" in answer.text


def test_a_quick_reference_table_is_checked_row_by_row(rules):
    templates = Templates(PROMPTS)
    text = rule_check_reply(_words("'五级：工作满1年；四级：五级后满4年；三级：四级后满5年；二级：三级后满4年；一级：二级后满3年' 有问题吗"),
                            "zh", rules, templates)
    rows = [line for line in text.splitlines() if line.startswith("·")]
    assert len(rows) == 5
    assert rows[-1].startswith("· 一级：二级后满3年") and "L1-A" in rows[-1] and "部分对" in rows[-1]
    assert all("→ 对" in row for row in rows[:4])


def test_a_figure_heard_is_checked_for_the_level_just_judged(rules):
    templates = Templates(PROMPTS)
    text = heard_figure_reply(_words("that's not what the training centre told me, they said 3 years after 三级 is enough"), 2, "en", rules, templates)
    assert text is not None and "4 years" in text and "L2-A" in text
    assert heard_figure_reply(_words("我做了3年"), 2, "zh", rules, templates) is None


def test_a_figure_heard_after_the_answer_comes_with_the_case_again(advisor):
    answer, _ = ask(advisor, "got 视频创推员 三级 in may 2022", "been making short vids for brands full time ever since. can i go for 二级 now?",
                    "that's not what the training centre told me, they said 3 years after 三级 is enough")
    assert "L2-A" in answer.text and "Level 2" in answer.text and "formal training not completed" not in answer.text


def test_someone_said_they_can_sign_up_is_checked_on_their_case(advisor):
    answer, _ = ask(advisor, "asking for my wife, she has 视频创推员 五级 from nov 2022", "she works full time making product videos since 2021",
                    "training centre says she can sign up for 四级 this month, is that legit?")
    assert answer.intent == "eligibility" and "Level 4" in answer.text and "L4-A" in answer.text


# --- which question, and which entry --------------------------------------------------------------------------------

def test_the_earliest_day_of_a_level_is_no_exam_date(advisor):
    answer, _ = ask(advisor, "2025.3.15 拿的五级", "之前没干过 拿证那天才开始上班哈哈", "四级最早哪天")
    assert answer.intent == "eligibility" and "2029年3月" in answer.text and "考试日期" not in answer.text


@pytest.mark.parametrize("message, name", [("二级叫啥 技师还是高级技师", "技师"), ("初级工是五级还是一级", "五级")])
def test_which_of_two_a_level_is_called(advisor, message, name):
    answer, _ = ask(advisor, message)
    assert name in answer.text.split("。")[0] and answer.via == "template"


def test_a_figure_heard_that_is_the_newer_conditions_is_not_called_wrong(advisor):
    answer, _ = ask(advisor, "我2023年11月拿到直播銷售員五級", "之後一直做直播", "聽說現在有些機構改成五級後3年就能考四級？")
    assert answer.text.startswith("你聽到的是部分評價機構") and "ALT-L4-B" in answer.text and "L4-A" in answer.text


def test_a_figure_heard_that_holds_adds_nothing_before_the_case(advisor):
    answer, _ = ask(advisor, "我是高级技工学校毕业的，电子商务专业，2025年毕业", "在学校里考了四级（直播销售员）",
                    "抖音上有人说四级以后必须干满5年才能考三级，我是不是还得等好几年")
    assert answer.text.startswith("可以申报三级") and "L3-B" in answer.text


def test_a_relevant_major_asked_about_is_none_said():
    assert _major_relevant("does a 本科 in journalism count as a 'relevant major' for the college route to 三级?") is not True


def test_which_job_type_asked_with_chinese_words_in_english(advisor):
    answer, _ = ask(advisor, "i do the backend for a live room — accounts, data dashboards, monitoring", "which 工种 is that and how high can it go")
    assert "Platform Administrator" in answer.text and "Level 3" in answer.text


def test_how_to_go_up_after_a_job_types_top(advisor):
    answer, _ = ask(advisor, "我個女想做平台管理員 呢份工做咩㗎", "咁佢考到三級之後 仲可以點升？")
    assert "三級" in answer.text and "選品員" in answer.text


def test_own_case_asked_after_facts_told(advisor):
    answer, _ = ask(advisor, "我23年7月开始在快手做直播带货", "一直干到现在 不过24年中间停了半年回老家", "五级没问题吧？四级呢 我啥时候能报")
    assert answer.intent == "eligibility" and "L4-B" in answer.text


def test_not_liking_the_camera_said_in_english_is_no_live_selling(advisor):
    answer, _ = ask(advisor, "I'm a video editor", "I don't like being on camera", "which 工种 fits me?")
    assert "Video Creator-Promoter" in answer.text and not answer.text.startswith("From the work you describe, that is the Live-streaming")
