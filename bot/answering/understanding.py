"""Understanding a message in its conversation: `understand(...) -> Request`, the typed request that
routing switches on (instead of raw keywords).

The dialogue act comes from the trained classifier (`bot.answering.acts`); slots come from the rule
parser with roles: a level in a question about the rules is the level *asked about*, never a
certificate *held*, and personal facts are only taken from messages that talk about the asker. An
elliptical follow-up ("那二级呢", "and now?") is resolved against the last act and the kept profile.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.answering.acts import ActClassifier
from bot.answering.conversation import Conversation
from bot.answering.routing import Routing, route
from bot.eligibility import Profile, parse_profile

ELIGIBILITY_ACTS = ("eligibility_level", "eligibility_highest", "eligibility_route")
PERSONAL_ACTS = ELIGIBILITY_ACTS + ("statement", "followup")
# Below this confidence a keyword signal may overrule the classifier (measured: 92% of held-out
# examples are right, nearly all wrong ones under this confidence).
CONFIDENT = 0.6
_LEVEL = re.compile(r"([一二三四五1-5])\s*级|level\s*([1-5])|\bl\s*([1-5])\b|lv\.?\s*([1-5])", re.I)
_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5}
_CLAUSE = re.compile(r"[^。！？!?；;，,\n]+[。！？!?；;，,\n]?")
_HYPOTHETICAL_TRAINING = re.compile(r"(先|如果|要是|假如).{0,6}(培训|上课|training)|finish(ed)? the training|(take|do|complete) the training first", re.I)


@dataclass
class Request:
    act: str
    confidence: float
    question: str  # the message in Simplified Chinese, any embedded instruction removed
    routing: Routing  # keyword signals: domain words, logistics topic, intent topic
    facts: Profile = field(default_factory=Profile)  # what the asker said about themselves here
    levels: tuple[int, ...] = ()  # levels named in the message, in order (asked about or compared)
    embedded_instruction: bool = False  # an instruction to the bot was removed from a real question
    hypothetical_training: bool = False  # "what if I finish the training first?"
    followup: bool = False  # elliptical: it continues the previous exchange ("那二级呢")

    @property
    def level(self) -> int | None:
        return self.levels[0] if len(self.levels) == 1 else None


def levels_named(text: str) -> tuple[int, ...]:
    found = []
    for match in _LEVEL.finditer(text):
        raw = next(g for g in match.groups() if g)
        found.append(_NUMERALS.get(raw) or int(raw))
    return tuple(dict.fromkeys(found))


def understand(question: str, conversation: Conversation, classifier: ActClassifier, vector) -> Request:
    """`question` is Simplified already; `vector` its sentence embedding (retrieval reuses it)."""
    routing = route(question)
    embedded = False
    if routing.injection:
        rest = _without_instruction(question)
        if rest and not route(rest).injection and len(rest) >= 4:
            question, routing, embedded = rest, route(rest), True
        else:
            return Request("injection", 1.0, question, routing)
    guess = classifier.guess(question, vector)
    act, confidence = guess.act, guess.confidence
    if embedded and act == "injection":
        act = guess.runner_up
    act = _with_keyword_signals(act, confidence, routing, question)
    followup = act == "followup" and conversation.last_act is not None
    act = _resolve_followup(act, question, conversation)
    facts = parse_profile(question) if act in PERSONAL_ACTS else Profile()
    return Request(act, confidence, question, routing, facts, levels_named(question), embedded,
                   bool(_HYPOTHETICAL_TRAINING.search(question)), followup)


def continued_question(previous: str, request: Request) -> str:
    """The previous question with the follow-up's level in place of its own ("五级培训多少学时" +
    "那四级呢" -> "四级培训多少学时"), else the two side by side."""
    before = levels_named(previous)
    if request.level is not None and len(before) == 1:
        return _LEVEL.sub(lambda m: _level_words(m, request.level), previous, count=1)
    return previous + " " + request.question


def _level_words(match: re.Match, level: int) -> str:
    text = match.group(0)
    if text[0] in _NUMERALS or text[0].isdigit():
        return "一二三四五"[level - 1] + "级"
    return f"level {level}"


def _without_instruction(question: str) -> str:
    """The message without the sentences that carry an instruction to the bot."""
    kept = [s for s in _CLAUSE.findall(question) if not route(s).injection]
    return "".join(kept).strip(" ，,。")


def _with_keyword_signals(act: str, confidence: float, routing: Routing, question: str) -> str:
    if confidence >= CONFIDENT:
        return act
    if act == "out_of_scope" and routing.core:
        return "fact"  # unsure, and the message names the occupation: answer from the knowledge base
    if act in ("fact", "rule_question") and routing.not_covered and not levels_named(question):
        return "logistics"
    return act


def _resolve_followup(act: str, question: str, conversation: Conversation) -> str:
    """A follow-up takes the act of the exchange it continues; with nothing to continue it is a question."""
    last = conversation.last_act
    if act == "statement" and last == "eligibility_level" and conversation.last_level is not None:
        return "eligibility_level"  # the fact asked for after "can I apply for level 3?": decide level 3
    if act != "followup":
        return act
    if last in ELIGIBILITY_ACTS:
        return "eligibility_level" if levels_named(question) else last
    if last == "statement":
        return "eligibility_level" if levels_named(question) else "eligibility_highest"
    if last in ("rule_question", "fact", "logistics"):
        return last
    return "fact"
