"""The dialogue-act classifier: which kind of message this is (see ACTS), trained from the labelled
examples in `knowledge/understanding/acts.*.yaml` (Simplified, Traditional/Cantonese, English).

Features: the bundled sentence embedding of the message (meaning, across languages) beside hashed
character 1–3-grams (surface cues: 几级, 报名费, "ignore"). Model: a ridge classifier, a closed-form
solve, trained in a few seconds at ingest (or at the first start without a cached model) and cached
under `data/cache`; inference is one matrix product on a vector the retrieval needs anyway.
"""
from __future__ import annotations

import hashlib
import logging
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from bot.retrieval.model_files import remove_older, write_atomically
from bot.retrieval.text_features import features, normalise, ridge_fit

log = logging.getLogger(__name__)

ACTS = ("eligibility_level", "eligibility_highest", "eligibility_route", "rule_question", "fact", "logistics",
        "statement", "followup", "greeting", "out_of_scope", "injection")
NGRAM_WEIGHT = 0.7  # the surface features' share beside the embedding (both halves are unit-length)
RIDGE = 1.0  # regularisation: chosen on the held-out split (0.3–3 differ by under a point)
FEATURES_VERSION = "1"  # bump when the featuriser changes: cached models are then retrained


@dataclass(frozen=True)
class ActGuess:
    act: str
    confidence: float  # softmax of the ridge scores, 0..1
    runner_up: str


def training_examples(folder: Path) -> list[tuple[str, str]]:
    """(utterance, act) pairs from every acts.*.yaml file in `folder`."""
    pairs = []
    for path in sorted(Path(folder).glob("acts.*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for act, utterances in (data.get("acts") or {}).items():
            if act not in ACTS:
                raise ValueError(f"{path}: unknown act {act!r} (known: {', '.join(ACTS)})")
            pairs += [(str(u), act) for u in utterances or [] if str(u).strip()]
    if not pairs:
        raise FileNotFoundError(f"no dialogue-act examples (acts.*.yaml) in {folder} (setting UNDERSTANDING_DIR)")
    return pairs


class ActClassifier:
    def __init__(self, weights: np.ndarray, acts: tuple[str, ...] = ACTS):
        self.weights = weights
        self.acts = acts

    @staticmethod
    def features(vectors: np.ndarray, texts: list[str]) -> np.ndarray:
        return features(vectors, texts, NGRAM_WEIGHT)

    @classmethod
    def train(cls, pairs: list[tuple[str, str]], embed) -> "ActClassifier":
        """`embed(list_of_texts) -> array` is the advisor's sentence embedding."""
        texts = [normalise(t) for t, _ in pairs]
        x = cls.features(np.asarray(embed(texts)), texts)
        y = -np.ones((len(pairs), len(ACTS)), dtype=np.float32)
        for row, (_, act) in enumerate(pairs):
            y[row, ACTS.index(act)] = 1.0
        return cls(ridge_fit(x, y, RIDGE))

    def guess(self, text: str, vector) -> ActGuess:
        x = self.features(np.asarray([vector]), [normalise(text)])
        scores = (x @ self.weights)[0]
        order = np.argsort(-scores)
        probs = np.exp(4.0 * (scores - scores.max()))  # temperature: ridge scores live in about -1..1
        probs /= probs.sum()
        return ActGuess(self.acts[order[0]], float(probs[order[0]]), self.acts[order[1]])

    def save(self, path: Path) -> None:
        write_atomically(path, lambda tmp: np.savez(tmp, weights=self.weights, acts=np.array(self.acts)))

    @classmethod
    def load(cls, path: Path) -> "ActClassifier":
        data = np.load(path)
        return cls(data["weights"], tuple(str(a) for a in data["acts"]))


def model_path(cache_dir: Path, folder: Path, embedder_name: str) -> Path:
    digest = hashlib.sha256(f"{FEATURES_VERSION}|{embedder_name}".encode())
    for path in sorted(Path(folder).glob("acts.*.yaml")):
        digest.update(path.read_bytes())
    return Path(cache_dir) / f"acts-{digest.hexdigest()[:16]}.npz"


def load_or_train(folder: Path, cache_dir: Path, embedder) -> ActClassifier:
    """The cached model for these examples and this embedder, trained (and cached) when missing."""
    path = model_path(cache_dir, folder, embedder.name)
    if path.exists():
        try:
            return ActClassifier.load(path)
        except Exception:  # a damaged cache only costs a retrain
            log.warning("act model %s unreadable; retraining", path.name)
    model = ActClassifier.train(training_examples(folder), embedder.embed_documents)
    model.save(path)
    remove_older(path, "acts-*.npz")
    return model


def held_out_accuracy(folder: Path, embedder) -> dict[str, tuple[int, int]]:
    """Train on about 80% of the examples, classify the other 20%: {act: (right, total)} (what the README reports).
    The held-out fifth is chosen by a stable hash of each example, so adding examples moves no other one between
    the sides and runs before and after a change to the data are scored on the same held-out examples."""
    pairs = training_examples(folder)
    test = [pair for pair in pairs if zlib.crc32(pair[0].encode("utf-8")) % 5 == 0]
    train = [pair for pair in pairs if zlib.crc32(pair[0].encode("utf-8")) % 5 != 0]
    model = ActClassifier.train(train, embedder.embed_documents)
    vectors = embedder.embed_documents([normalise(t) for t, _ in test])
    result: dict[str, list[int]] = {act: [0, 0] for act in ACTS}
    for (text, act), vector in zip(test, vectors):
        result[act][1] += 1
        result[act][0] += model.guess(text, vector).act == act
    return {act: (right, total) for act, (right, total) in result.items()}
