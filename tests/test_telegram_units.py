"""The Telegram front-end's parts on their own: formatting, limits, state, logging, ordering, pictures."""
from __future__ import annotations

import asyncio
import datetime as dt
import io
import logging
import pickle
import re
import string
from pathlib import Path

import httpx
import pytest
import yaml
from hypothesis import given, settings as hsettings, strategies as st
from PIL import Image
from pydantic import SecretStr
from telegram import Chat, Message, Update
from telegram.error import BadRequest, NetworkError, TimedOut

from bot.answering.conversation import Conversation
from bot.language import EN, ZH, ZH_HANT
from bot.types import MAX_SOURCES, Source
from bot.settings import PROJECT_ROOT
from bot.telegram.app import ConfigurationError, run_bot
from bot.telegram.infra.delivery import is_transient
from bot.logging_setup import RedactSecrets, install_redaction
from bot.telegram.formatting import MESSAGE_LIMIT, escape, format_sources, render_messages, split_text, tg_len
from bot.telegram.infra.processor import PerChatUpdateProcessor
from bot.telegram.infra.ratelimit import SlidingWindowLimiter
from bot.telegram.services import lang_from_code
from bot.telegram.infra.state import Store
from tests.fake_bot_api import HTMLEntityError, parse_html
from tests.telegram_support import TOKEN

HOSTILE = st.lists(st.sampled_from(list("<>&*_\"' \n/bai直播😀") + ["&amp;", "<b>", "</b>", "&#60;"]),
                   max_size=120).map("".join)


# -- formatting ----------------------------------------------------------------------------------
@given(HOSTILE)
def test_escaped_text_always_parses_back_to_itself(text):
    assert parse_html(escape(text)) == text


def test_fake_rejects_what_telegram_rejects():
    for bad in ("<b>&*_</b>", "<b>x", "a < b", "<script>x</script>", "&nbsp;"):
        with pytest.raises(HTMLEntityError):
            parse_html(bad)


@hsettings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=string.ascii_letters + "直播 😀\n", min_size=0, max_size=900), min_size=1, max_size=12),
       st.sampled_from([50, 300, 4096]))
def test_split_text_respects_limit_and_keeps_all_content(paragraphs, limit):
    text = "\n\n".join(paragraphs)
    pieces = split_text(text, limit)
    assert all(0 < tg_len(p) <= limit for p in pieces)
    assert re.sub(r"\s", "", "".join(pieces)) == re.sub(r"\s", "", text)


def test_split_prefers_paragraphs_then_lines():
    a, b = "a" * 3000, "b" * 3000
    assert split_text(f"{a}\n\n{b}") == [a, b]
    lines = "\n".join(["line " + "x" * 95] * 60)  # one 6,000-character paragraph of short lines
    pieces = split_text(lines)
    assert len(pieces) == 2 and all(p.startswith("line ") and p.endswith("x") for p in pieces)
    assert split_text("z" * 9000) == ["z" * 4096, "z" * 4096, "z" * 808]


def test_render_messages_fits_the_limit_after_parsing_and_keeps_sources_last():
    body = ("Training & levels <5> " * 300 + "\n\n") * 3
    footer = format_sources([Source("Standard <2021>", "https://x.org/a?b=1&c=2", "§1")], "Sources")
    pieces = render_messages(body, footer)
    assert len(pieces) >= 2
    shown = [parse_html(p) for p in pieces]
    assert all(tg_len(s) <= MESSAGE_LIMIT for s in shown)
    assert shown[-1].endswith("Standard <2021> — §1")
    assert 'href="https://x.org/a?b=1&amp;c=2"' in pieces[-1]


def test_format_sources_is_short_and_deduplicated():
    sources = [Source(f"Doc {i % 5}", f"authority {i % 5}", "") for i in range(12)]
    html_text = format_sources(sources, "来源")
    assert html_text.startswith("<b>来源</b>") and html_text.count("•") == MAX_SOURCES
    assert format_sources([], "Sources") == ""


