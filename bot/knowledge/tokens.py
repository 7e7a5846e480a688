"""Words of a text for keyword matching: jieba with a domain dictionary at ingest, a corpus-vocabulary
longest match at run time, a light English stemmer; stop words of both languages."""
from __future__ import annotations

import re
import threading
from functools import lru_cache
from importlib import resources

_EN_STOP = set(
    "a an the of to in on for and or is are be was were do does did can could may might i me my you your "
    "what which who whom how when where why with about at by from as it its this that these those there "
    "have has had will would should shall am not no yes if than then so into any some there please tell "
    "get got need want many much does".split()
)
# Question words are stop words too: "分几个工种" and "分几个等级" must differ by 工种/等级, not
# agree on 分/几个.
_ZH_STOP = set(
    "的 了 是 吗 呢 吧 啊 呀 嘛 我 你 他 她 它 们 我们 你们 和 与 及 或 在 有 要 就 都 也 还 把 被 给 对 从 这 那 哪 "
    "这个 那个 哪个 哪些 哪里 什么 怎么 怎样 如何 多少 几 几个 个 一个 可以 能 会 请问 请 一下 么 分 为 是不是 "
    "有没有 能不能 可不可以 需要 想 想问 问 一些 些 啥 吗？ 呢？".split()
)
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


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+|[a-z0-9]+(?:[-'][a-z0-9]+)*")


class Vocabulary:
    """The Chinese words of the ingested corpus, as jieba segmented them at ingest time.

    At run time a question is segmented by longest match against these words instead of loading
    jieba's 350,000-word dictionary (1.5 s of a 2-core machine's start-up): a word that is not in
    the corpus cannot match anything in BM25 or the overlap scores anyway, so nothing is lost.
    """

    def __init__(self, words):
        self.words = {w for w in words if len(w) > 1 and re.fullmatch(r"[\u4e00-\u9fff]+", w)}
        self.longest = min(8, max((len(w) for w in self.words), default=1))

    def segment(self, text: str) -> list[str]:
        out: list[str] = []
        for run in _HAN_RUN.findall(text.lower()):
            if not re.match(r"[\u4e00-\u9fff]", run):
                out.append(run)
                continue
            i = 0
            while i < len(run):
                for size in range(min(self.longest, len(run) - i), 0, -1):
                    if size == 1 or run[i:i + size] in self.words:
                        out.append(run[i:i + size])
                        i += size
                        break
        return [w for w in out if w not in _ZH_STOP]


def tokens(text: str, lang: str, vocabulary: Vocabulary | None = None) -> list[str]:
    text = text.lower()
    if lang == "zh" and vocabulary is not None:
        return vocabulary.segment(text)
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


