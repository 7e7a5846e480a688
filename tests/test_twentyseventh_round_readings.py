"""Added in the twenty-seventh round: messages as they arrive in a chat app (a question sent in pieces, voice-typing
errors, the asker's own guesses at the answer, a quoted screenshot), facts said the short way ("仲做緊直播",
"still streaming", "毕业两年了", "level 4 live selling since june 2021", a certificate's date to the day), who the
facts are about ("most have 1-2 years, two have 7 years no cert"), and planning a path: which job type the work
told fits, the way to a level two steps up, training booked for next year, whether a route needs years of work."""
from __future__ import annotations

from datetime import date

from bot.answering.people import split_people
from bot.eligibility.profile import parse_profile
from bot.language import mandarin_words, to_simplified, without_typos
from tests.test_answer_plan import ask

DAY = date(2026, 11, 30)  # the tests' day (tests/conftest.py)


def facts(text: str):
    return parse_profile(mandarin_words(to_simplified(text)), today=lambda: DAY)


# --- facts said the short way --------------------------------------------------------------------------------

def test_still_streaming_after_a_certificates_date_is_work_since_it(advisor):
    for said in ("仲做緊直播", "still streaming", "还在做主播"):
        answer, conversation = ask(advisor, "三級直播銷售員 2022年6月攞", said, "二級得未？")
        assert conversation.profile.worked_since_certificate, said
        assert "L2-A" in answer.text and "告訴我：" not in answer.text and "告诉我：" not in answer.text and "Tell me:" not in answer.text, said


def test_work_since_a_graduation_said_the_message_before(advisor):
    answer, conversation = ask(advisor, "graduated from a technician college in July 2024 with a 预备技师 certificate in e-commerce",
                               "been working in live commerce since", "can I apply for level 2?")
    assert conversation.profile.years_total is not None and conversation.profile.years_total >= 2
    assert "L2-B2" in answer.text and answer.text.startswith("Yes")


def test_graduated_n_years_ago_is_a_graduation(advisor):
    assert facts("毕业两年了一直在直播公司").graduated
    answer, _ = ask(advisor, "我在技师学院读电商 拿了预备技师证", "毕业两年了一直在直播公司", "能报二级吗")
    assert answer.text.startswith("可以申报二级") and "L2-B2" in answer.text


def test_a_level_then_how_long_for_another_is_asked_not_held():
    said = facts("我二級2024年攞 一級其實要幾耐？")
    assert said.certificate_level == 2 and said.target_level == 1


def test_or_do_i_wait_takes_nothing_back(advisor):
    answer, conversation = ask(advisor, "got level 5 on 30 Nov 2022", "exactly four years today haha",
                               "been streaming the whole time. level 4 today or do i wait?")
    assert conversation.profile.certificate_level == 5
    assert answer.text.startswith("Yes") and "L4-A" in answer.text


def test_a_work_start_said_after_the_certificate_is_no_certificate_date():
    said = facts("我有五級證 2016年開始做電商")
    assert said.certificate_level == 5 and said.certificate_age is None and said.years_total >= 9.9


def test_years_asked_to_do_without_are_not_years_had(advisor):
    answer, conversation = ask(advisor, "我喺深圳做直播培訓", "想問下學員讀完120個鐘嘅五級培訓 有冇得直接報五級 唔使一年經驗？")
    assert conversation.profile is None or conversation.profile.years_total is None
    assert "累計工作1年" not in answer.text and "累计工作1年" not in answer.text


def test_a_level_then_job_words_then_its_date(advisor):
    said = facts("level 4 live selling since june 2021")
    assert said.certificate_level == 4 and said.certificate_age is not None and said.certificate_age > 5
    answer, _ = ask(advisor, "our host Xiaoyu", "level 4 live selling since june 2021", "she has a 大专 in 市场营销",
                    "streaming non stop", "level 3?")
    assert "L3-" in answer.text and "they" in answer.text and "you hold" not in answer.text


