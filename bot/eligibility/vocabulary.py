"""The words `profile.parse_profile` reads: level names, cues, numbers, in Chinese and English.

Patterns run on lower-cased Simplified Chinese or English. They are kept apart from the parsing
logic so that a missed phrasing is fixed by adding words here, with a test, not by editing control flow.
Job-type codes and education codes are those of `knowledge/rules/eligibility.yaml` (a test checks it).
"""
from __future__ import annotations

import re

_ZH_LEVEL_WORDS = r"[一二三四五]级|高级技师|技师|高级工|中级工|初级工"

# Occupations next to this one. Their certificates (the ones a 2025 group standard names as related, and their kin:
# "电子商务师三级能拿来报吗") may count as a related occupation; the evaluation body decides.
NEIGHBOUR_CERTIFICATE = re.compile(r"(?<!互联网)(?:电子商务师|电商师|营销员|营销师|全媒体运营师)|e-?commerce specialist|all-media operator", re.I)
# Another occupation named at all, the certificated ones and the uncertificated roles near it ("网络主播", "网红"):
# a question weighing it against this occupation is not about this occupation's job types.
ANOTHER_OCCUPATION = re.compile(r"全媒体|电子商务师|电商师|(?<!互联网)营销员|网络主播|网红|\ball[- ]media\b|\be-?commerce specialist\b|\binternet anchor\b", re.I)

# Level mentions; `level_of` maps each to 1..5 (1 is the highest level). Order matters:
# "高级技师" must be tried before "技师" and "高级", "高级工" before "高级".
LEVEL = re.compile(
    r"高级技师(?!学院)|预备技师|技师(?!学院|学校)|高级工|中级工|初级工"
    r"|(?<![\d一二三四五六七八九十第下上高低升])[一二三四五1-5]\s*级(?!别)"
    r"|初级(?=证|职业(?!称))|中级(?=证)|高级(?=证)"
    r"|\bsenior\s+technician\b|\bpreparatory\s+technician\b|\btechnician\b(?![\s-]+(?:college|school|institute))"
    r"|\bsenior\s+worker\b|\bintermediate(?:\s+worker)?\b(?!\s+(?:professional|title))(?![\s-]+(?:skills?|level\s+skills?|training)\b)"
    r"|\bjunior(?:\s+worker)?\b(?!\s+(?:college|middle|high|professional|title|engineer|accountant|year|years)\b)"
    r"|(?<!express )(?<!express-)\bentry(?:[\s-]+level)?\b|\badvanced(?:\s+worker)?\b(?![\s-]+(?:skills?|training)\b)"
    r"|\blevel[\s-]*(?:[1-5]|one|two|three|four|five)\b|(?<![a-z0-9])(?:l|lvl?\.?[\s-]*)[1-5](?![a-z0-9])"  # "我是L3"
    r"|入门级|最低一级|最低级|最低等级|\blowest\s+level\b"
    # "a 3rd level (高级工) certificate" ("1st"/"first level" is left out: people say it of the entry level too)
    r"|\b(?:[2-5](?:nd|rd|th)|second|third|fourth|fifth)[\s-]+level\b"
)
_LEVEL_OF = (
    (r"预备|preparatory", None),  # a preparatory-technician certificate is not a skill level
    (r"高级技师|senior\s+technician", 1),
    (r"技师|technician", 2),
    (r"高级|senior|advanced", 3),
    (r"中级|intermediate", 4),
    (r"初级|junior|entry|入门|最低|lowest", 5),
)
_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
           "second": 2, "third": 3, "fourth": 4, "fifth": 5}


def level_of(token: str) -> int | None:
    for pattern, level in _LEVEL_OF:
        if re.search(pattern, token):
            return level
    digit = re.search(r"[1-5]|[一二三四五]|one|two|three|four|five|second|third|fourth|fifth", token)
    return (int(digit.group()) if digit.group().isdigit() else _DIGITS[digit.group()]) if digit else None


# A level said by its number ("四级", "level 4", "L4"; not the 一级 of "每一级", "哪一级"), for the readers that only need
# which levels a message names, in order.
_LEVEL_NUMBER = re.compile(r"(?<![每哪这那第几])([一二三四五1-5])\s*级|\blevel\s*([1-5])\b|\bl([1-5])\b", re.I)


def levels_said(text: str) -> tuple[int, ...]:
    """The levels `text` (Mandarin words, English as typed) names by number, each once, in the order said."""
    found = []
    for match in _LEVEL_NUMBER.finditer(text):
        said = next(group for group in match.groups() if group)
        found.append(int(said) if said.isdigit() else "一二三四五".index(said) + 1)
    return tuple(dict.fromkeys(found))


# Roles of a level mention, judged from the words just before/after it (same clause).
# ("a technician-level training course": the level's training, named with "-level")
TRAINING_AFTER = r"\s*(?:的)?(?:正规)?(?:的)?培训|(?:[\s-]*level)?[\s-]*(?:formal\s+)?training|(?:[\s-]*level)?[\s-]*(?:training\s+)?course\b(?=[^.;?]{0,30}(?:结业|completion|certificate|cert\b))|\s*(?:的)?(?:学时|课时)|[\s-]*(?:training\s+)?hours\b"  # ("my 五级 hours")
# Words that weigh two levels against each other rather than name one held ("level 5 or level 4?", "need level 5
# before level 4?", "五级应该没问题，那四级呢", "can I skip level 5").
LEVELS_WEIGHED = (r"\bor\b(?!\s+not\b)|还是|或者|定系|\bbefore\b|\bneed\b|\bskip|跳过|跳级|要先|得先|先考|先拿|没有?问题|冇问题|肯定(?:得|可以|行|能)|稳[了吧]"
                  r"|\bshould be (?:fine|ok|okay)\b|\bsurely\b|\bvs\.?\b|\bversus\b"
                  r"|不一样|不同|区别|差别|分别|\bdiffer|\bcompared?\b"  # "二级一级的考试跟下面几级有啥不一样"
                  # "二級同一級考試係咪多咗個答辯": two levels' exams or conditions asked about together, neither held
                  r"|[一二三四五1-5]\s*级\s*(?:和|同|跟|与|及|、)\s*[一二三四五1-5]\s*级\s*(?:的)?\s*(?:考试|考核|评审|答辩|培训|学时|条件|要求)"
                  r"|\blevels?\s*[1-5]\s*(?:and|&)\s*(?:level\s*)?[1-5]\s*(?:exams?|tests?|assessments?|training|conditions|requirements)\b")
# A level's exam session or registration ("下个月有五级报名", "there's a level 5 exam next month"): a level to take, not held
SESSION_AFTER = (r"\s*(?:的)?(?:报名|考试|考核|开考|考期|名额|班(?!长)|课程)(?!\s*(?:已经|都|也)?(?:通过|过了|过咗|合格|及格|拿到|考过))"
                 r"|[\s-]*(?:exam|registration|session|sitting|intake|class)\b(?!\s+(?:passed|done|cleared))")
NEGATION_BEFORE = (r"(?:没有|没|无|未|不是|并非|辍学|退学|不(?:再|想|打算)?(?:读|上|念)|\bno\b|\bnot\b|don't have|do not have|haven't|\bnever\b|without|\black\b"
                   r"|\bnone\s+(?:of\s+them\s+)?(?:has|have|holds?)|\bneither\s+(?:has|holds?)|\bdoesn'?t have|\bdoes not have|都没有?|都冇|冇人有"
                   r"|dropped out of|didn'?t finish|did not finish|never finished|quit)"
                   r"[^，,。；;]{0,6}$"
                   # ("no diploma or degree", "没有中专或大专": the second of two things lacked)
                   r"|(?:\bno\b|\bwithout\b|\bnot\s+(?:a|any)\b|没有|冇)\s*(?:a\s+|an\s+|any\s+)?[a-z\u4e00-\u9fff'-]{1,14}\s*(?:\bor\b|\bnor\b|或|或者|和|、|/)\s*(?:a\s+|an\s+|any\s+)?$")
TARGET_BEFORE = (
    r"(?:申报|报考|报名|报|申请|考(?![了过取到完下的])|冲|升到|升至|升为|考虑|还是|或者|\bor"
    r"|(?:怎样|怎么|如何|点样|才能|先可以|先能|想|要|希望|目标是?)[^，,。？?]{0,4}考到"
    r"|apply(?:ing)?\s+(?:for|to)|\btake\b|\btaking\b|\bsit\b|go\s+for|aim(?:ing)?\s+for|register(?:ing)?\s+for"
    r"|\b(?:wants?|wanna|would\s+like|hop(?:es|ing)|plans?|planning|trying)\s+(?:to\s+(?:get|take|do|sit|earn|apply\s+for)\s+)?(?:the\s+|a\s+|my\s+|her\s+|his\s+)?"
    r"|requirements?\s+(?:for|of)|conditions?\s+(?:for|of)|eligible\s+for|qualify\s+for|upgrade\s+to|move\s+up\s+to"
    r"|get\s+to|\breach\b|what\s+about|how\s+about|\bbecom(?:e|ing)\b|(?:exam|test|assessment)\s+for"
    r"|\bwant(?:\s+to\s+(?:get|do|take))?|would\s+like|hope\s+to\s+get|plan(?:ning)?\s+to\s+(?:get|take)"
    r"|\btowards?"
    # "am I elegible for L1": the question frame says target whatever word sits between
    r"|\b(?:am|can|could|may|will|do|should)\s+i\b[^.,;!?]{0,25}?\bfor"
    r"|\b(?:can|could|may|should)\s+(?:i|we|she|he|they)\s+(?:now\s+|already\s+|directly\s+|also\s+)?(?:do|get|try))"
    # ("我能考那个五级证吗": the one to take; "能不能先去考那个直播销售员五级证": with its job type named)
    r"\s*(?:the\s+|a\s+|an\s+|(?:那个|这个|个|一个)(?:\s*(?:(?:商品)?选品员|直播销售员|视频创推员|平台管理员)(?:的)?)?)?$"
)
# A job type offering a level ("平台管理员 has level 1", "选品员有一级吗" asks the same): not a level held.
TRACK_HAS_BEFORE = (r"(?:(?:商品)?选品员|直播销售员|视频创推员|平台管理员|\btrack|\btype|\bjob|administrators?|admins?|selectors?|salespersons?"
                    r"|salespeople|creators?|promoters?)\s*(?:现在|而家|也|都|已经|还|真的|竟然|now|also|really|already)?\s*(?:has|have|had|有没有|有)\s*(?:a\s+|an\s+)?$")
# A school one plans to attend ("打算明年去读个成人大专", "之后想读大专", "planning to do a degree"): not a diploma held.
SCHOOL_PLANNED_BEFORE = (r"(?:想|打算|准备|计划|考虑|将来|以后|之后|明年|后年|要不要|该不该|应不应该)(?:回去|去|再|要|先)?(?:读|上|考|报)(?:埋)?(?:个|一个|一下)?[^，,。]{0,4}$|(?:想|打算|准备|希望|计划|想要|将来|以后)(?:去|到)\s*$|(?:回去|重新)(?:读|上)(?:个|一个)?[^，,。]{0,4}$|\b(?:plan(?:ning)? to|want to|going to|will)\s+(?:do|study|get|take|start|attend)\b[^.,]{0,12}$|\b(?:or|should i|then|by)\s+(?:do|doing|study|studying|go\s+to|going\s+to|get|getting|take|taking)\s+(?:a\s+|an\s+)?$|(?:想|打算|准备|计划)[^，,。？?]{0,6}(?:读|上)(?:埋)?(?:个|一个)?[^，,。]{0,2}$|\b(?:moving|going|transferring|progressing|move|go)\s+(?:on\s+)?(?:up\s+)?(?:to|into)\s*(?:a\s+|the\s+)?$|(?:升读|升上|升入|转读|然后读|再读|之后读|才读|接着读)\s*$"
                         # ("which university in china has the best live commerce major?", "哪所大学"): a school asked about
                         r"|\b(?:which|what|best|good|top|a\s+good)\s+$|(?:哪个|哪所|哪间|边间|什么|啥|好的|最好的)\s*$"
                         # ("my son is picking a 高职 rn", "在挑中专"): a school being chosen, none attended yet
                         r"|\b(?:picking|choosing|deciding\s+on|looking\s+(?:at|for)|applying\s+(?:to|for)|pick|choose)\s+(?:a\s+|an\s+|the\s+|which\s+)?$|(?:挑|选|择|揀|拣)(?:个|一个|一间|间|所|一所)?\s*$")
# A school where the person teaches or works is not their schooling ("我喺職校教直播電商", "技校的老师",
# "I teach at a vocational school"): before the school, and just after it.
TEACHES_AT_BEFORE = (r"(?:\bteach(?:es|ing)?|\blectur(?:e|er|ing)|\binstructor|\bteacher|\bwork(?:s|ing)?)\s+(?:at|in|for)\s+(?:a|an|the|my|our)?\s*[\w-]{0,12}\s*$|(?:任教于|执教于|受聘于)\s*$"
                     # ("a trainer partnering with a vocational college", "和一所职业学院合作"): the school worked with
                     r"|\b(?:partner(?:ing|ed|s)?|cooperat\w*|collaborat\w*|working)\s+with\s+(?:a|an|the|my|our)?\s*[\w-]{0,12}\s*$|(?:和|跟|与)一[所间家个]\s*$")  # (not "有四级，和大专市场营销文凭": a diploma held as well)
TEACHES_AT_AFTER = (r"^(?:院校|学院|学校)?(?:[\u4e00-\u9fff]{1,8}?(?:专业|系))?(?:里|里面|那边|度)?\s*(?:教|任教|执教|当老师|做老师|当讲师|做讲师"
                    # (not the teacher quoted: "我们学校是高职 老师说我们专业是经过评估论证的")
                    r"|的?(?:老师|讲师|教师|班主任|辅导员)(?!\s*(?:都|也|就)?(?:说|讲|话|告诉|跟我|同我|讲过|说过))|的?教务|的?招生|教书|上班|打工|工作)|^\s*(?:teacher|lecturer|instructor|class\s+advis[eo]r|homeroom)")
# Schools weighed against each other before choosing ("choosing between a 大专 and a technician college", "读大专还是读技师学院好")
CHOOSING_SCHOOLS = (r"\b(?:choosing|deciding|picking|torn)\s+between\b|\b(?:should i|do i)\s+(?:go to|pick|choose|apply to)\b"
                    r"|(?:读|上|选|报)(?:中职|中专|技校|技工学校|技师学院|高职|大专|本科)[^，,。？?]{0,10}还是(?:读|上|选|报)?(?:中职|中专|技校|技工学校|技师学院|高职|大专|本科)"
                    r"|(?:纠结|犹豫|考虑)[^，,。？?]{0,6}(?:读|上|选|报)(?:哪|什么)")
# Several kinds of school in one list ("技工学校、技师学院、高职").
SCHOOL_LIST = r"(?:技工学校|技校|技师学院|中职|中专|高职|大专|本科)\s*[、/和或与]\s*(?:技工学校|技校|技师学院|中职|中专|高职|大专|本科)"
# A past year right before taking the exam ("2022年考五级", "去年考了四级"): the level is held.
# A level followed by asking whether it can be applied for ("4级能报不", "四级可以报吗", "三級得唔得"): a level wanted
ASKS_TO_APPLY_AFTER = r"\s*(?:证书?)?\s*(?:能报|能考|可以报|可以考|能不能[报考]|可不可以[报考]|可唔可以[报考]|[报考]得|能申报|可以申报|行不行|得唔得|ok吗)"
# "我二級2024年攞 一級其實要幾耐": how long until that level, asked (not "做到一级要多少年", the way up to it)
HOW_LONG_UNTIL_AFTER = (r"\s*(?:其实|到底|大概|一般|最快)?(?:还)?(?:要|需要|得)(?:等)?(?:多久|几耐|几年|多少年|多长时间)"
                        r"|\s*(?:几时|什么时候)(?:可以|能|先)(?:报|考|申报)?")
# ("我2023年才拿四级", Cantonese "我2023年先攞四級": not until then, held; "先" only for a year before this one, where
# it cannot be a plan)
PAST_YEAR_BEFORE = (r"(?:(?:(?:19\d{2}|20[01]\d|202[0-6])\s*年(?:\s*\d{1,2}\s*月)?(?:份|初|中|底)?|(?:去年|前年|上年)(?:\s*\d{1,2}\s*月(?:份)?)?)\s*(?:才|终于)?"
                    r"|(?:(?:19\d{2}|20[01]\d|202[0-5])\s*年(?:\s*\d{1,2}\s*月)?(?:份|初|中|底)?|(?:去年|前年|上年)(?:\s*\d{1,2}\s*月(?:份)?)?)\s*先)"
                    r"\s*(?:考|拿)(?:了|到|到了|埋)?\s*$")
# The occupation's and job types' Chinese names (the labels below name a certificate with them; _JOB_NAME adds the rest)
_JOB_TYPE_NAMES = r"(?:商品)?选品员|直播销售员|视频创推员|创推员|平台管理员|互联网营销师"
HELD_BEFORE = (
    PAST_YEAR_BEFORE + r"|"
    r"(?:有|持有|持|拿了|拿到了?|拿的|取得了?|获得了?|考了|考咗|拿咗|攞咗|攞到|考过|考取了?|考到了?|考的|通过了?|已是"
    # ("下一步是技师吗": the next level named, not one held)
    r"|(?<!下一步)(?<!下一个)(?<!下一级)(?<!接下来)(?<!再往上)(?<!往上)(?<!然后)(?<!之后)(?<!以后)是"
    r"|(?<![没冇未不])过了|(?<![没冇未不])过咗"  # "我去年过了四级": passed it
    r"|\bhold|\bheld|\bhave|\bhas|\bhad|\bgot|obtained|earned|passed|received|\bown|possess|i'm|i\s+am|(?<!bother\s)(?<!bothering\s)\bwith|already"
    r"|(?<!not\s)(?<!n't\s)(?<!never\s)(?<!yet\s)\b(?:finished|completed)"
    r"|\bsince\s+(?:getting\s+)?(?:my|the)"
    r"|(?:我|i'?m|i\s+am)\s*(?:现在|目前|而家|currently|now|already)\s*(?:是|at)?"
    r"|\b(?:i'?m|i\s+am)\s+(?:(?:currently|now|already)\s+)?(?:at|on))"  # "So I'm at level 3 now as a product selector"
    r"\s*(?:了|的|a\s+|an\s+|my\s+|the\s+|their\s+|his\s+|her\s+|our\s+)?$"
    r"|(?:我|她|他)(?:有|持有)\s*一?[个张本]\s*$"  # "我有個五級 2022年12月發證": a certificate held, its word left out
    r"|(?:我|佢|她|他)(?:其实|只|都|仲)?得\s*$"  # Cantonese "only have" ("我其實得四級"), not Mandarin "得考" (must take)
    r"|(?:证书|证|certificate|cert|certification|qualification)\s*[(（]\s*$"
    # ("my cert says 互联网营销师 (四级/中级工)(选品员)", "证书上写的是互联网营销师（三级）": the level printed on it)
    r"|(?:\b(?:cert|certificate)\s+(?:says|reads|shows)|证书?上(?:面)?(?:写|印)(?:的是|着|住|咗)?)[^,，。.?？]{0,16}?[(（]\s*$"
    # "持证：四级", "cert: 选品员 L5", "my certs: 五级": a certificate's label, then its level (not "目标证书：三级")
    r"|(?<!目标)(?<!想要)(?<!想考)(?:持证\s*[:：]?|(?:证书|证|\bcerts?|\bcertificates?)\s*[:：])\s*(?:(?:" + _JOB_TYPE_NAMES + r")\s*)?$"
)
# A certificate promised by someone selling a course ("说包过拿三级证", "承诺一个月拿到四级"): not one held.
PROMISED_BEFORE = (r"(?:包过|保过|包拿证|稳过|一定过|保证|承诺|号称|包)(?:能|可以|会)?(?:拿|考|拿到|考到|拿下)?(?:个|一个|张|一张)?\s*$"
                   # ("a course … that promises level 3 certificate in 3 months", "a purchase link for a level 3 … certificate")
                   r"|\b(?:promis\w*|guarantee\w*|sells?|selling|offers?|offering|buy|buying|purchas\w*|get\s+you)\s+(?:(?:you|me|a|an|the|link\s+for\s+a|link\s+to\s+a)\s+)*(?:internet\s+marketer\s+)?$")
# The occupation may sit between a level and "certificate": "L3 video creator cert", "三级直播销售员证书".
_JOB_NAME = (_JOB_TYPE_NAMES + r"|营销员|product\s+selector"
             r"|live[\s-]*stream(?:ing)?\s+sales(?:person)?|video\s+creator(?:[\s-]+promoter)?|platform\s+admin(?:istrator)?"
             r"|internet\s+market(?:er|ing)")
# An exam of a level failed: no certificate of it ("考的五级直播销售员没过", "四级挂了", "failed the L4 theory twice").
FAILED_AFTER = (r"\s*(?:(?:" + _JOB_NAME + r")\s*)?(?:的)?(?:证书?|考试|理论|实操|技能)?\s*"
                r"(?:又|都|还是)?(?:没过|没有过|没通过|没有通过|冇过|唔过|未过|挂了|挂咗|挂科|不及格|落榜|\bnot passed\b)"
                # ("三级只系考了理论 实操未过": one part passed, the other not, so no certificate)
                r"|\s*(?:只|只是|只系|净系|仅)?\s*(?:考了|考咗|过了|通过了?|考过)?\s*理论(?:部分)?\s*[，,\s]?\s*(?:但|可是|不过)?\s*(?:实操|技能)(?:考核|部分)?\s*"
                r"(?:没过|没有过|没通过|冇过|未过|唔过|挂了|挂咗|不及格|\bfailed\b)")
