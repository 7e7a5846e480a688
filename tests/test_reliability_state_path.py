"""Issue 9, point 3: only a damaged SQLite *file* is moved aside. A STATE_PATH that is a folder (it
used to rename the whole data/ folder, index included) or sits under a file is refused in one line,
and nothing is moved."""
from __future__ import annotations

import pytest

from bot.telegram.infra.state import StateFileUnusable, Store
from tests.reliability_support import cli

TOKEN = "123456789:AAE-reliability-test-token-abcdefghij"


def test_folder_as_state_path_is_refused_and_left_alone(tmp_path):
    folder = tmp_path / "data"
    (folder / "index").mkdir(parents=True)
    (folder / "index" / "chroma.sqlite3").write_bytes(b"the index")
    with pytest.raises(StateFileUnusable, match="is a folder"):
        Store(folder)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]
    assert (folder / "index" / "chroma.sqlite3").read_bytes() == b"the index"


def test_state_path_under_a_file_is_refused(tmp_path):
    (tmp_path / "plain").write_text("x")
    with pytest.raises(StateFileUnusable, match="which is a file"):
        Store(tmp_path / "plain" / "state.sqlite3")
    assert (tmp_path / "plain").read_text() == "x"


def test_damaged_sqlite_file_is_still_moved_aside(tmp_path):
    path = tmp_path / "state.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 80 + b"broken" * 300)
    store = Store(path)
    assert store.moved_aside is not None and store.moved_aside.exists()


def test_telegram_with_a_folder_as_state_path_says_one_line(test_settings, built_index, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")
    result = cli(test_settings, "telegram", STATE_PATH=str(folder), TELEGRAM_BOT_TOKEN=TOKEN,
                 TELEGRAM_API_BASE_URL="http://127.0.0.1:9/bot", timeout=60)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 1 and len(lines) == 1, result.stderr[-3000:]
    assert lines[0].startswith("advisor: STATE_PATH=") and "is a folder" in lines[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"] and (folder / "keep.txt").read_text() == "mine"
