"""The answering pipeline: language -> routing -> eligibility engine / FAQ / retrieval -> reply.

Order of decisions, and why:
1. Injection attempts get a fixed reply: nothing the asker writes changes the rules.
2. Eligibility with personal facts goes to the rule engine: a decision, never a text search.
3. A confident FAQ match gives the curated answer (including a trainer's own FAQ files).
4. Questions about facts the knowledge base cannot hold (exam dates, fees, venues, named schools)
   are refused with where to ask; out-of-scope questions are refused with what the advisor can do.
5. Everything else: an extractive answer from the best chunks, optionally phrased by an LLM.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
import time
from bot.composer import compose, unique_sources
from bot.conversation import Conversation
from bot.embeddings import make_embedder
from bot.intent import Routing, route
from bot.language import EN, ZH, Lang, detect, localize, to_simplified
from bot.models import Answer, Source
from bot.retrieval import Retriever
from bot.settings import Settings
from bot.templates import Templates
from bot.vectorstore import IndexUnavailable, VectorStore

log = logging.getLogger(__name__)

# Fused FAQ score (cosine + 0.3 x IDF-weighted word overlap) that a curated answer needs once the
# question is in scope. Measured on 230 questions of three sets: the best FAQ entry's answer was
# right for nearly every in-scope question down to ~0.55, and better than the extractive answer.
FAQ_ACCEPT = 0.55
FAQ_IN_SCOPE = 0.85  # an FAQ match this strong puts a question in scope without any domain word
FAQ_ACCEPT_NOT_COVERED = 0.93  # a date/fee/venue question needs a near-verbatim FAQ phrasing
IN_SCOPE_WITH_CORE = 0.40  # best chunk score under which even a domain question is "not covered"
IN_SCOPE_WITHOUT_CORE = 0.62  # without a domain word, the knowledge base must clearly match


class Advisor:
    def __init__(self, settings: Settings, embedder, store: VectorStore, templates: Templates, rules, llm=None):
        self.settings = settings
        self.embedder = embedder
        self.store = store
        self.templates = templates
        self.rules = rules
        self.llm = llm
        self._swap_lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None  # the LLM's event loop, started on first use
        self._loop_lock = threading.Lock()
        self._retriever = self._open_retriever()

    @classmethod
    def from_settings(cls, settings: Settings) -> "Advisor":
        from bot.eligibility import load_rules
        from bot.llm import LLMPhraser

        embedder = make_embedder(settings.embedding_model, settings.embedding_threads, cache_dir=settings.cache_dir)
        warmer = threading.Thread(target=_warm, args=(embedder,), daemon=True)
        warmer.start()  # the model's weights load while Chroma opens
        store = VectorStore.from_settings(settings, embedder)
        templates = Templates(settings.prompts_dir)
        advisor = cls(settings, embedder, store, templates, load_rules(settings.eligibility_rules_path),
                      LLMPhraser.from_settings(settings, templates))
        warmer.join()
        return advisor

    def _open_retriever(self) -> Retriever:
        try:
            collection, _ = self.store.open_active()
            return Retriever(collection, self.embedder, cache_dir=self.settings.cache_dir)
        except IndexUnavailable:
            raise
        except Exception as exc:
            raise IndexUnavailable(f"the index could not be opened ({exc.__class__.__name__}: {exc})") from exc

    def reload(self) -> None:
        """Open the newly active index, then swap: questions in flight finish on the old one."""
        fresh = self._open_retriever()
        with self._swap_lock:
            self._retriever = fresh

    def knowledge_summary(self) -> list[dict]:
        return self._retriever.documents()

    def search(self, query: str, k: int = 5):
        """The fused retrieval ranking for a query (what `advisor search` prints)."""
        return self._retriever.search(to_simplified(query), detect(query).code, k=k)

    # -- answering -----------------------------------------------------------------------------
    def answer(self, question: str, conversation: Conversation | None = None) -> Answer:
        started = time.perf_counter()
        conversation = conversation if conversation is not None else Conversation()
        raw = (question or "").strip()
        fallback = ZH if conversation.language == "zh" else EN
        lang = detect(raw, default=fallback)
        answer = self._answer(raw, lang, conversation)
        answer.text = localize(answer.text, lang)
        answer.sources = [Source(localize(s.title, lang), s.source, localize(s.section, lang)) for s in answer.sources]
        answer.latency_ms = (time.perf_counter() - started) * 1000
        answer.profile = conversation.profile
        conversation.last_intent = answer.intent
        conversation.remember(raw[:200], answer.text[:200])
        return answer

    def _answer(self, raw: str, lang: Lang, conversation: Conversation) -> Answer:
        if not raw:
            return self._fixed(raw, lang, "empty", "empty", refused=True)
        limit = self.settings.max_message_chars
        prefix = ""
        if len(raw) > limit:
            prefix = self.templates.text(lang.code, "answers", "too_long", limit=limit) + "\n\n"
            raw = raw[:limit]
        question = to_simplified(raw)
        routing = route(question)
        if routing.injection:
            return self._fixed(raw, lang, "injection", "injection", refused=True)
        answer = self._eligibility(question, raw, lang, routing, conversation)
        if answer is None:
            answer = self._from_knowledge(question, raw, lang, routing)
        if prefix:
            answer.text = prefix + answer.text
        return answer

    def _fixed(self, raw: str, lang: Lang, key: str, intent: str, refused: bool, **values) -> Answer:
        text = self.templates.text(lang.code, "answers", key, **values)
        return Answer(raw, text, lang.code, lang.script, intent, refused, [], via="refusal" if refused else "template")

    def _eligibility(self, question: str, raw: str, lang: Lang, routing: Routing, conversation: Conversation) -> Answer | None:
        from bot.eligibility import evaluate, parse_profile, render_decision, render_requirements

        profile = parse_profile(question)
        follow_up = conversation.last_intent == "eligibility" and profile.has_personal_facts
        asks = routing.intent == "eligibility"
        if profile.has_personal_facts and (asks or follow_up or profile.target_level is not None):
            merged = conversation.profile.merge(profile) if conversation.profile is not None else profile
            conversation.profile = merged
            decision = evaluate(merged, self.rules)
            text, sources = render_decision(decision, self.rules, lang.code, self.templates)
            sources = sources or [self._conditions_source(lang)]  # e.g. a question back: still cite
            return Answer(raw, text, lang.code, lang.script, "eligibility", False, sources, via="eligibility", decision=decision)
        if asks and profile.target_level is not None:
            text, sources = render_requirements(profile.target_level, self.rules, lang.code, self.templates, job_type=profile.job_type)
            if routing.personal:  # "can I apply for level 3?": the conditions, then what decides it
                text += "\n\n" + self.templates.text(lang.code, "answers", "ask_profile")
                conversation.profile = profile
            return Answer(raw, text, lang.code, lang.script, "eligibility", False, sources, via="eligibility")
        if asks and routing.personal and not routing.not_covered:
            # "我想考证，能报几级？": nothing to decide with yet; ask for the facts that decide it.
            text = self.templates.text(lang.code, "answers", "ask_profile")
            return Answer(raw, text, lang.code, lang.script, "eligibility", False, [self._conditions_source(lang)], via="eligibility")
        return None

    def _conditions_source(self, lang: Lang) -> Source:
        """The standard's application-conditions section, cited when a reply asks for facts."""
        section = self.templates.text(lang.code, "answers", "ask_profile_source_section")
        return Source(self.rules.standard_name(lang.code), ", ".join(self.rules.standard_sources), section)

    def _from_knowledge(self, question: str, raw: str, lang: Lang, routing: Routing) -> Answer:
        retriever = self._retriever
        try:
            vector = retriever.embed(question)
            faq = retriever.match_faq(question, lang.code, vector)
            hits = retriever.search(question, lang.code, k=6, vector=vector, faq=faq)
        except Exception as exc:
            raise IndexUnavailable(f"the index could not be queried ({exc.__class__.__name__})") from exc
        best = hits[0].score if hits else 0.0
        top = faq[0] if faq else None
        threshold = FAQ_ACCEPT
        if routing.not_covered and top is not None and route(top.phrasing).not_covered != routing.not_covered:
            # A fee question may only be answered by a FAQ entry about fees (e.g. a trainer's own
            # file); a general entry that happens to be close is no answer to it.
            threshold = FAQ_ACCEPT_NOT_COVERED
        in_scope = routing.core or (routing.support and best >= IN_SCOPE_WITHOUT_CORE)
        in_scope = in_scope or (top is not None and top.score >= FAQ_IN_SCOPE)
        if routing.other_occupation and not routing.core:
            in_scope = False
        if top is not None and top.score >= threshold and in_scope:
            hit = retriever.faq_answer(top.faq_id, lang.code)
            if hit is not None:
                intent = hit.metadata.get("intent") or routing.intent
                return self._finish(raw, lang, intent, hit.text, unique_sources([hit]), [hit], via="faq")
        if not in_scope:
            return self._fixed(raw, lang, "out_of_scope", "out_of_scope", refused=True)
        if routing.not_covered or best < IN_SCOPE_WITH_CORE:
            topic = self.templates.data(lang.code, "answers")["not_covered_topics"][routing.not_covered or "other"]
            return self._fixed(raw, lang, "not_covered", "not_covered", refused=True, topic=topic)
        composition = compose(question, lang.code, hits, self.templates, retriever.tokenize)
        if composition is None:
            return self._fixed(raw, lang, "not_covered", "not_covered", refused=True, topic="")
        return self._finish(raw, lang, routing.intent, composition.text, composition.sources, composition.hits,
                            via="faq" if composition.used_faq else "offline")

    def _finish(self, raw: str, lang: Lang, intent: str, text: str, sources: list[Source], hits, via: str) -> Answer:
        if self.llm is not None:
            phrased = self._phrase_with_deadline(raw, lang.code, hits, text)
            if phrased:
                text, via = phrased, "llm"
        return Answer(raw, text, lang.code, lang.script, intent, False, sources, via=via)


    def _phrase_with_deadline(self, raw: str, lang: str, hits, text: str) -> str | None:
        """The async path has a hard overall deadline (the sync one only per-request timeouts).
        `answer` runs in a worker thread or the CLI, where no event loop is running. The coroutine
        runs on one long-lived loop: the chat model's async HTTP pool is bound to the loop that
        opened its connections, so a fresh `asyncio.run` per answer failed every other request
        with "Event loop is closed"."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            future = asyncio.run_coroutine_threadsafe(self.llm.aphrase(raw, lang, hits, text), self._llm_loop())
            backstop = getattr(self.llm, "timeout_s", self.settings.llm_timeout_s) + 5.0  # aphrase bounds itself
            try:
                return future.result(timeout=backstop)
            except concurrent.futures.TimeoutError:
                future.cancel()
                log.warning("LLM answer abandoned after %.1f s, using the offline answer", backstop)
                return None
        return self.llm.phrase(raw, lang, hits, text)

    def _llm_loop(self) -> asyncio.AbstractEventLoop:
        with self._loop_lock:
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
                threading.Thread(target=self._loop.run_forever, name="llm-loop", daemon=True).start()
            return self._loop


def _warm(embedder) -> None:
    try:
        if hasattr(embedder, "warm_up"):
            embedder.warm_up()
    except Exception:  # warming is an optimisation; the first question will load lazily instead
        log.debug("warm-up failed", exc_info=True)
