"""Pinned phrasings: a message near one of them (nearly the same words, the same levels, job types and numbers)
gets that FAQ entry, whatever the FAQ entry classifier makes of it; near means close in meaning (cosine) and in words
(the share of words in common, the occupation's name left out).

Why beside the classifier: a phrasing added to the classifier's training moves its weights for every entry, so
replies elsewhere change (of 80 older replies that changed when seven entries got phrasings, 18 were worse). A
pinned phrasing is only compared with each message: a message far from every pinned phrasing is matched exactly
as before. The price is reach: it answers close paraphrases, not the topic; the classifier still generalises.
The phrasings live in `knowledge/understanding/faq_pinned.yaml` (faq id -> language -> phrasings).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from bot.retrieval.faq_selector import as_asked, embedded_phrasings

log = logging.getLogger(__name__)

PINNED_FILE = "faq_pinned.yaml"
# The cosine a message needs with a pinned phrasing (bundled embedder). Measured on pairs: paraphrases of one
# question 0.86-0.91 ("技师和高级技师差在哪" / "那技师和高级技师有啥不同" 0.91); the same frame with other
# subjects far lower ("…选品员和平台管理员差在哪" 0.48); loose rewordings 0.6-0.7, left to the classifier.
PINNED_MIN = 0.85

# What must be the same in the message and the phrasing: the levels and the job types named (figures may differ:
# "我之前在超市干了5年采购" asks what "我之前做采购" asks).
_LEVELS = ((re.compile(r"高级技师|一级|1级|\blevel\s*1\b|\bl1\b|senior\s+technician", re.I), "L1"),
           (re.compile(r"(?<!高级)技师(?!学院)|二级|2级|\blevel\s*2\b|\bl2\b|(?<!senior )technician", re.I), "L2"),
           (re.compile(r"高级工|三级|3级|\blevel\s*3\b|\bl3\b|senior\s+worker", re.I), "L3"),
           (re.compile(r"中级工?|四级|4级|\blevel\s*4\b|\bl4\b|intermediate", re.I), "L4"),
           (re.compile(r"初级工?|五级|5级|\blevel\s*5\b|\bl5\b|junior", re.I), "L5"))
_JOB_TYPES = ((re.compile(r"选品|product\s+selector|selector", re.I), "select"),
              (re.compile(r"直播销售|带货主播|直播带货|live[\s-]*stream(?:ing)?\s+sales|\bhost\b|anchor|streamer", re.I), "live"),
              (re.compile(r"视频创推|创推员|video\s+creator|video\s+promoter", re.I), "video"),
              (re.compile(r"平台管理|platform\s+admin", re.I), "platform"))


# The occupation's own name is in half the questions asked: two questions sharing only it are not the same question
# ("互联网营销师的职业编码是多少" and "互联网营销师是数字职业吗": cosine 0.86)
_WHICH_IS = re.compile(r"边个(?:系|係|是)|哪个(?:是|才是)|哪一个是|\bwhich\s+(?:one\s+)?is\b", re.I)
_OCCUPATION = re.compile(r"互联网营销师|internet\s+market(?:er|ers|ing)|这个证|呢个证|this\s+cert(?:ificate)?", re.I)
_LATIN_WORD = re.compile(r"[a-z0-9]{2,}")
_STOP_WORDS = frozenset("the a an is are do does i my me it to of for and or in on be can you what which how".split())
# The share of their words a message and a pinned phrasing must have in common (Jaccard over Chinese character pairs and
# English words, the occupation's name left out): paraphrases share 0.35 and more, the same frame on another subject less
OVERLAP_MIN = 0.3


def units(text: str) -> frozenset[str]:
    """Chinese character pairs and English words of a text, without the occupation's name: what two wordings share."""
    text = _OCCUPATION.sub(" ", text.lower())
    pairs = {a + b for run in re.findall(r"[\u4e00-\u9fff]+", text) for a, b in zip(run, run[1:])}
    words = {w for w in _LATIN_WORD.findall(text) if w not in _STOP_WORDS}
    return frozenset(pairs | words)


def overlap(a: str, b: str) -> float:
    ua, ub = units(a), units(b)
    return len(ua & ub) / len(ua | ub) if ua and ub else 0.0


def marks(text: str) -> frozenset[str]:
    """The levels and job types a text names, and whether it asks which one is which: a message and a pinned phrasing
    must have the same ("技師同高級技師 邊個係一級" is not "技師同高級技師有咩分別")."""
    found = {mark for pattern, mark in _LEVELS + _JOB_TYPES if pattern.search(text)}
    return frozenset(found | ({"which"} if _WHICH_IS.search(text) else set()))


@dataclass
class PinnedPhrasings:
    texts: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    matrix: np.ndarray | None = None  # unit rows, one per phrasing

    @classmethod
    def load(cls, folder: Path | None, embed, embedder_name: str, cache_dir: Path | None,
             known: set[str]) -> "PinnedPhrasings":
        """The pinned phrasings of the entries the index holds (an unknown id is skipped, with a warning)."""
        path = Path(folder) / PINNED_FILE if folder else None
        if path is None or not path.exists():
            return cls()
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        pairs: list[tuple[str, str]] = []
        for faq_id, by_lang in (data.get("pinned") or {}).items():
            if str(faq_id) not in known:
                log.warning("%s: %s is no FAQ entry of the index; its phrasings are skipped", path.name, faq_id)
                continue
            for items in (by_lang or {}).values():
                pairs += [(as_asked(item), str(faq_id)) for item in items or [] if str(item).strip()]
        if not pairs:
            return cls()
        texts = [text for text, _ in pairs]
        vectors = np.asarray(embedded_phrasings(texts, embed, embedder_name, cache_dir, prefix="faq-pinned-vectors"),
                             dtype=np.float32)
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
        return cls(tuple(texts), tuple(faq_id for _, faq_id in pairs), vectors)

    def entry_for(self, query: str, vector) -> tuple[str, float] | None:
        """(faq id, cosine) of the nearest pinned phrasing the message is near enough to, naming what it names."""
        if self.matrix is None or not len(self.texts):
            return None
        unit = np.asarray(vector, dtype=np.float32)
        unit = unit / max(float(np.linalg.norm(unit)), 1e-9)
        sims = self.matrix @ unit
        named = marks(query)
        for row in np.argsort(-sims)[:5]:
            if sims[row] < PINNED_MIN:
                break
            if marks(self.texts[row]) == named and overlap(query, self.texts[row]) >= OVERLAP_MIN:
                return self.ids[row], float(sims[row])
        return None