def test_a_final_year_student_said_of_oneself_is_no_one_else(advisor):
    answer, conversation = ask(advisor, "graduated from a technician college (技师学院) in 2025, major: new media",
                               "got level 4 video creator-promoter as a final year student", "level 3 now?")
    assert conversation.third_party is None
    assert answer.text.startswith("Yes, you may apply for Level 3") and "L3-B" in answer.text


def test_a_certificate_date_to_the_day_gives_the_day_the_years_come_round(advisor):
    said = facts("我係2022年12月31號攞五級")
    assert said.certificate_day == (2022, 12, 31)
    answer, _ = ask(advisor, "我係2022年12月31號攞五級", "一直都有做直播", "而家報四級夠唔夠年資？")
    assert "2026年12月31日" in answer.text and "2027年1月" not in answer.text


def test_the_day_the_years_come_round_is_asked_as_inclusive(advisor):
    answer, _ = ask(advisor, "我的五级证书是2022年11月30号发的", "今天刚好满四年", "今天能算满4年吗")
    assert answer.text.startswith("算") and "（含）" in answer.text


def test_other_work_told_alone_is_kept_to_be_counted_if_related(advisor):
    answer, conversation = ask(advisor, "我2018年3月到2020年3月做過網店客服", "2022年1月開始做直播 到而家", "冇證 可以直接考四級嗎？")
    assert conversation.profile.other_years == 2
    assert "客服" in answer.text and "合計6年" in answer.text


def test_time_off_abroad_is_no_work_abroad(advisor):
    answer, conversation = ask(advisor, "worked as a host from March 2020 to February 2023", "took a year off abroad",
                               "back hosting since March 2024", "no certificate. level 4 possible?")
    assert not conversation.abroad and "outside the mainland" not in answer.text


def test_a_move_to_another_job_type_keeps_the_years_since_the_certificate(advisor):
    answer, _ = ask(advisor, "got level 5 product selector in June 2021", "moved to making videos in 2023, same company",
                    "can I apply for level 4 video creator-promoter?")
    assert answer.text.startswith("Yes") and "L4-A" in answer.text


# --- whose facts, and several at once -----------------------------------------------------------------------

def test_groups_counted_in_english_are_decided_apart(advisor):
    people = split_people("most have 1-2 years, two have 7 years no cert, one has level 5 since 2020")
    assert [label for label, _ in people] == ["most", "two", "one"]
    assert people[1][1].years_total == 7 and people[2][1].certificate_level == 5
    answer, _ = ask(advisor, "I'm HR at an MCN in Hangzhou. We want to send 12 hosts to take the exam",
                    "most have 1-2 years, two have 7 years no cert, one has level 5 since 2020", "who can take level 4?")
    assert "[two]" in answer.text and "L4-B" in answer.text


# --- pieces, typos, guesses and quotes -------------------------------------------------------------------------

def test_voice_typing_errors_are_read_as_meant():
    assert without_typos("我想考那个无极证书 就是互联网营销市的") == "我想考那个五级证书 就是互联网营销师的"
    assert without_typos("直播销售元一鸡要什么条件 我二鸡证拿了四年了") == "直播销售员一级要什么条件 我二级证拿了四年了"
    assert without_typos("what does a life streaming sails person do") == "what does a live streaming salesperson do"
    assert without_typos("营销市场") == "营销市场" and without_typos("无极限") == "无极限"


def test_a_question_sent_in_pieces_is_answered_whole(advisor):
    answer, conversation = ask(advisor, "网络主播", "vs 互联网营销师", "same thing?")
    assert not answer.refused and "2024" in answer.text and conversation.fragments == ()


def test_a_short_follow_up_refused_alone_is_read_with_the_last_question(advisor):
    answer, _ = ask(advisor, "what does a life streaming sails person do", "sorry voice typing. live streaming salesperson")
    assert not answer.refused


