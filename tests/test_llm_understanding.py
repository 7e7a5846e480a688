"""The optional LLM reading of a message, against an OpenAI-compatible server on 127.0.0.1: it fills
the Request (act and slots) through LangChain structured output; malformed JSON, an unknown act or a
number the message does not contain fall back to the offline understanding; the engine decides."""
from __future__ import annotations

import json

import pytest

from bot.answering.conversation import Conversation
from tests.conftest import make_settings
from tests.fake_openai import FakeOpenAI

QUESTION = "搞了两年带货 也没证 现在能考啥"


@pytest.fixture()
def reading_advisor(test_settings, built_index, tmp_path):
    """An advisor whose LLM reads messages, for the server the test starts."""
    from bot.answering.advisor import Advisor

    def build(server: FakeOpenAI) -> Advisor:
        settings = make_settings(tmp_path, chroma_path=test_settings.chroma_path, llm_base_url=server.base_url,
                                 llm_model="fake-model", llm_api_key=server.api_key, llm_timeout_s=5.0,
                                 llm_understanding=True)
        advisor = Advisor.from_settings(settings)
        advisor.llm = None  # only the reading is under test here; phrasing has its own tests
        assert advisor.reader is not None
        return advisor

    return build


def test_reader_is_off_without_the_setting(test_settings, built_index, tmp_path):
    from bot.answering.advisor import Advisor

    with FakeOpenAI(mode="normal") as server:
        settings = make_settings(tmp_path, chroma_path=test_settings.chroma_path, llm_base_url=server.base_url,
                                 llm_model="fake-model", llm_api_key=server.api_key)
        assert Advisor.from_settings(settings).reader is None


def test_the_llm_reading_fills_the_request_and_the_engine_decides(reading_advisor):
    reading = {"act": "eligibility_highest", "certificate_level": 0, "years_total": 2, "asked_level": None}
    with FakeOpenAI(mode="normal", reply=json.dumps(reading)) as server:
        advisor = reading_advisor(server)
        answer = advisor.answer(QUESTION, Conversation())
        assert server.requests and QUESTION in server.requests[-1].user
        assert server.requests[-1].json.get("response_format", {}).get("type") == "json_object"
    assert "现在可以申报：五级" in answer.text and answer.via == "eligibility"


def test_a_number_the_message_does_not_contain_is_dropped(reading_advisor):
    reading = {"act": "eligibility_highest", "certificate_level": 0, "years_total": 7}  # "7" is invented
    with FakeOpenAI(mode="normal", reply=json.dumps(reading)) as server:
        answer = reading_advisor(server).answer("我做直播带货好几年了 没证 能考几级", Conversation())
    assert "7年" not in answer.text and "四级/中级工（依据" not in answer.text


@pytest.mark.parametrize("reply", ["{not json", json.dumps({"act": "make_coffee"}), "sure! here you go"])
def test_malformed_readings_fall_back_to_the_offline_understanding(reading_advisor, reply, caplog):
    with FakeOpenAI(mode="normal", reply=reply) as server:
        answer = reading_advisor(server).answer("我做了快两年直播 没考过证，能考几级？", Conversation())
    assert "现在可以申报：五级" in answer.text  # the offline understanding answered
    assert "offline understanding" in caplog.text


def test_a_failing_server_falls_back_too(reading_advisor):
    with FakeOpenAI(mode="failing") as server:
        answer = reading_advisor(server).answer("平台管理员最高几级", Conversation())
    assert "三级" in answer.text and not answer.refused
