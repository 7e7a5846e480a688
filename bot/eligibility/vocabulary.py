"""The words `profile.parse_profile` reads: level names, cues, numbers, in Chinese and English.

Patterns run on lower-cased Simplified Chinese or English. They are kept apart from the parsing
logic so that a missed phrasing is fixed by adding words here, with a test, not by editing control flow.
Job-type codes and education codes are those of `knowledge/rules/eligibility.yaml` (a test checks it).
"""
from __future__ import annotations

import re

_ZH_LEVEL_WORDS = r"[一二三四五]级|高级技师|技师|高级工|中级工|初级工"

# Level mentions; `level_of` maps each to 1..5 (1 is the highest level). Order matters:
# "高级技师" must be tried before "技师" and "高级", "高级工" before "高级".
LEVEL = re.compile(
    r"高级技师(?!学院)|预备技师|技师(?!学院|学校)|高级工|中级工|初级工"
    r"|(?<![\d一二三四五六七八九十第下上高低升])[一二三四五1-5]\s*级(?!别)"
    r"|初级(?=证|职业)|中级(?=证)|高级(?=证)"
    r"|\bsenior\s+technician\b|\bpreparatory\s+technician\b|\btechnician\b(?!\s+(?:college|school|institute))"
    r"|\bsenior\s+worker\b|\bintermediate(?:\s+worker)?\b|\bjunior(?:\s+worker)?\b(?!\s+(?:college|middle|high))"
    r"|\bentry(?:[\s-]+level)?\b|\badvanced(?:\s+worker)?\b"
    r"|\blevel[\s-]*(?:[1-5]|one|two|three|four|five)\b|\bl[1-5]\b"
)
_LEVEL_OF = (
    (r"预备|preparatory", None),  # a preparatory-technician certificate is not a skill level
    (r"高级技师|senior\s+technician", 1),
    (r"技师|technician", 2),
    (r"高级|senior|advanced", 3),
    (r"中级|intermediate", 4),
    (r"初级|junior|entry", 5),
)
_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def level_of(token: str) -> int | None:
    for pattern, level in _LEVEL_OF:
        if re.search(pattern, token):
            return level
    digit = re.search(r"[1-5]|[一二三四五]|one|two|three|four|five", token)
    return (int(digit.group()) if digit.group().isdigit() else _DIGITS[digit.group()]) if digit else None


# Roles of a level mention, judged from the words just before/after it (same clause).
TRAINING_AFTER = r"\s*(?:的)?(?:正规)?(?:的)?培训|[\s-]*(?:formal\s+)?training"
NEGATION_BEFORE = (r"(?:没有|没|无|未|不是|并非|\bno\b|\bnot\b|don't have|do not have|haven't|\bnever\b|without|\black\b)"
                   r"[^，,。；;]{0,6}$")
TARGET_BEFORE = (
    r"(?:申报|报考|报名|报|申请|考(?![了过取到完下的])|冲|升到|升至|升为|考虑|还是|或者|\bor"
    r"|apply(?:ing)?\s+(?:for|to)|\btake\b|\btaking\b|\bsit\b|go\s+for|aim(?:ing)?\s+for|register(?:ing)?\s+for"
    r"|requirements?\s+(?:for|of)|conditions?\s+(?:for|of)|eligible\s+for|qualify\s+for|upgrade\s+to|move\s+up\s+to"
    r"|get\s+to|\breach\b|what\s+about|how\s+about|\bbecom(?:e|ing)\b|(?:exam|test|assessment)\s+for"
    r"|\bwant(?:\s+to\s+(?:get|do|take))?|would\s+like|hope\s+to\s+get|plan(?:ning)?\s+to\s+(?:get|take))"
    r"\s*(?:the\s+|a\s+|an\s+)?$"
)
HELD_BEFORE = (
    r"(?:有|持有|持|拿了|拿到了?|拿的|取得了?|获得了?|考了|考过|考取了?|考到了?|考的|通过了?|是|已是"
    r"|\bhold|\bheld|\bhave|\bhas|\bhad|\bgot|obtained|earned|passed|received|\bown|possess|i'm|i\s+am|\bwith|already)"
    r"\s*(?:了|的|a\s+|an\s+|my\s+|the\s+)?$"
)
CERTIFICATE_AFTER = (r"\s*(?:的)?(?:职业)?(?:技能)?(?:等级|资格)?(?:证书|证(?!明))"
                     r"|[\s-]*(?:certificate|cert\b|certification|qualification|holder)")
TARGET_AFTER = (r"\s*(?:需要|要什么|要哪些|要多久|要几年|的条件|条件|要求|的要求|怎么|能报|可以报|能考|可以考|吗|呢)"
                r"|\s*(?:exam|test|assessment|requirements?|conditions?|eligibility)")
