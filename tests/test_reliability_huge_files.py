"""Issue 9, point 5: huge knowledge files. Chunking is linear in the file size, an ingest's memory
does not grow with every vector it writes, and a file over MAX_KNOWLEDGE_FILE_MB is named in one line.
(The 1 MB / 20 MB ingest rate is measured by bench/run_all.py, not here.)
"""
from __future__ import annotations

import hashlib
import random
import time
import tracemalloc

import numpy as np

from bot.index.ingest import collect_chunks, ingest
from bot.knowledge.chunking import _pack
from tests.conftest import make_settings
from tests.knowledge_fixtures import write_mini_knowledge
from tests.reliability_support import cli

WORDS = "直播 销售 选品 视频 平台 管理 营销 培训 证书 等级 技能 标准 职业 考核 理论 实操 工种 主播 带货 用户".split()
EN_WORDS = "live stream seller product selector video platform marketing training certificate level skill".split()


def chinese_without_punctuation(chars: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    text = "".join(rng.choice(WORDS) for _ in range(chars // 2 + 1))
    return text[:chars]


def english_paragraphs(megabytes: float, seed: int = 1) -> str:
    rng = random.Random(seed)
    out, size = [], 0
    while size < megabytes * 1e6:
        sentence = " ".join(rng.choice(EN_WORDS) for _ in range(rng.randint(6, 18))).capitalize() + ". "
        out.append(sentence + ("\n\n" if rng.random() < 0.15 else ""))
        size += len(out[-1])
    return "".join(out)


def seconds(function, *args) -> float:
    started = time.perf_counter()
    function(*args)
    return time.perf_counter() - started


def test_a_sentence_without_punctuation_is_cut_in_linear_time():
    small, large = chinese_without_punctuation(250_000), chinese_without_punctuation(2_000_000)
    per_char_small = min(seconds(_pack, small, 220) for _ in range(3)) / len(small)
    per_char_large = min(seconds(_pack, large, 220) for _ in range(3)) / len(large)
    assert per_char_large <= 3 * per_char_small + 2e-8, (per_char_small, per_char_large)
    assert "".join(_pack(large, 220)) == large


def test_collect_chunks_time_per_megabyte_stays_flat(tmp_path):
    collect_chunks(write_mini_knowledge(tmp_path / "warm"))  # segmentation dictionaries load once
    rates = []
    for megabytes in (0.25, 2.0):
        folder = tmp_path / f"k{megabytes}"
        folder.mkdir()
        (folder / "big.txt").write_text(english_paragraphs(megabytes), encoding="utf-8")
        (folder / "big-zh.txt").write_text(chinese_without_punctuation(int(megabytes * 1e6 / 3)), encoding="utf-8")
        rates.append(min(seconds(collect_chunks, folder) for _ in range(2)) / megabytes)
    assert rates[1] <= 2 * rates[0], f"seconds per MB at 0.25 MB and 2 MB: {rates}"


class HashEmbedder:
    """Deterministic 512-d vectors without a model: this test is about memory, not meaning."""

    name = "test-hash-512"

    def embed_documents(self, texts):
        out = []
        for text in texts:
            seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
            vector = np.random.default_rng(seed).standard_normal(512)
            out.append((vector / np.linalg.norm(vector)).tolist())
        return out

    def embed_query(self, text):
        return self.embed_documents([text])[0]


def traced_peak_of_ingest(tmp_path, megabytes: float) -> tuple[int, float]:
    """(chunks, peak Python memory in MB above the start) of ingesting one English file of `megabytes`;
    tracemalloc must be running."""
    knowledge = tmp_path / f"knowledge-{megabytes}"
    knowledge.mkdir()
    (knowledge / "big.txt").write_text(english_paragraphs(megabytes), encoding="utf-8")
    settings = make_settings(tmp_path / f"run-{megabytes}", knowledge_dir=knowledge)
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    report = ingest(settings, progress=False, embedder=HashEmbedder())
    return report.chunks, (tracemalloc.get_traced_memory()[1] - before) / 1e6


def test_ingest_memory_does_not_hold_every_vector(tmp_path):
    tracemalloc.start()
    try:
        traced_peak_of_ingest(tmp_path, 0.05)  # first use: imports and caches, not ingest memory
        small_chunks, small_peak = traced_peak_of_ingest(tmp_path, 0.4)
        large_chunks, large_peak = traced_peak_of_ingest(tmp_path, 1.2)
    finally:
        tracemalloc.stop()
    per_extra_chunk_kb = (large_peak - small_peak) * 1000 / (large_chunks - small_chunks)
    print(f"\npeak traced memory {small_peak:.1f} MB for {small_chunks} chunks, {large_peak:.1f} MB for "
          f"{large_chunks} chunks: {per_extra_chunk_kb:.1f} KB per extra chunk")
    # Holding every vector as Python floats costs 16 KB a chunk (512 x 32 bytes) on top of the chunk.
    assert per_extra_chunk_kb < 10, per_extra_chunk_kb


def test_a_file_over_the_limit_is_named_in_one_line(tmp_path):
    knowledge = write_mini_knowledge(tmp_path / "knowledge")
    (knowledge / "dump.txt").write_text(english_paragraphs(0.3), encoding="utf-8")
    settings = make_settings(tmp_path, knowledge_dir=knowledge)
    result = cli(settings, "ingest", "--no-progress", MAX_KNOWLEDGE_FILE_MB="0.2")
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 1 and len(lines) == 1, result.stderr[-2000:]
    assert "dump.txt" in lines[0] and "0.2 MB" in lines[0] and "MAX_KNOWLEDGE_FILE_MB" in lines[0], lines[0]
    assert not (tmp_path / "index").exists() or "advisor_" not in str(list((tmp_path / "index").iterdir()))
