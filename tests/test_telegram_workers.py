"""Answering in worker processes (bot.answering.pool.AdvisorPool) behind the same interface."""
from __future__ import annotations

import pytest

from bot.answering.conversation import Conversation
from bot.answering.pool import AdvisorPool
from tests.telegram_support import bot_settings, running


@pytest.fixture(scope="module")
def pool(test_settings, built_index):
    advisor_pool = AdvisorPool.from_settings(test_settings, workers=1)
    yield advisor_pool
    advisor_pool.close()


def test_pool_answers_and_returns_the_updated_conversation(pool, advisor):
    conversation = Conversation()
    answer = pool.answer("我有四级证书，拿证5年了，能报三级吗？", conversation)
    direct = advisor.answer("我有四级证书，拿证5年了，能报三级吗？", Conversation())
    assert answer.text == direct.text and answer.intent == "eligibility"
    assert conversation.profile is not None and conversation.profile.certificate_level == 4
    assert conversation.history and conversation.last_intent == "eligibility"
    assert pool.knowledge_summary() == advisor.knowledge_summary()
    pool.reload()  # every worker re-opens the index; answering goes on
    assert pool.answer("互联网营销师有哪些工种？").sources


async def test_bot_runs_on_the_pool(pool, test_settings, tmp_path):
    async with running(bot_settings(test_settings, tmp_path / "state.sqlite3"), pool) as (api, _):
        user = api.user(501, language_code="en")
        user.send_text("How many skill levels does the internet marketer standard have?")
        [answer] = await api.wait_for_messages(user.chat_id, 1, timeout=30)
        assert "Sources" in answer.text and answer.buttons
