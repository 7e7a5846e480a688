"""The FAQ entry classifier beside nearest-phrasing matching: top-1 accuracy on held-out phrasings
(train on every FAQ file's own questions and 80% of knowledge/understanding/faq_phrasings.*.yaml,
rank the other 20%) for several weights of the classifier's vote, and the training time.

    .venv/bin/python bench/bench_faq_selector.py

The shipped SELECTOR_WEIGHT (bot/retrieval/retriever.py) was chosen from this table together with the
regex sets (tests/test_quality_floors.py) and the replies to the realistic conversations: a weight the table
likes must not cost those.
"""
from __future__ import annotations

import os
import zlib
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

WEIGHTS = (0.0, 0.15, 0.3, 0.5, 0.8, 1.0, 1.2)


def main() -> int:
    import bot.retrieval.retriever as retrieval
    from bot.answering.advisor import Advisor
    from bot.language import detect
    from bot.retrieval.faq_selector import extra_phrasings
    from bot.settings import get_settings

    settings = get_settings()
    retriever = Advisor.from_settings(settings)._index.current()
    known = {meta.get("faq_id") for _, meta in retriever.records.values() if meta.get("kind") == "faq_question"}
    pairs = [(text, faq_id) for text, faq_id in extra_phrasings(settings.understanding_dir) if faq_id in known]
    if not pairs:
        print(f"no extra phrasings in {settings.understanding_dir}")
        return 1
    # held out by a stable hash of each phrasing (one in five): adding phrasings moves no other one between the
    # sides, so runs before and after a change to the data are scored on the same held-out phrasings
    test = [pair for pair in pairs if zlib.crc32(pair[0].encode("utf-8")) % 5 == 0]
    train = [pair for pair in pairs if zlib.crc32(pair[0].encode("utf-8")) % 5 != 0]
    started = time.perf_counter()
    retriever._build_faq_matching(list(retriever.faq_matrix), train)  # no cache: trained on this split
    print(f"trained on {len(retriever.faq_rows)} FAQ phrasings + {len(train)} extra in {time.perf_counter() - started:.1f} s;"
          f" {len(test)} held-out phrasings, {len(known)} entries")
    vectors = retriever.embedder.embed_documents([text for text, _ in test])
    for weight in WEIGHTS:
        retrieval.SELECTOR_WEIGHT = weight
        retriever._faq_matches.clear()
        right, by_script = 0, Counter()
        for (text, faq_id), vector in zip(test, vectors):
            lang = detect(text).code
            ranked = retriever.match_faq(text, lang, vector)
            hit = bool(ranked) and ranked[0].faq_id == faq_id
            right += hit
            by_script[(lang, hit)] += 1
        per_lang = "  ".join(f"{lang} {by_script[(lang, True)]}/{by_script[(lang, True)] + by_script[(lang, False)]}"
                             for lang in ("zh", "en"))
        print(f"  weight {weight:4.2f}: top-1 {right}/{len(test)} = {100 * right / len(test):5.1f}%   ({per_lang})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
