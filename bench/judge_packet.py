"""Run realistic conversations through the advisor, write a packet for a judge, and tally the judge's scores.

    python bench/judge_packet.py run CASES.jsonl OUT.jsonl          # answer every turn, keep the replies
    python bench/judge_packet.py packet OUT.jsonl PACKET.md [--part 1/3]  # what the judge reads
    python bench/judge_packet.py tally OUT.jsonl SCORES.jsonl       # share of 2s by kind, script, turns
    python bench/judge_packet.py pair OUT_A.jsonl OUT_B.jsonl PACKET.md KEY.json [--part 1/4]
                                                                    # blind side by side: each case's two last
                                                                    # replies as X and Y, in a random order kept in KEY
    python bench/judge_packet.py unblind KEY.json PAIRED.jsonl SCORES_A.jsonl SCORES_B.jsonl

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


def pair(a_path: str, b_path: str, packet_path: str, key_path: str, part: str | None, seed: int = 2026) -> None:
    """Two runs of the same cases side by side, blind: which run is X is drawn per case and kept in KEY
    (merged with any parts written before), so one judge scores both with the same eye."""
    import random
    a, b = {r["id"]: r for r in load(a_path)}, {r["id"]: r for r in load(b_path)}
    ids = [i for i in a if i in b]
    if part:
        index, count = (int(x) for x in part.split("/"))
        ids = ids[index - 1::count]
    rng = random.Random(f"{seed}:{part}")
    key = json.loads(Path(key_path).read_text(encoding="utf-8")) if Path(key_path).exists() else {}
    lines = []
    for case_id in ids:
        first_is_a = rng.random() < 0.5
        key[case_id] = "AB" if first_is_a else "BA"
        x, y = (a[case_id], b[case_id]) if first_is_a else (b[case_id], a[case_id])
        row = a[case_id]
        lines.append(f"## {case_id}  ({row['script']}, {row['kind']}, {len(row['turns'])} turn(s))")
        lines += [f"USER {n}: {turn}" for n, turn in enumerate(row["turns"], 1)]
        for name, run in (("X", x), ("Y", y)):
            last = run["replies"][-1]
            lines += [f"REPLY {name} (to the last turn):", last["text"]]
            if last["sources"]:
                lines.append(last["sources"])
        lines += [f"EXPECTED (written with the case): {row['expected']}", ""]
    Path(packet_path).write_text("\n".join(lines), encoding="utf-8")
    Path(key_path).write_text(json.dumps(key, indent=1), encoding="utf-8")
    print(f"{len(ids)} cases -> {packet_path} (key {key_path})")


def unblind(key_path: str, paired_path: str, a_out: str, b_out: str) -> None:
    """PAIRED: {"id", "X": {score, category, why}, "Y": {...}} per line -> the two runs' score files."""
    key = json.loads(Path(key_path).read_text(encoding="utf-8"))
    with open(a_out, "w", encoding="utf-8") as fa, open(b_out, "w", encoding="utf-8") as fb:
        for row in load(paired_path):
            x, y = row["X"], row["Y"]
            first, second = (x, y) if key[row["id"]] == "AB" else (y, x)
            fa.write(json.dumps({"id": row["id"], **first}, ensure_ascii=False) + "\n")
            fb.write(json.dumps({"id": row["id"], **second}, ensure_ascii=False) + "\n")
    print(f"unblinded -> {a_out}, {b_out}")


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
    p = sub.add_parser("pair"); p.add_argument("a"); p.add_argument("b"); p.add_argument("packet"); p.add_argument("key")
    p.add_argument("--part")
    p = sub.add_parser("unblind"); p.add_argument("key"); p.add_argument("paired"); p.add_argument("a_out"); p.add_argument("b_out")
    args = parser.parse_args()
    if args.command == "run":
        run(args.cases, args.out)
    elif args.command == "packet":
        packet(args.out, args.packet, args.part)
    elif args.command == "pair":
        pair(args.a, args.b, args.packet, args.key, args.part)
    elif args.command == "unblind":
        unblind(args.key, args.paired, args.a_out, args.b_out)
    else:
        tally(args.out, args.scores)


if __name__ == "__main__":
    main()