# -- rate limit ----------------------------------------------------------------------------------
def test_sliding_window_notices_once_per_window():
    now = [0.0]
    limiter = SlidingWindowLimiter(20, 60.0, clock=lambda: now[0])
    verdicts = []
    for _ in range(25):
        verdicts.append(limiter.hit("u"))
        now[0] += 1
    assert [v.allowed for v in verdicts] == [True] * 20 + [False] * 5
    assert [v.notify for v in verdicts[20:]] == [True, False, False, False, False]
    assert limiter.hit("someone else").allowed
    now[0] = 61.0  # the hits at t=0 and t=1 have left the window: room for two
    assert limiter.hit("u").allowed and limiter.hit("u").allowed
    third, fourth = limiter.hit("u"), limiter.hit("u")
    assert not third.allowed and third.notify  # a new flood in a new window: one new notice
    assert not fourth.allowed and not fourth.notify
    assert third.retry_in == pytest.approx(1.0)  # the t=2 hit leaves at 62


# -- state ---------------------------------------------------------------------------------------
def test_store_round_trip_and_stats(tmp_path):
    store = Store(tmp_path / "s.sqlite3")
    store.touch_user(1, "zh-hans")
    store.set_language(1, "en")
    conversation = Conversation(language="en", last_intent="eligibility")
    conversation.remember("q", "a")
    store.save_conversation(10, conversation)
    answered = store.record_question(1, 10, "q1", "en", "career", "answered")
    store.record_question(1, 10, "q2", "zh", "not_covered", "not_covered")
    assert store.record_feedback(answered, 1, +1) and store.record_feedback(answered, 1, -1)  # a changed vote
    assert not store.record_feedback(999, 1, 1)
    store.bump("rate_limited", 3)
    store.close()
    reopened = Store(tmp_path / "s.sqlite3")
    assert reopened.language(1) == "en"
    assert reopened.load_conversation(10).history == [("q", "a")]
    stats = reopened.stats()
    assert (stats.users, stats.questions, stats.answered, stats.unanswered) == (1, 2, 1, 1)
    assert (stats.feedback_up, stats.feedback_down) == (0, 1)
    assert stats.counters == {"rate_limited": 3}
    assert [q for _, _, q in stats.recent_unanswered] == ["q2"]


@pytest.mark.parametrize("content", [b"garbage" * 100, b"SQLite format 3\x00" + b"\x00" * 80 + b"broken" * 300])
def test_corrupt_store_is_moved_aside(tmp_path, caplog, content):
    path = tmp_path / "state.sqlite3"
    path.write_bytes(content)
    store = Store(path)
    assert store.moved_aside is not None and store.moved_aside.read_bytes() == content
    assert "corrupt or unreadable" in caplog.text
    store.set_language(5, "zh")
    assert Store(path).language(5) == "zh"  # the fresh file works and persists


def test_unrestorable_conversation_starts_afresh(tmp_path):
    store = Store(tmp_path / "s.sqlite3")
    store._execute("INSERT INTO conversations (chat_id, data) VALUES (?, ?)", (3, pickle.dumps({"not": "a conversation"})))
    store._execute("INSERT INTO conversations (chat_id, data) VALUES (?, ?)", (4, b"\x80\x04junk"))
    assert store.load_conversation(3) is None and store.load_conversation(4) is None


# -- logging and errors --------------------------------------------------------------------------
def test_token_never_reaches_a_log_line():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        install_redaction([TOKEN])
        assert logging.getLogger("httpx").level == logging.WARNING
        logging.getLogger("telegram.ext.Updater").warning("POST https://api.telegram.org/bot%s/getMe", TOKEN)
        try:
            raise RuntimeError(f"failed https://x/bot{TOKEN}/sendMessage")
        except RuntimeError:
            logging.getLogger("bot.telegram").exception("boom")
    finally:
        root.removeHandler(handler)
    output = stream.getvalue()
    assert "getMe" in output and "boom" in output
    assert TOKEN not in output and "***" in output


def test_redactor_also_hides_unknown_token_shaped_strings():
    other = "123456789:" + "AAfake" + "Xy" * 15  # assembled: no token-shaped literal in the repository
    assert RedactSecrets([]).redact(f"GET https://x/bot{other}/getMe") == "GET https://x/bot***/getMe"


