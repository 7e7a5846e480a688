"""Added in the fifty-eighth round: facts put right in a later message are read as put right. An age this year ("他今年
才满15 明年3月才16"), a school ("it's not a 技工学校, it's a regular 普通高中"), the person ("不是我女儿 是我外甥 我搞混了"),
a level held ("she now says it's actually 五级 — she thought level 1 was the lowest"), a start ("啊抱歉我記錯了，她是2024年3月
才入行"), the year of study ("明年6月才升到最后一年"), an apprenticeship ("学徒期其实还没满"), the school type added ("我们学校是
高职 老师说…经过评估论证的"), a start late in a month, a supposed certificate in a month said alone. Also: the hours asked
after a case; a part asking the hours or what a job type does answered beside the rest; "which one" of the job types
talked about; "this job type" named by the last message; the job types named instead of those asked; two pinyin names
with "both have …" said of each."""
from __future__ import annotations

from datetime import date

from bot.answering.answer_check import asks_if_quote_holds
from bot.answering.people import split_people
from bot.answering.understanding import age_stated, asks_training_hours
from bot.eligibility.profile import parse_profile
from bot.language import mandarin_words, to_simplified
from tests.test_answer_plan import ask


def words(text: str) -> str:
    return mandarin_words(to_simplified(text))


# --- what one message says ------------------------------------------------------------------------------------------

def test_an_age_this_year_is_not_the_one_next_year():
    assert age_stated(words("说错了 他今年才满15 明年3月才16")) == 15
    assert parse_profile("姐妹们说直播销售员考证要满18岁 我今年17").certificate_age is None  # (an age, no certificate's date)
    assert parse_profile("今年12月拿的五级").certificate_level == 5  # (a month this year is still a date)


def test_late_in_a_month_is_read_to_its_day():
    def on_6_december() -> date:
        return date(2026, 12, 6)
    assert parse_profile("started streaming on Douyin in late Dec 2025", today=on_6_december).years_total < 1
    assert parse_profile("2025年12月底开始直播", today=on_6_december).years_total < 1
    assert parse_profile("started in dec 2025", today=on_6_december).years_total == 1.0  # (the month alone, as before)


def test_classes_asked_as_hours():
    assert asks_training_hours(words("咁四級要上幾耐堂？"))
    assert asks_training_hours(words("上課要上多久？"))
    assert asks_training_hours(words("四級要幾多堂"))
    assert not asks_training_hours(words("直播要多少个小时"))  # (working hours)
    assert not asks_training_hours(words("考四级要多久"))  # (how long until, not the classes)


def test_not_yet_in_the_last_year():
    assert parse_profile("说错了 我是明年6月才升到最后一年 后年6月才毕业").final_year is False
    assert parse_profile("我读到最后一年了").final_year is True


def test_an_apprenticeship_ended_and_one_not_ended_after_all():
    assert parse_profile("我在一个直播基地当学徒 学徒期一年 今年10月满的").apprenticeship is True
    assert parse_profile("哦 学徒期其实还没满 合同写的是明年3月到期 我记错了").apprenticeship is False


def test_the_first_stretch_of_work_all_along_is_not_all_of_it():
    told = parse_profile("拿证以后一直在干电商 先做了一年多运营 后面就是直播")
    assert told.worked_since_certificate and told.years_since_certificate is None


def test_two_pinyin_names_and_what_both_did():
    told = dict(split_people("two of our hosts want level 3 直播销售员. Xiao Li got her level 4 in Aug 2022, Xiao Wang got level 4 "
                             "in Jan 2025 and has a 大专 in e-commerce. both have streamed full-time with us since getting level 4"))
    assert set(told) == {"Xiao Li", "Xiao Wang"}
    assert told["Xiao Wang"].education and not told["Xiao Li"].education
    assert told["Xiao Li"].years_since_certificate is not None  # (what both did is hers too: worked since her certificate)


def test_a_quoted_wording_asked_about():
    assert asks_if_quote_holds("is that accurate for the internet marketer standard?", "our FAQ says: 'Level 5 requires age 18.'")
    assert not asks_if_quote_holds("is that accurate?", "I have level 4 since 2022")  # (nothing quoted)


# --- in a conversation ------------------------------------------------------------------------------------------------

def test_an_age_put_right_decides_streaming_and_level_5(advisor):
    answer, _ = ask(advisor, "我儿子16岁 初中刚毕业 想学直播带货顺便考个证", "说错了 他今年才满15 明年3月才16", "那他现在能考吗 能开播吗")
    assert "15岁" in answer.text and "16岁" not in answer.text


