"""Several people in one message ("A：五级证书…；B：没有任何证书…", "me: 3 years, no cert. her: 16 yo, 2 months",
"我做虾皮直播3年；他在厦门做选品2年半"): each one's own facts, so that their cases are decided apart and
never merged into one profile."""
from __future__ import annotations

import re
from dataclasses import replace

from bot import clock
from bot.eligibility import NO_CERTIFICATE, Profile, parse_profile
from bot.eligibility.timeline import dated_profile
import bot.eligibility.vocabulary as vocab
from bot.eligibility.profile import CERTIFICATE_FIELDS
from bot.language import mandarin_words, to_simplified

# A label that opens a person's part: "A：", "学员B:", "张某，", "me:", "her:".
# The roles people are called by before a letter ("学员A", "主播A", "运营B")
_ROLE_PREFIX = "(?:学员|学生|同学|员工|主播|运营|助播|场控|选品|客服|剪辑)"
# Common surnames, for a person called by surname and an elder's title ("李姐", "陈哥")
_SURNAME = "李|王|张|刘|陈|杨|黄|赵|吴|周|徐|孙|马|朱|胡|郭|何|林|罗|高|郑|梁|谢|宋|唐|许|韩|冯|邓|曹|彭|曾|肖|田|董|潘|袁|蔡|蒋|余|杜|叶|程|魏|苏|吕|丁|沈|钟|姜|谭|陆|范|汪|廖|石|金|夏|方|邹|熊|白|孟|秦|邱|侯|江|薛|段|雷|龙|黎|陶|贺|毛|顾|龚|邵|万|武|钱|戴|严|孔|汤|康|乔|赖|文|洪|庄"
_LABEL = re.compile(r"(?:^|(?<=[\s，,。；;!！?？：:])|(?<=[是系的])(?=[小老阿]))(?P<label>" + _ROLE_PREFIX + r"?[A-ZＡ-Ｚ甲乙丙](?![a-z])|(?:" + _SURNAME + r")(?:姐|哥|叔|姨)(?=\s)|(?<![月\d])(?:[1-9]|[一二三四五六七八九十])\s*号(?:学员|学生|同事|员工|主播)?|[\u4e00-\u9fff]某|[小老阿](?!孩|朋友|师|板|公|婆|家|姨|时|乡|红书|伙|弟|妹|哥|姐)(?:[\u4e00-\u9fff]|[A-ZＡ-Ｚ](?![a-z]))|阿[A-Za-z]{1,10}|"
                    # ("婷婷四级证刚好满五年": a doubled given name, right before a level's certificate)
                    r"(?P<doubled>[\u4e00-\u9fff])(?P=doubled)(?=\s*[一二三四五1-5]\s*级证)|"
                    # ("…三个学员…：婷婷做了两年直播带货没证；洋洋有五级证…": a doubled given name opening a part after a
                    # colon or a semicolon, then what that one did; not a doubled word, "天天做直播")
                    r"(?<=[：:；;])\s*(?!天天|常常|慢慢|刚刚|偏偏|渐渐|好好|多多|早早|试试|看看|想想|年年|月月|人人|处处|时时|样样|点点|个个|明明|仅仅|稍稍|往往|悄悄|默默|宝宝|妈妈|爸爸|哥哥|姐姐|弟弟|妹妹|爷爷|奶奶|星星|稳稳|实实|足足|久久|连连|纷纷|各各|每每)"
                    r"(?P<doubled2>[\u4e00-\u9fff])(?P=doubled2)(?=做|干|有|没|冇|刚|啱|在|喺|是|系|拿|已经|\d)|"
                    r"(?-i:(?:Ms|Mr|Mrs|Miss)\.?\s*[A-Z][a-z]+|(?!Note|Current|Learner|Student|Trainer|Update|Edit|Question|Then|First|Next|Finally|Also|Answer|Context|Background|Info|Details|Facts|Btw|Ps|Confirm|Say|Tell|Reply|Write|Ignore|Remember|Summary|Claim|Rule|Fact|Statement|Example|Hint|Task|Instruction|Reminder|Warning|Important|Source|Quote|Correction|Sorry|Actually|Wait|Hello|Hey|Dear|Thanks|Please|Pls|Urgent|Draft|Case|Scenario|Ok|Re|No|So|Hi)[A-Z][a-z]{1,10}(?=\s*[：:]|\s+[–—-]\s+[^–—]*?[|;,，；]\s*[A-Z][a-z]{1,10}\s+[–—-]\s)|(?<=[|;；]\s)[A-Z][a-z]{1,10}(?=\s+[–—-]\s))|"
                    r"me|her|him|she|he|my (?:cousin|friend|sister|brother|wife|husband)"
                    # ("组长：四级证2020年拿的…；小陈：…": a team role named as a label, with its colon)
                    r"|(?:副?组长|主管|店长|经理|队长|班长|领班)(?=\s*[：:])"
                    # "表姐本科电商…；表妹没上大学…": relatives told apart by what they are to the asker
                    r"|(?<![我的])(?:表|堂)[姐妹哥弟]|(?<![我的表堂])(?:姐姐|妹妹|哥哥|弟弟)|(?<![我的])(?:大|小|细)(?:女儿|儿子|外甥女?|侄子|侄女|孙子|孙女|仔|女(?!儿)))\s*(?:[：:，,]|(?(doubled2)(?=做|干|有|没|冇|刚|啱|在|喺|是|系|拿|已经|\d)|(?!))|(?<=\w)\s+[–—-]\s+|"
                    r"(?<=[姐妹哥弟儿甥侄孙仔女])(?=本科|大专|中专|中职|高中|初中|技校|没|冇|做|干|有|是|系|在|喺|读|拿|已|从|刚|今年|去年|前年|(?:19|20)?\d{2}\s*年)|"
                    # "A做了3年淘宝客服，B做微商4年", "阿明做选品三年；阿芬有…": a letter or a short name then straight
                    # into what that person did ("A – 7 yrs…": after a dash)
                    r"(?:(?<=[A-ZＡ-Ｚ])|(?<=[小老阿][\u4e00-\u9fff]))(?=做|干|开|有|是|系|在|拿|已|从|没|冇|刚|啱|入职|今年|去年|前年|(?<=[A-ZＡ-Ｚ])(?:本科|大专|中专|中职|高职|技校|直播|电商|选品|视频|平台)|(?:19|20)?\d{2}\s*年)"
                    # "有四级的是小周 2022年7月拿的…；没证的小吴播了5年了": a short name, then a space or what they did
                    r"|(?<=[小老阿][\u4e00-\u9fff])(?=\s|播|卖|带|考|持|读|才(?!是)|以前|之前|当了|当过)"
                    # ("…；小陈技工学校电商专业 今年6月毕业刚来": a short name, then the school)
                    r"|(?<=[小老阿][\u4e00-\u9fff])(?=本科|大专|中专|中职|高职|职高|技校|技工学校|技师学院)"
                    # "阿B 冇任何證 做直播…; 阿C 2023年1月攞咗四級": 阿 and a letter, then a space
                    r"|(?<=阿[A-ZＡ-Ｚ])\s+"
                    # "主播A 入职3年半…；运营B 有四级证…": a role and a letter, then a space; "李姐 45 在超市…": a surname
                    # and an elder's title, then a space
                    r"|(?<=" + _ROLE_PREFIX + r"[A-ZＡ-Ｚ])\s+|(?<=[姐哥叔姨])\s+(?=\d|[\u4e00-\u9fff])"
                    # "阿June 2021年攞咗營銷員四級": a Latin name after 阿, a space, then what they did ("小A 入职一年零两个月")
                    r"|(?<=[A-Za-z])\s+(?=(?:19|20)?\d{2}\s*年|\d{1,2}\s*岁|做|干|有|没|冇|拿|刚|已经|入职|入行)"
                    # ("…；C 中职电商专业明年6月毕业": a capital letter, then a school; not the article in "a 本科 degree")
                    r"|(?-i:(?<=[A-Z]))\s+(?=中职|中专|高职|大专|本科|技校|技工|技师|在读|应届|大[一二三四])"
                    # "員工A 直播三年 無證": a role word and its letter, then a space
                    r"|(?<=(?:学员|学生|同学|员工|主播)[A-ZＡ-Ｚ])\s+"
                    # ("二号19岁 今年夏天中职电商毕业", "1号学员 今年刚高中毕业", "甲 直播销售员五级…": a number or 甲乙丙, then their facts)
                    r"|(?<=号)\s*(?=\S)|(?<=号学员|号学生|号同事|号员工|号主播)\s*(?=\S)|(?<=[甲乙丙])\s+(?=[\u4e00-\u9fff])"
                    # ("阿杰三级证拿了两年 婷婷四级证刚好满五年": a short or doubled name, then the level of a certificate)
                    r"|(?<=[\u4e00-\u9fff])(?=[一二三四五1-5]\s*级证))", re.I)
