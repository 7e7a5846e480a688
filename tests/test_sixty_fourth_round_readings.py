"""Added in the sixty-fourth round: people outside the mainland, or between two places.

- Work in two places adds up: a stretch away, then a move or a return dated and the same work there to today
  ("22年底回的成都 一直做短视频到现在", "去年回的广州 现在…还是做选品", "2024年9月再上深圳，一直做到而家"); a move
  inside years already said ("我做直播四年了" then "去年搬到广州…") takes nothing away and adds nothing; other work
  said to be unrelated ("做咗三年半文員，同直播冇關") is no year of this work; "之前在广州做过一年" is a stretch before.
- Facts not given, fixed: a level weighed, skipped or two levels asked at once ("doesn't want to bother with level 5",
  "四級或三級", "五级感觉太低了", "它只有到三級") is no certificate held; "幾時可以考到技師" asks it; a residence
  ("lives in Guangzhou 5 years"), a course's length ("上了三個月") or a ban ("banned for 30 days") is no work; a rule
  said to ask a figure ("台灣人報四級只要4年經驗就可以") is not the asker's years; a final-year student's school named
  again is no diploma held; a route quoted ("「上完正規培訓就能縮短年資」") is no training done.
- Questions answered for what they ask: a certificate from another province beside the case; a claim about the
  certificate after a statement of who one is; the entry on who may apply only when applying is asked; a shop or
  company abroad, an appeal to write; which job type stops at level 3; what the levels are called.
"""
from __future__ import annotations

import pytest

from bot.eligibility.profile import NO_CERTIFICATE, parse_profile
from bot.language import mandarin_words, to_simplified
from tests.test_answer_plan import ask


def words(text: str) -> str:
    return mandarin_words(to_simplified(text))


# --- what one message says (the tests' fixed day, 2026-11-30) ------------------------------------------------------

def test_a_move_or_a_return_dated_with_the_work_there_to_today():
    back = parse_profile(words("22年底回的成都 一直做短视频到现在"))
    assert back.years_total == pytest.approx(3 + 11 / 12, abs=0.01) and back.years_total_from_date
    returned = parse_profile(words("去年回的广州 现在在一家跨境公司还是做选品"))
    # (a year alone counts from its December: eleven months on the tests' day)
    assert returned.years_total == pytest.approx(11 / 12, abs=0.01) and returned.moved_to_work == "returned"
    assert parse_profile(words("去年搬到广州 一直在做直播到现在")).moved_to_work == "moved"
    # (other work there is no year of this one)
    assert parse_profile(words("22年底回的老家 一直做外卖到现在")).years_total is None


def test_other_work_said_unrelated_is_no_year_of_this_work():
    told = parse_profile(words("之後返咗香港做咗三年半文員，同直播冇關"))
    assert told.years_total is None and told.other_years == 3.5
    # (said without "unrelated", other work stays for the evaluation body to weigh, as before)
    assert parse_profile(words("做了三年文员")).years_total == 3


def test_a_stretch_said_before_in_another_place_adds_up():
    assert parse_profile(words("我在深圳做直播两年，之前在广州做过一年")).years_total == 3
    assert parse_profile(words("我喺深圳做抖音直播带货做咗兩年幾 之前喺香港用IG live賣嘢都做過一年")).years_total == 3
    told = parse_profile(words("我在深圳做直播两年，之前在广州做过一年客服"))
    assert told.years_total == 2 and told.other_years == 1


@pytest.mark.parametrize("said", [
    "Could she sit level 4 straight away? She doesn't want to bother with level 5",
    "我可以直接考选品员四级或三级吗？",
    "现在没有任何证 能直接考四级吗😂 五级感觉太低了",
    "為什麼它只有到三級，不能考技師？",
    "想知道最快幾時可以考到技師（二級）",
])
def test_a_level_weighed_skipped_or_asked_is_no_certificate_held(said):
    assert parse_profile(words(said)).certificate_level in (None, NO_CERTIFICATE)


