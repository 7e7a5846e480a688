"""The command-line contract other tools rely on, run as real subprocesses on the session index."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"


@pytest.fixture(scope="module")
def env(test_settings, built_index):
    return {**os.environ, "CHROMA_PATH": str(test_settings.chroma_path), "STATE_PATH": str(test_settings.state_path),
            "HF_HUB_OFFLINE": "1", "TELEGRAM_BOT_TOKEN": "", "LLM_BASE_URL": ""}


def advisor(env, *args, stdin: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], cwd=ROOT, env=env, input=stdin,
                          capture_output=True, text=True, timeout=timeout)


def test_ask_prints_answer_and_sources(env):
    result = advisor(env, "ask", "平台管理员有几个等级？")
    assert result.returncode == 0, result.stderr
    answer, _, sources = result.stdout.partition("来源：")
    assert re.search(r"(三|3)\s*个等级|只设(三|3)|五级、四级、三级|五级至三级", answer), answer
    assert "二级" not in answer or re.search(r"(没有|不设|无)[^。]{0,12}(二级|技师)", answer), answer
    assert sources.strip()


def test_ask_json_is_one_object(env):
    result = advisor(env, "ask", "--json", "How many skill levels does the standard have?")
    data = json.loads(result.stdout)
    assert data["language"] == "en" and data["refused"] is False and data["sources"]
    assert {"question", "answer", "intent", "latency_ms"} <= set(data)


def test_ask_jsonl_keeps_order_and_ids(env):
    questions = [
        {"id": "a", "question": "什么是互联网营销师？"},
        {"id": 2, "question": "What's the capital of Australia?"},
        {"id": "c", "question": "I got level 2 one year ago. Can I apply for level 1 now?"},
    ]
    stdin = "\n".join(json.dumps(q, ensure_ascii=False) for q in questions) + "\n\nnot json\n"
    result = advisor(env, "ask", "--jsonl", stdin=stdin)
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [line.get("id") for line in lines[:3]] == ["a", 2, "c"]
    assert lines[0]["language"] == "zh" and not lines[0]["refused"]
    assert lines[1]["refused"] is True
    assert lines[2]["intent"] == "eligibility"
    assert "error" in lines[3]  # a malformed line is reported, not fatal
    for line in lines[:3]:
        assert set(line) == {"id", "question", "answer", "language", "intent", "refused", "sources", "latency_ms"}


def test_chat_remembers_the_profile(env):
    result = advisor(env, "chat", stdin="I hold a level-4 certificate and want to apply for level 3\n"
                                        "I have worked 5 years since getting it\n/quit\n")
    assert result.returncode == 0
    replies = result.stdout.split("\n\n")
    assert any("L3-A" in part for part in replies)
    assert "Yes" in result.stdout or "may apply" in result.stdout


def test_search_prints_scored_chunks(env):
    result = advisor(env, "search", "直播销售员 培训学时", "-k", "3")
    assert result.returncode == 0
    lines = [line for line in result.stdout.splitlines() if line[:2] in ("1.", "2.", "3.")]
    assert len(lines) == 3 and all("[" in line and "(" in line for line in lines)


def test_eval_prints_pass_rate_per_kind(env):
    assert DEV.exists(), f"the shared dev set is missing: {DEV} (clone the project with ../shared beside it)"
    result = advisor(env, "eval", str(DEV), timeout=300)
    assert result.returncode == 0
    assert "eligibility" in result.stdout and "passed" in result.stdout
    passed = result.stdout.strip().splitlines()[-1]
    assert passed.startswith("passed")
    ok, total = passed.split()[1].split("/")
    assert int(ok) >= 0.9 * int(total)
