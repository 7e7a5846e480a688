"""Ingestion: every file type, incremental updates, and atomicity (a bad file or a crash never
replaces the serving index)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import docx
import pytest

from bot.knowledge import KnowledgeFileError
from bot.index.embeddings import ChromaEmbeddingAdapter, make_embedder
from bot.index.ingest import collect_chunks, ingest
from bot.index.vectorstore import VectorStore, open_client, read_all
from tests.conftest import make_settings
from tests.knowledge_fixtures import minimal_pdf, write_mini_knowledge

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def embedder():
    return make_embedder()


@pytest.fixture
def mini(tmp_path):
    knowledge = write_mini_knowledge(tmp_path / "knowledge")
    return make_settings(tmp_path, knowledge_dir=knowledge)


def _store(settings, embedder) -> VectorStore:
    return VectorStore(open_client(settings), settings.collection_prefix, ChromaEmbeddingAdapter(embedder))


def _paths_in_index(settings, embedder) -> set[str]:
    store = _store(settings, embedder)
    collection, _ = store.open_active()
    return {m["path"] for m in read_all(collection)["metadatas"]}


def test_reads_every_supported_type(tmp_path):
    knowledge = write_mini_knowledge(tmp_path / "k")
    (knowledge / "standard.pdf").write_bytes(minimal_pdf())
    document = docx.Document()
    document.add_heading("Assessment", level=1)
    document.add_paragraph("The assessment has a theory exam and a skills test.")
    document.save(knowledge / "assessment.docx")
    files, chunks = collect_chunks(knowledge)
    assert files == 6
    by_path = {c.metadata["path"]: c for c in chunks}
    assert "Level 5 needs 120 training hours" in by_path["standard.pdf"].text
    assert by_path["standard.pdf"].metadata["section"] == "p. 1"
    assert by_path["assessment.docx"].metadata["section"] == "Assessment"
    assert by_path["notes.txt"].metadata["language"] == "zh"
    kinds = {c.metadata["kind"] for c in chunks if c.metadata["path"] == "faq/faq.yaml"}
    assert kinds == {"faq_answer", "faq_question"}
    zh = [c for c in chunks if c.metadata["path"] == "standard/levels.zh.md"]
    assert zh and all(c.metadata["section"] == "等级" and c.metadata["title"] == "等级说明" for c in zh)
    # the heading is embedded with the text but not shown as part of it
    assert zh[0].embed_text.startswith("等级说明 > 等级") and not zh[0].text.startswith("等级说明")


def test_chinese_chunks_are_cut_at_sentence_ends(tmp_path):
    knowledge = tmp_path / "k"
    knowledge.mkdir()
    sentence = "互联网营销师是在数字化信息平台上为企业产品做营销推广的人员。"
    (knowledge / "long.md").write_text("## 定义\n\n" + sentence * 20, encoding="utf-8")
    _, chunks = collect_chunks(knowledge)
    assert len(chunks) > 1
    assert all(c.text.endswith("。") for c in chunks)
    assert all(len(c.text) <= 260 for c in chunks)


def test_incremental_reembeds_only_what_changed(mini, embedder):
    first = ingest(mini, progress=False, embedder=embedder)
    assert first.changed and first.embedded == first.chunks and first.reused == 0

    again = ingest(mini, progress=False, embedder=embedder)
    assert not again.changed and again.embedded == 0 and again.collection == first.collection

    en = mini.knowledge_dir / "standard" / "levels.en.md"
    en.write_text(en.read_text(encoding="utf-8") + "\nA new paragraph about training hours.\n", encoding="utf-8")
    changed = ingest(mini, progress=False, embedder=embedder)
    assert changed.changed and changed.embedded == 1
    assert changed.reused == changed.chunks - 1

    (mini.knowledge_dir / "notes.txt").unlink()
    removed = ingest(mini, progress=False, embedder=embedder)
    assert removed.embedded == 0
    assert "notes.txt" not in _paths_in_index(mini, embedder)
    # superseded collections are gone: only the pointer, the active one and the one it replaced
    # (running readers may still hold that one until they notice the flip) remain
    names = {c.name for c in open_client(mini).list_collections()}
    assert names == {"advisor_pointer", removed.collection, changed.collection}


def test_malformed_yaml_is_named_and_the_serving_index_stays(mini, embedder):
    good = ingest(mini, progress=False, embedder=embedder)
    (mini.knowledge_dir / "faq" / "broken.yaml").write_text("entries:\n  - id: x\n    questions: [unclosed\n", encoding="utf-8")
    with pytest.raises(KnowledgeFileError) as info:
        ingest(mini, progress=False, embedder=embedder)
    assert "broken.yaml" in str(info.value) and "line" in str(info.value)
    assert _store(mini, embedder).active().name == good.collection
    assert "standard/levels.en.md" in _paths_in_index(mini, embedder)


def test_unreadable_pdf_is_named(mini, embedder):
    (mini.knowledge_dir / "official.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    with pytest.raises(KnowledgeFileError) as info:
        ingest(mini, progress=False, embedder=embedder)
    assert "official.pdf" in str(info.value)


def test_failure_while_writing_leaves_old_index(mini, embedder, monkeypatch):
    good = ingest(mini, progress=False, embedder=embedder)
    (mini.knowledge_dir / "extra.md").write_text("## 新增\n\n视频创推员负责短视频创作与推广。", encoding="utf-8")
    store = _store(mini, embedder)
    original = store.new_collection

    def failing_collection():
        collection = original()

        class Exploding:
            name = collection.name

            def add(self, **kwargs):
                raise OSError("disk full")

        return Exploding()

    monkeypatch.setattr(store, "new_collection", failing_collection)
    with pytest.raises(OSError):
        ingest(mini, progress=False, embedder=embedder, store=store)
    assert store.active().name == good.collection
    names = {c.name for c in store.client.list_collections()}
    assert names == {"advisor_pointer", good.collection}


CRASHING_INGEST = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    import chromadb.api.models.Collection as C
    from bot.index.ingest import ingest
    from tests.conftest import make_settings
    real_add = C.Collection.add
    def add_then_hang(self, **kwargs):
        real_add(self, **kwargs)          # half the new index is on disk...
        Path(sys.argv[2]).write_text("writing")
        time.sleep(120)                   # ...when the process is killed
    C.Collection.add = add_then_hang
    settings = make_settings(Path(sys.argv[1]), knowledge_dir=Path(sys.argv[1]) / "knowledge")
    ingest(settings, progress=False)
    """
)