def test_a_level_held_and_found_too_low_is_still_held():
    told = parse_profile(words("我有五级 感觉太低了 想考四级"))
    assert told.certificate_level == 5 and told.target_level == 4
    assert parse_profile(words("想知道最快幾時可以考到技師（二級）")).target_level == 2


@pytest.mark.parametrize("said", [
    "My business partner Chinedu is Nigerian, lives in Guangzhou 5 years, sells clothes through TikTok live",
    "去年在廣州上了一個直播帶貨的課，上了三個月",
    "my brother's douyin account got banned for 30 days",
    "所以台灣人報四級只要4年經驗就可以，對吧？",
])
def test_a_residence_a_course_a_ban_or_a_rules_figure_is_no_work(said):
    assert parse_profile(words(said)).years_total is None


def test_streams_called_lives_and_a_hedged_figure_of_ones_own_are_work():
    assert parse_profile("did TikTok Shop lives in LA for like 3 yrs").years_total == 3
    assert parse_profile("he does the lives himself, maybe 3 years of that").years_total == 3
    assert parse_profile(words("我做了三个月直播")).years_total == pytest.approx(0.25)


# --- what a conversation keeps -------------------------------------------------------------------------------------

def test_a_stretch_away_then_the_return_both_count(advisor):
    _, conversation = ask(advisor, "我是视频创推员 之前在新加坡给shopee剪视频拍视频两年", "22年底回的成都 一直做短视频到现在")
    assert conversation.profile.years_total == pytest.approx(2 + 3 + 11 / 12, abs=0.01)
    _, conversation = ask(advisor, "他在泰国曼谷给一个TikTok Shop团队做选品 做了四年", "去年回的广州 现在在一家跨境公司还是做选品")
    assert conversation.profile.years_total == pytest.approx(4 + 11 / 12, abs=0.01)
    _, conversation = ask(advisor, "我2019年3月到2021年3月喺廣州做直播帶貨", "之後返咗香港做咗三年半文員，同直播冇關",
                          "2024年9月再上深圳，一直做到而家")
    assert conversation.profile.years_total == pytest.approx(2 + 2 + 2 / 12, abs=0.01)  # (Sept 2024 to the tests' day)


def test_a_move_inside_the_years_said_changes_nothing(advisor):
    _, conversation = ask(advisor, "我做直播四年了", "去年搬到广州 一直在做直播到现在")
    assert conversation.profile.years_total == 4


def test_a_final_year_students_school_named_again_is_no_diploma(advisor):
    _, conversation = ask(advisor, "Hello, I'm from India, final year of my bachelor's in e-commerce at a uni in Beijing",
                          "my classmate said with a degree you can skip to 三级 directly. true?")
    assert conversation.profile.final_year_student_of and not conversation.profile.education


def test_a_route_quoted_is_no_training_done(advisor):
    answer, conversation = ask(advisor, "我們是台北的職訓單位，想了解互聯網營銷師的培訓規定",
                               "另外，三級有沒有「上完正規培訓就能縮短年資」的路線？像一級那樣")
    assert conversation.profile is None or not conversation.profile.formal_training
    assert "已完成正規培訓" not in answer.text


# --- the reply ------------------------------------------------------------------------------------------------------

def test_a_certificate_from_another_province_beside_the_case(advisor):
    answer, _ = ask(advisor, "我21年3月开始在义乌做直播带货，22年5月在义乌考了个直播销售员五级",
                    "现在在成都能报四级不？浙江的证这边认吗")
    assert answer.text.startswith("可以申报四级/中级工")
    assert "只在本省有效" in answer.text


def test_a_claim_after_saying_who_one_is_gets_its_own_answer(advisor):
    answer, _ = ask(advisor, "我係香港人，喺深圳啲直播公司見工",
                    "有間公司話冇互聯網營銷師證就唔畀我上播，仲話係國家規定，要我交三千蚊報佢哋個課")
    assert "港澳臺居民報考" not in answer.text and "不需要互聯網營銷師證書" in answer.text


