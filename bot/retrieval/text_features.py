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


def ngram_features(texts: list[str], out: np.ndarray | None = None, weight: float = 1.0,
                   buckets: int = HASH_BUCKETS) -> np.ndarray:
    """Bags of hashed character 1–3-grams (Chinese has no spaces to split words on), each row scaled to
    length `weight`; written into `out` when given (no extra copy of a large training matrix)."""
    matrix = out if out is not None else np.zeros((len(texts), buckets), dtype=np.float32)
    for row, text in enumerate(texts):
        padded = f" {text} "
        for n in (1, 2, 3):
            for i in range(len(padded) - n + 1):
                gram = padded[i:i + n]
                if gram.strip():
                    matrix[row, zlib.crc32(gram.encode()) % buckets] = 1.0
        norm = float(np.linalg.norm(matrix[row]))
        if norm:
            matrix[row] *= weight / norm
    return matrix


def features(vectors, texts: list[str], ngram_weight: float, buckets: int = HASH_BUCKETS) -> np.ndarray:
    """[embedding | ngram_weight x n-grams | 1] per message; `texts` already normalised. Filled in place:
    training matrices have thousands of rows."""
    vectors = np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)
    width = vectors.shape[1]
    out = np.zeros((len(texts), width + buckets + 1), dtype=np.float32)
    out[:, :width] = vectors
    ngram_features(texts, out[:, width:width + buckets], ngram_weight, buckets)
    out[:, -1] = 1.0
    return out


def ridge_fit(x: np.ndarray, y: np.ndarray, ridge: float) -> np.ndarray:
    """Weights W minimising |xW - y|² + ridge |W|², solved in whichever of the primal (features x
    features) or dual (examples x examples) forms is smaller: the same answer, the smaller system.
    The Gram matrix gets its ridge on the diagonal in place (no identity matrix beside it); in the primal
    form `x` is released before the solve, so a caller that passes it without keeping it saves its memory."""
    x = x.astype(np.float32, copy=False)
    y = np.asarray(y, dtype=np.float32)
    if x.shape[0] < x.shape[1]:
        gram = x @ x.T
        gram.flat[::gram.shape[0] + 1] += ridge
        alpha = np.linalg.solve(gram, y)
        del gram
        return (x.T @ alpha).astype(np.float32, copy=False)
    gram, xty = (x.T @ x).astype(np.float64), (x.T @ y).astype(np.float64)
    del x
    gram.flat[::gram.shape[0] + 1] += ridge
    return np.linalg.solve(gram, xty).astype(np.float32)
