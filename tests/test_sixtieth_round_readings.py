"""Added in the sixtieth round: the next question after an answer, and facts told for someone else.

- "要到啥时候", "即係要等多4個月？", "那還差多久？" after a level was asked: that level's date, not the way to the top.
- "不用先考五级" beside a higher level: the reason (the conditions are alternatives) after the verdict.
- "这俩到底啥区别" points at the two things just named; "順便問下，你可唔可以幫我改下IG bio？" is an aside, declined.
- "is it just level 5 for us" asks the highest level open; "已經畢咗業" is graduated; "and me? ive done his…" is
  the asker's own work ("ive" is "I've").
- "毕业以后要干几年才能考二级", with no years told, gets the years each route asks.
- Two learners told apart by a short and a doubled name ("阿杰三级证拿了两年 婷婷四级证刚好满五年"); another
  person brought in after the question ("她能考几级啊 我儿子也想考 他…刚初中毕业") keeps their facts to themselves.
- The hours of a span of levels given as bare numbers ("from 5 up to 3").
- Facts not given are no longer read from: a level one means to take ("去考那个直播销售员五级证"), a two-digit year of
  a resit ("22年才补考了个五级"), a figure the rule asks ("without a year of work", "level 3 is 5 years after that"), a
  deadline to apply by ("今年年底前能不能报四级"), an age a rule names ("16歲就可以直播"), a break in the work
  ("中间停了大概半年", not the levels in between).
"""
from __future__ import annotations

from bot.answering.eligibility_replies import said_age
from bot.answering.conversation import Conversation
from bot.answering.hours_total import hours_total_reply
from bot.answering.understanding import LEVELS_BETWEEN, asks_to_skip_level_5
from bot.eligibility.profile import parse_profile
from bot.language import mandarin_words, to_simplified
from tests.test_answer_plan import ask


def words(text: str) -> str:
    return mandarin_words(to_simplified(text))


# --- what one message says ------------------------------------------------------------------------------------------

def test_a_level_one_means_to_take_is_not_held():
    told = parse_profile(words("他现在能不能先去考那个直播销售员五级证 提前准备着"))
    assert told.certificate_level is None and told.target_level == 5
    # (the job type between the verb and the level, with no article: as before, held when the year says so)
    assert parse_profile(words("我考直播销售员四级 去年拿的")).certificate_level == 4


def test_a_two_digit_year_of_a_resit_is_no_years_of_work():
    told = parse_profile(words("他22年才补考了个五级选品员"))
    assert told.years_total is None and told.certificate_level == 5 and 3 <= told.certificate_age <= 5


def test_a_figure_the_rule_asks_is_not_the_askers():
    assert parse_profile("is there any way to get level 5 without a year of work? I'm 18").years_total is None
    assert parse_profile("so level 3 for me is 5 years after that, March 2030?").years_since_certificate is None
    assert parse_profile("streaming 3 years without a break").years_total == 3.0  # (years said, then no break)


def test_a_deadline_to_apply_by_is_no_certificate_date():
    told = parse_profile(words("小周今年年底前能不能直接报四级"))
    assert told.years_since_certificate is None and told.target_level == 4
    assert parse_profile(words("我今年3月拿的五级 年底前能报四级吗")).certificate_level == 5


def test_an_age_a_rule_names_is_no_ones_age():
    conversation = Conversation()
    conversation.remember("我女兒17歲，在廈門念書，說要開抖音直播賣東西", "")
    assert said_age(conversation, to_simplified("那16歲就可以直播是哪一條法規講的？")) == 17
    assert said_age(Conversation(), to_simplified("我16歲可以直播嗎")) == 16


def test_a_break_in_the_work_is_not_the_levels_between():
    assert not LEVELS_BETWEEN.search(words("他是2022年3月入行的，中間停了大概半年"))
    assert LEVELS_BETWEEN.search(words("中间要考哪几级"))


def test_graduated_said_the_cantonese_way():
    told = parse_profile(words("佢以前喺技工學校讀電子商務 已經畢咗業"))
    assert told.graduated and told.education == ["technical_school_relevant"] and not told.studying_at
    assert not parse_profile(words("佢仲未畢業 讀緊技工學校電子商務")).graduated


def test_skipping_level_5_asked():
    assert asks_to_skip_level_5(words("那是不是直接报四级就行 不用先考五级"))
    assert asks_to_skip_level_5(words("四级是不是可以不考五级直接报"))
    assert asks_to_skip_level_5("wait why can i skip level 5?")
    assert not asks_to_skip_level_5(words("五级要考什么"))


def test_the_hours_of_a_span_of_bare_numbers(advisor):
    text, _ = hours_total_reply("so if our staff go from 5 up to 3 how many hours is that altogether", "", "en",
                                advisor.rules, advisor.templates)
    assert "312" in text and "456" not in text


# --- whole conversations -----------------------------------------------------------------------------------------------

def test_the_wait_for_the_level_asked_not_the_way_to_the_top(advisor):
    answer, _ = ask(advisor, "我22歲 喺東莞做快手直播 啱啱做咗8個月", "想考五級", "即係要等多4個月？定係而家可以報名住先？")
    assert answer.text.startswith("按你說的情況，暫時還不能申報五級")
    assert "一級/高級技師" not in answer.text.splitlines()[0]


def test_how_much_longer_for_the_level_asked_with_a_break(advisor):
    answer, _ = ask(advisor, "幫我男友問的，他在泉州做選品，快五年了，沒有任何證照", "他想直接考四級可以嗎",
                    "那還差多久？他是2022年3月入行的，中間停了大概半年")
    assert "四級/中級工" in answer.text.splitlines()[0] and "一級/高級技師" not in answer.text.splitlines()[0]


