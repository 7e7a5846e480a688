"""Issue 9, point 9: an invalid setting is one line naming the variable, the value and what is
allowed, never a traceback; negative rate limits are rejected (0 = no limit)."""
from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot.settings import Settings
from tests.reliability_support import cli

CASES = {
    "RATE_LIMIT_PER_MINUTE=abc": ("RATE_LIMIT_PER_MINUTE='abc'", "0 = no limit"),
    "RATE_LIMIT_PER_MINUTE=-1": ("RATE_LIMIT_PER_MINUTE='-1'", ">= 0"),
    "ADMIN_IDS=abc": ("ADMIN_IDS='abc'", "numeric Telegram user ids"),
    "LOG_LEVEL=LOUD": ("LOG_LEVEL='LOUD'", "DEBUG, INFO, WARNING, ERROR, CRITICAL"),
    "CHROMA_PATH={file}/index": ("CHROMA_PATH=", "is a file, not a folder"),
    "EMBEDDING_MODEL=BAAI/bge-m3": ("EMBEDDING_MODEL='BAAI/bge-m3'", "not found locally; this advisor runs offline"),
    "EMBEDDING_MODEL=no-such-model-xyz": ("EMBEDDING_MODEL='no-such-model-xyz'", "install it or give a local path"),
}


@pytest.mark.parametrize("assignment", list(CASES))
def test_invalid_setting_is_one_line(test_settings, tmp_path, assignment):
    (tmp_path / "plain-file").write_text("x")
    name, value = assignment.format(file=tmp_path / "plain-file").split("=", 1)
    result = cli(test_settings, "search", "直播", cwd=tmp_path, timeout=60, **{name: value})
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 1 and len(lines) == 1, result.stderr[-3000:]
    named, allowed = CASES[assignment]
    assert lines[0].startswith("advisor: ") and named in lines[0] and allowed in lines[0], lines[0]
    assert "huggingface.co" not in lines[0]


def test_rate_limit_zero_means_no_limit():
    from bot.telegram.infra.ratelimit import SlidingWindowLimiter

    assert Settings(_env_file=None, rate_limit_per_minute=0).rate_limit_per_minute == 0
    limiter = SlidingWindowLimiter(0, 60.0)
    assert all(limiter.hit("user").allowed for _ in range(1000))
    with pytest.raises(ValidationError):
        Settings(_env_file=None, rate_limit_per_minute=-1)
