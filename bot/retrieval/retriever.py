"""Hybrid retrieval over the active index: dense (Chroma) + keyword (BM25, same language) + FAQ phrasings.

Fusion: the dense cosine similarity carries across languages; the keyword score is added only for
chunks in the query's language; a chunk in the asker's language gets a small bonus (it can be shown
as is), low-reliability material (the user's machine-translated seeds) a small malus. A hit in the
other language pulls in its sibling chunk (same doc_id and section position) in the asker's language,
so an English question still reaches a Chinese-first answer and vice versa.
"""
from __future__ import annotations

import logging
import pickle
import threading
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bot.knowledge.tokens import Vocabulary, tokens
from bot.retrieval.faq_pinned import PinnedPhrasings
from bot.retrieval.faq_selector import as_asked, cached_or_trained, embedded_phrasings, extra_phrasings, phrasings_digest
from bot.retrieval.faq_subjects import load_subjects
from bot.retrieval.lexical import KeywordIndex, TermWeights, figures
from bot.retrieval.model_files import remove_older, write_atomically
from bot.types import Hit
from bot.index.vectorstore import read_all

log = logging.getLogger(__name__)

KEYWORD_WEIGHT = 0.35  # BM25 (same language only) beside the dense cosine: measured best on the dev set
SAME_LANGUAGE_BONUS = 0.05  # a chunk in the asker's language can be shown as is
RELIABILITY_ADJUST = {"low": -0.08, "medium": 0.0, "high": 0.02}  # the seeds' machine translations rank last
FAQ_ANSWER_BONUS = 0.02  # a curated answer wins a near tie with a document chunk
FAQ_LEXICAL_WEIGHT = 0.3  # FAQ matching: IDF-weighted word overlap beside the cosine of the best phrasing
# An entry whose answer holds a figure the message quotes ("72% of hosts switched careers, true?"): so much
# closer. Small beside a near phrasing (~0.8), enough to lift a claim asked in other words over the bar (0.55).
FAQ_FIGURE_BONUS = 0.15
CONTENT_KINDS = ("doc", "rules", "faq_answer")
FAQ_ANSWER_MIN = 0.5  # a FAQ entry's answer joins the content ranking only when its phrasing is this close
FAQ_MATCH_CACHE = 512  # remembered FAQ rankings (per index build): enough for the messages in flight
# The FAQ entry classifier's vote beside the fused similarity (see faq_selector.py): it reorders
# neighbouring entries; chosen on the held-out phrasings (bench/bench_faq_selector.py, 178 entries: top-1 79.8%
# at 0.5, 82.2% at 0.8, 84.2% at 1.0 to 1.5) and the regex sets (unchanged from 0.8 to 1.5); above 1.0 the
# realistic conversations' replies changed both ways (an age entry for "is it too old?"), at 1.0 only for the better.
RANK_TIE = 0.005  # ranks this close are level: which entry wins is the vote's to say
VOTE_CLEARLY_MORE = 0.05  # ...when the vote prefers one clearly
SELECTOR_WEIGHT = 1.0
# A message near a pinned phrasing (faq_pinned.py): the entry's vote is as sure as the classifier's surest, and it
# leads every other entry by this much, so that neighbouring entries never outrank it
PINNED_VOTE = 1.0
PINNED_LEAD = 1.0
SELECTOR_CANDIDATES = 3  # the classifier's top entries are always compared, however far their phrasings


@dataclass
class FaqMatch:
    faq_id: str
    score: float  # fused: dense similarity + lexical overlap with the best phrasing (what policy.py accepts)
    dense: float
    lexical: float
    phrasing: str
    margin: float  # lead over the best other entry
    vote: float | None = None  # the FAQ classifier's vote: about 1 for the entry asked for (None: no classifier)
    rank: float = 0.0  # score + SELECTOR_WEIGHT x vote: the order of the entries


