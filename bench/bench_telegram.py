"""Telegram throughput and latency: simulated users through the loopback Bot API, real bot, real Advisor.

    .venv/bin/python bench/bench_telegram.py [--users 200 --messages 3] [--rate 60] [--mode both|paced|burst]
                                             [--workers N] [--json]

Builds an index of knowledge/ in a temporary directory (bot.index.ingest.ingest), starts the real
Application (build_application) against tests/fake_bot_api.FakeBotAPI, and has `users` private
chats each ask `messages` questions from the dev set (mixed Chinese and English). Two phases:
- paced: questions arrive at `rate` per second (round-robin over the users, so each user's
  questions are users/rate seconds apart, like people typing); latency here is what a user waits;
- burst: every question is injected at once; answered/s here is the bot's capacity.
Latency runs from the injection of the update to the answer's sendMessage reaching the fake
server. Every question must be answered exactly once (one answer carrying 👍/👎 per question).
Telegram's own flood limit (30 messages/s per bot) is lifted: it would cap any bot, so it says
nothing about ours.

With --workers N the answers are computed by bot.answering.pool.AdvisorPool (N processes)
instead of the in-process Advisor on threads, which the GIL limits to one core.

Importable: `run_benchmark(users=200, messages=3, ...) -> dict` (numbers plus "rows" for run_all).
"""
from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_CASES = ROOT.parent / "shared" / "eval" / "dev.jsonl"
FALLBACK_QUESTIONS = [
    "什么是互联网营销师？", "What is an internet marketer according to the national standard?",
    "互联网营销师有哪些工种？", "How many skill levels does the internet marketer standard have?",
    "平台管理员有几个等级？", "How many training hours does level 3 (senior worker) require?",
    "我有二级证书5年了，可以报一级吗？", "I got level 2 one year ago. Can I apply for level 1 now?",
]
TOKEN = "555000111:bench-fake-token-0123456789abcdef"
TARGET_RATE, TARGET_P95_S = 50.0, 1.0


def load_questions(path: Path = DEFAULT_CASES) -> list[str]:
    """Dev-set questions, Chinese and English interleaved; a built-in list when the file is absent."""
    try:
        cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except OSError:
        return FALLBACK_QUESTIONS
    zh = [c["question"] for c in cases if c.get("lang") == "zh"]
    en = [c["question"] for c in cases if c.get("lang") != "zh"]
    mixed = [q for pair in itertools.zip_longest(zh, en) for q in pair if q]
    return mixed or FALLBACK_QUESTIONS


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


async def _phase(api, users: int, messages: int, questions: list[str], rate: float | None, chat_base: int,
                 timeout: float) -> dict:
    """Inject users x messages questions (paced at `rate`/s, or all at once) and measure the answers."""
    total = users * messages
    chats = {chat_base + i for i in range(users)}
    already = (await api.count())["sent"]
    items = [(chat_base + n % users, questions[n % len(questions)], "zh-hans" if (n % users) % 2 else "en")
             for n in range(total)]
    started, cpu_started = time.monotonic(), time.process_time()
    await api.send_many(items, rate=rate)  # the server paces the injections itself
    deadline = time.monotonic() + timeout + (total / rate if rate else 0)
    while (await api.count())["sent"] - already < total and time.monotonic() < deadline:
        await asyncio.sleep(0.1)
    cpu_s = time.process_time() - cpu_started
    await asyncio.sleep(0.3)  # anything sent twice would arrive now
    answers: dict[int, list[dict]] = {}
    for message in await api.messages():
        if message["chat_id"] in chats and any(str(b).startswith("fb:") for b in message["buttons"]):
            answers.setdefault(message["chat_id"], []).append(message)
    questions_of: dict[int, list[tuple[int, float]]] = {}
    for update_id, info in sorted((await api.injected()).items()):
        if info["chat_id"] in chats:
            questions_of.setdefault(info["chat_id"], []).append((update_id, info["at"]))
    latencies, answered, duplicates, missing = [], 0, 0, 0
    first, last = float("inf"), 0.0
    for chat in chats:
        asked, got = questions_of.get(chat, []), answers.get(chat, [])
        answered += min(len(got), len(asked))
        duplicates += max(len(got) - len(asked), 0)
        missing += max(len(asked) - len(got), 0)
        for (_, asked_at), answer in zip(asked, got, strict=False):
            latencies.append(answer["at"] - asked_at)
            first, last = min(first, asked_at), max(last, answer["at"])
    started = min(first, started)
    elapsed = max(last - started, 1e-9)
    return {
        "questions": total, "answered": answered, "missing": missing, "duplicates": duplicates,
        "exactly_once": missing == 0 and duplicates == 0,
        "seconds": round(elapsed, 2), "answered_per_s": round(answered / elapsed, 1),
        "p50_s": round(percentile(latencies, 0.50), 3), "p95_s": round(percentile(latencies, 0.95), 3),
        "max_s": round(max(latencies, default=float("nan")), 3),
        "bot_cpu_ms_per_answer": round(cpu_s * 1000 / max(answered, 1), 2),
    }


