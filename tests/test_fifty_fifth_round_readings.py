"""Added in the fifty-fifth round: long chats with the facts told early and the question asked late, and short messy
messages from phones ("5j呢", "拿证以后一直在dh", "由3月做到而家"): two stretches of work told apart, a certificate's date
said with its field ("四级 in live selling on 2024-10-15"), a question about the occupation itself asked after a case
("最高到什麼級別？叫什麼？", "is it 120 for every level?"), work told in a fragment mid-chat, and a second question
beside the answer that its words alone match far better than any other entry."""
from __future__ import annotations

from datetime import date

import pytest

from bot.answering.advisor import reply_language
from bot.eligibility import parse_profile
from bot.language import EN, ZH, detect, mandarin_words, to_simplified, without_typos
from tests.test_answer_plan import ask

TODAY = date(2026, 12, 6)


def read(text: str, today: date = TODAY):
    return parse_profile(mandarin_words(without_typos(to_simplified(text))).lower(), today=lambda: today)


# --- what one message says ------------------------------------------------------------------------------------------

def test_a_levels_shorthand_is_no_english_word():
    assert detect("5j呢", default=EN) == ZH
    assert reply_language("5j呢", None, [("我朋友说4级要干满6年才行", ""), ("我才干一年半 快手", "")]) == ZH
    assert detect("got 5j", default=EN) == EN


def test_a_level_asked_to_be_got_in_english_with_its_job_type_between():
    said = read("can i get the 直播销售员 level 5 cert now or do i have to wait")
    assert said.certificate_level is None and said.target_level == 5


def test_a_certificate_date_said_after_its_field_or_its_job_type():
    said = read("got 中级工 四级 in live selling on 2024-10-15")
    assert said.certificate_level == 4 and said.job_type == "live_streaming_salesperson"
    assert said.certificate_age == pytest.approx(25 / 12) and said.years_since_certificate is None  # (no work said)
    said = read("lvl 2 technician cert, 选品员, nov 2022")
    assert said.certificate_age == pytest.approx(49 / 12) and said.job_type == "product_selector"
    assert read("been doing live selling since 2020").years_total == pytest.approx(6.0)  # (work, as before)


@pytest.mark.parametrize("said, years", [("由3月做到而家，之前喺香港做咗4年零售sales", 0.75), ("3月开始做直播", 0.75),
                                         ("2024年8月来东莞，在抖音直播卖鞋到现在", 2 + 4 / 12),
                                         ("我老公之前在京东做了四年客服 去年年初转到我们自己店里做直播", 1.75)])
def test_a_start_with_no_year_or_after_a_move(said, years):
    assert read(said).years_total == pytest.approx(years, abs=0.01)
    assert read("3月开始培训").years_total is None  # (a course, not the work)


def test_the_other_work_before_a_start_is_kept_apart():
    said = read("由3月做到而家，之前喺香港做咗4年零售sales")
    assert said.other_years == 4.0


def test_military_service_with_its_length_inside_is_a_break():
    said = read("毕业就在抖音做主播 中间去当了两年兵")
    assert said.break_years == 2.0 and said.years_total is None
    assert read("我19年技工学校毕业 毕业就在抖音做主播").years_total == pytest.approx(7.0)


def test_never_full_time_is_no_claim_of_no_work():
    said = read("never worked full time, but I've done part-time live hosting for a brand on 小红书 since Mar 2025")
    assert said.years_total == pytest.approx(1.75)


def test_a_wait_a_route_asks_is_no_time_gone():
    said = read("她现在想考四级 是非得等五级满四年 还是可以直接考")
    assert said.years_since_certificate is None and said.certificate_level is None


def test_a_certificate_a_route_needs_is_not_held():
    said = read("哦 要四级证啊 我啥证都没有")
    assert said.certificate_level == 0  # (no certificate at all, as said)
    assert read("我有四级证").certificate_level == 4


