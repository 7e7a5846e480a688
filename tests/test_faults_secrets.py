"""Fault: secrets leaking. The bot token and API keys never reach a log line, an error or a repr,
and no tracked file holds one.

The fake secrets are assembled at run time, so this file itself never contains a string shaped like a
real token or key (the repository scan below would flag it).
"""
from __future__ import annotations

import io
import logging
import re
import subprocess
from pathlib import Path

import httpx
import pytest

from bot.logging_setup import configure_logging
from bot.settings import PROJECT_ROOT
from tests.conftest import make_settings

TOKEN = "123456789:" + "AAH-" + "fake" * 8 + "1"
OTHER_TOKEN = "987654321:" + "AAG" + "x" * 32  # token-shaped but not configured: redacted by its shape
LLM_KEY = "sk-" + "test" + "0123456789abcdef" * 2
WEBHOOK_SECRET = "whsec-" + "s3cr3t" * 4
SECRETS = (TOKEN, OTHER_TOKEN, LLM_KEY, WEBHOOK_SECRET)

TELEGRAM_TOKEN_SHAPE = re.compile(r"(?<!\d)\d{6,12}:[A-Za-z0-9_-]{30,}")
OPENAI_KEY_SHAPE = re.compile(r"\bsk-[A-Za-z0-9_-]{20,}")
# Test fixtures may hold token-shaped placeholders; a real secret is random and never spells these.
PLACEHOLDER = re.compile(r"fake|test|dummy|example|placeholder|xxxx", re.I)
REAL_LOOKING_TOKEN = "".join(["5550001", "11:AAH", "q7Zk2LmN", "9pRt4VwX", "8yB3cD6f", "G1hJ5sKu"])
REAL_LOOKING_KEY = "".join(["sk-", "proj-", "Qm3x", "Zr8T", "vL2k", "Wp9d", "Hs4n", "Bf7c"])


@pytest.fixture()
def secret_settings(tmp_path):
    return make_settings(tmp_path, telegram_bot_token=TOKEN, llm_api_key=LLM_KEY, webhook_secret=WEBHOOK_SECRET,
                         llm_base_url="http://127.0.0.1:9/v1", llm_model="fake-model", log_level="DEBUG")


@pytest.fixture()
def captured_logs(secret_settings):
    """Root logging configured by the bot, with a StringIO handler attached first (so it gets the filter)."""
    root = logging.getLogger()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    saved_level = root.level
    noisy = {name: logging.getLogger(name).level for name in ("httpx", "httpcore", "chromadb", "urllib3", "jieba")}
    root.addHandler(handler)
    redactor = configure_logging(secret_settings)
    try:
        yield stream, handler, redactor
    finally:
        root.removeHandler(handler)
        for h in root.handlers:
            h.removeFilter(redactor)
        root.setLevel(saved_level)
        for name, level in noisy.items():
            logging.getLogger(name).setLevel(level)


def test_configure_logging_puts_the_filter_on_our_handler(captured_logs):
    _, handler, redactor = captured_logs
    assert redactor in handler.filters


def test_secrets_are_redacted_from_every_kind_of_log_record(captured_logs):
    stream, _, _ = captured_logs
    log = logging.getLogger("bot.test_secrets")
    log.info("starting with token %s and key %s", TOKEN, LLM_KEY)
    log.warning(f"webhook secret is {WEBHOOK_SECRET}")  # already formatted, no args
    log.error("rotated token %s", OTHER_TOKEN)
    try:
        raise RuntimeError(f"Unauthorized: https://api.telegram.org/bot{TOKEN}/getMe (key {LLM_KEY})")
    except RuntimeError as exc:
        log.exception("request failed")
        log.error("request failed again: %s", exc)
        log.error("repr of the error: %r", exc)
    # What httpx logs for every Bot API call (its INFO line), even when someone turns httpx up.
    logging.getLogger("httpx").setLevel(logging.INFO)
    url = httpx.URL(f"https://api.telegram.org/bot{TOKEN}/getMe")
    logging.getLogger("httpx").info('HTTP Request: %s %s "%s %d %s"', "POST", url, "HTTP/1.1", 200, "OK")
    logging.getLogger("telegram.ext.Updater").debug("Network error on %s", f"/bot{OTHER_TOKEN}/getUpdates")

    output = stream.getvalue()
    assert output.count("\n") >= 9, output  # every record above was emitted
    for secret in SECRETS:
        assert secret not in output, f"secret leaked: {secret[:12]}…"
    assert "***" in output
    assert "/bot***/getMe" in output, "the httpx request line should keep its shape with the token masked"
    assert "Traceback" in output and "RuntimeError" in output, "the exception itself must still be logged"


def test_secrets_are_redacted_when_the_record_is_formatted_twice(captured_logs):
    """A second handler formatting the same record (exc_text cached by the first) still sees no secret."""
    stream, _, _ = captured_logs
    other = io.StringIO()
    second = logging.StreamHandler(other)
    root = logging.getLogger()
    root.addHandler(second)  # added after configure_logging: it has no filter of its own
    try:
        try:
            raise ValueError(f"bad key {LLM_KEY}")
        except ValueError:
            logging.getLogger("bot.test_secrets").exception("failed with %s", TOKEN)
    finally:
        root.removeHandler(second)
    for text in (stream.getvalue(), other.getvalue()):
        assert "failed with" in text
        for secret in SECRETS:
            assert secret not in text