FAILED_BEFORE = r"\b(?:failed|flunked|didn'?t pass|did not pass|haven'?t passed|not passed)\s+(?:the\s+|my\s+|our\s+)?$|考砸了?(?:的)?\s*$"
# "去年考了直播销售员五级", "passed 直播销售员 level 4": the occupation between the verb and the level.
HELD_BEFORE = HELD_BEFORE + (r"|(?:(?:证书?|cert(?:ificate)?)\s*(?:是|系)|通过了?|拿过|考了|考咗|拿咗|攞咗|考过|考到了?|考取了?|拿了|拿到了?|取得了?|已经有|持有|我有|(?<![没冇沒先])有|我(?:自己|本人)?是|(?:^|(?<=[\s，,。]))(?:他|她|佢)(?:自己|本人)?是|(?:我|她|他|佢)?(?:已经|早就|都已经|早已)(?:是|系)|\bi'?m|\bi\s+am|有[个位](?:学员|学生|人)?是|现在是|(?:我|i'?m|i\s+am)\s*(?:现在|目前|currently|now)|拿的|考的|取得的|获得的|\bpassed|\bfinished|\bcompleted|\bgot|\bhold|\bholds|\bhave|\bhas|\bwith)\s*(?:是|系)?\s*(?:a\s+|an\s+|my\s+|一?[个张本])?(?:" + _JOB_NAME
                             # another occupation's certificate held ("One learner holds 全媒体运营师 四级")
                             + r"|电子商务师|电商师|全媒体运营师|营销师|营销员|all-media\s+operator|e-?commerce\s+specialist)\s*(?:的)?\s*$")
# A certificate held, named first and its level after ("我有2018年嘅營銷員職業資格證書 四級中級", "I got an old
# 营销员 职业资格 certificate, level 4"): read on the text before the level, across one comma.
HELD_THEN_LEVEL = (r"(?:我有|我持有|我拿了?|我考了?|我取得了?|\bi\s+(?:got|have|hold|obtained|earned|passed)|\bi've\s+got)"
                   r"[^。.;；!！?？]{0,40}?(?:证书|证(?!明)|certificate|cert\b)\s*[,，:：]?\s*(?:at\s+|of\s+|是|系)?\s*$")
# Words asking to take or be judged for a level, just before it ("eligible for level 1 in Dec 2026", "can i do level 3 in 2026")
ASKS_FOR_LEVEL_BEFORE = (r"(?:eligible|qualif\w*|apply(?:ing)?|take|taking|sit|sitting|do|go\s+for|register|sign\s+up|get|reach|pass|报|考|申报?|升|拿)"
                         r"\s*(?:for\s+|to\s+)?(?:the\s+|my\s+|a\s+)?$")
# A level with the date it was had ("B: L5 from Feb 2022", "L3 since 2021", "level 4 (2023)"): a certificate held.
# What people call a job type in English between a level and its date ("level 4 live selling since june 2021")
JOB_SAID_EN = (r"(?:live[\s-]*(?:stream(?:ing)?[\s-]*)?(?:selling|sales|seller|salesperson|host(?:ing)?)|live[\s-]*stream(?:ing)?|product\s+select(?:ion|or)"
               r"|video\s+creat(?:ion|or)(?:[\s-]*promoter)?|platform\s+admin\w*)")
HELD_DATE_AFTER = (r"\s*(?:" + JOB_SAID_EN + r"\s+)?"
                   r"(?:cert(?:ificate)?\s*)?(?:from|since|in|obtained|got)\s+(?:(?:early|mid|late)\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d{2}(?!\d)"
                   r"|\s*[(（]\s*(?:19|20)\d{2}\s*[)）]"
                   # "四级（2023.05）", "L4 / 2022-06", "五级 ✅ 2024年2月", "三级 here, cert dated 1 March 2022": a level written
                   # down with the month it was had, or ticked, or said to be here (a date to come is left to the caller)
                   r"|\s*(?:(?:" + _JOB_NAME + r"|电子商务师|电商师|全媒体运营师|营销师)\s*)?(?:证书?)?\s*(?:[(（)）/／|｜:：✅✔☑,，-]\s*)+(?:19|20)\d{2}\s*(?:[.\-/]\s*\d{1,2}(?!\d)|年\s*\d{1,2}\s*月)"
                   # ("五级 2024年2月 ✅", "持证 四级 2024.07 直播", "五级 2021-12 ❌ lost the paper": a level and the month it came)
                   r"|\s+(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?!\s*(?:前|之前|以前|开始|起|报名|要|想|打算|考试时间|才能|可以|能))"
                   r"|\s*(?:(?:" + _JOB_NAME + r")\s*)?(?:证书?)?\s*[✅✔☑]"
                   r"|\s*(?:here|in\s+hand)\b(?!\s*(?:is|are|'s))|\s*[,，]?\s*cert(?:ificate)?\s+(?:dated|issued)\b")
JOB_NAME = _JOB_NAME  # the occupation's and job types' names (not words about work: "直播销售员" says no work was done)
CERTIFICATE_AFTER = (r"\s*(?:的)?(?:" + _JOB_NAME + r")?(?:的)?(?:职业)?(?:技能)?(?:等级|资格)?(?:证书|证(?!明))"
                     # ("L5 live-stream seller cert": what people call the job type, between the level and "cert")
                     r"|[\s-]*(?:(?:" + _JOB_NAME + r"|live[\s-]*(?:stream(?:ing)?[\s-]*)?(?:seller|selling|sales|host|anchor)|product\s+selection"
                     r"|video\s+(?:creation|creator|promoter)(?:[\s-]*promoter)?|(?:商品)?选品|直播(?:带货|销售)?|带货|视频创推|平台管理)\s*[,，]?\s*)?(?:certificate|cert\b|certification|qualification|holder)")
# A level named as a prerequisite asked about ("二级要不要先有三级证？", "是否必须先考四级"): neither held nor wanted.
PREREQUISITE_BEFORE = (
    r"(?:要不要|需不需要|用不用|是否要|是否需要|是否必须|需要|必须|一定要|得|要)\s*先\s*(?:有|拿|考|持有|取得|拿到|考到)?\s*$"
    r"|(?:要不要|需不需要|用不用|是否要|是否需要|是否必须|需要|必须|一定要)\s*(?:有|持有|持)\s*$"  # "要不要有二级证才能教四级"
    r"|(?<![平同初中高])(?:要|得)?等(?:到|我|你|他|她)?\s*(?:拿到|考到|考完|考过|拿了)?\s*$"  # "要等五级证拿到后再满四年吗": a certificate waited for
    r"|\bneeds?\s+(?:to\s+(?:have|hold|get)\s+)?(?:a|an|the)\s+$|\brequires?\s+(?:a|an|the)\s+$")  # "do learners need a Level 5 cert before Level 4?"
TARGET_AFTER = (r"\s*(?:需要|要什么|要哪些|要多久|要几年|的条件|条件|要求|的要求|怎么|能报|可以报|能考|可以考|吗|呢"
                r"|能不能[考报]|可不可以[考报]|可唔可以[考报]|[考报]不[考报]得|[考报]唔[考报]得|得不得|行不行)"
                r"|\s*(?:最快|最早|大概)?(?:什么时候|啥时候|几时|何时|要等到|等到)\s*(?:才)?(?:能|可以|可)?\s*(?:报|考|申报|报考)"
                r"|\s*(?:exam|test|assessment|requirements?|conditions?|eligibility)|\s+next\b")
# "五级应该够了吧", "五級梗係夠啦", "level 5 should be fine right": the years asked to be enough for a level, never a level held
ENOUGH_FOR_IT_ASKED = (r"\s*(?:(?:应该|肯定|总|当然|梗系|梗係|绝对)\s*)?(?:是)?(?:够(?:了|格)?|没问题|冇问题|无问题|有戏)\s*(?:吧|吗|嘛|啦|了吧|了没|未|没有|了不|啊|呀|喇|咯|嘅|㗎|$)"
                       r"|\s+(?:should\s+be|is\s+(?:surely|definitely))\s+(?:fine|ok(?:ay)?|enough|no\s+problem)\b")
# "does the degree let me skip level 5?", "能不能跳过五级": the level above the skipped one is asked about.
SKIP_LEVEL = (r"(?:\bskip(?:ping)?|\bbypass|jump\s+over|跳过|越过|绕过|不考|不用考|免考|不经过)\s*(?:the\s+)?"
              r"(?:level\s*|lvl\s*|lv\.?\s*|l)?(?P<level>[1-5一二三四五])(?:\s*级)?")
# A level gone to straight ("直接考三级", "start at 四级", "jump straight to level 4"): the level asked.
STRAIGHT_TO_LEVEL = (r"(?:直接|一嚟就|一来就|一开始就)\s*(?:考|报|申报|上|攞)\s*(?:(?:互联网营销师|直播销售员|选品员|视频创推员|平台管理员)\s*)?(?:(?P<level>[1-5一二三四五])\s*级|(?P<named>高级技师|技师|初级|中级|高级)(?!职称|职业))"
                     # ("can I start at 四级", not "or do I have to start at 5": the level one must start from)
                     r"|\b(?:(?:can|could|may)\s+(?:i|we|she|he|they)\s+(?:just\s+)?(?:start|begin)\s+(?:at|from|with)|(?:start|begin)\s+(?:straight|directly)\s+(?:at|from|with)"
                     r"|jump\s+(?:straight\s+)?to|go\s+straight\s+(?:to|for)|skip\s+(?:straight\s+)?to)\s+(?:(?:level\s*|lvl\s*|l)?(?P<level2>[1-5])\b|(?P<level3>[一二三四五])\s*级)")
# A certificate to be issued or given ("issue a 三级 certificate", "给学员发一张三级证", "帮我办个四级证"): not held.
ISSUED_BEFORE = r"(?:\bissue|\bgrant|\baward|颁发|发放|(?:给|帮)[^，,。]{0,6}(?:发|办|开|出)(?:一张|一个|个|张)?|(?<!出)发(?:一张|一个|个|张)|办(?:一张|一个|个|张))\s*(?:me\s+|him\s+|her\s+|them\s+)?(?:a\s+|an\s+|the\s+|my\s+)?$"
# An example or a supposition named just before the level ("比如有三级的多给3000", "e.g. a level 3 holder"): nobody's.
EXAMPLE_BEFORE = r"(?:比如|例如|譬如|假如|假设|\be\.?g\.?|for\s+example|for\s+instance|\bsay)\s*(?:说)?\s*(?:有|持有|拿了?|考了?|a\s+|an\s+|someone\s+with\s+(?:a\s+)?)?$"
# A job hired for, with what follows it ("我们公司招主播", "we're hiring 选品员"): not the speaker's job type.
HIRING = (r"(?:招聘?|聘请?|\bhir(?:e|es|ed|ing)\b|\brecruit\w*|looking\s+for)\s*[^，,。.;；!！?？]{0,10}"
          r"|帮[^，,。.;；!！?？]{0,8}?问"  # "帮两个主播问一下": the people asked for, not the asker
          r"|(?:旗下|手下|签约)的?(?:的)?[^，,。.;；!！?？]{0,6}")  # "给旗下主播做个职业规划": the agency's people
NEXT_LEVEL = (r"下一级|高一级|上一级|升一级|更高一级|next\s+level|one\s+level\s+up|the\s+level\s+above|level\s+up",)

# The top of a job type's ladder, said as a rule ("平台管理员最多考到三级", "it only goes up to level 3"): no level wanted.
TOP_OF_TRACK_BEFORE = (r"(?:(?:最多|最高|顶多)只?(?:能|可以)?(?:考|升|去)?(?:到|至)?|只(?:能|可以)?(?:考|升|去)?(?:到|至))(?:第)?\s*$"
                       r"|\b(?:only\s+)?(?:goes|go|runs)\s+(?:up\s+)?to\s*$|\btops?\s+out\s+at\s*$|\b(?:max(?:imum)?|highest(?:\s+level)?)\s+(?:is\s+)?$")
# A level asked about as an alternative or a first step, not held: "还是只能五级？", "so level 5 ok?",
# "考住五级先，等出年毕业再考四级" (the bare level beside a wanted one would otherwise read as held).
ASKED_LEVEL_BEFORE = (r"(?:还是|或者|定系|定係|抑或|只能|只可以|只可|只报|先考|先报|考住|\bor|\bor\s+just|\bor\s+only)\s*"
                      r"(?:只能|只可以|直接|先|报|考|do|take|apply\s+for|the\s+)?\s*$")
ASKED_LEVEL_AFTER = r"\s*(?:先|ok\b|okay\b|行吗|行不行|可以吗|可以不|得唔得|得不得|啱唔啱|[?？]|first\b)"
# A level something is asked to count as, not a level held: "能当五级证书用来报四级吗", "does it count as level 4?"
COUNTS_AS_BEFORE = (r"(?:当|当作|当成|算作|视为|视作|等同于?|等于|相当于|代替|替代|抵|顶替|\bcounts?\s+as|\bcounted\s+as"
                    r"|\bequivalent\s+to|\bsubstitute\s+for|\bin\s+place\s+of|\binstead\s+of|\breplace)\s*(?:一?[个张]|an?\s+|the\s+)?$")
START_FROM_BEFORE = r"(?:从|由)\s*(?:最低的?)?$|\b(?:start|begin)(?:ing)?\s+(?:from|at|with)\s*" + "['\"\u2018\u201c]?" + r"\s*$"
# A level one would come to hold, not one held ("how long until I could hold level 3?", "to reach level 2")
HOLD_TO_COME_BEFORE = (r"\b(?:until|till|before|to)\s+(?:i|she|he|they|we)?\s*(?:could\s+|can\s+|would\s+|will\s+|might\s+)?"
                       r"(?:hold|have|get|reach|be\s+at)\s*$")

# ("no other certs" beside a certificate told is no "no certificate": the words other/more/extra are left out)
NO_CERTIFICATE = (
    r"证(?:书)?(?:都|也|还|一直)?(?:没|冇|未)(?:有)?(?:考|拿)(?:过|到)",  # "营销员证没考过"
    r"(?:啥|什么|乜|咩|任何)(?:职业|技能|等级)*证(?:书)?(?:都|也)?(?:没有?|冇|无)",  # "啥证没有", "什么证都没有"
    r"(?:没有|没|无|未|还没有?|冇|未有)(?:拿到|取得|获得|考到|考取|考过|拿过|任何|过|的|咗|考|啥|什么|大陆|内地|国内)*(?:职业|技能|等级|资格)*(?:证书|证照|证)(?!明)",
    r"\b(?:no|without|(?:don't|do\s+not|doesn't)\s+have\s+(?:a|any)|(?:haven't|have\s+not)\s+got\s+(?:a|any)"
    r"|never\s+(?:got|obtained|had)\s+(?:a|any)|lack\s+(?:a|any))\s+"
    r"(?:(?!level|technician|worker|completion|training|graduat|diploma|other|more|additional|extra|further)[\w-]+\s+){0,2}?certific(?:ate|ation)s?\b",
    r"\b(?:no|without|zero)\s+(?:any\s+)?(?:(?!completion|training|graduat|other|more|additional|extra|further)[a-z-]+\s+)?(?:certs?|certificates?|certifications?|证书|证)(?:\b|(?=\s|$))|\buncertified\b"
    r"|\b(?:none|not\s+one|neither)\s+(?:of\s+(?:them|us|the\s+\w+)\s+)?(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?certified\b",
    r"零基础|从零开始|从头开始|\bfrom\s+(?:scratch|zero)\b|\bcomplete\s+beginner\b",
    # ("原来我嗰张系培训机构嘅结业证 唔系五级证", "turns out mine is a training certificate, not level 5"): the paper
    # taken for a level's certificate found to be another, so none held
    r"(?:原来|其实|发现|搞错|睇返|看了一下|看了下|仔细看)[^。]{0,24}(?:结业证|培训证|培训证书|结业证书|合格证|证明)[^。]{0,8}(?:不是|唔系|并非|而不是|不系)\s*(?:[一二三四五]\s*级|技师|高级技师)(?:的)?\s*(?:证|证书)"
    r"|(?:原来|其实)[^。]{0,6}(?:那张|张证|个证|的证|那个证)[^。]{0,4}(?:是|系)[^。]{0,10}(?:结业证|培训证|培训证书|结业证书)(?![^。]{0,6}(?:和|同|跟|还有|仲有))"
    r"|\b(?:turns\s+out|actually|i\s+checked)\b[^.]{0,30}\b(?:training|completion)\s+cert\w*[^.]{0,12}\bnot\s+(?:a\s+|the\s+)?(?:level|l|lvl)\s*[1-5]\b",
    # "冇做過直播", "never streamed before": none of this work (other work may have been done)
    r"(?:从来)?(?:没有?|冇|未曾?)(?:正式)?(?:做|干|搞|开)过(?:直播|带货|主播|直播带货)|\bnever\s+(?:done\s+(?:any\s+)?(?:live[- ]?stream\w*|live\s+selling)|streamed|hosted\s+a\s+live)",
    # "冇考過五級", "五级都没考过", "never took level 5": not even the lowest level, so no certificate
    r"(?:没有?|冇|未|从没|从来没有?)(?:考过|考|参加过|报过)(?:任何)?(?:互联网营销师|直播销售员|选品员|视频创推员|平台管理员)?(?:的)?(?:五级|初级工?)"
    r"|(?:五级|初级工?)(?:证书?)?(?:都|也|还)(?:没有?|冇|未)(?:考|拿)"
    r"|\bnever\s+(?:took|taken|sat|did|passed|got)\s+(?:the\s+)?(?:level\s*5|l5|lvl\s*5)\b",
    # "一张证都没有", "啥证都没考过", "任何证书都没有"
    r"(?:一[张个本]|什么|啥|任何|半张)(?:职业|技能|等级|资格)*(?:证书|证)(?!明)(?:都|也)(?:没|冇|未|无)",
    # "证书啥的都没有", "证什么的也没考": certificates and the like, none
    r"(?<!明)(?:证书|证)(?:啥的|什么的|之类的|乜嘢|咩嘢)(?:都|也)(?:没|冇|未|无)",
    r"\bnever\s+(?:bothered\s+(?:with|to\s+get)|took|taken|did|done|sat|passed|went\s+for)\s+(?:any\s+|a\s+|the\s+)?"
    r"(?:certs?|certificates?|certifications?|exams?|tests?|assessments?)\b"
    r"|\b(?:haven't|have\s+not|hasn't|has\s+not|didn't|did\s+not)\s+(?:ever\s+)?(?:taken|take|sat|done|passed|got|gotten)\s+"
    r"(?:any|a|an|the)\s+(?:(?!completion|training|graduat)[a-z-]+\s+)?(?:certs?|certificates?|certifications?|exams?|tests?|assessments?)\b",
)

# Holding a certificate whose level is not said: "我有证书", "I have a cert". Said by the asker about
# themselves, not asked about the rules ("报三级要有证书吗") or supposed ("如果我有证书").
HOLDS_CERTIFICATE = (
    r"(?<!如果)(?<!假如)(?<!要是)(?:我|本人|已经|已)(?:已经|已|也|都|现在|目前|手上|手里)*"
    r"(?:有|持有|拿了|拿到了?|拿过|拿|考了|考到了?|考过|考取了?|取得了?|获得了?)(?:一[个张本])?的?"
    r"(?:职业)?(?:技能)?(?:等级|资格)?(?:证书|证(?!明))",
    r"(?<!if\s)(?<!whether\s)\b(?:i\s+(?:have|hold|got|obtained|earned|passed)|i've(?:\s+got)?)\s+(?:a|an|my|the|one)\s+"
    r"(?:(?!completion|training|graduat|diploma|degree)[\w-]+\s+){0,2}?(?:certificate|cert|certification)\b"
    r"|\bi(?:'m|\s+am)\s+certified\b",
)

_TRAINING_FILLER = r"(?:任何|相关|正规|的|/|" + _ZH_LEVEL_WORDS + r")*"
# "the level-1 training", "the senior technician training", "my L2 training"
_EN_LEVEL_NAME = (r"(?:level[\s-]*\w+|l[1-5]|lvl\.?[\s-]*[1-5]|senior\s+technician|technician"
                  r"|(?:senior|intermediate|junior|advanced)(?:\s+worker)?|entry[\s-]+level)")