def test_still_at_it_full_time_or_the_whole_time_is_work_since():
    assert read("still doing short video promo full time").worked_since_certificate
    assert read("been streaming on 视频号 the whole time").worked_since_certificate
    assert read("拿证以后一直在dh").worked_since_certificate  # (dh: 带货)


def test_an_unrelated_major_said_after_the_school():
    assert read("他读汽车维修的").major_relevant is False
    assert read("本科 学会计的").major_relevant is False


def test_cantonese_words_for_hours():
    assert "多少个小时" in mandarin_words("每个级要读几多个钟")
    assert mandarin_words("几多个钟头") == "多少个钟头"  # (Mandarin's own 钟头 is left)


# --- what several messages say (the advisor, with the tests' fixed day, 2026-11-30) ---------------------------------

def test_a_return_after_a_stop_adds_the_two_stretches_once(advisor):
    _, conversation = ask(advisor, "宝妈一枚", "之前在淘宝直播干了8个月 后来怀孕停了", "今年3月又开始播 视频号")
    assert conversation.profile.years_total == pytest.approx(8 / 12 + 8 / 12, abs=0.02)  # (March to 30 November: 8 months)
    _, conversation = ask(advisor, "我2019年播过一年", "后来去厂里上班了", "今年3月又回来播 到现在")
    assert conversation.profile.years_total == pytest.approx(1 + 8 / 12, abs=0.02)


def test_a_question_about_the_occupation_after_a_case(advisor):
    answer, _ = ask(advisor, "我女兒在昆山做帶貨主播，中專畢業", "考了證之後可以一路往上升嗎？最高到什麼級別？叫什麼？")
    assert "一級" in answer.text and "按你說的" not in answer.text
    answer, _ = ask(advisor, "im a host on 视频号 for a tea brand in fujian, 8 months now", "is that right, and is it 120 for every level?")
    assert "104" in answer.text and "What I understood" not in answer.text


def test_how_far_a_job_type_goes_asked_in_a_few_words(advisor):
    answer, _ = ask(advisor, "有个MCN招平台管理员", "这岗具体干啥的", "能考到几级")
    assert answer.text.startswith("平台管理员工种最高可以考到三级")


def test_work_told_in_a_fragment_is_no_off_topic_request(advisor):
    answer, conversation = ask(advisor, "我做咗live 兩年", "喺深圳幫個牌子賣衫 用抖音嘅")
    assert not answer.refused and conversation.profile.years_total == 2.0
    answer, _ = ask(advisor, "帮我写个直播话术 卖面膜的")
    assert answer.refused  # (a task asked for, as before)


def test_a_job_type_told_without_a_subject_is_the_askers(advisor):
    answer, conversation = ask(advisor, "我在中國大陸的MCN上班", "做平台管理員 後台數據那些", "已經有三級證照了", "可以再往上報考二級嗎")
    assert conversation.profile.job_type == "platform_administrator"
    assert answer.text.startswith("暫不符合：平臺管理員工種沒有二級/技師")


def test_a_place_of_a_friend_names_no_friend(advisor):
    answer, conversation = ask(advisor, "個仔喺東莞讀中職，今年最後一年，明年畢業", "佢讀汽車維修嘅，但係成日話想做直播",
                               "暑假喺朋友公司做過兩個月直播助理", "佢可唔可以未畢業就考直播銷售員四級？")
    assert "【朋友】" not in answer.text and conversation.profile.major_relevant is False
    assert answer.text.startswith("暫不符合申報四級")


def test_an_apprenticeship_ended_in_the_next_message(advisor):
    answer, conversation = ask(advisor, "did a 学徒 program at a live commerce base in yiwu", "6 months, finished in oct",
                               "so can i skip the 1 yr thing for level 5?")
    assert conversation.profile.apprenticeship and "L5-B" in answer.text and answer.text.startswith("Yes")


def test_the_course_under_way_weighed_as_the_way_to_a_level(advisor):
    answer, _ = ask(advisor, "18, just finished 高中 in kunming", "doing a 3-month 直播 training course now, 120 hrs",
                    "will that course be enough to take level 5 when it ends?")
    assert answer.text.startswith("Training does not replace the years Level 5")


