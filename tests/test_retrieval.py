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


def test_faq_classifier_separates_neighbouring_entries(test_settings, collection):
    """Nearest phrasing alone puts the age for streaming first for a question about minors tipping; the
    classifier trained on the entries' phrasings knows which words separate the two."""
    retriever = Retriever(*collection, phrasings_dir=test_settings.understanding_dir)
    question = "未成年能在我直播间刷礼物吗"
    assert retriever.match_faq(question, "zh")[0].faq_id == "tipping-and-minors"
    plain = retriever.match_faq("互联网营销师分几个工种？", "zh")
    assert plain[0].faq_id == "job-types" and plain[0].vote == max(m.vote for m in plain)


def test_without_the_classifier_the_neighbour_wins(collection, monkeypatch):
    """The same question with the classifier's vote weighed at zero: the test above is not vacuous."""
    monkeypatch.setattr(retrieval, "SELECTOR_WEIGHT", 0.0)
    retriever = Retriever(*collection)
    assert retriever.match_faq("未成年能在我直播间刷礼物吗", "zh")[0].faq_id != "tipping-and-minors"


def test_extra_phrasings_change_the_cached_state_name(test_settings, collection, tmp_path):
    folder = tmp_path / "understanding"
    folder.mkdir()
    cache = tmp_path / "cache"
    Retriever(*collection, cache_dir=cache, phrasings_dir=folder)
    before = [p.name for p in cache.glob("retriever-*.pickle")]
    (folder / "faq_phrasings.mine.yaml").write_text(
        "phrasings:\n  job-types:\n    zh: [\"这行分几种岗位\"]\n  no-such-entry:\n    zh: [\"ignored\"]\n", encoding="utf-8")
    Retriever(*collection, cache_dir=cache, phrasings_dir=folder)
    after = [p.name for p in cache.glob("retriever-*.pickle")]
    assert len(before) == len(after) == 1 and before != after  # retrained, not reused


def test_extra_phrasings_are_read_as_messages_reach_matching(tmp_path):
    from bot.retrieval.faq_selector import extra_phrasings

    (tmp_path / "faq_phrasings.x.yaml").write_text(
        "phrasings:\n  job-types:\n    zh-Hant: [\"呢行分幾多種崗位？\"]\n    en: [\"how many kinds of jobs\"]\n", encoding="utf-8")
    pairs = extra_phrasings(tmp_path)
    assert [faq_id for _, faq_id in pairs] == ["job-types", "job-types"]
    assert not any(ch in pairs[0][0] for ch in "幾種崗")  # Simplified, as a message is before matching


def test_a_selector_is_read_with_the_features_it_was_trained_on(tmp_path):
    """A cached model from before the bucket count changed must not be read with the new count."""
    import numpy as np

    from bot.retrieval.faq_selector import FaqSelector
    from bot.retrieval.text_features import HASH_BUCKETS

    vectors = np.eye(4, 8, dtype=np.float32)
    texts, labels = ["五级条件", "四级条件", "培训学时", "证书查询"], ["a", "b", "c", "d"]
    current = FaqSelector.train(texts, labels, vectors)
    old = FaqSelector(np.zeros((8 + HASH_BUCKETS + 1, 4), dtype=np.float32), ("a", "b", "c", "d"))
    del old.buckets  # what a model pickled before the attribute existed looks like
    assert set(old.scores("五级条件", vectors[0])) == {"a", "b", "c", "d"}
    current.save(tmp_path / "m.npz")
    again = FaqSelector.load(tmp_path / "m.npz")
    assert again.buckets == current.buckets and max(again.scores("五级条件", vectors[0]).items(), key=lambda kv: kv[1])[0] == "a"