def test_process_killed_mid_ingest_keeps_previous_index(mini, embedder, tmp_path):
    good = ingest(mini, progress=False, embedder=embedder)
    (mini.knowledge_dir / "extra.md").write_text("## 新增\n\n视频创推员负责短视频创作与推广。", encoding="utf-8")
    marker = tmp_path / "marker"
    child = subprocess.Popen(
        [sys.executable, "-c", CRASHING_INGEST, str(tmp_path), str(marker)], cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        deadline = time.time() + 90
        while not marker.exists() and time.time() < deadline and child.poll() is None:
            time.sleep(0.1)
        assert marker.exists(), "the child never reached the write phase"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    store = _store(mini, embedder)
    assert store.active().name == good.collection
    leftovers = {c.name for c in store.client.list_collections()} - {"advisor_pointer", good.collection}
    assert len(leftovers) == 1  # the half-written collection exists but is not active
    assert "extra.md" not in _paths_in_index(mini, embedder)
    resumed = ingest(mini, progress=False, embedder=embedder, store=store)
    # the crash leftover is dropped; the collection the flip replaced stays for running readers
    assert {c.name for c in store.client.list_collections()} == {"advisor_pointer", resumed.collection, good.collection}
    assert "extra.md" in _paths_in_index(mini, embedder)


def test_cli_ingest_exits_nonzero_and_names_the_file(tmp_path):
    knowledge = write_mini_knowledge(tmp_path / "knowledge")
    (knowledge / "faq" / "broken.yaml").write_text("title_zh: x\nentries: [\n", encoding="utf-8")
    env = {**os.environ, "KNOWLEDGE_DIR": str(knowledge), "CHROMA_PATH": str(tmp_path / "index"), "HF_HUB_OFFLINE": "1"}
    result = subprocess.run([sys.executable, "-m", "bot.cli", "ingest"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "broken.yaml" in result.stderr and "line" in result.stderr


def test_metadata_change_updates_the_index_without_reembedding(mini, embedder):
    ingest(mini, progress=False, embedder=embedder)
    (mini.knowledge_dir / "manifest.yaml").write_text(
        "files:\n  notes.txt:\n    title_zh: 工种笔记\n    title_en: Job type notes\n    source: trainer\n", encoding="utf-8")
    report = ingest(mini, progress=False, embedder=embedder)
    assert report.changed and report.embedded == 0
    collection, _ = _store(mini, embedder).open_active()
    titles = {m["title"] for m in read_all(collection)["metadatas"] if m["path"] == "notes.txt"}
    assert titles == {"工种笔记"}


def test_cli_ingest_of_documents_without_any_faq_entry(tmp_path):
    """A trainer's folder of documents with no FAQ file: the index is built and the understanding step
    (which reads the FAQ phrasings) has nothing to train on, instead of failing on an empty matrix."""
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "notes.txt").write_text("直播销售员负责在直播中推介商品。\n\nA live-streaming salesperson sells on live streams.\n",
                                         encoding="utf-8")
    env = {**os.environ, "KNOWLEDGE_DIR": str(knowledge), "CHROMA_PATH": str(tmp_path / "index"), "HF_HUB_OFFLINE": "1"}
    result = subprocess.run([sys.executable, "-m", "bot.cli", "ingest", "--no-progress"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-500:]
    assert "1 files" in result.stdout
