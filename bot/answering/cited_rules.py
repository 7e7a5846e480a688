"""Rules a message cites, quotes or sets as a quiz, whose levels and years are nobody's facts: left out before the asker's facts are read."""
from __future__ import annotations

import re

# Read on the message in Mandarin words, Simplified script (see bot.language.mandarin_words).
_FIGURE = r"[一二两三四五六七八九十\d]+(?:\.\d+)?"
_YEARS = rf"{_FIGURE}\s*(?:年|years?|yrs?)"
_LEVEL_OR_PAPER = r"[一二三四五1-5]\s*级|\blevel\s*[1-5]\b|\bl[1-5]\b|证|cert|技师|高级工|中级工|初级工"
# A quoted passage that states a rule of years ("按“五级证书后累计4年”那条", "I wrote: 'Level 4 without any
# certificate = 5 years of work'", 「…取得二級證書後累計工作滿4年…」). An apostrophe inside a word ("I've", "it's")
# opens or closes nothing.
_QUOTED = (r"[“「『\"]([^”」』\"]{1,160})[”」』\"]", r"(?<![A-Za-z])['‘]([^'’]{1,160})['’](?![A-Za-z])")
# A rule named to count by ("按四级证书后满5年算", "按照五级后4年那条来算"), or the years a question wants reached
# ("几时先够五级后4年", "什么时候满四级证后5年"): the years are the rule's, not the asker's.
_CITED = re.compile(
    rf"按(?:照)?[^，,。？?]{{0,20}}?(?:满|够|累计)?\s*{_YEARS}[^，,。？?]{{0,6}}?(?:那条|这条|那一条|这一条|的规定|的条件|来算|去算|算)"
    rf"|(?:几时|什么时候|啥时候|何时|哪年|哪个月|还要多久|要多久)(?:先|才|就|可以|能)?(?:够|满|到|凑够)[^，,。？?]{{0,12}}?{_YEARS}"
    rf"|\b(?:by|under|using|going\s+by)\s+the\s+[^,.?!]{{0,40}}?{_YEARS}[^,.?!]{{0,20}}?\b(?:rule|route|clause|condition)\b",
    re.I)
# A rule recalled as someone said it ("上次你说四级要拿证后满4年是吧", "你话四级要6年经验", "you said level 4 needs 6
# years"): a requirement of years, not the asker's ("我跟你说过我做了3年" is the asker's own, told before).
_RECALLED = re.compile(
    rf"(?:(?<![跟和同给对向])(?:你|您|老师|网上|人家|他们|听人)(?:之前|上次|刚才|刚刚|前面|头先|上回)?(?:说|讲|话|提到|写)(?:过|的|了)?|听说|据说|听讲)"
    rf"[^，,。？?!！]{{0,24}}?(?:要|需要|得|须|必须)[^，,。？?!！]{{0,10}}?{_YEARS}(?:\s*(?:经验|经历|工作|工龄))?"
    rf"|\byou\s+(?:said|mentioned|told\s+me|wrote)\b[^,.?!]{{0,40}}?\b(?:needs?|requires?|takes?|is|=)\b[^,.?!]{{0,16}}?{_YEARS}"
    # ("one website says 3 years after level 5 for level 4, another says 4", "pretend the rules say 2 years after level 4
    # is enough"): what a source or a rule says, to the end of its sentence
    rf"|\b(?:(?:a|one|another|the|some|this|that)\s+)?(?:website|site|article|post|blog|video|rules?|standard|forum|agency|school|teacher|trainer)s?\s+"
    rf"(?:says?|said|states?|claims?|writes?|wrote)\b(?:(?!\b(?:i|i'm|my|me|we|our)\b)[^.?!;'\"‘’“”]){{0,40}}?{_YEARS}[^.?!;'\"‘’“”]{{0,60}}"
    rf"|\banother\s+(?:one\s+)?says\s+{_FIGURE}\b",
    re.I)
# How long a certificate is said to be valid ("证3年有效", "有效期3年", "valid for 3 years"): no years since it.
_VALIDITY = re.compile(rf"{_YEARS}\s*(?:内)?有效|有效期\s*(?:是|为|只有|得)?\s*{_FIGURE}\s*(?:年|[-—~到至])"
                       rf"|\bvalid\s+(?:for|only\s+for)\s+{_YEARS}|\bexpires?\s+(?:after|in)\s+{_YEARS}", re.I)
# A quiz question, a slide or notes set out to be checked ("判断题：…", "题目：…", "PPT第8页我写的：…", "slide 3
# says: …", "fill in: …"), up to the end of its sentence, or to where the asker gives their own answer ("我标的√").
_SET_OUT = re.compile(
    r"(?:判断题|填空题|选择题|单选题|多选题|题目|原题|考题|试题|这道题|这题|(?:ppt|课件|讲义|笔记|教材|课本|复习资料|答案)[^：:，,。]{0,10}?(?:写|说)(?:的|了|着|咗)?(?:是)?)"
    r"\s*[：:]\s*[^。？?！!\n]*?(?=我(?:标|写|填|选|答|给)|$|[。？?！!\n])"
    r"|\b(?:true\s+or\s+false|fill\s+in(?:\s+the\s+blanks?)?|multiple\s+choice|quiz(?:\s+question)?|slide\s*\d*\s+says|(?:my\s+)?notes?\s+says?"
    r"|i\s+wrote|(?:the\s+)?answer\s+key\s+(?:i\s+wrote\s+)?says)\b[^:：]{0,30}?[：:]?\s*[^?!\n]*?(?=\bi\s+(?:marked|wrote|put|chose|picked)\b|$|[?!\n])",
    re.I)
# Options of a multiple-choice question ("A. 取得二级证书后累计工作满4年 B. …"): none of them the asker's.
_OPTIONS = re.compile(r"(?<![A-Za-z])[A-D]\s*[.．、)）]\s*[^A-D]*?(?=(?<![A-Za-z])[A-D]\s*[.．、)）]|[」』”\"]|$)")


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def without_cited_rules(words: str) -> str:
    """`words` with every rule cited, quoted or set as a quiz blanked out, its length kept."""
    for pattern in _QUOTED:
        for match in list(re.finditer(pattern, words)):
            quoted = match.group(1)
            if re.search(_YEARS, quoted, re.I) and re.search(_LEVEL_OR_PAPER, quoted, re.I):
                words = _blank(words, match.start(), match.end())
    for pattern in (_CITED, _RECALLED, _VALIDITY, _SET_OUT):
        for match in list(pattern.finditer(words)):
            words = _blank(words, match.start(), match.end())
    if len(_OPTIONS.findall(words)) >= 2:
        for match in list(_OPTIONS.finditer(words)):
            words = _blank(words, match.start(), match.end())
    return words
