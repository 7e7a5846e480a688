"""`advisor eval FILE`: run a case file (the format of ../shared/eval/dev.jsonl) and score it.

The checks mirror the shared black-box scorer: every `must` group needs one matching regex, no
`must_not` may match, `refuse` cases must be refused, answers need sources, and the answer must be
in the case's language (share of Chinese characters among letters).
"""
from __future__ import annotations

import json
import re
import statistics
from collections import defaultdict
from dataclasses import dataclass

from bot.language import cjk_ratio


@dataclass
class CaseResult:
    case: dict
    answer: dict
    failures: list[str]


def load_cases(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def check(case: dict, answer: dict) -> list[str]:
    fails = []
    flat = re.sub(r"\s+", " ", answer.get("answer") or "")
    if case.get("refuse"):
        if not answer.get("refused"):
            fails.append("should refuse")
    else:
        if answer.get("refused"):
            fails.append("refused a question it should answer")
        for group in case.get("must", []):
            if not any(re.search(rx, flat, re.I) for rx in group):
                fails.append("missing " + "|".join(group))
        cited = " ".join(json.dumps(s, ensure_ascii=False) for s in answer.get("sources") or [])
        if case.get("sources_any") and not any(s in cited for s in case["sources_any"]):
            fails.append("no expected source")
        if not answer.get("sources"):
            fails.append("no sources cited")
    for rx in case.get("must_not", []):
        if re.search(rx, flat, re.I):
            fails.append("forbidden " + rx)
    ratio = cjk_ratio(answer.get("answer") or "")
    if case.get("lang") == "zh" and ratio < 0.3:
        fails.append("not answered in Chinese")
    if case.get("lang") == "en" and ratio > 0.2:
        fails.append("not answered in English")
    return fails


def run_cases(advisor, cases: list[dict]) -> list[CaseResult]:
    results = []
    for case in cases:
        answer = advisor.answer(case["question"]).to_json(case.get("id"))
        results.append(CaseResult(case, answer, check(case, answer)))
    return results


def report(results: list[CaseResult], show_failures: bool = True) -> str:
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    lines = []
    for r in results:
        kind = r.case.get("kind", "general")
        kinds[kind][1] += 1
        kinds[kind][0] += not r.failures
        if r.failures and show_failures:
            lines.append(f"FAIL {r.case.get('id')} [{r.case.get('lang')}/{kind}] {r.case['question'][:60]!r}: {'; '.join(r.failures)}")
    for kind, (ok, n) in sorted(kinds.items()):
        lines.append(f"  {kind:12s} {ok}/{n}")
    latencies = sorted(r.answer.get("latency_ms", 0.0) for r in results)
    if latencies:
        p95 = latencies[int(0.95 * (len(latencies) - 1))]
        lines.append(f"  latency_ms p50={statistics.median(latencies):.1f} p95={p95:.1f}")
    passed = sum(1 for r in results if not r.failures)
    lines.append(f"passed {passed}/{len(results)} = {100 * passed / max(1, len(results)):.1f}%")
    return "\n".join(lines)
