"""A message that gives the asker's own answer to a quiz, slide or note set out just before, or asks to have it checked: read with it."""
from __future__ import annotations

import re

from bot.language import to_simplified

# The asker's own answer given, or a check of it asked for, with little else ("i wrote 120/104/88/72/72", "我揀C
# 啱嘛", "两个空我填 4 同 72", "这个√有没有问题", "你帮我改一下这句", "what goes in the blanks", "fix it for me")
_CHECKS = re.compile(
    r"^\W*(?:那|所以|咁)?\s*(?:我|答案我?|我的答案)(?:标|標|写|寫|填|选|選|揀|拣|答|给|給|打)(?:的|咗|了)?(?:是)?\s*['\"“‘]?(?:[√×✓✗对错對錯]|[A-Da-d](?![A-Za-z])|\d)"
    r"|(?:两|兩)?(?:个|個)?空我填|选\s*[A-Da-d]\s*(?:对吧|對吧|啱嘛|对不对|對不對|啱唔啱|对吗|對嗎)"
    r"|这个?\s*[√×✓✗对错對錯]\s*(?:有没有问题|有冇問題|有没有錯|对不对|對不對)"
    r"|(?:帮|幫)我(?:改|改一下|改下|睇下|看下|看看|核对|核對)\s*(?:一下)?\s*(?:这|呢|這|嗰)\s*(?:句|题|題|条|條|段|个答案|個答案)"
    r"|^\W*i\s+(?:wrote|marked|put(?:\s+down)?|chose|picked|answered|ticked)\b|\bmy\s+answer\s+(?:is|was)\b"
    r"|\bwhat\s+(?:goes|go|should\s+go)\s+in\s+the\s+blanks?\b|\bwhat\s+(?:number|word)\s+do\s+i\s+put\b|\bfix\s+(?:it|this|that)\s+for\s+me\b|\bcorrect\s+(?:it|this|that|me)\s+if\s+(?:not|wrong)\b",
    re.I)
CHECK_MAX_CHARS = 60  # longer, a message carries a question of its own


def checks_an_answer(message: str) -> bool:
    """Whether `message` gives or asks to check the asker's answer to what they set out just before."""
    text = to_simplified(message).strip()
    return len(text) <= CHECK_MAX_CHARS and bool(_CHECKS.search(text))


# Whether what was quoted holds, asked of it ("is that accurate for the internet marketer standard? what should it say
# instead?", "这样写对吗", "這句有冇問題") right after a message quoting a wording
_QUOTE_HOLDS = re.compile(r"\bis\s+(?:that|this|it)\s+(?:accurate|correct|right|ok(?:ay)?|true)\b"
                          r"|\bwhat\s+should\s+it\s+say\b|\bwhat\s+should\s+(?:i|we)\s+(?:say|write|put)\s+instead\b"
                          r"|\bis\s+(?:the|my|our)\s+(?:\w+\s+){0,2}(?:wording|version|sentence|line|text|answer)\s+(?:ok(?:ay)?|right|correct|accurate|fine)\b"
                          r"|(?:这|這|呢|那)(?:样|樣|么|麼|句|段|个说法|個說法)?(?:写|寫|讲|講|说|說)?(?:对|對|啱|行|可以)(?:吗|嗎|不|唔|嘛|吧)"
                          r"|(?:这|這|呢)(?:样|樣|句|段)(?:写|寫)?(?:有没有|有冇)(?:问题|問題|错|錯)", re.I)
_QUOTED = re.compile(r"['\"“‘「『][^'\"”’」』]{6,}['\"”’」』]|\bsays?\s*:|写的是|寫的是|写着|寫著")


def asks_if_quote_holds(message: str, last: str, tells_facts=lambda text: False) -> bool:
    """Whether `message` asks if the wording quoted in `last` (the message just before) is right; not when the quote
    reads as someone's facts (`tells_facts`: "'Anyone aged 18+ with a 中专 diploma…'" is then nobody's case)."""
    said = to_simplified(message)
    # (nor beside a question of its own: "这个说法对吗 持证上岗到底指的啥" asks what it means too)
    return bool(_QUOTE_HOLDS.search(said)) and not _ASKS_MORE.search(_QUOTE_HOLDS.sub(" ", said)) \
        and bool(_QUOTED.search(to_simplified(last))) and not tells_facts(to_simplified(last))


_ASKS_MORE = re.compile(r"什么|啥|咩|乜|哪|怎么|为什么|点解|几|多少|\b(?:what|which|how|why|who|when|where)\b", re.I)


def with_what_was_checked(message: str, history: list[tuple[str, str]]) -> str:
    """The message read after the last earlier message that was not itself a check ("「以下边项…A…B…C…」" then
    "我揀C 啱嘛"), so the entry that holds the answer is the one retrieved."""
    earlier = next((said for said, _ in reversed(history) if not checks_an_answer(said)), None)
    return f"{earlier} {message}" if earlier else message
