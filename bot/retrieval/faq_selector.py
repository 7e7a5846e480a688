"""The FAQ entry classifier: which curated entry a message asks for, trained on every entry's phrasings
(the FAQ files' own questions, a trainer's taught ones, and the extra phrasings kept as training data in
`knowledge/understanding/faq_phrasings.*.yaml`).

Why a classifier beside nearest-phrasing matching: the nearest phrasing is often a neighbour that shares
the topic words ("未成年能刷礼物吗" is nearest to the age for streaming; the entry on tipping is the
answer). A discriminative model learns which words separate neighbouring entries. It ranks; the fused
similarity still decides whether an entry answers the message at all (see answering/policy.py).
"""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import numpy as np
import yaml

from bot.language import mandarin_words, to_simplified
from bot.retrieval.model_files import remove_older, write_atomically
from bot.retrieval.text_features import HASH_BUCKETS, features, normalise, ridge_fit

log = logging.getLogger(__name__)

NGRAM_WEIGHT = 0.7  # as for the dialogue acts: the surface cues' share beside the embedding
RIDGE = 1.0
# Fewer n-gram buckets than the act classifier's: with fewer features than phrasings the fit solves a small
# features x features system (tens of MB) instead of a phrasings x phrasings one (hundreds of MB), which
# matters in the bot process that retrains after a /teach. Held-out top-1 (bench_faq_selector.py): see README.
BUCKETS = 2048  # held-out top-1: 87.4% as with 4,096 buckets (1,024: 86.7%)
PHRASINGS_GLOB = "faq_phrasings.*.yaml"


def as_asked(text: str) -> str:
    """The form a message reaches FAQ matching in: Simplified, Cantonese words in Mandarin."""
    return mandarin_words(to_simplified(str(text).strip()))


def extra_phrasings(folder: Path | None) -> list[tuple[str, str]]:
    """(phrasing, faq_id) pairs from the training files; an id the index does not hold is skipped."""
    pairs: list[tuple[str, str]] = []
    if folder is None:
        return pairs
    for path in sorted(Path(folder).glob(PHRASINGS_GLOB)):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for faq_id, by_lang in (data.get("phrasings") or {}).items():
            for items in (by_lang or {}).values():
                pairs += [(as_asked(item), str(faq_id)) for item in items or [] if str(item).strip()]
    return pairs


def phrasings_digest(folder: Path | None) -> str:
    digest = hashlib.sha256()
    for path in sorted(Path(folder).glob(PHRASINGS_GLOB)) if folder else []:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


class FaqSelector:
    def __init__(self, weights: np.ndarray, ids: tuple[str, ...], buckets: int = BUCKETS):
        self.weights = weights
        self.ids = ids
        self.buckets = buckets  # kept with the weights: a model is read with the features it was trained on

    @classmethod
    def train(cls, texts: list[str], labels: list[str], vectors: np.ndarray) -> "FaqSelector":
        ids = tuple(sorted(set(labels)))
        column = {faq_id: i for i, faq_id in enumerate(ids)}
        y = np.zeros((len(texts), len(ids)), dtype=np.float32)
        for row, label in enumerate(labels):
            y[row, column[label]] = 1.0
        # The training matrix is handed over, not kept: ridge_fit frees it before the solve (a /teach in the bot).
        return cls(ridge_fit(features(vectors, [normalise(t) for t in texts], NGRAM_WEIGHT, BUCKETS), y, RIDGE), ids, BUCKETS)

    def scores(self, text: str, vector) -> dict[str, float]:
        """Per entry, about 1 for the entry the message asks for and about 0 for the others."""
        x = features(np.asarray([vector]), [normalise(text)], NGRAM_WEIGHT, getattr(self, "buckets", HASH_BUCKETS))
        return dict(zip(self.ids, (x @ self.weights)[0].tolist()))

    def save(self, path: Path) -> None:
        write_atomically(path, lambda tmp: np.savez(tmp, weights=self.weights, ids=np.array(self.ids),
                                                    buckets=np.array(self.buckets)))

    @classmethod
    def load(cls, path: Path) -> "FaqSelector":
        data = np.load(path)
        buckets = int(data["buckets"]) if "buckets" in data else HASH_BUCKETS
        return cls(data["weights"], tuple(str(i) for i in data["ids"]), buckets)


def training_digest(texts: list[str], labels: list[str], embedder_name: str) -> str:
    """Names a trained selector by what it learned from: the same phrasings give the same model, so an
    ingest that changes no FAQ entry (or a /reload) reuses it instead of training again."""
    digest = hashlib.sha256(f"{NGRAM_WEIGHT}|{RIDGE}|{BUCKETS}|{embedder_name}".encode())
    for text, label in sorted(zip(texts, labels)):
        digest.update(f"{label}\t{text}\n".encode())
    return digest.hexdigest()[:16]


def cached_or_trained(texts: list[str], labels: list[str], vectors_of, embedder_name: str,
                      cache_dir: Path | None) -> FaqSelector:
    """`vectors_of()` gives the training vectors (called only when no cached model fits)."""
    path = Path(cache_dir) / f"faq-selector-{training_digest(texts, labels, embedder_name)}.npz" if cache_dir else None
    if path is not None and path.exists():
        try:
            return FaqSelector.load(path)
        except Exception:  # a damaged cache only costs a retrain
            log.warning("FAQ selector cache %s unreadable; retraining", path.name)
    selector = FaqSelector.train(texts, labels, vectors_of())
    if path is not None:
        try:
            selector.save(path)
            remove_older(path, "faq-selector-*.npz")
        except OSError:
            log.warning("could not write the FAQ selector cache in %s", path.parent)
    return selector


def embedded_phrasings(texts: list[str], embed, embedder_name: str, cache_dir: Path | None,
                       prefix: str = "faq-phrasing-vectors") -> np.ndarray:
    """The extra phrasings' embeddings, cached by their text: a trainer's /teach retrains the classifier
    without embedding two thousand unchanged phrasings again. `prefix` names the cache of one set of phrasings
    (the pinned ones keep theirs apart: an older cache of the same prefix is removed)."""
    digest = hashlib.sha256(embedder_name.encode())
    for text in texts:
        digest.update(text.encode() + b"\n")
    path = Path(cache_dir) / f"{prefix}-{digest.hexdigest()[:16]}.npy" if cache_dir else None
    if path is not None and path.exists():
        try:
            vectors = np.load(path)
            if vectors.shape[0] == len(texts):
                return vectors
        except Exception:
            log.warning("phrasing vectors cache %s unreadable; embedding again", path.name)
    vectors = np.asarray(embed(texts), dtype=np.float32)
    if path is not None:
        try:
            write_atomically(path, lambda tmp: np.save(tmp, vectors))
            remove_older(path, f"{prefix}-*.npy")
        except OSError:
            log.warning("could not write the phrasing vectors cache in %s", path.parent)
    return vectors
