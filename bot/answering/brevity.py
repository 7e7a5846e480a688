"""A short answer asked for ("只要数字", "yes or no", "一句话", "淨係答個名"): the words that ask for it taken off the
question, and the reply cut to what answers it (an eligibility reply to its conclusion, its reason and its caveats; an
entry longer than a chat message to the sentence asked about)."""
from __future__ import annotations

import re

from bot.answering.extractive import MAX_CHARS
from bot.language import to_simplified

# The asker wants the answer alone: a number, a yes or no, a name, one line. (Read on Simplified Chinese.)
_WANTS_SHORT = re.compile(
    r"(?:只|就|仅|淨係|净系|净係|淨系|直接)(?:要|说|讲|答|回答|给|俾|畀|講|說)?(?:我)?(?:个|個|一个|一個)?(?:数字|数|名|名字|网站名|网址|年份|月份|日期|结论|结果|答案)(?:就得|就好|就行|就可以)?"
    # ("簡單答我", "别给我一堆条件"): the answer alone, in so many words
    r"|简单(?:答|回答)(?:我)?(?=\s*[，,。？?！!]*\s*$)|(?:别|不要|唔好)(?:给|俾|畀)(?:我)?(?:一堆|咁多|这么多|那么多)(?:条件|解释|废话|嘢)"
    r"|(?:只|就|淨係|净系|直接)(?:要|说|讲|答|講|說)(?:能|行|可以|得|够|夠|会|會|是|系|係|有)(?:或|还是|定|或者)?(?:不能|不行|唔得|唔够|唔夠|不够|不會|唔会|唔會|不会|不是|唔系|唔係|冇|没有)"
    r"|(?:能|行|可以|得|够|夠|会|會|是|系|係|有)(?:或|还是|定|或者)(?:不能|不行|不可以|唔得|唔够|唔夠|不够|不會|唔会|唔會|不会|不是|唔系|唔係|冇|没有?)(?=\s*[？?。!！]*\s*$)"
    r"|(?:讲|说|给|俾|畀|講|說)(?:我)?(?:个|個)(?:数字|名|名字|网站名|网址|年份|日期|日子)(?:就得|就好|就行|就可以|得喇|得啦)?"
    r"|(?:给|俾|畀)(?:我)?(?:网址|网站|链接)(?:就得|就好|就行|就可以|得喇|得啦)"
    r"|(?<![加写寫补補留回])一句(?:话|話)(?:讲|說|说|講)?(?:完|清楚|晒)?|(?:用)?一句(?:讲|說|说|講)(?:完|清楚|晒)?|(?:讲|说|講|說)短(?:啲|d|点|一点|些)|一个字|一個字|两个字|一两句(?:话|話)?(?:就好|就得|就行)?"
    r"|\byes\s*(?:or|/)\s*no\b|\by\s*/\s*n\b|\bjust\s+(?:the\s+|a\s+)?(?:numbers?|figures?|names?|years?|title|yes\s+or\s+no|one\s+word)\b|\bjust\s+(?:tell\s+me\s+)?(?:yes|no)\b"
    r"|\bone\s+(?:word|line|number|phrase|sentence)\b|\btl;?\s*dr\b|\bshort\s+answer\b|\bin\s+one\s+(?:word|line|sentence)\b"
    r"|\bnumber\s*(?:only|please|pls)?\s*$"
    # ... or the last answer again, shorter ("说简单点", "太长了", "講重點", "说人话", "simpler pls", "short version")
    r"|(?:说|讲|讲得|说得|答)?简(?:单|短)(?:点|啲|d|些|一点|一啲)(?:讲|说|答)?(?:啦|吧|la)?|简单(?:讲|说)(?:一下|下)?(?=\s*[，,。？?！!]*\s*$)|说人话|讲人话"
    r"|(?<![^\s，,。！!？?])太长(?:了|啦|喇|咗)?(?:吧|啊|呀)?(?=[\s，,。！!]|$)|(?<=\s)一句(?=\s*$)|(?:说|讲)(?:重点|重點)(?:就好|就行|就得|就可以)?|(?:讲|说)少(?:啲|d|点|一点)"
    r"|(?:[两2三3])(?:句|行)(?:话|話)?(?:就好|就行|就得|讲完|说完)?"
    r"|\bsimpler\b|\bsimplify\b|\bshort(?:er)?\s+version\b|\bshorter\b|\bin\s+short\b|\bbriefly\b|\btoo\s+long\b"
    r"|\bkeep\s+it\s+short\b|\b(?:in\s+)?(?:two|three|2|3|a\s+few)\s+(?:lines|sentences)\b",
    re.I)
