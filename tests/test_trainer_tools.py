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
from tests.telegram_support import ADMIN, WrappedAdvisor, bot_settings, mostly_chinese, running, store_of

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


async def test_preview_shows_the_standard_and_teaching_never_changes_an_eligibility_decision(env):
    settings, advisor = env
    async with running(settings, advisor) as (api, _):
        trainer = api.user(ADMIN, language_code="zh-hans", first_name="李老师")
        trainer.send_command("teach", "报一级/高级技师需要二级证书吗？")
        await api.wait_for_messages(trainer.chat_id, 1)
        trainer.send_text("不需要，报一级不需要任何证书，直接报名即可。")
        preview = await next_message(api, trainer.chat_id, 1)
        assert "标准中最相近的已确认段落" in preview.text
        assert "我现在的回答：" in preview.text  # what students get today, before the taught answer
        assert "二级/技师证书" in preview.text  # the confirmed Level 1 conditions, which contradict the answer
        assert "未确认" not in preview.text.split("标准中最相近的已确认段落")[1].split("教的答案")[0]
        assert "不会改变申报资格的判断" in preview.text
        trainer.press(preview, "teach:save")
        await message_with(api, trainer.chat_id, "生效")

        student = api.user(2201, language_code="zh-hans")
        student.send_text("我有二级证书，已经工作4年了，能报一级吗？")
        [decision] = await api.wait_for_messages(student.chat_id, 1)
        assert "不需要任何证书" not in decision.text  # the engine decided, not the taught answer
        assert "培训师问答" not in decision.text


async def test_unanswered_groups_similar_questions_sends_csv_and_teaches_from_a_button(env):
    settings, advisor = env
    async with running(settings, advisor) as (api, _):
        for user_id, question in ((2301, "乙市评价中心的考试费用是多少钱？"), (2302, "乙市评价中心考试费用多少钱"),
                                  (2303, "What is the weather in Paris tomorrow?")):
            student = api.user(user_id, language_code="zh-hans")
            student.send_text(question)
            await api.wait_for_messages(student.chat_id, 1)
        voter = api.user(2304, language_code="zh-hans")
        voter.send_text("互联网营销师有哪些工种？")
        [answered] = await api.wait_for_messages(voter.chat_id, 1)
        voter.press(answered, answered.button("fb:").data.rsplit(":", 1)[0] + ":-1")  # 👎
        await api.wait_for(lambda: answered.reply_markup is None)

        trainer = api.user(ADMIN, language_code="en")
        trainer.send_command("unanswered")
        listing = await next_message(api, trainer.chat_id, 0)
        lines = listing.text.splitlines()
        assert lines[1].startswith("1. 乙市评价中心") and "×2" in lines[1]  # two wordings, one group, first
        assert any("互联网营销师有哪些工种" in line and "👎 1" in line for line in lines)
        assert any("Paris" in line and "×1" in line for line in lines)
        assert len([b for b in listing.buttons if b.data.startswith("teach:q:")]) == 3

        trainer.send_command("unanswered", "csv")
        spreadsheet = await next_message(api, trainer.chat_id, 1)
        assert spreadsheet.method == "sendDocument" and spreadsheet.file_name.endswith(".csv")
        rows = list(csv.DictReader(io.StringIO(spreadsheet.document.decode("utf-8-sig"))))
        assert rows[0]["count"] == "2" and "乙市评价中心考试费用多少钱" in rows[0]["variants"]
        assert {r["thumbs_down"] for r in rows} == {"0", "1"}

        trainer.press(listing, listing.buttons[0].data)
        prompt = await next_message(api, trainer.chat_id, 2)
        assert "乙市评价中心" in prompt.text
        trainer.send_text("乙市评价中心直播销售员四级考试费为700元。")
        preview = await next_message(api, trainer.chat_id, 3)
        trainer.press(preview, "teach:cancel")
        cancelled = await next_message(api, trainer.chat_id, 4)
        assert "Nothing was saved" in cancelled.text and preview.reply_markup is None

        # "/teach 2" or /teach quoting a line, as replies to the list, pick that group's question.
        paris = next(n for n, line in enumerate(lines[1:], 1) if "Paris" in line)
        trainer.send_text(f"/teach {paris}", reply_to=listing)
        assert "Paris" in (await next_message(api, trainer.chat_id, 5)).text
        trainer.send_text("/teach", reply_to=listing, quote="乙市评价中心的考试费用")
        assert "乙市评价中心" in (await next_message(api, trainer.chat_id, 6)).text
        trainer.send_command("cancel")
        await next_message(api, trainer.chat_id, 7)
    assert not settings.trainer_faq_path.exists()


