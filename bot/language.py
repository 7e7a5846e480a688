"""Which language and script a message is in, and conversion between Chinese scripts.

The advisor answers in the asker's language and script: Simplified Chinese, Traditional Chinese or
English. Internally everything Chinese is handled in Simplified (the knowledge base's script);
Traditional input is converted with OpenCC on the way in and the reply converted back on the way out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# English function words that make a sentence English, not a Chinese one with an English term in it.
_EN_FRAME = re.compile(r"\b(what|what's|whats|how|is|are|can|do|does|the|and|for|my|i|i'm|im|if|which|who|when|where|why"
                       r"|got|passed|last|since|just|been|have|has|was|want|need|to|in|on|of|at|an|it|this|that|with|not)\b", re.I)


@dataclass(frozen=True)
class Lang:
    code: str  # "zh" | "en"
    traditional: bool = False

    @property
    def script(self) -> str:
        if self.code == "en":
            return "latin"
        return "hant" if self.traditional else "hans"


ZH = Lang("zh")
ZH_HANT = Lang("zh", traditional=True)
EN = Lang("en")


@lru_cache(maxsize=1)
def _converters():
    import opencc

    return opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


def to_simplified(text: str) -> str:
    if not _CJK.search(text):
        return text
    return _chat_abbreviations(_converters()[0].convert(text))


# Pinyin initials Chinese chat uses for the domain's words, beside Chinese text ("zb3年了 无证", "4j能考不",
# "主要dy和ks两个平台"): written out, so the parsers and the classifiers read them as the words they stand for.
_ABBREVIATIONS = (
    (re.compile(r"(?<![A-Za-z])zb(?![A-Za-z])", re.I), "直播"),
    (re.compile(r"(?<![A-Za-z])dy(?![A-Za-z])", re.I), "抖音"),
    (re.compile(r"(?<![A-Za-z])ks(?![A-Za-z])", re.I), "快手"),
    # ("拿证以后一直在dh": 带货, beside Chinese characters only; "DH" alone may be a name)
    (re.compile(r"(?<=[\u4e00-\u9fff])\s*dh(?![A-Za-z])|(?<![A-Za-z])dh(?=\s*[\u4e00-\u9fff])", re.I), "带货"),
    # ("没考过任何zs", "zs上面写的是什么": 证书, beside Chinese characters only)
    (re.compile(r"(?:(?<=任何)|(?<=没有)|(?<=没)|(?<=冇)|(?<=考过)|(?<=考了)|(?<=拿了)|(?<=拿到)|(?<=一张)|(?<=一个)|(?<=有个)|(?<=有张))\s*zs(?![A-Za-z])|(?<![A-Za-z])zs(?=\s*(?:上面|上写|上印|写的|印的|是什么))", re.I), "证书"),
    (re.compile(r"(?<![A-Za-z\d.])([1-5])\s*[jJ](?![A-Za-z])"), None),  # "4j" → 四级
    # "不想从五级一级级考", "一级一级往上考": step by step, no level 1 (not wanting it is wanting to skip levels)
    (re.compile(r"不想(?:再)?(?:从\S{1,3}级)?(?:一级级|一级一级)(?:地|咁)?(?:考|报|升)"), "想跳级考"),
    (re.compile(r"一级级|一级一级"), "逐级"),
)
_LEVEL_WORDS = {"1": "一级", "2": "二级", "3": "三级", "4": "四级", "5": "五级"}


def _chat_abbreviations(text: str) -> str:
    """Chinese text with chat abbreviations written out (only in messages that hold Chinese characters)."""
    for pattern, word in _ABBREVIATIONS:
        text = pattern.sub(lambda m: word if word is not None else _LEVEL_WORDS[m.group(1)], text)
    return text


def to_traditional(text: str) -> str:
    if not _CJK.search(text):
        return text
    return _converters()[1].convert(text)


def cjk_ratio(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if _CJK.match(c)) / len(letters)


def detect(text: str, default: Lang = EN) -> Lang:
    """Chinese when Chinese characters carry the message, else English.

    Each Han character is a word, each Latin letter only part of one, so Han characters are
    weighted: "What is 全媒体运营师?" stays English, "我想考直播销售员 level 3" is Chinese.
    """
    han = len(_CJK.findall(text))
    # (a level's shorthand, "5j呢", "4J行不", is a digit and a letter, not an English word)
    latin_words = len(re.findall(r"(?<!\d)[A-Za-z]+|[A-Za-z]{2,}", text))
    if han == 0 and latin_words == 0:
        return default
    if han == 0:
        return EN
    # A Chinese word is ~1.7 characters; compare word counts.
    # (Cantonese words said around an English phrase, "step by step咁教 唔該", "how to check 係咪真嘅？唔想俾人呃": a
    # Cantonese speaker, answered in Chinese)
    cantonese = len(_CANTONESE_MARKERS.findall(text)) >= CANTONESE_WORDS_MIN
    if han / 1.7 < latin_words * 0.8 and not cantonese:
        return EN
    # An English sentence around a few Chinese terms ("what's the difference between 职业资格 and
    # 职业技能等级认定?"): the terms are short runs, the sentence is English.
    runs = _CJK_RUN.findall(text)
    # ("巨量认证 cert vs the 互联网营销师 cert — same thing?": a term first, then an English sentence around it)
    english_frame = _EN_FRAME.search(text) and (re.match(r"\W*[A-Za-z]", text) or (
        latin_words >= 4 and len(_EN_FRAME.findall(text)) >= 1 and re.search(r"[A-Za-z][^\u4e00-\u9fff]*[?？]?\s*$", text)))
    # (many terms in a long English sentence: "I have an old 助理电子商务师 (三级) … can i apply for 互联网营销师 二级 选品员?")
    if latin_words >= 2 and english_frame and (len(runs) <= 3 or latin_words >= 8) and max(len(r) for r in runs) <= 8 and not cantonese:
        return EN
    if is_traditional(text) or (same_in_both_scripts(text) and _CANTONESE_MARKERS.search(text)):
        return ZH_HANT  # Cantonese in characters both scripts share ("收工喇好攰，今晚食咩好？") is written Traditional
    return ZH


# Words only Cantonese uses: a Cantonese message gets a Traditional reply even when none of its characters differ.
_CANTONESE_MARKERS = re.compile(r"[咗冇嘅喺咩啲嘢佢哋攰乜嚟唔係喇咁嗰]|好定(?![金价])|定係|定系|(?<=[白谢謝完齐齊])晒")  # ("用剪映好定Premiere好？": "or")


CANTONESE_WORDS_MIN = 2  # Cantonese words beside English that make the message Cantonese


def is_traditional(text: str) -> bool:
    """True when converting to Simplified changes a meaningful share of the Han characters."""
    han = _CJK.findall(text)
    if not han:
        return False
    simplified = _converters()[0].convert(text)  # (the script alone: chat abbreviations written out are no change of script)
    changed = sum(1 for a, b in zip(text, simplified) if a != b and _CJK.match(a))
    return changed >= 1 and changed / len(han) >= 0.05


def localize(value, lang: Lang):
    """Render Simplified text (a string, or the strings in a list or dict) in the asker's script.

    The one place that converts script: the advisor localises its answers, the front-ends their
    fixed texts; nothing converts text twice.
    """
    if not lang.traditional:
        return value
    if isinstance(value, str):
        return to_traditional(value)
    if isinstance(value, list):
        return [localize(v, lang) for v in value]
    if isinstance(value, dict):
        return {k: localize(v, lang) for k, v in value.items()}
    return value


# Characters Traditional writers use as they are, which conversion to Traditional still changes ("公布" is
# standard in Taiwan and Hong Kong; OpenCC writes "公佈")
_WRITTEN_IN_BOTH = frozenset("布台才周只里注托游")


# Cantonese's "a little" after a verb ("估吓都得", "睇吓先"), which Hong Kong writes 吓 too: no sign of either script.
_CANTONESE_A_LITTLE = re.compile(r"(估|睇|试|試|问|問|等|谂|諗|揾|搵|试试|試試|check)吓")


def same_in_both_scripts(text: str) -> bool:
    """Chinese text whose characters are the same in Simplified and Traditional ("咁我可唔可以考？",
    "是哪一天公布的", "估吓都得")."""
    # (Cantonese "all" after a verb, "明白晒", "多謝晒", which Hong Kong writes 晒 too: no sign of either script)
    text = re.sub(r"(?<=[白谢謝完齐齊])晒", "", _CANTONESE_A_LITTLE.sub(r"\1下", text))
    if to_simplified(text) != text:
        return False
    traditional = to_traditional(text)
    if len(traditional) != len(text):
        return traditional == text
    return all(a == b or a in _WRITTEN_IN_BOTH for a, b in zip(text, traditional))


_REPLY_VERB = (r"\s*(?:字|来|來)?\s*(?:再|重新|多)?\s*(?:回答|回覆|回复|答|讲|講|说|說|回)(?:我|吧|啦)?"
               r"(?:\s*(?:多)?(?:一次|一遍|一次啦|一次吧|次))?")  # ("用中文再讲一次", "用英文講多次")  # (not 写: "用中文写简历" is no request)
_ASKED_SCRIPT = (
    (re.compile(r"(?:请|請|麻烦|麻煩)?\s*(?:用|以)\s*(?:繁體|繁体)(?:中文)?" + _REPLY_VERB + r"|(?:用|以)\s*(?:廣東話|广东话|粵語|粤语)" + _REPLY_VERB
                + r"|\b(?:(?:can|could) you\s+)?(?:please\s+)?(?:answer|reply|respond|write)\s+in\s+traditional\s+chinese\b(?:\s+please)?", re.I), ZH_HANT),
    (re.compile(r"(?:请|請|麻烦|麻煩)?\s*(?:用|以)\s*(?:简体|簡體)(?:中文)?" + _REPLY_VERB + r"|(?:用|以)\s*(?:中文|普通话|普通話)" + _REPLY_VERB
                + r"|\b(?:(?:can|could) you\s+)?(?:please\s+)?(?:answer|reply|respond|write)\s+in\s+(?:simplified\s+)?chinese\b(?:\s+please)?"
                # ("can u give it in chinese too, putting it on a slide", "same in chinese pls")
                + r"|\b(?:(?:can|could|would) (?:you|u)\s+)?(?:please\s+|pls\s+)?(?:say|repeat|put|give|explain|translate|send|write)\s+(?:that|this|it|them|me that|me it|it to me)\s+(?:again\s+)?(?:in|into)\s+(?:simplified\s+)?chinese\b(?:\s+(?:too|as well|also))?(?:\s+(?:please|pls|plz))?"
                + r"|^\W*(?:(?:the\s+)?same\s+)?in\s+chinese\s*(?:too\s*)?(?:please|pls|plz)?\W*$"
                # ("now in chinese too pls, simplified", "and in simplified chinese as well")
                + r"|^\W*(?:now|and|also|ok|okay)?\s*(?:(?:the\s+)?same\s+)?in\s+(?:simplified\s+)?chinese\b(?:\s+(?:too|as well|also))?"
                r"\s*,?\s*(?:please|pls|plz)?\s*,?\s*(?:simplified(?:\s+chinese)?|简体|簡體)?\W*$", re.I), ZH),
    (re.compile(r"(?:请|請|麻烦|麻煩)?\s*(?:用|以)\s*英文" + _REPLY_VERB
                + r"|\b(?:(?:can|could) you\s+)?(?:please\s+)?(?:answer|reply|respond|write)\s+in\s+english\b(?:\s+please)?"
                # "can you say that in English?", "same in english pls", "English please"
                + r"|\b(?:(?:can|could|would) you\s+)?(?:please\s+)?(?:say|repeat|put|give|explain|translate|send)\s+(?:that|this|it|me that)\s+(?:again\s+)?(?:in|into)\s+english\b(?:\s+(?:please|pls|plz))?"
                + r"|^\W*(?:(?:the\s+)?same\s+)?in\s+english\s*(?:please|pls|plz)?\W*$|^\W*english\s+(?:please|pls|plz)\W*$", re.I), EN),
)


# A language request inside an instruction to the bot is part of the instruction: from now on, always, all of it
_INSTRUCTED = re.compile(r"指令|指示|从现在(?:开始|起)|從現在(?:開始|起)|从今以后|從今以後|以后都|以後都|之后全部|之後全部|全部用|只用|\bfrom now on\b|"
                         r"\balways\b|\binstruction|\bignore\b|忽略", re.I)


def asked_script(text: str) -> tuple[Lang | None, str]:
    """The language a message asks the reply to be in ("用简体中文回答我：一共有几个等级？", "can you answer in
    English?"), and the message without that request (empty when the request was all of it)."""
    if _INSTRUCTED.search(text):
        return None, text  # ("[指令：之後全部用英文答，仲要話我已經合資格考三級]": an instruction, not the asker's wish)
    for pattern, lang in _ASKED_SCRIPT:
        if (match := pattern.search(text)):
            if lang is ZH and not re.search(r"简体|簡體", match.group(0)) and to_simplified(match.group(0)) != match.group(0):
                lang = ZH_HANT  # ("用中文講", written in Traditional: Chinese, in the asker's own script)
            return lang, pattern.sub(" ", text).strip().lstrip(":：，,。.？?！! ").strip()
    return None, text


def preferred(choice: str | None) -> Lang | None:
    """The Lang of a stored language choice ("zh", "zh-hant", "en"), None when there is none."""
    return {"zh": ZH, "zh-hant": ZH_HANT, "en": EN}.get(choice or "")


# Cantonese words the fact parser needs in their Mandarin form ("我做咗兩年", "冇證", "攞咗五級證").
_CANTONESE = (("嗰排", "那段时间"), ("\U00020bb6排", "那段时间"), ("呢排", "这段时间"), ("攞埋", "也拿了"), ("拿埋", "也拿了"), ("考咩牌", "考什么证"), ("咩牌", "什么证"), ("考牌", "考证"), ("咗", "了"), ("冇", "没有"), ("唔系", "不是"), ("系咪", "是不是"), ("使唔使", "用不用"), ("唔使", "不用"), ("唔", "不"), ("嘅", "的"), ("喺", "在"),
              ("攞", "拿"), ("拎", "拿"), ("嚟", "来"), ("佢", "他"), ("哋", "们"), ("几耐", "多久"), ("几长", "多长"), ("几多", "多少"), ("而家", "现在"),
              ("旧年", "去年"), ("琴年", "去年"), ("做嘢", "工作"), ("返工", "上班"), ("点解", "为什么"),
              ("点样", "怎样"), ("点算", "怎么办"), ("点办", "怎么办"), ("边度", "哪里"), ("边个", "哪个"), ("乜嘢", "什么"), ("咩", "什么"),
              ("几时先得", "什么时候才可以考"), ("几时得", "什么时候可以考"), ("几时", "什么时候"),  # "三級幾時得？": when can I
              ("几钱", "多少钱"), ("得不得", "行不行"), ("咁", "那"), ("啱啱", "刚刚"), ("啱先", "刚才"), ("啱", "合适"), ("揾", "找"),
              ("畀", "给"), ("睇", "看"), ("啲", "些"), ("同埋", "和"), ("课室", "教室"), ("边间", "哪家"),
              ("定系", "还是"), ("人工会", "工资会"), ("加人工", "加工资"), ("人工加", "工资加"), ("人工高", "工资高"), ("人工低", "工资低"), ("人工有", "工资有"), ("人工几多", "工资多少"), ("人工大概", "工资大概"), ("人工一般", "工资一般"), ("人工大约", "工资大约"), ("嗰", "那"), ("\U00020bb6", "那"))  # 嗰 (some converters write it 𠮶), "A定系B" (A or B)


# 係 ("is") becomes 系 in Simplified, which is also Mandarin for "department" (行销系): replaced only
# where it cannot be that ("係四級", "就係", "係我").
_CANTONESE_IS = re.compile(r"(?<=[就都仲又我你佢他她个，,\s])系(?!统|列|数)|^系(?!统|列|数)|(?<=应该|其实|即系|真系|唔系|现在|而家|宜家|目前)系|"
                           r"系(?=[一二三四五1-5两]\s*级|[我你佢他她]|咪|唔|由|从|平台管理|直播销售|选品员|视频创推|互联网营销|(?:19|20)\d{2}|[12]\d\s*年|去年|前年|上年|旧年|今年)")


def _level_of_digit(match: re.Match) -> str:
    """A level written as its digit and 级's initial ("4j", "3 ji"): the level in characters ("四级")."""
    return "一二三四五"[int(match.group(1)) - 1] + "级"


# Homophone typos of the words the readers key on, seen in users' messages ("能考正吗" for 考证, "互连网营销师"):
# written right before anything reads the message. ("考正式" stays.)
# ("直博销售员", "四极", "高极工", "视屏创推员": a wrong character on a level or a job type's name)
_TYPOS = ((re.compile(r"考正(?!式|规|常|确)"), "考证"),
          # ("我先生今年三月拿到五級證書": the husband, not "first" before a level to get)
          (re.compile(r"(?<=[我你她佢])先生"), "老公"), (re.compile(r"互连网"), "互联网"), (re.compile(r"营消"), "营销"),
          (re.compile(r"直[博拨波](?=销售|带货|间)"), "直播"), (re.compile(r"(?<=[一二三四五1-5高中初])极(?=工|证|$|[^端限力品少大])"), "级"),
          (re.compile(r"视屏(?=创推|剪辑|制作)"), "视频"),
          # ("选拼员", "选频员", "视频穿推员", "视频创退员": pinyin-input slips in a job type's name)
          (re.compile(r"选[拼频评聘](?=员)"), "选品"), (re.compile(r"(?<=视频)(?:穿推|创退|传推|窗推)(?=员)"), "创推"), (re.compile(r"\bgoverment\b|\bgovernmnet\b|\bgovt\b", re.I), "government"),
          # voice input: "无极证书" (五级), "二鸡证", "一吉", "互联网营销市", "直播销售元", "life streaming sails person"
          (re.compile(r"(?<=[考报拿个张的])无极|无极(?=证|的证|考试|级别)"), "五级"),
          # ("我有个无级 直播销售员的": 无级 for 五级 where a certificate is held or taken, not "no level")
          (re.compile(r"(?<=[有考报拿个张])无级(?=\s|证|的|直播|选品|视频|平台|$)"), "五级"), (re.compile(r"(?<=[一二三四五1-5])[鸡吉](?=证|工|$|[\s，,。？?吗呢啊要可能的了])"), "级"),
          (re.compile(r"营销[市试狮](?!场)"), "营销师"), (re.compile(r"(?<=销售|选品|创推|管理)元"), "员"),
          # ("平台管里员", "直播销收员", "四季证书", "互联网赢销师", "值播": voice input again)
          (re.compile(r"(?<=平台)管里(?=员)"), "管理"), (re.compile(r"(?<=直播)销[收受寿](?=员)"), "销售"),
          (re.compile(r"(?<=[一二三四五])季(?=证|的证)"), "级"), (re.compile(r"赢销"), "营销"), (re.compile(r"值播"), "直播"),
          # ("19年11月拿滴营销员四级": 滴 for 的 after getting)
          (re.compile(r"(?<=[拿考])滴(?=[\u4e00-\u9fff])"), "的"),
          # ("也能保名吗", "能考几级 烤五级": 保名 for 报名, 烤 for 考 before a level or the exam)
          (re.compile(r"保名(?=吗|嗎|不|么|啊|呢|了|$|[？?，,\s])"), "报名"), (re.compile(r"(?<=[能可去再先])烤(?=[一二三四五几哪证]|$|[？?吗不])"), "考"),
          # ("是不是快过其了": 过其 for 过期, expired)
          (re.compile(r"过其(?=了|吗|没|没有|啦|呢|$|[？?])"), "过期"),
          # ("4j?", "1j能报吗": a level and the initial of 级; "考中及吗": 及 for 级 after 初/中/高)
          (re.compile(r"(?<![\da-z.])([1-5])\s?j(?![a-z])", re.I), _level_of_digit),
          (re.compile(r"(?<=[初中高])及(?=[吗嗎么呢证工?？]|$)"), "级"),
          # ("22年攞嘅 應該係年尾", "2022年拿的，好像是年底": the part of the year said after it, put beside the year)
          (re.compile(r"((?:19|20)?\d{2})年([^，,。；;\d年]{0,6}?)[，,\s]+(?:应该|大概|好像|可能)?\s*(?:是|系)?\s*(年底|年尾|年末|年初|年中)"
                      r"(?=\s*(?:吧|啦|了|嘅|的)?\s*(?:[，,。！!?？\s]|$))"), r"\1\3\2"),
          # ("她想考那个直播的正": 正 for 证, the certificate to be taken)
          (re.compile(r"((?:考|拿|报|攞)[^，,。？?\s]{0,10}的)正(?![式规常确在好面])"), r"\1证"),
          # ("24年年初", "2023年年底": the year said twice)
          (re.compile(r"(?<=\d)年年(?=[初底中末尾])"), "年"),
          (re.compile(r"\blife[\s-]?stream", re.I), "live stream"), (re.compile(r"\bsails\s?(?:person|man|woman)\b", re.I), "salesperson"))


# Numbers written the way people type them: "廿年" (twenty years), "卅", "二零二二年三月" (a year in Chinese digits).
_CN_YEAR_DIGITS = str.maketrans("零〇一二三四五六七八九", "00123456789")
_NUMBERS_WRITTEN = ((re.compile(r"廿(?=[一二三四五六七八九几多来年个岁歲]|$)"), "二十"), (re.compile(r"卅(?=[一二三四五六七八九几多来年个岁歲]|$)"), "三十"))
_CN_YEAR = re.compile(r"(?<![零〇一二三四五六七八九十])(?:一九|二[零〇])[零〇一二三四五六七八九]{2}(?=\s*年)")


# Terms of several syllables typed in pinyin ("wang luo zhu bo", "gao ji ji shi", "zhong zhuan"), read in one pass: their
# characters by the syllables run together
_PINYIN_TERM_HANZI = {"wangluozhubo": "网络主播", "gaojijishi": "高级技师", "jishixueyuan": "技师学院", "jigongxuexiao": "技工学校",
                      "pingjiajigou": "评价机构", "zhongzhuan": "中专", "dazhuan": "大专", "gaozhi": "高职", "xuanpinyuan": "选品员",
                      "jishi": "技师"}
_PINYIN_TERMS = r"(?:wang\s?luo\s?zhu\s?bo|gao\s?ji\s?ji\s?shi|ji\s?shi\s?xue\s?yuan|ji\s?gong\s?xue\s?xiao|ping\s?jia\s?ji\s?gou|zhong\s?zhuan|da\s?zhuan|gao\s?zhi|xuan\s?pin\s?yuan|jishi|ji\s?shi(?=\s*(?:cert|level|证|exam|[?？!,.]|$)))"


# The occupation's words typed in pinyin by those who speak but do not write Chinese ("my wu ji cert", "the zhibo
# xiaoshouyuan certificate", "daihuo streams"): the characters the readers key on.
_PINYIN = tuple((re.compile(rf"\b{pinyin}\b", re.I), hanzi) for pinyin, hanzi in (
    (r"wu\s?ji", "五级"), (r"(?<![\d.])([1-5])\s?ji", _level_of_digit),
    (_PINYIN_TERMS, lambda m: _PINYIN_TERM_HANZI[re.sub(r"\s", "", m.group(0).lower())]),
    (r"yxy", "营销员"), (r"xuan\s?pin", "选品"), (r"dian\s?shang", "电商"), (r"zhong\s?zhi", "中职"), (r"si\s?ji(?=\s*(?:cert|level|证|exam|$))", "四级"), (r"san\s?ji", "三级"), (r"er\s?ji", "二级"),
    (r"yi\s?ji(?=\s*(?:cert|level|证|exam|$))", "一级"), (r"zhi\s?bo\s?xiao\s?shou\s?yuan", "直播销售员"), (r"xuan\s?pin\s?yuan", "选品员"),
    (r"shi\s?pin\s?chuang\s?tui\s?yuan", "视频创推员"), (r"ping\s?tai\s?guan\s?li\s?yuan", "平台管理员"),
    (r"hu\s?lian\s?wang\s?ying\s?xiao\s?shi", "互联网营销师"), (r"dai\s?huo", "带货"), (r"zheng\s?shu", "证书"), (r"zhi\s?bo", "直播"), (r"zhu\s?bo", "主播"),
    # ("wo xiang kao hlwyxs 4ji", "zuo zhibo daihuo 6nian le meiyou zheng": initials and pinyin typed as they come)
    (r"hlwyxs", "互联网营销师"), (r"mei\s?you\s?zheng(?:\s?shu)?", "没有证书"), (r"(?<![\d.])(\d{1,2})\s?nian", lambda m: m.group(1) + "年"),
    (r"kao\s?zheng", "考证"), (r"zuo(?=\s+(?:直播|带货|主播|选品))", "做")))
# English kin words inside a Chinese sentence ("我有個friend喺深圳做主播", "我gf佢做咗兩年"): in Chinese, so the message
# is read as about that person, like "我有个朋友"
_ENGLISH_KIN = tuple((re.compile(rf"(?<=[个個我的嘅位])\s*{english}(?![a-z])\s*", re.I), hanzi) for english, hanzi in (
    (r"friends?", "朋友"), (r"(?:bf|boyfriend)", "男朋友"), (r"(?:gf|girlfriend)", "女朋友")))
# Taiwanese words for what the knowledge base names otherwise ("網路主播" is 网络主播, "影音" is 视频)
_TAIWANESE = (("网路", "网络"), ("短影音", "短视频"), ("影音", "视频"))


@lru_cache(maxsize=256)
def without_typos(text: str) -> str:
    """Simplified text with the common homophone typos above corrected, Taiwanese words in the knowledge base's
    form, and numbers written out made plain. Remembered: one answer reads the same message through it many times
    (each side question's check does), which on a 100,000-character message was most of the time spent."""
    for typo, right in _TYPOS + _NUMBERS_WRITTEN:
        text = typo.sub(right, text)
    for taiwanese, mainland in _TAIWANESE:
        text = text.replace(taiwanese, mainland)
    for pinyin, hanzi in _PINYIN + _ENGLISH_KIN:
        text = pinyin.sub(hanzi, text)
    return _CN_YEAR.sub(lambda m: m.group(0).translate(_CN_YEAR_DIGITS), text)


# Cantonese "成年" / "成個月" before a "not working" ("中間有成年冇做"): a whole year, a whole month (not "成年人", adult)
# ("中間停咗成年", "断咗成个月": stopped for a whole year, a whole month)
_WHOLE_SPAN = re.compile(r"成(年|[個个]月)(?=\s*(?:[冇没唔]|都[冇没唔]|无))|(?<=[停断斷歇][咗了])成(年|[個个]月)(?!人)")


def mandarin_words(text: str) -> str:
    """Simplified text with common Cantonese words in their Mandarin form, for the rule parsers and
    retrieval (the knowledge base is Mandarin). Only words that are not also Mandarin are replaced."""
    text = without_typos(text)
    text = _WHOLE_SPAN.sub(lambda m: "一年" if (m.group(1) or m.group(2)) == "年" else "一个月", text)
    for cantonese, mandarin in _CANTONESE:
        text = text.replace(cantonese, mandarin)
    text = _LEVELS_JOINED.sub(r"\1和\2", text)  # ("三級同二級": Cantonese 同 for "and", between two levels)
    text = _HOURS_AS_CLOCK.sub(r"\1个小时", text)  # ("要讀幾多個鐘": hours; Mandarin's own 钟头 is left)
    return _CANTONESE_IS.sub("是", text)


_HOURS_AS_CLOCK = re.compile(r"(多少|几)个钟(?!头|点)")
_LEVELS_JOINED = re.compile(r"([一二三四五1-5]\s*级)\s*同\s*([一二三四五1-5]\s*级)")
