"""Hybrid retrieval on the real index: languages, FAQ phrasings, and the per-build state cache."""
from __future__ import annotations

import pytest

import bot.retrieval.retriever as retrieval
from bot.index.embeddings import make_embedder
from bot.retrieval.retriever import Retriever
from bot.index.vectorstore import VectorStore


@pytest.fixture(scope="module")
def collection(test_settings, built_index):
    embedder = make_embedder()
    collection, _ = VectorStore.from_settings(test_settings, embedder).open_active()
    return collection, embedder


def test_english_question_reaches_chinese_first_content_and_vice_versa(collection):
    retriever = Retriever(*collection)
    english = retriever.search("How are network marketing staff graded inside a company?", "en", k=3)
    assert any("supervisor" in h.text or "director" in h.text for h in english)
    chinese = retriever.search("平台管理员最高能考到几级", "zh", k=3)
    assert chinese[0].language == "zh" and "三" in chinese[0].text


def test_faq_phrasings_rank_the_right_entry(collection):
    retriever = Retriever(*collection)
    assert retriever.match_faq("互联网营销师分几个工种？", "zh")[0].faq_id == "job-types"
    assert retriever.match_faq("Who issues the certificate?", "en")[0].faq_id == "certificate-issuer"


def test_state_is_cached_per_index_build(collection, tmp_path, monkeypatch):
    built = Retriever(*collection, cache_dir=tmp_path)
    cached = list(tmp_path.glob("retriever-*.pickle"))
    assert len(cached) == 1 and collection[0].name in cached[0].name

    def no_reading(*args, **kwargs):
        raise AssertionError("the cache should have been used")

    monkeypatch.setattr(retrieval, "read_all", no_reading)
    again = Retriever(*collection, cache_dir=tmp_path)
    query = "直播销售员的培训学时"
    assert [h.chunk_id for h in again.search(query, "zh")] == [h.chunk_id for h in built.search(query, "zh")]

    cached[0].write_bytes(b"not a pickle")
    monkeypatch.undo()
    rebuilt = Retriever(*collection, cache_dir=tmp_path)
    assert [h.chunk_id for h in rebuilt.search(query, "zh")] == [h.chunk_id for h in built.search(query, "zh")]