NEXT_LEVEL = (r"下一级|高一级|上一级|升一级|更高一级|next\s+level|one\s+level\s+up|the\s+level\s+above|level\s+up",)

NO_CERTIFICATE = (
    r"(?:没有|没|无|未|还没有?)(?:拿到|取得|获得|考到|考取|考过|拿过|任何|过|的)*(?:职业|技能|等级|资格)*(?:证书|证)(?!明)",
    r"\b(?:no|without|(?:don't|do\s+not|doesn't)\s+have\s+(?:a|any)|(?:haven't|have\s+not)\s+got\s+(?:a|any)"
    r"|never\s+(?:got|obtained|had)\s+(?:a|any)|lack\s+(?:a|any))\s+"
    r"(?:(?!level|technician|worker|completion|training|graduat|diploma)[\w-]+\s+){0,2}?certific(?:ate|ation)s?\b",
    r"\b(?:no|without)\s+(?:any\s+)?certs?\b|\buncertified\b",
)

_TRAINING_FILLER = r"(?:任何|相关|正规|的|/|" + _ZH_LEVEL_WORDS + r")*"
_EN_TRAINING = r"(?:any\s+|the\s+|a\s+|my\s+)?(?:formal\s+)?(?:level[\s-]*\w+\s+)?(?:formal\s+)?training"
TRAINING_NO = (
    r"(?:没有?|未|无|还没有?|没能|不曾)(?:参加|参与|上|去|经过|做|完成|拿到|取得|接受)?过?" + _TRAINING_FILLER + "培训",
    r"培训还?(?:没有?|未)(?:完成|结束|结业|参加|拿到)",
    r"(?:没有?|未|无)(?:拿到|取得)?(?:培训)?结业证",
    r"(?:正在|还在)(?:参加)?" + _TRAINING_FILLER + "培训|在培训中",
    r"\b(?:no|without)\s+" + _EN_TRAINING,
    r"\b(?:haven't|have\s+not|hasn't|didn't|did\s+not|not|never)\s+(?:yet\s+)?(?:done|taken|take|do|attend|attended"
    r"|complete|completed|finish|finished|had|received|did|got|get|go\s+through|went\s+through|gone\s+through)\s+"
    + _EN_TRAINING,
    # Any negation shortly before "training" ("never bothered with the formal training"): when in
    # doubt, training is NOT assumed, the answer then names the route that does not need it.
    r"\b(?:never|no|not|without|didn't|haven't|hasn't|don't|doesn't)\b[^.,;!?]{0,25}\btraining",
    r"(?:从来?没|从未|没)[^，,。；;]{0,8}培训",
    r"\bnot\s+(?:been\s+)?trained|\buntrained\b|training\s+(?:is\s+)?(?:still\s+)?not\s+(?:yet\s+)?(?:finished|completed|done|over)",
    r"\b(?:currently|still)\s+(?:in|doing|taking|attending)\s+" + _EN_TRAINING,
    r"\bno\s+(?:training\s+)?completion\s+certificate",
)
TRAINING_YES = (
    r"(?:参加了|参加过|完成了?|上过|经过了?|做过|接受了?|结束了)" + _TRAINING_FILLER + "培训",
    r"参加" + _TRAINING_FILLER + "培训了|培训过",
    r"培训(?:已经?|也)?(?:结业|完成|合格|结束|通过)",
    r"(?:有|拿到了?|取得了?|获得了?|拿了)(?:培训)?结业证",
    r"\b(?:completed|finished|done|did|attended|took|passed)\s+" + _EN_TRAINING,
    r"\btraining\s+completion\s+certificate|\bcompletion\s+certificate|\btraining\s+(?:is\s+)?(?:completed|finished|done)",
)
APPRENTICESHIP_NO = (
    r"(?:没有?|未|没当过|没做过|不是)[^，,。；;]{0,4}学徒|学徒期?还?(?:没|未|不)满|没出师",
    r"\b(?:no|never|without)\s+(?:an\s+|any\s+)?apprentice|\b(?:haven't|have\s+not|didn't|did\s+not|not)\s+(?:yet\s+)?"
    r"(?:completed|finished|done|do|did)\s+(?:my\s+|an\s+|the\s+|any\s+)?apprenticeship"
    r"|apprenticeship\s+(?:is\s+)?not\s+(?:yet\s+)?(?:completed|finished|over)",
)
APPRENTICESHIP_YES = (
    r"学徒期?(?:已经?)?满|出师",
    r"\b(?:completed|finished|done)\s+(?:my\s+|an\s+|the\s+)?apprenticeship|apprenticeship\s+(?:is\s+)?(?:completed|finished|done|over)",
)
PREPARATORY_NO = (
    r"(?:没有?|无|未)[^，,。；;]{0,4}预备技师",
    r"\b(?:no|without|don't\s+have|do\s+not\s+have|haven't\s+got|never\s+got)\b[^.,;]{0,12}preparatory[\s-]+technician",
)
PREPARATORY_YES = (
    r"(?:有|持有|持|拿了|拿到了?|取得了?|获得了?|考取了?)[^，,。；;]{0,4}预备技师|预备技师证",
    r"\b(?:have|hold|held|got|obtained|earned)\b[^.,;]{0,12}preparatory[\s-]+technician|preparatory[\s-]+technician\s+cert",
)