def test_transient_failures_are_the_safe_to_repeat_ones():
    assert is_transient(NetworkError("Internal Server Error"))
    assert not is_transient(BadRequest("can't parse entities"))
    assert not is_transient(TimedOut())  # a read timeout: Telegram may have delivered it
    connect = TimedOut()
    connect.__cause__ = httpx.ConnectTimeout("no connection")
    assert is_transient(connect)


def test_run_bot_without_token_says_what_to_set(test_settings, tmp_path):
    settings = test_settings.model_copy(update={"telegram_bot_token": None})
    with pytest.raises(ConfigurationError, match="TELEGRAM_BOT_TOKEN"):
        run_bot(settings)
    with pytest.raises(ConfigurationError, match="WEBHOOK_URL"):
        run_bot(test_settings.model_copy(update={"telegram_bot_token": SecretStr(TOKEN), "webhook_url": None}),
                webhook=True)


def test_telegram_language_codes():
    assert lang_from_code("zh-hans") == ZH and lang_from_code("zh") == ZH
    assert lang_from_code("zh-hant") == ZH_HANT and lang_from_code("zh-TW") == ZH_HANT
    assert lang_from_code("en") == EN and lang_from_code(None) == EN and lang_from_code("ru") == EN


# -- per-chat ordering ---------------------------------------------------------------------------
def _update(update_id: int, chat_id: int) -> Update:
    chat = Chat(chat_id, Chat.PRIVATE)
    return Update(update_id, message=Message(update_id, dt.datetime.now(dt.timezone.utc), chat))


@pytest.mark.asyncio
async def test_processor_serialises_a_chat_and_parallelises_chats():
    processor = PerChatUpdateProcessor(8)
    log: list[tuple[str, int, int]] = []
    running = {"now": 0, "max": 0}

    async def work(chat: int, n: int):
        running["now"] += 1
        running["max"] = max(running["max"], running["now"])
        log.append(("start", chat, n))
        await asyncio.sleep(0.01 * ((n * 7 + chat) % 3))
        log.append(("end", chat, n))
        running["now"] -= 1

    tasks = [asyncio.create_task(processor.process_update(_update(chat * 100 + n, chat), work(chat, n)))
             for n in range(5) for chat in (1, 2, 3)]
    await asyncio.wait_for(asyncio.gather(*tasks), 10)
    for chat in (1, 2, 3):
        events = [(kind, n) for kind, c, n in log if c == chat]
        assert events == [(kind, n) for n in range(5) for kind in ("start", "end")]  # one at a time, in order
    assert running["max"] == 3
    assert processor.waiting_chats == 0


# -- ladder and texts ------------------------------------------------------------------------------
def test_ladder_png_per_language(test_settings):
    from bot.eligibility import load_rules
    from bot.telegram.handlers.ladder import LadderRenderer, font_path
    from bot.telegram.services import UIText
    from bot.texts import Templates

    assert font_path() and Path(font_path()).is_file()
    renderer = LadderRenderer(load_rules(test_settings.eligibility_rules_path), UIText(Templates(test_settings.prompts_dir)))
    zh, en, hant = renderer.png(ZH), renderer.png(EN), renderer.png(ZH_HANT)
    assert len({zh, en, hant}) == 3 and renderer.png(ZH) is zh  # cached
    for png in (zh, en):
        image = Image.open(io.BytesIO(png))
        assert image.format == "PNG" and image.size[0] >= 1000
    assert renderer.routes[1].confirmed and not renderer.routes[4].confirmed
    assert renderer.routes[1].options == ((3, True), (4, False))


def test_both_languages_have_the_same_telegram_keys_and_placeholders():
    files = {lang: yaml.safe_load((PROJECT_ROOT / "prompts" / lang / "telegram.yaml").read_text("utf-8"))
             for lang in ("zh", "en")}
    assert files["zh"].keys() == files["en"].keys()
    for key, value in files["en"].items():
        if isinstance(value, str):
            assert set(re.findall(r"{(\w+)}", value)) == set(re.findall(r"{(\w+)}", files["zh"][key])), key
    assert len(files["zh"]["quick_questions"]) == len(files["en"]["quick_questions"])