# What is said of a person just before their label, in the same clause ("有四级的是小周…", "…；没证的小吴…"),
# is theirs: at most this many characters.
_BEFORE_LABEL_MAX = 12
# English names each followed by what that person did, at least two of them ("Lily joined 2020-06 as host… Tom
# is our platform admin since 2019"); a capitalised word that is not a name is never one.
_NAME_DOING = re.compile(r"(?:^|(?<=[\s,.;!?，。；:：]))(?P<label>(?!The|This|That|There|These|Those|Then|Now|It|She|He|They|We|You|What"
                         r"|Which|Who|When|Our|My|Your|Their|His|Also|But|And|Since|Before|After|Level|Lvl|Taobao|Douyin|Kuaishou"
                         r"|Tiktok|Shopee|Lazada|Amazon|Internet|Live|Platform|Product|Video|Hi|Hello|Yes|No|Ok|Okay"
                         r"|Learner|Student|Trainee|Host|Streamer|Anchor|Employee|Candidate|Person|Client|Intern|Applicant|Staff|Someone|Let|Please|Thanks)"
                         # ("Xiao Li got her level 4 in Aug 2022, Xiao Wang got level 4 in Jan 2025": a pinyin name with its prefix)
                         r"(?:(?-i:(?:Xiao|Lao|Ah|Da)\s+[A-Z][a-z]{1,5})|[A-Z][a-z]{2,10})"
                         # ("A has 五级 … B has no cert, 7 yrs…": a letter for a name; not "I")
                         r"|(?-i:(?!I\b)[A-Z])(?=\s+(?:has|had|got|holds|is|was|did|does|just|only|also|works|worked)\b))"
                         r"(?=\s+(?:(?:only|also|just|already|still)\s+)?(?:joined|started|began|got|gets|has|had|holds|is|was|works|worked|streams|streamed|sells|sold|runs|ran"
                         r"|does|did|also|never|didn't|hasn't|doesn't)\b|'s\b)")
# Names each followed by their figures, at least two ("staff: Anna 4 yrs product selector no cert, Ben 8 yrs live seller…, Cici
# 五级 Apr 2023"); no month and no word that opens a sentence ("Been 4 years, no certs.")
_NAME_FIGURES = re.compile(r"(?:^|(?<=[\s,.;!?，。；:：]))(?P<label>(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
                           r"(?!(?:Been|Worked|Working|Did|Got|Have|Had|About|Around|Over|Only|Almost|Nearly|Just|For|Since|Like|Maybe"
                           r"|Roughly|After|Before|Spent|Total|Another|Each|Every|Both|All|Some|Most|The|This|That|Level|Lvl|Year|Years)\b)"
                           r"(?-i:[A-Z][a-z]{1,10}))(?=\s+\d+(?:\.\d+)?\s*(?:yrs?|years?|months?|mos?)\b|\s+[一二三四五]\s*级)")
# Names each followed by a dash and what that person did, at least two ("Xiaofang — 技工学校 e-commerce grad (2020)…. Ah
# Qiang — joined Aug 2025…")
_NAME_DASH = re.compile(r"(?:^|(?<=[.;,，。；!?]\s)|(?<=[.;。；]))\s*(?P<label>(?-i:(?:Ah\s+|Xiao\s+|Lao\s+)?[A-Z][a-z]{1,10}))\s+[–—-]+\s+")
# People told apart by a role and a letter ("Host A has…, Host B got…, Host C did…"): labelled by the letter, as they
# are asked about after ("can B apply for level 4 now?").
_ROLE_LETTER = re.compile(r"(?-i:\b(?:[Hh]ost|[Ss]treamer|[Aa]nchor|[Ss]tudent|[Tt]rainee|[Ll]earner|[Ee]mployee|[Cc]andidate|[Pp]erson)\s+(?P<label>[A-Z])\b)\s*[:：,，]?")
# People told apart by a role and a number ("anchor1: 7 yrs…, no cert. anchor2: lvl5 since 2020-11…", "主播1：…；主播2：…"):
# labelled by both, as they are asked about after ("and anchor 2?")
_ROLE_NUMBER = re.compile(r"(?:^|(?<=[\s,.;，。；]))(?P<label>(?:host|streamer|anchor|student|trainee|learner|employee|candidate|person|staff|worker|member|applicant|kid|主播|学员|學員|学生|學生|员工|員工)\s*(?:#|no\.?\s*)?[1-9])(?!\d)\s*[:：,，)）]?", re.I)
# Groups of learners counted ("10 have 1–2 yrs of livestream work and no certs; 8 got level-5 certs in 2021…; 7 just
# graduated", "一半做过一两年直播，三分之一是中专电商应届生，剩下的没上过班"): each group's facts, decided apart.
_GROUP = re.compile(r"(?:^|(?<=[;；:：,，.。]))\s*(?:and\s+|还有|另外)?(?P<label>(?:about\s+|around\s+|roughly\s+)?(?:\d+|half|a\s+third|a\s+quarter|"
                    r"two\s+thirds|the\s+other\s+half|the\s+rest|the\s+others|others|most|some|a\s+few|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+(?:of\s+)?(?:them|the\s+class|the\s+learners|the\s+students))?"
                    r"(?=\s+(?:have|has|had|got|are|is|were|just|did|hold|worked|work|never|been|finished|graduated)\b)"
                    r"|(?:有)?\d+\s*(?:个|位|名)(?:学员|学生|人)?(?=[^，,；;。]{0,2}(?:有|是|做|干|拿|没|刚|已经|都|在))"
                    r"|一半(?:的?人|学员)?|三分之一|四分之一|其余的?|剩下的?(?:人)?)", re.I)