def test_a_route_that_also_needs_a_diploma_says_so(advisor):
    answer, _ = ask(advisor, "我有四级证 2025年3月拿的 一直在做直播 能报三级吗")
    first = answer.text.splitlines()[0]
    assert "L3-C" in first and "大专及以上本专业或相关专业毕业证书" in first


def test_a_second_question_its_words_match_far_better_than_any_other(advisor):
    answer, _ = ask(advisor, "想轉行做主播", "直播銷售員實際做咩㗎 係咪好長工時")
    assert "10至12小時" in answer.text and "帶貨主播" in answer.text.split("\n\n")[-1]


def test_the_occupation_code_asked_after_its_english_name(advisor):
    answer, _ = ask(advisor, "我要寫英文CV", "互聯網營銷師 同 直播銷售員 英文點寫", "仲有職業編碼係咩")
    assert "4-01-02-07" in answer.text.splitlines()[0]


def test_a_young_askers_case_with_nothing_told_gets_the_entry_levels_conditions(advisor):
    answer, _ = ask(advisor, "我今年16歲，在台灣念高一", "暑假想去深圳我阿姨的公司幫忙直播賣東西", "我這個年紀可以直播嗎？可以考證嗎？")
    lines = answer.text.splitlines()
    assert lines[0].startswith("按你說的年齡（16歲）：可以") and "L5-A" in answer.text and "ALT-L5-A" in answer.text
    answer, _ = ask(advisor, "能考几级")  # (no age: the questions, as before)
    assert answer.text.startswith("为了准确判断") and "L5-A" not in answer.text


def test_how_much_after_money_was_asked_is_that_sum(advisor):
    answer, _ = ask(advisor, "guangzhou here", "heard govt pays u back for skill certs??", "how much for 直播销售员 lvl 4")
    assert answer.text.startswith("Subsidies are local policies")


@pytest.mark.parametrize("turns, opening", [
    (("我嘴笨 不太敢对着镜头说话", "选品员是不是就不用直播了", "那个是不是比直播销售员好考"), "本资料库没有各工种考试难度"),
    (("我喺香港做開IG live賣嘢", "想北上做抖音直播", "內地呢行前景點？有冇數據？"), "畢馬威與阿里研究院"),
])
def test_entries_for_what_was_asked_in_other_words(advisor, turns, opening):
    answer, _ = ask(advisor, *turns)
    assert answer.text.startswith(opening)


def test_two_levels_joined_by_cantonese_and_after_the_classes_asked(advisor):
    assert mandarin_words("那三级同二级呢") == "那三级和二级呢"
    answer, _ = ask(advisor, "你好 我哋係九龍一間培訓中心", "五級要上幾多堂先夠", "咁三級同二級呢")
    assert answer.text.startswith("按標準的參考學時：三級/高級工88、二級/技師72")


def test_other_work_fills_the_time_since_an_older_certificate(advisor):
    answer, _ = ask(advisor, "我老公之前在京东做了四年客服 去年年初转到我们自己店里做直播", "他有个营销员四级的证 21年考的",
                    "他想考直播销售员三级 现在够不够")
    last = answer.text.splitlines()[-1]
    # (on the tests' day, 2026-11-30, a certificate of "21年" is at least 4 years 11 months old: the template's 5 years
    # after it are not yet reached even with the other work, the newer conditions' 4 are)
    assert "4年（客服）" in last and "可申报三级/高级工" in last


def test_which_year_is_no_year_of_work():
    assert read("想先确认互联网营销师是哪一年变成新职业，标准又是哪一年出的").years_total is None
    assert read("做了一年").years_total == 1.0


def test_whether_the_law_lets_a_minor_stream_beside_the_case(advisor):
    answer, _ = ask(advisor, "我個女16歲", "佢想喺我直播間幫手賣嘢", "法律上得唔得？")
    assert answer.text.startswith("按你說的年齡（16歲）：可以以自然人身份直播帶貨，但須經監護人同意。")
