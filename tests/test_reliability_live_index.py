"""Issue 9, point 1: a running advisor survives re-ingest. Readers follow the pointer to the new
index, and the collection it replaced stays until the next flip, so nothing a reader holds vanishes.

Real parts only: a private copy of the session index, `python -m bot.cli ingest` / `ask --jsonl` in
subprocesses, and the Telegram bot against the loopback Bot API with /reload.
"""
from __future__ import annotations

import asyncio
import json
import threading

import pytest

from tests.reliability_support import change_knowledge, cli, cli_process, private_copy
from tests.telegram_support import ADMIN, bot_settings, running

QUESTIONS = ["什么是互联网营销师？", "How many skill levels are there?", "直播销售员要培训多少学时？",
             "What does a product selector do?"]


def test_ask_jsonl_stream_survives_two_ingests_by_another_process(test_settings, built_index, tmp_path):
    settings = private_copy(test_settings, tmp_path)
    stream = cli_process(settings, "ask", "--jsonl")
    answers: list[dict] = []
    reader = threading.Thread(target=lambda: answers.extend(json.loads(line) for line in stream.stdout), daemon=True)
    reader.start()
    sent = 0

    def ask(count: int) -> None:
        nonlocal sent
        for _ in range(count):
            stream.stdin.write(json.dumps({"id": sent, "question": QUESTIONS[sent % len(QUESTIONS)]}) + "\n")
            sent += 1
        stream.stdin.flush()

    ask(10)
    for number in (1, 2):  # two flips: the second drops the collection the stream started on
        change_knowledge(settings, number)
        result = cli(settings, "ingest", "--no-progress")
        assert result.returncode == 0 and "index updated" in result.stdout, result.stderr[-2000:]
        ask(20)
    ask(10)
    stream.stdin.close()
    stream.wait(timeout=120)
    reader.join(timeout=10)
    stderr = stream.stderr.read()
    assert stream.returncode == 0, stderr[-2000:]
    assert [a["id"] for a in answers] == list(range(sent)), stderr[-2000:]
    assert not [a for a in answers if "error" in a], [a for a in answers if "error" in a][:3]
    assert stderr.count("switched to index") >= 1, stderr[-2000:]


@pytest.mark.asyncio
async def test_reload_and_outside_ingest_while_questions_arrive_never_reply_unavailable(test_settings, built_index, tmp_path):
    from bot.answering.advisor import Advisor

    settings = bot_settings(private_copy(test_settings, tmp_path), tmp_path / "state.sqlite3", rate_limit_per_minute=1000)
    advisor = Advisor.from_settings(settings)
    async with running(settings, advisor) as (api, _):
        users = [api.user(700 + n, language_code="zh-hans") for n in range(6)]
        admin = api.user(ADMIN, language_code="en")
        asked = 0

        def reloads_finished() -> int:
            return sum(m.text.startswith(("Done", "Re-indexing failed")) for m in api.messages(admin.chat_id))

        async def ask_round() -> None:
            nonlocal asked
            for user in users:
                user.send_text(QUESTIONS[asked % len(QUESTIONS)])
                asked += 1
            await asyncio.sleep(0.2)

        change_knowledge(settings, 1)
        admin.send_command("reload")
        for _ in range(10):
            await ask_round()
        await api.wait_for(lambda: reloads_finished() == 1, timeout=60)
        change_knowledge(settings, 2)  # an operator's `advisor ingest` while the bot answers
        outside = asyncio.create_task(asyncio.to_thread(cli, settings, "ingest", "--no-progress"))
        while not outside.done():
            await ask_round()
        assert (await outside).returncode == 0
        change_knowledge(settings, 3)
        admin.send_command("reload")  # a third flip: drops the collection the bot started on
        for _ in range(10):
            await ask_round()
        await api.wait_for(lambda: reloads_finished() == 2, timeout=60)
        for user in users:
            await api.wait_for_messages(user.chat_id, asked // len(users), timeout=60)
        replies = [m.text for user in users for m in api.messages(user.chat_id)]
        unavailable = [text for text in replies if "暂时无法使用" in text or "temporarily unavailable" in text]
        admin_texts = [m.text for m in api.messages(admin.chat_id)]
    print(f"\n{len(unavailable)} of {asked} replies said unavailable across 2 /reload and 1 outside ingest")
    assert len(replies) == asked
    assert unavailable == [], f"{len(unavailable)} of {asked} replies said unavailable"
    assert not [t for t in admin_texts if "failed" in t], admin_texts
    assert advisor._index.name == advisor.store.active().name  # the bot now reads the newest index
