"""The parts of a message no source answers (a fee, an exam date, a venue, a pass rate, when results come out, a
refund), asked beside a question the knowledge base does answer: each such part named once after the answer, with
where to ask, so that neither the part nor the rest of the message is dropped."""
from __future__ import annotations

import re
from typing import Callable

# Where one question of a chat message ends and the next begins: a question or full stop, a space between two
# Chinese phrases ("能直接报四级吗 考过率高不高 多久出成绩"), an English comma or "and" before a question word.
_QUESTION_WORDS = r"(?:how|can|could|what|when|where|is|are|do|does|will|which|who|any)\b"
_SPLIT = re.compile(r"[？?！!。；;]+|(?<=[\u4e00-\u9fff])[\s，,、]+(?=[\u4e00-\u9fff])"
                    rf"|,\s*(?:and\s+|also\s+)?(?={_QUESTION_WORDS})|\s+(?:and|also)\s+(?={_QUESTION_WORDS})", re.I)
# Topics no source holds that the router's own patterns leave out, and a bare "how much" (a price).
_MORE_TOPICS = (("refund", re.compile(r"退钱|退费|退款|\brefund", re.I)),
                ("pass_rate", re.compile(r"考过率|过关率|合格率|好不好过|pass(?:ing)?\s+rate", re.I)))
_HOW_MUCH_ALONE = re.compile(r"^\W*(?:and\s+)?how\s+much\W*$|^\W*(?:大概|大约|一共|总共)?(?:要|得)?(?:多少钱|几多钱|几钱)", re.I)
# A chat question typed with no question mark ("考过率高不高", "多久出成绩", "how much").
_ASKS = re.compile(r"多久|多少|几|吗|呢|么|(\w)不\1|\bhow\b|\bwhen\b|\bwhat\b|\bwhere\b|\bany\b|[?？]", re.I)
HELD_NOWHERE = ("fee", "date", "venue", "school", "pass_rate", "results", "refund")
# A date part is an exam's or a sign-up's ("什么时候报名"), not a document's ("是哪天正式发布的").
_EXAM_WORD = re.compile(r"考|报名|报考|\bexam|\btest|\bassess|\bsign|\bregist|\bsit\b", re.I)
# A sum asked of the exam, the sign-up, a course or the certificate (not a fine, a tax, a company, a subsidy).
_FEE_OF_THE_EXAM = re.compile(r"考|报名|培训|学费|课程|证|\bexam|\bcourse|\btraining|\bcert|\bfees?\b|\btuition|\bsign|\bregist", re.I)
_OTHER_SUMS = re.compile(r"补贴|资助|罚|税|公司|个体|工资|收入|赚|subsid|\bfine|\btax|compan|salary|earn|income", re.I)
# What a reply says of each topic when it speaks of it already ("是否必须到境内考点参加，请直接向评价机构确认").
SAID_OF = {"fee": r"费用|多少钱|价格|收费|\bfees?\b|\bcost", "date": r"日期|时间|几月|\bdates?\b|\bwhen\b",
           "venue": r"考点|考场|地点|在哪|\bvenue|\bcent(?:re|er)", "school": r"培训机构|学校|\bschools?\b|\bproviders?\b",
           "pass_rate": r"通过率|\bpass rates?\b", "results": r"成绩|\bresults?\b", "refund": r"退费|退款|退钱|\brefund"}


def message_parts(text: str) -> list[str]:
    """The questions and clauses of a message, in order (Simplified Chinese or English)."""
    return [part.strip(" ，,、") for part in _SPLIT.split(text) if part and part.strip(" ，,、")]


def part_topic(part: str, not_covered: Callable[[str], str | None], bare_ok: bool = True) -> str | None:
    """The topic no source holds that `part` asks about, or None. `not_covered` is the router's reading."""
    topic = not_covered(part)
    if topic is None:
        topic = next((name for name, cue in _MORE_TOPICS if cue.search(part)), None)
    if topic is None and _HOW_MUCH_ALONE.search(part):
        topic = "fee"
    if topic == "date" and not _EXAM_WORD.search(part):
        return None
    if topic == "fee" and not _FEE_OF_THE_EXAM.search(part) and not (_HOW_MUCH_ALONE.search(part) and bare_ok):
        return None  # ("薇娅那个案子具体是多少钱", "開公司要幾多錢": another sum than an exam's or a course's)
    return topic if topic in HELD_NOWHERE else None


def said_already(topic: str, reply: str) -> bool:
    """The reply speaks of the topic already (a note that it is not held, or where to ask about it)."""
    return bool(re.search(SAID_OF[topic], reply, re.I))


def topics_not_held(text: str, not_covered: Callable[[str], str | None],
                    asks: Callable[[str], bool] = lambda part: True) -> tuple[list[str], list[str]]:
    """(the topics no source holds that a message of several parts asks about, in order; its other parts). Both
    empty for a message of one part: its answer (a refusal, or the entry it asks for) is the whole of it. Only a part
    that `asks` is a question names a topic ("我唔想白交報名費" asks nothing about the fee)."""
    parts = message_parts(text)
    if len(parts) < 2:
        return [], []
    topics, rest = [], []
    # (a bare "大概多少钱" is the exam's when the message speaks of the exam and of no other sum)
    bare_ok = bool(_FEE_OF_THE_EXAM.search(text)) and not _OTHER_SUMS.search(text)
    for part in parts:
        topic = part_topic(part, not_covered, bare_ok) if asks(part) or _ASKS.search(part) else None
        if topic is None:
            rest.append(part)
        elif topic not in topics:
            topics.append(topic)
    return topics, rest
