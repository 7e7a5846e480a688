"""Offline answers from retrieved chunks: the curated FAQ answer when it is the best hit, otherwise an
extractive answer made of the best sentences of the top chunks in the asker's language.
"""
from __future__ import annotations

import re

from dataclasses import dataclass

from bot.knowledge.chunking import split_sentences
from bot.retrieval.lexical import overlap
from bot.types import Hit, Source, citations
from bot.texts import Templates

MAX_CHARS = {"zh": 260, "en": 520}  # a chat-sized answer: about three sentences in either language
RELATIVE_FLOOR = 0.15  # hits more than this below the best one are not used
MAX_CHUNKS = 3  # sentences come from the three best chunks at most: more only adds neighbouring topics
MAX_SENTENCES = 3  # an extractive answer is at most three sentences
MIN_SENTENCE_CHARS = 4  # shorter "sentences" are list markers and headings
OVERLAP_WEIGHT = 0.6  # a sentence's word overlap with the question counts a little more than its chunk's score
RANK_PENALTY = 0.05  # and a sentence from a lower-ranked chunk a little less


@dataclass
class Composition:
    text: str
    sources: list[Source]
    hits: list[Hit]
    used_faq: bool


def sources_of(hit: Hit) -> list[Source]:
    """A FAQ answer cites the documents its entry names; any other chunk cites itself."""
    listed = hit.metadata.get("faq_sources") or ""
    if hit.metadata.get("kind") == "faq_answer" and listed.strip():
        out = []
        for row in listed.splitlines():
            title, source, section = (row.split("\t") + ["", "", ""])[:3]
            if title or source:
                out.append(Source(title=title, source=source, section=section))
        if out:
            return out
    return [hit.as_source()]


def unique_sources(hits: list[Hit]) -> list[Source]:
    return citations(source for hit in hits for source in sources_of(hit))


def compose(question: str, lang: str, hits: list[Hit], templates: Templates, tokenize) -> Composition | None:
    """`tokenize(text, lang)` is the retriever's run-time segmentation."""
    if not hits:
        return None
    best = hits[0].score
    usable = [h for h in hits if h.score >= best - RELATIVE_FLOOR]
    own = [h for h in usable if h.language == lang]
    note = ""
    if not own:  # only the other language covers it: show it, and say so
        own = usable[:1]
        note = templates.text(lang, "answers", "other_language_note")
    if own[0].metadata.get("kind") == "faq_answer":
        return Composition(own[0].text, sources_of(own[0]), [own[0]], True)
    chosen = own[:MAX_CHUNKS]
    sentences = _best_sentences(question, lang, chosen, tokenize)
    body = ("" if lang == "zh" else " ").join(sentences)
    lead = templates.text(lang, "answers", "extractive_lead")
    parts = [f"{lead}\n{note}{body}" if note else f"{lead}\n{body}"]
    used = [h for h in chosen if any(s in h.text for s in sentences)] or chosen[:1]
    if any(h.metadata.get("reliability") == "low" for h in used):
        parts.append(templates.text(lang, "answers", "seed_caveat"))
    return Composition("\n".join(parts), unique_sources(used), used, False)


_ORPHAN_REFERENCE = re.compile(r"^(?:同一|该|这份|这一)(?=[A-Za-z\u4e00-\u9fff]{2,12}(?:报告|调查|研究|文件|通知))|^The same (?=\w+ (?:report|survey|study))")


def _same_sentence(a: str, b: str) -> bool:
    """Near-identical sentences (one chunk repeating another's): most characters shared."""
    x, y = (set(re.findall(r"[a-z0-9]+|[\u4e00-\u9fff]", text.lower())) for text in (a, b))
    return bool(x and y) and len(x & y) / min(len(x), len(y)) >= 0.9 and abs(len(a) - len(b)) <= max(len(a), len(b)) // 3


def _best_sentences(question: str, lang: str, hits: list[Hit], tokenize) -> list[str]:
    """Sentences ranked by overlap with the question plus their chunk's score, kept in reading order."""
    candidates = []
    question_tokens = {code: tokenize(question, code) for code in ("zh", "en")}
    for rank, hit in enumerate(hits):
        for position, sentence in enumerate(split_sentences(hit.text)):
            if len(sentence) < MIN_SENTENCE_CHARS:
                continue
            code = hit.language or lang
            shared = overlap(question_tokens.get(code, []), tokenize(sentence, code))
            score = hit.score + OVERLAP_WEIGHT * shared - RANK_PENALTY * rank
            candidates.append((score, rank, position, sentence, shared))
    if any(shared > 0 for *_, shared in candidates):
        # a sentence that shares no word with the question is a neighbouring topic of its chunk ("评委由平台运营人员担任"
        # beside the talent gap asked about): left out once some sentence does share one
        candidates = [c for c in candidates if c[4] > 0]
    candidates.sort(key=lambda c: c[0], reverse=True)
    limit, picked, size = MAX_CHARS.get(lang, 400), [], 0
    for score, rank, position, sentence, _ in candidates:
        if picked and size + len(sentence) > limit:
            continue
        sentence = _ORPHAN_REFERENCE.sub("", sentence)  # "同一BOSS直聘报告显示…" taken out of its paragraph
        if any(_same_sentence(sentence, other) for _, _, other in picked):
            continue  # the same fact from a second chunk
        picked.append((rank, position, sentence))
        size += len(sentence)
        if len(picked) >= MAX_SENTENCES:
            break
    return [s for _, _, s in sorted(picked)]