STATE_VERSION = 2  # bump when the cached state's contents change: an older cache is then rebuilt, not misread
_STATE = ("records", "faq_answers", "_siblings", "_tokens", "keyword", "vocabulary", "term_weights",
          "faq_rows", "faq_matrix", "selector")


class Retriever:
    def __init__(self, collection, embedder, cache_dir: Path | None = None, phrasings_dir: Path | None = None,
                 model_cache_dir: Path | None = None):
        """`phrasings_dir`: where the FAQ classifier's extra training phrasings live (None: none);
        `model_cache_dir`: where the classifier and the phrasings' vectors are cached, named by what they
        were made from, so every index and process can share them (default: `cache_dir`)."""
        self._model_cache_dir = model_cache_dir or cache_dir
        self.collection = collection
        self.embedder = embedder
        self._faq_matches: dict[tuple[str, str, int], list[FaqMatch]] = {}
        self._faq_lock = threading.Lock()
        self._figures_by_entry: dict[str, frozenset[str]] | None = None  # faq_id -> figures its answers hold (first asked)
        self._digest = phrasings_digest(phrasings_dir)
        self.subjects = load_subjects(phrasings_dir)  # entries that answer only a message naming their subject
        if not self._load_cached(cache_dir):
            self._build(read_all(collection, include_embeddings=True), extra_phrasings(phrasings_dir), self._model_cache_dir)
            self._save_cached(cache_dir)
        # (read apart from the cached state: a pinned phrasing added changes no classifier and no index)
        self.pinned = PinnedPhrasings.load(phrasings_dir, self.embedder.embed_documents, getattr(self.embedder, "name", "embedder"),
                                           self._model_cache_dir, {self.records[cid][1].get("faq_id", "") for cid in self.faq_rows})

    # -- derived state, cached per index build ---------------------------------------------------
    def _cache_path(self, cache_dir: Path | None) -> Path | None:
        # A collection name is unique per ingest, so a cached state can never be stale.
        name = f"retriever-{self.collection.name}-{self._digest}-v{STATE_VERSION}.pickle"
        return Path(cache_dir) / name if cache_dir else None

    def _load_cached(self, cache_dir: Path | None) -> bool:
        """Unpickling the keyword indexes takes 0.1 s; rebuilding them from Chroma 0.7 s."""
        path = self._cache_path(cache_dir)
        if path is None or not path.exists():
            return False
        try:
            state = pickle.loads(path.read_bytes())
            for name in _STATE:
                setattr(self, name, state[name])
            return True
        except Exception:  # a damaged cache only costs a rebuild
            log.warning("retriever cache %s unreadable; rebuilding", path.name)
            return False

    def _save_cached(self, cache_dir: Path | None) -> None:
        path = self._cache_path(cache_dir)
        if path is None:
            return
        state = pickle.dumps({name: getattr(self, name) for name in _STATE}, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            write_atomically(path, lambda tmp: tmp.write_bytes(state))
            remove_older(path, "retriever-*.pickle")
        except OSError:
            log.warning("could not write the retriever cache in %s", path.parent)

    def _build(self, records: dict[str, Any], phrasings: list[tuple[str, str]], cache_dir: Path | None = None) -> None:
        self.records: dict[str, tuple[str, dict[str, Any]]] = {}
        self.faq_answers: dict[tuple[str, str], str] = {}  # (faq_id, lang) -> chunk id
        self._siblings: dict[tuple[str, int, str], list[str]] = defaultdict(list)
        by_lang: dict[str, tuple[list[str], list[list[str]]]] = {"zh": ([], []), "en": ([], [])}
        self._tokens: dict[str, list[str]] = {}
        self.faq_rows: list[str] = []  # FAQ phrasing chunk ids, the rows of faq_matrix
        faq_vectors = []
        embeddings = records.get("embeddings") or [None] * len(records["ids"])
        for cid, text, meta, vector in zip(records["ids"], records["documents"], records["metadatas"], embeddings):
            meta = meta or {}
            self.records[cid] = (text or "", meta)
            kind, lang = meta.get("kind"), meta.get("language", "")
            # Tokens are stored at ingest, so starting needs no segmentation of the whole corpus.
            self._tokens[cid] = meta["tokens"].split() if "tokens" in meta else tokens(text or "", lang)
            if kind == "faq_question":
                self.faq_rows.append(cid)
                faq_vectors.append(vector)
                continue
            if kind == "faq_answer":
                self.faq_answers[(meta.get("faq_id", ""), lang)] = cid
                if meta.get("routed_only"):
                    continue  # (given only where a slot routes to it: not searched)
            if "position" in meta:
                self._siblings[(meta.get("doc_id", ""), int(meta["position"]), lang)].append(cid)
            if lang in by_lang:
                by_lang[lang][0].append(cid)
                by_lang[lang][1].append(self._tokens[cid])
        self.keyword = {lang: KeywordIndex(ids, toks, lang) for lang, (ids, toks) in by_lang.items()}
        self.vocabulary = Vocabulary(w for toks in by_lang["zh"][1] for w in toks) if by_lang["zh"][1] else None
        # Word weights from everything written in a language, FAQ phrasings included.
        self.term_weights = {
            lang: TermWeights([toks for cid, toks in self._tokens.items() if self.records[cid][1].get("language") == lang])
            for lang in by_lang
        }
        self._build_faq_matching(faq_vectors, phrasings, cache_dir)

    def _build_faq_matching(self, faq_vectors: list, phrasings: list[tuple[str, str]], cache_dir: Path | None = None) -> None:
        """Exact cosine over every FAQ phrasing (a few thousand rows), and the FAQ entry classifier
        (reused from the cache when the phrasings are unchanged: a flip then costs no training)."""
        if self.faq_rows and any(v is None for v in faq_vectors):
            faq_vectors = self.embedder.embed_documents([self.records[cid][0] for cid in self.faq_rows])
        # (a knowledge folder with documents and no FAQ entry at all has no rows: an empty matrix, no selector)
        self.faq_matrix = np.asarray(faq_vectors, dtype=np.float32).reshape(len(self.faq_rows), -1) if self.faq_rows \
            else np.zeros((0, 0), dtype=np.float32)
        known = {self.records[cid][1].get("faq_id", "") for cid in self.faq_rows}
        extra = [(text, faq_id) for text, faq_id in phrasings if faq_id in known]
        self.selector = None
        if len(known) < 2:
            return
        texts = [as_asked(self.records[cid][0]) for cid in self.faq_rows] + [text for text, _ in extra]
        labels = [self.records[cid][1].get("faq_id", "") for cid in self.faq_rows] + [faq_id for _, faq_id in extra]

        name = getattr(self.embedder, "name", "embedder")

        def vectors():
            if not extra:
                return self.faq_matrix
            more = embedded_phrasings([t for t, _ in extra], self.embedder.embed_documents, name, cache_dir)
            return np.vstack([self.faq_matrix, more])

        self.selector = cached_or_trained(texts, labels, vectors, name, cache_dir)

    def embed(self, query: str) -> list[float]:
        return self.embedder.embed_query(query)

    def tokenize(self, text: str, lang: str) -> list[str]:
        """Run-time segmentation, consistent with the tokens stored at ingest (see Vocabulary)."""
        return tokens(text, lang, self.vocabulary if lang == "zh" else None)

    # -- content chunks ------------------------------------------------------------------------
    def search(self, query: str, lang: str, k: int = 5, vector: list[float] | None = None,
               faq: list[FaqMatch] | None = None) -> list[Hit]:
        vector = vector if vector is not None else self.embed(query)
        faq = faq if faq is not None else self.match_faq(query, lang, vector)
        dense = self._dense(vector, {"kind": {"$in": list(CONTENT_KINDS)}}, 30)
        keyword = self.keyword[lang].scores(self.tokenize(query, lang)) if lang in self.keyword else {}
        candidates = set(dense) | set(sorted(keyword, key=keyword.get, reverse=True)[:30])
        scored: dict[str, float] = {}
        for cid in candidates:
            text, meta = self.records[cid]
            score = dense.get(cid, 0.0)
            if meta.get("language") == lang:
                score += KEYWORD_WEIGHT * keyword.get(cid, 0.0) + SAME_LANGUAGE_BONUS
            score += RELIABILITY_ADJUST.get(meta.get("reliability", "medium"), 0.0)
            if meta.get("kind") == "faq_answer":
                score += FAQ_ANSWER_BONUS
            scored[cid] = max(scored.get(cid, -1.0), score)
        for match in faq[:3]:
            # A question phrased like a FAQ entry's question is answered by that entry's answer; a far
            # phrasing ("宝妈在家带娃能干这行吗" near the entry on minors tipping) brings no answer along.
            if match.score < FAQ_ANSWER_MIN:
                continue
            answer = self.faq_answers.get((match.faq_id, lang))
            if answer is not None:
                scored[answer] = max(scored.get(answer, -1.0), match.score + SAME_LANGUAGE_BONUS)
        for cid, score in list(scored.items()):
            meta = self.records[cid][1]
            if meta.get("language") != lang and "position" in meta:
                for sibling in self._siblings.get((meta.get("doc_id", ""), int(meta["position"]), lang), []):
                    scored[sibling] = max(scored.get(sibling, -1.0), score - 0.02)
        best = sorted(scored.items(), key=lambda item: item[1], reverse=True)[:k]
        return [Hit(cid, self.records[cid][0], score, dict(self.records[cid][1])) for cid, score in best]

    def _dense(self, vector: list[float], where: dict, n: int) -> dict[str, float]:
        result = self.collection.query(query_embeddings=[vector], n_results=n, where=where, include=["distances"])
        ids, distances = result["ids"][0], result["distances"][0]
        return {cid: 1.0 - float(d) for cid, d in zip(ids, distances)}

    # -- FAQ -----------------------------------------------------------------------------------
    def match_faq(self, query: str, lang: str, vector: list[float] | None = None, n: int = 30) -> list[FaqMatch]:
        """FAQ entries ranked by their best phrasing (any language for dense, query language for words).

        Remembered per (query, language): one answer asks about the same message several times (is it
        answered by the FAQ, does it stand alone as a follow-up, the final ranking). The vector is the
        query's own embedding, so it adds nothing to the key. Callers must not change the list.
        """
        key = (query, lang, n)
        with self._faq_lock:
            cached = self._faq_matches.get(key)
        if cached is not None:
            return cached
        ranked = self._match_faq(query, lang, vector if vector is not None else self.embed(query), n)
        with self._faq_lock:
            if len(self._faq_matches) >= FAQ_MATCH_CACHE:
                self._faq_matches.clear()
            self._faq_matches[key] = ranked
        return ranked

    def _match_faq(self, query: str, lang: str, vector: list[float], n: int) -> list[FaqMatch]:
        if not self.faq_rows:
            return []
        sims = self.faq_matrix @ np.asarray(vector, dtype=np.float32)
        votes = self.selector.scores(query, vector) if self.selector is not None else {}
        favoured = set(sorted(votes, key=votes.get, reverse=True)[:SELECTOR_CANDIDATES])
        rows = set(np.argsort(-sims)[:n].tolist())
        rows |= {i for i, cid in enumerate(self.faq_rows) if self.records[cid][1].get("faq_id") in favoured}
        query_tokens = self.tokenize(query, lang)
        weights = self.term_weights.get(lang)
        quoted = figures(query)
        held = self._entry_figures() if quoted else {}
        best: dict[str, FaqMatch] = {}
        unnamed = self.subjects.unnamed_in(query)
        for row in rows:
            cid, sim = self.faq_rows[row], float(sims[row])
            text, meta = self.records[cid]
            if meta.get("faq_id") in unnamed:
                continue
            lexical = 0.0
            if meta.get("language") == lang and weights is not None:
                lexical = weights.overlap(query_tokens, self._tokens.get(cid, []))
            faq_id = meta.get("faq_id", "")
            fused = sim + FAQ_LEXICAL_WEIGHT * lexical + (FAQ_FIGURE_BONUS if quoted & held.get(faq_id, frozenset()) else 0.0)
            if faq_id not in best or fused > best[faq_id].score:
                vote = votes.get(faq_id) if votes else None
                best[faq_id] = FaqMatch(faq_id, fused, sim, lexical, text, 0.0, vote, fused + SELECTOR_WEIGHT * (vote or 0.0))
        pinned = self.pinned.entry_for(query, vector) if getattr(self, "pinned", None) is not None else None
        if pinned is not None and pinned[0] not in unnamed:
            # A message near a pinned phrasing: that entry, as sure as the classifier ever is, and as close as the phrasing
            faq_id, sim = pinned
            known = best.get(faq_id)
            score = max(sim, known.score if known is not None else 0.0)
            vote = max(PINNED_VOTE, (known.vote or 0.0) if known is not None else 0.0)
            phrasing = known.phrasing if known is not None else self.pinned.texts[self.pinned.ids.index(faq_id)]
            best[faq_id] = FaqMatch(faq_id, score, max(sim, known.dense if known is not None else 0.0),
                                    known.lexical if known is not None else 0.0, phrasing, 0.0, vote,
                                    score + SELECTOR_WEIGHT * vote + PINNED_LEAD)
        # The classifier's vote orders the entries; whether the first one answers the message at all
        # is still decided on its own similarity (`score`), so the thresholds keep their meaning.
        ranked = sorted(best.values(), key=lambda m: m.rank, reverse=True)
        # (two entries all but level: the classifier's vote decides, so that a retrain's noise in the third decimal
        # does not swap the answer: "is this cert even useful?" 0.815 vs 0.813, votes 0.25 vs 0.08)
        for i in range(len(ranked) - 1):
            first, second = ranked[i], ranked[i + 1]
            if first.rank - second.rank < RANK_TIE and (second.vote or 0.0) > (first.vote or 0.0) + VOTE_CLEARLY_MORE:
                ranked[i], ranked[i + 1] = second, first
        for i, match in enumerate(ranked):
            runner_up = ranked[i + 1].rank if i + 1 < len(ranked) else 0.0
            match.margin = match.rank - runner_up
        return ranked

    def _entry_figures(self) -> dict[str, frozenset[str]]:
        """faq_id -> the figures its answers hold (both languages), worked out once."""
        if self._figures_by_entry is None:
            by_entry: dict[str, set[str]] = defaultdict(set)
            for (faq_id, _), cid in self.faq_answers.items():
                by_entry[faq_id] |= figures(self.records[cid][0])
            self._figures_by_entry = {faq_id: frozenset(found) for faq_id, found in by_entry.items()}
        return self._figures_by_entry

    def faq_answer(self, faq_id: str, lang: str) -> Hit | None:
        cid = self.faq_answers.get((faq_id, lang)) or self.faq_answers.get((faq_id, "zh" if lang == "en" else "en"))
        if cid is None:
            return None
        text, meta = self.records[cid]
        return Hit(cid, text, 1.0, dict(meta))

    def documents(self) -> list[dict[str, Any]]:
        """What the index holds, one row per file."""
        rows: dict[str, dict[str, Any]] = {}
        for _, meta in self.records.values():
            path = meta.get("path", "")
            row = rows.setdefault(
                path,
                {"path": path, "title_zh": meta.get("title_zh", ""), "title_en": meta.get("title_en", ""),
                 "source": meta.get("source", ""), "language": set(), "chunks": 0},
            )
            row["language"].add(meta.get("language", ""))
            row["chunks"] += 1
            for key in ("title_zh", "title_en"):
                if not row[key] and meta.get(key):
                    row[key] = meta[key]
        out = []
        for row in sorted(rows.values(), key=lambda r: r["path"]):
            row["language"] = "+".join(sorted(x for x in row["language"] if x))
            out.append(row)
        return out