# Job types (codes from the rules file). Several different ones in one message are ambiguous.
JOB_TYPES = (
    ("platform_administrator", r"平台管理员|platform\s+admin|\badmin(?:istrator)?\b"),
    ("product_selector", r"商品选品员|选品员|选品|product\s+select"),
    ("live_streaming_salesperson",
     r"直播销售员|带货主播|主播|直播销售|live[\s-]*stream(?:ing)?\s+sales|\banchor\b|\bstreamer\b|\bhost\b"),
    ("video_creator_promoter", r"视频创推员|创推员|video\s+creator|video\s+promoter"),
)

# Education: a degree is recorded under the rules' "relevant major" code; whether the major is
# relevant is for the evaluation body, and the reply says so (render.py). 初中/高中 are recorded
# so that "I only finished high school" counts as known (it meets no education clause).
EDUCATION = (
    (r"技师学院|technician\s+(?:college|institute)", ("technician_college", "senior_technical_school_or_technician_college")),
    (r"高级技工学校|高级技校|senior\s+technical\s+school", ("senior_technical_school_or_technician_college",)),
    (r"(?<!高级)技工学校|(?<!高级)技校|(?<!senior )technical\s+school", ("technical_school_relevant",)),
    (r"中专|中职|职高|职业高中|中等职业|secondary\s+vocational|vocational\s+(?:high\s+)?school",
     ("secondary_vocational_assessed_intermediate_relevant",)),
    (r"大专|专科|高职|本科|学士|硕士|研究生|博士|大学毕业|大学学历|大学文凭|junior\s+college|associate\s+degree"
     r"|college\s+degree|bachelor|master'?s|\bphd\b|doctorate|university|college\s+graduate|graduated\s+from\s+college|\bdegree\b",
     ("junior_college_or_above_relevant",)),
    (r"(?<!职业)高中|high\s+school", ("senior_high_school",)),
    (r"初中|middle\s+school", ("junior_middle_school",)),
)
FINAL_YEAR = (r"应届|毕业班|今年毕业|即将毕业|快毕业|马上毕业|大四|final[\s-]+year|graduating\s+this\s+year|about\s+to\s+graduate",)
STILL_STUDYING = (r"在读|在校|还在上学|正在读|读大[一二三]|\bstill\s+(?:a\s+)?student|currently\s+studying|i'?m\s+studying"
                  r"|i\s+am\s+studying|\bstill\s+in\s+(?:college|school)",)

# Durations. `hedge`/`approx` make a number unusable ("快三年" may be 2.5); "三年多", "3+ years",
# "over 3 years" count as 3, which is what they guarantee.
_ZH_NUM = r"\d+(?:\.\d+)?|[零〇一二两三四五六七八九十]+|半"
_ZH_HEDGE = r"(?P<hedge>快|近|将近|接近|不到|不足|差不多|大概|大约|约)?"
ZH_YEARS = re.compile(_ZH_HEDGE + rf"(?P<num>{_ZH_NUM})多?(?P<unit>年)(?!级|龄|代|底|初|中|前后)(?P<half>半)?(?:多|以上|有余)?(?P<approx>左右|上下)?")
ZH_MONTHS = re.compile(_ZH_HEDGE + rf"(?P<num>{_ZH_NUM})(?P<unit>个)多?月(?P<half>半)?(?:多|以上)?(?P<approx>左右|上下)?")
_EN_WORD_NUM = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
EN_DURATION = re.compile(
    r"(?<![\w.])(?:(?P<hedge>almost|nearly|about|around|approximately|roughly|less\s+than|under|not\s+quite|close\s+to|maybe|~)\s*"
    r"|(?:over|more\s+than|at\s+least|above)\s+)?"
    rf"(?P<num>(?:\d+(?:\.\d+)?|{_EN_WORD_NUM})\s+and\s+a\s+half|half\s+an?|\d+(?:\.\d+)?|{_EN_WORD_NUM}|an?)"
    r"(?:\s*\+)?\s*[- ]?(?P<unit>years?|yrs?|months?)\b(?P<half>\s+and\s+a\s+half)?(?P<approx>\s+or\s+so)?"
)
_EN_NUMBERS = {w: i for i, w in enumerate(_EN_WORD_NUM.split("|"), start=1)} | {"a": 1, "an": 1}
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


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
    if "十" in word:
        tens, _, ones = word.partition("十")
        if len(tens) > 1 or len(ones) > 1 or (tens and tens not in _CN_DIGITS) or (ones and ones not in _CN_DIGITS):
            return None
        return float((_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0))
    return float(_CN_DIGITS[word]) if word in _CN_DIGITS else None