async def test_teach_a_forwarded_or_quoted_question_and_usage_hints(env):
    settings, advisor = env
    async with running(settings, advisor) as (api, _):
        trainer = api.user(ADMIN, language_code="en")
        forwarded = trainer._message(text="Is there a registration deadline at the city F centre?",
                                     forward_origin={"type": "user", "date": 1, "sender_user": {
                                         "id": 2801, "is_bot": False, "first_name": "Student"}})
        api.inject({"message": forwarded})
        await api.wait_for_messages(ADMIN, 1)  # the forwarded question is answered like any other
        trainer.send_text("/teach", reply_to=forwarded)
        prompt = await next_message(api, ADMIN, 1)
        assert "city F centre" in prompt.text
        trainer.send_text("/teach", reply_to=forwarded, quote="registration deadline")
        assert "Question: registration deadline" in (await next_message(api, ADMIN, 2)).text
        trainer.send_command("teach")
        assert "Reply /teach to a user's question" in (await next_message(api, ADMIN, 3)).text
        trainer.send_text("/teach", reply_to=prompt)
        assert "not to one of my messages" in (await next_message(api, ADMIN, 4)).text
        trainer.send_command("help")
        assert "/unanswered" in (await next_message(api, ADMIN, 5)).text  # admins see their commands
    assert not settings.trainer_faq_path.exists()


async def test_two_admins_teaching_at_once_lose_nothing_and_forget_removes_answers(env):
    settings, advisor = env
    questions = {ADMIN: ("丙市评价中心几点开始考试？", "丙市评价中心上午8:30开始考试，请提前30分钟到场。"),
                 ADMIN2: ("What time does the exam start at the city C centre?",
                          "At the city C centre the exam starts at 8:30 a.m.; arrive 30 minutes early.")}
    async with running(settings, advisor) as (api, _):
        trainers = {admin: api.user(admin, language_code="en", first_name=f"Admin{admin}") for admin in questions}
        previews = {}
        for admin, (question, answer) in questions.items():
            trainers[admin].send_command("teach", question)
            await api.wait_for_messages(admin, 1)
            trainers[admin].send_text(answer)
            previews[admin] = await next_message(api, admin, 1)
        for admin, trainer in trainers.items():  # both press Save at the same moment
            trainer.press(previews[admin], "teach:save")
        for admin in questions:
            await message_with(api, admin, "live after")
        stored = yaml.safe_load(settings.trainer_faq_path.read_text(encoding="utf-8"))["entries"]
        assert sorted(e["author"] for e in stored) == ["Admin4242", "Admin4343"]

        student = api.user(2401, language_code="en")
        for question, _ in questions.values():
            student.send_text(question)
        await api.wait_for(lambda: taught_answers(api, student.chat_id, "8:30", 2))

        # /forget as a reply to an answer that cites the trainer FAQ ...
        trainers[ADMIN].send_text(questions[ADMIN][0])
        cited = await api.wait_for(lambda: taught_answers(api, ADMIN, "8:30", 1))
        trainers[ADMIN].send_text("/forget", reply_to=cited[0])
        removed = await message_with(api, ADMIN, "Removed")
        assert questions[ADMIN][0] in removed.text
        # ... and from the list of taught answers.
        count = len(api.messages(ADMIN2))
        trainers[ADMIN2].send_command("forget")
        listing = await next_message(api, ADMIN2, count)
        assert questions[ADMIN2][0] in listing.text and listing.buttons[0].data.startswith("forget:")
        trainers[ADMIN2].press(listing, listing.buttons[0].data)
        await message_with(api, ADMIN2, "Removed")
        assert yaml.safe_load(settings.trainer_faq_path.read_text(encoding="utf-8"))["entries"] == []

        before = len(api.messages(student.chat_id))
        for question, _ in questions.values():
            student.send_text(question)
        after = await api.wait_for_messages(student.chat_id, before + 2)
        assert not any("8:30" in m.text for m in after[before:])