def test_the_entry_on_who_may_apply_only_when_applying_is_asked(advisor):
    answer, _ = ask(advisor, "想請教一下，最近看新聞說大陸有「互聯網營銷師」這個職業", "這跟我們台灣說的網紅、直播主一樣嗎？")
    assert "報考的規定" not in answer.text and "網絡主播" in answer.text
    answer, _ = ask(advisor, "港澳台居民能报考吗")
    assert "评价机构" in answer.text and answer.intent == "eligibility"


def test_a_shop_abroad_or_an_appeal_is_for_elsewhere(advisor):
    answer, _ = ask(advisor, "我老公想喺英國開TikTok Shop 賣香港零食", "開店要準備咩文件？英國要唔要登記公司㗎")
    assert answer.refused and "外國開店" in answer.text and "報名材料" not in answer.text
    answer, _ = ask(advisor, "點樣註冊個體工商戶？要幾多錢？")
    assert answer.refused and "市場監督管理局" in answer.text
    answer, _ = ask(advisor, "my brother's douyin account got banned for 30 days",
                    "can you write the appeal for him? he says he didn't break any rules")
    assert answer.intent == "out_of_scope" and "Level 5" not in answer.text


def test_which_job_type_stops_at_level_3_and_what_the_levels_are_called(advisor):
    answer, _ = ask(advisor, "在比較選品員跟平台管理員，哪個以後發展比較好？", "聽說有一個等級只能考到三級？是哪個")
    assert "平臺管理員只設五級、四級、三級" in answer.text
    answer, _ = ask(advisor, "my colleague says internet marketer is a real job with levels like a trade. What are the levels called?")
    assert "Level 5 / Junior Worker" in answer.text and "Level 1 / Senior Technician" in answer.text


# --- an ordinary week (EM) -----------------------------------------------------------------------------------------

def test_a_date_put_right_is_read_as_a_fact_not_a_term_swapped(advisor):
    answer, conversation = ask(advisor, "您好，我在一家MCN負責人資，公司有一批主播去年幾乎都考到了直播銷售員三級",
                               "更正一下，不是去年，是2023年1月拿到的，之後都在公司全職直播", "想幫他們規劃報二級技師，最早什麼時候可以報？")
    assert conversation.profile.certificate_age == pytest.approx(3 + 10 / 12, abs=0.01)
    assert "2027年1月" in answer.text


def test_a_sum_said_again_is_no_second_figure(advisor):
    answer, _ = ask(advisor, "之前在实体店卖手机干了5年", "后来转做直播卖手机 一年半了", "加起来6年多 能直接报四级吗")
    assert "12.5" not in answer.text and "合计约12" not in answer.text


def test_two_jobs_asked_to_count_twice_get_the_case_counted_once(advisor):
    answer, _ = ask(advisor, "我两份工一起做的 白天在超市当收银 晚上回家在快手播卖零食", "晚上这个播了差不多两年了",
                    "那工作年限能不能按两份算 就是算我四年？想报四级")
    assert "只算一次" in answer.text and "还不能申报四级" in answer.text
    assert "你已满4年" not in answer.text  # (the four proposed is no year worked)


def test_a_final_year_at_a_school_and_the_level_asked_after_a_claim(advisor):
    answer, conversation = ask(advisor, "hi, im in my last year at a 技工学校 in Foshan, major is e-commerce (电子商务)",
                               "we graduate next July. teacher said while we're still in school we can only do level 5?",
                               "is that true or can I go for level 4 直播销售员 before I get my diploma")
    assert conversation.profile.final_year_student_of and not conversation.profile.education
    assert answer.text.startswith("Yes, you may apply for Level 4")


def test_the_work_described_not_the_alternative_asked(advisor):
    answer, _ = ask(advisor, "我不敢出镜 就会拍拍剪剪 给店里做抖音短视频", "这种也能考互联网营销师吗 还是只有主播能考",
                    "那我这种考哪个工种 最高能考到几级")
    assert "视频创推员" in answer.text.splitlines()[0]