# What a duration means, from its sentence.
HYPOTHETICAL_AFTER = r"\s*(?:以后|之后|后(?!来))|\s+(?:from\s+now|later|more|to\s+go)\b"
HYPOTHETICAL_BEFORE = (r"(?:再|还要|还需要?|还得|还差|第|等|需要|要求|须|必须|\bin|another|\bwait|\bneeds?|\brequired?s?|within)"
                       r"(?:干|做|工作|从事|积累|等|过)?\s*(?:for\s+)?$")
AGO_AFTER = r"\s*前|\s+ago\b"
OBTAINED_NEAR_AGO = r"拿|取得|考|获得|领|通过|证|\bgot\b|\bget\b|obtained|received|earned|passed|certific|\bcert\b|level"
STARTED_NEAR_AGO = r"开始|入行|从事|进入|加入|\bstart|\bbegan|\bbegun|\bjoined|\bentered"
TOTAL_BEFORE = r"(?:总共|一共|总计|合计|加起来|in\s+total|altogether|overall|total\s+of|\btotal)[^，,。]{0,6}$"
TOTAL_AFTER = r"\s*(?:in\s+total|altogether|overall)\b"
SINCE_BEFORE = (
    # "二级证书拿了3年", "持有技师证书四年", "拿证3年"
    r"(?:证书?|级|技师|高级工|中级工|初级工)(?:已经|已|都|也)?(?:拿|考|取得|拿到|考到|考取|获得|有|持有|到手)?了?(?:已经|都|有|已)?\s*$",
    # "拿证后干了3年", "取得四级证书后累计工作3年", "考完技师以后做了4年"
    r"(?:证书?|级|技师|高级工|中级工|初级工)[^，,。；;]{0,6}?(?:之|以)?后(?!台)",
    r"\b(?:since|after)\s+(?:getting|obtaining|receiving|earning|passing|gaining|i\s+(?:got|obtained|received|earned|passed)"
    r"|(?:the\s+|my\s+|that\s+)?(?:certificate|cert|level)|it\b|that\b|then\b)",
    # "I've had my level-3 certificate for 4 years"
    r"\b(?:had|held|hold|holding|have|has|owned)\b[^.;!?]{0,40}?(?:certificate|cert|certification|level[\s-]*\w+|technician|worker)"
    r"\s*(?:now\s+|already\s+)?for\s*$",
    r"(?:certificate|cert|level[\s-]*\w+|technician|worker)\s+holder\s+for\s*$",
)
SINCE_AFTER = (r"\s*(?:since|after)\s+(?:getting|obtaining|receiving|earning|passing|gaining|i\s+(?:got|obtained|received|earned|passed)"
               r"|(?:the\s+|my\s+|that\s+)?(?:certificate|cert|level)|it\b|then\b)")
WORK_CUE = (r"干|做|工作|从事|从业|经验|直播|带货|卖货|运营|主播|上班|入行|电商|营销|销售|选品|任职"
            r"|\bwork|\bjob|experience|selling|seller|sales|stream|\blive|industry|e-?commerce|marketing|anchor|\bhost|career|employ")
STUDY_CUE = r"培训|学习|学了|读|上学|毕业|学徒|课程|上课|train|stud(?:y|ied)|school|college|course|apprentic|degree|\bclass"

# Short answers to the bot's own question.
BARE_YES = (r"^(?:是|是的|有|有的|对|对的|嗯|参加了|完成了|满了|yes|yeah|yep|yup|i\s+have|i\s+did|done|correct|sure)",)
BARE_NO = (r"^(?:没有|没|否|不是|无|还没|不|no\b|nope|not\s+yet|i\s+haven't|i\s+have\s+not|i\s+didn't|none|never)",)
BARE_NUMBER = r"\s*(?P<num>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十]+|半)\s*(?:年|years?|yrs?)?\s*(?:了|多)?\s*[。.!！]?\s*"