async def _run(settings, advisor, users: int, messages: int, rate: float, mode: str, timeout: float) -> dict:
    from bot.telegram import build_application, polling
    from tests.fake_bot_api import FakeBotAPIProcess

    questions = load_questions()
    results: dict = {}
    async with FakeBotAPIProcess(token=TOKEN) as api:
        application = build_application(settings, advisor, base_url=api.base_url, overall_max_rate=0)
        async with polling(application):
            await api.send_text(1, questions[0])  # warm-up
            deadline = time.monotonic() + 60
            while (await api.count())["sent"] < 1 and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
            if mode in ("paced", "both"):
                results["paced"] = await _phase(api, users, messages, questions, rate, 100_000, timeout)
            if mode in ("burst", "both"):
                results["burst"] = await _phase(api, users, messages, questions, None, 200_000, timeout)
            results["failed_send_calls"] = sum(c["outcome"] != "ok" for c in await api.calls("sendMessage"))
    return results


def _event_loop_runner(coroutine):
    """uvloop when installed (as in run_bot), else asyncio."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coroutine)
    return uvloop.run(coroutine)


def run_benchmark(users: int = 200, messages: int = 3, rate: float = 60.0, mode: str = "both",
                  timeout: float = 180.0, workdir: str | Path | None = None, workers: int = 0) -> dict:
    """Build an index in a temporary directory, run the phases, return the figures (and run_all rows)."""
    from pydantic import SecretStr

    from bot.answering.advisor import Advisor
    from bot.index.ingest import ingest
    from bot.settings import Settings

    logging.getLogger().setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="bench-telegram-", dir=workdir) as scratch:
        settings = Settings(
            _env_file=None, chroma_path=Path(scratch) / "index", chroma_host=None, state_path=Path(scratch) / "state.sqlite3",
            llm_base_url=None, llm_model=None, llm_api_key=None, telegram_bot_token=SecretStr(TOKEN),
            telegram_api_base_url=None, admin_ids=[], rate_limit_per_minute=max(20, messages + 1),
        )
        ingest_started = time.perf_counter()
        ingest(settings, progress=False)
        ingest_s = time.perf_counter() - ingest_started
        if workers >= 1:
            from bot.answering.pool import AdvisorPool

            advisor = AdvisorPool.from_settings(settings, workers)
        else:
            advisor = Advisor.from_settings(settings)
        load_before = os.getloadavg()[0]
        try:
            results = _event_loop_runner(_run(settings, advisor, users, messages, rate, mode, timeout))
        finally:
            if hasattr(advisor, "close"):
                advisor.close()
    results.update(users=users, messages_per_user=messages, paced_rate=rate, ingest_s=round(ingest_s, 1),
                   answering="in-process threads" if workers < 1 else f"{workers} worker processes",
                   load_average=f"{load_before:.1f} → {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    results["rows"] = _rows(results)
    return results


def _rows(results: dict) -> list[dict]:
    rows = []
    n = f"{results['users']} users × {results['messages_per_user']}, {results['answering']}"
    paced, burst = results.get("paced"), results.get("burst")
    keep_up = round(min(TARGET_RATE, 0.9 * results["paced_rate"]), 1)  # below 50/s offered: keep pace
    if paced:
        rows += [
            {"metric": f"answered/s at {results['paced_rate']:g} questions/s offered ({n})",
             "value": paced["answered_per_s"], "target": f"≥ {keep_up:g}", "ok": paced["answered_per_s"] >= keep_up},
            {"metric": "reply latency p50 (paced)", "value": f"{paced['p50_s'] * 1000:.0f} ms"},
            {"metric": "reply latency p95 (paced)", "value": f"{paced['p95_s'] * 1000:.0f} ms",
             "target": f"< {TARGET_P95_S * 1000:.0f} ms", "ok": paced["p95_s"] < TARGET_P95_S},
        ]
    if burst:
        rows += [
            {"metric": f"capacity: answered/s with all {burst['questions']} questions at once",
             "value": burst["answered_per_s"], "target": f"≥ {TARGET_RATE:g}", "ok": burst["answered_per_s"] >= TARGET_RATE},
            {"metric": "reply latency p50 / p95 (burst, queueing included)",
             "value": f"{burst['p50_s']:.2f} s / {burst['p95_s']:.2f} s"},
            {"metric": "bot process CPU per answer (Telegram handling"
                       + (" + answering)" if results["answering"].startswith("in-process") else "; answering in workers)"),
             "value": f"{burst['bot_cpu_ms_per_answer']:.1f} ms"},
        ]
    rows.append({"metric": "machine load average (1 min) before → after; other processes share these cores",
                 "value": results["load_average"]})
    every = all(phase["exactly_once"] for phase in (paced, burst) if phase)
    rows.append({"metric": "every question answered exactly once", "value": "yes" if every else "NO",
                 "target": "yes", "ok": every})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--messages", type=int, default=3, help="questions per user")
    parser.add_argument("--rate", type=float, default=60.0, help="questions/s offered in the paced phase")
    parser.add_argument("--mode", choices=("both", "paced", "burst"), default="both")
    parser.add_argument("--workers", type=int, default=0,
                        help="answer in N worker processes (bot.answering.pool.AdvisorPool); 0 = in-process threads")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    results = run_benchmark(args.users, args.messages, args.rate, args.mode, workers=args.workers)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        for row in results["rows"]:
            verdict = "" if "ok" not in row else ("  ok" if row["ok"] else "  MISSED")
            target = f"  (target {row['target']})" if row.get("target") else ""
            print(f"{row['metric']}: {row['value']}{target}{verdict}")
    return 0 if all(row.get("ok", True) for row in results["rows"]) else 1


if __name__ == "__main__":
    sys.exit(main())