_LEVEL_SAID = re.compile(r"[一二三四五1-5]\s*级|\blevel[\s-]*[1-5]\b|\bl[1-5]\b|技师|高级工|中级工|初级工", re.I)
# Two people told apart as "one … the other" ("两个人 一个有四级一个没有", "one has L4, the other has none"); a bare
# "没有" for the other is the thing the first has, lacked.
_ONE_THE_OTHER = re.compile(r"(?:^|(?<=[\s，,：:]))(?:一个|一位|\bone\b)(?P<a>[^，,；;。]{1,30}?)[，,；;\s]*(?:另(?:外)?一个|另一位|(?<=[级证年个])一个|\bthe other(?: one)?\b)(?P<b>[^，,；;。]+)", re.I)
UNNAMED_PEOPLE = ("一个", "另一个", "one", "the other")  # the labels of "one … the other", replaced once they are named
_BARE_LACK = re.compile(r"^\s*(?:没有?|冇|没得|doesn'?t|has\s+none|none|has\s+not|hasn'?t)\s*$", re.I)
# Without labels: one clause about the asker and one about someone else ("我做虾皮直播3年；他在厦门做选品2年半").
# ("我" the asker, not "我们", "我老公"; the other one by a pronoun or who they are)
_ASKER_SAYS = r"我(?!们|們|朋友|老公|老婆|同事|同学|家|妈|爸|儿子|女儿|哥|姐|弟|妹|的|嘅|个|個|表|堂|男朋友|女朋友|闺蜜|对象|男友|女友|徒弟|搭档|经纪人|师傅|师父)"
# (the ones who work beside the asker, told of in the same breath: "我自己有四级…我徒弟跟我干了一年半 啥证没有")
_WORKMATE = r"徒弟|搭档|经纪人|师傅|师父"  # (only after 我: "学徒期满", "师傅话…" alone are no one told of)
_OTHER_ONE = rf"(?:他|她|佢|我老公|我老婆|我同桌|我朋友|同桌|我同学|我同事|我闺蜜|我室友|我对象|我男朋友|我女朋友|我男友|我女友|我(?:{_WORKMATE}))"
_SELF_THEN_OTHER = re.compile(rf"^(?P<me>{_ASKER_SAYS}[^；;。]+)(?:[；;。，,]|\s)\s*(?P<other>{_OTHER_ONE}[^；;。]+)")
# The other way round ("她做了3年选品 我做了8年直播后台运营").
_OTHER_THEN_SELF = re.compile(rf"^(?P<other>{_OTHER_ONE}(?!\s*(?:说|讲|话|告诉|听说|觉得|建议|推荐|问|叫|让))[^；;。我]+?)(?:[；;。，,]|\s)\s*(?P<me>{_ASKER_SAYS}[^；;。]+)")
# The same without the order fixed, and after a clause that names both ("我跟老公都在斗音带货 他干了快4年 2023年3月考了
# 五级 我干了一年半 啥证都没", "老公做了3年 我做了1年半", "我…中职电子商务专业毕业的 … 表姐本科中文系 毕业后播了两年"):
# each clause goes to the one it opens with; a pronoun is the relative the opening clause named
_RELATIVE = r"(?:老公|老婆|爱人|表姐|表妹|表哥|表弟|堂姐|堂妹|堂哥|堂弟|男朋友|女朋友|男友|女友|对象|闺蜜|同事|朋友(?!圈)|室友|同学|姐姐|妹妹|哥哥|弟弟)"
_BOTH_NAMED = re.compile(rf"^我(?:跟|和|同|与|及)(?:我)?(?P<rel>{_RELATIVE})")
# (not what someone said: "我朋友说五级要干满1年" is hearsay, no fact of the friend's)
_CLAUSE_OPENS = re.compile(rf"(?:^|(?<=[\s，,。；;]))(?:(?P<me>{_ASKER_SAYS})|(?P<other>(?:我)?{_RELATIVE}|我(?:{_WORKMATE})|他|她|佢)"
                           r"(?!\s*(?:说|讲|话|告诉|听说|觉得|建议|推荐|问|叫|让)))")
_ASKS_IN_IT = re.compile(r"[?？吗呢]|几级|哪级|能不能|可不可以|能否|可以报|能报|能考|可以考")
# The same in English, either order ("she has 4 yrs, I have 7 yrs", "I've done 3 years and my gf 1.5").
_OTHER_EN = r"(?:she|he|my (?:gf|bf|girlfriend|boyfriend|wife|husband|friend|sister|brother|cousin|partner))\s+(?:only\s+|also\s+|just\s+)?(?:has|had|did|does|got|holds|is|was|works|worked|streams|streamed|sells|sold|started|began|joined|never|'s)\b"
_ME_EN = r"i\s*(?:only\s+|also\s+|just\s+)?(?:have|had|did|do|got|hold|am|'ve|'m|work|worked|stream|streamed|sell|sold|started|began|joined|never)\b"
# (the other's part may run over several sentences: "I've worked every month since. She worked with me until Sept
# 2023, then went back to full-time study. She has a 本科 in 市场营销.")
_PAIR_EN = re.compile(rf"(?:^|(?<=[.!?。]))\W*(?:(?P<other>{_OTHER_EN}[^;.?!]+?)(?:[,;]|\.\s)\s*(?:and\s+|while\s+|but\s+)?(?P<me>{_ME_EN}[^;.?!]+)"
                      rf"|(?P<me2>{_ME_EN}[^;.?!]+?)(?:[,;]|\.\s)\s*(?:and\s+|while\s+|but\s+)?(?P<other2>{_OTHER_EN}[^;?!]+))", re.I)
_SHARED = re.compile(r"(?:两人|俩人|两位|她俩|他俩|她们|他们|两个人|大家|所有人|全部人?|个个)都[^。？?]*[。]?"
                     r"|\b(?:both of them|they both|we(?:'ve|\s+have)?\s+both)\b[^.?]*\.?"
                     # ("… Xiao Wang got level 4 in Jan 2025. both have streamed full-time with us since getting level 4")
                     r"|(?:^|(?<=[.;!]\s)|(?<=[.;!]))\s*both\s+(?:have|had|are|were|did|got|hold|work|worked|streamed|stream)\b[^.?]*\.?", re.I)
# Asks about each of them ("两位都想考四级，可以吗", "这俩谁能报三级", "what can each of us apply for?").
ASKS_EACH = re.compile(r"两位|两个人|两人|俩|分别|各自|都能|都可以|谁能|谁可以|逐个|逐一|一个个|一个一个|每个人?|每人|每位|各人|三个|三位|"
                       r"\beach\b|\beveryone\b|\ball of them\b|\b(?:the\s+)?whole\s+(?:team|group|class|lot)\b|\ball\s+(?:five|four|three|\d)\b|全部|全体|整个团队|\bboth\b|\beither\b|which of (?:them|us)|one by one|\bwho(?:'s|\s+is)\s+ready\b|\bwho\s+(?:can|could)\s+(?:do|apply|take|sit|go)\b|"
                       r"who can|\bthey both\b|我们都|我們都|(?:他们|她们|佢哋|两个|两人|俩)[^，,。？?]{0,4}(?:哪个|谁|边个)|(?:他们|她们|佢哋)[^，,。？?]{0,8}(?:几级|边级|哪级|哪一级|什么级|咩级)|谁先|哪个先|边个先|一样的级别|同一(?:个)?级别?|同一等级|\bthe same level\b", re.I)


