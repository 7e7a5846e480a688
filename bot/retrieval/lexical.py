"""Keyword scoring inside one language: BM25 over chunks, IDF term weights, word overlap.

Keyword scores are only compared within one language: a BM25 score of a Chinese query against an
English chunk is meaningless, and fusing it across languages buries cross-language answers.
"""
from __future__ import annotations

import math
import re

from rank_bm25 import BM25Okapi


class TermWeights:
    """Inverse document frequency per token of one language, so that a distinguishing word (工种 vs
    等级) counts for more than one that every text shares (互联网营销师)."""

    def __init__(self, tokenised_texts: list[list[str]]):
        df: dict[str, int] = {}
        for toks in tokenised_texts:
            for tok in set(toks):
                df[tok] = df.get(tok, 0) + 1
        n = len(tokenised_texts)
        self._idf = {tok: math.log((n + 1) / (count + 0.5)) for tok, count in df.items()}
        self._unseen = math.log(n + 1) if n else 1.0

    def weight(self, token: str) -> float:
        return self._idf.get(token, self._unseen)

    def overlap(self, query_tokens: list[str], text_tokens: list[str] | set[str]) -> float:
        """IDF-weighted Dice overlap of two short texts (0..1): both the query's words found in the
        text and the text's words found in the query count, so a phrasing that shares the query's
        two words but is about something else ("带货主播属于哪个工种") scores below one that
        says the same thing ("包括哪些工种")."""
        query, text = set(query_tokens), set(text_tokens)
        if not query or not text:
            return 0.0
        shared = sum(self.weight(t) for t in query & text)
        total = sum(self.weight(t) for t in query) + sum(self.weight(t) for t in text)
        return 2 * shared / total if total > 0 else 0.0


class KeywordIndex:
    """BM25 over one language's chunks; scores normalised to [0, 1] per query."""

    def __init__(self, ids: list[str], token_lists: list[list[str]], lang: str):
        self.ids = ids
        self.lang = lang
        corpus = [toks or ["∅"] for toks in token_lists]
        self._bm25 = BM25Okapi(corpus) if corpus else None

    def scores(self, query_tokens: list[str]) -> dict[str, float]:
        if self._bm25 is None:
            return {}
        if not query_tokens:
            return {}
        raw = self._bm25.get_scores(query_tokens)
        top = max(raw) if len(raw) else 0.0
        if top <= 0:
            return {}
        return {i: float(s / top) for i, s in zip(self.ids, raw) if s > 0}


def overlap(query_tokens: list[str], text_tokens: list[str]) -> float:
    """Share of the query's content words found in the text (0..1)."""
    q = set(query_tokens)
    if not q:
        return 0.0
    return len(q & set(text_tokens)) / len(q)


# A figure someone quotes ("someone said 72% of hosts switched", "月薪11220"): a percentage, or a number of three or
# more digits that is neither a year nor round (a price or a sum paid, "花了5000块", is no figure of a survey). The
# same figure in an entry's answer says which entry holds the claim, in any language, where the words around it may
# share little ("any truth to that stat?").
_FIGURE = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(%|％|percent\b)?", re.I)


def figures(text: str) -> frozenset[str]:
    """The quotable figures in `text`, as digits ("72%", "11220", "4000")."""
    found = set()
    for match in _FIGURE.finditer(text):
        number = match.group(1).replace(",", "")
        if match.group(2):
            found.add(number + "%")
        elif len(number.replace(".", "")) >= 3 and not re.fullmatch(r"(?:19|20)\d\d", number) \
                and ("." in number or int(number) % 100):
            found.add(number)
    return frozenset(found)
