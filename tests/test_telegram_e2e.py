"""End to end: the real Application and the real Advisor against a loopback Bot API server.

Each test simulates Telegram users and asserts on what the bot sends over the wire.
"""
from __future__ import annotations

import io
import logging

import pytest
from PIL import Image

from bot.language import is_traditional
from tests.telegram_support import ADMIN, TOKEN, bot_settings, mostly_chinese, running, store_of

pytestmark = pytest.mark.asyncio


@pytest.fixture
def settings(test_settings, tmp_path):
    return bot_settings(test_settings, tmp_path / "state.sqlite3")


async def test_start_greets_with_buttons_and_menus(settings, advisor):
    async with running(settings, advisor) as (api, _):
        user = api.user(101, language_code="en")
        user.send_command("start")
        [greeting] = await api.wait_for_messages(user.chat_id, 1)
        assert greeting.text.startswith("Hello, User101!")
        assert "/check" in greeting.text and "/levels" in greeting.text
        data = [b.data for b in greeting.buttons]
        assert data[:4] == ["q:0", "q:1", "q:2", "q:3"]
        assert {"menu:check", "menu:levels", "menu:lang"} <= set(data)
        # Command menus: English by default, Chinese for language_code "zh"; no admin command in them.
        assert [c["command"] for c in api.commands[""]][:3] == ["start", "help", "check"]
        assert mostly_chinese(" ".join(c["description"] for c in api.commands["zh"]))
        assert not {"stats", "reload"} & {c["command"] for menu in api.commands.values() for c in menu}

        user.press(greeting, "q:1")  # "Which job types are there?"
        answer = (await api.wait_for_messages(user.chat_id, 2))[1]
        assert "Sources" in answer.text and answer.buttons  # answered like a typed question
        assert api.calls("answerCallbackQuery")  # the button press was acknowledged


async def test_chinese_question_gets_chinese_answer_with_sources(settings, advisor):
    async with running(settings, advisor) as (api, _):
        user = api.user(102, language_code="zh-hans")
        user.send_text("互联网营销师有哪些工种？")
        [answer] = await api.wait_for_messages(user.chat_id, 1)
        assert mostly_chinese(answer.text)
        assert "来源" in answer.text and "•" in answer.text
        assert [b.data.rsplit(":", 1)[1] for b in answer.buttons] == ["1", "-1"]  # 👍 / 👎
        methods = [c.method for c in api.calls() if c.method in ("sendChatAction", "sendMessage")]
        assert methods[:2] == ["sendChatAction", "sendMessage"]  # "typing…" first
        assert api.calls("sendChatAction")[0].params["action"] == "typing"


async def test_english_question_gets_english_answer(settings, advisor):
    async with running(settings, advisor) as (api, _):
        user = api.user(103, language_code="zh-hans")  # the question's language wins over the client's
        user.send_text("How many skill levels does the internet marketer standard have?")
        [answer] = await api.wait_for_messages(user.chat_id, 1)
        assert not mostly_chinese(answer.text)
        assert "Sources" in answer.text and "来源" not in answer.text
        assert answer.buttons


async def test_traditional_question_gets_traditional_answer(settings, advisor):
    async with running(settings, advisor) as (api, _):
        user = api.user(104, language_code="zh-hant")
        user.send_text("互聯網營銷師有哪些工種？")
        [answer] = await api.wait_for_messages(user.chat_id, 1)
        assert mostly_chinese(answer.text)
        assert is_traditional(answer.text)
        assert "來源" in answer.text


