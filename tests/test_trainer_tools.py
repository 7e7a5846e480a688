"""Trainers teach the bot from Telegram, end to end through the loopback Bot API server:
/unanswered (+ CSV), /teach with preview and save/cancel, /forget, concurrent admins, document
uploads (getFile + the file download path), malformed uploads, inline mode, and non-admins.

The module works on its own copy of knowledge/ with its own index (built once); each test writes
its own trainer FAQ file into that copy and asks questions no other test teaches.
"""
from __future__ import annotations

import asyncio
import csv
import io
import shutil

import pytest
import yaml

from bot.answering.advisor import Advisor
from bot.index.ingest import ingest
from bot.knowledge.loaders import load_document
from bot.settings import PROJECT_ROOT
from tests.conftest import make_settings
from tests.knowledge_fixtures import minimal_pdf
from tests.telegram_support import ADMIN, bot_settings, mostly_chinese, running, store_of

pytestmark = pytest.mark.asyncio
ADMIN2 = 4343


@pytest.fixture(scope="module")
def trainer_base(tmp_path_factory):
    """Settings on a private copy of knowledge/ (indexed once) and an advisor reading it."""
    root = tmp_path_factory.mktemp("trainer")
    knowledge = root / "knowledge"
    shutil.copytree(PROJECT_ROOT / "knowledge", knowledge, ignore=shutil.ignore_patterns("uploads", "trainer*.yaml"))
    settings = make_settings(root, knowledge_dir=knowledge)
    ingest(settings, progress=False)
    return settings, Advisor.from_settings(settings)


@pytest.fixture
def env(trainer_base, tmp_path, request):
    """(settings, advisor) with this test's own state file and trainer FAQ file."""
    base, advisor = trainer_base
    settings = bot_settings(base, tmp_path / "state.sqlite3", admin_ids=[ADMIN, ADMIN2],
                            trainer_faq_file=base.knowledge_dir / "faq" / f"trainer-{request.node.name[5:40]}.yaml")
    return settings, advisor


def texts(api, chat_id) -> list[str]:
    return [m.text for m in api.messages(chat_id)]


async def next_message(api, chat_id, count_before: int, timeout: float = 20.0):
    """The first bot message in `chat_id` after the first `count_before` ones."""
    return (await api.wait_for_messages(chat_id, count_before + 1, timeout=timeout))[count_before]


def taught_answers(api, chat_id, needle: str, count: int):
    """The bot's answers (with 👍/👎) containing `needle`, once there are `count` of them."""
    found = [m for m in api.messages(chat_id) if needle in m.text and m.buttons]
    return found if len(found) >= count else None


async def message_with(api, chat_id, needle: str, timeout: float = 20.0):
    found = await api.wait_for(lambda: [m for m in api.messages(chat_id) if needle in m.text], timeout)
    return found[-1]


# -- teach ------------------------------------------------------------------------------------------
async def test_teach_a_group_question_preview_save_and_students_get_it(env):
    settings, advisor = env
    async with running(settings, advisor) as (api, app):
        student = api.user(2001, language_code="zh-hans", chat_type="group", chat_id=-900)
        asked = student.send_text("@career_advisor_test_bot 甲市评价中心的报名地点在哪里？")
        [refusal] = await api.wait_for_messages(-900, 1)
        assert "甲市" not in refusal.text or "12333" in refusal.text

        trainer = api.user(ADMIN, language_code="en", chat_type="group", chat_id=-900, first_name="Teacher Wang")
        trainer.send_text("/teach", reply_to=api.injected_message(asked))
        prompt = await next_message(api, -900, 1)
        assert "甲市评价中心的报名地点在哪里" in prompt.text and "Chinese" in prompt.text
        assert prompt.reply_markup["force_reply"] is True  # the trainer's client replies to it by itself
        trainer.send_text("甲市评价中心在人民路88号三楼报名，工作日9:00-17:00。", reply_to=prompt)
        preview = await next_message(api, -900, 2)
        for expected in ("Question: 甲市评价中心的报名地点在哪里", "Answer: 甲市评价中心在人民路88号三楼报名",
                         "Language: Chinese", "Author: Teacher Wang", "Cited as: 培训师问答，Teacher Wang，",
                         "never changes an eligibility decision"):
            assert expected in preview.text, preview.text
        assert [b.data for b in preview.buttons] == ["teach:save", "teach:cancel"]
        assert not settings.trainer_faq_path.exists()  # nothing stored before Save

        trainer.press(preview, "teach:save")
        live = await message_with(api, -900, "live after")
        assert preview.reply_markup is None

        student.send_text("@career_advisor_test_bot 甲市评价中心的报名地点在哪里？")
        student.send_text("@career_advisor_test_bot 请问甲市评价中心在哪里报名")
        answers = await api.wait_for(lambda: taught_answers(api, -900, "人民路88号", 2))
        same, nearby = answers
        for answer in (same, nearby):
            assert "培训师问答，Teacher Wang" in answer.text  # cited as the trainer's statement
        assert store_of(app).stats().counters.get("answers_taught") == 1
    document = load_document(settings.trainer_faq_path, settings.knowledge_dir, {})
    [entry] = document.faq
    raw = yaml.safe_load(settings.trainer_faq_path.read_text(encoding="utf-8"))["entries"][0]
    assert raw["author"] == "Teacher Wang" and raw["date"] and raw["questions"]["zh"] == ["甲市评价中心的报名地点在哪里？"]
    assert entry.id in live.text
