"""A term of the last question taken back and replaced ("不好意思 我想问的是视频创推员 不是平台管理员", "sorry I meant
level 3 not level 2", "打错了 是选品员"), or its names given anew ("打错了 我想问的是选品员跟直播销售员"): the last question
with the terms swapped, to be answered as asked now."""
from __future__ import annotations

import re

from bot.language import to_simplified

# "(我想问的/我说的)是X(，)不是Y", "不是Y(，)是X", "I meant X(,) not Y", "X not Y" after a word of correction.
_IS_X_NOT_Y = re.compile(r"(?:问|说|讲|指|打)的?(?:是|系)\s*(?P<x>[^\s，,。？?！!]{2,12}?)\s*[，,\s]\s*(?:而)?(?:不是|唔系|并非)\s*(?P<y>[^\s，,。？?！!]{2,12})"
                         r"|(?:^|[\s，,。])(?:不是|唔系)\s*(?P<y2>[^\s，,。？?！!]{2,12}?)\s*[，,\s]\s*(?:而)?(?:是|系)\s*(?P<x2>[^\s，,。？?！!]{2,12})"
                         r"|\bi\s+meant\s+(?P<x3>[^,.?!]{2,30}?)\s*,?\s+not\s+(?P<y3>[^,.?!]{2,30}?)\s*(?:[,.?!]|$)", re.I)
# A date ("去年", "2023年1月", "22年"): a fact put right, not a term of the question
_A_DATE = re.compile(r"(?:今|去|前|上)年|(?:19|20)?\d{2}\s*年|\d{1,2}\s*月|\b(?:19|20)\d{2}\b")
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
    if _A_DATE.search(old) and _A_DATE.search(new):
        return None  # ("不是去年，是2023年1月拿到的"): a date put right, which the fact parser reads
    at = before.lower().find(old.lower())
    if at < 0 or tells(said[:match.start()] + " " + said[match.end():]):
        return None
    return before[:at] + new + before[at + len(old):]


# A word of correction, or the question meant said again ("打错了 我想问的是…", "sorry I meant …")
_MEANT_INSTEAD = re.compile(r"(?:打错|说错|讲错|写错|搞错)|我(?:想|是想|其实是想|本来想)?(?:问|说|讲)的是|我是想问|\bi\s+meant\b|\bi\s+wanted\s+to\s+ask\b", re.I)
MEANT_INSTEAD_MAX = 60  # a short correction, not a new message that happens to name the same kind of terms


def names_put_instead(message: str, last_question: str | None, names: re.Pattern, asks=lambda text: True) -> str | None:
    """The last question asked again of the names (`names`: the job types') a correction gives instead, with no term
    taken back in so many words ("打错了 我想问的是选品员跟直播销售员", "sorry I meant 视频创推员 vs 平台管理员"): as many
    named now as then, in their order; None when the message is no such correction."""
    said = to_simplified(message)
    if not last_question or not _MEANT_INSTEAD.search(said) or len(said) > MEANT_INSTEAD_MAX:
        return None
    before = to_simplified(last_question)
    new, old = list(names.finditer(said)), list(names.finditer(before))
    if not new or len(new) != len(old) or not asks(before) or [m.group(0) for m in new] == [m.group(0) for m in old]:
        return None
    out, at = [], 0
    for was, now in zip(old, new):
        out += [before[at:was.start()], now.group(0)]
        at = was.end()
    return "".join(out) + before[at:]