def test_the_askers_guesses_are_answered_as_the_question_before(advisor):
    answer, _ = ask(advisor, "边个发证㗎", "人社局？定係抖音？")
    assert "人社" in answer.text and "備案" in answer.text and "3684" not in answer.text
    answer, _ = ask(advisor, "who issues the certificate?", "the HR bureau or the platform?")
    assert not answer.refused and "on file" in answer.text


def test_a_quoted_rule_is_nobodys_fact(advisor):
    answer, conversation = ask(advisor, "截图内容：'取得二级证书后满3年即可申报一级'", "我二级是2024年5月拿的 现在能报一级吗？")
    assert conversation.profile.certificate_age is not None and conversation.profile.certificate_age < 3
    assert "2027年5月" in answer.text and "告诉我" not in answer.text


# --- what the asker plans ------------------------------------------------------------------------------------

def test_the_level_named_as_held_is_not_the_one_applied_for(advisor):
    answer, _ = ask(advisor, "帮我看看能不能考三级", "不不不 先看一级吧 我老板说我可以冲一级", "我现在是三级 22年拿的 一直在做")
    assert "暂时还不能申报三级" not in answer.text and "二级/技师" in answer.text


def test_the_job_type_asked_about_is_the_one_the_work_told_fits(advisor):
    answer, conversation = ask(advisor, "我是公司的直播运营 主要管后台账号 看数据", "平台管理员能考到二级技师吗", "我已经有三级了")
    assert conversation.profile.job_type == "platform_administrator"
    assert "最高等级" in answer.text and "L2-A" not in answer.text


def test_a_route_that_needs_no_years_of_work_says_so(advisor):
    answer, _ = ask(advisor, "我是中职电子商务专业的 明年6月毕业", "老师说我们可以直接考四级？真的假的", "不用工作经验吗")
    assert answer.text.startswith("不需要") and "L4-C" in answer.text
    answer, _ = ask(advisor, "I'm a final-year student at a technical school, e-commerce major", "can I apply for level 4?",
                    "no work experience needed?")
    assert answer.text.startswith("No: by L4-C")


def test_training_booked_for_next_year_opens_level_1_once_done(advisor):
    answer, _ = ask(advisor, "我是2023年6月拿的直播销售员二级", "打算明年上一级的培训班", "上完就能报一级吗 还是要等")
    assert answer.text.startswith("按你说的拿证时间，取得证书已满3年") and "L1-A" in answer.text
    answer, _ = ask(advisor, "level 2 video creator since November 2023", "if I do the level 1 training next spring when can I apply?")
    assert "no more waiting" in answer.text


def test_am_i_not_qualified_at_all_is_the_askers_case(advisor):
    answer, _ = ask(advisor, "我淨係小學畢業", "做咗兩年直播", "係咪冇資格考互聯網營銷師？")
    assert "L5-A" in answer.text and "學歷不是五級的門檻" in answer.text


def test_skipping_level_5_is_answered_on_the_askers_years(advisor):
    answer, _ = ask(advisor, "我2021年3月開始喺抖音賣貨 做到而家冇斷過", "一直都冇考過證", "如果而家先開始考 可唔可以唔使由五級考起？")
    assert "5年8個月" in answer.text or "5年9個月" in answer.text


def test_facts_after_asking_whether_one_can_take_the_exam_decide_it(advisor):
    answer, _ = ask(advisor, "hey can i take the internet marketing master exam",
                    "i mean internet marketer, the live stream one. im 17 and been streaming for my moms shop for a year")
    assert "L5-A" in answer.text and "guardian" in answer.text


def test_the_fastest_way_two_levels_up_is_the_route_with_dates(advisor):
    answer, conversation = ask(advisor, "livestreming 4 yrs, level 5 since 2023 april", "whats the fastest way to level 3")
    assert conversation.last_act == "eligibility_route"
    assert "Level 3 / Senior Worker at the earliest" in answer.text


# --- which job type fits the work told -------------------------------------------------------------------------

