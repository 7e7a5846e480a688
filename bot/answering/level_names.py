"""Questions about the levels' names and order ("高级工是几级", then "那技师呢", "which is higher, L1 or L5?", "五级是最低还是最高",
"Is L3 the same as senior?"), recognised here and answered from the rules' own level names.

Retrieval answers them with the whole ladder at best and with a level's application conditions at worst
("那技师呢" reads as a question about level 2); the numbering runs backwards (一级 is the top), which is what
people ask about, so the reply says the level asked about first and the order after it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.eligibility import vocabulary as vocab
from bot.retrieval.faq_selector import as_asked

# A level said by its name or its number, as people write it.
_NAME = (r"高级技师|技师(?!学院|学校)|高级工|中级工|初级工|senior\s+technicians?|technicians?(?![\s-]+(?:college|school))"
         r"|senior\s+workers?|intermediate\s+workers?|junior\s+workers?|advanced\s+workers?")
_NUMBER = r"[一二三四五]\s*级|\blevel\s*[1-5]\b|\bl\s*[1-5]\b|\blvl\.?\s*[1-5]\b"
_LEVEL = rf"(?:{_NAME}|{_NUMBER})"

# "高级工是几级", "技师系边级", "初级工对应哪一级", "三级是什么工", "二级叫什么", "what level is a technician",
# "is L3 the same as senior", "what does L1 stand for", "is technician level 2?"
_NAME_ASKED = re.compile(
    rf"(?P<a>{_NAME})\s*(?:是|系|就是|即是|即|等于|对应|算)\s*(?:第)?\s*(?:几|哪一?|什么|咩|边|啥)\s*(?:级|个等级|个级别|等级|级别)"
    rf"|(?P<b>{_NUMBER})\s*(?:是|系|叫|就是|即是|等于|对应)\s*(?:什么|啥|咩|乜|哪个|边个)\s*(?:工|级别|等级|名称|名字|名|称呼)?\s*(?:[?？吗呢啊阿呀]|$)"
    rf"|\bwhat\s+level\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?P<c>{_NAME})"
    rf"|\bis\s+(?P<d>{_NUMBER})\s+(?:the\s+same\s+as|called|equal\s+to|=)\s"
    rf"|\bwhat(?:'s|\s+is|\s+does)\s+(?P<e>{_NUMBER})\s+(?:called|mean|stand\s+for)"
    rf"|\bis\s+(?:an?\s+|the\s+)?(?P<f>{_NAME})\s+(?:the\s+same\s+as\s+)?(?:level\s*[1-5]|l[1-5])\s*\??\s*$"
    # "初级工是五级还是一级", "二级叫啥 技师还是高级技师": which of two the name or the number is
    rf"|(?P<g>{_NAME})\s*(?:是|系|算|即是)\s*(?:{_NUMBER})\s*(?:还是|定系|定係|定|或者|\bor\b)\s*(?:{_NUMBER})"
    # "what is level 3 called in chinese", "the chinese name for level 2": its Chinese name
    rf"|\b(?:chinese|mandarin)\s+(?:name|term|word)s?\s+(?:for|of)\s+(?P<i>{_NUMBER}|{_NAME})"
    rf"|(?P<h>{_NUMBER})\s*(?:是|系|叫|算)?\s*(?:什么|啥|咩|乜)?\s*[，,\s]*(?:是|系|叫)?\s*(?:{_NAME})\s*(?:还是|定系|定係|定|或者|\bor\b)\s*(?:{_NAME})", re.I)
# A level said any way people say one, grade words too ("高级证", "中级", "senior", "intermediate").
_ANY_NAME = (r"高级技师|技师(?!学院|学校)|(?:初级|中级|高级)工?(?:证书?)?(?!技)|senior\s+technicians?|technicians?(?![\s-]+(?:college|school))"
             r"|(?:senior|intermediate|junior|advanced)(?:\s+workers?)?\b|entry(?:[\s-]+level)?\b"
             r"|[一二三四五]\s*级(?:证书?)?|\blevel\s*[1-5]\b|\bl\s*[1-5]\b|\blvl\.?\s*[1-5]\b|(?<![\d.])[1-5]\s*级")
# Two names said to be one level ("高级证是不是就是高级技师", "初级证=五级?", "level 3 = senior?", "四級 = 中級工
# = intermediate 冇錯吧", "is L4 the same as intermediate?"): whether they are.
_SAME_ASKED = re.compile(
    rf"(?<![一二三四五1-5]级)(?P<a>{_ANY_NAME})\s*(?:=|＝|是不是就是|是不是|是否就是|是否|就是|即是|即系|系咪即系|系咪|系唔系|等于|对应|\bis\s+(?:the\s+same\s+as|equal\s+to)"
    rf"|\bequals?\b|\bmeans?\b|(?:\bis\s+)?(?:the\s+)?same\s+as\b)\s*(?:the\s+)?(?P<b>{_ANY_NAME})"
    # (the second name ends the question: not "二级技师是不是三级证满1年就能考", a rule asked about)
    rf"(?=\s*(?:[?？!！。.,，=＝]|吗|吧|呢|啊|嘛|冇|没|对|\bor\b|\bright\b|\bcorrect\b|$))", re.I)
# "一级和五级哪个高", "五级高还是一级高", "which is higher, L1 or L5?"
_WHICH_HIGHER = re.compile(r"哪个(?:更)?(?:高|低|大|厉害)|边个(?:更)?(?:高|低|大|劲)|谁(?:更)?(?:高|低)|(?:高|低)还是|(?:高|低)定|"
                           r"\bwhich\b[^?]{0,24}\b(?:higher|lower|top|highest|lowest|more\s+senior|better)\b|\b(?:higher|lower)\b[^?]{0,12}\bor\b", re.I)
# "五级是最低还是最高", "一级系咪最高定最低", "is level 1 the highest or the lowest?": where one level stands.
_RANK_ASKED = re.compile(
    rf"(?P<a>{_LEVEL})\s*(?:是|系|算|到底是)?\s*(?:最低|最高|最底|最顶)(?:的|嘅|级)?\s*(?:还是|定系|定係|定|或者|or)\s*(?:最低|最高|最底|最顶)"
    rf"|\bis\s+(?P<b>{_LEVEL})\s+(?:the\s+)?(?:highest|lowest|top|bottom)(?:\s+(?:one|level))?\s+or\s+(?:the\s+)?(?:highest|lowest|top|bottom)"
    # ("我个仔考咗四级系低定高呀", "is level 4 high or low?": where a level stands, asked plainly)
    rf"|(?P<c>{_LEVEL})\s*(?:是|系|係|算)?\s*(?:低|高)(?:的|嘅)?\s*(?:还是|定系|定係|定|或者|抑或)\s*(?:高|低)"
    rf"|\bis\s+(?P<d>{_LEVEL})\s+(?:high|low)\s+or\s+(?:high|low)\b", re.I)
# "which one is 'Level 3'?", "哪个是三级": the level a number names.
_WHICH_IS = re.compile(rf"(?:哪个|边个|哪一个|哪一级|边级|\bwhich(?:\s+one)?)\s*(?:是|系|就是|\bis\b)\s*['\"‘“「]?\s*(?P<a>{_NUMBER}|{_NAME})", re.I)
# "what's the level after 高级工 called?", "高级工上面是什么", "四级再往上是哪级": the level above one named.
_NEXT_AFTER = re.compile(
    rf"(?P<a>{_LEVEL})\s*(?:之后|以后|后面|上面|往上|再往上|的下一级|上一级|的上一级)\s*(?:的|嘅)?(?:一级)?\s*(?:是|系|叫|就是)?\s*(?:什么|啥|咩|乜|哪一?级|边级|几级)"
    rf"|\b(?:level|one|step)\s+(?:after|above|up\s+from)\s+(?P<b>{_LEVEL})|\bnext\s+(?:level\s+|one\s+)?(?:after|above|up\s+from)\s+(?P<c>{_LEVEL})", re.I)
# "那最高的呢", "and the lowest?" just after one of these questions: the top or the bottom level's name.
_EXTREME_FOLLOW_UP = re.compile(r"^\W*(?:那|咁|而|and|what\s+about|how\s+about)?\s*(?:the\s+)?(?P<x>最高|最低|最顶|最底|highest|lowest|top|bottom)"
                                r"(?:的|嘅|那个|嗰个|那级|嗰级|一级|\s+one|\s+level)?\s*(?:呢|嘞|啊|呀|叫什么|叫咩|是什么|是哪级|called)?\W*$", re.I)
# "那技师呢", "and technician?", "what about level 2?" just after one of these questions: that level's name too.
_FOLLOW_UP = re.compile(rf"^\W*(?:那|咁|而|and|what\s+about|how\s+about)?\s*(?P<a>{_LEVEL}|(?<=and\s)[1-5]\b)\s*(?:(?:呢|嘞|啊|阿|呀)?\W*$|呢[\s，,]*[^？?\d]{{0,8}}$)", re.I)
# ("那一级呢 我老搞反": a remark after it asks nothing more)


# The levels asked about as a whole ("互联网营销师有几个等级", "what are the official level names?")
_LEVELS_LISTED = re.compile(r"几个等级|几个级别|几级|哪几级|哪些等级|等级(?:名称|叫法)|\blevel names\b|\bhow many levels\b|\bwhat (?:are )?the levels\b", re.I)


@dataclass(frozen=True)
class LevelNameQuestion:
    levels: tuple[int, ...]  # one: which level that name is; two: which of them is higher
    said: str  # the words the asker used for the level (one level asked about)
    rank: bool = False  # where the one level stands (the lowest, the highest), not what it is called
    after: bool = False  # the level above the one said ("what's the level after 高级工 called?")
    extreme: bool = False  # the top or the bottom level asked for by where it stands ("那最高的呢")
    same: tuple[str, str] | None = None  # two names said to be one level, as said ("高级证", "高级技师")


# The level said before, pointed back at ("is that higher or lower than 三级?", "我这个比三级高吗")
_POINTS_BACK = re.compile(r"\b(?:that|it|this|mine|my\s+(?:cert|certificate|level))\b|这个|那个|它|我的证|我嘅|我的(?:那个)?", re.I)


def _levels(text: str) -> tuple[int, ...]:
    return tuple(dict.fromkeys(level for m in re.finditer(_LEVEL, text, re.I) if (level := vocab.level_of(m.group(0).lower()))))


def _one(text: str) -> LevelNameQuestion | None:
    if (match := _SAME_ASKED.search(text)) is not None:
        first, second = match.group("a").strip(), match.group("b").strip()
        levels = vocab.level_of(first.lower()), vocab.level_of(second.lower())
        if all(levels) and first.lower() != second.lower():
            return LevelNameQuestion(tuple(levels), "", same=(first, second))
    if (match := _NAME_ASKED.search(text)) is not None:
        said = next(g for g in match.groups() if g)
        level = vocab.level_of(said.lower())
        return LevelNameQuestion((level,), said.strip()) if level else None
    if (match := _RANK_ASKED.search(text)) is not None:
        said = next(g for g in match.groups() if g)
        level = vocab.level_of(said.lower())
        return LevelNameQuestion((level,), said.strip(), rank=True) if level else None
    if (match := _WHICH_IS.search(text)) is not None:
        level = vocab.level_of(match.group("a").lower())
        return LevelNameQuestion((level,), match.group("a").strip()) if level else None
    if (match := _NEXT_AFTER.search(text)) is not None:
        said = next(g for g in match.groups() if g)
        level = vocab.level_of(said.lower())
        return LevelNameQuestion((max(level - 1, 1),), said.strip(), after=True) if level else None
    named = _levels(text)
    if len(named) == 2 and _WHICH_HIGHER.search(text):
        return LevelNameQuestion(named, "")
    return None


def level_name_question(question: str, last_question: str | None = None) -> LevelNameQuestion | None:
    """What the message asks about the levels' names or order; None when it asks something else."""
    text = as_asked(question)
    found = _one(text)
    if found is not None:
        return found
    named = _levels(text)
    if len(named) == 1 and last_question and _WHICH_HIGHER.search(text) and _POINTS_BACK.search(text) \
            and len(before := _levels(as_asked(last_question))) == 1 and before[0] != named[0]:
        # "my cert says 互联网营销师 (四级/中级工)" then "is that higher or lower than 三级?": the two compared
        return LevelNameQuestion((before[0], named[0]), "")
    extreme = _EXTREME_FOLLOW_UP.match(text)
    if extreme and last_question and (_one(as_asked(last_question)) is not None or _LEVELS_LISTED.search(as_asked(last_question))):
        top = re.match(r"最高|最顶|highest|top", extreme.group("x"), re.I) is not None
        return LevelNameQuestion((1 if top else 5,), extreme.group("x"), extreme=True)
    follow = _FOLLOW_UP.match(text)
    before = _one(as_asked(last_question)) if follow and last_question else None
    if before is not None:
        said = follow.group("a")
        if said.isdigit():  # ("level 3 = senior?" then "and 4?": that level by its number)
            said = f"Level {said}"
        level = vocab.level_of(said.lower())
        return LevelNameQuestion((level,), said.strip(), rank=before.rank) if level else None
    return None
