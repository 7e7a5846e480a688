"""Client/server mode against a real `chroma run`: ingest and answer through it, a server that is
down at start (clear message, non-zero exit), and a server lost and regained mid-run."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bot.answering.advisor import Advisor
from bot.index.ingest import ingest
from bot.index.vectorstore import IndexUnavailable
from tests.chroma_server import ChromaServer, free_port
from tests.conftest import make_settings


@pytest.fixture
def server(tmp_path):
    srv = ChromaServer(tmp_path / "server-data").start()
    yield srv
    srv.stop()


def test_ingest_and_answer_through_a_chroma_server(server, tmp_path):
    settings = make_settings(tmp_path, chroma_host="127.0.0.1", chroma_port=server.port)
    report = ingest(settings, progress=False)
    assert report.changed and report.chunks > 100
    assert not (tmp_path / "index").exists()  # nothing was written to the embedded path

    advisor = Advisor.from_settings(settings)
    answer = advisor.answer("互联网营销师有哪些工种？")
    assert not answer.refused
    assert all(word in answer.text for word in ("选品员", "直播销售员", "视频创推员", "平台管理员"))

    # the server loses its connection mid-run: a clear error, then recovery on the same port
    server.stop()
    with pytest.raises(IndexUnavailable):
        advisor.answer("What job types does the internet marketer occupation have?")
    server.start()
    again = advisor.answer("What job types does the internet marketer occupation have?")
    assert not again.refused and "Product Selector" in again.text


def test_unreachable_server_at_start_exits_with_a_clear_message(tmp_path):
    port = free_port()  # nothing listens here
    env = {**os.environ, "CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": str(port), "HF_HUB_OFFLINE": "1"}
    result = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "什么是互联网营销师"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert f"127.0.0.1:{port}" in result.stderr and "unreachable" in result.stderr
    assert "Traceback" not in result.stderr
