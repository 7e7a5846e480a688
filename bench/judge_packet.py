"""Run realistic conversations through the advisor, write a packet for a judge, and tally the judge's scores.

    python bench/judge_packet.py run CASES.jsonl OUT.jsonl          # answer every turn, keep the replies
    python bench/judge_packet.py packet OUT.jsonl PACKET.md [--part 1/3]  # what the judge reads
    python bench/judge_packet.py tally OUT.jsonl SCORES.jsonl       # share of 2s by kind, script, turns

CASES: {"id", "persona", "script", "kind", "turns": [...], "expected", "person_facts"} per line
(written by a helper that saw only ../shared/knowledge-sources/). SCORES: {"id", "score": 0|1|2,
"category", "why"} per line, as the judge writes them (rubric: ../shared/eval/judge-rubric.md).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def load(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def run(cases_path: str, out_path: str) -> None:
    from bot.answering.advisor import Advisor
    from bot.answering.conversation import Conversation
    from bot.settings import get_settings
    from bot.terminal import render_sources

    advisor = Advisor.from_settings(get_settings())
    started = time.perf_counter()
    with open(out_path, "w", encoding="utf-8") as out:
        for case in load(cases_path):
            conversation = Conversation()
            replies = []
            for turn in case["turns"]:
                answer = advisor.answer(turn, conversation)
                replies.append({"text": answer.text, "sources": render_sources(answer, advisor.templates),
                                "intent": answer.intent, "refused": answer.refused, "via": answer.via})
            out.write(json.dumps({**case, "replies": replies}, ensure_ascii=False) + "\n")
    print(f"answered {out_path} in {time.perf_counter() - started:.1f} s")


def packet(out_path: str, packet_path: str, part: str | None) -> None:
    rows = load(out_path)
    if part:
        index, count = (int(x) for x in part.split("/"))
        rows = rows[index - 1::count]
    lines = []
    for row in rows:
        lines.append(f"## {row['id']}  ({row['script']}, {row['kind']}, {len(row['turns'])} turn(s))")
        for i, (turn, reply) in enumerate(zip(row["turns"], row["replies"]), 1):
            lines.append(f"USER {i}: {turn}")
            if i < len(row["turns"]):
                lines.append(f"BOT {i}: {reply['text']}")
        last = row["replies"][-1]
        lines.append("BOT (judge this reply):")
        lines.append(last["text"])
        if last["sources"]:
            lines.append(last["sources"])
        lines.append(f"EXPECTED (written with the case): {row['expected']}")
        lines.append("")
    Path(packet_path).write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(rows)} cases -> {packet_path}")


def tally(out_path: str, scores_path: str) -> None:
    cases = {row["id"]: row for row in load(out_path)}
    scores = {row["id"]: row for row in load(scores_path)}
    missing = sorted(set(cases) - set(scores))
    groups: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    categories = Counter()
    for case_id, score in scores.items():
        case = cases.get(case_id)
        if case is None:
            continue
        value = int(score["score"])
        categories[score.get("category", "other")] += 1
        groups["all"]["all"].append(value)
        groups["kind"][case["kind"]].append(value)
        groups["script"][case["script"]].append(value)
        groups["turns"]["multi" if len(case["turns"]) > 1 else "single"].append(value)
    for name, parts in groups.items():
        for key, values in sorted(parts.items()):
            twos = sum(1 for v in values if v == 2)
            print(f"{name:7s} {key:12s} n={len(values):4d}  2s={twos:4d} ({100 * twos / len(values):5.1f}%)  mean={sum(values) / len(values):.2f}")
    print("categories:", ", ".join(f"{k} {v}" for k, v in categories.most_common()))
    if missing:
        print(f"not scored: {len(missing)} ({', '.join(missing[:10])}…)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("run"); p.add_argument("cases"); p.add_argument("out")
    p = sub.add_parser("packet"); p.add_argument("out"); p.add_argument("packet"); p.add_argument("--part")
    p = sub.add_parser("tally"); p.add_argument("out"); p.add_argument("scores")
    args = parser.parse_args()
    if args.command == "run":
        run(args.cases, args.out)
    elif args.command == "packet":
        packet(args.out, args.packet, args.part)
    else:
        tally(args.out, args.scores)


if __name__ == "__main__":
    main()
