"""An answer laid out as a list, one item to a line, for a message that asks for it as a table, a list or points
("可唔可以整個表俾我 我直接貼落ppt", "列个清单", "as a list pls", "put it in bullet points for my slides").

A chat app shows no table, so a table asked for is the same list: the answer's own sentences and, where a sentence
opens a series after a colon ("从低到高依次是：五级/初级工、四级/中级工…"), each item of it on its own line. The
words of the answer are kept as they are: nothing is added or dropped, only the breaks.
"""
from __future__ import annotations

import re

from bot.language import to_simplified

# The layout asked for (read on Simplified Chinese, lower case for English)
_LIST_ASKED = re.compile(
    r"(?:整|做|列|画|出|给我|俾我|畀我|变成|改成|排成|弄成|做成|整成|写成|整理成|转成)\s*(?:个|一个|張|张|一张|份|一份|下|一下|埋)?\s*"
    r"(?:简单|簡單)?(?:的|嘅)?\s*(?:表格?|清单|列表|一览表|对照表)"
    r"|列(?:出来|出嚟|个表|成表|一下|下|清楚)|分(?:点|條|条)(?:列|写|讲|说)?|逐(?:点|条)|一条一条|一点一点|(?:用|以)(?:表格|列表)"
    r"|\b(?:as|in|into)\s+(?:a\s+)?(?:table|list|bullets?|bullet\s+points|points|point\s+form)\b"
    r"|\b(?:make|put|turn|give|format|lay)\b[^.?!]{0,24}\b(?:table|list|bullet\s+points?|bullets)\b"
    r"|\bbullet(?:ed)?\s+(?:list|points?)\b|\bpoint\s+form\b|\btabulate\b|\bin\s+(?:\d|two|three|four|five)\s+bullets?\b", re.I)
# What the list is for, said beside the request ("我直接貼落ppt", "for my slides", "俾學員睇")
_PURPOSE = re.compile(r"(?:我|我哋|我们)?(?:要|想|直接|好)?(?:贴|貼|放|用|抄|copy)(?:落|到|在|进|喺)?\s*(?:ppt|课件|課件|幻灯片|笔记|筆記|黑板|群)(?:度|里|入面|上)?(?:用)?"
                      r"|(?:俾|畀|给|比)(?:学员|學員|学生|學生|同学|大家)(?:睇|看)"
                      r"|\bfor\s+(?:my|our|the)\s+(?:slides?|ppt|notes|class|students|learners|handout|deck)\b", re.I)
_FILLER = re.compile(r"[\s,，.。:：;；!！?？~～…\-—]|请|請|麻烦|麻煩|唔该|唔該|可唔可以|可不可以|可以|能不能|能唔能|帮我|幫我|帮手|幫手|"
                     r"俾我|畀我|给我|俾|畀|吗|嗎|呀|啊|啦|喇|吧|嘛|呢|咩|先|得唔得|行不行|好唔好|好不好|一下|下|\bpls\b|\bplease\b|\bplz\b|\bcan\s+you\b|"
                     r"\bcould\s+you\b|\bit\b|\bthat\b|\bthis\b|\bthem\b|\bthose\b|\bok\b|\bokay\b|\bthanks?\b|\bu\b|\bme\b|\bup\b|\bsum\b|"
                     r"\bshow\b|\bof\b|\bthe\b|\bagain\b|\bnow\b|\ba\b|\bsimple\b|\bjust\b|\bmake\b|\bput\b|\bgive\b|\bturn\b|"
                     r"搞混了|搞混咗|乱|亂|睇唔清|看不清|清楚啲|清楚点|简单|簡單", re.I)

# A series after a colon: its items are split at these
_ITEM_BREAK_ZH = re.compile(r"[、，,；;]")
_ITEM_BREAK_EN = re.compile(r";\s*|,\s+(?=(?:and\s+)?[A-Z0-9])")
_SENTENCE_END = re.compile(r"(?<=[。！？!?])|(?<=[.])\s+(?=[A-Z0-9\"'(（])")
SERIES_MIN = 3  # a colon opens a series of at least this many items; fewer are left in their sentence
BULLET = "• "
LAID_OUT_LINES = 2  # a reply of more lines than this is laid out already


def list_wanted(message: str) -> tuple[bool, str]:
    """(whether the answer is asked for as a list or a table, the message without those words and what the list is for)."""
    words = to_simplified(message)
    found = _LIST_ASKED.search(words)
    if not found:
        return False, message
    rest = _PURPOSE.sub(" ", words[:found.start()] + " " + words[found.end():])
    return True, re.sub(r"\s{2,}", " ", rest).strip()


def says_nothing_else(rest: str) -> bool:
    """What is left of a list request asks for nothing else ("", "可唔可以", "pls", "搞混了 可以")."""
    return not _FILLER.sub("", rest).strip()


def as_list(text: str) -> str:
    """`text` with one item to a line: each sentence (each line of a reply of several lines), and each item of a
    series opened by a colon. A text already laid out in lines keeps them, each as an item."""
    said = [part.strip() for part in text.splitlines() if part.strip()]
    if len(said) > LAID_OUT_LINES:
        return text  # (a reply already in lines: an eligibility decision, a numbered list; its own layout stands)
    lines: list[str] = []
    for line in said:
        if not line:
            continue
        if line.startswith(("·", "•", "-", "【", "[")):
            lines.append(line)  # (a reply's own list or headings stay as they are)
            continue
        for sentence in (s.strip() for s in _SENTENCE_END.split(line) if s.strip()):
            lines += _items(sentence)
    return "\n".join(lines)


def _items(sentence: str) -> list[str]:
    """One sentence as list lines: its head and the items of the series after its colon, or the sentence alone."""
    english = not re.search(r"[\u4e00-\u9fff]", sentence)
    head, colon, series = sentence.partition(":" if english else "：")
    if not colon and not english:
        head, colon, series = sentence.partition(":")
    if colon:
        semis = [p.strip(" 。.") for p in re.split(r"；|;\s*", series) if p.strip(" 。.")]
        if len(semis) >= SERIES_MIN:  # ("列出7项主要工作任务：研究…；受企业委托…；…": a series set apart by semicolons)
            return [head.strip() + colon] + [BULLET + part for part in semis]
        first, semi, after = series.partition(";" if english else "；")
        parts = [p.strip(" 。.") for p in (_ITEM_BREAK_EN if english else _ITEM_BREAK_ZH).split(first) if p.strip(" 。.")]
        if len(parts) >= SERIES_MIN:
            lines = [head.strip() + colon] + [BULLET + part for part in parts]
            if semi and after.strip(" 。."):
                lines.append(BULLET + after.strip())
            return lines
    return [BULLET + sentence]
