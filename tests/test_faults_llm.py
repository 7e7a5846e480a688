"""Fault: the optional LLM endpoint is slow, failing or inventing numbers.

The offline answer must arrive within the configured timeout plus a small margin, unchanged; only a
reply whose numbers all come from the context replaces it. The LLM is a real HTTP server on loopback
speaking the OpenAI wire format (tests/fake_openai.py), so the real client, its timeout and the real
fallback are exercised.
"""
from __future__ import annotations

import logging
import time

import pytest

from bot.answering.llm import extract_numbers
from tests.conftest import make_settings
from tests.fake_openai import FakeOpenAI, RecordedRequest

TIMEOUT_S = 1.5
MARGIN_S = 1.0  # the offline pipeline (~20 ms) plus a loaded 2-core machine
QUESTIONS = {
    "zh": "五级/初级工的培训学时是多少？",
    "en": "How many training hours does level 3 require?",
}


def grounded_reply(body: dict) -> str:
    """A reply in the request's language whose only number is one the context contains."""
    request = RecordedRequest("POST", "", {}, body)
    numbers = sorted(n for n in extract_numbers(request.user) if n.isdigit() and n in request.user)
    figure = numbers[0] if numbers else ""
    letters = [ch for ch in request.system if ch.isalpha()]
    if sum("\u4e00" <= ch <= "\u9fff" for ch in letters) > 0.3 * len(letters):  # an English prompt names 互联网营销师
        return f"根据知识库，相关的标准数字是{figure}，详见资料[1]。"
    return f"According to the knowledge base, the relevant figure is {figure}; see [1]."


@pytest.fixture(scope="module")
def llm_server():
    with FakeOpenAI(mode="normal", reply=grounded_reply, delay_s=30.0) as server:
        yield server


@pytest.fixture(scope="module")
def llm_advisor(llm_server, test_settings, built_index, tmp_path_factory):
    from bot.answering.advisor import Advisor

    settings = make_settings(
        tmp_path_factory.mktemp("llm"),
        chroma_path=test_settings.chroma_path,
        llm_base_url=llm_server.base_url,
        llm_model="fake-model",
        llm_api_key=llm_server.api_key,
        llm_timeout_s=TIMEOUT_S,
    )
    advisor = Advisor.from_settings(settings)
    assert advisor.llm is not None, "LLM settings were given but no phraser was built"
    return advisor


@pytest.fixture()
def server(llm_server):
    llm_server.mode = "normal"
    llm_server.requests.clear()
    yield llm_server
    llm_server.mode = "normal"


def timed_answer(advisor, question: str):
    started = time.perf_counter()
    answer = advisor.answer(question)
    return answer, time.perf_counter() - started


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_offline_answer_goes_through_the_llm_path(advisor, lang):
    """Precondition of the tests below: these questions end in `_finish`, where the LLM is asked."""
    answer = advisor.answer(QUESTIONS[lang])
    assert answer.via in ("offline", "faq"), answer.via
    assert answer.language == lang
    assert answer.sources


@pytest.mark.parametrize("mode", ["slow", "failing", "hallucinating"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_bad_llm_falls_back_to_the_offline_answer_in_time(advisor, llm_advisor, server, mode, lang, caplog):
    server.mode = mode
    offline = advisor.answer(QUESTIONS[lang])
    with caplog.at_level(logging.WARNING, logger="bot.answering.llm"):
        answer, elapsed = timed_answer(llm_advisor, QUESTIONS[lang])

    assert server.requests, "the LLM endpoint was never called: the fallback was not exercised"
    assert elapsed < TIMEOUT_S + MARGIN_S, f"{mode}: answered after {elapsed:.2f} s"
    assert answer.via in ("offline", "faq")
    assert answer.via == offline.via
    assert answer.text == offline.text
    assert answer.sources == offline.sources
    reasons = " ".join(r.getMessage() for r in caplog.records if "rejected" in r.getMessage())
    expected = {"slow": "within", "failing": "request failed", "hallucinating": "numbers not in the context"}[mode]
    assert expected in reasons, f"fallback logged for another reason: {reasons!r}"


async def test_slow_llm_inside_an_event_loop_is_bounded_too(advisor, llm_advisor, server):
    """With a running loop `answer` takes the sync client path, bounded by the per-request timeout."""
    server.mode = "slow"
    offline = advisor.answer(QUESTIONS["zh"])
    answer, elapsed = timed_answer(llm_advisor, QUESTIONS["zh"])
    assert server.requests
    assert elapsed < TIMEOUT_S + MARGIN_S, f"answered after {elapsed:.2f} s"
    assert answer.text == offline.text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_grounded_llm_reply_is_used(llm_advisor, server, lang):
    answer, elapsed = timed_answer(llm_advisor, QUESTIONS[lang])
    assert len(server.requests) == 1
    expected = grounded_reply(server.requests[0].json)
    assert any(ch.isdigit() for ch in expected), "the context held no number to quote"
    assert answer.via == "llm"
    assert answer.text == expected
    assert answer.sources, "an LLM-phrased answer keeps the sources of its context"
    assert elapsed < TIMEOUT_S + MARGIN_S


def test_llm_recovers_after_failures(llm_advisor, server):
    """A failing then healthy endpoint: each question decides afresh (no sticky broken client)."""
    server.mode = "failing"
    first = llm_advisor.answer(QUESTIONS["en"])
    server.mode = "normal"
    second = llm_advisor.answer(QUESTIONS["en"])
    assert first.via in ("offline", "faq")
    assert second.via == "llm"
