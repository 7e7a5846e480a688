"""Issue 9, point 2: a damaged index heals. `ask` says in one line what is wrong and that
`advisor ingest` repairs it (never a segfault or a traceback); `ingest` checks the index it would
keep, in a child process, and rebuilds it when it is damaged; `ingest --rebuild` rebuilds on request.
"""
from __future__ import annotations

import random
import shutil

import pytest

from bot.index.health import vector_segment_dirs
from tests.reliability_support import cli, private_copy

QUESTION = "什么是互联网营销师？"


def active_name(settings) -> str:
    import sqlite3

    connection = sqlite3.connect(settings.chroma_path / "chroma.sqlite3")
    try:
        return connection.execute(
            "SELECT m.str_value FROM collection_metadata m JOIN collections c ON m.collection_id = c.id "
            "WHERE c.name = 'advisor_pointer' AND m.key = 'active'").fetchone()[0]
    finally:
        connection.close()


def vector_folder(settings):
    [segment] = vector_segment_dirs(settings.chroma_path, active_name(settings))
    return settings.chroma_path / segment


def scramble(path, seed: int = 9) -> None:
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    for i in range(0, len(data), 7):
        data[i] = rng.randrange(256)
    path.write_bytes(bytes(data))


DAMAGE = {
    "random bytes in data_level0.bin": lambda folder: scramble(folder / "data_level0.bin"),
    "garbage header.bin": lambda folder: (folder / "header.bin").write_bytes(bytes(range(256)) * 3),
    "vector folder deleted": lambda folder: shutil.rmtree(folder),
}


def one_clean_line(result) -> str:
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert result.returncode == 1, (result.returncode, result.stderr[-3000:])
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("advisor: "), lines
    return lines[0]


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_index_is_named_by_ask_and_repaired_by_ingest(test_settings, built_index, tmp_path, damage):
    settings = private_copy(test_settings, tmp_path)
    broken = active_name(settings)
    DAMAGE[damage](vector_folder(settings))

    line = one_clean_line(cli(settings, "ask", QUESTION))
    assert broken in line and "damaged" in line and "advisor ingest" in line, line

    repaired = cli(settings, "ingest", "--no-progress")
    assert repaired.returncode == 0, repaired.stderr[-3000:]
    assert "index rebuilt" in repaired.stdout and broken in repaired.stdout, repaired.stdout
    assert active_name(settings) != broken

    answered = cli(settings, "ask", "--json", QUESTION)
    assert answered.returncode == 0, answered.stderr[-3000:]
    assert "互联网营销师" in answered.stdout


def test_ingest_rebuild_replaces_a_healthy_index_on_request(test_settings, built_index, tmp_path):
    settings = private_copy(test_settings, tmp_path)
    before = active_name(settings)
    unchanged = cli(settings, "ingest", "--no-progress")
    assert "index unchanged" in unchanged.stdout and active_name(settings) == before
    rebuilt = cli(settings, "ingest", "--no-progress", "--rebuild")
    assert rebuilt.returncode == 0, rebuilt.stderr[-3000:]
    assert "index rebuilt (--rebuild)" in rebuilt.stdout and "0 reused" in rebuilt.stdout
    assert active_name(settings) != before


def test_a_running_advisor_keeps_its_index_when_the_new_one_is_damaged(test_settings, built_index, tmp_path, caplog):
    import logging
    import time

    from bot.answering.advisor import Advisor
    from bot.index.ingest import ingest
    from tests.reliability_support import change_knowledge

    settings = private_copy(test_settings, tmp_path)
    advisor = Advisor.from_settings(settings)
    serving = advisor._index.name
    change_knowledge(settings, 1)
    ingest(settings, progress=False, embedder=advisor.embedder)
    scramble(vector_folder(settings) / "data_level0.bin")  # the new active index is broken
    caplog.set_level(logging.WARNING, logger="bot.index.live")
    for _ in range(3):
        time.sleep(1.1)
        answer = advisor.answer(QUESTION)
        assert "互联网营销师" in answer.text and not answer.refused
    assert advisor._index.name == serving
    warnings = [r for r in caplog.records if "still answering from" in r.getMessage()]
    assert len(warnings) == 1 and "damaged" in warnings[0].getMessage()  # checked once, not every second
