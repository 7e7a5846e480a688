"""The claim a doubtful message points back to ("博主说没证不能直播了" … "真的吗？"), read together with it."""
from __future__ import annotations

import re

from bot.language import to_simplified

# A doubt about something heard or read, with no subject of its own ("真的吗", "有这个政策吗", "is that right?",
# "should I be worried?"). (Read on the message in Simplified Chinese.)
_DOUBT = re.compile(
    r"(?:是|系|係)?真(?:的|嘅|㗎|嘛)?(?:吗|嗎|假|咩|\?|？)|是不是真的|(?:系|係)(?:咪|唔系|唔係)真|是(?:这|這)样(?:吗|嗎)|(?:系|係)(?:咪|唔系)(?:咁|噉)"
    r"|(?:对|對)(?:吗|嗎|不对|唔对|唔對)|啱唔啱|讲得啱|講得啱|有(?:这|這|呢)(?:个|個|种|種)?(?:政策|规定|規定|说法|說法|事)(?:吗|嗎|咩)?"
    r"|靠谱(?:吗|嗎|不)|可信(?:吗|嗎)|属实|屬實|该担心|要担心|使唔使担心"
    r"|\b(?:is|was)\s+(?:that|this|it|she|he|they)\s+(?:actually\s+|really\s+)?(?:true|right|correct|real|legit|accurate|so)\b"
    r"|\b(?:is|was)\s+(?:that|this|it)\s+(?:actually\s+|really\s+)?(?:the|a|an)\s+(?:official\s+|real\s+)?(?:rule|requirement|law)\b"
    r"|\bany\s+truth\b|\bshould\s+i\s+(?:be\s+)?worr|\btrue\s+or\s+not\b|\bis\s+that\s+(?:actually\s+|really\s+)?(?:how\s+it\s+works|a\s+thing|allowed|legal)\b"
    r"|\b(?:right|true|correct|legit)\s*\?\s*$|^\W*(?:true|really|seriously|for\s+real|is\s+it\s+true|is\s+that\s+true)\s*\?", re.I)
# A doubt pointing back at what was just said, anywhere in a short message ("I'm an ex-teacher thinking of switching.
# Any truth to that stat?", "这个数据靠谱吗"): the last message is what is doubted (with _DOUBT, a doubt with no
# subject of its own, read with a claim reported earlier)
_DOUBTS_WHAT_WAS_SAID = re.compile(r"\bany\s+truth\s+(?:to|in)\s+(?:that|this|it)\b|\b(?:is|was)\s+(?:that|this|it)\s+(?:true|real|right|legit|accurate)\b"
                                   r"|\bthat\s+(?:stat|statistic|figure|number|claim)\b|(?:这|那)(?:个)?(?:数据|数字|说法)(?:靠谱|可信|准|是真的|真的)", re.I)
# Something reported: said by someone, written in an advert, passed round ("博主说", "海報寫住", "my manager says").
_REPORTED = re.compile(
    r"说|說|话|話|讲|講|听说|聽說|据说|據說|传|傳|声称|聲稱|号称|號稱|写着|寫住|寫著|广告|廣告|海报|海報|简章|簡章|宣传|宣傳"
    r"|\b(?:says?|said|claims?|claimed|told\s+me|tells\s+me|brochure|advert|poster|rumou?rs?|heard|i\s+read|reckons|according\s+to)\b", re.I)
# The doubt asks about the asker's own case as well ("真的嗎？我現在能報嗎？"): the case is answered, not the claim alone.
_ASKS_OWN_CASE = re.compile(r"(?:能|可以|可唔可以|可不可以|得唔得|够|夠)(?:不|唔)?(?:报|報|考|申报|申報)|几级|幾級|\bcan\s+(?:i|she|he|they)\s+(?:apply|sit|take)\b|\bwhich\s+level\b", re.I)
# How to check that a certificate is genuine ("咋查真假", "點樣驗真偽", "how do I verify it"): a question of its own, not a doubt
_HOW_TO_CHECK = re.compile(r"(?:查|验|驗|辨|鉴|鑑|识别|識別|核实|核實|分辨)\s*(?:一下|下)?\s*(?:证书?|證書?|张证|張證)?\s*(?:的)?\s*(?:是不是|是否|系咪|係咪)?\s*真"
                           r"|\b(?:check|verify|tell)\b[^.?!]{0,30}\b(?:real|genuine|fake|legit)\b", re.I)
# Whether what was said is right ("他说得对吗", "佢講得啱唔啱", "is what she said true"): the doubt itself, not a
# claim reported anew
_SAID_RIGHT = re.compile(r"(?:说|說|讲|講|话|話)(?:得|的|嘅)?(?=对|對|啱|没错|冇错|準|准|是真|系真|係真)"
                         r"|\bwhat (?:he|she|they|my \w+) (?:said|says|told me)\b(?= is\b| was\b)", re.I)
CLAIM_TURNS_BACK = 3  # how many of the asker's messages before the doubt a claim may lie in


def claims_doubted(question: str, history: list[tuple[str, str]]) -> list[str]:
    """The earlier messages that report a claim, latest first, when `question` only doubts it ("真的吗，我是不是得
    赶紧去考"); none when the message asks anything else, carries its own claim, or no claim was reported just
    before. ("公司话考到三级就加1000蚊人工" then "同事仲话其他公司都系咁": both, either may hold the claim's words.)"""
    if not _DOUBT.search(question) or _REPORTED.search(_SAID_RIGHT.sub(" ", question)) or _ASKS_OWN_CASE.search(question) or _HOW_TO_CHECK.search(question):
        return []
    return [said for said in (to_simplified(q) for q, _ in reversed(history[-CLAIM_TURNS_BACK:])) if _REPORTED.search(said)]


# A level claimed open ("做够4年就可以考三级", "skip 五级 and go straight to 四级"), not a level said of something else
# ("考了三级可以积分落户加分": what a level brings)
_OPEN_CLAIMED = re.compile(r"(?:能|可以|可|就能|才能|直接|跳过?|跳级)\s*(?:考|报|申报|报考)|\b(?:can|could|may)\s+(?:take|apply|sit|skip|go\s+straight)"
                           r"|\bskip\b|\bgo\s+straight\b|\bstraight\s+to\b", re.I)


def claims_a_level_open(claim: str) -> bool:
    """Whether a reported claim says some level may be taken ("老师说我们可以直接考三级")."""
    return bool(_OPEN_CLAIMED.search(claim))


def said_before_the_report(text: str) -> str:
    """The part of a message before what it reports ("我市场营销本科应届生 学校老师说…": the asker's own words)."""
    found = _REPORTED.search(text)
    return text[:found.start()] if found else text


def doubts_what_was_just_said(question: str) -> bool:
    """Whether a message doubts "that" just said ("Any truth to that stat?", "这个数据靠谱吗")."""
    return bool(_DOUBTS_WHAT_WAS_SAID.search(question))