_EN_TRAINING = (r"(?:any\s+|the\s+|a\s+|my\s+)?(?:formal\s+)?(?:" + _EN_LEVEL_NAME + r"[\s-]+)?(?:formal\s+)?training")
# The hours of a course said with it ("60课时的一级培训", "a 60-hour prep course", "上咗80個鐘"): two or three digits.
TRAINING_HOURS = r"(?<!\d)(?P<hours>\d{2,3})\s*(?:个|個)?\s*(?:标准)?(?:学时|课时|小时|钟头|鐘|钟)|(?<!\d)(?P<hours_en>\d{2,3})[\s-]*(?:hours?|hrs?)\b"
TRAINING_NO = (
    # ("but the 结业证书 hasnt been issued yet", "结业证还没发"): the training's certificate not had yet
    r"结业证书?[^，,。.;?]{0,16}(?:hasn'?t|has\s+not|haven'?t|not\s+yet|wasn'?t|还没|未|没有?|冇)\s*(?:been\s+)?(?:issued|given|received|sent|out|发|下来|拿到|到手|出)",
    # (not "有没有…培训", a question)
    r"(?<!有)(?:没有?|未|无|还没有?|没能|不曾)(?:参加|参与|上|去|经过|做|完成|拿到|取得|接受)?过?" + _TRAINING_FILLER + "培训",
    r"培训还?(?:没有?|未)(?:完成|结束|结业|参加|拿到)",
    r"(?:没有?|未|无)(?:拿到|取得)?(?:培训)?结业证",
    r"结业证书?(?:还|仍)?(?:没有?|未|冇)(?:发|拿到|拿|下来|到手|出)",  # "上完了培训但结业证书还没发": not yet completed
    r"(?:正在|还在)(?:参加)?" + _TRAINING_FILLER + "培训|在培训中",
    r"\b(?:no|without)\s+" + _EN_TRAINING,
    r"\b(?:haven't|have\s+not|hasn't|didn't|did\s+not|not|never)\s+(?:yet\s+)?(?:done|taken|take|do|attend|attended"
    r"|complete|completed|finish|finished|had|received|did|got|get|go\s+through|went\s+through|gone\s+through)\s+"
    + _EN_TRAINING,
    # Any negation shortly before "training" ("never bothered with the formal training"): when in
    # doubt, training is NOT assumed, the answer then names the route that does not need it.
    # (not the place that trains: "that's not what the training centre told me")
    r"\b(?:never|no|not|without|didn't|haven't|hasn't|don't|doesn't)\b[^.,;!?]{0,25}\btraining(?!\s+(?:cent(?:re|er)s?|schools?|institut\w*|providers?|compan\w*|org\w*|agenc\w*|teachers?|staff))",
    r"(?<!有)(?:从来?没|从未|没)[^，,。；;]{0,8}培训(?!机构|学校|中心|老师|班说|班讲)",
    r"\bnot\s+(?:been\s+)?trained|\buntrained\b|training\s+(?:is\s+)?(?:still\s+)?not\s+(?:yet\s+)?(?:finished|completed|done|over)",
    r"\b(?:currently|still)\s+(?:in|doing|taking|attending)\s+" + _EN_TRAINING,
    r"\bno\s+(?:training\s+)?completion\s+cert(?:ificate)?\b",
    # a completion certificate still to get ("before you can even get a training completion certificate for level 1")
    r"\b(?:before|to|can|could|must|need\s+to|have\s+to|will)\s+(?:\w+\s+){0,3}?(?:get|obtain|receive)\s+(?:a|an|the|your|their)?\s*(?:training\s+)?completion\s+cert",
    # a course planned, not taken ("公司諗住出錢送佢去上72個鐘嘅一級培訓，攞埋結業證書先報", "we plan to send her on the
    # level 1 training"): not done yet
    r"(?<![不唔没冇])(?:想|打算|准备|谂住|计划)(?:着)?[^，。；;？?\s]{0,10}(?:去)?(?:上|参加|读)(?![了过完])[^，。；;？?\s]{0,14}培训",
    r"\b(?:plan(?:s|ning)?|going|intend(?:s|ing)?|want(?:s|ing)?|will|gonna)\s+(?:to\s+)?(?:send\s+\w+\s+(?:on|to)|do|take|attend|join|enrol\w*|sign\s+up\s+for)\s+"
    + _EN_TRAINING,
)
TRAINING_YES = (
    r"(?:参加了|参加过|完成了?|上过|上完了?|读完了?|经过了?|做过|接受了?|结束了)" + _TRAINING_FILLER + "培训",
    r"结业证书?(?:也|都)?(?:拿到?|取得|领到?)了",  # "学时够了，结业证也拿了"
    r"参加" + _TRAINING_FILLER + "培训了|培训过",
    r"培训(?:已经?|也)?(?:结业|完成|合格|结束|通过)",
    r"(?:有|拿到了?|取得了?|获得了?|拿了)(?:培训)?结业证",
    r"\b(?:got|have|has|had|received|hold|holds|with)\s+(?:a|the|my|her|his|their)?\s*(?:training\s+)?结业证",
    # ("she took our 80-hour 一级 course"): a course for a level, named in Chinese or by its number
    r"\b(?:completed|finished|done|did|attended|took|passed)\s+(?:a|an|the|my|our|her|his|their)?\s*(?:\d{2,3}[\s-]*(?:hours?|hrs?)\s+)?"
    r"(?:[一二三四五]\s*级|level\s*[1-5]|l[1-5])[\s-]+(?:prep(?:aration)?\s+|training\s+)?course\b",
    r"\b(?:completed|finished|done|did|attended|took|passed)\s+" + _EN_TRAINING,
    # "finished a 60-hour senior technician course": a course for a level is its training
    r"\b(?:completed|finished|done|did|attended|took|passed)\s+(?:a|an|the|my)?\s*(?:\d{2,3}[\s-]*(?:hours?|hrs?)\s+)?"
    + _EN_LEVEL_NAME + r"[\s-]+(?:prep(?:aration)?\s+|training\s+)?course\b",
    r"\btraining\s+completion\s+cert|(?<!apprenticeship\s)\bcompletion\s+cert(?:ificate)?\b|\btraining\s+(?:is\s+)?(?:completed|finished|done)",
)
APPRENTICESHIP_NO = (
    # "公司说下个月学徒期就满了", "学徒期下个月满": an end said to come, whatever follows it
    r"(?:明年|下个?月|下周|下星期|下礼拜)\s*(?:(?:\d+|[一二三四五六七八九十]{1,3})\s*月)?(?:份|底|初)?\s*(?:学徒期?|期)\s*(?:(?:就|才)(?:会)?满|(?:会)?满(?!了|咗))"
    r"|学徒期?\s*(?:明年|下个?月|下周)\s*(?:(?:就|才)(?:会)?满|(?:会)?满(?!了|咗))",
    r"(?<!有)(?:没有?|未|没当过|没做过|不是)[^，,。；;]{0,4}学徒(?!证明|合同|协议)|学徒期?(?:其实|实际上|原来|还|都)*(?:没|未|不)满|没出师|(?:还在|正在|在)(?:做|当)学徒|学徒[^，,。]{0,6}个月了"
    # ("学徒期一年 干了7个月了": months served of a longer term)
    r"|学徒期?[^，,。满]{0,10}个月了",
    # an end said to come ("明年3月期满")
    r"(?:明年|下个?月|今年)\s*(?:\d+|[一二三四五六七八九十]+|十[一二])?\s*月?(?:份|底|初)?(?:就|才)?(?:期满|到期)(?!了|咗)|(?<![已经])(?:\d+|[一二三四五六七八九十]+)\s*月(?:份|底|初)?(?:就|才)期满(?!了|咗)|到\d+月满",
    r"\b(?:months?|weeks?)\s+into\s+(?:an\s+|my\s+|the\s+)?apprenticeship|\b(?:still|currently)\s+(?:doing\s+)?(?:an\s+|my\s+)?apprentice",
    r"\b(?:no|never|without)\s+(?:an\s+|any\s+)?apprentice|\b(?:haven't|have\s+not|didn't|did\s+not|not)\s+(?:yet\s+)?"
    r"(?:completed|finished|done|do|did)\s+(?:my\s+|an\s+|the\s+|any\s+)?apprenticeship"
    r"|apprenticeship\s+(?:is\s+)?not\s+(?:yet\s+)?(?:completed|finished|over)"
    r"|\b(?:i'?m|i\s+am|am|currently|now)\s+(?:doing|on|in)\s+(?:an\s+|my\s+|a\s+)?(?:[\w-]+\s+){0,2}apprenticeship",
)
# The end of an apprenticeship asked about ("学徒期满了能不能考五级", "once my apprenticeship ends, can I take level 5?").
APPRENTICESHIP_END_ASKED = (r"(?:学徒期?|期)满(?:后|了以后|之后|了)?[^，,。；;]{0,8}(?:能|可以|可不可以|能不能|可唔可以)[^，,。；;]{0,6}(?:考|报)"
                            # ("能先报名五级吗 还是要等学徒期满": waited for, not reached)
                            r"|(?:要|得|需要|必须)?等(?:到)?(?:学徒)?期满"
                            # what the words mean ("学徒期满是什么意思", "what does 学徒期满 mean"): asked, not said of anyone
                            r"|学徒期?满['’\"”」』]?\s*(?:是|系|即|指的?是?)?(?:什么|啥|咩|乜)?意思|学徒期?满(?:是|指)(?:什么|啥)|学徒期?满(?:怎么|如何)(?:算|理解)"
                            r"|\bwhat\s+(?:does|is)\s+(?:a\s+)?(?:学徒期满|completed apprenticeship|apprenticeship completion)\b"
                            r"|\b(?:once|when|after)\s+(?:my\s+|the\s+)?apprenticeship\s+(?:ends|finishes|is\s+(?:over|done|finished))"
                            r"|\bafter\s+it\s+(?:ends|finishes|is\s+(?:over|done))\b[^.?]{0,40}\b(?:l5|level\s*5|lvl\s*5|apply|take)",)
APPRENTICESHIP_YES = (
    r"学徒期?(?:已经?)?满|出师|满师|学徒[^，,。；;]{0,12}(?:满期|期满|到期了|结束了)|学徒期[^。；;？?]{0,12}(?:满了|已满|已经满|(?<!没)(?<!未)刚刚?满(?!\s*[一二三四五六七八九十\d半])|结束了|到期了)",
    # "在直播公司当学徒，合约一年，上个月刚满": the apprenticeship's term, then its end
    r"学徒[，,]?\s*(?:合约|合同|为期|期限)[^。；;？?]{0,10}[，,]\s*(?:上个?月|上周|前几天|去年\d{0,2}月?|今年\d{1,2}月|\d{1,2}月)?(?:刚|已经|已)?(?:满|到期|结束)(?:了)?(?![^。；;]{0,3}(?:吗|没|未))",
    r"(?:学徒|apprentice)[^.。;；?？]{0,80}?\b(?:it'?s|it\s+is|it\s+was|was|is)\s+(?:now\s+)?(?:finished|completed|over|done)\b",
    r"\b(?:completed|finished|done)\s+(?:my\s+|an\s+|the\s+|a\s+)?(?:[\w-]+\s+){0,2}apprenticeship|apprenticeship\s+(?:is\s+)?(?:completed|finished|done|over)"
    r"|\b(?:did|done|completed|finished)\s+(?:a|an|my)\s+(?:[\w-]+\s+){1,3}apprenticeship[^.;]{0,100}?\b(?:finished|completed|ended)\b"
    # ("we ran a 6-month apprenticeship for 3 new hires… they all finished last month")
    r"|\bapprenticeship\b[^?]{0,100}?\b(?:they|he|she|i|we)\s+(?:all\s+|both\s+)?(?:finished|completed)\b(?!\s+(?:school|uni|college|the\s+course))"
    # "apprentices who've finished a 1-year 学徒 programme"
    r"|\b(?:completed|finished)\s+(?:a|an|the|their|my|his|her)\s+(?:[\w-]+\s+){0,2}(?:学徒|apprentice\w*)\s*(?:program|programme|scheme)",
    # "Learner 2: apprenticeship with a video studio, finished last month": the apprenticeship named, then its end
    r"\bapprenticeship\s+(?:with|at|in)\s+(?:a|an|the|our|my|his|her)?\s*[\w\s-]{1,30}?,\s*(?:just\s+|already\s+)?(?:finished|completed|ended|done)\b(?!\s+(?:next|in\s+\d))",
    # "I did a one-year 学徒 at an MCN, finished it in October", "a 1-year apprenticeship and I finished it Sept 2026"
    r"(?:学徒|apprenticeship)[^.;。；?？]{0,40}?\b(?:i|she|he|they|we)?\s*(?:finished|completed)\s+it\b(?!\s+(?:next|in\s+\d+\s+months))",
    # ("a 6 month 'apprentice' program (they called it 学徒) at an MCN … that ended this october", "学徒, 10 months, ended
    # this sept"): the programme named, then its end
    r"(?:\bapprentice\w*|学徒)[^.;。；?？]{0,80}?\b(?:that\s+|which\s+)?(?:ended|finished)\b(?!\s+(?:next|school|uni|college|the\s+course))",
    # "签了一年的学徒合同 上个月刚满", "did a 1-year apprenticeship at a studio": a term served (not "做咗8個月學徒",
    # months served of a term whose end is not said)
    r"学徒(?:合同|合约|协议)[^。；;？?]{0,12}?(?:刚|已经|已)?(?:满|到期|结束)(?:了|的)?(?![^。；;]{0,3}(?:吗|没|未))"
    r"|\bdid\s+(?:a|an|my)\s+(?:\d+|one|two|three)[\s-]+(?:years?|yrs?)(?:[\s-]+long)?\s+(?:[\w-]+\s+)?apprenticeship\b",
    # "学徒做了一年，10月结束了"
    r"学徒[^。；;？?]{0,16}(?:结束了|做完了|完成了|期满了)",
    # "学徒期一年 今年10月满的": the month it ended, said as past
    r"学徒期?[^。；;？?]{0,12}(?:今年|去年)\s*(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:份|底|初)?(?:就|已经)?满(?:的|了)",
    # "has the apprenticeship completion cert", "有学徒期满证明"
    r"\bapprenticeship\s+(?:completion|finishing)\s+cert|学徒(?:期满|结业|出师)(?:证书?|证明)",
    # "学徒合同是25年9月到26年9月，9月底期满了，公司给开了期满证明"
    r"(?<![未没不])期满(?:了|咗)|期满证明|出师证明",
)
PREPARATORY_NO = (
    r"(?:没有?|无|未)[^，,。；;]{0,4}预备技师",
    r"\b(?:no|without|don't\s+have|do\s+not\s+have|haven't\s+got|never\s+got)\b[^.,;]{0,12}(?:preparatory[\s-]+technician|预备技师)",
)
# The preparatory-technician certificate asked about, not said to be held ("预备技师证书在什么情况下能用来报二级？",
# "does a preparatory technician cert count for level 2?")
PREPARATORY_ASKED = (
    r"(?<![有持拿])预备技师\s*(?:证书?|cert\w*)[^，,。；;]{0,6}(?:在什么情况|什么情况下|怎么用|能不能|能否|可不可以|可以用|能用|用来|算不算|有没有用|有什么用|有用吗|管用)",
    r"^(?:does|do|can|is|will|would)\s+(?:a|the)\s+preparatory[\s-]+technician\s+cert",
    # ("should graduate mid-2028 with the 预备技师 certificate"): one to come, not held
    r"\b(?:will|should|shall|going\s+to|gonna|expect\s+to)\s+(?:graduate|get|receive|obtain)\b[^.;!?]{0,40}(?:预备技师|preparatory[\s-]+technician)",
)
PREPARATORY_YES = (
    r"(?:有|持有|持|拿了|拿到了?|取得了?|获得了?|考取了?)[^，,。；;]{0,4}预备技师|预备技师\s*(?:证|cert)",
    r"\b(?:have|hold|held|got|obtained|earned)\b[^.,;]{0,12}(?:preparatory[\s-]+technician|预备技师)|preparatory[\s-]+technician\s+cert",
)

# Job types (codes from the rules file). Several different ones in one message are ambiguous.
JOB_TYPES = (
    ("platform_administrator", r"平台管理员|platform\s+admin|(?<!business )(?<!system )(?<!business\s)(?<!office )(?<!school )(?<!hr )(?<!\[)(?<!by the )(?<!by an )(?<!by )(?<!does )(?<!do )(?<!doing )(?<!in )(?<!verified )\badmin(?:istrator)?\b(?!istration)(?!\s+(?:assistant|clerk|job|work|override|mode|command|instruction|note))"),
    ("product_selector", r"商品选品员|选品员|选品|product\s+select"),
    ("live_streaming_salesperson",
     r"直播销售员|带货主播|(?<!网络)(?<!游戏)(?<!秀场)(?<!给)(?<!帮)(?<!替)(?<!配合)主播|(?<=[给帮替])主播(?=们|团队|统一|报名|报考|考证)|直播销售|live[\s-]*stream(?:ing)?\s+sales|\banchor\b|\bstreamer\b|\bhost\b"),
    ("video_creator_promoter", r"视频创推员|创推员|video\s+creator|video\s+promoter"),
)

# Education: a degree is recorded under the rules' "relevant major" code; whether the major is
# relevant is for the evaluation body, and the reply says so (render.py). 初中/高中 are recorded
# so that "I only finished high school" counts as known (it meets no education clause).
EDUCATION = (
    # A technician college or senior technical school is a 技工院校 too: its diploma is at least a technical school's
    (r"技师学院|technician[\s-]+(?:college|institute)", ("technician_college", "senior_technical_school_or_technician_college",
                                                    "technical_school_relevant")),
    # a senior-worker class (高级工班) is named by the newer conditions (ALT-L3-D); its diploma is a technical school's too
    (r"高级工班|高级工\s*(?:program|programme|class)|senior[\s-]+worker\s+(?:class|program)",
     ("technical_school_senior_worker_class_or_above_relevant", "technical_school_relevant")),
    (r"高级技工学校|高级技校|senior\s+technical\s+school", ("senior_technical_school_or_technician_college", "technical_school_relevant")),
    (r"(?<!高级)技工学校|(?<!高级)技校|(?<!senior )technical\s+school", ("technical_school_relevant",)),
    (r"中专|中职|职高|职业高中|中等职业|(?<!高等)职业学校|职校|secondary\s+vocational|vocational\s+(?:high\s+)?school",
     ("secondary_vocational_assessed_intermediate_relevant",)),
    # 高职 is a 大专-level vocational college: "中等及以上职业学校" for level 4 and a "高等职业学校" for level 3
    # (whether its programme was assessed and targets those skills is for the evaluation body: the reply says so)
    (r"高职|高等职业|higher[\s-]+vocational|职业技术学院|职业学院|(?<!secondary )vocational\s+college", ("junior_college_or_above_relevant", "higher_vocational_assessed_advanced_relevant",
                                           "secondary_vocational_assessed_intermediate_relevant")),
    # (a 大专 is not read as the school of level 4's route, "以中级技能为培养目标的中等及以上职业学校": a 大专
    # programme trains for higher skills; the newer conditions name it for level 4, and the reply says so)
    (r"大专|专科|二专|五专|三专|本科|学士|硕士|研究生|博士|大学毕业|大学学历|大学文凭|大学(?=\s*(?:读紧|在读|读|念)\s*大[一二三四])|大学(?:时)?(?=\s*(?:读|念|学|修)(?:的)?(?:是)?\s*(?!紧|大[一二三四])[\u4e00-\u9fff]{2,6}?(?:专业)?(?:\s|[，,。]|$|(?:19|20)?\d{2}\s*年))|读大[一二三四]|(?:今年|现在|目前|我|我是|我今年)\s*大四(?=[，,。\s学生]|$)|(?<=系)\s*大[一二三四](?=[，,。\s学生]|$)|^\W*大四(?=[，,。\s学生]|$)|(?<=大学)(?:是|读的是|念的是|读|念)?[\u4e00-\u9fff]{2,6}?系(?=\s*毕业)|(?<![我你他她佢])(?<=[\u4e00-\u9fff])[\u4e00-\u9fff]{1,5}系毕业|高级文凭|副学士|higher\s+diploma|(?<=专业)\s*大[一二三四](?=[，,。\s学生]|$)|junior\s+college|associate\s+degree"
     r"|(?<!technician-)(?<!technician\s)college\s+(?:degree|diploma)|university\s+(?:degree|diploma)|bachelor|\b(?:ba|bsc|bba|beng|msc|mba)\b(?=\s+(?:in|degree|from)\b)|undergrad(?:uate)?|master'?s|\bphd\b|doctorate|university|(?<!technician-)(?<!technician\s)college\s+graduate|graduated\s+from\s+college|\bdegree\b",
     ("junior_college_or_above_relevant",)),
    (r"(?<!职业)高中|普高|普通高中|(?<!junior\s)(?<!skip\s)(?<!skipping\s)(?<!quit\s)(?<!of\s)high\s+school", ("senior_high_school",)),
    # (junior middle school left unfinished, said as such: "我冇讀完初中", "初中没毕业", "only finished primary school")
    (r"(?:没|冇|未)(?:有)?(?:读|念|上)完初中|初中(?:都)?(?:没|冇|未)(?:有)?毕业|初中肄业|didn'?t\s+finish\s+(?:junior\s+high|middle\s+school)",
     ("junior_middle_unfinished",)),
    (r"初中|middle\s+school|junior\s+high", ("junior_middle_school",)),  # ("i only finished junior high")
    # (schooling that ended at primary school, said as such; not "小学老师", "primary school teacher")
    (r"小学毕业|读到小学|小学学历|小学文化|小学文凭", ("primary_school",)),
)
FINAL_YEAR = (r"\(final\)\s*year|(?<!不是)(?<!唔系)(?<!并非)(?<!非)(?<!不算)(?<!count as )(?<!counted as )(?<!算)(?<!算不算)(?<!是不是)(?<!系唔系)(?<!说)(?<!讲)(?<!话)(?<!说要)(?<!讲要)(?<!话要)(?<!说得)(?<!说只有)(?<!说必须)应届(?!生?(?:才|就|都)(?:能|可以|可))|(?<!要)(?<!得)(?<!只有)(?<!必须)(?<!要读到)(?<!读到)毕业班(?!\S{0,3}(?:先得|先可以|先能|先至|才能|才可以|才得|才行|至得|或以上))|今年毕业|即将毕业|快毕业|马上毕业|大四|(?<!未系)(?<!未是)(?<!不是)(?<!唔系)(?<!还不是)(?<!not )(?<!要等到)(?<!要等)(?<!得等到)(?<!须等到)(?<!未到)(?<!没到)(?<!未去到)(?<!未读到)(?<!没读到)(?<!升到)(?<!升上)(?<!升读)最后一年|(?:高职|专科|大专)[^，。,.]{0,8}大三|大三[^，。,.]{0,4}(?:高职|专科|大专)|读紧[^，。,.]{0,8}(?<!未系)(?<!未是)(?<!不是)(?:最后|尾)|(?<!not )(?<!not a )(?<!not the )(?<!only in my )(?<!until my )(?<!till my )(?<!wait for my )(?<!wait till my )(?<!while still a )(?<!while still in my )(?<!while a )(?<!while in my )(?<!when i was a )(?<!when i was in my )(?<!when she was a )(?<!when he was a )final[\s-]+(?:year|yr)\b|graduating\s+this\s+year|about\s+to\s+graduate"
              r"|(?:今年|明年)[六七67]月(?:份)?毕业|graduating\s+(?:next|this)\s+(?:june|july|summer)"
              # ("im in my last year at a 技工学校"): the last year of a school, not the calendar year before this one
              r"|\bin\s+(?:my|her|his|their|our)\s+last\s+year\s+(?:at|of|in)\b",)
