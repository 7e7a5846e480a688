"""Pinned phrasings (bot/retrieval/faq_pinned.py) checked before they ship: which curated FAQ questions of another
entry a pinned phrasing would take (a clash: that question would get the pinned entry), and which messages of the
stored realistic conversations reach a pinned entry, per entry, so that a new phrasing's reach can be read over.

    .venv/bin/python bench/bench_pinned_phrasings.py            # clashes and the count of messages reached
    .venv/bin/python bench/bench_pinned_phrasings.py --list     # every message reached, with its entry

A clash is to be removed before shipping (reword the phrasing or drop it); the list of messages reached is read by
eye: a message that does not ask the entry's question is a false reach.
"""
from __future__ import annotations

import glob
import json
import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

CONVERSATIONS = Path(__file__).resolve().parent / "data" / "conversations"


def main() -> int:
    import numpy as np

    from bot.answering.advisor import Advisor
    from bot.retrieval.faq_pinned import OVERLAP_MIN, PINNED_MIN, marks, overlap
    from bot.retrieval.faq_selector import as_asked
    from bot.settings import get_settings

    retriever = Advisor.from_settings(get_settings())._index.current()
    pinned = retriever.pinned
    if not pinned.texts:
        print("no pinned phrasings")
        return 0
    matrix = retriever.faq_matrix / np.maximum(np.linalg.norm(retriever.faq_matrix, axis=1, keepdims=True), 1e-9)
    curated = [(as_asked(retriever.records[cid][0]), retriever.records[cid][1].get("faq_id", "")) for cid in retriever.faq_rows]
    clashes = 0
    for row, (text, faq_id) in enumerate(zip(pinned.texts, pinned.ids)):
        sims = matrix @ pinned.matrix[row]
        for other in np.argsort(-sims)[:40]:
            question, entry = curated[other]
            if entry != faq_id and sims[other] >= PINNED_MIN and marks(question) == marks(text) \
                    and overlap(question, text) >= OVERLAP_MIN:
                clashes += 1
                print(f"CLASH {faq_id}: {text!r} takes {entry}'s {question!r} ({sims[other]:.3f})")
    reached, seen = [], set()
    for path in sorted(glob.glob(str(CONVERSATIONS / "set*.jsonl"))):
        for line in open(path, encoding="utf-8"):
            case = json.loads(line)
            for turn in case["turns"]:
                asked = as_asked(turn)
                if asked in seen:
                    continue
                seen.add(asked)
                hit = pinned.entry_for(asked, retriever.embed(asked))
                if hit is not None:
                    reached.append((case["id"], hit[0], hit[1], turn))
    print(f"pinned phrasings: {len(pinned.texts)} for {len(set(pinned.ids))} entries; clashes with curated questions: {clashes}")
    print(f"stored messages reaching a pinned entry: {len(reached)} of {len(seen)}")
    for entry, count in Counter(entry for _, entry, _, _ in reached).most_common():
        print(f"  {entry}: {count}")
    if "--list" in sys.argv:
        for case_id, entry, sim, turn in reached:
            print(f"{case_id}\t{entry}\t{sim:.3f}\t{turn}")
    return 1 if clashes else 0


if __name__ == "__main__":
    sys.exit(main())
