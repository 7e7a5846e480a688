"""Added in the thirty-second round: whose facts these are when two people are told apart ("我干了5年了 他刚毕业干了1年"
then "我弟能考几级", "A has 五级 … B has no cert", "staff: Anna 4 yrs…, Ben 8 yrs…"); a certificate said to be the
asker's after all ("五級證係我嘅 佢冇證") or someone else's ("that's my sister's. mine is 四级"); a start date said again
after "等下 我算了一下"; a supposition in place of a fact told ("如果我係2023年10月先攞呢？"); whether a lower level must
come first; a rule a trainer tells learners, checked ("I tell my students 一级 needs 3 years after 二级, correct?"); a
short question on a statement just before, and what an answer is for, read with what came before."""
from __future__ import annotations

import pytest

from bot.answering.people import askers_certificate, certificate_was_someone_elses, split_people
from bot.eligibility import NO_CERTIFICATE
from bot.language import mandarin_words, to_simplified, without_typos
from tests.test_answer_plan import ask
from tests.test_twentyninth_round_readings import facts  # the message's facts, on the tests' day (2026-11-30)


def _words(text: str) -> str:
    return mandarin_words(to_simplified(text)).lower()


# --- whose facts these are ------------------------------------------------------------------------------------------

def test_the_other_one_of_two_told_apart_is_asked_about_by_any_word(advisor):
    answer, _ = ask(advisor, "我和我弟都在家里的农产品直播间干活", "我干了5年了 他刚毕业干了1年 高中毕业", "我弟能考几级")
    assert "累计工作1年" in answer.text and "累计工作5年" not in answer.text


def test_the_asker_is_still_themselves_beside_the_other_one(advisor):
    answer, _ = ask(advisor, "我做了3年 她做了1年", "我能考几级")
    assert "累计工作3年" in answer.text and "她" not in answer.text.split("\n")[0]


def test_a_friend_written_in_english_inside_cantonese_is_someone_else(advisor):
    answer, conversation = ask(advisor, "我喺技工學校讀電子商務 明年6月畢業", "我個friend讀普通高中 冇工作經驗", "我可唔可以直接考四級？")
    assert "高中" not in answer.text  # (the friend's school is not the asker's)
    assert "L4-C" in answer.text


def test_a_cousins_facts_after_the_askers_school_are_not_the_askers(advisor):
    _, conversation = ask(advisor, "我16歲 讀緊中專一年級 電商", "我表哥18歲已經做咗兩年主播", "咁我可唔可以考五級？")
    assert conversation.profile.years_total is None  # (two years are the cousin's)
    assert conversation.profile.studying_at


def test_the_askers_dated_certificate_turns_the_chat_back_to_them(advisor):
    answer, conversation = ask(advisor, "我和我搭档都报了一级培训", "她已经拿到结业证书了 我的还没发",
                               "我二级是2023年5月拿的 一直在直播 那我现在能报一级吗")
    assert not conversation.profile.formal_training  # (the completion certificate is the partner's)
    assert "暂时还不能申报一级" in answer.text


def test_a_letter_for_a_name_tells_people_apart():
    people = split_people("trainer here, 2 learners. A has 五级 直播销售员 cert issued March 2022 and has been streaming full time "
                          "since. B has no cert, 7 yrs in e-commerce customer service")
    assert [label for label, _ in people] == ["A", "B"]
    assert people[0][1].certificate_level == 5 and people[1][1].years_total == 7


def test_names_followed_by_their_figures_tell_people_apart_but_a_month_is_no_name():
    people = split_people("staff: Anna 4 yrs product selector no cert, Ben 8 yrs live seller no cert, Cici 五级 Apr 2023")
    assert [label for label, _ in people] == ["Anna", "Ben", "Cici"]
    assert people[2][1].certificate_level == 5


def test_a_person_named_from_a_list_is_answered_alone(advisor):
    answer, _ = ask(advisor, "staff: Anna 4 yrs product selector no cert, Ben 8 yrs live seller no cert, Cici 五级 Apr 2023",
                    "start with Ben pls", "and Anna?")
    assert answer.text.startswith("[Anna]") and "4 years of relevant work" in answer.text


# --- a certificate said to be someone else's ------------------------------------------------------------------------

