"""Fault: the index is broken. The advisor refuses to start with one clear line, never a traceback.

Each test works on a copy of the session index, so the shared one stays intact.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import Settings
from bot.index.vectorstore import IndexUnavailable
from tests.conftest import make_settings

ADVISOR = Path(sys.executable).with_name("advisor")
QUESTION = "什么是互联网营销师？"


def copy_index(test_settings, built_index, tmp_path) -> Path:
    target = tmp_path / "index"
    shutil.copytree(test_settings.chroma_path, target)
    return target


def delete_active_collection(index: Path) -> str:
    """Leave the pointer naming a collection that no longer exists; returns its name."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.PersistentClient(path=str(index), settings=ChromaSettings(anonymized_telemetry=False))
    active = client.get_collection("advisor_pointer").metadata["active"]
    client.delete_collection(active)
    assert active not in [c if isinstance(c, str) else c.name for c in client.list_collections()]
    return active


def advisor_cli(index: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    """`advisor …` in a scratch directory (no .env) with the bot's settings removed from the environment."""
    names = {name.upper() for name in Settings.model_fields}
    env = {k: v for k, v in os.environ.items() if k.upper() not in names}
    env.update(CHROMA_PATH=str(index), HF_HUB_OFFLINE="1", ANONYMIZED_TELEMETRY="False")
    return subprocess.run([str(ADVISOR), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def assert_one_clean_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 1, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith("advisor: ")
    assert result.stdout.strip() == ""
    return lines[0]


@pytest.fixture()
def deleted_collection_index(test_settings, built_index, tmp_path):
    index = copy_index(test_settings, built_index, tmp_path)
    return index, delete_active_collection(index)


def test_deleted_collection_raises_index_unavailable(deleted_collection_index, tmp_path):
    from bot.answering.advisor import Advisor

    index, name = deleted_collection_index
    with pytest.raises(IndexUnavailable) as caught:
        Advisor.from_settings(make_settings(tmp_path, chroma_path=index))
    message = str(caught.value)
    assert name in message, "the message should name the missing collection"
    assert "advisor ingest" in message, "the message should say how to repair the index"


def test_deleted_collection_cli_exits_1_with_one_line(deleted_collection_index, tmp_path):
    index, name = deleted_collection_index
    line = assert_one_clean_line(advisor_cli(index, tmp_path, "ask", QUESTION))
    assert name in line and "advisor ingest" in line


def test_missing_index_cli_exits_1_with_one_line(tmp_path):
    line = assert_one_clean_line(advisor_cli(tmp_path / "never-built", tmp_path, "ask", QUESTION))
    assert "advisor ingest" in line


def test_corrupt_database_cli_exits_1_with_one_line(test_settings, built_index, tmp_path):
    index = copy_index(test_settings, built_index, tmp_path)
    (index / "chroma.sqlite3").write_bytes(b"this is not an SQLite database\n" * 64)
    line = assert_one_clean_line(advisor_cli(index, tmp_path, "ask", QUESTION))
    assert str(index) in line and "advisor ingest" in line, line
