"""The dialogue-act classifier: held-out accuracy per act (train on 80% of the examples, classify the
other 20%), training time, and the time one message takes to classify.

    .venv/bin/python bench/bench_understanding.py
"""
from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def main() -> int:
    from bot.answering.acts import ActClassifier, held_out_accuracy, training_examples
    from bot.index.embeddings import make_embedder
    from bot.settings import get_settings

    settings = get_settings()
    embedder = make_embedder(settings.embedding_model, settings.embedding_threads, cache_dir=settings.cache_dir)
    pairs = training_examples(settings.understanding_dir)
    print(f"examples: {len(pairs)} in {settings.understanding_dir}")
    started = time.perf_counter()
    result = held_out_accuracy(settings.understanding_dir, embedder)
    print(f"held-out split (one in five by a stable hash of the example), trained and scored in {time.perf_counter() - started:.1f} s")
    right = sum(r for r, _ in result.values())
    total = sum(t for _, t in result.values())
    for act, (r, t) in sorted(result.items(), key=lambda kv: kv[1][0] / max(1, kv[1][1])):
        print(f"  {act:20s} {r:4d}/{t:<4d} {100 * r / t:5.1f}%")
    print(f"  {'all':20s} {right:4d}/{total:<4d} {100 * right / total:5.1f}%")
    started = time.perf_counter()
    model = ActClassifier.train(pairs, embedder.embed_documents)
    print(f"full training: {time.perf_counter() - started:.1f} s (embedding included)")
    samples = []
    for text, _ in pairs[:300]:
        vector = embedder.embed_query(text)  # cached by the advisor already: not part of the cost
        started = time.perf_counter()
        model.guess(text, vector)
        samples.append((time.perf_counter() - started) * 1000)
    print(f"classify one message (vector given): p50 {statistics.median(samples):.2f} ms, "
          f"max {max(samples):.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