# Which of the people described can apply ("邊個夠？", "這幾個人誰能報誰不能報", "哪个现在能报 哪个还得等多久",
# "who's eligible under the usual rules? short answer per person"): asked of each of them (Simplified, Mandarin words)
ASKS_WHO_OF_THEM = re.compile(
    r"(?:谁|哪个|哪几个|哪位|哪几位|哪些人?|边个|边几个)(?:人|学员|同学|员工)?\s*(?:现在|而家|目前|已经)?\s*(?:就)?"
    r"(?:能|可以|可|够|夠|符合|合资格|有资格|行|得|来得及|ok)"
    r"|\bwho(?:'s|\s+is|\s+are)?\s+(?:eligible|qualified|ready|qualif\w*)\b|\bwhich\s+(?:of\s+them|ones?|learners?|students?|people|staff)\s+(?:can|could|is|are|qualif\w*)\b"
    r"|\b(?:short\s+)?answer\s+(?:per|for\s+each)\s+person\b|\bper\s+person\b", re.I)
# Said of them all ("都没证 这几个人谁能报", "none of them has a cert"): facts for each one
SAID_OF_ALL = re.compile(r"都|全部|全都|个个|\ball\b|\bnone\s+of\s+them\b|\bnobody\b|\bno\s+one\b", re.I)


def _clause_start(text: str, after: int, label_start: int) -> int:
    """Where the clause holding a label begins: what is said of the person just before the label belongs to them
    ("没证的小吴"), unless it is long (then the label opens their part)."""
    between = text[after:label_start]
    cut = max(between.rfind(mark) for mark in "；;。\n")
    start = after + cut + 1 if cut >= 0 else (after if after == 0 else label_start)
    return start if label_start - start <= _BEFORE_LABEL_MAX else label_start


class _Item:
    """A person found by the item of a list that opens their part (the shape of a match: label, start, end)."""

    def __init__(self, label: str, start: int, end: int):
        self._label, self._start, self._end = label, start, end

    def group(self, _name: str) -> str:
        return self._label

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


# A numbered item opening a line ("1）", "2.", "3、"), and the short name that may follow it ("1）阿芬 2023年…").
_LIST_NUMBER = re.compile(r"(?:^|(?<=\n))\s*(?P<n>[1-9])\s*[)）.、]\s*")
_ITEM_NAME = re.compile(r"(?:阿[A-Za-z]{1,10}|[小老阿][\u4e00-\u9fff]|[A-Z][a-z]{1,10}|[\u4e00-\u9fff]{2,3}(?=[：:]))(?=\s|[：:，,])")
# Three or more "一个…" clauses, one person each ("一個做後台兩年，冇證；一個做選品八年；一個係大專…")
_EACH_ONE = re.compile(r"(?:^|(?<=[；;。\n]))\s*(?:一个|一位)")
_ORDINALS = ("第一位", "第二位", "第三位", "第四位", "第五位", "第六位")


def _list_items(text: str) -> list[_Item]:
    """The people of a numbered list, one per line, labelled by the name after the number or else by the number;
    or of three or more "一个…" clauses; [] for neither."""
    items = []
    for number in _LIST_NUMBER.finditer(text):
        name = _ITEM_NAME.match(text, number.end())
        items.append(_Item(name.group(0), number.start(), name.end()) if name is not None
                     else _Item(f"{number.group('n')}号", number.start(), number.end()))
    if len(items) >= 2:
        return items
    ones = list(_EACH_ONE.finditer(text))
    if 3 <= len(ones) <= len(_ORDINALS):
        return [_Item(_ORDINALS[n], one.start(), one.end()) for n, one in enumerate(ones)]
    return []


def split_people(text: str, held_level: int | None = None, shared: Profile | None = None) -> list[tuple[str, Profile]]:
    """(label, facts) for each person the message describes with facts of their own; [] for one person.
    `held_level`: the level all of them were said to hold before ("5个人都有五级" then "2个是2022年6月拿的，3个是
    2024年1月拿的"), given to a part that dates a certificate without naming its level. `shared`: what was said of
    them all before ("my sister and I both got 四级 on 15 Mar 2022"), under what each one's part says."""
    labels = list(_LABEL.finditer(text))
    if len(labels) < 2 and len(names := list(_NAME_DOING.finditer(text))) >= 2:
        labels = names
    if len(labels) < 2 and len(names := list(_NAME_FIGURES.finditer(text))) >= 2:
        labels = names
    if len(labels) < 2 and len(dashed := list(_NAME_DASH.finditer(text))) >= 2:
        labels = dashed  # "Xiaofang — 技工学校 e-commerce grad (2020)… Ah Qiang — joined Aug 2025…"
    if len(labels) < 2 and len(lettered := list(_ROLE_LETTER.finditer(text))) >= 2:
        labels = lettered  # "Host A has streamed 4 yrs, no cert. Host B got 直播销售员 level 5…"
    if len(labels) < 2 and len(numbered := list(_ROLE_NUMBER.finditer(text))) >= 2:
        labels = numbered  # "anchor1: 7 yrs selling on taobao live, no cert. anchor2: lvl5 since 2020-11…"
    if len(labels) < 2 and len(items := _list_items(text)) >= 2:
        labels = items  # "1）阿芬 2023年4月攞五級…\n2）阿Ken 做咗十年…", "一個做…；一個做…；一個係…"
    parts: list[tuple[str, str]] = []
    bare_years = False  # bare figures are years of the work talked about
    # ("他们开始做直播的时间分别是 23年3月、23年10月…还有一个是今年9月刚入行的": one person per date)
    respective = _respective_dates(text) if len(labels) < 2 else []
    if len(labels) < 2 and len(groups := list(_GROUP.finditer(text))) >= 2:
        labels = groups
        bare_years = True  # ("most have 1-2 years, two have 7 years no cert": years of the work they were sent for)
    if respective:
        parts = respective
    elif len(labels) >= 2:
        starts = [_clause_start(text, labels[n - 1].end() if n else 0, label.start()) for n, label in enumerate(labels)]
        for n, label in enumerate(labels):
            end = starts[n + 1] if n + 1 < len(labels) else len(text)
            parts.append((label.group("label"), text[starts[n]:label.start()] + " " + text[label.end():end]))
    elif one_other := _ONE_THE_OTHER.search(text):
        first, other = one_other.group("a"), one_other.group("b")
        if _BARE_LACK.match(other):
            chinese = bool(re.search(r"[\u4e00-\u9fff]", other))
            if re.search(r"证|级|\blevel|\bl[1-5]\b|\bcert", first, re.I):
                other = "没有证书" if chinese else "no certificate"
        names = UNNAMED_PEOPLE[:2] if re.search(r"[\u4e00-\u9fff]", text) else UNNAMED_PEOPLE[2:]
        parts = [(names[0], first), (names[1], other)]
    else:
        # (the other first, then the asker, only as facts told: "我朋友有四级证，我自己没证…我能考几级" asks of the asker alone)
        pair = _SELF_THEN_OTHER.search(text) or (_OTHER_THEN_SELF.search(text) if not _ASKS_IN_IT.search(text) else None)
        pair_en = _PAIR_EN.search(text)
        if pair:
            other = re.match(_OTHER_ONE, pair.group("other")).group(0)
            parts = [("我", pair.group("me")), (other, pair.group("other"))]
        elif pair_en:  # "she has 4 yrs, I have 7 yrs, no certs"
            other = pair_en.group("other") or pair_en.group("other2")
            label = re.match(r"she|he|my \w+", other, re.I).group(0)
            parts = [("me", pair_en.group("me") or pair_en.group("me2")), (label, other)]
            bare_years = True
    if parts:  # "两人都在2023年6月拿了直播销售员四级": a sentence said of all of them, at the end of a part (the last
        # one told; "she has…. I have…. we've both worked in this since our certs": the asker's, put first)
        said_of_all = []
        for n, (label, part) in enumerate(parts):
            if (of_all := _SHARED.search(part)) is not None and (n == len(parts) - 1 or not said_of_all):
                parts[n] = (label, part[:of_all.start()])
                said_of_all.append(of_all.group(0))
        if not said_of_all and (of_all := _SHARED.search(text)) is not None \
                and not any(of_all.group(0) in part for _, part in parts):
            said_of_all.append(of_all.group(0))  # (a sentence of its own after the parts)
        if said_of_all:
            parts = [(label, part + "，" + "，".join(said_of_all)) for label, part in parts]
    people = _facts_of(parts, bare_years, held_level, shared)
    if len(people) < 2 and len(labels) < 2 and not respective and (not _ASKS_IN_IT.search(text) or ASKS_EACH.search(text)):
        # (after the pair read from the message's start found one person only: "我跟老公都在斗音带货 他干了快4年…")
        people = _facts_of(_clauses_of_each(text), False, None, shared)
    return people if len(people) >= 2 else []