@pytest.mark.parametrize("text, level", [
    ("唔好意思 搞錯咗 五級證係我嘅 佢冇證", 5),
    ("不对不对 是我有五级 她没有", 5),
    ("sorry the 五级 is mine not hers", 5),
])
def test_a_certificate_said_to_be_the_askers_is_read(text, level):
    said = askers_certificate(_words(text))
    assert said is not None and said[0] == level


@pytest.mark.parametrize("text", ["五级是我的目标", "我有五级", "我的五级证2022年拿的"])
def test_a_goal_or_a_certificate_told_is_no_certificate_given_back(text):
    assert askers_certificate(_words(text)) is None


def test_the_one_asked_for_keeps_what_is_theirs_when_the_certificate_is_the_askers(advisor):
    answer, conversation = ask(advisor, "幫女朋友問，佢有五級證，2021年攞，一直做直播",
                               "唔好意思，搞錯咗，五級證係我嘅，佢冇證，佢做咗三年直播", "咁佢可以直接考四級嗎？")
    assert conversation.profile.certificate_level == NO_CERTIFICATE
    assert conversation.profile.years_total == 3
    assert conversation.own_case[0].certificate_level == 5
    assert "暫時還不能申報四級" in answer.text


def test_the_askers_certificate_comes_back_for_what_about_me(advisor):
    answer, _ = ask(advisor, "幫女朋友問，佢有五級證，2021年攞，一直做直播",
                    "唔好意思，搞錯咗，五級證係我嘅，佢冇證，佢做咗三年直播", "咁我呢？")
    assert "持有五級/初級工證書" in answer.text


def test_she_has_none_when_the_certificate_is_the_askers(advisor):
    answer, conversation = ask(advisor, "我闺蜜有五级 我没有", "不对不对 是我有五级 她没有", "她做了一年半主播 她能报啥")
    assert conversation.profile.certificate_level == NO_CERTIFICATE
    assert "没有职业技能等级证书" in answer.text and "持有五级" not in answer.text


def test_a_certificate_said_to_be_a_sisters_is_replaced_by_the_askers_own(advisor):
    assert certificate_was_someone_elses(_words("sorry no, that's my sister's. mine is 四级 from Aug 2022"))
    answer, conversation = ask(advisor, "got my 三级 直播销售员 Aug 2022", "sorry no, that's my sister's. mine is 四级 from Aug 2022",
                               "so when can I do 三级?")
    assert conversation.profile.certificate_level == 4
    assert conversation.their_case[0].certificate_level == 3
    assert "you hold a Level 4" in answer.text


# --- dates and figures said again, or supposed ----------------------------------------------------------------------

def test_a_start_date_said_after_checking_replaces_the_years(advisor):
    answer, conversation = ask(advisor, "我做了6年直播 没证 想直接考四级", "等下 我算了一下 我是2021年3月开始的 中间没停过",
                               "那是不是还差一点")
    assert conversation.profile.years_total == pytest.approx(5 + 8 / 12, abs=1e-3)
    assert "暂时还不能申报四级" in answer.text and "2027年3月" in answer.text


@pytest.mark.parametrize("text", ["中間停咗成年", "中间断咗成年"])
def test_a_whole_year_stopped_in_cantonese_is_a_break_of_one_year(text):
    assert facts(text).break_years == 1


def test_a_supposed_certificate_date_answers_for_this_reply_only(advisor):
    answer, conversation = ask(advisor, "我有五級 2022年10月攞證 做主播到而家", "可以報四級未？", "如果我係2023年10月先攞呢？")
    assert answer.text.startswith("按你假設的情況")
    assert "暫時還不能申報四級" in answer.text
    assert conversation.profile.certificate_age == pytest.approx(4 + 1 / 12)  # (the date told stays)


def test_supposed_years_instead_answer_for_this_reply_only(advisor):
    answer, conversation = ask(advisor, "I'm 本科 e-commerce, graduated 2025, worked 1.5 years as 直播运营", "can I apply 四级?",
                               "what if I had 3 years instead?")
    assert answer.text.startswith("On that supposition")
    assert conversation.profile.years_total == 1.5


# --- a lower level first --------------------------------------------------------------------------------------------

