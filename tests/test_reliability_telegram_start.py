"""Issue 9, point 10: `advisor telegram` at start. A rejected or malformed token is one clear line
(no 133-line traceback, no "Unclosed client session"); an unreachable Bot API is retried with
backoff, one line per attempt, then one clear line (no 218-line traceback)."""
from __future__ import annotations

import asyncio

import pytest

from tests.chroma_server import free_port
from tests.fake_bot_api import FakeBotAPI
from tests.reliability_support import cli

SERVED = "111111111:" + "AAH" + "served" * 6
WRONG = "222222222:" + "AAH" + "wrongx" * 6


def assert_one_line(result, *expected: str) -> str:
    assert "Traceback" not in result.stderr and "Unclosed" not in result.stderr, result.stderr[-3000:]
    lines = [line for line in result.stderr.splitlines() if line.startswith("advisor:")]
    assert result.returncode == 1 and len(lines) == 1, result.stderr[-3000:]
    assert all(text in lines[0] for text in expected), lines[0]
    return lines[0]


@pytest.mark.asyncio
@pytest.mark.parametrize("token", [WRONG, "not-a-token"])
async def test_rejected_or_malformed_token_is_one_line(test_settings, tmp_path, token):
    async with FakeBotAPI(token=SERVED) as api:
        result = await asyncio.to_thread(cli, test_settings, "telegram", cwd=tmp_path, timeout=60,
                                         TELEGRAM_BOT_TOKEN=token, TELEGRAM_API_BASE_URL=api.base_url,
                                         STATE_PATH=str(tmp_path / "state.sqlite3"))
    assert_one_line(result, "rejected TELEGRAM_BOT_TOKEN", "@BotFather")
    assert [line for line in result.stderr.splitlines() if line.strip()] == \
        [line for line in result.stderr.splitlines() if line.startswith("advisor:")]
    assert token not in result.stderr + result.stdout


def test_unreachable_bot_api_is_retried_then_one_line(test_settings, tmp_path):
    base_url = f"http://127.0.0.1:{free_port()}/bot"  # nothing listens there
    result = cli(test_settings, "telegram", cwd=tmp_path, timeout=60, TELEGRAM_BOT_TOKEN=SERVED,
                 TELEGRAM_API_BASE_URL=base_url, TELEGRAM_START_TIMEOUT_S="3.5",
                 STATE_PATH=str(tmp_path / "state.sqlite3"))
    assert_one_line(result, "could not be reached in 3.5 s", "TELEGRAM_API_BASE_URL")
    retries = [line for line in result.stderr.splitlines() if "retrying in" in line]
    assert len(retries) >= 2, result.stderr[-3000:]
    assert SERVED not in result.stderr and SERVED.split(":")[1] not in result.stderr
