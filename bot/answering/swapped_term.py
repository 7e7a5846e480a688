"""A term of the last question taken back and replaced ("不好意思 我想问的是视频创推员 不是平台管理员", "sorry I meant
level 3 not level 2", "打错了 是选品员"): the last question with the term swapped, to be answered as asked now."""
from __future__ import annotations

import re

from bot.language import to_simplified

# "(我想问的/我说的)是X(，)不是Y", "不是Y(，)是X", "I meant X(,) not Y", "X not Y" after a word of correction.
_IS_X_NOT_Y = re.compile(r"(?:问|说|讲|指|打)的?(?:是|系)\s*(?P<x>[^\s，,。？?！!]{2,12}?)\s*[，,\s]\s*(?:而)?(?:不是|唔系|并非)\s*(?P<y>[^\s，,。？?！!]{2,12})"
                         r"|(?:^|[\s，,。])(?:不是|唔系)\s*(?P<y2>[^\s，,。？?！!]{2,12}?)\s*[，,\s]\s*(?:而)?(?:是|系)\s*(?P<x2>[^\s，,。？?！!]{2,12})"
                         r"|\bi\s+meant\s+(?P<x3>[^,.?!]{2,30}?)\s*,?\s+not\s+(?P<y3>[^,.?!]{2,30}?)\s*(?:[,.?!]|$)", re.I)
# Words that only frame the correction, not part of a term ("我想问的是视频创推员的" → 视频创推员)
_FRAME = re.compile(r"^(?:那个|这个|the\s+|a\s+)|(?:的|呀|啊|啦|了|哦|嘛|\s+one)$", re.I)


def swapped_question(message: str, last_question: str | None, asks=lambda text: True, tells=lambda text: False) -> str | None:
    """The last question with the term the message takes back replaced by the one it gives, or None when the
    message swaps no term of that question. `asks` tells a question from a statement (Simplified Chinese);
    `tells` whether the rest of the message states facts of the case, which the message is then read for
    ("不是我女儿 是我外甥 我搞混了。他是普通高中毕业 在直播间做场控两年了": his facts, not hers asked again)."""
    if not last_question:
        return None
    said = to_simplified(message)
    match = _IS_X_NOT_Y.search(said)
    if match is None:
        return None
    new = _FRAME.sub("", (match.group("x") or match.group("x2") or match.group("x3") or "").strip())
    old = _FRAME.sub("", (match.group("y") or match.group("y2") or match.group("y3") or "").strip())
    before = to_simplified(last_question)
    if not asks(before):
        return None  # (a fact taken back, "唔係八個月，係十四個月", is the correction the fact parser reads)
    if len(new) < 2 or len(old) < 2 or new == old:
        return None
    at = before.lower().find(old.lower())
    if at < 0 or tells(said[:match.start()] + " " + said[match.end():]):
        return None
    return before[:at] + new + before[at + len(old):]