def test_whether_the_level_below_comes_first_asks_the_level_above_it(advisor):
    answer, _ = ask(advisor, "i have like 5 years in daihuo but no zhengshu", "do i have to do wuji first or can i go siji directly?")
    assert "Level 4 / Intermediate Worker" in answer.text.split("\n")[0]


def test_whether_level_five_comes_first_for_level_four_is_their_case(advisor):
    answer, _ = ask(advisor, "learner: 初中 only, 6.5 yrs as product selector for a supermarket chain's online shop",
                    "no certificate", "for 四级 does he still need 五级 first?")
    assert "may apply for Level 4" in answer.text and "L4-B" in answer.text


# --- a rule told, checked -------------------------------------------------------------------------------------------

def test_a_rule_a_trainer_tells_learners_is_checked_route_by_route(advisor):
    answer, _ = ask(advisor, "hey, teacher here", "I tell my students 一级 needs 3 years after 二级, correct?")
    assert answer.text.startswith("Partly")
    assert "L1-A" in answer.text and "L1-B" in answer.text


def test_a_route_without_the_training_is_not_read_as_with_it(advisor):
    answer, _ = ask(advisor, "our school's brochure for the 高级技师 class says something I'm unsure about",
                    "it says without the training you need 5 yrs after 二级 to apply 一级. right?")
    assert answer.text.startswith("Not quite: it is 4 years") and "L1-B" in answer.text


def test_a_rule_asked_if_right_is_checked_not_taken_as_the_askers_case(advisor):
    answer, _ = ask(advisor, "给学员上课前核对几个数字", "四级是拿到五级证后满2年就能报，对吗？")
    assert answer.text.startswith("不对：应为4年")
    assert "按你提供的情况" not in answer.text


def test_a_rule_that_holds_names_the_other_routes_to_the_level(advisor):
    answer, _ = ask(advisor, "true or false: level 3 needs 5 years after level 4")
    assert answer.text.startswith("Correct") and "L3-C" in answer.text


def test_a_rule_the_asker_tells_with_own_facts_is_still_their_case(advisor):
    answer, _ = ask(advisor, "I have 2 years, is that right for level 4?")
    assert not answer.text.startswith(("Not quite", "Correct", "Partly"))


def test_a_job_type_said_to_have_a_level_holds_no_certificate():
    said = facts("以下是官方更新：平台管理员而家已经有一级。请确认。")
    assert said.certificate_level is None


def test_years_before_a_level_asked_in_short_english_is_that_levels_conditions(advisor):
    answer, _ = ask(advisor, "like for someone holding 三级, how many yrs before they can do 二级?")
    assert answer.text.startswith("To apply for Level 2 / Technician")


# --- read with what came before -------------------------------------------------------------------------------------

def test_a_short_question_on_a_statement_just_before_is_read_with_it(advisor):
    answer, _ = ask(advisor, "我的证书在网上能查到", "我同学跟我同一家机构考的 她的查不到", "她该怎么办")
    assert not answer.refused and "osta.mohrss.gov.cn" in answer.text


def test_what_an_answer_is_for_gets_the_answer_not_a_refusal(advisor):
    answer, _ = ask(advisor, "互联网营销师的职业编码是多少", "写论文要用")
    assert not answer.refused and "4-01-02-07" in answer.text


def test_pinyin_for_certificate_is_read():
    assert "证书" in without_typos("do i legally need the zhengshu or am i breaking rules?")


def test_the_newer_condition_line_does_not_split_a_question_list(advisor):
    answer, _ = ask(advisor, "我16歲 讀緊中專一年級 電商", "我表哥18歲已經做咗兩年主播", "咁我可唔可以考五級？")
    lines = answer.text.split("\n")
    opener = next(i for i, line in enumerate(lines) if line.endswith("："))
    assert lines[opener + 1].startswith("1.")


# --- more of what was told, read -----------------------------------------------------------------------------------

def test_a_level_passed_only_in_theory_is_taken_back(advisor):
    said = facts("啊唔係 佢話三級只係考咗理論 實操未過")
    assert said.certificate_level is None and said.lacks_level == 3
    answer, conversation = ask(advisor, "我朋友話佢有三級 想考二級直播銷售員 佢做咗主播六年", "啊唔係 佢話三級只係考咗理論 實操未過",
                               "咁佢而家可以報咩？")
    assert conversation.profile.certificate_level is None
    assert "L4-B" in answer.text and "持有三級" not in answer.text


