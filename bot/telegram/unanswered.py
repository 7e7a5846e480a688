"""What trainers should teach next: recent questions the bot could not answer or that got 👎,
grouped by similar wording (character pairs for Chinese, content words for English) with counts."""
from __future__ import annotations

import csv
import io
import re
import time
from collections import Counter
from dataclasses import dataclass, field

from bot.language import to_simplified
from bot.telegram.infra.state import UNANSWERED, Store

SIMILAR = 0.6  # Dice overlap of two wordings' features from which they count as one question
RECENT = 500  # how many recent questions are looked at
_SKIPPED_INTENTS = ("injection", "empty")  # refused on purpose: nothing to teach
_WORDS = re.compile(r"[a-z0-9]+")
_HAN = re.compile(r"[\u3400-\u9fff]+")
_STOPWORDS = frozenset(
    "a an the is are was were be do does did i you we he she it they my your me to of in on at for from by with "
    "and or can could should would will what how which who whom why when where there this that these those "
    "please tell about any some".split())


@dataclass
class Asked:
    id: int
    ts: float
    question: str
    language: str
    outcome: str
    thumbs_down: int


@dataclass
class QuestionGroup:
    question: str  # the latest wording
    question_id: int  # of the latest wording (the teach button's target)
    language: str
    last_ts: float
    count: int = 0
    thumbs_down: int = 0
    outcomes: Counter = field(default_factory=Counter)
    variants: list[str] = field(default_factory=list)
    features: frozenset = frozenset()


def recent(store: Store, limit: int = RECENT) -> list[Asked]:
    """The latest questions that were not answered (refused, not covered, unavailable, error) or got a 👎."""
    marks = ",".join("?" * len(UNANSWERED))
    skipped = ",".join("?" * len(_SKIPPED_INTENTS))
    sql = (
        "SELECT q.id, q.ts, q.question, q.language, q.outcome, "
        "       (SELECT COUNT(*) FROM feedback f WHERE f.question_id = q.id AND f.vote < 0) AS down "
        "FROM questions q "
        f"WHERE (q.outcome IN ({marks}) OR EXISTS (SELECT 1 FROM feedback f WHERE f.question_id = q.id AND f.vote < 0)) "
        f"  AND COALESCE(q.intent, '') NOT IN ({skipped}) "
        "ORDER BY q.id DESC LIMIT ?")
    # Store has no query for this report; its lock-holding executor keeps us on its one connection.
    rows = store._execute(sql, (*UNANSWERED, *_SKIPPED_INTENTS, limit)).fetchall()
    return [Asked(int(r[0]), float(r[1] or 0), str(r[2] or ""), str(r[3] or ""), str(r[4] or ""), int(r[5]))
            for r in rows if str(r[2] or "").strip()]


def question_text(store: Store, question_id: int) -> str | None:
    row = store._execute("SELECT question FROM questions WHERE id = ?", (question_id,)).fetchone()
    return str(row[0]) if row and row[0] else None


def features(text: str) -> frozenset:
    """Character pairs of the Chinese parts and content words of the rest, in Simplified lower case."""
    text = to_simplified(text).lower()
    found = set()
    for run in _HAN.findall(text):
        found.update(run[i:i + 2] for i in range(max(len(run) - 1, 1)))
    for word in _WORDS.findall(_HAN.sub(" ", text)):
        if word not in _STOPWORDS:
            found.add(word[:-1] if len(word) > 3 and word.endswith("s") else word)
    return frozenset(found)


def similarity(a: frozenset, b: frozenset) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def group_similar(asked: list[Asked], threshold: float = SIMILAR) -> list[QuestionGroup]:
    """Groups of similar wordings, most asked first (then most recent). `asked` is newest first."""
    groups: list[QuestionGroup] = []
    for item in asked:
        own = features(item.question)
        group = next((g for g in groups if similarity(own, g.features) >= threshold
                      or " ".join(item.question.split()).lower() == g.question.lower()), None)
        if group is None:
            group = QuestionGroup(item.question, item.id, item.language, item.ts, features=own)
            groups.append(group)
        group.count += 1
        group.thumbs_down += item.thumbs_down
        group.outcomes[item.outcome] += 1
        if item.question not in group.variants:
            group.variants.append(item.question)
    return sorted(groups, key=lambda g: (-g.count, -g.last_ts))


def to_csv(groups: list[QuestionGroup]) -> bytes:
    """One row per group; UTF-8 with a byte-order mark so that spreadsheet programs show Chinese."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["group", "count", "question", "language", "thumbs_down", "outcomes", "last_asked", "variants"])
    for number, g in enumerate(groups, 1):
        outcomes = "; ".join(f"{name} {n}" for name, n in g.outcomes.most_common())
        writer.writerow([number, g.count, g.question, g.language, g.thumbs_down, outcomes,
                         time.strftime("%Y-%m-%d %H:%M", time.localtime(g.last_ts)), " | ".join(g.variants)])
    return out.getvalue().encode("utf-8-sig")