def test_when_after_no_level_was_named(advisor):
    answer, _ = ask(advisor, "我在快手播了快一年了 卖山货的 能考那个互联网营销师吗", "我是从去年12月20号开始播的", "所以现在还不行对吧 要到啥时候")
    assert "五级/初级工" in answer.text and "可以申报一级" not in answer.text


def test_a_learners_own_certificate_date_after_another_learners_facts(advisor):
    answer, _ = ask(advisor, "老师这边问下 我们班有两个学员情况不太一样 想确认下各自能报几级",
                    "小周 22年10月拿的五级直播销售员 拿证以后一直在义乌做抖音直播 没断过",
                    "阿梅啥证没有 之前淘宝客服加直播助理前后干了两年半", "小周今年年底前能不能直接报四级")
    assert "约0年" not in answer.text and "L4-A" in answer.text


def test_level_5_not_first_beside_a_higher_level(advisor):
    answer, _ = ask(advisor, "中职电商专业 今年6月毕业的 啥证都没考过", "老师说我们学校是那种经过评估 以中级技能为培养目标的",
                    "那是不是直接报四级就行 不用先考五级")
    assert answer.text.splitlines()[0].startswith("可以申报四级") and answer.text.splitlines()[1].startswith("不一定要先考五级")
    assert "L4-C" in answer.text
    # (level 5 is the answer, no higher level in view: no such note)
    answer, _ = ask(advisor, "I'm doing a 本科 in international trade, graduating next summer",
                    "no real work experience, just helping my aunt's 小红书 shop on weekends",
                    "so basically my degree gets me nothing here and I start at level 5 like anyone else?")
    assert "do not have to start at Level 5" not in answer.text


def test_the_two_just_named_pointed_at(advisor):
    answer, _ = ask(advisor, "我现在做小红书账号运营 写笔记 看数据", "有人说我该考全媒体运营师 不是互联网营销师", "这俩到底啥区别 哪个更对口我")
    assert not answer.refused and "全媒体运营师" in answer.text


def test_the_age_told_not_the_one_the_rule_names(advisor):
    answer, _ = ask(advisor, "我女兒17歲，在廈門念書，說要開抖音直播賣東西", "這樣合法嗎？要不要先考那個證？", "那16歲就可以直播是哪一條法規講的？")
    assert "17歲" in answer.text and "（16歲）" not in answer.text and "第十七條" in answer.text


def test_an_aside_off_the_subject_is_declined(advisor):
    answer, _ = ask(advisor, "直播銷售員張證係咪一定要考咗先可以喺內地開直播？", "明白，唔該晒",
                    "順便問下，你可唔可以幫我改下IG bio？我做美甲嘅，想寫得吸引啲")
    assert answer.refused and answer.intent == "out_of_scope"


def test_years_of_work_a_level_asks_with_none_told(advisor):
    answer, _ = ask(advisor, "我女儿在技师学院读电子商务 预备技师班 明年毕业", "她已经考到三级了", "毕业以后要干几年才能考二级啊")
    # (the years each route asks, not the years asked back)
    assert "L2-B2" in answer.text and "满2年" in answer.text and "告诉我" not in answer.text


def test_whether_only_level_5_is_open(advisor):
    answer, _ = ask(advisor, "im in year 3 of 中职, major 直播电商服务, graduating june 2027",
                    "my teacher says we can sit level 4 before graduating cause we're 应届", "is she right or is it just level 5 for us")
    assert "You can apply now for: Level 4" in answer.text and "L4-C" in answer.text


def test_and_me_with_ive_for_someone_elses_business(advisor):
    answer, _ = ask(advisor, "my bf does TikTok Shop lives for a UK brand, we're based in Shenzhen, he's been at it 2 yrs, no cert at all",
                    "he wants to go straight for level 4, is that even allowed",
                    "and me? ive done his product sourcing (选品) for 3 years, also no cert")
    # (her own three years, not his two added: "ive" is "I've")
    assert "3 years of relevant work in total" in answer.text and "5 years of relevant work in total" not in answer.text


def test_two_learners_by_a_short_and_a_doubled_name(advisor):
    from bot.answering.people import split_people
    people = dict(split_people(words("帮两个学员问 阿杰三级证拿了两年 婷婷四级证刚好满五年 俩人一直在做直播")))
    assert people["阿杰"].certificate_level == 3 and people["婷婷"].certificate_level == 4
    assert split_people(words("我刚刚四级证拿到")) == []  # (an adverb, no one named)
    answer, _ = ask(advisor, "帮两个学员问 阿杰三级证拿了两年 婷婷四级证刚好满五年 俩人一直在做直播", "阿杰能考二级吗", "婷婷呢 能报三级不")
    # (her own level-4 certificate and five years, not 阿杰's level 3)
    assert "婷婷" in answer.text and "L3-A" in answer.text and "持有三级" not in answer.text


def test_another_person_brought_in_after_the_question(advisor):
    answer, conversation = ask(advisor, "我闺女技校毕业的 学的电子商务 去年7月毕的业", "现在在县里帮人做快手直播 一年多了",
                               "她能考几级啊 我儿子也想考 他啥都没干过 刚初中毕业")
    # (the son's 初中 and no work are not the daughter's: her technical-school diploma keeps level 4 open)
    assert "L4-C" in answer.text and "初中" not in answer.text
    assert conversation.profile.education == ["technical_school_relevant"]