def test_a_fresh_machine_rebuilds_taught_answers_from_the_file(trainer_base, tmp_path):
    from bot.knowledge.trainer_faq import TrainerFaq, new_entry

    base, _ = trainer_base
    path = base.knowledge_dir / "faq" / "trainer-fresh-machine.yaml"
    TrainerFaq(path).add(new_entry("辛市评价中心的咨询电话是多少？", "辛市评价中心咨询电话是0000-1234567。", "zh", "赵老师", "2026-11-20"))
    fresh = make_settings(tmp_path, knowledge_dir=base.knowledge_dir)  # a new, empty index folder
    ingest(fresh, progress=False)
    answer = Advisor.from_settings(fresh).answer("辛市评价中心的咨询电话是多少？")
    assert "0000-1234567" in answer.text
    assert [s.title for s in answer.sources] == ["培训师问答，赵老师，2026-11-20"]


def test_trainer_faq_writes_from_many_threads_lose_nothing(tmp_path):
    import threading

    from bot.knowledge.trainer_faq import TrainerFaq, new_entry

    path = tmp_path / "faq" / "trainer.yaml"
    barrier = threading.Barrier(8)

    def teach(n: int) -> None:
        barrier.wait()
        for k in range(5):
            TrainerFaq(path).add(new_entry(f"问题{n}-{k}是什么？", f"答案{n}-{k}。", "zh", f"trainer{n}"))

    threads = [threading.Thread(target=teach, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(TrainerFaq(path).entries()) == 40
    replaced = TrainerFaq(path).add(new_entry("问题0-0是什么", "新答案。", "zh", "trainer9"))  # same question
    assert replaced is not None and replaced.answer == "答案0-0。" and len(TrainerFaq(path).entries()) == 40
    assert not [p for p in path.parent.iterdir() if p.name != "trainer.yaml"]  # no temporary file left


# -- uploads ----------------------------------------------------------------------------------------
def docx_bytes(text: str) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Trainer handbook", level=1)
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


UPLOAD_FAQ = """title_zh: 戊市评价中心通知
title_en: City E evaluation centre notice
source: "戊市评价中心"
entries:
  - id: city-e-fee-2026
    intent: certificate
    questions:
      zh: ["戊市评价中心四级考试费用是多少？", "戊市考四级要交多少钱？"]
      en: ["How much is the level 4 exam fee at the city E centre?"]
    answer:
      zh: "戊市评价中心直播销售员四级考试费为650元。"
      en: "At the city E centre the level 4 Live-streaming Salesperson exam costs 650 yuan."
    sources:
      - {title_zh: "戊市评价中心2026年收费公示", title_en: "City E centre fee notice 2026", source: "戊市评价中心", section: ""}
"""


async def test_admin_uploads_each_file_type_and_it_is_ingested(env):
    settings, advisor = env
    files = [
        ("handbook.pdf", minimal_pdf("City E trainers meet every Monday for live-streaming practice")),
        ("handbook.docx", docx_bytes("City E trainers record a short video every week.")),
        ("venue.md", "# City E notes\n\n## Venue\n\nCity E classes for live-streaming salespeople meet in hall 2.\n".encode()),
        ("tips.txt", "戊市培训班的直播销售员学员每周练习两次直播。".encode()),
        ("city-e.yaml", UPLOAD_FAQ.encode()),
    ]
    async with running(settings, advisor) as (api, app):
        trainer = api.user(ADMIN, language_code="en")
        for number, (name, content) in enumerate(files):
            trainer.send_document(name, content, mime_type="application/octet-stream")
            done = await message_with(api, ADMIN, f"uploads/{name}", timeout=30)
            assert "passages, indexed in" in done.text and "Added" in done.text
            assert (settings.uploads_dir / name).read_bytes() == content
        assert len(api.calls("getFile")) == len(files) == len(api.calls("download"))
        summary = {d["path"]: d["chunks"] for d in advisor.knowledge_summary()}
        assert all(summary.get(f"uploads/{name}", 0) >= 1 for name, _ in files)

        student = api.user(2501, language_code="zh-hans")
        student.send_text("戊市评价中心四级考试费用是多少？")
        [answer] = await api.wait_for_messages(student.chat_id, 1)
        assert "650元" in answer.text and "戊市评价中心2026年收费公示" in answer.text
    for name, _ in files:
        (settings.uploads_dir / name).unlink()


async def test_malformed_or_unsupported_uploads_keep_nothing_and_leave_the_index_alone(env):
    settings, advisor = env
    broken_yaml = UPLOAD_FAQ.replace("    intent: certificate", "  intent: [certificate")
    duplicate = UPLOAD_FAQ.replace("city-e-fee-2026", "what-is-internet-marketer")
    serving = advisor.store.active().name
    async with running(settings, advisor) as (api, _):
        trainer = api.user(ADMIN, language_code="en")
        cases = [
            ("broken.yaml", broken_yaml.encode(), "line 6"),
            ("duplicate.yaml", duplicate.encode(), "entry 1"),
            ("broken.pdf", b"%PDF-1.4\nthis is not really a pdf", "unreadable PDF"),
            ("broken.docx", b"PK\x03\x04 not a zip", "unreadable DOCX"),
            ("empty.txt", b"   \n", "no text"),
        ]
        for number, (name, content, expected) in enumerate(cases):
            trainer.send_document(name, content)
            reply = await message_with(api, ADMIN, f"“{name}” could not be read")
            assert expected in reply.text and "Nothing was kept" in reply.text, reply.text
        trainer.send_document("photo.png", b"\x89PNG....", mime_type="image/png")
        await message_with(api, ADMIN, "“photo.png” is not one of them")
        trainer.send_document("big.pdf", None, file_size=settings.upload_max_bytes + 1)
        await message_with(api, ADMIN, "files up to 20 MB")
        assert len(api.calls("getFile")) == len(cases)  # neither the picture nor the big file was downloaded
    assert not settings.uploads_dir.exists() or not any(settings.uploads_dir.iterdir())
    assert advisor.store.active().name == serving  # nothing was re-indexed


async def test_an_upload_whose_indexing_fails_is_not_kept(env):
    settings, advisor = env

    class ReloadFails(WrappedAdvisor):
        def reload(self):
            raise RuntimeError("disk full")

    async with running(settings, ReloadFails(advisor)) as (api, _):
        trainer = api.user(ADMIN, language_code="en")
        trainer.send_document("notes.md", "# Notes\n\nCity G live-streaming classes start in March.\n".encode())
        failed = await message_with(api, ADMIN, "could not be indexed", timeout=30)
        assert "disk full" in failed.text and "Nothing was kept" in failed.text
    assert not (settings.uploads_dir / "notes.md").exists()
    advisor.reload()
    assert "uploads/notes.md" not in {d["path"] for d in advisor.knowledge_summary()}


def test_upload_place_and_undo_restore_the_previous_file(tmp_path):
    from bot.knowledge import uploads

    first = uploads.place(b"one", "a.txt", tmp_path / "uploads")
    assert first.previous is None
    second = uploads.place(b"two", "a.txt", tmp_path / "uploads")
    assert second.previous == b"one" and second.path.read_bytes() == b"two"
    uploads.undo(second)
    assert second.path.read_bytes() == b"one"
    uploads.undo(first)
    assert not first.path.exists()
    assert uploads.safe_name("../../etc/..passwd.PDF") == "passwd.pdf"
    assert uploads.safe_name("培训 手册(2026).docx") == "培训 手册(2026).docx"


# -- inline mode ------------------------------------------------------------------------------------
async def test_inline_queries_answer_in_the_query_language_with_sources_and_hints(env):
    settings, advisor = env
    settings = settings.model_copy(update={"rate_limit_per_minute": 3})
    async with running(settings, advisor) as (api, app):
        user = api.user(2601, language_code="en")
        zh = user.send_inline("互联网营销师有哪些工种？")
        en = user.send_inline("How many skill levels does the internet marketer standard have?")
        short = user.send_inline("a")
        await api.wait_for(lambda: all(str(i) in api.inline_answers for i in (zh, en, short)))
        chinese = api.inline_answers[str(zh)]["results"]
        assert 1 <= len(chinese) <= 3
        message = chinese[0]["input_message_content"]
        assert message["parse_mode"] == "HTML" and mostly_chinese(message["message_text"])
        assert "来源" in message["message_text"] and "互联网营销师有哪些工种" in message["message_text"]
        english = api.inline_answers[str(en)]["results"][0]["input_message_content"]["message_text"]
        assert "Sources" in english and not mostly_chinese(english)
        hint = api.inline_answers[str(short)]
        assert hint["results"] == [] and "Type a question" in hint["button"]["text"]

        user.send_inline("平台管理员有几个等级？")
        limited = user.send_inline("选品员做什么？")  # the 4th question this minute: over the limit of 3
        await api.wait_for(lambda: str(limited) in api.inline_answers)
        assert api.inline_answers[str(limited)]["results"] == []
        assert "Too many questions" in api.inline_answers[str(limited)]["button"]["text"]
        stats = store_of(app).stats()
        assert stats.questions == 0 and stats.users == 0  # nothing about the asker is stored
        assert store_of(app).load_conversation(2601) is None


# -- non-admins -------------------------------------------------------------------------------------
async def test_non_admins_get_nothing_from_trainer_tools_and_change_nothing(env):
    settings, advisor = env
    serving = advisor.store.active().name
    async with running(settings, advisor) as (api, _):
        student = api.user(2701, language_code="en")
        asked = student.send_text("What is the weather in Paris tomorrow?")
        await api.wait_for_messages(student.chat_id, 1)
        student.send_command("unanswered")
        student.send_command("unanswered", "csv")
        student.send_text("/teach", reply_to=api.injected_message(asked))
        student.send_command("teach", "How much is the fee?")
        student.send_command("forget")
        student.send_command("forget", "trainer-20261129-00000000")
        replies = await api.wait_for_messages(student.chat_id, 7)
        assert all("don't know that command" in m.text for m in replies[1:])
        bot_message = replies[0]
        for data in ("teach:q:1", "teach:save", "teach:cancel", "forget:trainer-20261129-00000000"):
            student.press(bot_message, data)
        await api.wait_for(lambda: len(api.calls("answerCallbackQuery")) >= 4)
        assert all(c.params.get("text") == "This button is no longer active." for c in api.calls("answerCallbackQuery"))
        student.send_document("handbook.pdf", minimal_pdf())
        nudge = await next_message(api, student.chat_id, 7)
        assert "files" in nudge.text
        student.send_command("help")
        assert "/unanswered" not in (await next_message(api, student.chat_id, 8)).text
        await asyncio.sleep(0.3)
        assert len(api.messages(student.chat_id)) == 9
        assert not api.calls("getFile") and not api.calls("sendDocument")
    assert not settings.trainer_faq_path.exists()
    assert not settings.uploads_dir.exists() or not any(settings.uploads_dir.iterdir())
    assert advisor.store.active().name == serving