# Graduating "next year" said in the autumn: the coming summer, so a final-year student (see parse_profile).
# A school year said that is not the last ("中职二年级", "大一", "sophomore", "后年毕业"): still studying and known
# not to be in the final year. ("在读" alone, or "还有一年毕业" in December, leaves the year open; "大三" may be the
# last year of a 大专, so it is not here.)
# Just started at a school ("just started 中职 this September", "今年九月刚上中专"): studying, first year.
JUST_STARTED = (r"\bjust\s+(?:started|began|entered|enrolled\s+(?:in|at))\b|\bstarted\s+(?:at\s+)?(?:a\s+)?\S{0,12}\s*(?:this|last)\s+(?:september|autumn|fall)"
                r"|刚(?:刚)?(?:入学|开学|(?:上|读|进)(?:了)?(?:中专|中职|职高|技校|高职|大专|大学|技师学院))|(?:今年|this)\s*(?:九月|9月|秋天)(?:份)?(?:才|刚)?(?:入学|开学|上的?)")
# (a holiday of a year gone by is no year of study now: "大二暑假在一间直播公司实习过三个月")
NOT_FINAL_YEAR = (r"才?高[一二](?!\s*(?:的)?(?:时候|时|那年|那时|嗰阵|嗰时|暑假|寒假))|(?<![a-z])大[一二](?!级)(?!\s*(?:的)?(?:时候|时|那年|那时|嗰阵|嗰时|暑假|寒假))|(?:中专|中职|职高|技校|技工学校|技工|职校|高职|大专|技师学院)\s*(?:读)?\s*[一二]年级"
                  r"|(?:现在|目前|今年)(?:才|还)?(?:读)?[一二]年级|\b(?:a\s+)?(?:freshman|sophomore)\b"
                  r"|\b(?:1st|2nd|first|second)\s+(?:year\s+)?of\s+(?:3|4|three|four)(?:\s+years)?\b"
                  r"|\bnot\s+(?:the\s+|a\s+|my\s+)?final\s+year|后年(?:\d{1,2}月|[一二三四五六七八九十]{1,2}月)?(?:才|先)?毕业|(?:还有|仲有)(?:两|二|三|2|3)年(?:才|先)?毕业"
                  r"|\b(?:first|second|1st|2nd)[\s-](?:year|yr)\b|\b(?:i\'?m|i am|currently|now)\s+(?:in\s+)?(?:my\s+)?(?:first|second|1st|2nd)[\s-](?:year|yr)\b|\byear\s*[12]\b(?!\s*(?:cert|level))|[一二]年级(?!\S*毕业)|(?:而家|现在|目前|今年)(?:读)?中[一二](?![\u4e00-\u9fff])"
                  r"|(?:不是|唔系|并非)应届|(?:未|没|还没|仲未)(?:有)?(?:读|去)?到最后一年|" + JUST_STARTED,)
NEXT_YEAR_GRADUATION = (r"明年(?:夏天|暑假)?毕业|graduat(?:e|es|ing)\s+(?:and\s+get\s+(?:their|his|her|my|the)\s+\S{1,12}\s+)?next\s+(?:year|summer|(?:jan|feb|mar|apr|may|jun|jul|aug)[a-z]*\b)",)
# School left without a diploma ("dropped out last year", "读了一年就退学了"): no diploma, and not studying.
DROPPED_OUT = (r"dropped\s+out|drop\s+out\s+of|quit\s+(?:school|college|my\s+course)|退学|辍学|没读完|没有读完|肄业|读了[^，,。]{0,4}就不读了",)
# Graduation already behind the person, said without the school ("今年已经毕业了", "毕业证都拿了", "I graduated").
GRADUATED = (r"(?<!还没)(?<!没有)(?<!未)(?:已经|早就|早已|刚刚?)毕(?:了)?业|毕业了|(?<!还没)(?<!没有)(?<!未)(?<!没)毕了业|毕业证(?:书)?(?:都|也|已经)?(?:拿|领)(?:到|了)"
             # "前年毕业", "2023年毕业的", "毕业后在一家MCN做了两年": a graduation in the past
             # (a graduation year is weighed against today where it is read: "2029年毕业" is still to come)
             r"|(?:前年|去年|上年|旧年|\d+\s*年前|几年前)(?:\d{1,2}\s*月)?(?:就|已经)?毕业(?!证)|毕业(?:后|之后|以后)[^，,。？?]{0,14}(?:了|咗|过|至今|到现在|到而家)"
             r"|\bi(?:'ve|\s+have)?\s+(?:already\s+|just\s+)?graduated\b|\balready\s+graduated\b|\bgot\s+my\s+diploma\b"
             r"|毕业(?:已经|都)?(?:有)?(?:\d+|[一二两三四五六七八九十半]+)\s*(?:年|个月)(?:了|多|啦|咯|喇|咗)",)  # "毕业两年了": graduated then
STILL_STUDYING = (r"(?:我们|我哋|我的|我)学校(?:是|系)|(?:我们|我哋)(?:技校|中专|中职|职高|高职|大专|学院)(?:是|系)|\bour\s+school\s+is\b|在读|在校(?!时|的时候)|还在上学|正在读|(?:学校|学院|中专|中职|技校|职高|大学|高职|大专)的(?:在校)?(?:学生|学员)|读大[一二三]|读紧|明年毕业|后年毕业|还没毕业|graduating\s+next\s+year|\bstill\s+(?:a\s+)?student|currently\s+studying|i'?m\s+studying"
                  r"|i\s+am\s+studying|\bstill\s+in\s+(?:college|school)|\b(?:i'?m|i\s+am|and)\s+at\s+(?:a|an)\s+[\w ]{0,20}?school\b"
                  r"|\bi'?m\s+in\s+(?:a|an|my|the)\s+.{0,40}?(?:program|programme|course|degree)\b|\bcurrently\s+enrolled"
                  # ("I'm doing a 本科 in journalism", "she's doing a degree in marketing"): a course under way
                  # ("I'm from Hong Kong, 19, doing a higher diploma in marketing")
                  r"|\b(?:i'?m|i\s+am|she'?s|he'?s|currently)\b[^.;!?]{0,30}?\b(?:doing|taking|studying)\s+(?:a|an|my|her|his)\s+(?:(?:higher|associate|sub-?degree)\s+)?(?:本科|大专|专科|中专|中职|高级文凭|degree|diploma|bachelor'?s?|associate)"
                  r"|^\W*(?:studying|doing)\s+(?:a|an|my)\s+(?:(?:higher|associate)\s+)?(?:diploma|degree|bachelor'?s?)\b"
                  r"|才?高[一二](?!\s*(?:的)?(?:时候|时|那年|那时|嗰阵|嗰时))|(?<![a-z])大[一二三](?!级)(?!\s*(?:的)?(?:时候|时|那年|那时|嗰阵|嗰时))|(?:中专|中职|职高|技校|技工学校|技工|职校|高职|大专|技师学院)\s*(?:读)?\s*[一二]年级|(?<![^\s，,。我是才在读])[一二]年级(?!\S*毕业)|(?:现在|目前|今年)(?:才|还)?(?:读)?[一二]年级|\b(?:a\s+)?(?:freshman|sophomore)\b|在(?:中专|中职|职高|技校|技工学校|职校|职业学校|高职|大专|技师学院|大学)(?:读|上学|念书)|\b(?:first|second)[\s-]year\s+(?:student|of)|\b(?:1st|2nd|first|second)\s+(?:year\s+)?of\s+(?:3|4|three|four)(?:\s+years)?\b|\byear\s+[12]\s+of\s+[34]\b"
                  r"|\byear\s*[1-3]\b(?!\s*(?:cert|level))|\bnot\s+(?:the\s+|a\s+|my\s+)?final\s+year|\b(?:first|second|third|1st|2nd|3rd)[\s-](?:year|yr)\b|" + JUST_STARTED,)

# A stretch named as part of a longer one: "前三年", "头两年", "最后两年", "其中一年", "the first 3 years".
PART_BEFORE = r"(?:前|头|后|最后|最近|近|其中|这)$|\b(?:first|last|the past)\s+$"
# Work in this line ("做了一年半直播", "2 years of livestream selling"), as against other work said beside it.
# The work itself of this occupation, not only the platform or trade it is done on ("在一家淘宝店做客服": the role is
# other work, the shop a Taobao one)
FIELD_ROLE_WORK = (r"直播|带货|主播|助播|场控|mcn|选品|短视频|视频号|视频创推|创推|投流|新媒体|运营|\blive|\bstream|livestream|"
                   # (video editing is the video creator-promoter's work: "她做了三年影片剪辑，之前在餐厅做过两年外场")
                   r"剪辑|影片|拍视频|做视频|\bvideo\s+edit\w*|\bselling\b|\bhost|short[- ]videos?|promot")
# This work, or the platforms and trade it is done on
FIELD_WORK = FIELD_ROLE_WORK + r"|电商|抖音|快手|淘宝|小红书|e-?commerce|tiktok|douyin|taobao"

# The major of a diploma: one this occupation's conditions can count as related, or another one named.
RELEVANT_MAJOR = (r"电商|电子商务|营销|行销|市场|市营|直播|新媒体|传媒|网络运营|广告|e-?commerce|marketing|media|advertis",)
MAYBE_RELATED_MAJOR = (r"新闻|传播|播音|主持|摄影|动画|动漫|多媒体|视觉传达|图形图像|计算机|软件|(?<!服装)(?<!服饰)(?<!建筑)(?<!机械)(?<!室内)(?<!园林)设计|数字媒体|影视|物流|工商管理|journalism|communication|broadcast|design|film|"
                       r"logistics|business admin|computer science|animation|multimedia",)
NAMED_MAJOR = (r"[\u4e00-\u9fff]{2,6}专业|\bmajor(?:ed)?\s+in\b|\bdegree\s+in\b|\bstudied\s+(?!(?:at|in|from|with|there|hard|a|an|the|for|part[\s-]time|full[\s-]time)\b)\w+",)
# Where a message names a major: "电商专业", "学的是汽修", "读会计的", "major in finance", "study 英语 at",
# or a major word right after the school ("中专汽修", "大专电商"). Only these phrases are classified, so
# "会计专业毕业，做了一年直播" is an accounting major, not a live-streaming one.
MAJOR_PHRASE = (r"(?<![这那该此本])(?<!这个)(?<!那个)(?<!学校这个)(?!学校这个|学校那个|这个|那个|什么|啥|哪个)([\u4e00-\u9fffA-Za-z]{2,8})(?<!这个)(?<!那个)(?<!什么)专业|专业(?:是|为)([\u4e00-\u9fffA-Za-z]{2,6})|(?:学|读|念|修)的?是([\u4e00-\u9fffA-Za-z]{2,6})|"
                r"(?:学|读|念)([\u4e00-\u9fff]{2,4})(?:的|出身)|主修([\u4e00-\u9fff]{2,6})|\bmajor(?:ed|ing)?\s+(?:is\s+|in\s+|was\s+)?([\w\u4e00-\u9fff-]+(?:\s+\w+)?)|"
                r"\bdegree\s+(?:is\s+|was\s+|'s\s+)?in\s+([\w\u4e00-\u9fff]+(?:\s+\w+)?)|\bstud(?:y|ying|ied)\s+([\w\u4e00-\u9fff]+(?:\s+\w+)?)\s+(?:at|in)\b|"
                r"\b([\w\u4e00-\u9fff]+)\s+majors?\b|\bstudying\s+([a-z-]+(?:\s+[a-z]+)?)\b|"
                r"(?:读|念|修)(市场学|市场营销|营销学?|电子商务|电商|广告学?|新媒体[\u4e00-\u9fff]{0,2})")
# Majors people name without the word 专业; none is this occupation's or a related one.
# The asker saying their major is unrelated ("跟电商没啥关系", "专业不对口", "it's unrelated").
MAJOR_SAID_UNRELATED = (r"(?:跟|和|与|同)(?:电商|电子商务|直播|营销|互联网营销师?|这行|这个行业)[^，。,.]{0,4}(?:没啥|没什么|没有|没|无|不太|不)(?:太大|多大|什么)?(?:关系|关联|相关)"
                        r"|不对口|\bunrelated\b|\bnot related\b|\bnon-?related\b|\bnothing to do with\b")
# No diploma a route could count ("no relevant diploma", "没有相关学历", "冇對口嘅畢業證").
NO_RELEVANT_DIPLOMA = (r"\b(?:no|without|don'?t\s+have\s+an?|do\s+not\s+have\s+an?)\s+(?:relevant\s+|related\s+)?(?:diploma|degree)\b"
                       r"|(?:没有|没|无)(?:相关|对口|相关专业|对口专业)的?(?:学历|毕业证书?|文凭)")
# The asker saying other work they did is unrelated to this work ("同直播冇关", "跟电商没关系", "unrelated").
WORK_SAID_UNRELATED = (r"(?:跟|和|与|同)(?:电商|直播|带货|营销|这行|这个行业)[^，。,.]{0,4}(?:没啥|没什么|没有|没|冇|无|不太|不|唔)(?:太大|多大|什么|乜)?(?:关系|关联|相关|关)"
                       r"|\bunrelated\b|\bnot related\b|\bnothing to do with\b")
UNRELATED_MAJOR = (r"汽修|汽车维修|会计|财务|金融|英语|日语|韩语|护理|医学|药学|临床|机械|数控|机电|电工|土木|建筑|法学|法律|行政管理|人力资源|文秘|"
                   r"学前教育|师范|烹饪|酒店管理|旅游|化工|汉语言|中文|文学|历史|哲学|数学|物理|化学|生物|体育|"
                   r"服装设计|服饰设计|室内设计|园林|美容美发|美发|美容|电子技术|电气|农学|畜牧|幼教|"
                   r"accounting|nursing|auto repair|mechanic|civil engineering|literature|history|philosophy|mathematics|physics|chemistry|biology|"
                   r"\blaw\b|finance|english|japanese|korean|medicine")
SCHOOL_THEN_MAJOR = r"(?:中专|中职|职高|技校|技工学校|大专|高职|专科|本科|大学)[，,\s]?(?:学|读|的|(?:(?:but|majoring)\s+)?(?:in|of)\s+)?"  # ("a 大专 but in nursing")
# A major word right before the school ("护理大专毕业", "会计本科"): the school's major.
MAJOR_THEN_SCHOOL = r"(?:专业)?的?\s*(?:中专|中职|职高|技校|大专|高职|专科|本科|研究生|硕士)"

# A figure that belongs to a rule, said right after it ("the 6-year requirement", "满5年的条件", "4年那条路线").
RULE_AFTER = r"[\s-]*(?:of\s+)?(?:(?:work|working|experience|job|relevant\s+work)\s+|(?:工作|经验|年限))?(?:requirement|rule|condition|route|threshold|minimum|criteri|的?(?:要求|条件|规定|门槛|路线|那条|这条|限制))"

# A figure a condition needs, said as such ("公司说要满两年才能报名", "need 2 years before I can apply").
# ("还是要干满一年": the year a route needs, asked; not one worked)
NEEDED_BEFORE = r"(?:要|需要|得|须|必须)满?$|满$"
NEEDED_ASKED_BEFORE = r"(?:还是|是不是|是否|要不要|使唔使|洗唔洗|定系)(?:要|需要|得)?(?:做|干|工作|播)(?:满|够)$"
NEEDED_AFTER = r"\s*(?:才能|才可以|才行|先可以|先|至得|才|吗|嗎|么|呢|[?？]|before (?:i|you) can|to apply)"
# A relevant major said as the programme or the major ("电商专业", "直播电商方向", "e-commerce program", "major was e-commerce").
RELEVANT_PROGRAMME = (r"(?:电商|电子商务|营销|直播|新媒体|传媒|网络运营|广告)[^，,。；;\s]{0,4}(?:专业|方向|班|系)|"
                      r"(?:e-?commerce|marketing|media|advertising)\s+(?:major|program|programme|course|diploma|degree|class)|"
                      r"(?:major|program|programme|diploma|degree|course)\s+(?:is\s+|was\s+)?(?:in\s+)?(?:e-?commerce|marketing|media|advertising)|"
                      r"(?:学|读|念|修)的?是?(?:电商|电子商务|市场营销|营销|直播电商|新媒体)|(?:电商|电子商务|市场营销|营销|新媒体)[一二三四1-4]年级|"
                      r"(?:中专|中职|职高|技校|大专|高职|专科|本科|技师学院|技工学校)(?:的)?(?:电商|电子商务|营销|直播|新媒体)|"
                      r"(?:中职|中专|职高|技校|高职|大专|college|school)[^.;。；]{0,40}[,，]\s*(?:e-?commerce|marketing|media|电商|电子商务)\s*$")

# A school and a relevant subject in one clause with no work in it make the major ("大专 in marketing").
SCHOOL_WORD = r"中专|中职|职高|技校|技工学校|大专|高职|专科|本科|技师学院|高级工班|预备技师|college|school|universit|bachelor|degree|\bprogram"
RELEVANT_MAJOR_WORD = r"电商|电子商务|市场营销|营销|新媒体|传媒|广告|e-?commerce|marketing|\bmedia\b|advertising"
WORK_VERB = r"做|干|当|卖|播|带货|上班|工作|\bselling\b|\bstream|\bwork|\bjob\b|\bhost|\bfull[- ]?time\b"

# A figure taken back within one message: what follows the last of these replaces it.
CORRECTION_IN_MESSAGE = (r"看错|看錯|原来我|原來我|睇返|看返|(?:^|(?<=[\s，,。！!啊哦噢呀诶欸哎]))等等(?=[\s，,。！!])|其实(?!\s*(?:他|她|佢|我|TA)?\s*(?:之前|以前|早前|此前|更早))|其實(?!\s*(?:他|她|佢|我|TA)?\s*(?:之前|以前|早前|此前|更早))|实际上|實際上|不对|唔啱|打错|打錯|搞错|说错|讲错|講錯|应该是|應該係|不是[，,\s]*是|唔系[，,\s]*系|记错|記錯|记岔|记串|記串|记混|記混|搞混|(?:^|(?<=[\s，,。！!啊哦噢呀诶欸哎]))[錯错]了(?![吗嗎吧么麼])|"
                         r"\bno wait\b|\bwait,? no\b|\bi mean\b|\bi meant\b|\bactually\b|\bcorrection\b|\boops\b|\bmy bad\b|\bscratch that\b")

# Durations. An explicit "about N" is N: it is the asker's best figure, as are "三年多", "3+ years",
# "over 3 years" and "3年左右". `below` marks "less than N" ("快三年", "almost 3 years", "三年不到"),
# read as just under N; `vague` ("不到3年", "at most 3 years") leaves the number unknown, so the engine asks.
# ("歇了俩月"; "两年零三个月": 零 joins a number to the next, it starts none)
_ZH_NUM = r"(?<![一二两三四五六七八九廿])十几(?=个?月|年)|\d+(?:\.\d+)?|[〇一二两三四五六七八九十][零〇一二两三四五六七八九十]*|零|[俩仨](?=个?月|年)|半"
# "Almost N" ("快三年") is close to N, so just under N is a fair reading. "Less than N" ("不到3年",
# "less than 3 years") may be anything below N: it is vague (unknown) and the engine asks, since
# reading it as just under N could pass a lower requirement the person does not meet.
# "差不多N年" is "about N", said loosely: read like "almost N" (just under N), which passes every
# whole-year requirement below N and none at N, so it never credits more than was said.
_ZH_HEDGE = (r"(?:(?P<below>差不多快|差不多|快要|快|将近|接近|(?<!最)近)"
             r"|(?P<vague>最多|顶多|不超过|还不到|不到|不足|不满|未满|没到|未够|没够|不够)|大概|大约|约)?")