def _facts_of(parts: list[tuple[str, str]], bare_years: bool, held_level: int | None,
              shared: Profile | None) -> list[tuple[str, Profile]]:
    """(label, facts) for each part that states facts of its own (see split_people for `held_level` and `shared`)."""
    # (two people compared on one line, "she has 4 yrs, I have 7 yrs": bare figures are their years of the work talked about)
    # (not a group said to hold a level: "10个有五级证满4年了" are years since the certificate, not in all)
    people = [(label, _own_facts(part, expecting="years_total" if bare_years and not _LEVEL_SAID.search(part) else None))
              for label, part in parts]
    if held_level is not None:
        people = [(label, replace(facts, certificate_level=held_level))
                  if facts.certificate_level is None and facts.certificate_age is not None else (label, facts)
                  for label, facts in people]
    if shared is not None and parts:
        people = [(label, _worked_since_its_date(shared.merge(facts))) for label, facts in people]
    return [(label, facts) for label, facts in people if facts.has_personal_facts]


def _worked_since_its_date(facts: Profile) -> Profile:
    """("拿證後都一直在做選品" said of both, then "A：二級證書2022年10月拿到"): the work said of all goes on since each one's
    certificate, so the years since it are the time since its date."""
    if facts.worked_since_certificate and facts.years_since_certificate is None and facts.certificate_age is not None \
            and facts.certificate_level not in (None, NO_CERTIFICATE) and not facts.break_years:
        return replace(facts, years_since_certificate=facts.certificate_age, years_since_from_date=True)
    return facts


def _clauses_of_each(text: str) -> list[tuple[str, str]]:
    """("我", part) and (relative, part) when the message's clauses each open with the asker or with one other person
    (see _CLAUSE_OPENS); [] otherwise. A clause naming both ("我跟我对象都是技校最后一年") is said of each, before their own."""
    opens = list(_CLAUSE_OPENS.finditer(text))
    mine, theirs, words, of_both = [], [], set(), []
    for n, found in enumerate(opens):
        clause = text[found.start():opens[n + 1].start() if n + 1 < len(opens) else len(text)]
        if found.group("me"):
            if _BOTH_NAMED.match(clause):
                of_both.append(clause)
            else:
                mine.append(clause)
        else:
            theirs.append(clause)
            words.add(re.sub(r"^我", "", found.group("other")))
    relatives = words - {"他", "她", "佢"}
    both = _BOTH_NAMED.search(text)
    if not mine or not theirs or len(relatives) > 1 or (both and relatives and both.group("rel") not in relatives):
        return []
    label = next(iter(relatives)) if relatives else both.group("rel") if both else next(iter(words))
    return [("我", " ".join(of_both + mine)), (label, " ".join(of_both + theirs))]


# A person's part that opens with a level ("Zhao: level 2 video creator-promoter, cert March 2024"): the level they are at.
_OPENS_WITH_LEVEL = re.compile(r"^\W*(?=(?:level|lvl|l)\s*-?[1-5]\b)", re.I)
# (in English, a Chinese level too: "Lily: 五级 视频创推员 June 2022")
_OPENS_WITH_CHINESE_LEVEL = re.compile(r"^\W*(?=[一二三四五]\s*级)")


def _as_held(part: str) -> str:
    if re.search(r"[a-z]{3,}", part, re.I) and _OPENS_WITH_CHINESE_LEVEL.match(part):
        return _OPENS_WITH_CHINESE_LEVEL.sub("has ", part, count=1)
    return _OPENS_WITH_LEVEL.sub("has ", part, count=1)


# Dates said "respectively" for people not named ("他们开始做直播的时间分别是 23年3月、23年10月、24年2月"): what the
# dates are of, said before; each date; one more added after ("还有一个是今年9月刚入行的")
_RESPECTIVELY = re.compile(r"(?P<what>[^，,。；;]{0,20}?(?P<kind>开始|入行|入职|拿证|拿的证|考的|考证|取得)[^，,。；;]{0,10}?)(?:的)?(?:时间|日期)?\s*分别(?:是|为|系)\s*")
_DATE_ITEM = r"(?:(?:19|20)?\d{2}\s*年(?:\s*\d{1,2}\s*月)?|(?:今年|去年|前年)\s*\d{1,2}\s*月)"
_ONE_MORE = re.compile(r"(?:还有|另外)(?:一个|一位|1个)(?:是|系)?\s*(?P<date>" + _DATE_ITEM + r")")


def _respective_dates(text: str) -> list[tuple[str, str]]:
    """(label, part) for each person whose date is said "respectively", labelled by their place ("第1位"); [] when none."""
    said = _RESPECTIVELY.search(text)
    if said is None:
        return []
    dates = [m.group(0) for m in re.finditer(_DATE_ITEM, text[said.end():].split("还有")[0].split("另外")[0])]
    more = _ONE_MORE.search(text, said.end())
    if more is not None:
        dates.append(more.group("date"))
    if len(dates) < 2:
        return []
    verb = "拿的证" if said.group("kind") in ("拿证", "拿的证", "考的", "考证", "取得") else "开始做直播"
    return [(f"第{n}位", f"{date}{verb}") for n, date in enumerate(dates, 1)]


def is_asker(label: str) -> bool:
    return label.lower() in ("me", "我")


# The words that name a person by their role before a number or a letter ("Anchor 3:", "学员2：", "Student A:")
_ROLE_WORDS = r"anchor|host|streamer|student|trainee|learner|staff|employee|person|candidate|client|学员|学生|主播|员工"
# A person opened by their place in a list, one per message ("第一个 技师学院毕业…", "另一个是高级技工学校毕业…",
# "老大28 大专电商科…", "#2 Han: 大专…", "Anchor 3: …"): labelled by that place as said ("第二位", "老大",
# "No. 2", "Anchor 3", or the name beside it, "Han (No. 2)"); `_place_of` reads the place back.
_ORDINAL_LABEL = re.compile(
    r"^\W*(?:我(?:有)?(?:[两二三四]|\d)\s*(?:个|個|位)\s*(?:朋友|friends?|同事|学员|学生|主播|徒弟|员工|亲戚)\s*)?"  # "我两个friend 一个…"
    r"(?:第(?P<zh>[一二三四五六1-6])\s*(?:个|位|名|個)(?:学员|学生|同学|人)?|老(?P<sib>[大二三四])|(?P<one>一个|一位)|(?P<other>另(?:外)?一个|另(?:外)?一位)"
    r"|#\s*(?P<hash>[1-6])|(?-i:no)\.?\s*(?P<no>[1-6])(?!\d)|(?:the\s+)?(?P<en>first|second|third)(?:\s+one)?"
    r"|(?:" + _ROLE_WORDS + r")\s*(?P<num>[1-6])(?!\d))"
    r"(?:\s*(?P<name>(?-i:[A-Z][a-z]{1,10})))?\s*(?:是|系|：|:|，|,|\s|(?=\d)|(?<=个|個|位)(?=在|喺|做|干|有|没|冇|自己|刚|读|已经))", re.I)