# ... the last answer not understood ("你说的太长了没看懂", "still confused"): its gist, shorter than the usual cut (not
# "太长了 主要规定了啥", "说人话" alone, whose usual cut keeps what they ask).
_NOT_UNDERSTOOD = re.compile(r"没看懂|看不懂|睇唔明|唔明|听不懂|\bconfused\b|\bdon'?t\s+get\s+it\b", re.I)
# ... a yes or a no, of those ("能或不能", "夠定唔夠", "y/n", "one word").
_WANTS_YES_NO = re.compile(r"(?:能|行|可以|得|够|夠|会|會|是|系|係|有)(?:或|还是|定|或者)(?:不能|不行|不可以|唔得|唔够|唔夠|不够|不會|唔会|唔會|不会|不是|唔系|唔係|冇|没有?)"
                           r"|一个字|一個字|\byes\s*(?:or|/)\s*no\b|\by\s*/\s*n\b|\bjust\s+(?:tell\s+me\s+)?(?:yes|no)\b|\bone\s+word\b", re.I)
# What may be left of a message once those words are taken off, and still say nothing of its own.
_FILLER = re.compile(r"^(?:[\s,，.。:：;；!！?？~～…\-—]|请|請|麻烦|麻煩|please|pls|plz|ok|okay|好|啊|呀|啦|喇|吧|嘛|la|lah|就得|就好|就行|得啦|唔该|唔該"
                     r"|thanks?|\bgive\s+me\b|\bgimme\b|\bthe\b|\bjust\b|\bso\b|\bbottom\s+line\b|\bin\s+the\s+end\b"
                     r"|\bfor\s+(?:my|the|a|our)\s+(?:cv|resume|résumé|poster|slides?|ppt|brochure|notes?|bio)\b|简历用|放简历|写简历|\bcan\s+you\b|\bcould\s+you\b|\bagain\b|\bbro\b|\bsay\s+it\b"
                     r"|你|再|给我|俾我|畀我|可以|能不能|点|d|啲|嘅|的|了|哦|噢|喔|嗯|[😂🙏😅🤣😭👍]|\[[^\]]{1,6}\])*$", re.I)
# Lines of an eligibility reply left out of the short form (what was understood), and kept (the clause a conclusion
# rests on; the newer conditions beside the template, "另：部分评价机构…"; the closing caveat).
_UNDERSTOOD = re.compile(r"^(?:按你提供的情况|按你提供的情況|按你说的（|按你說的（|What I understood|好的，记下了|好的，記下了|Noted\.)", re.I)
_CLAUSE_LINE = re.compile(r"^(?:依据|依據|Clause)\s", re.I)
_NEWER_LINE = re.compile(r"^(?:另[：:]|Also:)")
_CAVEAT_LINE = re.compile(r"通用模板|usual (?:national )?template|evaluation body's rules prevail|以组织认定的评价机构为准|以組織認定的評價機構爲準|以組織認定的評價機構為準")
# A line of an eligibility reply that gives a date ("With the years you gave, from about 6/2028", "约2027年3月起").
DATED_LINE = re.compile(r"\bfrom about \d{1,2}/\d{4}|[约約]\s*\d{4}\s*年(?:\d{1,2}\s*月)?(?:起|前后|前後)", re.I)
_LEVEL_NAMED = re.compile(r"[一二三四五]级|[一二三四五]級|Level [1-5]")
_DOMAIN_WORDS = re.compile(r"互联网营销师|互聯網營銷師|\binternet\s+market(?:er|ers|ing)\b", re.I)
_CLAUSE_NAMED = re.compile(r"\bL[1-5]-[A-Z]")
_LACKS = re.compile(r"^(?:还差|還差|Missing)[：:]", re.I)
_DIPLOMA_ROUTE = re.compile(r"^(?:另有凭毕业证书的路线|另有憑畢業證書的路線|Routes? L\d-\S+ go(?:es)? through a diploma)", re.I)
_OPENS_IF = re.compile(r"^(?:You can apply for .* if any one of these is true|They can apply for .* if any one of these is true|以下任一条成立|以下任一條成立)", re.I)
IF_ROUTES = 2  # at most the two routes it lists
_OPEN_NOW = re.compile(r"现在可以申报|現在可以申報|You can apply now|They can apply now", re.I)
_SENTENCE = re.compile(r"(?<=[。！？!?])|(?<=[.!?])\s+(?=[A-Z0-9\"'(])")
# A first sentence shorter than this goes with the one after it (about two lines in a chat app)
OPENING_MIN_ZH, OPENING_MIN_EN = 60, 160