_ZH_AFTER = r"(?:多|以上|有余)?(?:左右|上下)?(?P<short>不到)?"
# The same words a verb away from the number: "还没工作满三年", "最多干了3年", "差不多做了3年".
NEAR_BEFORE = r"(?:差不多|将近|接近|almost|nearly)[^，,。；;\d]{0,4}$"  # "差不多做了3年": just under 3
VAGUE_BEFORE = (r"(?:最多|顶多|至多|不超过)[^，,。；;\d]{0,4}$"
                r"|(?:没|未|不)[^，,。；;]{0,4}满\s*$|\bnot\s+(?:yet\s+)?(?:a\s+)?full\s*$")
ZH_YEARS = re.compile(_ZH_HEDGE + rf"(?P<num>{_ZH_NUM})整?多?(?P<unit>年)(?!级|龄|代|底|初|中|前后)(?P<half>半)?" + _ZH_AFTER)
ZH_DAYS = re.compile(_ZH_HEDGE + r"(?P<num>\d+|[一二两三四五六七八九十百]+)多?(?P<unit>天)(?P<half>)" + _ZH_AFTER)
ZH_MONTHS = re.compile(_ZH_HEDGE + rf"(?P<num>{_ZH_NUM})(?P<unit>个|(?<=[俩仨]))多?月(?P<half>半)?" + _ZH_AFTER)
_EN_WORD_NUM = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
EN_DURATION = re.compile(
    r"(?<![\w.])(?:(?P<below>almost|nearly|not\s+quite|close\s+to|just\s+under)\s*"
    r"|(?P<vague>maybe|perhaps|at\s+most|up\s+to|no\s+more\s+than|less\s+than|under|not\s+yet)\s+"
    r"|(?:about|around|approximately|roughly|~)\s*|(?:over|more\s+than|at\s+least|above|just\s+over)\s+)?"
    rf"(?P<num>(?:\d+(?:\.\d+)?|{_EN_WORD_NUM})\s+and\s+a\s+half|half\s+an?|\d+(?:\.\d+)?|{_EN_WORD_NUM}|an?)"
    # "19 years old" is an age, not years of work
    r"(?:\s*\+|-?ish)?\s*[- ]?(?P<more>more\s+)?(?P<unit>years?|yrs?|(?<=\d)y|months?|(?<=\d)mos?|days)\b(?![\s-]*old\b)(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?"
)
DURATION_JOINER = r"\s*(?:,|，|and|零|又)?\s*"  # between the years and months of one duration
MONTH_UNIT = r"个月|月|months?"
_EN_NUMBERS = {w: i for i, w in enumerate(_EN_WORD_NUM.split("|"), start=1)} | {"a": 1, "an": 1}
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "仨": 3, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def number(word: str) -> float | None:
    """1.5 for "一年半"'s parts, "1.5", "one and a half"; None for ranges like "三四"."""
    word = word.strip()
    if word.endswith("and a half"):
        base = number(word[: -len("and a half")])
        return None if base is None else base + 0.5
    if word in ("半",) or word.startswith("half"):
        return 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    if word in _EN_NUMBERS:
        return float(_EN_NUMBERS[word])
    if word == "十几":  # "做了十几年": more than ten, read as "十多" (at least ten)
        return 10.0
    if "百" in word:  # "三百" (days): hundreds, then the rest
        hundreds, _, rest = word.partition("百")
        if len(hundreds) != 1 or hundreds not in _CN_DIGITS:
            return None
        tail = number(rest.lstrip("零")) if rest.strip("零") else 0.0
        return None if tail is None else float(_CN_DIGITS[hundreds] * 100) + tail
    if "十" in word:
        tens, _, ones = word.partition("十")
        if len(tens) > 1 or len(ones) > 1 or (tens and tens not in _CN_DIGITS) or (ones and ones not in _CN_DIGITS):
            return None
        return float((_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0))
    return float(_CN_DIGITS[word]) if word in _CN_DIGITS else None


# What a duration means, from its sentence.
HYPOTHETICAL_AFTER = (r"\s*(?:以后|之后|后(?!来|台|勤|期|续|端))|\s+(?:from\s+now|later|more|to\s+go)\b"
                      # ("定係要畢業做兩年先？": the Cantonese "first" after a stretch asked about, not worked)
                      r"|\s*先\s*(?:啦|吖|呀|咩|吗)?\s*(?:[？?]|$)")
HYPOTHETICAL_BEFORE = (r"(?:能不能|可不可以|可唔可以|能否|可否)(?:干|做|工作|从事){0,2}(?:了)?\s*$"  # ("能不能干了十几年直接报一级": a stretch supposed)
                       r"|(?:要毕业|等毕业|再|还要还需要?|还得|还差|第|等|需要|要求|须|必须|非得|非要|一定要|是不是要|是否要|\btowards?\s+the|之后|以后|往后|毕业后|\bin|another|\bwait|\bneeds?|\brequired?s?|within"
                       # ("is level 3 possible right now or only after 2 yrs of work?": a time asked about, not worked)
                       r"|\b(?:only|or|until|till)\s+after"
                       # ("any way to get level 5 without a year of work?": the figure the rule asks, not worked)
                       r"|\bwithout"
                       r")(?:多)?(?:干|做|工作|从事|积累|等|过|够|满|足|到|有){0,2}(?:多)?\s*(?:for\s+)?$")
AGO_AFTER = r"前(?![面边头几些])|\s+ago\b"  # "四年前", not "四年 前面那几年"
GRADUATED_NEAR_AGO = r"毕业|graduat"
GRADUATED_FOR = r"毕业(?:了|咗|已经|都|有|快|差不多)*\s*$|graduated (?:for|about|almost)?\s*$"  # "毕业两年了"
OBTAINED_NEAR_AGO = r"拿|取得|考|获得|领|通过|证|\bgot\b|\bget\b|obtained|received|earned|passed|certific|\bcert\b|level"
STARTED_NEAR_AGO = r"开始|入行|从事|进入|加入|转到|调到|\bstart|\bbegan|\bbegun|\bjoined|\bentered|\b(?:moved|transferred)\s+(?:over\s+)?(?:to|into)\b"
# "在那之前…", "此前…" opening a message: what it says came before what was said last (a certificate, other work).
# The professional titles (职称) people name ("中级经济师", "初级职称"): titles, no skill level (one pattern:
# the level reader, the certificate-date reader and the advisor all read them)
TITLE_NOUNS = r"经济师|会计师|工程师|审计师|统计师|职称"
TITLE_GRADES = r"初级|中级|高级|助理|副高|正高"


# ("我是前年7月拿到五级的" then "那时候已经当直播主三年了": the years before it, said after its date)
# Study said just before a stretch between two dates ("then 专升本 in 电子商务 2021-2024"): years of study, not of work.
STUDY_BEFORE_RANGE = (r"(?:专升本|读书|上学|读研|考研|读大学|读本科|读大专|读硕士|脱产|全日制|\bstud(?:y|ied|ying)\b|\bback\s+to\s+school\b"
                      r"|\bat\s+(?:school|college|university)\b|\bdegree\b)[^,.;，。；]{0,16}?(?:从|由|\bfrom\b|\bin\b)?\s*$")
BEFORE_THAT = r"^\W*(?:(?:在|喺)?(?:那|此|这)(?:之|以)前|(?:那时候|那个时候|那时|当时|嗰阵|嗰时)(?:就|都)?已经)"
# Work said as past ("之前做过3年导购", "2 years of retail before that"), and a figure said as a total.
# ("五级证书是2024年1月拿到的，在这之前…": the certificate's clause, then "before that")
BEFORE_CERTIFICATE = r"(?:拿|考|取得|获得|攞)(?:到|了)?(?:证|证书)(?:之|以)?前|(?<![没冇未])(?:考|攞)(?:试)?(?:之|以)前|^\W*(?:之前|以前)|^\W*before\s+that\b|" + BEFORE_THAT + \
    r"|(?:证|证书|级)[^，,。]{0,12}[，,]\s*(?:在|喺)?(?:那|此|这)(?:之|以)前" \
    r"|\bbefore\s+(?:i\s+)?(?:got|getting|obtaining|passing|taking)\s+(?:the\s+|my\s+|it\b)|\bbefore\s+(?:i\s+)?(?:got|getting|was|became)\s+certified\b"
PAST_WORK = r"以前|之前|曾经|原来|过去|早年|前些年|(?:那时候|那个时候|那时|当时|嗰阵|嗰时)(?:就|都)?已经|\bused to\b|\bbefore\b|\bpreviously\b|\bformerly\b|\bback then\b"
TOTAL_SAID = r"一共|总共|加起来|累计|合计|前前后后|in total|(?<!in )\btotal\b(?!\s+(?:before|prior|until|till|up to))|altogether|overall|combined"
TOTAL_BEFORE = r"(?:总共|一共|总计|合计|加起来|in\s+total|altogether|overall|total\s+of|\btotal)[^，,。]{0,6}$|(?<![后後])累计(?:算下来|算起来|下来|起来)?[^，,。满]{0,6}$"  # ("累计满6年" is the rule's)
TOTAL_AFTER = r"\s*(?:in\s+total|altogether|overall)\b"
_ABOUT = r"(?:\s+(?:a\s+bit|a\s+little|just|slightly|a\s+tad))?(?:\s+(?:over|more\s+than|under|less\s+than|about|around|almost|nearly))?"
# How long a certificate has been held ("二级证书拿了3年", "I've had my level-3 certificate for 4 years"):
# years since it, but years of work since it only when the message speaks of work too.
HELD_FOR = (
    # "二级证书拿了3年", "持有技师证书四年", "拿证3年"
    r"(?:证书?|级|技师|高级工|中级工|初级工)(?:[\s，,]*(?=拿|考|取得|获得|持有|到手|我|刚))?(?:我)?(?:已经|已|都|也|刚)?(?:拿|考|取得|拿到|考到|考取|获得|有|持有|到手)?了?(?:已经|都|有|已)?"
    r"(?:才|刚|只有|只)?(?:刚好|正好|整整|足足|满了|满|整|足|快|差不多|接近){0,2}\s*$",
    # "I've had my level-3 certificate for 4 years"
    r"\b(?:had|held|holds?|holding|have|has|owned)\b[^.;!?]{0,40}?(?:certificate|cert|certification|level[\s-]*\w+|(?<![a-z])l[1-5]|technician|worker)"
    r"\s*(?:now\s+|already\s+)?for" + _ABOUT + r"\s*$",
    r"(?:certificate|cert|level[\s-]*\w+|technician|worker)\s+holder\s+for" + _ABOUT + r"\s*$",
    # "also had it for 4 years and a bit" after the certificate was named: held that long
    r"\b(?:had|held|'ve\s+had)\s+it\s+(?:now\s+|already\s+)?for" + _ABOUT + r"\s*$",
    r"(?:certificate|cert|certification)s?\s+(?:now\s+|already\s+)?for" + _ABOUT + r"\s*$",  # "intermediate cert for 2yrs"
)
SINCE_BEFORE = (
    # "拿证后干了3年", "取得四级证书后累计工作3年", "考完技师以后做了4年"
    r"(?:证书?|级|技师|高级工|中级工|初级工)[^，,。；;]{0,6}?(?:之|以)?后(?!台)",
    # "持有营销员五级，取得后在门市销售三年": after obtaining it, the certificate just named
    r"(?:取得|拿到|获得|考到|考完|攞到|攞咗)(?:了|咗)?(?:之|以)?后(?!台)",
    # "拿证到现在两年半", "考证至今3年"
    r"(?:拿|考|取得|获得)(?:到)?(?:了)?证(?:书)?(?:到现在|至今|以来|到而家)",
    r"\b(?:since|after)\s+(?:getting|obtaining|receiving|earning|passing|gaining|i\s+(?:got|obtained|received|earned|passed)"
    r"|(?:the\s+|my\s+|that\s+)?(?:certificate|cert|level))",
)
SINCE_AFTER = (r"\s*(?:of\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:since|after)\s+(?:getting|obtaining|receiving|earning|passing|gaining|i\s+(?:got|obtained|received|earned|passed)"
               r"|(?:the\s+|my\s+|that\s+)?(?:certificate|cert|level))")
# "ever since", "after that": years since whatever was said before, which must be obtaining the certificate.
# Work said to go on ever since, with no figure ("跟住一直喺公司做直播", "been streaming full time since then").
# Back to this work on a date after other work ("之后就去送外卖了，今年5月才重新回来做直播", "then back to hosting in May 2026")
BACK_ON_A_DATE = re.compile(r"(?P<year>(?:19|20)\d{2}|今年|去年|前年)\s*年?\s*(?:(?P<month>1[0-2]|0?[1-9])\s*月)?(?:份|初|中|底)?\s*(?:才|又|先)?\s*"
                            r"(?:重新|又|再)(?:回来|返来|返嚟|回去)?(?:开始)?(?:做|播|干|开播)|(?P<year2>(?:19|20)\d{2}|今年|去年|前年)\s*年?\s*(?:(?P<month2>1[0-2]|0?[1-9])\s*月)?(?:份|初|中|底)?\s*(?:才|又|先)?\s*(?:回来|返来|返嚟)(?:做|播|干|开播)"
                            r"|\bback (?:to|into) [\w -]{0,24}?\b(?:in|from|since) (?:(?P<mname>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? )?(?P<year3>(?:19|20)\d{2})", re.I)
# "working in short video promotion since I graduated", "毕业后一直做直播": work since the graduation, whose year is said
# ("大专电子商务20年毕业 毕业就做直播": straight into the work from graduation)
WORKED_SINCE_GRADUATION = r"\bsince\s+(?:i\s+|we\s+|she\s+|he\s+)?graduat\w*|毕业的[^。；;？?]{0,14}?[，,\s]\s*(?:毕业后|之后)?\s*一直(?:都)?(?:在|喺)[^，,。？?]{0,8}?(?:做|干|播|当|卖)(?![^，,。]{0,4}(?:兼职|实习))|\bgraduat\w*\s+(?:in\s+)?(?:19|20)\d{2}\b(?:(?!\b(?:not|never|no|hasn'?t|haven'?t|hadn'?t|didn'?t|isn'?t)\b)[^.;?]){0,40}?\bsince\s*(?:then)?\s*(?=[,.;]|$)|毕业(?:以|之)?后?就(?:开始)?(?:去|在)?(?:做|干|播|当)(?=直播|主播|带货|选品|运营|视频|电商|平台|这行)|毕业(?:(?:以|之)?后(?:就)?|就)(?:去|在|喺)[^，,。？?\d]{1,6}?(?:做|干|播|当)(?=直播|主播|带货|选品|运营|视频|电商|平台|这行)|\bsince\s+graduation|\bafter\s+graduat\w*[^.;]{0,20}\b(?:ever since|till now|until now)|毕业(?:以|之)?后(?:就)?一直(?![^，,。]{0,6}(?:没|冇|未|不)(?:有)?(?:上班|工作|做|干|开工|返工)|在家|在找|找工作|待业)|" \
    r"\bgraduated\b[^.;]{0,60}\b(?:worked|working|been)\b[^.;]{0,50}\b(?:ever since|since then)\b|" \
    r"\bgraduated\b[^.;]{0,60}\b(?:worked|working|been)\b[^.;]{0,40}\bsince\s*(?=[.!?,)]|$)|毕业[，,]\s*(?:之|以)后(?:就)?一直|毕业(?:以|之)?后[^，,。.;；]{0,12}(?:到现在|到而家|至今)|毕业到(?:现在|而家)" \
    r"|毕业\s*(?:就)?一直(?=\s*(?:在|喺)?\s*(?:做|干|播|当|带货|直播|卖|剪))|毕业[，,\s]*(?:之|以)后(?:就)?(?:一直)?(?:都)?(?:在|去|喺|进了?|入了?)[^，,。]{1,12}?(?:做|干|当|播)"  # ("2021年7月毕业 一直做直播", "2024年7月毕业 之后在直播公司做视频剪辑")
# (not across a level taken: "since graduation, got 五级 in jan 2025" dates the certificate, not the graduation)
# ("我是22年本科毕业的", "24年7月毕业": a graduation's year in two digits, its month said or not)
_GRADUATED_IN_TWO_DIGITS_PATTERN = r"(?<![\d.])([12]\d)\s*年(?=\s*(?:(?:1[0-2]|0?[1-9])\s*月(?:份)?){month}\s*(?:的)?\s*(?:本科|大专|专科|中专|中职|高职|技校|技工学校|职校|职高|技师学院|大学|研究生|硕士)?\s*毕业)"
_GRADUATED_IN_TWO_DIGITS = re.compile(_GRADUATED_IN_TWO_DIGITS_PATTERN.format(month="?"))


_GRADUATED_IN_TWO_DIGITS_WITH_MONTH = re.compile(_GRADUATED_IN_TWO_DIGITS_PATTERN.format(month=""))


def graduation_year_in_full(text: str, month_said: bool = False) -> str:
    """A graduation's year said in two digits written in four ("我是22年本科毕业的", "24年7月毕业" -> 2022, 2024); with
    `month_said`, only where its month is said too (a year alone, read in a later message, would date the work since
    it from the year's end over what that message says: "24年大专毕业" then "毕业后在公司做直播 不过25年有4个月没工作")."""
    return (_GRADUATED_IN_TWO_DIGITS_WITH_MONTH if month_said else _GRADUATED_IN_TWO_DIGITS).sub(r"20\1年", text)


GRADUATION_YEAR = re.compile(r"(?:graduat\w*|\bgrad\b|毕业)(?:\s+from\s+[^.,;\d]{1,30}?\s+in\s+|[^\d级证]{0,12}?)(?:\b(?P<mname0>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?P<y1>(?:19|20)\d{2})(?!\d)|(?P<y2>(?:19|20)\d{2}|今年|去年|上年|前年)\s*年?\s*(?:(?P<month>1[0-2]|0?[1-9])\s*月(?:份)?)?(?:\D{0,4}|(?:在|喺|于|從|从)[^，,。；;\d]{1,10}?)毕业"
                             r"|(?:(?P<mname>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?P<y3>(?:19|20)\d{2})\s+(?:grads?|graduates?)\b", re.I)
# (not one who keeps asking or saying: "學員一直問", "老板一直催")
WORKED_ALL_ALONG = (r"(?:之后|以后|后来|跟住|然后|此后|从那以后|拿证后|考完)?(?:就)?一直(?![^，,。]{0,6}(?:没|冇|未|不)(?:有)?(?:上班|工作|做|干|开工|返工)|在家|在找|找工作|待业|(?:在)?(?:问|说|讲|催|追问|想|觉得|以为|等|劝|叫))|ever\s+since|since\s+then|the\s+whole\s+time|all\s+along|"
                    # "之後持續從事直播帶貨，沒有中斷", "之後全職做主播"
                    r"(?:之后|以后|此后|拿证后|考完(?:以后|之后)?)(?:就|都|也)?(?:持续|继续|全职|一路)(?:地)?(?:做|干|从事|在|当|播)|"
                    r"^\W*(?:之后|以后|此后|拿证后|考完(?:以后|之后)?)(?:都|也)(?:在|喺)(?:做|干|从事|当|播)|"  # "之後都在做直播"
                    # "畢業嗰年考咗四級視頻創推員 之後喺廣告公司剪片": the work taken up after the certificate
                    r"(?:考|拿|攞)(?:咗|了|到)?[^，,。]{0,12}?\s*(?:之后|以后|跟住)(?:就)?(?:在|喺)[^，,。]{1,10}?(?:做|剪|播|当|干|拍)|"
                    r"没有?(?:中断|间断|断过|停过)|冇(?:停过|断过)|"
                    # "之後一路都喺MCN做後台 冇轉過行": all the way since, in the same line of work
                    r"(?:之后|以后|后来|跟住|然后|此后|拿证后|考完)(?:就|都)?一路(?:都|也)?(?:在|喺)?(?=[^，,。]{0,12}(?:做|干|播|当|剪|拍))|(?:没|冇)有?(?:转|换)过行|"
                    r"(?:之后|以后|此后|后来|一直)(?:都|也)?(?:冇|没有?|未)(?:停|断)(?!止)|"  # "攞證之前已經做咗兩年直播，之後都冇停"
                    # "一路都做直播带货" (Cantonese "all along")
                    r"^\W*(?:之后|跟住)?一路(?:都|也)?(?:有)?(?:在|喺)?(?:做|干|播|当)|"
                    # ("做到而家都係管後台", said on its own after the certificate: the work to today)
                    r"^\W*(?:之后|跟住|然后)?(?:一直)?(?:都)?(?:做|干|播|管)(?:到|至)(?:现在|而家|今天|今日|如今)|"
                    # "working as selector full time" said on its own after the certificate: the work goes on
                    r"^\W*(?:i'?m\s+|i\s+am\s+|currently\s+|still\s+)?working\s+(?:as\s+(?:an?\s+)?[\w-]+\s+)?full[\s-]?time\b|"
                    r"(?<!no work )(?<!not worked )(?<!nothing )(?<!no job )\bsince\s*(?=[.!?),;]|$)|continuously|without\s+a\s+break|no\s+breaks|\bnon[\s-]?stop\b|没断过|没停过|从没停过"
                    # "之後都繼續做緊", "拿证后也一直在播", "and kept going after"
                    r"|(?:之后|以后|后来|跟住|拿证后|考完)(?:都|也|就)?(?:继续|仲|还)(?:在|系)?(?:做|干|播)|\bkept\s+(?:going|at\s+it|doing\s+it|streaming|working)\b"
                    r"|\bbefore\s+and\s+after\b|(?:之前|以前)(?:和|同|跟)(?:之后|以后)(?:都|也)"
                    # "仲做紧直播", "还在做主播", "still streaming" said on its own after the certificate: the work goes on
                    r"|^\W*(?:我)?(?:现在|而家|目前)?(?:都)?(?:仲|还|依然|仍然|仍)(?:系|是|在|喺)?(?:度)?(?:做紧|做|干|播|当)(?!过)"
                    r"|(?:^\W*|[,，;]\s*)(?:i'?m\s+|i\s+am\s+|and\s+)?still\s+(?:(?:doing|working)\s+(?:it|this|that|live|lives|streams|as)|streaming|hosting|selling|working|editing|creating)\b"
                    # ("still doing short video promo full time", "been streaming on 视频号 the whole time")
                    r"|^\W*(?:i'?m\s+|i\s+am\s+|and\s+)?still\s+doing\s+[^.;?]{0,30}?\bfull[\s-]?time\b|\bthe\s+whole\s+time\b|\ball\s+(?:this|that)\s+time\b|\bthe\s+whole\s+way\s+through\b|\ball\s+the\s+way\s+through\b"
                    # "之後喺公司做主播到而家": from then on, up to now
                    r"|(?:之后|以后|后来|跟住|此后|拿证后|考完)[^，,。.;；]{0,12}(?:到现在|到而家|至今|到今天)|\b(?:since then|after that)\b[^.;]{0,30}\b(?:till|until|up to) (?:now|today)"
                    # "2023年有半年没上班，其他时间都在干": the rest of the time, at work
                    r"|其[他余]时间(?:都|也)?(?:在|有)?|the\s+rest\s+of\s+the\s+time|otherwise\s+(?:been\s+|always\s+)*(?:working|streaming|selling|making|editing|creating|hosting)")
