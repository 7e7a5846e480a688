"""Delivery under trouble: 429s, 5xx, dropped connections, floods, slow answers, failing answers."""
from __future__ import annotations

import asyncio
import logging
import time

import pytest

from bot.index.vectorstore import IndexUnavailable
from tests.telegram_support import ADMIN, WrappedAdvisor, bot_settings, running, store_of

pytestmark = pytest.mark.asyncio

QUESTION = "What job types does the Internet Marketer occupation have?"


@pytest.fixture
def settings(test_settings, tmp_path):
    return bot_settings(test_settings, tmp_path / "state.sqlite3")


async def _settle(api, chat_id: int, expected: int, quiet: float = 0.5) -> None:
    """Wait for `expected` messages, then a quiet spell in which no further one may arrive."""
    await api.wait_for_messages(chat_id, expected)
    await asyncio.sleep(quiet)
    assert len(api.messages(chat_id)) == expected


async def test_429_is_waited_out_and_the_reply_arrives_exactly_once(settings, advisor):
    async with running(settings, advisor) as (api, _):
        user = api.user(201)
        api.fail_next("sendMessage", count=1, mode="429", retry_after=1)
        started = time.monotonic()
        user.send_text(QUESTION)
        await _settle(api, user.chat_id, 1)
        attempts = api.calls("sendMessage")
        assert [c.outcome for c in attempts] == ["429", "ok"]
        assert attempts[1].at - attempts[0].at >= 1.0  # retry_after honoured
        assert api.messages(user.chat_id)[0].at - started >= 1.0


@pytest.mark.parametrize("mode", ["500", "drop"])
async def test_server_errors_and_dropped_connections_are_retried_once_delivered(settings, advisor, mode):
    async with running(settings, advisor) as (api, _):
        user = api.user(202)
        api.fail_next("sendMessage", count=2, mode=mode)
        user.send_text(QUESTION)
        await _settle(api, user.chat_id, 1)
        assert [c.outcome for c in api.calls("sendMessage")] == [mode, mode, "ok"]
        assert "Sources" in api.messages(user.chat_id)[0].text


async def test_rate_limit_notices_once_and_drops_the_flood(settings, advisor):
    async with running(settings, advisor) as (api, app):
        user = api.user(203)
        for i in range(25):
            user.send_text(f"{QUESTION} ({i})")
        # 20 answers and one notice; the 4 messages after the notice are dropped silently.
        await api.wait_for(lambda: store_of(app).stats().counters.get("rate_limited", 0) == 5, timeout=30)
        await _settle(api, user.chat_id, 21)
        texts = [m.text for m in api.messages(user.chat_id)]
        notices = [t for t in texts if "faster than I can answer" in t]
        assert len(notices) == 1
        assert sum("Sources" in t for t in texts) == 20
        other = api.user(204)  # someone else is not affected
        other.send_text(QUESTION)
        await api.wait_for_messages(other.chat_id, 1)


async def test_answers_keep_each_chats_order_while_chats_run_concurrently(settings, advisor):
    slow = WrappedAdvisor(advisor, jitter=0.05, echo=True)  # random delays would reorder an unordered bot
    async with running(settings, slow) as (api, _):
        users = [api.user(300 + i) for i in range(6)]
        for n in range(5):
            for user in users:
                user.send_text(f"{QUESTION} #{n}")
        for user in users:
            replies = await api.wait_for_messages(user.chat_id, 5, timeout=30)
            assert [m.text.split("#")[1][:1] for m in replies] == ["0", "1", "2", "3", "4"]
        assert slow.max_in_flight >= 2  # different chats were answered at the same time


async def test_index_unavailable_gets_a_short_notice_and_the_bot_keeps_running(settings, advisor):
    flaky = WrappedAdvisor(advisor, fail_with=IndexUnavailable("chroma down"), failures=1)
    async with running(settings, flaky) as (api, app):
        user = api.user(205)
        user.send_text(QUESTION)
        user.send_text(QUESTION)
        notice, answer = await api.wait_for_messages(user.chat_id, 2)
        assert "temporarily unavailable" in notice.text
        assert "Sources" in answer.text
        assert store_of(app).stats().unanswered == 1


async def test_unexpected_error_is_logged_with_context_and_user_told(settings, advisor, caplog):
    caplog.set_level(logging.INFO)
    broken = WrappedAdvisor(advisor, fail_with=RuntimeError("boom"), failures=1)
    async with running(settings, broken) as (api, app):
        user = api.user(206)
        update_id = user.send_text(QUESTION)
        user.send_text(QUESTION)
        apology, answer = await api.wait_for_messages(user.chat_id, 2)
        assert "something went wrong" in apology.text
        assert "Sources" in answer.text
    record = next(r for r in caplog.records if r.levelno == logging.ERROR and "error while handling" in r.getMessage())
    assert f"update {update_id} chat {user.chat_id} user 206" in record.getMessage()
    assert record.exc_info is not None and "boom" in str(record.exc_info[1])
    assert "987654321" not in caplog.text  # the token's bot id part never reaches the logs either


async def test_long_answers_are_split_with_feedback_under_the_last_piece(settings, advisor):
    paragraph = "A long paragraph about training hours & levels <5>. " * 40
    verbose = WrappedAdvisor(advisor, text="\n\n".join([paragraph] * 6))  # ~12,500 characters
    async with running(settings, verbose) as (api, _):
        user = api.user(207)
        user.send_text(QUESTION)
        await api.wait_for(lambda: any(m.buttons for m in api.messages(user.chat_id)))
        pieces = api.messages(user.chat_id)
        assert len(pieces) >= 4
        assert all(len(m.text) <= 4096 for m in pieces)
        assert [bool(m.buttons) for m in pieces] == [False] * (len(pieces) - 1) + [True]
        assert "".join(m.text for m in pieces).count("training hours & levels <5>") == 6 * 40
        assert "Sources" in pieces[-1].text


async def test_reload_reindexes_in_the_background_while_others_are_answered(settings, advisor):
    async with running(settings, advisor) as (api, _):
        admin, user = api.user(ADMIN), api.user(208)
        admin.send_command("reload")
        user.send_text(QUESTION)
        [answer] = await api.wait_for_messages(user.chat_id, 1, timeout=20)
        assert "Sources" in answer.text
        started, done = await api.wait_for_messages(admin.chat_id, 2, timeout=60)
        assert "Re-indexing" in started.text
        assert done.text.startswith("Done:") and "files" in done.text
        user.send_text(QUESTION)
        await api.wait_for_messages(user.chat_id, 2)


async def test_fake_server_in_a_child_process_drives_the_bot(settings, advisor):
    """The benchmark's set-up: the fake Bot API in its own process, paced injection, exactly once."""
    from bot.telegram import build_application, polling
    from tests.fake_bot_api import FakeBotAPIProcess
    from tests.telegram_support import TOKEN

    async with FakeBotAPIProcess(token=TOKEN) as api:
        async with polling(build_application(settings, advisor, base_url=api.base_url)):
            await api.send_many([(401, QUESTION, "en"), (402, "互联网营销师有哪些工种？", "zh-hans")] * 2, rate=20)
            deadline = time.monotonic() + 30
            while (await api.count())["sent"] < 4 and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
            messages = await api.messages()
            injected = await api.injected()
    assert sorted(m["chat_id"] for m in messages) == [401, 401, 402, 402]
    assert all(any(b.startswith("fb:") for b in m["buttons"]) for m in messages)
    times = sorted(info["at"] for info in injected.values())
    assert times[-1] - times[0] >= 0.14  # 4 injections at 20/s: paced by the server