def test_a_school_put_right_replaces_the_one_said(advisor):
    answer, _ = ask(advisor, "hi, I'm a final-year student at a 技工学校 in Foshan, major is 电子商务",
                    "can I apply for level 4 live-streaming salesperson before graduating?",
                    "oh wait sorry, it's not a 技工学校, it's a regular 普通高中. I just take e-commerce elective classes there")
    assert answer.text.startswith("On what you have told me, you cannot apply for Level 4")
    assert "Technical school" not in answer.text.split("What I understood")[-1].splitlines()[0]


def test_the_person_put_right_with_facts_of_their_own(advisor):
    answer, _ = ask(advisor, "我女儿技校毕业 电子商务专业 去年毕业的 能考几级", "不是我女儿 是我外甥 我搞混了。他是普通高中毕业 在直播间做场控两年了")
    told = next(line for line in answer.text.splitlines() if line.startswith("按你说的"))
    assert "外甥" in told and "累计工作2年" in told and "技工学校" not in told


def test_a_level_held_put_right_with_the_mix_up_explained(advisor):
    answer, _ = ask(advisor, "HR here. candidate says she has a 'level 1' internet marketer cert from 2022",
                    "hmm she now says it's actually 五级 — she thought level 1 was the lowest",
                    "so what can she apply for next, and when? she's been streaming since she got it in March 2022")
    assert "Level 5 / Junior Worker (entry) certificate" in answer.text and "Level 4 / Intermediate Worker" in answer.text


def test_a_start_put_right_with_a_slip_owned_up_to(advisor):
    answer, _ = ask(advisor, "我姪女在杭州做直播賣衣服，想幫她問證照的事", "她2022年7月開始做的，沒有任何證照",
                    "啊抱歉我記錯了，她是2024年3月才入行，2022年那個是她姊姊。她可以報哪一級？")
    assert "累計工作約2年" in answer.text and "4年" not in answer.text.split("現在可以申報")[0]


def test_the_school_type_added_opens_the_diploma_route(advisor):
    answer, _ = ask(advisor, "大专电商专业 明年7月毕业 已经有四级证了 今年5月学校统一考的", "毕业当年能直接考三级吗",
                    "补充一下 我们学校是高职 老师说我们专业是经过评估论证的 以高级技能为培养目标")
    assert answer.text.startswith("可以申报三级") and "L3-B" in answer.text


def test_a_supposed_certificate_in_a_month_said_alone(advisor):
    answer, _ = ask(advisor, "final-year student at a 高级技工学校, e-commerce, graduating July 2027. can I do level 3 直播销售员?",
                    "I don't have any cert yet btw", "ok and if I get level 4 in March, then?")
    assert "3/2027" in answer.text and "12/2026" not in answer.text


def test_the_hours_asked_after_a_level_put_right(advisor):
    answer, _ = ask(advisor, "想報直播銷售員五級課程，培訓要幾多個鐘？", "講錯，我想報四級，五級我已經攞咗", "咁四級要上幾耐堂？")
    assert "104" in answer.text and "告訴我" not in answer.text


def test_what_a_job_type_does_asked_beside_its_top(advisor):
    answer, _ = ask(advisor, "我学数据分析的 对后台那块更感兴趣", "平台管理员是干嘛的 最高能考到几级")
    assert "三级" in answer.text and "账号管理" in answer.text


def test_which_one_of_the_job_types_compared(advisor):
    answer, _ = ask(advisor, "hey quick q, whats the difference between 选品员 and 视频创推员", "ok and which one has fewer levels")
    assert not answer.refused and "Platform Administrator" in answer.text


def test_this_job_type_is_the_one_just_described(advisor):
    answer, _ = ask(advisor, "学电商的 以后想做平台管理员", "不对 想了想我还是更喜欢做视频 拍摄剪辑那种", "那这个工种平时干啥 能考到几级")
    assert answer.text.startswith("视频创推员")


def test_the_job_types_named_instead_kept_short(advisor):
    answer, _ = ask(advisor, "I work in HR at an MCN in Hangzhou, we're writing job descriptions", "what does a 选品员 do vs a 直播销售员?",
                    "sorry I meant 视频创推员 vs 平台管理员, not the first two. keep it short pls")
    assert "Video Creator-Promoter" in answer.text and "Platform Administrator" in answer.text
    assert "Product Selector" not in answer.text