def short_answer_wanted(message: str) -> tuple[bool, str]:
    """(whether a short answer is asked for, the message without the words that ask for it)."""
    words = to_simplified(message)
    found = list(_WANTS_SHORT.finditer(words))
    if not found:
        return False, message
    if len(words) != len(message):  # (a phrase converted to another length: cut the Simplified text instead)
        message = words
    found = [match for match in found if not _WANTS_YES_NO.fullmatch(match.group(0))]  # (a yes or no asked is a question)
    if _PER_ITEM.search(words):  # ("一个工种一句话", "one line per level"): a line for each, the whole list wanted
        found = [match for match in found if not re.search(r"一句|\bone\s+(?:line|sentence)\b", match.group(0), re.I)]
        if not found:
            return False, message
    if not found:
        return True, message
    kept, last = [], 0
    for match in found:  # (cut on the original: Simplified conversion keeps every character's place)
        kept.append(message[last:match.start()])
        last = match.end()
    kept.append(message[last:])
    rest = re.sub(r"\s{2,}", " ", "".join(kept)).strip(" ,，;；:：-—")
    return True, rest


def yes_or_no_wanted(message: str) -> bool:
    """Whether the short answer asked for is a yes or a no ("能或不能", "Y/N")."""
    return bool(_WANTS_YES_NO.search(to_simplified(message)))


# ... one sentence asked for in so many words ("一句话 是还是不是", "one line pls"): the shortest cut too
_ONE_SENTENCE = re.compile(r"(?<![加写寫补補留回])一句(?:话|話)?(?:讲|說|说|講)?(?:完|清楚)?(?![话話]?(?:介绍|解释|说明))|\b(?:in\s+)?one\s+(?:line|sentence)\b(?!\s+(?:per|each|for))", re.I)


# One line for each item ("一个工种一句话", "每级一句", "one line per level")
_PER_ITEM = re.compile(r"(?:每|一)(?:个|個)(?:工种|工種|人|学员|學員)[^，,。？?]{0,6}一句|\bper\s+(?:job\s*type|person)\b|\beach\s+job\s*type\b"
                       r"|\bone\s+(?:line|sentence)\s+(?:each|apiece)\b", re.I)  # ("the 4 job types one line each")


def one_sentence_wanted(message: str) -> bool:
    """Whether one sentence is asked for ("一句话 能还是不能", "one line pls"); not one per item ("一个工种一句话")."""
    words = to_simplified(message)
    return bool(_ONE_SENTENCE.search(words)) and not _PER_ITEM.search(words)


def not_understood(message: str) -> bool:
    """Whether the last answer is said not understood ("你说的太长了没看懂", "still confused"): the shortest cut is wanted."""
    return bool(_NOT_UNDERSTOOD.search(to_simplified(message)))


def says_nothing_else(rest: str) -> bool:
    """Whether what is left of a message once the short answer's words are off says nothing ("", "就得", "please")."""
    return bool(_FILLER.match(rest))


# The heading of one person's part in a reply for several ("[Lily]", "【小林】")
_PERSON_HEADING = re.compile(r"^\s*(?:\[[^\]\n]{1,30}\]|【[^】\n]{1,30}】)\s*$")