async def test_check_flow_through_buttons_ends_with_decision_and_clause(settings, advisor):
    async with running(settings, advisor) as (api, app):
        user = api.user(105, language_code="en")
        user.send_command("check")
        [question] = await api.wait_for_messages(user.chat_id, 1)
        assert "step 1 of 6" in question.text

        async def press(prefix: str, expect: str):
            before = question.edits
            user.press(question, question.button(prefix).data)
            await api.wait_for(lambda: question.edits > before)
            assert expect in question.text, question.text

        await press("chk:job:1", "step 2 of 6")  # Live-streaming Salesperson
        await press("chk:cert:4", "step 3 of 6")  # holds Level 4
        await press("chk:since:5", "step 4 of 6")  # 5 years since
        await press("chk:total:6", "step 5 of 6")  # 6 years in total
        await press("chk:train:0", "step 6 of 6")  # no formal training
        assert [b.data for b in question.buttons][:3] == ["chk:target:5", "chk:target:4", "chk:target:3"]
        user.press(question, "chk:target:3")
        messages = await api.wait_for_messages(user.chat_id, 2)
        decision = messages[1].text
        assert "L3-A" in decision  # the clause the decision rests on
        assert "Level 3" in decision and "confirm" in decision.lower()  # verdict and the template caveat
        assert "Your answers" in question.text and "Live-streaming Salesperson" in question.text
        assert store_of(app).stats().counters["checks_completed"] == 1


async def test_check_flow_rejects_typed_nonsense_safely_and_cancels(settings, advisor):
    async with running(settings, advisor) as (api, _):
        user = api.user(106, language_code="en")
        user.send_command("check")
        [question] = await api.wait_for_messages(user.chat_id, 1)
        user.press(question, "chk:job:0")
        await api.wait_for(lambda: "step 2" in question.text)
        user.press(question, "chk:cert:4")
        await api.wait_for(lambda: "step 3" in question.text)
        user.send_text("<b>&*_</b>")
        echo = (await api.wait_for_messages(user.chat_id, 2))[1]
        assert "<b>&*_</b>" in echo.text  # shown literally, not as formatting
        assert "&lt;b&gt;&amp;*_&lt;/b&gt;" in echo.html
        user.send_text("2.5")  # a typed number is accepted
        nxt = (await api.wait_for_messages(user.chat_id, 3))[2]
        assert "step 4 of 6" in nxt.text
        user.send_command("cancel")
        cancelled = (await api.wait_for_messages(user.chat_id, 4))[3]
        assert "cancelled" in cancelled.text
        user.send_text("What is an internet marketer according to the national standard?")
        answer = (await api.wait_for_messages(user.chat_id, 5))[4]
        assert "Sources" in answer.text  # after /cancel, text is a question again


async def test_levels_sends_text_and_ladder_picture_per_language(settings, advisor):
    async with running(settings, advisor) as (api, _):
        pictures = {}
        for user_id, code in ((107, "zh-hans"), (108, "en")):
            user = api.user(user_id, language_code=code)
            user.send_command("levels")
            text, photo = await api.wait_for_messages(user.chat_id, 2, timeout=20)
            assert photo.method == "sendPhoto" and photo.photo
            image = Image.open(io.BytesIO(photo.photo))
            image.load()
            assert image.format == "PNG" and image.width >= 800
            pictures[code] = photo.photo
            if code == "en":
                assert "Platform Administrator: Level 5 / Junior Worker (entry) to Level 3" in text.text
            else:
                assert "平台管理员：五级/初级工 至 三级/高级工" in text.text
        assert pictures["zh-hans"] != pictures["en"]


async def test_stickers_photos_voice_and_files_get_friendly_replies(settings, advisor):
    async with running(settings, advisor) as (api, _):
        user = api.user(109, language_code="en")
        user.send_sticker()
        user.send_photo()
        user.send_voice()
        user.send_document()
        user.send_text("x" * (settings.max_message_chars + 1))
        user.send_text("   ")
        replies = [m.text for m in await api.wait_for_messages(user.chat_id, 6)]
        assert "sticker" in replies[0].lower()
        assert "pictures" in replies[1]
        assert "voice" in replies[2]
        assert "files" in replies[3]
        assert "too long" in replies[4] and str(settings.max_message_chars) in replies[4]
        assert "empty" in replies[5]


