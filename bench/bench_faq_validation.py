"""Which FAQ entry a realistic question gets: the FAQ matching alone, and the whole advisor's reply.

    .venv/bin/python bench/bench_faq_validation.py [bench/data/faq_validation.jsonl] [--show]

The questions were written by a helper that read only the FAQ files (never the training phrasings in
knowledge/understanding/, the tests or the conversation sets), in users' own words, each labelled with the
entry whose answer answers it best, plus questions no entry answers ("none"). They measure; nothing is
trained on them, so the figure says how the matcher does on wording it has not seen.

Two figures:
- matching: the first entry of `match_faq` is the labelled one (top-1) or among the first three (top-3);
- reply: the advisor's single-turn reply carries the labelled entry's answer. For a "none" question the
  reply is right when it carries no entry's answer (it says the knowledge base does not hold it, or
  refuses with a place to ask).
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

DEFAULT = Path(__file__).resolve().parent / "data" / "faq_validation.jsonl"
PREFIX = 22  # characters of an entry's answer that identify it inside a reply
# Entries whose question the eligibility engine answers (the conditions of a level, or the asker's own case
# against them): its reply is right for them. The capabilities entry opens the out-of-scope reply too, so it
# is not counted as an entry's answer given.
ENGINE_ANSWERS = {"level1-requirements", "level2-requirements", "level3-requirements", "level4-requirements",
                  "level5-requirements", "level1-wait-after-level2", "level5-no-experience"}
NOT_AN_ENTRY = {"bot-capabilities"}


def answer_prefixes(retriever) -> dict[str, list[str]]:
    """faq_id -> the opening of its answer in each language (Simplified for Chinese)."""
    from bot.language import to_simplified

    out: dict[str, list[str]] = {}
    for (faq_id, _lang), cid in retriever.faq_answers.items():
        text = to_simplified(retriever.records[cid][0]).strip()
        out.setdefault(faq_id, []).append(text[:PREFIX])
    return out


def entries_in(reply: str, prefixes: dict[str, list[str]]) -> set[str]:
    from bot.language import to_simplified

    flat = to_simplified(reply)
    return {faq_id for faq_id, heads in prefixes.items() if any(h and h in flat for h in heads)}


def main(argv: list[str]) -> int:
    from bot.answering.advisor import Advisor
    from bot.answering.conversation import Conversation
    from bot.language import detect, mandarin_words, to_simplified
    from bot.settings import get_settings

    show = "--show" in argv
    paths = [a for a in argv if not a.startswith("--")]
    path = Path(paths[0]) if paths else DEFAULT
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    advisor = Advisor.from_settings(get_settings())
    retriever = advisor._index.current()
    known = {meta.get("faq_id") for _, meta in retriever.records.values() if meta.get("kind") == "faq_question"}
    prefixes = answer_prefixes(retriever)
    top1 = top3 = labelled = 0
    reply_right: Counter = Counter()
    reply_total: Counter = Counter()
    outcome: Counter = Counter()
    for row in rows:
        text, label, script = row["text"], row["faq_id"], row.get("script", "?")
        if label != "none" and label not in known:
            continue
        asked = mandarin_words(to_simplified(text))
        lang = detect(text).code
        if label != "none":
            labelled += 1
            ranked = retriever.match_faq(asked, lang, retriever.embed(asked))
            top1 += bool(ranked) and ranked[0].faq_id == label
            top3 += label in [m.faq_id for m in ranked[:3]]
        answer = advisor.answer(text, Conversation())
        found = entries_in(answer.text, prefixes) - (NOT_AN_ENTRY - {label} if answer.refused else set())
        if label == "none":
            right = not found
            kind = "none: no entry" if right else "none: an entry"
        else:
            right = label in found or (label in ENGINE_ANSWERS and answer.via == "eligibility")
            kind = "right entry" if right else ("other entry" if found else f"no entry ({answer.via})")
        outcome[kind] += 1
        group = "none" if label == "none" else script
        reply_total[group] += 1
        reply_right[group] += right
        if show and not right:
            print(f"  [{label}] {text}\n      -> {sorted(found) or answer.via}: {answer.text[:90]!r}")
    print(f"{path.name}: {labelled} labelled questions, {reply_total['none']} with no entry")
    print(f"matching: top-1 {top1}/{labelled} = {100 * top1 / max(labelled, 1):.1f}%,"
          f" top-3 {top3}/{labelled} = {100 * top3 / max(labelled, 1):.1f}%")
    total_right, total = sum(reply_right.values()), sum(reply_total.values())
    print(f"reply: {total_right}/{total} = {100 * total_right / max(total, 1):.1f}% right   "
          + "  ".join(f"{g} {reply_right[g]}/{reply_total[g]}" for g in sorted(reply_total)))
    print("  " + ", ".join(f"{k} {v}" for k, v in outcome.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
