"""Retrieval benchmark: for every dev question with `must` patterns, are all of them found in the
text of the top-3 chunks? Reported per language group, with the query latency.

    .venv/bin/python bench/bench_retrieval.py [--cases ../shared/eval/dev.jsonl] [--k 3]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.language import detect, to_simplified  # noqa: E402

DEFAULT_CASES = ROOT.parent / "shared" / "eval" / "dev.jsonl"


def load_cases(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        cases = [json.loads(line) for line in handle if line.strip()]
    return [c for c in cases if c.get("must") and not c.get("refuse")]


def found_all(case: dict, text: str) -> bool:
    flat = re.sub(r"\s+", " ", text)
    return all(any(re.search(rx, flat, re.I) for rx in group) for group in case["must"])


def evaluate(search, cases: list[dict], k: int = 3) -> dict:
    """search(question, lang) -> list of chunk texts, best first."""
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    latencies, misses = [], []
    for case in cases:
        started = time.perf_counter()
        texts = search(case["question"], case.get("lang") or detect(case["question"]).code)[:k]
        latencies.append((time.perf_counter() - started) * 1000)
        ok = found_all(case, "\n".join(texts))
        for group in (case.get("lang", "?"), "all"):
            groups[group][0] += ok
            groups[group][1] += 1
        if not ok:
            misses.append(case["id"])
    latencies.sort()
    return {
        "groups": {g: {"hit": h, "n": n, "rate": h / n} for g, (h, n) in sorted(groups.items())},
        "p50_ms": statistics.median(latencies),
        "p95_ms": latencies[int(0.95 * (len(latencies) - 1))],
        "misses": misses,
    }


def ours(index_dir: Path | None = None):
    """Our hybrid retriever over a fresh index of knowledge/ (built in a temp dir unless given)."""
    from bot.index.embeddings import make_embedder
    from bot.index.ingest import ingest
    from bot.retrieval.retriever import Retriever
    from bot.settings import Settings
    from bot.index.vectorstore import VectorStore

    index_dir = index_dir or Path(tempfile.mkdtemp(prefix="bench-index-"))
    settings = Settings(_env_file=None, chroma_path=index_dir, chroma_host=None)
    embedder = make_embedder()
    ingest(settings, progress=False, embedder=embedder)
    store = VectorStore.from_settings(settings, embedder)
    retriever = Retriever(store.open_active()[0], embedder)
    retriever.search("warm up", "en")

    def search(question: str, lang: str) -> list[str]:
        return [h.text for h in retriever.search(to_simplified(question), lang, k=3)]

    return search


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--k", type=int, default=3)
    args = parser.parse_args()
    result = evaluate(ours(), load_cases(args.cases), args.k)
    print(f"answer in top-{args.k} chunks (all `must` patterns):")
    for group, row in result["groups"].items():
        print(f"  {group:4s} {row['hit']}/{row['n']} = {100 * row['rate']:.1f}%")
    print(f"  query latency p50={result['p50_ms']:.1f} ms p95={result['p95_ms']:.1f} ms")
    if result["misses"]:
        print("  misses: " + ", ".join(result["misses"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