# Work said to have gone on after a stretch counted since the certificate ("拿证后在MCN做了三年，后来自己干到现在").
CONTINUED_TO_NOW = (r"(?:后来|之后|然后|接着|跟住|再后来)[^。.;；]{0,14}(?:到现在|到而家|至今|到今天)"
                    r"|\bthen\b[^.;]{0,30}\b(?:till|until|to) (?:now|today)\b")
ANAPHOR_SINCE = (r"\bever\s+since\b(?!\s*(?:\d|i\b|we\b|my\b|graduat|leaving|moving|joining|starting))"
                 r"|\b(?:since|after)\s+(?:that|then|it)\b|\bfrom\s+then\s+on\b|\bsince\s*(?=[.!?)]|$)"
                 r"|从那以后|从那时起|自那以后|此后|之后一直|之后就|以后一直|后来一直")
# (a certificate said not to be held obtains nothing: "没有证书 去年12月开播", "一张证都没有")
CERTIFICATE_EVENT = (r"(?<!毕业)(?<!学历)(?<!结业)(?<!学位)(?<!没有)(?<!没)(?<!无)(?<!冇)(?<!任何)证(?!明)(?!书?\s*(?:都|也)?(?:没|冇))|拿(?=\s*(?:$|[，,。！!？?]))|考到|拿到|取得|获得|考的|拿的|考过|考取|拿了|考了|到手|通过|[一二三四五]级|技师(?!学院)|高级工|中级工|初级工"
                     r"|certific|\bcert\b|qualification|\bgot\b|passed|obtained|earned|received|\bissued\b|\bcame\b(?!\s+back)"
                     r"|\blevel\b|(?<![a-z0-9])l[1-5](?![a-z0-9])|\blvl\b|technician|\bworker|intermediate")
OTHER_EVENT = (r"开始|入行|进入|加入|入职|毕业|出生|结婚|离职|辞职|\bstart|\bbegan|\bbegun|\bjoined|\bentered|graduat"
               r"|\bborn\b|\bmoved|\bquit\b|married")