_PLACES = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "大": 1, "first": 1, "second": 2, "third": 3}
# The words that name a person by their place ("第二个能报三级吗", "老二可以考四级吗", "the one I mentioned first").
_PLACE_EN = r"\b(?:the\s+)?{n}\s+(?:one|person|student|trainee|guy|girl|friend|anchor|host)\b|\bthe\s+{n}\b(?!\s+(?:time|step|level|exam))|\bmentioned\s+{n}\b"
_PLACE_ROLE = r"|(?:" + _ROLE_WORDS + r")\s*{n}(?!\d)"
# (the second one may also be "另一个", said after "一个…")
_PLACE_WORDS = {n: rf"第{zh}(?:个|位|名|個)|老{sibling}|" + ("另(?:外)?一(?:个|位)|" if n == 2 else "")
                + rf"#\s*{n}(?!\d)|\bno\.?\s*{n}(?!\d)|{zh}号|" + _PLACE_EN.format(n=en) + _PLACE_ROLE.format(n=n)
                for n, zh, sibling, en in ((1, "一", "大", "first"), (2, "二", "二", "second"), (3, "三", "三", "third"))}
# The last one described ("最后那个实习生能报什么", "and the last one?")
_LAST_PLACE = re.compile(r"最后(?:那|一|嗰)(?:个|位|個)|最后的那|\bthe\s+last\s+(?:one|person|student|trainee|guy|girl)\b|\blast\s+one\b", re.I)
# "Student A: …", "Trainee B -": a letter label after a word for a learner
_LEARNER_WORD = re.compile(r"^\W*(?:" + _ROLE_WORDS + r")\s+(?=[A-Z](?![a-z]))", re.I)


_ZH_PLACES = "一二三四五六"


def _place_label(text: str) -> tuple[str, int] | None:
    """The label of a person opened by their place ("第二位", "老二", "No. 2", or the name said after it,
    "#1 Zhou:" -> "Zhou (No. 1)"), and where their facts start."""
    match = _ORDINAL_LABEL.match(text)
    if match is None:
        return None
    said = next((name, value) for name, value in match.groupdict().items() if value and name != "name")
    place = 1 if said[0] == "one" else 2 if said[0] == "other" else int(said[1]) if said[1].isdigit() else _PLACES[said[1].lower()]
    if said[0] == "num":  # "Anchor 3:", "学员2：": the role word and the number, as said
        label = re.sub(r"\s+", " ", match.group(0).strip(" \t:：,，")).capitalize()
    elif match.group("name"):
        label = f"{match.group('name')} (No. {place})"
    elif said[0] == "sib":
        label = "老" + said[1]
        # ("老大是女儿 23了…", "老二系个仔"): the child named by who they are too, as they are asked about after ("先说女儿")
        relation = re.match(r"\s*(?:是|系)?\s*(?:我的?|个)?(女儿|儿子|闺女|仔|女)", text[match.end():])
        if relation is not None:
            label = f"{relation.group(1)} ({label})"
    elif said[0] in ("zh", "one", "other"):
        label = f"第{_ZH_PLACES[place - 1]}位"
    else:
        label = f"No. {place}"
    return label, match.end()


def _place_of(label: str) -> int | None:
    """The place in the list a label made by `_place_label` stands for."""
    if (match := re.search(r"(?:No\.|" + _ROLE_WORDS + r") ?(\d)\)?$", label, re.I)) is not None:
        return int(match.group(1))
    if (match := re.fullmatch(r"(?:[\u4e00-\u9fff]{1,3} \()?(?:第([一二三四五六])位|老([大二三四]))\)?", label)) is not None:
        return _PLACES[match.group(1) or match.group(2)]
    return None


# One more person, by what they are ("还有个实习生 今年大三 电商专业 啥证都没有"): labelled by that word
_ANOTHER_ONE = re.compile(r"^\W*(?:还有|另外还有|另外|再有)(?:一)?(?:个|位|個)(?P<role>[\u4e00-\u9fff]{1,4}?)(?=\s|[，,：:]|[今去前]年|\d)")


# Common surnames, for a name said as surname and kinship or title ("张姐", "王哥", "李老师")
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
# A person's name in a question ("王姐能报几级", "小周呢"): asked about them, not whoever else was described
# ("张姐", "王哥", "李老师"): a surname with a word of kinship or a title
_KIN_NAME = rf"[{_SURNAMES}](?:姐|哥|姨|叔|老师|总)"
_A_NAME = re.compile(rf"[小老阿][\u4e00-\u9fff]|{_KIN_NAME}")


def names_someone_else(text: str, people: list[tuple[str, Profile]]) -> bool:
    """Whether the message names a person by a name none of the people described has ("王姐能报几级" when only
    小周 was labelled)."""
    labels = [label for label, _ in people]
    return any(not any(name.group(0) in label for label in labels) for name in _A_NAME.finditer(text)
               if not re.match(r"小(?:时|红|朋|孩|学|白|伙|姐姐|心|样|编|店|号|视|程|作)|老(?:师|板|公|婆|家|是|早|实|乡|铁|妈|爸|弟|哥|姐|妹|大|二|三|了|用|样|问|说|讲|想|要|会|在|有|觉|不|没|这|那|细)|阿(?:姨|婆|公|爸|妈)", text[name.start():]))