UNCAUGHT = """
import sys, threading
from bot.logging_setup import install_redaction
token = sys.argv[1]
install_redaction([token])
thread = threading.Thread(target=lambda: (_ for _ in ()).throw(RuntimeError(f"thread saw {token}")), name="worker")
thread.start()
thread.join()
raise RuntimeError(f"The token `{token}` was rejected by the server.")
"""


def test_uncaught_exceptions_are_redacted_in_the_main_thread_and_in_threads():
    import sys

    result = subprocess.run([sys.executable, "-c", UNCAUGHT, TOKEN], capture_output=True, text=True, timeout=60,
                            cwd=PROJECT_ROOT)
    assert result.returncode == 1
    assert "Traceback" in result.stderr and "was rejected by the server" in result.stderr
    assert "Exception in thread worker" in result.stderr and "thread saw ***" in result.stderr
    assert TOKEN not in result.stderr and TOKEN.split(":")[1] not in result.stderr


async def test_a_token_the_server_rejects_is_never_printed(tmp_path):
    """`advisor telegram` with a token the Bot API rejects: one line, and the token appears nowhere."""
    import asyncio

    from tests.fake_bot_api import FakeBotAPI
    from tests.reliability_support import cli

    settings = make_settings(tmp_path)
    async with FakeBotAPI(token=OTHER_TOKEN) as api:
        result = await asyncio.to_thread(cli, settings, "telegram", cwd=tmp_path, timeout=60, TELEGRAM_BOT_TOKEN=TOKEN,
                                         TELEGRAM_API_BASE_URL=api.base_url, LOG_LEVEL="DEBUG")
    output = result.stdout + result.stderr
    assert result.returncode == 1 and "rejected TELEGRAM_BOT_TOKEN" in output, output[-3000:]
    assert TOKEN not in output and TOKEN.split(":")[1] not in output, output[-3000:]


def test_settings_repr_and_str_hide_secrets(secret_settings):
    shown = [repr(secret_settings), str(secret_settings), secret_settings.model_dump_json(),
             str(secret_settings.model_dump())]
    for text in shown:
        for secret in (TOKEN, LLM_KEY, WEBHOOK_SECRET):
            assert secret not in text
    assert secret_settings.telegram_bot_token.get_secret_value() == TOKEN  # still usable where needed


# -- the repository -----------------------------------------------------------------------------
def tracked_files() -> list[Path]:
    try:
        result = subprocess.run(["git", "ls-files", "-z"], cwd=PROJECT_ROOT, capture_output=True, timeout=60)
    except FileNotFoundError:
        pytest.skip("git is not installed")
    if result.returncode != 0:
        pytest.skip(f"not a git checkout: {result.stderr.decode(errors='replace').strip()}")
    return [PROJECT_ROOT / name for name in result.stdout.decode().split("\0") if name]


def secret_shapes(text: str) -> list[str]:
    found = TELEGRAM_TOKEN_SHAPE.findall(text) + OPENAI_KEY_SHAPE.findall(text)
    return [s for s in found if not PLACEHOLDER.search(s)]


def test_the_shapes_catch_real_looking_secrets():
    """The scan below is only as good as these patterns."""
    assert secret_shapes(f"TELEGRAM_BOT_TOKEN={REAL_LOOKING_TOKEN}\n") == [REAL_LOOKING_TOKEN]
    assert secret_shapes(f"https://api.telegram.org/bot{REAL_LOOKING_TOKEN}/getMe") == [REAL_LOOKING_TOKEN]
    assert secret_shapes(f"LLM_API_KEY={REAL_LOOKING_KEY}\n") == [REAL_LOOKING_KEY]
    assert not secret_shapes("TELEGRAM_BOT_TOKEN=\nLLM_API_KEY=\nsk-fake-test-key task-management-system-overview")
    assert not secret_shapes(f"{TOKEN} {LLM_KEY} 555000111:bench-fake-token-0123456789abcdef")  # fixtures


def test_env_file_is_ignored_and_not_tracked():
    files = tracked_files()
    assert PROJECT_ROOT / ".env" not in files
    ignored = subprocess.run(["git", "check-ignore", "--no-index", "-q", ".env"], cwd=PROJECT_ROOT, timeout=60)
    assert ignored.returncode == 0, ".env is not covered by .gitignore"
    assert ".env" in (PROJECT_ROOT / ".gitignore").read_text(encoding="utf-8").split()


def test_no_tracked_file_contains_a_token_or_key():
    offenders = []
    for path in tracked_files():
        if not path.is_file() or path.stat().st_size > 20_000_000:
            continue
        found = secret_shapes(path.read_bytes().decode("utf-8", errors="ignore"))
        if found:
            offenders.append(f"{path.relative_to(PROJECT_ROOT)}: {found[0][:14]}…")
    assert not offenders, "secret-shaped strings in tracked files:\n" + "\n".join(offenders)
