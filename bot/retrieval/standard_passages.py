"""The confirmed passages of the national standard closest to a question.

Shown to a trainer before a taught answer is saved, so that a contradiction ("level 1 needs no
certificate") is seen before it reaches students. A plain dense search over the standard's own
documents (authority "national standard"), without the passages marked as template or unconfirmed.
"""
from __future__ import annotations

from dataclasses import dataclass

from bot.language import to_simplified

MIN_SIMILARITY = 0.35  # below this a passage is about something else: better none than a distraction
UNCONFIRMED_MARKS = ("unconfirmed", "to be confirmed", "template", "not seen", "not found",
                     "未确认", "待确认", "模板", "未见")


@dataclass(frozen=True)
class Passage:
    text: str
    title: str
    section: str
    similarity: float


def closest_standard_passages(store, embedder, question: str, lang: str, k: int = 2) -> list[Passage]:
    """Up to `k` confirmed passages of the standard in `lang`, most similar first.

    `store` is the advisor's VectorStore and `embedder` its embedding model (the same the index was
    built with).
    """
    opened = store.open_active()
    collection = opened[0] if isinstance(opened, tuple) else opened
    vector = embedder.embed_query(to_simplified(question))
    found = collection.query(query_embeddings=[vector], n_results=max(k * 10, 20),
                             where={"$and": [{"kind": "doc"}, {"language": lang}]},
                             include=["documents", "metadatas", "distances"])
    passages: list[Passage] = []
    for text, meta, distance in zip(found["documents"][0], found["metadatas"][0], found["distances"][0]):
        if 1.0 - float(distance) < MIN_SIMILARITY:
            break
        if not _confirmed_standard(text, meta):
            continue
        passages.append(Passage(text, str(meta.get("title", "")), str(meta.get("section", "")), 1.0 - float(distance)))
        if len(passages) == k:
            break
    return passages


def _confirmed_standard(text: str, meta: dict) -> bool:
    if "national standard" not in str(meta.get("authority", "")).lower():
        return False
    seen = f"{meta.get('section', '')}\n{text}".lower()
    return not any(mark in seen for mark in UNCONFIRMED_MARKS)