# Who a message is about, by the first person it names ("阿欣做咗4年直播", "老公做咗7年，冇證", "另一位剪輯師小林，2023年…",
# "还有个00后妹子 中专电商毕业…", "another trainee 小刘 just graduated…"): a name, a relative, a descriptor, or the asker
_RELATIVES = r"老公|老婆|先生|太太|细佬|细妹|家姐|大佬|弟弟|妹妹|哥哥|姐姐|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|儿子|女儿|个仔|个女(?![生性孩鞋装裝包士款式])|侄子|侄女|外甥女?|男朋友|女朋友|闺蜜|老大|老二|老三|老细|同事|朋友|同学|闺蜜|同桌|室友|舍友|发小|老乡|(?<=我)(?:徒弟|搭档|经纪人)|(?<=我的)(?:徒弟|搭档|经纪人)|(?<=[个個])徒弟"
_PERSON_FIRST = re.compile(
    rf"(?P<me>^\W*我(?!们|們|哋|家|老|细|大|个|個|的|嘅|表|堂|弟|妹|哥|姐|儿|女|男|闺|朋|同|学|司|公|先|太|徒|搭|经纪|有(?:个|一个|位|一位|两|几|些|個)|(?:收|带|招)(?:了|咗)?(?:个|個|一个|一個|位)))"
    rf"|(?P<name>阿[\u4e00-\u9fff](?!姨|婆|公|爸|妈|伯|叔)|阿[A-Z][A-Za-z]{{1,9}}|小(?!孩|时|朋|学|白|伙|心|样|编|店|号|视|程|作|红|区|吃|姑|伙|哥|妹|姐|弟|主播|年轻)[\u4e00-\u9fff](?!时|孩|朋|学|白|伙|姐姐|心|样|编|店|号|视|程|作|红|区|吃|哥哥|妹妹)"
    # (not the place: "暑假在朋友公司做过两个月直播助理" is the asker's work at a friend's company)
    rf"|{_KIN_NAME}|(?:{_RELATIVES})(?!(?:的|嘅|个|开的)?(?:公司|店|铺|厂|工作室|直播间|家里?|那里|那边|度))|(?:00|90|95|85|80)后(?:妹子|小伙|姑娘|男生|女生)|妹子|小伙子?|宝妈)"
    # ("ok. and his girlfriend? she finished a 中专…": another one, named through the one asked about before)
    rf"|\b(?P<en>(?:my|his|her|their)\s+(?:husband|wife|brother|sister|cousin|son|daughter|boyfriend|girlfriend|bf|gf)|(?:(?<=my editor )|(?<=my assistant )|(?<=my apprentice )|(?<=my cameraman ))(?-i:[A-Z][a-z]{{2,9}})(?=\s)|(?-i:(?!(?:She|The|This|That|There|They|Then|These|Those|What|When|Where|Which|Who|Why|How|Here|Our|Your|Their|Her|His|Its|Now|Also|But|And|Yes|Yeah)\b)[A-Z][a-z]{{2,9}})(?='s|\s+(?:has|had|is|was|just|did|does|got|holds|works|worked|sells|sold|streams|only|also|makes|made|edits|edited|films|shoots|runs|ran|manages|managed|handles|hosts|hosted|joined|started|began|been)\b)"
    rf"|[\u4e00-\u9fff]{{2}}(?=\s*(?:'s|,|，)?\s+(?:has|had|is|was|just|did|got|holds|works|worked|only|also)\b))")
_PERSON_LEAD_MAX = 14  # how far into the message the person introduced may be named ("另一位剪輯師小林", "another trainee 小刘")


# A marker that introduces the next one of several ("先说小周：", "再一个小林：", "first: Leo,", "second: Mia —")
_ONE_IN_TURN = re.compile(r"(?:先说|首先|第一个是?|再一个是?|再说|第二个是?|第三个是?|\b(?:first|second|third|next)(?:\s+one)?)\s*[:：,，]?\s*", re.I)
_NAME_AFTER_MARK = re.compile(r"(?P<en>(?-i:[A-Z][a-z]{1,9}))(?=\s*[,，:：—–-])|(?P<name>[小老阿][\u4e00-\u9fff])(?=\s*[,，:：])")
_MARKED_LEAD_MAX = 40  # how far in a list's marker may come ("HR这边在统计员工考证资格 先说小周：")


