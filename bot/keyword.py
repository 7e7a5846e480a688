"""Keyword side of retrieval: tokenisation (jieba with a domain dictionary for Chinese) and BM25.

Keyword scores are only compared within one language: a BM25 score of a Chinese query against an
English chunk is meaningless, and fusing it across languages buries cross-language answers.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache
from importlib import resources

from rank_bm25 import BM25Okapi

_EN_STOP = set(
    "a an the of to in on for and or is are be was were do does did can could may might i me my you your "
    "what which who whom how when where why with about at by from as it its this that these those there "
    "have has had will would should shall am not no yes if than then so into any some there please tell "
    "get got need want".split()
)
_ZH_STOP = set("的 了 是 吗 呢 吧 啊 我 你 他 她 它 们 和 与 及 或 在 有 要 就 都 也 还 把 被 给 对 从 这 那 哪 什么 怎么 怎样 如何 多少 几 个 一个 可以 能 会 请问 请 一下 么".split())
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _jieba():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    with resources.as_file(resources.files("bot.resources") / "jieba_userdict.txt") as path:
        tokenizer.load_userdict(str(path))
    tokenizer.initialize()
    return tokenizer


def warm_up() -> None:
    _jieba()


def tokens(text: str, lang: str) -> list[str]:
    text = text.lower()
    if lang == "zh":
        tokenizer = _jieba()
        with _lock:  # jieba's tokenizer is not documented as thread-safe
            words = tokenizer.lcut(text)
        out = []
        for w in words:
            w = w.strip()
            if not w or w in _ZH_STOP or not re.search(r"[\w\u4e00-\u9fff]", w):
                continue
            out.append(w)
        return out
    words = re.findall(r"[a-z0-9]+(?:[-'][a-z0-9]+)*|[\u4e00-\u9fff]+", text)
    return [_stem(w) for w in words if w not in _EN_STOP]


def _stem(word: str) -> str:
    """A light plural/verb-form fold, enough for "certificates"~"certificate", "levels"~"level"."""
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + repl
    return word


class KeywordIndex:
    """BM25 over one language's chunks; scores normalised to [0, 1] per query."""

    def __init__(self, ids: list[str], texts: list[str], lang: str):
        self.ids = ids
        self.lang = lang
        corpus = [tokens(t, lang) or ["∅"] for t in texts]
        self._bm25 = BM25Okapi(corpus) if corpus else None

    def scores(self, query: str) -> dict[str, float]:
        if self._bm25 is None:
            return {}
        query_tokens = tokens(query, self.lang)
        if not query_tokens:
            return {}
        raw = self._bm25.get_scores(query_tokens)
        top = max(raw) if len(raw) else 0.0
        if top <= 0:
            return {}
        return {i: float(s / top) for i, s in zip(self.ids, raw) if s > 0}


def overlap(query: str, text: str, lang: str) -> float:
    """Share of the query's content words found in the text (0..1)."""
    q = set(tokens(query, lang))
    if not q:
        return 0.0
    t = set(tokens(text, lang))
    return len(q & t) / len(q)
