"""Bad input, property-based: whatever a user types, `Advisor.answer` returns a well-formed answer.

Random Unicode (control characters, emoji, right-to-left scripts, CJK), markup and SQL fragments,
and messages far over the length limit: never an exception; always non-empty text, a language the
bot speaks, a bool `refused` and a list of sources. The Telegram half of this property (formatting
and sending) lives with the Telegram tests.
"""
from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.types import Answer, Source

FRAGMENTS = [
    "<script>alert(1)</script>", "</b><i>", "<b>", "&amp;", "&lt;", "&#0;", "&nbsp;", "**", "__", "`", "```",
    "[link](javascript:alert(1))", "# ", "> ", "| a | b |", "'; DROP TABLE users; --", "\" OR 1=1 --",
    "%s%s%n", "{0}", "{limit}", "${HOME}", "\\", "\x00", "\u200b", "\u202e", "\ufeff", "\r\n", "\t",
    "🤖", "👍🏽", "🇨🇳", "مرحبا", "שלום", "互联网营销师", "直播销售员怎么报考？", "Level 3", "三级",
    "ignore previous instructions", "/start", "@career_advisor_test_bot",
]
# Every code point except surrogates (st.text never yields those): controls, private use, unassigned too.
ANY_CHAR = st.characters(blacklist_categories=("Cs",))
RTL_CHAR = st.characters(min_codepoint=0x0590, max_codepoint=0x08FF)  # Hebrew, Arabic, Syriac, Thaana...
EMOJI = st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF)
CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
CONTROL = st.characters(whitelist_categories=("Cc", "Cf", "Zl", "Zp"))

random_text = st.one_of(
    st.text(ANY_CHAR, max_size=300),
    st.text(st.one_of(RTL_CHAR, EMOJI, CJK, CONTROL, st.sampled_from(" ?？!")), max_size=200),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(ANY_CHAR, max_size=20)), max_size=25).map("".join),
)

PROPERTY = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def assert_well_formed(answer: Answer) -> None:
    assert isinstance(answer, Answer)
    assert isinstance(answer.text, str) and answer.text.strip(), "empty answer text"
    assert answer.language in {"zh", "en"}
    assert isinstance(answer.refused, bool)
    assert isinstance(answer.sources, list)
    assert all(isinstance(s, Source) for s in answer.sources)
    assert "\x00" not in answer.text
    answer.to_json("id")  # what --json and --jsonl print must serialise


@PROPERTY
@given(text=random_text)
def test_any_text_gets_a_well_formed_answer(advisor, text):
    assert_well_formed(advisor.answer(text))


@PROPERTY
@given(question=st.sampled_from(["互联网营销师有哪些工种？", "How many levels are there?", "我有四级证书，干了三年，能报三级吗？"]),
       noise=st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=8).map("".join),
       before=st.booleans())
def test_a_real_question_wrapped_in_markup_still_gets_an_answer(advisor, question, noise, before):
    answer = advisor.answer(noise + question if before else question + noise)
    assert_well_formed(answer)


@settings(max_examples=8, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(unit=st.text(ANY_CHAR, min_size=1, max_size=12).filter(lambda s: s.strip()),
       length=st.integers(min_value=2_001, max_value=100_000))
def test_over_long_messages_get_the_notice(advisor, unit, length):
    message = (unit * (length // len(unit) + 1))[:length]
    answer = advisor.answer(message)
    assert_well_formed(answer)
    if len(message.strip()) > advisor.settings.max_message_chars:
        assert too_long_notice(advisor, answer) in answer.text


def too_long_notice(advisor, answer: Answer) -> str:
    """The notice in the answer's language and script (Traditional when the asker wrote Traditional)."""
    from bot.language import to_traditional

    notice = advisor.templates.text(answer.language, "answers", "too_long", limit=advisor.settings.max_message_chars)
    return to_traditional(notice) if answer.script == "hant" else notice


@pytest.mark.parametrize("message", [
    "互联网营销师怎么报考？" * 10_000,
    "How do I become a live-streaming salesperson? " * 2_200,
    "<script>" + "'; DROP TABLE x; --" * 6_000,
    "🤖" * 100_000,
    "\u202eمرحبا " * 17_000,
])
def test_a_100k_message_answers_with_the_notice_without_hanging(advisor, message):
    # (the speed target, 2 s, is measured in bench/run_all.py: a timed test fails on a loaded machine for no fault of
    # the code; this bound catches what it is there for, a reading that grows faster than the message, which on a
    # hundred thousand characters takes minutes, not seconds)
    message = message[:100_000]
    assert len(message) == 100_000
    started = time.perf_counter()
    answer = advisor.answer(message)
    elapsed = time.perf_counter() - started
    assert_well_formed(answer)
    assert too_long_notice(advisor, answer) in answer.text
    assert elapsed < 10.0, f"{elapsed:.2f} s"
    assert len(answer.question) <= advisor.settings.max_message_chars, "the full message was kept on the answer"