def person_named_first(text: str) -> str | None:
    """The label of the first person `text` names near its start ("我" for the asker), or None."""
    text = to_simplified(text)
    lead = _PERSON_LEAD_MAX * (1 if re.search(r"[\u4e00-\u9fff]", text[:6]) else 3)  # (English words are longer)
    match = _PERSON_FIRST.search(text[:lead + 12])
    if (match is None or match.start() > lead) and (marked := _ONE_IN_TURN.search(text[:_MARKED_LEAD_MAX * lead // _PERSON_LEAD_MAX])) is not None:
        # ("HR这边在统计员工考证资格 先说小周：大专…", "second: Mia — 本科…"): the one a list's marker introduces
        named = _PERSON_FIRST.match(text, marked.end()) or _NAME_AFTER_MARK.match(text, marked.end())
        return (named.group("name") or named.group("en")) if named is not None and not named.groupdict().get("me") else None
    if match is None or match.start() > lead:
        return None
    if match.group("me"):
        return "我"
    label = match.group("name") or match.group("en")
    return re.sub(r"^(?:00|90|95|85|80)后", "", label)


def subject_before(history: list[tuple[str, str]]) -> str | None:
    """Whom the latest earlier message with facts of a person was about, by the first person it names."""
    for said, _ in reversed(history):
        if parse_profile(_as_held(mandarin_words(to_simplified(said)))).has_personal_facts:
            return person_named_first(said)
    return None


def introduced_person(text: str) -> tuple[str, Profile] | None:
    """Another person and their facts, told in a message of their own ("阿Ken就啱啱入行半年，大學讀傳理"), or None."""
    label = person_named_first(text)
    if label is None or is_asker(label):
        return None
    facts = parse_profile(_as_held(mandarin_words(text)))
    return (label, facts) if facts.has_personal_facts else None


# Words that open a sentence with a colon and name no one ("Anyway: I have level 3…", "q: …")
_NOT_A_NAME = {"anyway", "anyways", "q", "i", "ok", "okay", "so", "also", "btw", "real", "but", "and", "update", "edit"}


# Said of the asker and the one they spoke of before, together ("我們兩個都沒有任何證照", "we've both been at it since 2023")
_SAID_OF_US_BOTH = re.compile(r"(?:我们|我哋|咱们|咱)(?:两个人?|俩|两人)?都[^。？?！!]*|\bwe(?:'ve|\s+have)?\s+both\b[^.?!]*", re.I)


def said_of_us_both(text: str) -> Profile | None:
    """The facts the asker's message says of them both ("我自己…一年半。我們兩個都沒有任何證照": no certificate), or None."""
    both = _SAID_OF_US_BOTH.search(to_simplified(mandarin_words(text)))
    if both is None:
        return None
    facts = _own_facts(both.group(0))
    return facts if facts.has_personal_facts else None


def _own_facts(text: str, expecting: str | None = None) -> Profile:
    """One person's facts from what is said of them, with the years their dates show ("L4 since june 2022, streamed till
    june 2024, then a 1 year break, back since july 2025")."""
    return dated_profile(parse_profile(_as_held(mandarin_words(text)), expecting=expecting), [mandarin_words(text)], clock.today())


def labelled_person(text: str) -> tuple[str, Profile] | None:
    """One person's facts under a label at the start of the message ("学员B：没证，干了7年直播运营", "Student A: …",
    "第二个 大专…", "还有个实习生 今年大三…")."""
    another = _ANOTHER_ONE.match(text)
    if another is not None:
        facts = _own_facts(text[another.end():])
        # ("还有一个学员小周 四级证书…": by the name, as they are asked about later, "小周呢")
        label = re.sub(r"^(?:学员|学生|同学|员工|主播|同事|徒弟)(?=[\u4e00-\u9fff]{2})", "", another.group("role"))
        return (label, facts) if facts.has_personal_facts else None
    placed = _place_label(text)
    if placed is not None:
        facts = _own_facts(text[placed[1]:])
        return (placed[0], facts) if facts.has_personal_facts else None
    learner = _LEARNER_WORD.match(text)
    start = learner.end() if learner else 0
    named = list(_NAME_DOING.finditer(text))
    if len(named) == 1 and named[0].start() <= start + 2 and not list(_LABEL.finditer(text, start)) and "?" not in text:
        # "Lily has a level 3 直播销售员 cert…" then "Tom only has level 4 from 2023": one named person a message
        facts = _own_facts(text[named[0].end():])
        return (named[0].group("label"), facts) if facts.has_personal_facts else None
    labels = list(_LABEL.finditer(text, start))
    if len(labels) == 1 and labels[0].start() > start + 2 and not parse_profile(_as_held(mandarin_words(text[:labels[0].start()]))).has_personal_facts \
            and ((re.search(r"[：:。.!！]\s*$", text[:labels[0].start()]) and labels[0].group("label").lower() not in _NOT_A_NAME)
                 or (re.search(r"\s$", text[:labels[0].start()]) and re.search(r"号|[甲乙丙]", labels[0].group("label")))):
        start = labels[0].start()  # ("帮学员问：一号有…", "HR at a cosmetics brand. Anna: …": an opening, then the one person)
    if len(labels) != 1 or labels[0].start() > start + 2:
        return None
    facts = _own_facts(text[labels[0].end():])
    return (labels[0].group("label"), facts) if facts.has_personal_facts else None


def _mention(label: str, text: str):
    """Where `label` is named in `text`: a whole word for a Latin name or letter ("Lily", "C"), else as written."""
    place = _place_of(label)
    if place is not None:  # a person by their place in the list ("第二个", "老二", "the one I mentioned first"), or their name
        name = re.match(r"([A-Z][a-z]+) \(No|([\u4e00-\u9fff]{1,3}) \(", label)
        words = _PLACE_WORDS.get(place, r"(?!)") + (rf"|(?<![A-Za-z]){name.group(1)}(?![A-Za-z])" if name and name.group(1) else "") \
            + (f"|{name.group(2)}" if name and name.group(2) else "")
        return re.search(words, text, re.I)
    if re.fullmatch(r"[A-Za-z][A-Za-z. ]*", label):  # ("Can SHE apply?": a pronoun or a name, in any case)
        return re.search(rf"(?<![A-Za-z]){re.escape(label)}(?![A-Za-z])", text,
                         re.I if label.lower() in ("she", "he", "her", "him") else 0)
    return re.search(re.escape(label), text) or (re.search(rf"(?<![A-Za-z]){re.escape(label[-1])}(?![A-Za-z])", text)
                                                 if re.fullmatch(_ROLE_PREFIX + r"[A-ZＡ-Ｚ]", label) else None)


def named_in(text: str, people: list[tuple[str, Profile]]) -> list[str]:
    """The labels of the people described before that a message names ("Can Lily go for 三级 now, and can
    Tom go for 二级?", "就看C和D两个"), in the order they were described; asker labels never count."""
    named = [label for label, _ in people if not is_asker(label) and _mention(label, text)]
    if named or len(people) < 2:
        return named
    # ("阿So：…；阿Ben：…" then "第二個可唔可以考三級", "最后那个实习生能报什么"): a person by their place in the list
    others = [label for label, _ in people if not is_asker(label)]
    place = next((n for n, words in _PLACE_WORDS.items() if n <= len(others) and re.search(words, text, re.I)), None)
    if place is not None:
        return [others[place - 1]]
    return [others[-1]] if _LAST_PLACE.search(text) else []


def part_about(label: str, text: str, labels: list[str]) -> str:
    """The part of a message about one named person: from their name to the next name named."""
    own = _mention(label, text)
    if own is None:
        return ""
    later = [m.start() for other in labels if other != label and (m := _mention(other, text)) and m.start() > own.start()]
    return text[own.start():min(later, default=len(text))]


def with_new_facts(people: list[tuple[str, Profile]], named: list[str], text: str, correction: bool = False) -> list[tuple[str, Profile]]:
    """The people, each named one with the facts the message adds about them ("对了D在2023年有半年没上班"); with
    `correction` ("乙我记错了，他是2021年3月入职的") what it says replaces what it corrects."""
    updated = []
    for label, facts in people:
        part = part_about(label, text, named) if label in named else ""
        own = mandarin_words(part[len(label):] if part.startswith(label) else part) if part else ""
        said = dated_profile(parse_profile(own), [own], clock.today()) if part else None
        updated.append((label, facts.merge(said, correction) if said is not None and said.has_personal_facts else facts))
    return updated



# A certificate said to be the asker's, not the one asked for's ("唔好意思 搞錯咗 五級證係我嘅 佢冇證", "不对 是我有五级
# 她没有", "the 五级 is mine, she has none"): read on Mandarin words, Simplified script.
_MINE = re.compile(r"(?:(?P<a>[一二三四五])\s*级(?:的)?(?:证书?)?|证书?|张证|个证|嗰张证|那张证|这张证)\s*(?:其实|其實)?\s*(?:是|系|係)\s*我(?:自己)?(?:的|嘅)(?![一二三四五]\s*级|目标|梦想|打算|计划|选择|想法)"
                   r"|(?:是|系|係)\s*我(?:自己)?(?:才)?(?:有|拿了?|攞咗?)\s*(?P<b>[一二三四五])\s*级"
                   r"|\b(?:the\s+)?(?:(?:level|l)\s*(?P<c>[1-5])|(?P<d>[一二三四五])\s*级|cert(?:ificate)?)(?:\s+cert(?:ificate)?)?\s+(?:is|was|'s)\s+mine\b"
                   r"|\bi(?:'m| am)\s+the\s+one\s+with\s+(?:the\s+)?(?:(?:level|l)\s*(?P<e>[1-5])|(?P<f>[一二三四五])\s*级)", re.I)
# The facts of a certificate held, which go with it to whoever holds it (a certificate said without its level too)
_HELD_FIELDS = CERTIFICATE_FIELDS + ("holds_certificate",)


def askers_certificate(words: str) -> tuple[int | None, str] | None:
    """A certificate the message says is the asker's own, not the other person's: (its level if named, the message
    without those words), or None."""
    match = _MINE.search(words)
    if match is None:
        return None
    said = next((g for g in match.groups() if g), None)
    return (vocab.level_of(said) if said else None), words[:match.start()] + "，" + words[match.end():]


def without_certificate(profile: Profile) -> Profile:
    """`profile` with no certificate held (the one told was someone else's)."""
    return replace(profile, **{name: Profile.__dataclass_fields__[name].default for name in _HELD_FIELDS})


def certificate_only(profile: Profile, level: int | None) -> Profile:
    """Only the certificate of `profile` (with its dates), as held by someone else; `level` when it names another one."""
    if level is not None and profile.certificate_level != level:
        return Profile(certificate_level=level)
    return Profile(**{name: getattr(profile, name) for name in _HELD_FIELDS})


# The certificate told before said to be someone else's ("sorry no, that's my sister's. mine is 四级", "三级是我师傅的
# 我自己是四级"): read on Mandarin words, Simplified script, lower case.
_THEIRS = re.compile(r"(?:[一二三四五]\s*级(?:证书?)?|那个?证?|这个?证?|那张证?|张证|个证|证书?)\s*(?:其实)?\s*(?:是|系)\s*(?:我的?)?"
                     r"(?:家?姐|妹妹?|哥哥?|弟弟?|细佬|师傅|师父|同事|朋友|老公|老婆|闺蜜|表[姐妹哥弟]|堂[姐妹哥弟]|女朋友|男朋友|妈妈?|爸爸?|搭档|太太|先生)(?:的|嘅)"
                     r"|\b(?:that|it|the\s+cert(?:ificate)?|that\s+one)(?:'s|\s+is|\s+was)\s+(?:actually\s+)?(?:my\s+[a-z]+'s|hers|his)\b", re.I)
_MINE_IS = re.compile(r"\bmine\s+is\b|\bmine'?s\b|我自己(?:是|有|拿)|我的是|我(?:是|有|拿了?)\s*[一二三四五]\s*级", re.I)


def certificate_was_someone_elses(words: str) -> bool:
    """The message says the certificate told before is someone else's and gives the asker's own instead."""
    return bool(_THEIRS.search(words)) and bool(_MINE_IS.search(words))