def test_each_of_two_named_hosts_is_answered(advisor):
    answer, _ = ask(advisor, "HR at an MCN in Hangzhou here. two of our hosts want level 3 直播销售员. Xiao Li got her level 4 in Aug 2022, "
                    "Xiao Wang got level 4 in Jan 2025 and has a 大专 in e-commerce. both have streamed full-time with us since getting level 4",
                    "correction — Xiao Wang's level 4 was Jan 2023, not 2025", "so who can apply for level 3 now?")
    li, wang = answer.text.split("[Xiao Wang]")
    assert "cannot apply for Level 3" in li and "Tell me" not in li
    assert wang.strip().startswith("Yes")


def test_whether_the_job_type_talked_of_goes_to_the_top(advisor):
    answer, _ = ask(advisor, "my bf wants to be a 平台管理员 under internet marketer", "what does that job actually involve",
                    "and can he go all the way up to 高级技师 with it?")
    assert answer.text.startswith("The Platform Administrator job type goes up to Level 3")


def test_the_last_question_narrowed(advisor):
    answer, _ = ask(advisor, "学员问得最多的：直播销售员从五级到一级最快要几年", "按标准算 不算学历那些捷径")
    assert "17年" in answer.text and "基本文化程度" not in answer.text


def test_a_follow_up_pointing_back_at_the_entry_is_not_declined(advisor):
    answer, _ = ask(advisor, "we're an MCN — do we have to withhold tax for our streamers?",
                    "sorry, to clarify: they're not employees, they're freelancers on contract with us. does the 2022 rule still cover that?")
    assert not answer.refused and "withhold" in answer.text


def test_still_the_question_declined(advisor):
    answer, _ = ask(advisor, "你好，我想問互聯網營銷師證照的事", "啊不是，我搞錯了，我要問的是在台灣開蝦皮賣場要怎麼報稅", "有哪些要注意的？")
    assert answer.refused and "12366" in answer.text


def test_what_the_certificate_is_worth_asked_in_a_follow_up(advisor):
    answer, _ = ask(advisor, "do I legally need the 直播销售员 cert to sell on Douyin?", "my agency says no cert = illegal after 2023",
                    "ok but then what's the cert actually good for? tl;dr")
    assert answer.intent == "certificate" and "Level 5" not in answer.text


def test_someones_word_on_the_case_checked(advisor):
    answer, _ = ask(advisor, "我個仔喺東莞讀緊技工學校，讀電子商務，而家二年級", "佢問可唔可以考四級", "學校話要畢業班先得，係咪真㗎？")
    assert "畢業那一學年" in answer.text and answer.via == "eligibility"


def test_a_diploma_owned_up_to_as_untrue(advisor):
    answer, _ = ask(advisor, "我喺小紅書做直播帶貨五年，有四級證，2024年1月攞", "我大專讀市場學",
                    "唔好意思，我講大話，其實我淨係高中畢業，冇讀大專。咁仲可唔可以考三級？")
    assert answer.text.startswith("暫不符合申報三級")


def test_how_to_check_a_certificate_read_again(advisor):
    answer, _ = ask(advisor, "我在一个培训机构交了钱考的证 说是中国工业合作协会发的专项能力证书", "这个算不算互联网营销师的等级证？",
                    "哦我看错了 证上写的是某某科技有限公司 职业技能等级证书 互联网营销师（四级/中级工）（直播销售员）。这个是真的吗怎么查")
    assert "osta.mohrss.gov.cn" in answer.text and "专项能力" not in answer.text


def test_no_module_level_name_is_bound_twice():
    """A pattern defined again further down a module silently replaces the first for every use of it (this round's
    `_WHICH_ONE` did, and the fifty-seventh round's `_EXAM_WORDS`)."""
    import ast
    from collections import Counter
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent / "bot"
    twice = {}
    for path in sorted(root.rglob("*.py")):
        # (one that extends the first, "HELD_BEFORE = HELD_BEFORE + …", is meant)
        names = Counter(target.id for node in ast.parse(path.read_text(encoding="utf-8")).body if isinstance(node, ast.Assign)
                        for target in node.targets if isinstance(target, ast.Name)
                        and not any(isinstance(used, ast.Name) and used.id == target.id for used in ast.walk(node.value)))
        twice.update({f"{path.name}:{name}": n for name, n in names.items() if n > 1})
    assert not twice, twice


def test_a_short_name_then_the_school_opens_a_persons_part():
    told = dict(split_people("我们公司有三个做选品的想报四级：小张做了7年 没证；小刘有五级 2023年1月拿的 拿证后一直在我们这做；"
                             "小陈技工学校电商专业 今年6月毕业刚来"))
    assert set(told) == {"小张", "小刘", "小陈"}
    assert told["小陈"].education and not told["小刘"].education
