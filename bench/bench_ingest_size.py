"""Ingest rate by file size: is the time per MB flat from 1 MB to 20 MB?

    .venv/bin/python bench/bench_ingest_size.py [--sizes 1,20]

Each size is a fresh knowledge folder holding one synthetic .txt of that many MB (Chinese and English
paragraphs of random domain words, so no two chunks are the same and every chunk is embedded), run
through `python -m bot.cli ingest --no-progress` in a subprocess with the bundled model. The fixed
cost (interpreter, model and Chroma start, measured on a 10 kB file) is reported apart, so the
per-MB rate is the marginal one. run_all.py calls `measure` for its table.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ZH = "直播 销售 选品 视频 平台 管理 营销 培训 证书 等级 技能 标准 职业 考核 理论 实操 工种 主播 带货 用户 数据 分析 内容 创作".split()
EN = "live stream seller product selector video platform admin marketing training certificate level skill exam".split()


@dataclass
class IngestRun:
    megabytes: float
    seconds: float
    cpu_s: float
    maxrss_mb: float
    chunks: str


def synthetic_text(megabytes: float, seed: int = 7) -> str:
    rng = random.Random(seed)
    out, size = [], 0
    while size < megabytes * 1e6:
        if rng.random() < 0.5:
            paragraph = "".join("".join(rng.choice(ZH) for _ in range(rng.randint(6, 16))) + "。" for _ in range(8))
        else:
            paragraph = " ".join(" ".join(rng.choice(EN) for _ in range(rng.randint(6, 16))).capitalize() + "."
                                 for _ in range(8))
        out.append(paragraph + "\n\n")
        size += len(out[-1].encode())
    return "".join(out)


def ingest_once(megabytes: float, scratch: Path) -> IngestRun:
    folder = scratch / f"size-{megabytes:g}"
    (folder / "knowledge").mkdir(parents=True)
    (folder / "knowledge" / "big.txt").write_text(synthetic_text(megabytes), encoding="utf-8")
    from bot.settings import Settings

    names = {name.upper() for name in Settings.model_fields}
    env = {k: v for k, v in os.environ.items() if k.upper() not in names}
    env.update(HF_HUB_OFFLINE="1", ANONYMIZED_TELEMETRY="False", PYTHONPATH=str(ROOT),
               KNOWLEDGE_DIR=str(folder / "knowledge"), CHROMA_PATH=str(folder / "index"),
               MAX_KNOWLEDGE_FILE_MB=str(megabytes * 2 + 1))
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "ingest", "--no-progress"], cwd=folder, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    out, err = proc.stdout.read(), proc.stderr.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"ingest of {megabytes} MB failed: {err.strip().splitlines()[-1:]}")
    shutil.rmtree(folder, ignore_errors=True)
    chunks = out.split(" chunks")[0].rsplit(" ", 1)[-1] if " chunks" in out else "?"
    return IngestRun(megabytes, seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, chunks)


def measure(sizes: tuple[float, ...] = (1.0, 20.0), scratch: Path | None = None) -> tuple[IngestRun, list[IngestRun]]:
    """The fixed-cost run (10 kB) and one run per size."""
    own = scratch is None
    scratch = scratch or Path(tempfile.mkdtemp(prefix="bench-ingest-size-"))
    try:
        fixed = ingest_once(0.01, scratch)
        return fixed, [ingest_once(size, scratch) for size in sizes]
    finally:
        if own:
            shutil.rmtree(scratch, ignore_errors=True)


def marginal_rate(run: IngestRun, fixed: IngestRun) -> float:
    """MB per second once the process is up (the fixed start-up cost taken out)."""
    return run.megabytes / max(run.seconds - fixed.seconds, 1e-9)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,20", help="comma-separated sizes in MB")
    args = parser.parse_args()
    fixed, runs = measure(tuple(float(s) for s in args.sizes.split(",")))
    print(f"start-up (10 kB file): {fixed.seconds:.1f} s, peak RSS {fixed.maxrss_mb:.0f} MB")
    for run in runs:
        print(f"{run.megabytes:g} MB: {run.seconds:.1f} s wall, CPU {run.cpu_s:.1f} s, {run.chunks} chunks, "
              f"{run.megabytes / run.seconds:.3f} MB/s overall, {marginal_rate(run, fixed):.3f} MB/s after start-up, "
              f"peak RSS {run.maxrss_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