async def test_html_hostile_question_is_answered_without_breaking(settings, advisor):
    async with running(settings, advisor) as (api, _):
        user = api.user(110, language_code="en")
        user.send_text("<b>&*_</b> what is an <i>internet marketer</i> & who sets the <standard>?")
        [answer] = await api.wait_for_messages(user.chat_id, 1)
        assert answer.text
        assert not [c for c in api.calls() if c.outcome == "400"]  # Telegram would have accepted every reply


async def test_group_answers_only_when_mentioned_or_replied_to(settings, advisor):
    async with running(settings, advisor) as (api, _):
        member = api.user(111, language_code="en", chat_type="group")
        member.send_text("What is an internet marketer according to the national standard?")
        member.send_text("@career_advisor_test_bot What is an internet marketer according to the national standard?")
        [answer] = await api.wait_for_messages(member.chat_id, 1)
        assert "Sources" in answer.text
        member.send_text("How many skill levels does the internet marketer standard have?", reply_to=answer)
        member.send_sticker()  # not addressed: ignored
        member.send_command("help")
        messages = await api.wait_for_messages(member.chat_id, 3)
        assert "Sources" in messages[1].text and messages[1].buttons  # the reply to the bot was answered
        group_sends = [c for c in api.calls("sendMessage") if c.params["chat_id"] == member.chat_id]
        assert all("message_id" in c.params["reply_parameters"] for c in group_sends)  # quoted replies
        assert "How to use me" in messages[2].text
        assert len(api.messages(member.chat_id)) == 3


async def test_sources_lists_the_knowledge_base(settings, advisor):
    documents = advisor.knowledge_summary()
    async with running(settings, advisor) as (api, _):
        user = api.user(117, language_code="en")
        user.send_command("sources")
        [listing] = await api.wait_for_messages(user.chat_id, 1)
        assert f"holds {len(documents)} documents" in listing.text
        assert listing.text.count("•") == len(documents)
        english = next(d["title_en"] for d in documents if d.get("title_en"))
        assert english in listing.text


async def test_admin_commands_look_unknown_to_others(settings, advisor):
    async with running(settings, advisor) as (api, _):
        user = api.user(112, language_code="en")
        user.send_command("stats")
        user.send_command("reload")
        user.send_command("frobnicate")
        stats, reload, unknown = await api.wait_for_messages(user.chat_id, 3)
        assert stats.text == reload.text == unknown.text
        assert "don't know that command" in unknown.text


async def test_stats_for_admin_counts_and_never_shows_the_token(settings, advisor, caplog):
    caplog.set_level(logging.INFO)
    async with running(settings, advisor) as (api, _):
        asker = api.user(113, language_code="zh-hans")
        asker.send_text("互联网营销师有哪些工种？")
        asker.send_text("今天北京天气怎么样？")  # out of scope: refused
        first, refused = await api.wait_for_messages(asker.chat_id, 2)
        asker.press(first, first.button("fb:").data)  # 👍
        await api.wait_for(lambda: first.reply_markup is None)
        admin = api.user(ADMIN, language_code="en")
        admin.send_command("stats")
        [stats] = await api.wait_for_messages(admin.chat_id, 1)
        assert "Users: 1" in stats.text  # the admin asked nothing yet
        assert "Questions: 2" in stats.text
        assert "Refused: 1" in stats.text
        assert "👍 1 / 👎 0" in stats.text
        assert "今天北京天气怎么样？" in stats.text  # listed among the questions it could not answer
        assert TOKEN not in stats.html and TOKEN.split(":")[1] not in stats.html
    assert TOKEN.split(":")[1] not in caplog.text