def test_the_work_told_names_its_job_type(advisor):
    cases = (
        (("我喺香港幫人剪YouTube片 做咗三年", "想返大陸發展 聽講有個互聯網營銷師證", "我呢類應該考邊個工種？"), "視頻創推員"),
        (("我在一家品牌方做商务 主要跟达人谈合作 写直播脚本 定哪些品上播", "这算互联网营销师的哪个工种"), "选品员"),
        (("我識寫文案 又識拍片 但唔想出鏡", "邊個工種適合我？"), "視頻創推員"),
        (("我在台灣當 YouTuber，主要接業配開箱", "想去大陸發展，比較適合哪個工種？"), "視頻創推員"),
        (("in Europe I was basically an affiliate marketer - picking products, negotiating commission with brands",
          "which of the Chinese job types is closest to that?"), "Product Selector"),
        (("你好 我是大二学生 电子商务专业", "平时主要帮学院抖音号剪视频 写文案 偶尔也出镜", "互联网营销师那四个工种里 我这种适合考哪个啊"), "视频创推员"),
    )
    for turns, job in cases:
        answer, _ = ask(advisor, *turns)
        assert answer.text.split("\n")[0].count(job) == 1 and "四个工种：" not in answer.text, turns


def test_work_of_several_job_types_names_each(advisor):
    answer, _ = ask(advisor, "I do a bit of everything at a small brand",
                    "edit videos for Xiaohongshu, run the Tmall shop backend, and pick products sometimes",
                    "which job type should I start with?")
    lead = answer.text.split("\n")[0]
    assert all(job in lead for job in ("Platform Administrator", "Video Creator-Promoter", "Product Selector"))


def test_streaming_that_sells_nothing_points_to_the_internet_anchor(advisor):
    answer, _ = ask(advisor, "我是做娱乐直播的 唱歌聊天那种 不带货", "那我算互联网营销师吗", "那我该考啥")
    assert answer.text.startswith("按你说的（做直播，但基本不卖货），更接近网络主播") and "没有收录" in answer.text
    answer, _ = ask(advisor, "我喺抖音做開唱歌直播 有打賞", "網絡主播同互聯網營銷師有咩分別 我應該考邊個")
    assert "更接近網絡主播" in answer.text


def test_an_off_topic_follow_up_is_read_with_what_it_is_about(advisor):
    answer, _ = ask(advisor, "我在考虑买直播声卡", "推荐一款五百块以内的")
    assert answer.refused and "直播设备" in answer.text


def test_officially_recognised_is_answered_before_the_catalogue(advisor):
    answer, _ = ask(advisor, "互聯網營銷師呢個職業幾時先有？", "係咪國家正式承認？")
    assert answer.text.startswith("它是國家正式發佈的職業") and "不在《國家職業資格目錄" in answer.text


def test_going_past_a_job_types_top(advisor):
    answer, _ = ask(advisor, "I manage the platform backend for our livestream team",
                    "what's the highest level I can reach as a platform administrator, and what would I need to go further?")
    assert "Level 3 / Senior Worker" in answer.text and "Product Selector" in answer.text
    answer, _ = ask(advisor, "我喺東莞做電商平台後台管理 已經考咗平台管理員三級", "老闆叫我繼續考上去 下一級係咩？")
    assert "最高等級" in answer.text and "一級就是高級技師" not in answer.text


def test_streaming_to_move_to_selling_is_not_pointed_to_the_anchor(advisor):
    answer, _ = ask(advisor, "我现在是唱歌跳舞那种秀场主播", "想转带货 应该考什么证")
    assert "更接近网络主播" not in answer.text


def test_a_loose_reading_with_the_last_question_is_not_taken(advisor):
    answer, _ = ask(advisor, "直播主需要什麼能力", "我口條不好 適合嗎")
    assert "執業資質" not in answer.text and "执业资质" not in answer.text
    answer, _ = ask(advisor, "四级要多少年来着", "算了 你给我推荐几只直播电商概念股 最近想买点")
    assert answer.refused
