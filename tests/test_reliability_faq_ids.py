"""Issue 9, point 6: the same FAQ id in two files is rejected, naming both files (one used to win at
random), and nothing in the index changes."""
from __future__ import annotations

import pytest

from bot.index.ingest import collect_chunks
from bot.knowledge import KnowledgeFileError
from tests.conftest import make_settings
from tests.knowledge_fixtures import write_mini_knowledge
from tests.reliability_support import cli

SECOND_FILE = """title_zh: 培训中心问答
title_en: Training centre FAQ
source: "某培训中心"
entries:
  - id: training-hours-l5
    questions:
      zh: ["五级要学多久？"]
    answer:
      zh: "本中心五级课程共 60 学时。"
"""


def test_duplicate_faq_id_across_files_names_both(tmp_path):
    knowledge = write_mini_knowledge(tmp_path / "knowledge")
    (knowledge / "faq" / "centre.yaml").write_text(SECOND_FILE, encoding="utf-8")
    with pytest.raises(KnowledgeFileError) as caught:
        collect_chunks(knowledge)
    message = str(caught.value)
    assert "training-hours-l5" in message and "centre.yaml" in message and "faq.yaml" in message


def test_cli_ingest_refuses_duplicate_faq_ids_in_one_line(tmp_path):
    knowledge = write_mini_knowledge(tmp_path / "knowledge")
    (knowledge / "faq" / "centre.yaml").write_text(SECOND_FILE, encoding="utf-8")
    result = cli(make_settings(tmp_path, knowledge_dir=knowledge), "ingest", "--no-progress")
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 1 and len(lines) == 1, result.stderr[-2000:]
    assert "nothing changed" in lines[0] and "centre.yaml" in lines[0] and "faq.yaml" in lines[0], lines[0]