async def test_restart_keeps_language_choice_and_check_progress(settings, advisor):
    from tests.fake_bot_api import FakeBotAPI

    async with FakeBotAPI(token=TOKEN) as api:
        user = api.user(114, language_code="zh-hans")
        async with running(settings, advisor, api):
            user.send_command("lang")
            [menu] = await api.wait_for_messages(user.chat_id, 1)
            assert mostly_chinese(menu.text)
            user.press(menu, "lang:en")
            await api.wait_for(lambda: "English" in menu.text)
            user.send_command("check")
            question = (await api.wait_for_messages(user.chat_id, 2))[1]
            user.press(question, "chk:job:0")
            await api.wait_for(lambda: "step 2 of 6" in question.text)
        async with running(settings, advisor, api):  # a new Application on the same state file
            user.press(question, "chk:cert:0")  # the check goes on where it was
            await api.wait_for(lambda: "step 4 of 6" in question.text)  # no certificate: step 3 skipped
            user.send_command("start")
            greeting = (await api.wait_for_messages(user.chat_id, 3))[2]
            assert greeting.text.startswith("Hello")  # English, although Telegram says zh-hans


async def test_corrupt_state_file_is_moved_aside_and_bot_starts_fresh(settings, advisor, caplog):
    settings.state_path.write_bytes(b"this is not a database" * 400)
    async with running(settings, advisor) as (api, app):
        user = api.user(115, language_code="en")
        user.send_command("start")
        [greeting] = await api.wait_for_messages(user.chat_id, 1)
        assert greeting.text.startswith("Hello")
        moved = store_of(app).moved_aside
    assert moved is not None and moved.name.startswith("state.sqlite3.corrupt-")
    assert moved.read_bytes().startswith(b"this is not a database")
    assert "corrupt or unreadable" in caplog.text and str(moved) in caplog.text


async def test_webhook_mode_accepts_only_the_secret_token(settings, advisor):
    import socket

    import aiohttp
    from pydantic import SecretStr

    from bot.telegram import build_application
    from bot.telegram.app import webhook_options
    from tests.fake_bot_api import FakeBotAPI

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    hooked = settings.model_copy(update={
        "webhook_url": f"http://127.0.0.1:{port}/tg/hook", "webhook_listen": "127.0.0.1", "webhook_port": port,
        "webhook_secret": SecretStr("s3cret-token")})
    async with FakeBotAPI(token=TOKEN) as api:
        application = build_application(hooked, advisor, base_url=api.base_url)
        options = webhook_options(hooked)
        await application.initialize()
        await application.updater.start_webhook(**options)
        await application.start()
        try:
            assert api.webhook["url"] == hooked.webhook_url and api.webhook["secret_token"] == "s3cret-token"
            user = api.user(116, language_code="en")
            update = {"update_id": 1, "message": user._message(
                text="/start", entities=[{"type": "bot_command", "offset": 0, "length": 6}])}
            async with aiohttp.ClientSession() as http:
                for secret, status in (("wrong", 403), ("s3cret-token", 200)):
                    headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
                    async with http.post(hooked.webhook_url, json=update, headers=headers) as response:
                        assert response.status == status
            [greeting] = await api.wait_for_messages(user.chat_id, 1)
            assert greeting.text.startswith("Hello")
        finally:
            await application.updater.stop()
            await application.stop()
            await application.shutdown()


async def test_dialogue_state_carries_across_turns_and_a_restart(settings, advisor):
    """A fact in one message, the question two messages later, a bot restart in between: the answer
    uses the kept facts (the same dialogue state as the terminal chat), and never asks for them again."""
    from tests.fake_bot_api import FakeBotAPI

    async with FakeBotAPI(token=TOKEN) as api:
        user = api.user(131, language_code="zh-hans")
        async with running(settings, advisor, api):
            user.send_text("我做了快两年直播 没考过证")
            await api.wait_for_messages(user.chat_id, 1)
        async with running(settings, advisor, api):  # a new Application on the same state file
            user.send_text("那我能考几级？")
            answer = (await api.wait_for_messages(user.chat_id, 2))[1]
            assert "现在可以申报：五级" in answer.text
            assert "你想申报哪个等级" not in answer.text and "没有职业技能等级证书" in answer.text
            user.send_text("那四级呢")
            follow_up = (await api.wait_for_messages(user.chat_id, 3))[2]
            assert "四级" in follow_up.text and "6年" in follow_up.text