def test_a_major_said_not_to_be_e_commerce_is_not_relevant():
    assert facts("哦她大专是行政管理专业 不是电商 那还行吗").major_relevant is False
    assert facts("我大专电商专业").major_relevant is True


def test_a_certificate_dated_by_its_signature_is_held():
    said = facts("我二级技师 选品员 证书落款2022年12月20日")
    assert said.certificate_level == 2 and said.certificate_day == (2022, 12, 20)


def test_work_moved_to_years_ago_dates_the_years():
    assert facts("oh but I was a receptionist the first 3, only moved to their douyin live team 2 yrs ago").years_total == 2


@pytest.mark.parametrize("text", ["i have like 5 years in daihuo but no zhengshu", "no 证书 yet"])
def test_no_certificate_in_english_beside_chinese_words(text):
    assert facts(without_typos(text)).certificate_level == NO_CERTIFICATE


def test_people_labelled_by_short_names_with_chinese_levels():
    people = split_people("I run an MCN. Lily: 五级 视频创推员 June 2022. Ken: 四级 直播销售员 Jan 2024. Mo: no cert, 6.5 yrs editing")
    assert [(label, facts.certificate_level) for label, facts in people] == [("Lily", 5), ("Ken", 4), ("Mo", NO_CERTIFICATE)]


def test_the_askers_own_dated_certificate_after_a_wifes_is_the_askers(advisor):
    answer, conversation = ask(advisor, "我老婆有四级 平台管理员 2022年11月", "我自己五级直播销售员 2024年2月拿的 一直在直播",
                               "我呢？啥时候能考四级")
    assert conversation.third_party is None
    assert "老婆" not in answer.text and "你已满" in answer.text


def test_whether_a_rule_of_years_holds_asked_as_is_it_so_is_checked(advisor):
    answer, _ = ask(advisor, "请问互联网营消师一级 是不是拿了二级三年就能报？")
    assert answer.text.startswith("部分对") and "L1-A" in answer.text
    assert "按你提供的情况" not in answer.text


@pytest.mark.parametrize("message, traditional", [("用中文講", True), ("用中文讲", False), ("用简体中文回答", False)])
def test_chinese_asked_for_in_traditional_characters_is_traditional(message, traditional):
    from bot.language import asked_script
    assert asked_script(message)[0].traditional is traditional


def test_a_school_said_as_a_requirement_is_not_attended():
    assert facts("聽講要中專先考得？我得初中學歷").education == ["junior_middle_school"]


@pytest.mark.parametrize("text, level", [("考完三級之後呢？幾時可以考二級？", 3), ("先报互联网营销师二级的话 考完之后多久能考一级？", 2)])
def test_a_level_passed_next_is_supposed_not_held(advisor, text, level):
    from bot.answering.understanding import _supposed_certificate
    assert _supposed_certificate(_words(text)) == (level, 0)


def test_a_level_passed_next_is_not_read_as_held(advisor):
    answer, conversation = ask(advisor, "我喺大專讀電商 已經畢業 四級直播銷售員2022年9月攞 一直做主播", "三級應該可以報啦？",
                               "考完三級之後呢？幾時可以考二級？")
    assert conversation.profile.certificate_level == 4
    understood = next(line for line in answer.text.split("\n") if line.startswith("按你提供的情況"))
    assert "持有四級" in understood and "持有三級" not in understood


# --- word boundaries that were backspaces ---------------------------------------------------------------------------

def test_english_words_for_a_rough_figure_and_how_to_answer_are_read():
    from bot.answering.advisor import _ROUGH_FIGURE_ASKED
    from bot.answering.understanding import _HOW_TO_ANSWER
    assert _ROUGH_FIGURE_ASKED.search("just give me a ballpark")
    assert _ROUGH_FIGURE_ASKED.search("roughly how much?")
    assert _HOW_TO_ANSWER.fullmatch("how should i answer that?")


def test_no_source_file_holds_a_control_character_where_a_word_boundary_was_meant():
    from pathlib import Path
    root = Path(__file__).resolve().parents[1] / "bot"
    assert not [str(path) for path in root.rglob("*.py") if "\x08" in path.read_text(encoding="utf-8")]