# Dates of the certificate: "拿证是2021年", "got it in 2021", "cert since 2020"; a plan ("打算今年考") is not one.
# The month said with a calendar year ("2022年8月", "2022.8", "2022-08"; "august 2022", "aug of 2022").
MONTH_AFTER_YEAR = r"\s*(?:年\s*|[.\-/]\s*)(?P<month>1[0-2]|0?[1-9])(?:\s*月|(?!\d))"
MONTHS = {name: n for n, name in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
MONTH_BEFORE_YEAR = (r"\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$")
# A date that starts the work ("2019年开始做直播", "从2024年1月开始", "since march 2022", "started in 2021",
# "2020年做到而家": the work from that year until now).
# (a date, then what ended on it before the work began: "2025年5月退伍后开始做直播到现在")
WORK_START_AFTER = r"\s*年?\s*(?:(?:1[0-2]|0?[1-9])\s*月)?(?:份|初|头|中|底|尾|上半年|下半年|[春夏秋冬]天?)?\s*(?:[0-3]?\d\s*[号日])?\s*" \
    r"(?:(?:疫情)?(?:那会儿?|那时候?|那阵子?|的时候|期间|左右|前后|以后|之后|后)\s*)?" \
    r"(?:(?:刚刚|刚|才)?(?:退伍|退役|转业|毕业|离职|辞职|回国|出院|生完(?:孩子|宝宝|娃|bb)?|坐完月子)(?:了|咗)?\s*(?:(?:以|之)?后)?\s*[，,]?\s*(?=(?:就|才|正式|然后)?开始))?" \
    r"(?:(?:就|早就|已经|就已经)?(?:在|于|到)[^，,。；;\d年月]{1,8}?(?=(?:就|才|正式)?(?:开始|开播|开(?:的|了|咗)?(?:网)?店|入行|入职)))?\s*(?:就|然后|就已经|已经|早就|早已|又|再|重新|正式|才|才刚|刚|先|才再|先再|又再|才又|先又|才重新|先重新|又重新)?(?:开始|开播|开(?:的|了|咗)?(?:网)?店|复播|起|转做|转(?:了|咗)?去做|转(?:了|咗)?到[^，,。；;\d年月]{1,10}?(?:做|干|播|当)|转行做|转行|返嚟|返来|回来|出来(?=了|做|干|工作|上班|[，,\s]|$)|出嚟|以来|至今|到现在|到而家|入行|入的行|入嘅行|进(?:了|咗)?(?:这|呢)(?:一)?行|入职|进入|加入|进(?:了|咗)?(?:这家|我们|我哋)?(?:公司|单位)(?!前|之前|以前)|进(?:的|嘅)(?=\s|[，,。]|$)|进来(?!前|之前|以前)|来(?:的|嘅)(?=\s|[，,。!！]|$)|来(?:了|咗)?(?:我们|我哋|我这|我度|公司|店里)(?!前|之前|以前)|上班|返工|复工|辞(?:了|咗)?(?:职|工)(?:去|来|转)?(?=做|干|当|搞)" \
    r"|(?:做|干|播|搞)(?:到现在|到而家|至今|到今天)" \
    r"|(?:才再|先再|才又|先又|又再|才重新|先重新|先至再|先至又)(?:做|干|播|搞))"  # ("上年7月先再做直播": only then back at it)
# "19年就在淘宝直播了 一直干到现在": already at it in that year, and all along since
WORK_START_AFTER += r"|\s*年?\s*(?:(?:1[0-2]|0?[1-9])\s*月)?\s*(?:就|早就|已经|就已经)(?:在|于)[^，,。；;\d年月]{1,10}?(?:直播|播|做|干|卖|带货)(?:了|咗)?" \
    r"(?=[^。；;]{0,4}一直(?:都)?(?:在)?(?:做|干|播)?(?:到|至)(?:现在|而家|今天|今))"
# "back to hosting Feb 2024 till now", "Mar 2023 - present": a date the work has gone on from until now
WORK_START_AFTER += r"|\s*年\s*(?:(?:1[0-2]|0?[1-9])\s*月)?\s*(?:开|做|干|播|卖)到(?:现在|而家|今天|今日)|\s*(?:年\s*(?:(?:1[0-2]|0?[1-9])\s*月)?)?\s*(?:till|until|up\s+to|to|through)\s+(?:now|today|the\s+present|present|date)\b|\s+onwards?\b|\s*[-–—~]\s*(?:now|present|today)\b"
WORK_START_BEFORE = r"(?:从|自从?|打从|由)\s*$|\b(?:(?:switched|moved|went\s+back|came\s+back|got\s+back|returned|restarted|resumed|re-started|started\s+again)(?:\s+[\w-]+){0,6}\s+in|(?:switched|got\s+into|went\s+into)(?:\s+(?!majors?\b|course|school|class|program|degree|studies)[\w-]+){0,6}|since(?:\s+(?:early|mid|late|the\s+end\s+of|end\s+of|the\s+start\s+of|spring|summer|autumn|fall|winter)(?:\s+of)?)?|starting|started(?:(?:\s+[\w-]+){0,11}(?:\s+in|\s+on)?)?|began(?:(?:\s+[\w-]+){0,8}(?:\s+in)?)?|joined(?:(?:\s+[\w-]+){0,9}(?:\s+in|\s+on)?)?)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?$"
# Another occupation's certificate supposed not accepted as a related one ("要是评价机构不认营销员算相关职业呢？", "what if
# they don't accept the 电子商务师 cert?"): read on Mandarin words, lower case
# (a question whether it counts, "认不认", "那算不算", supposes nothing)
CERTIFICATE_NOT_ACCEPTED = (r"(?:要是|如果|万一|假如|假设|若)[^？?]{0,16}(?:(?<!认)不认|不承认|(?<!算)不算|不接受|不被认|(?<!认)唔认|(?<!算)唔算|唔承认|不给算)"
                            r"|\b(?:what\s+if|if|suppose)\b[^?]{0,40}\b(?:doesn'?t|does\s+not|don'?t|do\s+not|won'?t|isn'?t|aren'?t|not)\s+"
                            r"(?:count|accept|recogni[sz]e|accepted|recogni[sz]ed|counted|treat)")
# Work the conditions may not count as this or a related occupation ("本职业或相关职业"): the evaluation body
# decides, and the reply says so. One list for the parser (other work beside this work) and the understanding step.
# Service in the army, named as other work ("当兵", "部队")
ARMY_SERVICE = r"部队|当兵|服役|入伍|军营"
OTHER_WORK = (r"导购|客服|美容师|美容院|美甲|美发|理发|地推|跑业务|(?<!家)电销|电话销售|导游|(?<![在读学])酒店(?!直播|管理|专业)|(?<![读学])银行|旅行社|房仲|房产中介|中介|地产经纪|地产代理|房地产|(?<!房)地产|业务员|文职|街市|菜市场|菜市|菜档|开档|摊档|外卖|骑手|快递员|售货员|营业员|店员|收银|服务员|侍应|文员|司机|工厂|厂里|厂度|电子厂|进(?:了|咗)?(?:个|间|家)?厂|流水线|\bqc\b|质检|品检|车间|保安|超市|商场|服装店(?!\s*(?:的)?直播)|餐厅|餐饮|酒楼|楼面|饭店|餐馆|茶餐厅|"
              + ARMY_SERVICE + r"|(?<![学读])护理(?!专业|系|学|大专|本科|中专|毕业)|(?<![在读学])医院|教书|电视台|保险|(?<!选品)(?<![(（])采购(?!\s*[a-z])|教师|厨师|工地|行政|护士|面包店|烘焙|酒店前台|手机店|实体店|门店|服装批发|美工|修图|跟单|制衣厂|服装厂|纺织厂|食品厂|(?<!直播)销售(?!员)|游戏主播|游戏直播|打游戏|才艺直播|娱乐直播|秀场|唱歌直播|直播唱歌|唱歌主播|零售|柜姐|柜台|专柜|微商|"
              r"(?<![学读])会计(?!专业|系|学)|"
              r"shop assistant|tour guide|\bthe army\b|military|\btv station|hospital|telemarket\w*|door[- ]to[- ]door|retail|customer service|call cent(?:re|er)|cashier|streaming games|game[- ]?stream\w*|gaming stream\w*|waiter|waitress|beautician|hairdresser|barber|nail (?:tech\w*|salon)|beauty salon|factory|assembly|counter sales|beauty counter|shop sales|sales rep|teacher|insurance|driver|"
              r"accountant|\boffice job\b(?=[^.;,]{0,24}\bfor\b)|nurse|\bbank(?:ing)?\b|sales manager|sales jobs?|\bin sales\b|offline sales|in-store sales|offline (?:shop|store)|physical (?:shop|store)|brick[- ]and[- ]mortar|线下销售|supermarket|restaurant|bakery|cafe|café|hotel|phone shop|mobile (?:phone )?shop|\bmall\b|warehouse|delivery|admin(?:istrative)? (?:job|work)|uniqlo|game stream|gaming|gamer|\bcar (?:sales\w*|dealer\w*)|\bdealership\b|\b4s (?:shop|store|dealer\w*)|4s店|汽车销售|卖车")
# ("去年5月开始帮他弄后台的 上架 回评论": a live room's back office, the platform administrator's work)
WORK_START_CUE = (r"\b(?:started|began|joined|working|worked|hired) as\b|进(?:了|咗)?(?:这|呢)(?:一)?行|转(?:到|去|入|行到?|行做)\s*(?:做)?(?:直播|带货|选品|短视频|电商)|做|干|从事|当(?!时)|跑|入行|上班|工作|开始直播|开播|\bfull[\s-]?time\b|(?:开店|开网店|开了店|店)[^，,。]{0,6}开到|开到(?:现在|而家|今天)|带货|卖|(?<!直)播(?!客)|在[^，,。]{0,8}直播|剪|拍|\bwork|\bjob|streaming|stream(?:ed|s)?\b(?! from)|seller|streamer|anchor|入职|上岗|入行|抖音|快手|淘宝|视频号|小红书|douyin|kuaishou|taobao|tiktok|xiaohongshu|shopee|"
                  r"selling|\bsales\b|\bsold\b|hosting|\bhost(?:ed)?\b|editing|\bran\b|\brunning|\bdoing\b|buyer|agency|\bmcn\b|\bops\b|operations|admin|"
                  # ("short-video operator since 2020": a role held since then)
                  r"\boperator\b|\bvideo editor\b|\bcreator\b|\bpromoter\b|\bselector\b"
                  # ("since then makes short videos for brands")
                  r"|\b(?:mak(?:e|es|ing)|made|shoot(?:s|ing)?|shot|edit(?:s|ed)?)\s+(?:short\s+|product\s+|brand\s+)?(?:videos?|clips|vids)\b"
                  r"|selector|creator|promoter|salesperson|选品|主播|后台|上架|场控|中控|运营|\blive[\s-]*commerce\b|\be-?commerce\b|电商|\bswitched\b|\bmoved (?:to|into)\b|\bstudio\b|\bcompany\b|工作室|公司|\bbeen (?:here|there|with (?:us|them|the company|this company|our (?:company|team|mcn|agency|studio)))\b"
                  # ("Xiaomei joined us in October 2025", "joined our MCN in 2023")
                  r"|\bjoined\s+(?:us|our\s+(?:company|team|mcn|agency|studio|shop)|the\s+(?:team|company|mcn|agency|studio))\b"
                  # ("working for an MCN as a host" then "started there Aug last year": the workplace named before)
                  r"|\b(?:started|began)\s+(?:there|here)\b(?!\s+(?:as\s+a\s+)?(?:student|studying|school|uni|college))")
NOT_WORK_START = r"关注|了解|听说|知道|学习|接触|研究|考虑|准备|打算|\bthinking\b|\blearning\b|\bfollowing\b"
# Two-digit years said as dates ("24年1月拿的", "21年3月到23年3月", "15到21年", "22年6月毕业"): written out in
# full before anything else reads the text, so that they are never read as 24 or 21 years of work.
# The words before a level a rule's years count from ("they said 3 years after 三级 is enough"): no level held or wanted
COUNTED_FROM_BEFORE = r"\b(?:years?|yrs?|months?)\s+(?:after|since|from)\s+(?:the\s+|getting\s+|a\s+|holding\s+)?$"
# A year with the shopping festival or holiday it began in ("22年双十一开始", "2021年618", "23年国庆后"): the month
# that day falls in, so that the year is read as a date (and never as 22 years of work). Lunar holidays are near enough.
EVENT_MONTHS = {"双十一": 11, "双11": 11, "雙十一": 11, "雙11": 11, "双十二": 12, "双12": 12, "雙十二": 12, "雙12": 12,
                "618": 6, "春节": 2, "春節": 2, "过年": 2, "過年": 2, "农历新年": 2, "农历年": 2, "農曆新年": 2, "農曆年": 2, "国庆": 10, "國慶": 10, "五一": 5, "暑假": 7, "寒假": 1,
                # ("去年十一国庆那会儿", "前年中秋", "2024年元宵节过后", "去年腊月", "去年圣诞前后")
                "十一国庆": 10, "十一黄金周": 10, "十一长假": 10, "国庆节": 10, "中秋": 9, "中秋节": 9, "元宵": 2, "元宵节": 2,
                "腊月": 13, "端午": 6, "端午节": 6, "七夕": 8, "圣诞": 12, "圣诞节": 12, "情人节": 2, "元旦": 1}
# (腊月, the twelfth lunar month, falls in January or February of the next calendar year: 13 stands for that January)


# The day of the month of a fixed-date one late in its month ("去年圣诞前后开始的" is 25 December, not yet a year ago in
# early December). One early in its month is read to the month, as dates are (a start on 双十一 counts from November:
# its dates come out to the month, not a month late).
EVENT_DAYS = {"618": 18, "圣诞": 25, "圣诞节": 25}


def event_date(year: int, name: str) -> str:
    """The date a holiday of a year falls in, as the parser reads dates ("2025年腊月" -> "2026年1月", "2025年圣诞" ->
    "2025年12月25号"); a lunar holiday to its month only."""
    month = EVENT_MONTHS[name]
    year, month = (year + 1, 1) if month == 13 else (year, month)
    day = EVENT_DAYS.get(name)
    return f"{year}年{month}月{day}号" if day else f"{year}年{month}月"


# (the longest name first, so that "国庆节" is read whole and "十一国庆" before "十一")
_EVENT_NAMES = "|".join(sorted(EVENT_MONTHS, key=len, reverse=True))
# "前年国庆后开始", "去年双十一之前": the event in a year said relative to today (years back, its month)
EVENT_IN_RELATIVE_YEAR = re.compile(r"(今年|去年|上年|前年)\s*(?:的)?\s*(" + _EVENT_NAMES + r")")
RELATIVE_YEARS_BACK = {"今年": 0, "去年": 1, "上年": 1, "前年": 2}
# "since last chinese new year": the latest one gone by
EVENT_LAST_EN = re.compile(r"\b(?:last|this\s+year'?s?|this)\s+(chinese\s+new\s+year|cny|spring\s+festival|national\s+day|double\s+11|singles'?\s+day|618)\b")
EVENT_MONTHS_EN = {"chinese new year": 2, "cny": 2, "spring festival": 2, "national day": 10, "double 11": 11, "singles day": 11,
                   "singles' day": 11, "618": 6}
EVENT_AFTER_YEAR = re.compile(r"(?<![\d.])((?:19|20)?\d{2})\s*年\s*(?:的)?\s*(" + _EVENT_NAMES + r")")
# ("18年到20年在一家公司做客服": both years in two digits, the first with its 年; not "干了10年到12年")
SHORT_YEAR_RANGE = re.compile(r"(?<![\d.])(?<!了)(?<!干|做|满|近|快|有)([12]\d)\s*(?:年\s*)?(?=(?:到|至|~|－|—)\s*[12]\d\s*年)")
SHORT_YEAR_AFTER_TO = re.compile(r"(?<=[到至~－—])(\s*)([12]\d)(?=\s*年)")
SHORT_YEAR = re.compile(r"(?<![\d.年])(?<!了)(?<!干|做|满|近|快|有)([12]\d)(?=\s*年\s*(?:她|他|我|佢)?\s*(?:\d{1,2}\s*月|全年|一整年|整年|[初中底末尾头]|[上下]半年|[春夏秋冬]|年[初中底末尾头]|(?:(?:就|才|便|已经)?(?:拿|补考|考|取得|获得|毕业|开始|开店|入行|领|到手))|(?:就|已经|早就)在|那年|的时候|"
                        r"(?:生|停|休息|转|回来|返|又|再|重新|辞职|离职|没|冇|是在|在做|在干|去了|去做)|"
                        # ("小李是22年应届进来的", "19年入职", "20年疫情那年"): the year one joined, the year of an event
                        r"(?:应届|进来|进公司|进的|入职|加入|来的|来公司|疫情)|"
                        # ("25年有4个月没工作": months within that year)
                        r"(?:有|中间有|里有)\s*(?:\d{1,2}|[一二三四五六七八九十两半]{1,2})\s*(?:个)?月|"
                        # ("23年做咗8個月 停咗": months of work within that year)
                        r"(?:做|干|播|搞)(?:了|咗)?\s*(?:\d{1,2}|[一二三四五六七八九十两半]{1,3})\s*(?:个|個)?月|"
                        r"(?:到|至|~|－|—)\s*(?:20)?[12]\d\s*年))")
# A stretch of work between two dates ("2021年3月到2023年3月在MCN做助播", "from 2019 to 2022", "2019-2022").
_MONTH_NAMES = "|".join(MONTHS)
# "from early 2019 to the end of 2021": the part of a year at either end of an English stretch
_PART_OF_YEAR_EN = r"early|mid|late|(?:the\s+)?(?:start|beginning|middle|end)\s+of|(?:the\s+)?(?:spring|summer|autumn|fall|winter)(?:\s+of)?"  # ("summer 2020 to end of 2022")
DATE_RANGE = re.compile(
    # ("2019年1月開始做直播賣嘢，做到2021年12月": the start, the work, and where it ended)
    r"(?P<y1>(?:19|20)\d{2})\s*年\s*(?:(?P<m1>\d{1,2})\s*月)?(?P<e1>份|初|中|底|末|尾)?\s*(?:开始[^到至。]{0,16}?(?:做|干|播|搞|卖))?\s*(?:到|至|~|－|—|-)\s*"
    r"(?P<y2>(?:19|20)\d{2})\s*年\s*(?:(?P<m2>\d{1,2})\s*月)?(?P<e2>份|初|中|底|末|尾)?"
    # ("in sales since 2015, offline store till 2022": since one date and till another, the work said between)
    r"|(?:from\s+|(?P<since>since\s+))?(?:(?P<n1>" + _MONTH_NAMES + r")[a-z]*\.?\s+|(?P<p1>" + _PART_OF_YEAR_EN + r")\s+)?(?P<y3>(?:19|20)\d{2})"
    r"(?:(?(since)(?:(?!break|paus|stop|\boff\b|quit|leave|rest)[^.;!?\d]){1,30}?\s(?:till|until|up\s+to)\s+|(?!))|\s*(?:to|till|until|[-–])\s*)"
    r"(?:(?P<n2>" + _MONTH_NAMES + r")[a-z]*\.?\s+|(?P<p2>" + _PART_OF_YEAR_EN + r")\s+)?(?P<y4>(?:19|20)\d{2})(?![\d-])", re.I)
# Two months of one year ("Jan–Aug 2021", "2021年1月到8月"): written out as a stretch between two dates.
MONTHS_IN_ONE_YEAR_EN = re.compile(r"\b(" + _MONTH_NAMES + r")[a-z]*\.?\s*(?:–|-|—|to|till|until)\s*(" + _MONTH_NAMES + r")([a-z]*\.?)\s+((?:19|20)\d{2})\b", re.I)
MONTHS_IN_ONE_YEAR_ZH = re.compile(r"((?:19|20)\d{2})\s*年\s*(1[0-2]|0?[1-9])\s*月\s*(到|至|~|－|—|-)\s*(1[0-2]|0?[1-9])\s*月")
CALENDAR_YEAR = re.compile(r"(?<!\d)(?<!\d\.)(?P<year>(?:19|20)\d{2})(?!\d|\.\d)")
# A month spelled out after a year ("去年五月", "2022年十月", "前年十二月"); not "五月份的考试" alone.
SPELLED_MONTHS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
SPELLED_MONTH = re.compile(r"(\d{4}\s*年|去年|今年|前年|上年)\s*(十[一二]?|[一二三四五六七八九])(?=\s*月)")
RELATIVE_YEARS = ((r"今年(?!\s*(?:\d+|[一二三四五六七八九十]+)\s*岁)|\bthis\s+year\b", 0), (r"去年|上年|(?<!the )(?<!my )(?<!our )(?<!in )\blast\s+year\b(?!\s+(?:of|at|in)\b)", 1), (r"(?<!大)前年|\bthe\s+year\s+before\s+last\b", 2))
# "got my L3 last year and want L2": two statements; "…是今年2月考的想问四级要等到什么时候", typed with no
# punctuation: the question asked after the facts
CONJUNCTION = r"\b(?:and|but|so)\b|而且|但是|可是|不过|所以|然后|想问|请问|现在(?=想|要|打算|准备)"
DATE_PREPOSITION = r"\b(?:in|since|from|around|during)\s*$"
# Asking to take an exam ("Can I take level 5 this year?", "今年能不能考五级"): the date said is a plan, not a certificate's.
ASKS_TO_TAKE = (r"\b(?:can|could|may|should|will)\s+(?:i|we|she|he|they)\s+(?:\w+\s+){0,2}(?:take|sit|do|apply|get|register)\b"
                r"|(?:能不能|能否|可不可以|可唔可以|可以|能)(?:在)?(?:今年|明年|年底|年内)?(?:就)?(?:考|报|申)"
                # "今年能申三级了吗？还是要到明年": the year of the exam asked about
                r"|(?:今年|明年|年底|年内|后年)\s*(?:就)?(?:能|可以|可|能不能|可不可以|够|得)\s*(?:申|考|报)")
# An age limit asked about ("考二级有年龄门槛吗", "is there an age limit for level 2?").
AGE_LIMIT_ASKED = r"年龄(?:门槛|限制|要求|上限|下限)|\bage (?:limit|requirement|restriction|cap)s?\b|\bminimum age\b"
PLAN_CUE = r"想|打算|准备|计划|希望|要考|要报|报名|申报|报考|\bwant|\bplan|\bwill\b|going\s+to|\bhope|\baim|\bapply|\bnext\b"
WORK_CUE = (r"(?<=[年月])(?:多)?(?:的)?班(?!级|主任|车|次)|(?<![没不未])在岗|(?<![没不未])全职(?!宝妈|妈妈|主妇|太太|带|在家)|(?<![没不未])在职|干|做|"
            # ("弄了两年", "搞直播三年": colloquial for doing the work)
            r"(?:弄|搞)(?=了|咗|过|直播|带货|电商|选品|视频)|"
            # ("在商场卖衣服卖了五年": selling, as a job)
            r"(?<![买拍])卖(?:了|咗|过)(?=\s*[\d一二两三四五六七八九十半几]+\s*(?:年|个月))|"
            # ("之前在服装店当导购四年": a role held for a while)
            r"(?<![相适应])当(?![了咗过過时地然作成初年天中前日面场兵妈爸家])(?=[^，,。\d年]{1,6}[\d一二两三四五六七八九十半几]+\s*(?:年|个月|個月))|(?<![相适应])当(?:了|咗|过)(?=\s*[\d一二两三四五六七八九十半几]+\s*(?:年|个月|個月)[零又\d一二三四五六七八九十个個月半多]*(?:了|啦|左右|吧)?\s*(?:$|[，,。！!？?]))|工作|打工|兼职|开(?:了|过|咗)?(?:[\d一二三四五六七八九十两多几]+\s*年)?(?:的)?[^，,。\d]{0,4}(?:店|铺|档|公司)|经营|(?<![直传广转])播(?!客|放)|剪辑|拍摄|视频|抖音|快手|淘宝|\bedit|\bvideos?\b|\bvids?\b|douyin|kuaishou|tiktok|taobao|从事|从业|经验|直播|带货|卖货|运营|主播|上班|入行|电商|营销|销售|选品|任职"
            r"|\bwork|\bjob|experience|\bexp\b|selling|seller|sales|stream|\blive|industry|\b(?:full|part)[- ]?time\b(?!\s+(?:student|study|studies|studying|school|college|course|degree|program|programme|class))|e-?commerce|marketing|anchor|\bhost|career|employ"
            r"|selector|creator|promoter|administrator|\bops\b|operations|\bbeen\s+(?:there|here|doing|at|with|in)\b|buyer|\bbuying\b|\bretail|purchasing|merchandis|采购|\bspent\b|\b(?:years?|yrs?|months?)\s+(?:here|with\s+us)\b|\bas an? (?!student|kid|child|teen)\w+|\b(?:was|been)\s+an?\s+(?=(?:[\w-]+\s+){0,2}?(?:host|streamer|anchor|selector|buyer|editor|creator|seller|admin\w*|operator|marketer|merchandiser|promoter|salesperson|"
            r"assistant|cashier|clerk|waiter|waitress|driver|sales\w*|courier|rider|guide|agent|rep|beautician|hairdresser|barber)\b)"
            # "I've done this since Sept 2020": the work just described
            r"|\bdo(?:ne|ing)\s+(?:this|it|that)\b"
            # ("has done platform admin with us ever since", "doing product selection since")
            r"|\b(?:has|have|'s|'ve)\s+done\s+(?:platform|product|live|short|video|selection|hosting|admin)\b|\bdoing\s+(?:platform\s+admin|product\s+selection|live\s+selling|selection)\b")
# A level said alone, as the answer to "which certificate do you hold?" ("五級", "L5", "level 5 cert", "四级证").
BARE_LEVEL = (r"\W*(?:(?:yes|yeah|yep|有|有的|持有)\W*)?(?:an?\s+|the\s+)?(?:level|lvl|lv|l)?\s*(?P<level>[1-5一二三四五])\s*(?:级|級)?\s*"
              r"(?:证书?|證書?|證|cert(?:ificate)?)?\W*")
STUDY_CUE = r"培训|学习|学了|读|上学|毕业|学徒|课程|上课|train|stud(?:y|ied)|school|college|course|apprentic|degree|\bclass"
# "算满一年了吗", "够一年没有": a duration asked about, not said.
ASKED_BEFORE = r"(?:(?:算|够)(?:有|是)?|满|到|有没有|是不是|算不算|当|当作|算作)(?:累计|总共|一共|加起来)?\s*$"  # ("这样我算有一年经验吗")
ASKED_AFTER = r"\s*(?:多|几)?\s*了?(?:吗|么|嘛|吧|没有?|未|\?|？)|\s*(?:的)?(?:工作)?(?:经验|年资|年限)\s*(?:吗|么|嘛|？|\?|$)" \
    r"|\s*(?:的)?(?:工作)?(?:经验|年资|年限)?\s*(?:去|来|可以|能)?\s*报\s*[一二三四五1-5]\s*级\s*(?:吗|么|嘛|？|\?|$)"  # "算不算够六年报四级？"
# A duration that is the length of a course ("a 3-year e-commerce program", "3个月的直播培训课"), however
# close a work word ("e-commerce", "直播") sits to it.
STUDY_AFTER = (r"[\s-]*(?:(?!and\b|then\b|but\b)[\w()（）-]+\s+){0,4}?(?:program(?:me)?|course|degree|diploma|class(?:es)?|training|studies)\b"
               r"|的?[^，,。；;\d\s]{0,6}(?:培训|课程|课|专业|学习|学制)")
NOT_CERTIFICATE_EVENT = "|".join((OTHER_EVENT, WORK_CUE, STUDY_CUE))  # what else a date may be the date of

# The years since the certificate were not spent in this work ("这几年其实在厂里上班 没做直播"): none count.
NO_FIELD_WORK_SINCE = (r"(?:这几年|这些年|这段时间|之后|拿证后|拿证以后|考完以后|\bsince\s+then|\bsince\s+getting\s+it)[^。；;]{0,14}?"
                       r"(?:没有?|不|未)(?:再|在)?(?:做|干|从事|搞)过?(?:直播|带货|选品|这行|本行|相关|这个)"
                       r"|\bsince\s+(?:then|getting\s+it)\b[^.;]{0,30}\b(?:didn't|haven't|have\s+not|did\s+not|not)\s+(?:been\s+)?(?:do|doing|work|working|stream|streaming|sell|selling)",)
# Other work named as where the asker works now ("在厂里上班", "做外卖骑手"), before a wish to start this work
OTHER_WORK_PLACE = r"厂里|工厂|电子厂|流水线|车间|工地|餐厅|饭店|酒楼|超市|外卖|快递|保安|司机|服务员|收银"
NO_WORK = (  # years of work 0
    # ("啥经验都没有 刚毕业"; the English "no experience" is read below)
    r"(?:啥|什么|任何|一点)(?:工作)?经验都?(?:没有|冇|无)|(?:没有?|冇|无)任何(?:工作)?经验|零经验|"
    r"没(?:有)?(?:正式)?(?:工作|上班)过|没上过班|(?:没|冇)(?:怎么|咋|点|咋么|啥)(?:工作|上过?班|做过|干过|做嘢|返过?工)|一直(?:都)?在(?:上学|读书|念书)|从未(?:参加)?工作|(?<!时候)(?<!那时)(?<!当时)(?<!那阵)(?<!那会)(?<!那年)还没(?:有)?(?:参加|开始)工作|(?<!时候)(?<!当时)尚未(?:参加)?工作"
    r"|(?:没|冇|没有)在外面(?:工作|上班|打工|做嘢|返工)|平时(?:没|冇|没有)(?:工作|上班|打工)(?!经验)"  # ("平时没在外面工作": a student's)
    r"|一天班(?:都|也)?没上过|一天(?:都|也)(?:没有?|冇|未)(?:干|做|上班|工作|播)过|(?:冇|没有?|未)(?:正式)?(?:做|返)过(?:工|嘢)(?!\s*(?:出粮|出糧|领工资|拿工资|收工资|领人工|拿人工|有工资|有人工))|未(?:曾)?(?:做|返)过工"
    # ("啥工作也没干过", "什么工作都没做过")
    r"|(?:啥|什么|任何|乜嘢|咩)(?:工作|工|班)(?:都|也)(?:没有?|冇|未)(?:干|做|上|打|返)过"
    r"|(?:一直|都|还|从来)(?:都)?(?:没有?|冇|未)(?:去)?(?:上班|工作|返工)(?!.{0,4}(?:以外|之外))",  # "毕业一年了，一直没去上班"
    r"(?<!如果)(?<!要是)(?<!假如)(?:没有?|无|零)(?:任何|啥|什么)?(?:相关)?的?(?:工作)?(?:经验|经历)(?!要求|也(?:可以|能|行|可)|的人|的话)",
    r"(?<!如果)(?<!要是)(?:一点|任何|什么|半点)(?:相关)?的?(?:工作)?(?:经验|经历)(?:都|也)(?:没有?|冇|无)",
    # ("工作经验是零", "no real work experience though"): none, said as a count of nothing
    r"(?:工作)?经验(?:是|为|系|係)\s*(?:零|0)(?![\d.年个])|\bno\s+(?:real|actual|proper|relevant)\s+(?:work\s+)?experience\b",
    r"\bnever\s+(?:actually\s+|really\s+|ever\s+)?(?:had\s+a\s+job|worked|been\s+employed)\b(?!\s+(?:a\s+)?full[\s-]?time)|\b(?:haven't|have\s+not|hasn't|has\s+not)\s+(?:ever\s+)?"
    r"(?:worked|had\s+a\s+job)\b(?:\s+anywhere)?(?=\s*(?:yet|before|since|at\s+all|tho|though|[.,;!?]|$))"
    r"|\b(?:havent|hasnt|have\s+never|has\s+never)\s+(?:ever\s+)?(?:worked|had\s+a\s+job)\b"
    # ("graduated this june, haven't found a job yet", "still job hunting", "unemployed since graduating")
    r"|\b(?:haven't|have\s+not|hasn't|has\s+not|didn't|did\s+not)\s+(?:found|got|gotten|landed)\s+(?:a\s+|any\s+)?job\b|\bstill\s+(?:job[- ]hunting|looking\s+for\s+(?:a\s+)?(?:job|work))\b",
    r"零基础|从零开始|从头开始|\bfrom\s+(?:scratch|zero)\b|\bcomplete\s+beginner\b",
    # "冇做過直播", "never streamed before": none of this work (other work may have been done)
    r"(?:从来)?(?:完全|根本|从)?(?:没有?|冇|未曾?)(?:正式)?(?:(?:做|干|搞|开)过(?:直播|带货|主播|直播带货|网上|网店|电商|线上)|播过)|\bnever\s+(?:done\s+(?:any\s+)?(?:live[- ]?stream\w*|live\s+selling)|streamed|hosted\s+a\s+live)",
    r"\b(?:no|zero|without(?:\s+any)?)\s+(?:work(?:ing)?\s+|job\s+|professional\s+|relevant\s+)?(?:experience|exp)\b"
    r"(?!\s+(?:is\s+|was\s+)?(?:needed|required|necessary))"
    # ("no real job yet just school projects")
    r"|\bno\s+(?:real\s+|actual\s+|proper\s+|paid\s+)?job\s+yet\b",
    # "初中毕业后就在家" (and nothing done since), "im 16 and i want to start selling on kuaishou": no work yet
    r"(?:毕业|毕咗业)(?:后|之后|以后)?(?:就)?(?:一直)?(?:在家|待在家|呆在家)(?:里)?(?![^，,。？?]{0,6}(?:直播|带货|播|做|帮|干|卖|开店|网店))\s*(?=[，,。！!？?]|$)"
    r"|\bi\s*(?:'m|\s+am)?\s*(?:\d{2}\s+and\s+i\s+)?(?:want|wanna|plan|hope)\s+to\s+start\s+(?:selling|streaming|hosting|live[- ]?stream\w*|doing\s+live)",
    # "佢想做直播带货，未做过": the work wished for, not yet done
    r"(?:想|打算|准备|计划)(?:做|当|搞)[^，,。？?]{1,10}[，,]\s*(?:但是?|可是|不过)?(?:还|仲)?(?:未|没有?|冇)(?:做|干|搞)过\s*(?=[，,。？?!！]|$)",
    # "她說畢業後想去當帶貨主播": still at school, the work to come after it
    r"(?:毕业|毕咗业)(?:后|之后|以后|過後|过后)[^，,。？?]{0,4}(?:想|打算|准备|计划)(?:去)?(?:做|当|干|入行|搞)(?![^，,。？?]{0,3}(?:几耐|多久|几年|多长))",
    # "在厂里上班，想转行做主播": other work now, this work still to come (no figure of it said)
    r"(?:" + OTHER_WORK_PLACE + r")[^。？?]{0,16}(?:想|打算|准备|计划)(?:转行|转做|改行|入行|转去)(?:做|当)?(?:主播|直播|带货)",
)

# Short answers to the bot's own question.
BARE_YES = (r"^(?:是|是的|有|有的|对|对的|嗯|参加了|完成了|满了|yes|yeah|yep|yup|i\s+have|i\s+did|done|correct|sure)",)
BARE_NO = (r"^(?:没有|没|否|不是|无|还没|不|no\b|nope|not\s+yet|i\s+haven't|i\s+have\s+not|i\s+didn't|none|never)",)
# A number of years given without its unit in an answer or a correction ("more like 6"): one or two
# digits that are not a date, an age, a level, a month, money or a share.
LONE_NUMBER = (r"(?<![\d.])(\d{1,2}(?:\.\d)?)(?![\d.]|\s*(?:岁|级|月|个|号|点|%|k\b|w\b|万|千|元|块|rmb|yuan|"
               r"years?\s+old|yo\b|y/o|th\b|st\b|nd\b|rd\b|pm|am|:))(?<!level\s\d)(?<!level\s\d\d)(?<!lv\d)(?<![a-z]\d)(?<!level\d)")
BARE_NUMBER = r"\s*(?P<num>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十]+|半)\s*(?:年|years?|yrs?)?\s*(?:了|多)?\s*[。.!！]?\s*"

# A duration that is a rate ("3000 more a month", "每个月挣一万") or a break in the work ("中间断过一年")
# is not years of work.
RATE_BEFORE = r"(?:\d\s*(?:元|块|k|rmb|yuan)|\b(?:more|extra|less)|每|\bper|\beach)\s*$"
RATE_AFTER = r"\s*(?:一般|大概|平均|大约|能|可以)?\s*(?:挣|赚|搵|找(?=[^，,。？?]{0,4}钱)|收入|工资|底薪|提成|能拿|拿到手|salary|pay|income|earn)"
# "读紧高职最后一年", "final year of college": a year of study, not of work.
STUDY_YEAR = r"最后一年|最後一年|final\s+year|last\s+year\s+of\s+(?:school|college|uni)"
# "差半年满六年", "还差3个月就够5年": how far from a figure, said beside the years themselves; not more work.
SHORT_OF = re.compile(r"(?:还)?差(?!不多)\s*(?:半年|[\d一二两三四五六七八九十]+\s*(?:个月|年))\s*(?:就|才)?(?:满|够|到)\s*[\d一二两三四五六七八九十]+\s*年"
                      # "下个月满一年", "next month it'll be a year": a figure still to come, not more work
                      r"|(?:下个?月|下周|下礼拜|过几个?月|再过[^，,。]{0,4}|明年|年底|年尾)(?:就|才)?(?:满|够|到|有)\s*(?:半年|[\d一二两三四五六七八九十]+\s*(?:个月|年))"
                      r"|\bnext\s+month\s+(?:it(?:'ll| will)\s+be|i(?:'ll| will)\s+(?:have|hit|reach))\s+(?:a|one|\d+)\s+(?:full\s+)?years?")
# "中间6月同7月返咗乡下冇开播": two months named as a break, read as "有2个月没做" (the months between as said)
MONTHS_OFF = re.compile(r"(?:1[0-2]|[1-9])\s*月(?:(?:同|和|跟|及|与|、)(?:1[0-2]|[1-9])\s*月)+[^，。；;]{0,12}?(?:没有?|冇|未)(?:开播|播|做|干|上班|工作|开工)")
WHOLE_YEAR_OFF = re.compile(r"((?:19|20)\d{2}\s*年)(?:的)?(?:全年|一整年|整年|成年|整整一年|一年)(?:都|也|基本)?(?:没有|没|冇|未)(?=[做干播上工开])")
# "中间2023年生BB停咗成年", "2022年因为疫情断了一整年": a whole year said as stopped, with its year
YEAR_STOPPED_WHOLE = re.compile(r"((?:19|20)\d{2}\s*年)([^，。；;,\d]{0,10}?)(?:停|断|歇|休息)(?:了|咗)?(?:成年|一整年|整年|整整一年|全年|一年)")
# (military service in the middle of the work is time out of it too: "中间去当兵两年"; one said after it,
# "之后去咗当兵两年", is read as other work, which the reply keeps apart)
BREAK_BEFORE = r"(?:断了?过?|停了?过?|休息了?过?|空了?过?|歇了?过?|(?:离职|辞职|辞工)(?:了|过|咗)?|(?:中间|中途)去?(?:当兵|服役|参军|入伍)|(?:中间|中途)(?:有)?去?(?:送|跑|打工|上班|做别的|干别的|做其他|干其他)(?:了|过|咗)?|休(?:了|咗)?(?:产假|病假|长假|假)?|(?:放|请)(?:了|咗)?(?:产假|病假|长假))\s*(?:大|小|近|快|将近|差不多|大概|大约|约)?\s*$"
# What follows a stretch between two dates that had no work in it ("2024年3月到10月休产假，没工作")
BREAK_RANGE_AFTER = (r"\s*(?:期间|那段时间|那几个月)?\s*(?:都|也)?(?:在家)?(?:休|放|请)(?:了|咗)?(?:产假|病假|长假|育儿假|假)|"
                     r"\s*(?:期间|那段时间)?\s*(?:都|也)?(?:没有?|冇|未)(?:工作|做|干|上班|播|开播)|\s*(?:停|歇|断)(?:了|咗)?|"
                     r"\s*(?:on|for)?\s*(?:maternity|sick|parental)\s+leave|\s*(?:i\s+)?(?:took\s+(?:a\s+)?break|didn'?t\s+work|was\s+off)")
# ("中间有半年回老家没干": the place said between the figure and "没干" is still a break; "有半年去当全职妈妈没有做":
# months at home with a child)
BREAK_AFTER = r"\s*(?:(?:去|在家)?(?:当|做)(?:了|咗)?全职(?:宝妈|妈妈|主妇|太太)|(?:回(?:了|咗)?(?:老家|家|乡下|乡)|在家|返(?:了|咗)?乡下|(?:回|返)(?:了|咗)?[\u4e00-\u9fff]{1,6}?(?:老家|家里?|乡下|屋企)?)(?:了|咗|待着|呆着)?(?:都|也)?(?:没有?|冇|未)(?:干|做|工作|上班|播|开播)|没有?干|没有?做|没有?工作|的空档|空窗|的?(?:产假|病假|长假)|在(?:当兵|服役|部队|坐月子|养病|住院)|去?(?:当兵|服役|参军|入伍)|(?:坐月子|养病|住院)|off\b|break|gap|(?:of\s+)?(?:maternity|sick|parental)\s+leave|(?:of\s+)?(?:doing\s+)?nothing\b|(?:of\s+)?no\s+work\b|(?:of\s+)?not\s+working\b|(?:that\s+|when\s+)?(?:i|she|he|they)\s+(?:stopped|paused|quit|was\s+off|were\s+off|took\s+off|didn'?t\s+(?:work|stream))\b)"  # ("except got 3 months I stopped when I gave birth")
# Watching, not working ("刷抖音都五六年了", "看直播看了5年", "been watching streams for 5 years"): no years of work.
WATCHING_BEFORE = r"(?:看|刷|玩|追|逛)(?:直播|抖音|快手|淘宝|视频|短视频|小红书|b站)?(?:都|也|已经)?(?:看|刷|玩|追|逛)?(?:了|咗|过)?\s*$"
WATCHING_BEFORE_EN = r"\b(?:watch(?:ing|ed)?|scroll(?:ing|ed)?)\b[^,.;]{0,20}$"
# Other work in the middle of the stretch ("中间有一年去送外卖"): a break in this work, like "中间有一年没干".
OTHER_WORK_GAP_BEFORE = r"(?:中间|中途|期间)(?:有|还有|曾经?|也)?\s*$"
SWITCHED_AWAY_BEFORE = r"转(?:了|咗)?(?:行)?(?:去)?(?:做|干)(?:了|咗)?\s*$"  # "转去做了半年外卖": other work, for a while
OTHER_WORK_GAP_AFTER = r"\s*(?:跑去|改去|转去|回去|去|跑|在别|干别|做别|改行|转行)"
# A figure said as already net of a break ("7年是扣掉送外卖那年的", "7 yrs not counting the gap"): the total.
NET_AFTER = r"\s*(?:是|系|都是|已经)?(?:已经)?(?:扣掉|扣除|除去|去掉|减掉|减去|刨去|刨掉|不算|没算|不含|不包括)|\s*(?:not\s+counting|excluding|without\s+counting|net\b)"
# "since 2018 w/ one gap in 2023, ~8 months", "a gap of 8 months" beside the work's start: a break (read only beside a start)
# Time taken off, its length said after ("i took most of 2023 off, like 10 months")
TAKEN_OFF_BEFORE_EN = r"\b(?:took|take|taking)\b[^.;!?]{0,24}\boff\s*[,，(]?\s*(?:like|about|around|roughly|maybe|so|~)?\s*$"
GAP_BEFORE_EN = r"\b(?:gap|break|pause)\b(?:\s+in\s+(?:19|20)\d{2})?\s*[,，]?\s*(?:of\s+)?(?:~|about\s+|around\s+|roughly\s+|like\s+)?$"
BREAK_BEFORE_EN = r"\b(?:quit|stopped|paused|left|took)\b[^,.;]{0,12}(?:for\s+)?$|\b(?:unemployed|jobless|out\s+of\s+(?:work|a\s+job)|between\s+jobs)\s+(?:for\s+)?(?:about\s+|around\s+|like\s+)?$|\bexcept(?:\s+for)?\s+(?:(?:got|had|there\s+(?:was|were))\s+)?(?:about\s+|around\s+|like\s+)?$|\b(?:off|out)\s+(?:sick|ill|work)\s+(?:for\s+)?(?:about\s+|around\s+|like\s+|~)?$|\bon\s+(?:sick|medical|maternity|parental)\s+leave\s+(?:for\s+)?(?:about\s+|around\s+|like\s+)?$"  # "…the whole time except 5 months"  # "quit for 3 yrs", "took 2 years"
# Work taken up again after a break: the stretches add up ("2 yrs, then a break, then 1.5 yrs more").
# One stretch after another ("后来去MCN做了一年半选品，现在带货快一年了", "then 2 years at an agency"): they add up.
# One job after another in one message ("2022年6月转做淘宝客服", "then switched to streaming in 2024").
JOB_CHANGE = r"转做|转去|转行|转到|改做|换成|跳槽|\bswitched\b|\bmoved (?:to|into)\b"
SEQUENCE = r"转行|转做|后来|后面|之后|然后|再后来|现在|目前|如今|接着|在那之前|再之前|(?:^|(?<=[\s，,。；;]))之前(?=\s*(?:在|做|干|喺|系|是|当|跟)[^，,。]{0,12}(?:直播|带货|电商|选品|主播|卖家|网店|淘宝|虾皮|运营|视频))|(?:^|(?<=[\s，,。；;]))之前(?=\s*(?:在|喺)[^，,。\d]{1,14}?(?:都|也)?(?:做|干|卖|播)(?:过|了|咗)?)|\blater\b|\bthen\b|\bnow\b|\bcurrently\b|\bafter that\b|\bbefore that\b|\bprior to that\b"
SOLD_BEFORE = r"(?:有人|人家|机构|中介|网上|商家|他们|佢哋|someone|they|agency|agencies|people)[^。；;！!？?]{0,10}(?:卖|(?<![销零])售|出售|办|代办|包办|selling|sells|offering|offers)[^。；;！!？?我]{0,14}$"
# A start said as a change to one of this occupation's job types ("最近转做选品了，2024年开始")
CHANGE_TO_JOB_TYPE = r"(?:转做|转去做|转去|转到|改做|转成|开始转)(?:了)?\s*(?:" + JOB_NAME + r"|选品|直播带货|带货主播|主播|视频创推|短视频|平台管理|后台)" \
    r"|\b(?:switched|moved|changed|went)\s+(?:over\s+)?(?:to|into)\s+(?:" + JOB_NAME + r"|product\s+selection|selecting|selection|live\s+selling|hosting|video|short\s+video|platform|back[\s-]?office" \
    r"|(?:making|editing|shooting|doing)\s+(?:short\s+)?(?:videos?|clips))"
# The latest years of a longer stretch, said with a change ("这两年转做直播了", "最近三年才转直播")
RECENT_PART = r"(?:最近|近|这|呢|后面|后来|最后)(?:[一二两三四五六七八九十\d]+)年(?:来)?[^，,。]{0,3}(?:转|改|才|开始)" \
    r"|(?:去年|前年|今年)(?:开始|才)?转(?:行|做|去|成)?" \
    r"|(?:去年|前年|今年)(?:开始|起)(?:也|还|同时|兼|顺便)" \
    r"|\b(?:the\s+)?(?:last|past)\s+(?:\d+|one|two|three|four|five|couple(?:\s+of)?)\s+(?:yrs?|years?)\s+(?:(?:mostly|mainly|largely|primarily)\s+)?(?:doing|in|on|as|into|managing|running|making|editing|selling|hosting|streaming)\b" \
    r"|\b(?:hosting|streaming|selling|doing)\b[^,.;]{0,25}\b(?:the\s+)?(?:last|past)\s+(?:\d+|one|two|three|four|five|couple(?:\s+of)?)\s+(?:yrs?|years?)\b" \
    r"|(?:19|20)\d{2}\s*年[^，,。]{0,6}?(?:开始|先|才)?转(?:行|做|去)"  # "之后一直做销售，2022年开始转做直播"
# Work said to be part-time ("兼职做了2年", "part time for 2 years"), beside full-time work.
PART_TIME = r"兼职|业余|副业|\bpart[\s-]?time\b|\bon\s+the\s+side\b"
# A stretch after the certificate, then a switch that runs to now ("之后做了两年选品 再转做主播到现在"): the years
# said are a part of all the years since it.
SWITCHED_UNTIL_NOW = (r"(?:再|又|然后|后来|之后|跟着)\s*转(?:做|去|成|到|行)?[^，,。]{0,10}?(?:到现在|到而家|至今|到今天|直到现在)"
                      r"|\b(?:then|and\s+then)\s+(?:switched|moved)\s+to\b[^,.;]{0,30}\b(?:until|till)\s+now\b")
# Jobs held over the same stretch ("A公司干了2年，B公司干了3年，基本是同一段时间"): their years overlap, the longer counts.
# The words both readings share; eligibility_replies' "worked both at once" check builds on them too.
# Platforms a stretch of work may be named by ("抖音带货两年 快手一年"): one name per platform, any script
PLATFORMS = {
    "douyin": r"抖音|douyin|tiktok",
    "kuaishou": r"快手|kuaishou",
    "taobao": r"淘宝|淘寶|taobao|点淘|點淘",
    "channels": r"视频号|視頻號|wechat\s+channels",
    "xiaohongshu": r"小红书|小紅書|xiaohongshu|\brednote\b",
    "jd": r"京东|京東|\bjd\b",
    "pdd": r"拼多多|\bpdd\b|pinduoduo",
    "bilibili": r"b站|bilibili",
    "shopee": r"shopee|蝦皮|虾皮",
    "lazada": r"lazada",
}
# Lines of this work a stretch may be named by ("做咗三年選品 兩年直播"): one name per line, any script; like
# platforms, a stretch of each adds up (whether they ran at the same time was not said, so the reply says how it counted)
LINES_OF_WORK = {
    "live": r"直播带货|直播销售|带货主播|直播|带货|主播|场控|助播|live[\s-]*(?:stream(?:ing)?|sell(?:ing)?|commerce|host(?:ing)?)",
    "selection": r"选品|product\s+select(?:ion|ing)",
    "video": r"短视频|剪辑|拍视频|拍片|视频推广|short[\s-]*videos?|video\s+(?:editing|creation|promotion)",
    "operations": r"后台运营|直播运营|平台运营|店铺运营|platform\s+admin|backend\s+ops",
}
# The FIELD_WORK words that name where work was done (a platform, a line of business), not the work itself
FIELD_PLACE = "|".join(PLATFORMS.values()) + r"|电商|mcn|运营|新媒体|e-?commerce"
SAME_TIME_CORE = r"同一段时间|同一时期|同一时间|同时|重叠|\bat the same time\b"
SAME_TIME = SAME_TIME_CORE + r"|\boverlap"
# Years of residence, not of work ("been living in Yiwu for 5 years", "在义乌住了5年", "Chinedu is Nigerian, lives in
# Guangzhou 5 years"; not the streams, "did TikTok Shop lives in LA for 3 yrs")
RESIDENCE_BEFORE = r"(?:\b(?:been\s+living|living|lived|stayed|staying)|(?:(?<=[,，]\s)|(?<=\b(?:he|it)\s)|(?<=\bshe\s)|(?<=\bwho\s)|(?<=\band\s))lives)\s+(?:in|at|here|there)\b[^,.;]{0,30}$|(?:住了|生活了|定居)[^，,。]{0,4}$"
# Training named in a clause ("今年刚上完一级的培训"): its date is the training's, not a skill certificate's
TRAINING_WORD = r"培训|课程|\btraining\b|\bcourse\b"
OPENS_AFTER_THAT = r"\s*(?:之后|之後|然后|后来|跟住|拿证后|拿证之后|考完之后|\bafter that\b|\bsince then\b|\bafterwards\b)"
# Work taken up again ("2022年返嚟做到而家", "返工", "back to hosting since Feb 2024"), and a later time said ("之后", "then").
WORK_RESTARTED = (r"返(?:嚟|来|回|工)|重新上班|回来|(?:又|再|重新)出(?:来|嚟)|回归|复工|复播|再(?:次)?(?:开始|做|干|播|返)|重新|又(?:开始|做|干|播)"
                  r"|\bback\b|\bresumed?\b|\bagain\b|\breturned\b")
THEN_SAID = r"之后|然后|后来|跟住|接着|\bthen\b|\bafter that\b|\bafterwards\b"
RESUMED = r"\bthen\b[^;]{0,30}\bmore\b|\bcame back\b|\bagain\b|\bresumed\b|\brestart(?:ed|ing)?\b|\bback to\b|又[做干播](?:了|到|起)|(?:回来|返来)(?:[又再]|继续)?[做干播]|重新[做干播开]|又开始"

# An education someone requires or advertises is not one the asker holds ("does it require a university
# degree", "招生简章写的中专以上", "要求大专学历").
REQUIRED_BEFORE = r"(?:require[sd]?|need(?:s|ed)?|must\s+have|ask(?:s|ed)?\s+for|要求|需要|必须|写的|写着|规定|招生简章|简章|只收|(?<!忘了)(?<!忘记)(?<!忘咗)(?<![先再来])说(?!\s*我)(?!\s*[\u4e00-\u9fffA-Za-z]{1,4}\s*[：:])|称|听说|据说|听人讲|听人话|听讲|有人讲|人哋讲|人哋话|有人话)[^，,。.;；?？]{0,20}$"
# A level talked about, not held: "五级太低了拿出去没面子".
JUDGED_AFTER = r"\s*是\s*(?:入门|最低|最高|初级|起步|最简单|最难)|\s*(?:的)?(?:证书?)?(?:太|有点|比较|也太|好|都)?(?:低|简单|容易|没用|没面子|不值钱|没含金量|水)|\s+(?:is|seems|feels)\s+(?:too\s+)?(?:low|easy|useless|worthless)"
# "三级拿了4年了", "四级证考到了": the level named before the verb is held.
HELD_AFTER = (r"\s*(?:证书?|的证|考试)?\s*(?:我|佢|他|她)?\s*(?:已经|都|也)?(?:拿了|拿到了?|考了|考到了?|考过了|拿过|到手|过了|通过了|合格了)"  # ("三级我拿了喇")
              # "五级是去年才考的", "四级证是2021年拿的"
              r"|\s*(?:(?:" + _JOB_NAME + r")\s*)?(?:证书?)?\s*\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:份|初|中|底)?\s*(?:才|刚|就)?(?:考|拿|取得|考到|拿到|攞)"
              r"|\s*(?:(?:" + _JOB_NAME + r")\s*)?(?:证书?)?是\s*(?:\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:份|初|中|底)?|去年|前年|今年|[一两二三四五六七八九十\d]+年前)?\s*(?:才|刚|就)?(?:考|拿|取得|考到|拿到|攞)的?"
              # "平台管理员四级 2022年4月拿，一直做后台": a level, its date, and the word for obtaining it
              r"|\s*(?:证书?)?\s*\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:份|初|中|底)?\s*(?:才|刚|就)?(?:考|拿|取得|考到|拿到|攞)"
              # "level 5 直播销售员 issued 15 Jan 2023": a level said as issued (or obtained) to the person
              r"|\s*(?:(?:" + _JOB_NAME + r")\s*)?(?:cert(?:ificate)?\s+)?(?:was\s+)?(?:issued|obtained|awarded|granted)\b(?!\s+by\s+(?:whom|who))"
              # "got 五级 Jan 2022 and 四级 June 2023": a level with the month and year it came
              r"|\s+(?:in\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2}\b"
              # "直播销售员五级 2022年11月，视频创推员五级 2024年": a level with its date and nothing after is one obtained then
              r"|\s*(?:证书?)?\s*(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:份|初|中|底)?\s*(?=[，,。；;）)]|$)"
              # "他拿的是营销员五级，2019年的": the date after a comma, said as the certificate's
              r"|\s*[，,]\s*(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:份|初|中|底)?(?:的|嘅)\s*(?=[，,。；;！!？?]|$)"
              # "Level 4 since June 2022", "my L2 (直播销售员 技师) came in Dec 2022"
              r"|\s+(?:(?:[\u4e00-\u9fff]{2,6}|video[\s-]+creator(?:[\s-]+promoter)?|product\s+selector|live[\s-]*stream(?:ing)?\s+sales(?:person)?|platform\s+admin(?:istrator)?)\s+)?"
              r"(?:cert\s+|certificate\s+)?since\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d{2}(?!\d)"
              r"|\s*(?:\([^)]{0,20}\)|（[^）]{0,20}）)?\s*(?:came|arrived|was\s+issued)\b")

# Levels of other exams: "英语四级", "计算机二级", "CET-4".
# "任何一级", "每一级", "哪一级", "下一级": 一 here is "any/each/which/next", not level 1.
ANY_LEVEL_BEFORE = r"(?:任何|任意|每|哪|同|(?<!一)下|上|升|高|其中)$"  # not "确认一下一级"
OTHER_EXAM_BEFORE = (r"(?:英语|英文|大学英语|计算机|日语|韩语|普通话|钢琴|舞蹈|会计|cet|english|computer|jlpt"
                     r"|内部|公司评的?|公司的|平台的|店铺的?|company|internal|in-house)\s*-?\s*$")
# A certificate obtained just now: no years since it yet. (Not "去年刚拿了四级": the year said dates it, JUST_IN_A_PAST_YEAR.)
JUST_IN_A_PAST_YEAR = r"(?:去年|前年|上年|旧年|舊年)\s*(?:\d{1,2}\s*月(?:份)?)?(?:底|初|中|年底|年初)?\s*(?:才|就|都)?\s*刚"
JUST_OBTAINED = (r"今天|刚刚?(?:拿|考|取得|拿到|考到|通过)|上个月|这个月|本月|上周|这周|"
                 r"\bjust\s+(?:got|passed|received|obtained)|\blast\s+(?:month|week)\b|\bthis\s+(?:month|week)\b|\btoday\b",
                 r"刚刚?(?:收到|出)了?(?:通知|成绩|结果)|刚刚?[^，,。]{0,10}(?:过了|通过了)|\bjust\s+(?:heard|found\s+out)",)


# Whether a paper is a level's certificate, asked of "that" ("is that my lv5 cert??", "这个结业证是不是五级证"), or how
# to prove one ("can i still prove i have lv4?"): no level held is told.
SAME_AS_A_LEVEL_ASKED = (
    r"(\bprove\s+(?:that\s+)?(?:i|she|he)\s+(?:have|has|hold|holds|got)\s+(?:a\s+|my\s+|the\s+|her\s+|his\s+)?|\b(?:is|isn'?t)\s+(?:that|this|it)\s+(?:(?:the\s+)?same\s+(?:thing\s+)?as|equal\s+to|equivalent\s+to|counted\s+as|like)?\s*(?:my|the|a|an)?\s*)"
    r"(?:lv\.?|lvl\.?|level|l)\s*[1-5]\b"
    r"|((?:这|那|它)(?:个|张|本)?(?:结业证书?|证书?)?(?:是不是|算不算|等不等于|等于|是否)(?:就是|等于|算)?(?:我的)?)(?:[一二三四五]|\d)\s*级")