def cut_eligibility(text: str) -> str | None:
    """An eligibility reply cut to its conclusion: the notes before it, the conclusion and its dates, the newer
    conditions' line and the closing caveat (None: it gives no conclusion, the questions it asks are needed).
    A reply for several people ("who's ready for what? keep it short") is cut person by person, each under its heading."""
    blocks = [block for block in re.split(r"\n\s*\n", text) if block.strip()]
    if len(blocks) > 1 and all(_PERSON_HEADING.match(block.strip().splitlines()[0]) for block in blocks):
        cut = []
        for block in blocks:
            heading, _, body = block.strip().partition("\n")
            short = cut_eligibility(body)
            cut.append(heading + "\n" + (short if short is not None else body.strip()))
        return "\n\n".join(cut)
    from bot.answering.advisor import verdict_line  # (the one reading of a conclusion line)
    lines = [line for line in (line.strip() for line in text.splitlines()) if line]
    verdict = verdict_line(text)
    if verdict is None:
        return None
    at = lines.index(verdict)
    open_now = bool(_OPEN_NOW.search(verdict))
    # (what comes before the conclusion is kept, but for what was understood: "每条路线都要先有四级证书…" is the answer)
    kept = [line for line in lines[:at] if not _UNDERSTOOD.match(line)] + [verdict]
    if at + 1 < len(lines) and _CLAUSE_LINE.match(lines[at + 1]):
        kept.append(lines[at + 1])  # ("依据 L2-B1…": the clause the conclusion rests on)
    opens_if = next((i for i, line in enumerate(lines) if i > at and _OPENS_IF.match(line)), None)
    if not _CLAUSE_NAMED.search(verdict) and opens_if is None:  # ("Not yet: …" alone: the closest route and its lack say why)
        route = next((i for i, line in enumerate(lines) if i > at and line.startswith(("·", "-", "•"))), None)
        if route is not None:
            kept += [lines[route], *[line for line in lines[route + 1:route + 2] if _LACKS.match(line)]]
    if not open_now:  # ("另有凭毕业证书的路线（L4-C）…": a way to the level not open yet)
        kept += [line for line in lines[at + 1:] if _DIPLOMA_ROUTE.match(line)][:1]
    if opens_if is not None:  # ("You can apply … if any one of these is true:": the routes one fact more would open)
        kept += [lines[opens_if], *[line for line in lines[opens_if + 1:opens_if + 1 + IF_ROUTES] if line.startswith(("·", "-", "•"))]]
    if not open_now:  # (a date says when a level not open yet opens; beside "open now" it is another level's)
        kept += [line for line in lines[at + 1:] if DATED_LINE.search(line) and not line.startswith(("·", "-", "•")) and line not in kept][:1]
    newer = [line for line in lines[at + 1:] if _NEWER_LINE.match(line)]
    level = _LEVEL_NAMED.search(verdict)  # (the newer conditions' line for the level concluded on, when there are several)
    kept += sorted(newer, key=lambda line: not (level and level.group(0) in line))[:1]
    kept += [line for line in lines[at + 1:] if _CAVEAT_LINE.search(line)][-1:]
    return "\n".join(dict.fromkeys(kept))


def cut_entry(text: str, question: str = "", shorter: bool = False) -> str:
    """An entry cut to what answers the question: the sentence sharing most with it when that is not the first
    ("how long must records be kept?": the one on records), else its opening: the first sentence, and the next when
    the first is short ("会。", "No.", "需要依法纳税。"). `shorter`: the asker found the entry just given too long
    ("太长了 一句话"), so one of chat size is cut too."""
    from bot.answering.advisor import shared_units  # (the one measure of what a sentence shares with a message)
    text = text.split("\n\n")[0]  # (two entries for two questions: the first is the one asked for short)
    flat = " ".join(line.strip() for line in text.splitlines() if line.strip())
    sentences = [part.strip() for part in _SENTENCE.split(flat) if part.strip()]
    english = bool(re.search(r"[A-Za-z]", sentences[0][:40])) if sentences else False
    if len(sentences) < 2 or len(flat) <= MAX_CHARS["en" if english else "zh"] and not shorter:
        return flat  # (an entry of chat size is its own short answer: cut, it loses the yes, the figure or the source)
    english = bool(re.search(r"[A-Za-z]\W*$", sentences[0]))
    if len(sentences[0]) < (OPENING_MIN_EN if english else OPENING_MIN_ZH):  # ("不是同一个职业。" leads what follows it)
        sentences[:2] = [(" " if english else "").join(sentences[:2])]
        if len(sentences) < 2:
            return sentences[0]
    question = _DOMAIN_WORDS.sub(" ", question)  # (the occupation's name is in every sentence: it tells none apart)
    shared = [shared_units(sentence, question) for sentence in sentences] if question.strip() else []
    best = max(range(len(shared)), key=lambda i: shared[i]) if shared else 0
    if best > 0 and shared[best] > shared[0] and shared.count(shared[best]) == 1:
        return sentences[best]
    keep = 2 if len(sentences[0]) < (OPENING_MIN_EN if english else OPENING_MIN_ZH) else 1
    return (" " if english else "").join(sentences[:keep])
