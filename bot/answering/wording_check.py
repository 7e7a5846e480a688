"""Checks the wording of a trainer's own advert, poster or slide against the knowledge base, claim by claim.

"宣傳寫「國家認證 全國通用 終身有效」有冇問題", "we wrote 'The certificate is officially required to livestream
in China.' is it OK to say that?", "海报写「人社部颁发」 岩唔岩": each claim the wording makes is looked up in
knowledge/understanding/wording_claims.yaml, which names the FAQ entry that says what the knowledge base holds on
it and a verdict; the reply gives, per claim, the verdict and that entry's answer. Writing such wording for
someone is a different request (declined as a false claim); this only checks what they already wrote or heard.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Claim:
    claim_id: str
    pattern: re.Pattern
    entry: str  # the FAQ entry that says what the knowledge base holds on it
    verdict: str  # wrong | misleading | unconfirmed | nationwide | local | source | wrong_guarantee


def load_claims(folder) -> tuple[Claim, ...]:
    """The claims of wording_claims.yaml (none when the file is absent)."""
    path = Path(folder) / "wording_claims.yaml"
    if not path.exists():
        return ()
    return tuple(Claim(str(c["id"]), re.compile(str(c["pattern"]), re.I), str(c["entry"]), str(c["verdict"]))
                 for c in yaml.safe_load(path.read_text(encoding="utf-8")) or [])


# The wording is one's own material (or a partner's, or a competitor's) …
_MATERIAL = re.compile(r"宣传|广告|海报|招生|简章|文案|课件|幻灯片|朋友圈|推文|公众号|传单|单张|横幅|标语|介绍页|\bppt\b|\bslides?\b|brochure|flyer|poster"
                       r"|\bads?\b|advert\w*|\bcopy\b|website|landing\s+page|marketing\s+(?:material|text)|我们写|我们(?:跟|对)学员(?:说|讲)|we\s+(?:wrote|say|tell)", re.I)
# … and whether it may be said is asked ("有冇問題", "is it OK to say that?", "能直接用吗", "can I keep that?")
_CHECK_ASKED = re.compile(r"有没有问题|有冇问题|有问题吗|没问题吧|可以吗|可不可以|行不行|行吗|合适吗|合不合适|妥吗|能不能(?:这样)?(?:写|用|说)|能(?:这样|直接)?(?:写|用|说)吗"
                          r"|可以(?:这样)?(?:写|用|说)吗|得唔得|得不得|啱唔啱|岩唔岩|啱不啱|岩不岩|对吗|对不对|准确吗|合规吗|合不合规|违规吗|违法吗|会不会(?:违规|违法|被)|站得住|有没有根据|有冇根据|有没有出处|有冇出处"
                          r"|\b(?:is\s+(?:it|that|this)\s+(?:ok|okay|fine|accurate|correct|true|legal|allowed)|ok\s+to\s+(?:say|write|use|keep)|can\s+(?:we|i)\s+(?:say|write|use|keep)"
                          r"|should\s+(?:we|i)\s+(?:say|write|change|remove)|any\s+problem|accurate\??$"
                          # ("which bits are wrong?", "哪些地方不对")
                          r"|which\s+(?:bits?|parts?|claims?|ones?|lines?|words?)\s+(?:are|is)\s+(?:wrong|incorrect|false|inaccurate|misleading)|what(?:'s|\s+is)\s+wrong\s+(?:with\s+(?:it|that|this))?)"
                          r"|哪(?:些|里|个|句|几句|几个)(?:地方)?(?:是)?(?:错|不对|有问题|唔啱|唔岩)", re.I)
_QUIZ = re.compile(r"判断题|选择题|填空题|单选题|多选题|题目|这道题|这题|答案|[√×✓✗]|\bquiz\b|true\s+or\s+false", re.I)
# Asked to write it: a request of another kind (a false claim to write is declined elsewhere)
_ASKED_TO_WRITE = re.compile(r"(?:帮我|给我|替我|你帮我|你)(?:写|拟|编|想)|\b(?:write|draft)\s+(?:me|us|a|an|the|this)\b", re.I)


def _only_asks_if_fine(text: str) -> bool:
    """Nothing but whether it may be said ("我们能直接用吗", "岩唔岩？", "can I keep that?"): no question of its own."""
    rest = re.sub(r"[\W_]+", "", _CHECK_ASKED.sub("", text))
    return len(rest) <= 8


def claims_in(text: str, claims: tuple[Claim, ...]) -> list[tuple[Claim, str]]:
    """(claim, the words that make it) for each claim the text makes, in the order said, each stretch once."""
    found, taken = [], []
    for claim in claims:
        for m in claim.pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            if any(c.claim_id == claim.claim_id for _, c, _ in found):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), claim, m.group(0).strip()))
    return [(claim, words) for _, claim, words in sorted(found, key=lambda f: f[0])]


def wording_check_asked(text: str, before: str, claims: tuple[Claim, ...]) -> list[tuple[Claim, str]]:
    """The claims to check when `text` (Simplified, Mandarin words, lower case) asks whether wording in one's own
    material may be said; `before` is the message before it (where the wording may have been quoted:
    "合作方给的宣传文案：持证主播月薪平均高3000-5000元" then "我们能直接用吗"). [] when it asks something else."""
    if not _CHECK_ASKED.search(text) or _ASKED_TO_WRITE.search(text) or _QUIZ.search(text + " " + before):
        return []  # (a quiz item is checked as a rule, its answer marked: not wording to change)
    found = claims_in(text, claims)
    if found and (_MATERIAL.search(text) or _MATERIAL.search(before) or re.search(r"[“\"「『'‘]", text)):
        return found
    if not found and _only_asks_if_fine(text) and _MATERIAL.search(before) and not _ASKED_TO_WRITE.search(before):
        return claims_in(before, claims)  # ("…宣傳文案：…" then "我們能直接用嗎")
    return []


def wording_narrowed(text: str, before: str, earlier: str, claims: tuple[Claim, ...]) -> list[tuple[Claim, str]]:
    """The claims checked in answer to `before` again, when `text` only narrows what they are about ("主要係直播銷售員
    嘅證" after "宣傳寫「國家認證 全國通用 終身有效」有冇問題"): a short statement, no question of its own."""
    if len(text) > 30 or re.search(r"[?？吗呢]|\b(?:what|how|why|when|which|who|can|is|are|does|do)\b", text):
        return []
    return wording_check_asked(before, earlier, claims)


# Whether what someone said or sent is so, asked alone ("is that legit?", "真的假的", "係咪真㗎", "可信吗")
_BELIEF_ASKED = re.compile(r"^\W*(?:so\s+|ok\s+|hmm+\s+)?(?:is\s+(?:that|it|this)\s+(?:legit|true|real|right|a\s+scam)|legit|true|for\s+real|are\s+they\s+right)\b"
                           r"|^\W*(?:那|所以|咁)?(?:是不是真的?|是真的吗|真的吗|真的假的|真定假|系咪真|是咪真|可信吗|靠谱吗|靠不靠谱|是不是骗|系咪呃)", re.I)
# The claim was told to the asker by someone ("the training center texts me saying…", "机构说…", "佢话…")
_TOLD_BY_SOMEONE = re.compile(r"\b(?:says?|said|saying|told|tells|texts?|texted|claims?|claimed|promis\w*|messaged|posted|ads?|advert\w*)\b|说|讲|话|称|告诉|通知|发(?:了|来)"
                              # (an advert pasted as it was sent: "【国家认证】…报名条件…包过！", "…火热报名中🔥…速速私聊")
                              r"|【|报名中|包过|名额有限|私聊|速速", re.I)
# Whether what was sent is so, asked beside a word about the one asking ("这个是真的吗 我高中毕业…要不要报", "i got my level 4
# in 2023. is this a real thing or a scam??"): the question, anywhere in a short message
_BELIEF_ASKED_BESIDE = re.compile(r"(?:这个|呢个|这|那个)\s*(?:是不是真的?|是真的吗|真的吗|真的假的|系咪真|靠谱吗|可信吗|是不是骗)"
                                  r"|\bis\s+(?:this|that|it)\s+(?:a\s+)?(?:real|legit|true)\b[^?.!]{0,20}(?:\bscam\b|[?])|\b(?:real|legit)\s+or\s+(?:a\s+)?scam\b", re.I)
BELIEF_BESIDE_MAX = 80  # (longer, and the message has more to it than the belief asked)


# An advert pasted as it was sent ("【国家认证】互联网营销师证书…报名条件…包过！", "…三级 火热报名中🔥 零基础可报…速速私聊")
_ADVERT_MARK = re.compile(r"【[^】]{1,16}】|火热|报名中|名额有限|速速|私聊|包过|包拿证|限时|报名热线|咨询电话|扫码|🔥|\bdm\s+(?:us|me)\b|\bsign\s+up\s+now\b|\blimited\s+(?:seats|places|spots)\b|\bguaranteed\s+pass\b", re.I)
ADVERT_MIN = 40  # (shorter, and it is a message of the asker's own, not an advert)


def advert_claims(text: str, claims: tuple[Claim, ...]) -> list[tuple[Claim, str]]:
    """The claims an advert pasted alone makes, when the message is one (two marks of an advert at least); [] otherwise."""
    if len(text) < ADVERT_MIN or len(_ADVERT_MARK.findall(text)) < 2:
        return []
    return claims_in(text, claims)


def belief_asked_beside(text: str) -> bool:
    """Whether a short message asks if what was sent is so, beside other words ("这个是真的吗 我能报吗")."""
    return len(text) <= BELIEF_BESIDE_MAX and bool(_BELIEF_ASKED_BESIDE.search(text))


def claims_heard_checked(text: str, before: str, claims: tuple[Claim, ...]) -> list[tuple[Claim, str]]:
    """The claims someone told the asker, in `before`, when `text` only asks whether they are so ("…the training center
    texts me saying it expires after 3 years and i must pay 1980 to renew" then "is that legit?"). [] otherwise."""
    asked = (_BELIEF_ASKED.search(text) and len(text) <= 48) or (_BELIEF_ASKED_BESIDE.search(text) and len(text) <= BELIEF_BESIDE_MAX)
    if not asked or not _TOLD_BY_SOMEONE.search(before) or _QUIZ.search(before):
        return []
    return claims_in(before, claims)
