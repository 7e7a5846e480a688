"""Features of short messages for the small trained models (dialogue acts, FAQ entries): the bundled
sentence embedding beside hashed character 1–3-grams, and a closed-form ridge fit over them.

Why both halves: the embedding carries meaning across languages and paraphrases; the character
n-grams carry the surface cues that decide between neighbours (打赏 vs 开播, 几级, 报名费, "ignore").
"""
from __future__ import annotations

import re
import zlib

import numpy as np

from bot.language import to_simplified

HASH_BUCKETS = 4096  # character n-gram buckets: collisions are rare among a few thousand short messages


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", to_simplified(text).lower()).strip()


def ngram_features(texts: list[str]) -> np.ndarray:
    """Unit-length bags of hashed character 1–3-grams (Chinese has no spaces to split words on)."""
    matrix = np.zeros((len(texts), HASH_BUCKETS), dtype=np.float32)
    for row, text in enumerate(texts):
        padded = f" {text} "
        for n in (1, 2, 3):
            for i in range(len(padded) - n + 1):
                gram = padded[i:i + n]
                if gram.strip():
                    matrix[row, zlib.crc32(gram.encode()) % HASH_BUCKETS] = 1.0
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


def features(vectors, texts: list[str], ngram_weight: float) -> np.ndarray:
    """[embedding | ngram_weight x n-grams | 1] per message; `texts` already normalised."""
    ones = np.ones((len(texts), 1), dtype=np.float32)
    return np.hstack([np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1),
                      ngram_weight * ngram_features(texts), ones])


def ridge_fit(x: np.ndarray, y: np.ndarray, ridge: float) -> np.ndarray:
    """Weights W minimising |xW - y|² + ridge |W|², solved in whichever of the primal (features x
    features) or dual (examples x examples) forms is smaller: the same answer, the smaller system."""
    x = x.astype(np.float32)
    if x.shape[0] < x.shape[1]:
        alpha = np.linalg.solve(x @ x.T + ridge * np.eye(x.shape[0], dtype=np.float32), y)
        return (x.T @ alpha).astype(np.float32)
    gram = x.T @ x + ridge * np.eye(x.shape[1], dtype=np.float32)
    return np.linalg.solve(gram, x.T @ y).astype(np.float32)
