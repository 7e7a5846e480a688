"""A job type pointed at as "it" right after a question that named it ("平台管理員係做咩㗎？" then "佢有冇技師同高級技師級？",
"does it go up to level 1?"), or by a short name right after a question on another ("and the admin one?"): the message
with the job type's name put in, so it is read as a question about that job type."""
from __future__ import annotations

import re

from bot.eligibility import vocabulary as vocab
from bot.language import to_simplified

# "it" said of a thing, then what is asked of it: its levels, its top, its work ("佢有冇技師", "它最高几级", "does it have
# level 1", "what does it do"). (A person is "佢" too; the caller reads this only where no person has been described.)
_IT_ASKED = re.compile(r"^\W*(?:那|咁|噉|哦|噢|ok|so|and)?\s*[,，]?\s*"
                       r"(?P<it>它|佢|\bit\b|\bthat one\b|\bthis one\b)"
                       r"(?=\s*(?:有冇|有没有|有无|有|最高|最多|设|分|一共|总共|系咪|是不是|系|是|做|具体|主要|要|需要|能|可以|"
                       r"(?:'s\s+|\s+)?(?:have|has|go|goes|do|does|include|includes|cover|covers|top|max|need|needs)\b))", re.I)
_JOB_TYPE = re.compile("|".join(f"(?:{pattern})" for _, pattern in vocab.JOB_TYPES), re.I)
# A job type by its own name ("平台管理員", "视频创推员", "product selector"), not by a word for a person in it ("主播")
_JOB_TYPE_NAME = re.compile(r"(?:商品)?选品员|直播销售员|视频创推员|平台管理员|platform\s+admin(?:istrator)?|product\s+selector|"
                            r"live[\s-]*stream(?:ing)?\s+sales(?:person)?|video\s+creator(?:[\s-]+promoter)?", re.I)
# "it" set beside another job type by name ("我想同學生講清楚佢同直播銷售員有咩分別", "how is it different from a product
# selector?"): the comparison of the two
_IT_COMPARED = re.compile(r"(?P<it>它|佢|\bit\b)\s*(?:同|和|跟|与|比|\s+(?:and|vs\.?|versus|compared\s+(?:to|with)|different\s+from|differ\s+from)\s+(?:a\s+|an\s+|the\s+)?)\s*"
                          r"(?P<other>" + _JOB_TYPE_NAME.pattern + ")", re.I)


def with_job_type_named(message: str, last_question: str | None) -> str:
    """`message` with "it" replaced by the one job type `last_question` named; as it was otherwise."""
    if not last_question:
        return message
    said = to_simplified(message)
    match = _IT_ASKED.match(said)
    compared = _IT_COMPARED.search(said) if match is None else None
    if (match is None and compared is None) or (match is not None and _JOB_TYPE.search(said)):
        return message
    named = [m.group(0) for m in _JOB_TYPE_NAME.finditer(to_simplified(last_question))]
    if len({name.lower() for name in named}) != 1:
        return message
    if compared is not None:  # (not the one it is set beside: "它同直播销售员" after a question on 直播销售员)
        if compared.group("other").lower() == named[0].lower():
            return message
        match = compared
    return said[:match.start("it")] + named[0] + said[match.end("it"):]


# A job type by a short name in a follow-up ("and the admin one?", "what about the video one", "那管理员呢", "视频那个呢"):
# the short name, and the name it stands for
_NICKNAMES = (
    ("平台管理员", r"\badmin(?:istrator)?\b|(?<!平台)管理员"),
    ("选品员", r"\b(?:product[\s-]*)?(?:selector|selecting|picking|picker)\b|(?<!商品)选品(?!员)"),
    ("视频创推员", r"\bvideo(?:[\s-]*(?:making|maker|creator|creation|one))?\b|(?<![短])视频(?!创推员|号)"),
    ("直播销售员", r"\b(?:live[\s-]*stream(?:ing|er)?|streaming|selling|sales|host(?:ing)?|seller)\b|带货|直播(?!销售员|间)"),
)
# The follow-up itself: a short message that only names the other one ("and the admin one?", "那管理员那个呢", "咁视频嗰个呢")
_FOLLOW_UP = re.compile(r"^\W*(?:(?:and|what about|how about|ok|so|then)\s+)+(?:the\s+|a\s+|an\s+)?(?P<nick>[\w\s-]{2,24}?)\s*(?:one|job(?:\s+type)?|track|role|type)?\s*[?？.!]*$"
                        r"|^\W*(?:那|咁|噉|那么|还有)?\s*(?:个|嗰个|𠮶个|那个)?\s*(?P<nick2>[\u4e00-\u9fff]{2,4}?)\s*(?:那个|嗰个|𠮶个|的那个|嘅嗰个|嘅𠮶个|那种)?\s*(?:呢|啊|嘞)\s*[?？]*$", re.I)
NICKNAMED_MAX = 40  # a follow-up, not a message of its own


def with_job_type_nicknamed(message: str, last_question: str | None) -> str:
    """`message` with a job type's short name replaced by its name ("and the admin one?" → "and the 平台管理员 one?")
    when the last question named another job type by name; as it was otherwise."""
    said = to_simplified(message)
    if not last_question or len(said) > NICKNAMED_MAX or _JOB_TYPE_NAME.search(said) \
            or not _JOB_TYPE_NAME.search(to_simplified(last_question)):
        return message
    match = _FOLLOW_UP.match(said)
    if match is None:
        return message
    nick = match.group("nick") or match.group("nick2")
    found = [(name, re.search(pattern, nick, re.I)) for name, pattern in _NICKNAMES]
    found = [(name, hit) for name, hit in found if hit is not None]
    if len(found) != 1:
        return message
    name, hit = found[0]
    start = match.start("nick" if match.group("nick") else "nick2") + hit.start()
    return said[:start] + name + said[start + len(hit.group(0)):]
